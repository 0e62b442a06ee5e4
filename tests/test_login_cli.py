"""``oncall-tray login`` / ``logout`` as the engineer runs them, then ``status``, against a real
Alertmanager behind a real nginx with basic auth (or a bearer token) and TLS from a test CA,
with the secret in a real Secret Service; and the config file and every log line grepped for the
secret (issue 6)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import httpx
import pytest
from conftest import make_alert
from nginx_proxy import NginxProxy
from tls_ca import make_ca

pytestmark = pytest.mark.desktop
PASSWORD = "Correct-Horse-8477-battery"
TOKEN = "eyJhbGciOiJub25lIn0.oncall-tray-test-token"


def cli(tmp_path, env_base, *args, stdin: str | None = None, config=None,
        unprivileged: bool = False) -> subprocess.CompletedProcess:
    """``oncall-tray --verbose --config CONFIG ARGS``; ``unprivileged``: without root's power to
    write anywhere (``setpriv``, when the tests run as root), so that a folder's permissions apply."""
    env = {**env_base, "LANG": "en_US.UTF-8", "LC_ALL": "", "LC_MESSAGES": "",
           "XDG_STATE_HOME": str(tmp_path / "state"), "XDG_CONFIG_HOME": str(tmp_path / "xdg-config"),
           "XDG_DATA_HOME": str(tmp_path / "xdg-data"), "HOME": str(tmp_path)}
    command = [sys.executable, "-m", "oncall_tray", "--verbose", "--config", str(config or tmp_path / "config.yaml")]
    if unprivileged and os.geteuid() == 0:
        command = ["setpriv", "--bounding-set", "-dac_override,-dac_read_search", "--", *command]
    return subprocess.run(command + list(args), input=stdin, capture_output=True, text=True, timeout=60, env=env)


def assert_no_secret_anywhere(tmp_path, secret, *results):
    """Neither the files under tmp_path (the settings, the log folder) nor any output holds it."""
    checked = 0
    for path in tmp_path.rglob("*"):
        if path.is_file():
            assert secret.encode() not in path.read_bytes(), path
            checked += path.suffix in (".yaml", ".log")
    assert checked >= 2  # the settings file and the log file at least
    for result in results:
        for line in (result.stdout + result.stderr).splitlines():
            assert secret not in line, line


def test_login_then_status_behind_nginx_with_basic_auth_and_tls(alertmanager, keyring_desktop, tmp_path):
    alertmanager.post_alerts([make_alert("BehindProxy", "critical")])
    ca = make_ca(tmp_path / "ca")
    config = tmp_path / "config.yaml"
    env = keyring_desktop.env
    with NginxProxy(alertmanager.url, basic=("alice", PASSWORD), tls=(ca.cert, ca.key)) as proxy:
        config.write_text(f"alertmanager_url: {proxy.url}\nca_bundle: {ca.ca}\n# my own comment\n")
        before = cli(tmp_path, env, "status")
        assert before.returncode == 2
        assert "credentials needed" in before.stderr and "oncall-tray login" in before.stderr

        wrong = cli(tmp_path, env, "login", "--username", "alice", "--password-stdin", stdin="nope\n")
        assert wrong.returncode == 2 and "refused these credentials" in wrong.stderr

        login = cli(tmp_path, env, "login", "--username", "alice", "--password-stdin", stdin=PASSWORD + "\n")
        assert login.returncode == 0, login.stderr
        assert "stored in the system keyring (Secret Service: GNOME Keyring, KeePassXC)" in login.stdout  # review 18
        text = config.read_text()
        assert "auth_method: basic" in text and "auth_username: alice" in text and "# my own comment" in text

        status = cli(tmp_path, env, "status", "--json")
        assert status.returncode == 0, status.stderr
        doc = json.loads(status.stdout)
        assert [a["alertname"] for a in doc["alerts"]] == ["BehindProxy"]
        assert doc["alertmanager"]["members"][0]["reachable"] is True
        check = cli(tmp_path, env, "config", "check")
        assert check.returncode == 0, check.stdout

        without_ca = cli(tmp_path, env, "status", config=_copy_without(config, "ca_bundle"))
        assert without_ca.returncode == 2 and "TLS error: the certificate is not signed by a trusted CA" in without_ca.stderr

        logout = cli(tmp_path, env, "logout")
        assert logout.returncode == 0 and "Removed from the system keyring for " in logout.stdout, logout.stdout
        assert "the password of alice" in logout.stdout  # review 20: whose
        assert "another user name" not in logout.stdout  # review 38 F7: none is kept
        after = cli(tmp_path, env, "status")
        assert after.returncode == 2 and "credentials needed" in after.stderr
    assert_no_secret_anywhere(tmp_path, PASSWORD, before, wrong, login, status, check, without_ca, logout, after)


