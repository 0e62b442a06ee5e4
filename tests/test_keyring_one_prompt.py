"""A locked keyring asks the desktop once per command or user action, and the command says it
waits before it does (review 46): a real gnome-keyring Secret Service, locked for real, its
real prompter (gcr-prompter) showing the unlock prompt on the virtual desktop, cancelled with
Escape; a real Alertmanager behind a real nginx with basic auth."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
import threading

import pytest
from conftest import make_alert, wait_until
from keyring_prompter import Prompter, Prompts
from nginx_proxy import NginxProxy
from test_keyring import lock_default_collection
from test_login_keyring_thread import PASSWORD as LOCKED_TRAY_PASSWORD
from test_login_keyring_thread import locked_tray  # noqa: F401 (a fixture)
from test_login_cli import cli

from oncall_tray.demo import free_port

pytestmark = [pytest.mark.desktop,
              pytest.mark.filterwarnings("ignore::ResourceWarning")]  # keyring leaks its D-Bus connection when locked
PASSWORD = "one-prompt-Pa55"
WAITING = ("The keyring is locked: waiting for it to be unlocked (the desktop asks for its password; "
           "at most 120 s)…")


class Running:
    """``python -m oncall_tray ARGS`` started in the background; ``stderr`` holds what it wrote
    there so far."""

    def __init__(self, tmp_path, env_base, *args: str, stdin: str | None = None) -> None:
        env = {**env_base, "LANG": "en_US.UTF-8", "LC_ALL": "", "LC_MESSAGES": "",
               "XDG_STATE_HOME": str(tmp_path / "state"), "XDG_CONFIG_HOME": str(tmp_path / "xdg-config"),
               "XDG_DATA_HOME": str(tmp_path / "xdg-data"), "HOME": str(tmp_path)}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "oncall_tray", "--config", str(tmp_path / "config.yaml"), *args],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        self.process.stdin.write(stdin or "")
        self.process.stdin.close()
        self.stderr = ""
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        for line in self.process.stderr:
            self.stderr += line

    def stop(self) -> None:
        """End it if it still runs (a test that failed)."""
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(10)

    def cancelled(self, prompter: Prompter) -> tuple[int, str]:
        """Wait for the unlock prompt and for the line saying the command waits for it, then
        cancel the prompt; the exit code and stdout once the command ended."""
        try:
            wait_until(prompter.shown, 20, "the unlock prompt")
            wait_until(lambda: WAITING in self.stderr, 20, "the waiting line, while the prompt is open")
            prompter.cancel()
            return self.finish()
        finally:
            self.stop()

    def finish(self) -> tuple[int, str]:
        """The exit code and stdout, once it ended (within 60 s)."""
        out = self.process.stdout.read()
        code = self.process.wait(60)
        self._reader.join(10)
        return code, out


@pytest.fixture
def locked(alertmanager, keyring_desktop, tmp_path, monkeypatch):
    """An Alertmanager behind nginx with basic auth, given with ``--alertmanager``, whose login
    (alice's password) was stored and recorded; then the keyring locked."""
    alertmanager.post_alerts([make_alert("LockedKeyring", "warning")])
    (tmp_path / "config.yaml").write_text(f"alertmanager_url: http://127.0.0.1:{free_port()}\n")
    with NginxProxy(alertmanager.url, basic=("alice", PASSWORD)) as proxy:
        login = cli(tmp_path, keyring_desktop.env, "--alertmanager", proxy.url, "login", "--username", "alice",
                    "--password-stdin", stdin=PASSWORD)
        assert login.returncode == 0, login.stderr
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", keyring_desktop.bus_address)
        lock_default_collection(keyring_desktop)
        yield proxy
    gc.collect()


def test_status_on_a_recorded_login_says_it_waits_before_the_prompt_and_asks_once(locked, keyring_desktop,
                                                                                   tmp_path):
    """Review 46 F2: ``--alertmanager URL status`` printed nothing for 646 s while the unlock
    prompt stayed open (the read of the recorded login waited without a word and without a
    bound); after Cancel, it said it waited and raised a second prompt."""
    with Prompter(keyring_desktop) as prompter, Prompts(keyring_desktop) as prompts:
        status = Running(tmp_path, keyring_desktop.env, "--alertmanager", locked.url, "status")
        code, _out = status.cancelled(prompter)
        assert code == 2, status.stderr
        assert "is locked: unlock it" in status.stderr, status.stderr
        assert status.stderr.count(WAITING) == 1, status.stderr
        assert not prompter.shown()
        assert prompts.count == 1, status.stderr


def test_login_from_a_pipe_says_it_waits_for_the_keyring(locked, keyring_desktop, tmp_path):
    """Review 46 F5: ``login --password-stdin`` printed nothing while it waited for the prompt."""
    (tmp_path / "config.yaml").write_text(f"alertmanager_url: {locked.url}\n")
    with Prompter(keyring_desktop) as prompter, Prompts(keyring_desktop) as prompts:
        login = Running(tmp_path, keyring_desktop.env, "login", "--username", "alice", "--password-stdin",
                        stdin=PASSWORD)
        code, out = login.cancelled(prompter)
        assert code == 1 and "is locked: unlock it" in login.stderr and "nothing was stored" in login.stderr
        assert "stored in the system keyring" not in out and prompts.count == 1, login.stderr
    assert "auth_method" not in (tmp_path / "config.yaml").read_text()


def test_login_on_a_terminal_asks_for_the_keyring_before_the_password(locked, keyring_desktop, tmp_path):
    """Review 46 F5: the password was asked first, then lost to the locked keyring ("try
    again; nothing was stored"): now the keyring is unlocked (or found locked) before anything
    is typed."""
    from test_login_prompt import Terminal

    (tmp_path / "config.yaml").write_text(f"alertmanager_url: {locked.url}\nauth_method: basic\n"
                                          "auth_username: alice\n")
    with Prompter(keyring_desktop) as prompter, Prompts(keyring_desktop) as prompts:
        with Terminal(tmp_path, keyring_desktop.env, "login") as terminal:
            terminal.expect(WAITING)
            wait_until(prompter.shown, 20, "the unlock prompt")
            assert "Password for" not in terminal.shown
            prompter.cancel()
            code = terminal.finish()
        assert code == 1, terminal.shown
        assert "Password for" not in terminal.shown, terminal.shown
        assert "is locked: unlock it" in terminal.shown and "nothing was asked or stored" in terminal.shown
        assert prompts.count == 1


def test_a_login_from_the_tray_asks_the_locked_keyring_once(qtbot, locked_tray, keyring_desktop):  # noqa: F811
    """Review 46 F4: one login from the tray's menu raised the unlock prompt twice: the secret's
    write, refused, then the login method's. Once refused, the method is kept with the secret,
    for this run, without asking again."""
    from oncall_tray.alertmanager.connection import Credentials
    from oncall_tray.core.overview import Light

    controller, url = locked_tray, locked_tray.config.alertmanager_url
    with Prompts(keyring_desktop) as prompts:
        with qtbot.waitSignal(controller.connection.keeper.stored, timeout=60000):  # off the GUI thread
            controller.connection.log_in(Credentials("basic", "alice", LOCKED_TRAY_PASSWORD))
        assert prompts.settled() == 1
    assert [notice.title for notice in controller.shown].count("Credentials kept until oncall-tray quits") == 1
    assert controller.store.credentials(url, "basic", "alice").secret == LOCKED_TRAY_PASSWORD
    assert controller.config.auth_method == "basic" and controller.config.auth_username == "alice"
    # polled with them: the alert behind the proxy is seen
    qtbot.waitUntil(lambda: controller.view is not None and controller.view.light is Light.WARNING, timeout=10000)


def test_login_to_an_alertmanager_that_asks_for_none_says_so_before_any_prompt(locked, alertmanager,
                                                                               keyring_desktop, tmp_path):
    """Review 47 N1: with the keyring locked, ``login`` raised its unlock prompt first; cancelled,
    it never said that the Alertmanager asks for no credentials."""
    (tmp_path / "config.yaml").write_text(f"alertmanager_url: {alertmanager.url}\n")  # no nginx: no auth
    with Prompts(keyring_desktop) as prompts:
        login = Running(tmp_path, keyring_desktop.env, "login", "--username", "alice", "--password-stdin",
                        stdin=PASSWORD)
        try:
            code, _out = login.finish()
        finally:
            login.stop()
        assert code == 1 and "does not ask for credentials" in login.stderr, login.stderr
        assert WAITING not in login.stderr and prompts.count == 0, login.stderr


def test_the_tray_started_on_a_recorded_login_does_not_ask_again_once_cancelled(locked, keyring_desktop, tmp_path):
    """Review 47 N2: the tray started with ``--alertmanager URL`` whose login is in a locked
    keyring raised the unlock prompt for the start-up read of the login, and once that was
    cancelled, a second one at its first poll (two stores, each asking). Cancelled once, the tray
    polls without asking again (until "Refresh now"), and says the keyring is locked."""
    with Prompter(keyring_desktop) as prompter, Prompts(keyring_desktop) as prompts:
        tray = Running(tmp_path, keyring_desktop.env, "--verbose", "--alertmanager", locked.url)
        try:
            wait_until(prompter.shown, 20, "the unlock prompt")
            prompter.cancel()
            wait_until(lambda: "poll failed" in tray.stderr, 30, "the tray's first poll")
            assert "is locked" in tray.stderr, tray.stderr
            assert tray.process.poll() is None, tray.stderr
            assert prompts.settled() == 1, tray.stderr
            assert not prompter.shown()
        finally:
            tray.stop()


def test_login_on_a_terminal_keeps_what_was_typed_and_offers_to_try_again(alertmanager, keyring_desktop, tmp_path,
                                                                          monkeypatch):
    """Review 46 F5: a refused write lost the password typed. On a desktop without a keyring
    yet, the write raises the prompt that creates one: cancelled, ``login`` keeps what was typed
    and offers to try again (Enter: the prompt again, the password not asked again); ``n``
    gives up, storing nothing."""
    import secretstorage
    from test_login_prompt import Terminal

    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", keyring_desktop.bus_address)
    connection = secretstorage.dbus_init()
    try:
        secretstorage.Collection(connection).delete()  # no default keyring: the write's prompt makes one
    finally:
        connection.close()
    # the retry question names what happened: a keyring being created, not unlocked (code review 80 AU1)
    offer = ("What you typed is kept: the keyring is not set up yet; press Enter to be asked again by the prompt "
             "that creates it (n to give up): ")
    with NginxProxy(alertmanager.url, basic=("alice", PASSWORD)) as proxy:
        (tmp_path / "config.yaml").write_text(f"alertmanager_url: {proxy.url}\nauth_method: basic\n"
                                              "auth_username: alice\n")
        with Prompter(keyring_desktop) as prompter, Prompts(keyring_desktop) as prompts:
            with Terminal(tmp_path, keyring_desktop.env, "login") as terminal:
                terminal.expect(f"Password for alice at {proxy.url}: ")
                terminal.type(PASSWORD)
                prompter.cancel()
                terminal.expect(offer)
                terminal.type("")  # the keyring's prompt again (gnome-keyring may dismiss it at once)
                wait_until(lambda: terminal.shows(offer, 2) or prompter.shown(), 30, "the prompt, or the offer again")
                if prompter.shown() and not terminal.shows(offer, 2):
                    prompter.cancel()
                wait_until(lambda: terminal.shows(offer, 2), 30, "the offer again")
                terminal.type("n")
                code = terminal.finish()
            assert code == 1, terminal.shown
            assert terminal.shown.count("Password for") == 1 and terminal.shown.count(offer) == 2, terminal.shown
            assert "Nothing was stored." in terminal.shown and "stored in the system keyring" not in terminal.shown
            assert "unlock" not in terminal.shown, terminal.shown
            assert prompts.settled() == 2
    assert "auth_method: basic" in (tmp_path / "config.yaml").read_text()  # unchanged: it was there before


@pytest.mark.parametrize("where", ["open", "nothing listens"])
def test_an_address_never_logged_in_to_is_read_without_asking_the_locked_keyring(locked, alertmanager,
                                                                                 keyring_desktop, tmp_path, where):
    """Review 65 R4: with the keyring locked, ``--alertmanager URL status`` for an address no login
    was ever recorded for (an open Alertmanager, or one where nothing listens) raised the unlock
    prompt and waited up to 120 s before its first request. The Secret Service tells, locked, that
    no entry is kept for that address (its attributes are not secret): nothing to ask it for."""
    url = alertmanager.url if where == "open" else f"http://127.0.0.1:{free_port()}"
    with Prompts(keyring_desktop) as prompts:
        status = Running(tmp_path, keyring_desktop.env, "--alertmanager", url, "status")
        try:
            code, out = status.finish()
        finally:
            status.stop()
        assert WAITING not in status.stderr and prompts.settled() == 0, status.stderr
    if where == "open":
        assert code == 0 and "LockedKeyring" in out, status.stderr
    else:
        assert code == 2 and "unreachable" in status.stderr and "keyring" not in status.stderr, status.stderr
