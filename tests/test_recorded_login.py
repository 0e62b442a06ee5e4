"""The login recorded in the keyring for an Alertmanager given with ``--alertmanager`` (not the
settings file's) cannot be read because the keyring is locked: every command that talks to
Alertmanager, and the tray, say that the keyring is locked, not a bare "credentials needed -
HTTP 401 (store them with: ... login)" (fresh-user review). Real Alertmanager behind a real
nginx asking for a bearer token, real gnome-keyring Secret Service, locked for real."""

from __future__ import annotations

import gc

import pytest
from conftest import make_alert, shut_down
from nginx_proxy import NginxProxy
from test_keyring import lock_default_collection
from test_login_cli import cli

from oncall_tray.core.overview import Light
from oncall_tray.demo import free_port

pytestmark = [pytest.mark.desktop,
              pytest.mark.filterwarnings("ignore::ResourceWarning")]  # keyring leaks its D-Bus connection when locked
TOKEN = "tok-123-recorded-login"
LOCKED = "the login stored for this Alertmanager could not be read: the keyring"


def test_every_command_says_the_keyring_is_locked(alertmanager, keyring_desktop, tmp_path, monkeypatch):
    alertmanager.post_alerts([make_alert("Recorded", "warning")])
    env = keyring_desktop.env
    (tmp_path / "config.yaml").write_text(f"alertmanager_url: http://127.0.0.1:{free_port()}\n")
    with NginxProxy(alertmanager.url, token=TOKEN) as proxy:
        login = cli(tmp_path, env, "--alertmanager", proxy.url, "login", "--token-stdin", stdin=TOKEN)
        assert login.returncode == 0, login.stderr
        assert cli(tmp_path, env, "--alertmanager", proxy.url, "status").returncode == 0  # unlocked: it works

        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", keyring_desktop.bus_address)
        lock_default_collection(keyring_desktop)
        for command in (["status"], ["status", "--json"], ["silence", "list"], ["ack", "0123456789abcdef"],
                        ["trend", "0123456789abcdef"]):
            result = cli(tmp_path, env, "--alertmanager", proxy.url, *command)
            assert result.returncode == 2, (command, result.stderr)
            assert LOCKED in result.stderr and "is locked: unlock it" in result.stderr, (command, result.stderr)
            assert "oncall-tray: Cannot read the saved credentials: " in result.stderr, result.stderr
            assert "unreachable or refused" not in result.stderr, result.stderr
            assert "store them with" not in result.stderr and "HTTP 401" not in result.stderr, (command, result.stderr)
            assert "Traceback" not in result.stderr, result.stderr
        # review 16: an Alertmanager that asks for no login is used all the same, the keyring locked
        assert cli(tmp_path, env, "--alertmanager", alertmanager.url, "status").returncode == 0
    gc.collect()


def test_the_tray_on_its_own_alertmanager_says_the_keyring_is_locked(
        qtbot, alertmanager, keyring_desktop, tmp_path, monkeypatch):
    from keyring.backends import SecretService

    from oncall_tray.cli import build_parser, settings
    from oncall_tray.secrets import SecretStore
    from oncall_tray.ui.app import TrayController

    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", keyring_desktop.bus_address)
    # settings() reads the recorded login with a default store: named, so that keyring does not
    # probe (and cache for the later tests of this process) every backend of this session
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.SecretService.Keyring")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    alertmanager.post_alerts([make_alert("OwnLocked", "warning")])
    path = tmp_path / "config.yaml"
    text = (f"alertmanager_url: http://127.0.0.1:{free_port()}\nauth_method: basic\nauth_username: alice\n"
            "poll_interval: 1\nmax_retry_interval: 1\nrequest_timeout: 3\nnotifications: false\nlanguage: en\n")
    path.write_text(text)
    with NginxProxy(alertmanager.url, token=TOKEN) as proxy:
        login = cli(tmp_path, keyring_desktop.env, "--alertmanager", proxy.url, "login", "--token-stdin",
                    stdin=TOKEN, config=path)
        assert login.returncode == 0, login.stderr
        lock_default_collection(keyring_desktop)
        store = SecretStore(SecretService.Keyring())
        controller = TrayController(settings(build_parser().parse_args(
            ["--config", str(path), "--alertmanager", proxy.url])), store=store)
        shown = []
        controller.notifier.show = lambda notices: shown.extend(notices)
        try:
            controller.start()
            qtbot.waitUntil(lambda: "login" in controller.connection.dialogs, timeout=10000)
            dialog = controller.connection.dialogs["login"]
            assert LOCKED in dialog.reason.text() and "is locked: unlock it" in dialog.reason.text()
            assert "HTTP 401" not in dialog.reason.text()
            assert controller.view.credentials_needed
            # the keyring failed, not Alertmanager's answer: its title says so (review 14)
            assert controller.view.keyring_failed
            assert controller.window.headline.text() == "Cannot read the saved credentials"
            titles = [notice.title for notice in shown]
            assert "Cannot read the saved credentials" in titles and "Alertmanager needs credentials" not in titles

            # the settings dialog saved as it is writes nothing about the login to the file
            controller.connection.open_settings()
            settings_dialog = controller.connection.dialogs["settings"]
            settings_dialog.fields["request_timeout"].widget.setText("4")
            settings_dialog.save()
            assert path.read_text() == text.replace("request_timeout: 3", "request_timeout: 4")
            qtbot.waitUntil(lambda: "login" in controller.connection.dialogs, timeout=10000)
            dialog = controller.connection.dialogs["login"]
            assert LOCKED in dialog.reason.text()

            dialog.method.setCurrentIndex(dialog.method.findData("bearer"))
            dialog.secret.setText(TOKEN)
            dialog.login_button.click()
            qtbot.waitUntil(lambda: controller.view is not None and controller.view.light is Light.WARNING,
                            timeout=10000)
            assert path.read_text() == text.replace("request_timeout: 3", "request_timeout: 4")
        finally:
            shut_down(controller)
            gc.collect()


@pytest.mark.filterwarnings("ignore::ResourceWarning")  # keyring leaves its D-Bus connection when locked
def test_a_locked_keyring_and_alertmanager_down_say_down_first(alertmanager, keyring_desktop, monkeypatch):
    """Review 13: with the keyring locked and Alertmanager down, the tray said "Alertmanager
    needs credentials" and never that it could not reach it. Unreachable comes first; once a
    member answers, the keyring's reason."""
    from keyring.backends import SecretService

    from oncall_tray.alertmanager.connection import Credentials
    from oncall_tray.alertmanager.errors import CredentialsNeeded, Unreachable
    from oncall_tray.config import Config
    from oncall_tray.connect import connect, error_reason
    from oncall_tray.secrets import SecretStore

    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", keyring_desktop.bus_address)
    store = SecretStore(SecretService.Keyring())
    down = f"http://127.0.0.1:{free_port()}"
    with NginxProxy(alertmanager.url, basic=("alice", "pw")) as proxy:  # it asks them (one that does not is read)
        for url in (down, proxy.url):
            store.store_credentials(url, Credentials("basic", "alice", "pw"))
        lock_default_collection(keyring_desktop)
        with pytest.raises(Unreachable) as unreachable:
            connect(Config(alertmanager_url=down, auth_method="basic", auth_username="alice"), store)
        assert "connection refused" in unreachable.value.reason
        with pytest.raises(CredentialsNeeded) as needed:
            connect(Config(alertmanager_url=proxy.url, auth_method="basic", auth_username="alice"), store)
    assert "is locked: unlock it" in error_reason(needed.value)