def _copy_without(config, key):
    copy = config.with_name("other.yaml")
    copy.write_text("".join(line for line in config.read_text().splitlines(True) if not line.startswith(key)))
    return copy


def test_token_login_and_status(alertmanager, keyring_desktop, tmp_path):
    alertmanager.post_alerts([make_alert("TokenAlert", "warning")])
    env = keyring_desktop.env
    with NginxProxy(alertmanager.url, token=TOKEN) as proxy:
        (tmp_path / "config.yaml").write_text(f"alertmanager_url: {proxy.url}\n")
        login = cli(tmp_path, env, "login", "--token-stdin", stdin=TOKEN)
        assert login.returncode == 0, login.stderr
        assert "auth_method: bearer" in (tmp_path / "config.yaml").read_text()
        status = cli(tmp_path, env, "status")
        assert status.returncode == 0, status.stderr
        assert "TokenAlert" in status.stdout
    assert_no_secret_anywhere(tmp_path, TOKEN, login, status)


def test_a_login_to_another_alertmanager_keeps_the_settings_login(alertmanager, keyring_desktop, tmp_path):
    """The settings' Alertmanager wants basic auth; one given with --alertmanager wants a token:
    logging in to the second leaves the first's login (and the settings file) as they were,
    and each is reached with its own (found by a fresh-user review: auth_method was global)."""
    alertmanager.post_alerts([make_alert("TwoLogins", "warning")])
    env = keyring_desktop.env
    config = tmp_path / "config.yaml"
    with NginxProxy(alertmanager.url, basic=("alice", PASSWORD)) as basic, \
            NginxProxy(alertmanager.url, token=TOKEN) as bearer:
        config.write_text(f"alertmanager_url: {basic.url}\n")
        first = cli(tmp_path, env, "login", "--username", "alice", "--password-stdin", stdin=PASSWORD)
        assert first.returncode == 0, first.stderr
        settings = config.read_text()
        assert "auth_method: basic" in settings

        second = cli(tmp_path, env, "--alertmanager", bearer.url, "login", "--token-stdin", stdin=TOKEN)
        assert second.returncode == 0, second.stderr
        assert "settings file and its Alertmanager's login are unchanged" in second.stdout
        assert config.read_text() == settings

        assert cli(tmp_path, env, "status").returncode == 0  # alice, from the settings
        other = cli(tmp_path, env, "--alertmanager", bearer.url, "status")
        assert other.returncode == 0, other.stderr  # the token, recorded for that address
        assert "TwoLogins" in other.stdout

        logout = cli(tmp_path, env, "--alertmanager", bearer.url, "logout")
        assert logout.returncode == 0 and "the bearer token" in logout.stdout, logout.stdout
        after = cli(tmp_path, env, "--alertmanager", bearer.url, "status")
        assert after.returncode == 2  # the hint names this address (a fourth review: it said plain `login`)
        assert f"(store them with: oncall-tray --alertmanager {bearer.url} login)" in after.stderr
        assert cli(tmp_path, env, "status").returncode == 0
    assert_no_secret_anywhere(tmp_path, TOKEN, first, second, other, logout)


