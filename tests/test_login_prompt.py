"""``oncall-tray login`` with neither --password-stdin nor --token-stdin: on a terminal it asks
for what it needs without echoing the secret; without one it says what to pass. The hint of a
401 ("store them with: oncall-tray login") is then a command that works (fresh-user review).
Through a real pseudo-terminal (the command's controlling terminal, as in a shell), against a
real Alertmanager behind a real nginx, with the secret landing in a real Secret Service."""

from __future__ import annotations

import fcntl
import os
import pty
from fd_wait import readable
import subprocess
import sys
import termios
import time

import pytest
from conftest import make_alert
from nginx_proxy import NginxProxy
from test_keyring import secret_tool
from test_login_cli import cli

pytestmark = pytest.mark.desktop
PASSWORD = "Typed-Pa55word-on-a-tty"
TOKEN = "typed-token-on-a-tty-9912"


class Terminal:
    """``python -m oncall_tray ARGS`` with a new pseudo-terminal as its controlling terminal and
    its stdin, stdout and stderr; ``expect`` reads what it shows, ``type`` types a line."""

    def __init__(self, tmp_path, env_base, *args: str) -> None:
        env = {**env_base, "LANG": "en_US.UTF-8", "LC_ALL": "", "LC_MESSAGES": "",
               "XDG_STATE_HOME": str(tmp_path / "state"), "XDG_CONFIG_HOME": str(tmp_path / "xdg-config"),
               "XDG_DATA_HOME": str(tmp_path / "xdg-data"), "HOME": str(tmp_path)}
        self.master, slave = pty.openpty()
        self.shown = ""
        try:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "oncall_tray", "--config", str(tmp_path / "config.yaml"), *args],
                stdin=slave, stdout=slave, stderr=slave, env=env, start_new_session=True,
                preexec_fn=lambda: fcntl.ioctl(0, termios.TIOCSCTTY, 0))
        finally:
            os.close(slave)

    def _read(self, timeout: float) -> None:
        ready = [self.master] if readable(self.master, timeout) else []
        if ready:
            try:
                self.shown += os.read(self.master, 4096).decode(errors="replace")
            except OSError:  # the other side closed
                pass

    def expect(self, text: str, timeout: float = 30) -> None:
        deadline = time.monotonic() + timeout
        while text not in self.shown:
            assert time.monotonic() < deadline, f"{text!r} never shown; shown: {self.shown!r}"
            self._read(0.2)

    def shows(self, text: str, times: int) -> bool:
        """Whether ``text`` was shown ``times`` times so far (after reading what came meanwhile)."""
        self._read(0.2)
        return self.shown.count(text) >= times

    def __enter__(self) -> Terminal:
        return self

    def __exit__(self, *exc_info) -> None:
        """End it if it still runs (a test that failed)."""
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(10)

    def type(self, line: str) -> None:
        os.write(self.master, (line + "\n").encode())

    def finish(self, timeout: float = 60) -> int:
        deadline = time.monotonic() + timeout
        while self.process.poll() is None:
            assert time.monotonic() < deadline, self.shown
            self._read(0.2)
        self._read(0.2)
        os.close(self.master)
        return self.process.returncode


def test_a_token_is_asked_without_echo_and_lands_in_the_keyring(alertmanager, keyring_desktop, tmp_path):
    alertmanager.post_alerts([make_alert("Typed", "warning")])
    env = keyring_desktop.env
    with NginxProxy(alertmanager.url, token=TOKEN) as proxy:
        (tmp_path / "config.yaml").write_text(f"alertmanager_url: {proxy.url}\n")
        before = cli(tmp_path, env, "status")
        assert before.returncode == 2 and "(store them with: oncall-tray login)" in before.stderr, before.stderr

        terminal = Terminal(tmp_path, env, "login")  # the hint's command, as given
        terminal.expect("Log in with a user name and password (basic auth) or a bearer token? [b/t] ")
        terminal.type("t")
        terminal.expect(f"Bearer token for {proxy.url}: ")  # what the token is for (fresh-user review)
        terminal.type(TOKEN)
        assert terminal.finish() == 0, terminal.shown
        assert TOKEN not in terminal.shown  # not echoed
        assert "bearer token stored in the system keyring" in terminal.shown, terminal.shown

        found = secret_tool(keyring_desktop, "lookup", "service", f"oncall-tray {proxy.url}", "username", "bearer-token")
        assert found.stdout == TOKEN
        assert "auth_method: bearer" in (tmp_path / "config.yaml").read_text()
        after = cli(tmp_path, env, "status")
        assert after.returncode == 0 and "Typed" in after.stdout, after.stderr