def test_logout_says_that_another_users_password_stays_only_when_one_does(alertmanager, keyring_desktop, tmp_path):
    """Review 38 F7: "A password kept for another user name stays" after every logout, the
    keyring then empty."""
    env = keyring_desktop.env
    with NginxProxy(alertmanager.url, basic=("alice", PASSWORD)) as proxy:
        (tmp_path / "config.yaml").write_text(f"alertmanager_url: {proxy.url}\n")
        bob = ("import keyring, sys; keyring.set_password(f'oncall-tray {sys.argv[1]}', 'bob', 'bobs-secret'); "
               "print(keyring.get_keyring())")
        for others in (False, True):
            login = cli(tmp_path, env, "login", "--username", "alice", "--password-stdin", stdin=PASSWORD)
            assert login.returncode == 0, login.stderr
            if others:  # a password kept for bob earlier (another engineer on this machine)
                kept = subprocess.run([sys.executable, "-c", bob, proxy.url], env=env, capture_output=True, text=True,
                                      timeout=60)
                assert "SecretService" in kept.stdout, kept.stderr
            logout = cli(tmp_path, env, "logout")
            assert logout.returncode == 0, logout.stderr
            lines = logout.stdout.splitlines()
            assert lines[0] == f"Removed from the system keyring for {proxy.url}: the password of alice."
            stays = "A password kept for another user name stays; remove it with: oncall-tray logout --username NAME"
            assert lines[1:] == ([stays] if others else []), logout.stdout
        again = cli(tmp_path, env, "logout")  # alice's is gone, bob's stays (review 39: "none stored" alone)
        assert again.stdout.splitlines() == [f"No credentials were stored for {proxy.url}.", stays], again.stdout
        bobs = cli(tmp_path, env, "logout", "--username", "bob")
        assert bobs.stdout == f"Removed from the system keyring for {proxy.url}: the password of bob.\n", bobs.stdout


def test_a_settings_file_that_cannot_be_updated_still_names_the_address_stored_for(alertmanager, keyring_desktop,
                                                                                     tmp_path):
    """Review 38 F3: the secret was stored, and the line that said the settings could not be
    updated named neither the Alertmanager it was stored for nor the check it could not make."""
    folder = tmp_path / "locked"
    folder.mkdir()
    config = folder / "config.yaml"
    env = keyring_desktop.env
    with NginxProxy(alertmanager.url, basic=("alice", PASSWORD)) as proxy:
        config.write_text(f"alertmanager_url: {proxy.url}\n")
        folder.chmod(0o555)  # its atomic save writes a new file beside it
        try:
            login = cli(tmp_path, env, "login", "--username", "alice", "--password-stdin", stdin=PASSWORD,
                        config=config, unprivileged=True)
        finally:
            folder.chmod(0o755)
    assert login.returncode == 1, login.stderr
    assert login.stdout.startswith(f"{proxy.url}: password of alice stored in the system keyring ("), login.stdout
    assert f"{config} could not be updated (cannot write {config}: permission denied" in login.stderr, login.stderr
    assert "set auth_method: basic, auth_username: alice" in login.stderr
    assert config.read_text() == f"alertmanager_url: {proxy.url}\n"


def test_without_a_keyring_nothing_is_stored_and_it_says_so(alertmanager, tmp_path):
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    with NginxProxy(alertmanager.url, token=TOKEN) as proxy:
        (tmp_path / "config.yaml").write_text(f"alertmanager_url: {proxy.url}\n")
        login = cli(tmp_path, env, "login", "--token-stdin", stdin=TOKEN)
        status = cli(tmp_path, env, "status")
    assert status.returncode == 2 and "credentials needed" in status.stderr
    assert "(oncall-tray login cannot store them here: " in status.stderr  # not "store them with: login"
    assert login.returncode == 1
    assert "is not a system keyring. The secret was NOT stored" in login.stderr
    assert "Traceback" not in login.stderr
    assert "auth_method" not in (tmp_path / "config.yaml").read_text()
    assert_no_secret_anywhere(tmp_path, TOKEN, login)


def test_logout_without_a_keyring_says_it_in_one_sentence(tmp_path):
    (tmp_path / "config.yaml").write_text("alertmanager_url: http://am.example:9093\n")
    no_session = {k: v for k, v in os.environ.items() if k not in ("DBUS_SESSION_BUS_ADDRESS", "PYTHON_KEYRING_BACKEND")}
    logout = cli(tmp_path, {**no_session, "DBUS_SESSION_BUS_ADDRESS": "unix:path=/nonexistent"}, "logout")
    # review 19: exit 1, not 0: a secret may still be stored in a keyring that is not running
    assert logout.returncode == 1 and logout.stdout == ""
    assert logout.stderr.endswith("Nothing was removed for http://am.example:9093: no system keyring was found (on "
                                  "Linux, GNOME Keyring, KeePassXC or KWallet must run in the desktop session).\n")
    configured = cli(tmp_path, {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}, "logout")
    assert configured.returncode == 1
    assert configured.stderr.endswith("Nothing was removed for http://am.example:9093: the configured keyring backend "
                                      "keyring.backends.fail.Keyring is not a system keyring.\n")


@pytest.fixture
def asking(alertmanager):
    """The Alertmanager behind nginx asking for basic auth: a login is needed there (one that
    answers without credentials is told so before the keyring is asked: review 47 N1)."""
    from nginx_proxy import NginxProxy

    with NginxProxy(alertmanager.url, basic=("alice", "pw")) as proxy:
        yield proxy


@pytest.mark.filterwarnings("ignore::ResourceWarning")
def test_locked_keyring_gives_a_clear_message(asking, keyring_desktop, tmp_path, monkeypatch):
    from test_keyring import lock_default_collection

    env = keyring_desktop.env
    (tmp_path / "config.yaml").write_text(f"alertmanager_url: {asking.url}\nauth_method: bearer\n")
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", keyring_desktop.bus_address)
    lock_default_collection(keyring_desktop)
    login = cli(tmp_path, env, "login", "--token-stdin", stdin=TOKEN)
    assert login.returncode == 1 and "is locked: unlock it" in login.stderr and "Traceback" not in login.stderr
    status = cli(tmp_path, env, "status")
    assert status.returncode == 2 and "is locked" in status.stderr and "Traceback" not in status.stderr
    assert "oncall-tray login" not in status.stderr  # unlocking is what helps, as the reason says
    # review 19: with a desktop that shows the unlock prompt, status waited on it without a word
    waiting = status.stderr.find("The keyring is locked: waiting for it to be unlocked")
    assert 0 <= waiting < status.stderr.find("is locked: unlock it"), status.stderr


@pytest.mark.filterwarnings("ignore::ResourceWarning")
def test_locked_keyring_in_portuguese(asking, keyring_desktop, tmp_path, monkeypatch):
    from test_keyring import lock_default_collection

    env = keyring_desktop.env
    (tmp_path / "config.yaml").write_text(f"language: pt_BR\nalertmanager_url: {asking.url}\n"
                                          "auth_method: bearer\n")
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", keyring_desktop.bus_address)
    lock_default_collection(keyring_desktop)
    login = cli(tmp_path, env, "login", "--token-stdin", stdin=TOKEN)
    assert login.returncode == 1
    assert "está bloqueado: desbloqueie-o" in login.stderr and "; nada foi guardado" in login.stderr, login.stderr
    status = cli(tmp_path, env, "status")
    assert status.returncode == 2
    assert "credenciais necessárias: o chaveiro (" in status.stderr and "is locked" not in status.stderr, status.stderr


def test_on_a_terminal_the_secret_is_asked_without_echo(monkeypatch):
    # second fresh-user review: `login --password-stdin` on a terminal showed the password as typed
    import io

    from oncall_tray.commands import login

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    asked = []
    monkeypatch.setattr("getpass.getpass", lambda prompt="": asked.append(prompt) or "s3cret")
    assert login.read_secret(Terminal("never read\n"), "Password: ") == "s3cret" and asked == ["Password: "]
    assert login.read_secret(io.StringIO("piped\n"), "Password: ") == "piped" and asked == ["Password: "]