def test_basic_auth_asks_the_user_name_and_the_password(alertmanager, keyring_desktop, tmp_path):
    env = keyring_desktop.env
    with NginxProxy(alertmanager.url, basic=("alice", PASSWORD)) as proxy:
        (tmp_path / "config.yaml").write_text(f"alertmanager_url: {proxy.url}\nauth_method: basic\n")
        terminal = Terminal(tmp_path, env, "login")  # basic from the settings: no question about the method
        terminal.expect(f"Logging in to {proxy.url} with a user name and password (basic auth), as the settings "
                        "say; --token-stdin for a bearer token")  # said, not silently assumed (fresh-user review)
        terminal.expect("User name: ")
        terminal.type("alice")
        terminal.expect(f"Password for alice at {proxy.url}: ")
        terminal.type(PASSWORD)
        assert terminal.finish() == 0, terminal.shown
        assert PASSWORD not in terminal.shown and "or a bearer token?" not in terminal.shown
        assert "password of alice stored in the system keyring" in terminal.shown, terminal.shown
        found = secret_tool(keyring_desktop, "lookup", "service", f"oncall-tray {proxy.url}", "username", "alice")
        assert found.stdout == PASSWORD
        assert "auth_username: alice" in (tmp_path / "config.yaml").read_text()
        assert cli(tmp_path, env, "status").returncode == 0

        again = Terminal(tmp_path, env, "login")  # now configured: whose password, from where
        again.expect(f"Logging in to {proxy.url} as alice with a password (basic auth), as the settings say; "
                     "--username U for another user, --token-stdin for a bearer token")
        again.expect(f"Password for alice at {proxy.url}: ")
        again.type(PASSWORD)
        assert again.finish() == 0 and "User name: " not in again.shown, again.shown

        wrong = Terminal(tmp_path, env, "login", "--username", "alice")  # given: nothing to announce
        wrong.expect(f"Password for alice at {proxy.url}: ")
        wrong.type("not-the-password")
        assert wrong.finish() == 2 and "refused these credentials" in wrong.shown
        assert "User name: " not in wrong.shown and "Logging in to" not in wrong.shown


def test_a_recorded_login_says_whose_password_it_asks_for(alertmanager, keyring_desktop, tmp_path):
    """Found by a fresh-user review: after a login to an address of its own (``--alertmanager``),
    ``login`` again reused the recorded method and user and showed only "Password: "."""
    env = keyring_desktop.env
    (tmp_path / "config.yaml").write_text("alertmanager_url: http://127.0.0.1:9\n")  # the settings' is another
    with NginxProxy(alertmanager.url, basic=("alice", PASSWORD)) as proxy:
        first = cli(tmp_path, env, "--alertmanager", proxy.url, "login", "--username", "alice", "--password-stdin",
                    stdin=PASSWORD + "\n")
        assert first.returncode == 0, first.stderr
        terminal = Terminal(tmp_path, env, "--alertmanager", proxy.url, "login")
        terminal.expect(f"Logging in to {proxy.url} as alice with a password (basic auth), as at the last login "
                        "to this address; --username U for another user, --token-stdin for a bearer token")
        terminal.expect(f"Password for alice at {proxy.url}: ")
        terminal.type(PASSWORD)
        assert terminal.finish() == 0, terminal.shown
        assert "User name: " not in terminal.shown and "or a bearer token?" not in terminal.shown
    with NginxProxy(alertmanager.url, token=TOKEN) as proxy:
        first = cli(tmp_path, env, "--alertmanager", proxy.url, "login", "--token-stdin", stdin=TOKEN + "\n")
        assert first.returncode == 0, first.stderr
        terminal = Terminal(tmp_path, env, "--alertmanager", proxy.url, "login")
        terminal.expect(f"Logging in to {proxy.url} with a bearer token, as at the last login to this address; "
                        "--username U for a user name and password instead")
        terminal.expect(f"Bearer token for {proxy.url}: ")
        terminal.type(TOKEN)
        assert terminal.finish() == 0, terminal.shown