def test_login_to_a_proxy_that_asks_credentials_for_writes_only(alertmanager, keyring_desktop, tmp_path):
    """A proxy that lets anyone read the alerts and asks credentials only to change them (a
    silence, an acknowledgement): ``login`` said "does not ask for credentials" (its status
    answered without them) and stored nothing, so no acknowledgement could ever be made. The
    writes are asked too (an empty silence, which Alertmanager refuses and never creates): the
    login is checked there, and then acknowledgements go through."""
    alertmanager.post_alerts([make_alert("ReadableByAll", "critical")])
    env = keyring_desktop.env
    with NginxProxy(alertmanager.url, basic=("alice", PASSWORD), writes_only=True) as proxy:
        (tmp_path / "config.yaml").write_text(f"alertmanager_url: {proxy.url}\nengineer: alice\n")
        status = cli(tmp_path, env, "status", "--json")
        assert status.returncode == 0, status.stderr
        fingerprint = json.loads(status.stdout)["alerts"][0]["fingerprint"]
        refused = cli(tmp_path, env, "ack", fingerprint)
        assert refused.returncode == 2 and "credentials needed" in refused.stderr, refused.stderr
        assert "oncall-tray login" in refused.stderr, refused.stderr

        wrong = cli(tmp_path, env, "login", "--username", "alice", "--password-stdin", stdin="nope\n")
        assert wrong.returncode == 2 and "refused these credentials" in wrong.stderr, wrong.stderr
        login = cli(tmp_path, env, "login", "--username", "alice", "--password-stdin", stdin=PASSWORD + "\n")
        assert login.returncode == 0, login.stderr
        assert "auth_method: basic" in (tmp_path / "config.yaml").read_text()

        ack = cli(tmp_path, env, "ack", fingerprint)
        assert ack.returncode == 0, ack.stderr
    silences = httpx.get(f"{alertmanager.url}/api/v2/silences", timeout=10).json()
    assert [silence["createdBy"] for silence in silences] == ["alice"]  # the empty ones: never created
    assert_no_secret_anywhere(tmp_path, PASSWORD, status, refused, wrong, login, ack)


def test_login_keeps_nothing_when_the_address_or_its_tls_cannot_work(alertmanager, keyring_desktop, tmp_path):
    """Review 54 M9: a certificate for another host, or http:// to an HTTPS port, gave "could not
    check it now" and exit 0 with the password stored: not an outage that will pass, an address or
    a trust setting to fix. Nothing is kept, exit 2, and it says what to fix; Alertmanager down
    (connection refused) still keeps it, to be checked later."""
    from oncall_tray.alertmanager.errors import TlsError, Unreachable
    from oncall_tray.connect import lasting_failure

    other_host = make_ca(tmp_path / "other", hosts=("alertmanager.example",))
    env = keyring_desktop.env
    with NginxProxy(alertmanager.url, basic=("alice", PASSWORD), tls=(other_host.cert, other_host.key)) as proxy:
        for url, ca, reason in ((proxy.url, other_host.ca, "TLS error: the certificate is not for this host name"),
                                (proxy.url.replace("https://", "http://"), "", "TLS error: the server speaks TLS")):
            config = tmp_path / "lasting.yaml"
            config.write_text(f"alertmanager_url: {url}\n" + (f"ca_bundle: {ca}\n" if ca else ""))
            login = cli(tmp_path, env, "login", "--username", "alice", "--password-stdin", stdin=PASSWORD + "\n",
                        config=config)
            assert login.returncode == 2, (login.stdout, login.stderr)
            assert login.stdout == "" and reason in login.stderr, login.stderr
            assert "nothing was stored: fix the address or its TLS settings first" in login.stderr, login.stderr
            assert ".;" not in login.stderr  # review 55 P9
            assert "auth_method" not in config.read_text()
            logout = cli(tmp_path, env, "logout", config=config)
            assert logout.stdout.startswith("No credentials were stored for "), (logout.stdout, logout.stderr)
    assert lasting_failure(TlsError("https://am", "TLS error: the certificate has expired"))
    assert not lasting_failure(Unreachable("http://am", "connection refused"))
    assert_no_secret_anywhere(tmp_path, PASSWORD, login)