def test_without_a_terminal_it_says_what_to_pass(tmp_path):
    (tmp_path / "config.yaml").write_text("alertmanager_url: http://127.0.0.1:9\n")
    result = cli(tmp_path, dict(os.environ), "login", stdin="")
    assert result.returncode == 1
    assert ("nothing to read the secret from: on a terminal, login asks for it; otherwise pipe it in with "
            "--password-stdin (basic auth, with --username U) or --token-stdin (bearer token)") in result.stderr
    assert "Traceback" not in result.stderr


def test_without_a_keyring_it_says_so_before_asking_anything(tmp_path):
    """Review 38 F8: the method, the user name and the password were asked, then "no system
    keyring was found ... NOT stored"."""
    (tmp_path / "config.yaml").write_text("alertmanager_url: http://127.0.0.1:9\n")
    no_session = {k: v for k, v in os.environ.items() if k not in ("DBUS_SESSION_BUS_ADDRESS", "PYTHON_KEYRING_BACKEND")}
    terminal = Terminal(tmp_path, {**no_session, "DBUS_SESSION_BUS_ADDRESS": "unix:path=/nonexistent"}, "login")
    terminal.expect("no system keyring was found")
    assert terminal.finish() == 1, terminal.shown
    assert "The secret was NOT stored" in terminal.shown
    assert "[b/t]" not in terminal.shown and "User name" not in terminal.shown and "Password" not in terminal.shown


def test_a_wrong_answer_is_asked_again(alertmanager, keyring_desktop, tmp_path):
    """Review 38 F8: a typo at "[b/t]" or an empty user name ended the command."""
    env = keyring_desktop.env
    with NginxProxy(alertmanager.url, basic=("alice", PASSWORD)) as proxy:
        (tmp_path / "config.yaml").write_text(f"alertmanager_url: {proxy.url}\n")
        terminal = Terminal(tmp_path, env, "login")
        question = "Log in with a user name and password (basic auth) or a bearer token? [b/t] "
        terminal.expect(question)
        terminal.type("x")
        terminal.expect("Answer b (user name and password) or t (bearer token).")
        terminal.expect(question + "x\r\nAnswer b (user name and password) or t (bearer token).\r\n" + question)
        terminal.type("b")
        terminal.expect("User name: ")
        terminal.type("")
        terminal.expect("A user name is needed.\r\nUser name: ")
        terminal.type("alice")
        terminal.expect(f"Password for alice at {proxy.url}: ")
        terminal.type(PASSWORD)
        assert terminal.finish() == 0, terminal.shown
        assert "password of alice stored in the system keyring" in terminal.shown

        (tmp_path / "config.yaml").write_text(f"alertmanager_url: {proxy.url}\n")  # the method is asked again
        giving_up = Terminal(tmp_path, env, "login")
        for _ in range(3):
            giving_up.expect(question)
            giving_up.type("?")
        assert giving_up.finish() == 1
        assert giving_up.shown.count(question) == 3
        assert giving_up.shown.rstrip().endswith("Answer b (user name and password) or t (bearer token); nothing was "
                                                 "stored."), giving_up.shown


def test_ctrl_d_at_a_question_cancels_as_ctrl_c_does(keyring_desktop, tmp_path):
    """Review 42 F16: Ctrl-D at "[b/t]" was taken for a wrong answer ("Answer b or t", exit 1)."""
    (tmp_path / "config.yaml").write_text("alertmanager_url: http://127.0.0.1:9\n")
    terminal = Terminal(tmp_path, keyring_desktop.env, "login")
    terminal.expect("Log in with a user name and password (basic auth) or a bearer token? [b/t] ")
    os.write(terminal.master, b"\x04")  # Ctrl-D at the start of a line: the end of input
    code = terminal.finish()
    assert code == 130, terminal.shown
    assert "Cancelled; nothing was stored." in terminal.shown and "Answer b" not in terminal.shown
