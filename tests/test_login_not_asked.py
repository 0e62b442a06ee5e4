"""``login`` against an Alertmanager that asks for no credentials (review 46 F6: it said the
password was stored, exit 0, and switched the settings to basic auth, so that every command then
depended on the keyring): said so, nothing stored, settings unchanged; the tray's login dialog
says the same. A real Alertmanager without authentication, a real Secret Service."""

from __future__ import annotations

import pytest
from conftest import shut_down
from test_keyring import secret_tool
from test_login_cli import cli

pytestmark = pytest.mark.desktop


def test_login_to_an_alertmanager_that_asks_for_none_stores_nothing(alertmanager, keyring_desktop, tmp_path):
    settings = f"alertmanager_url: {alertmanager.url}\n"
    (tmp_path / "config.yaml").write_text(settings)
    login = cli(tmp_path, keyring_desktop.env, "login", "--username", "alice", "--password-stdin", stdin="pw")
    assert login.returncode == 1, login.stderr
    assert (f"Alertmanager at {alertmanager.url} does not ask for credentials (it answered without them): "
            "nothing was stored; the settings are unchanged") in login.stderr, login.stderr
    assert "stored in the system keyring" not in login.stdout
    assert (tmp_path / "config.yaml").read_text() == settings
    assert secret_tool(keyring_desktop, "lookup", "service", f"oncall-tray {alertmanager.url}",
                       "username", "alice").stdout == ""
    assert cli(tmp_path, keyring_desktop.env, "status").returncode == 0


def _dialog_answer(qtbot, url: str, desktop, tmp_path, monkeypatch) -> tuple[str, str, object]:
    """The tray's login dialog for the Alertmanager at ``url``, alice's password typed and
    *Log in* clicked: (what the dialog then says, the settings file's text after, the store),
    the dialog still open."""
    from oncall_tray.config import load_config
    from oncall_tray.ui.app import TrayController

    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", desktop.bus_address)
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.SecretService.Keyring")
    path = tmp_path / "config.yaml"
    path.write_text(f"alertmanager_url: {url}\nnotifications: false\nlanguage: en\n")
    controller = TrayController(load_config(path))
    try:
        controller.connection.open_login()
        dialog = controller.connection.dialogs["login"]
        dialog.username.setText("alice")
        dialog.secret.setText("pw")
        dialog.login_button.click()
        qtbot.waitUntil(lambda: dialog.login_button.isEnabled(), timeout=20000)
        assert dialog.isVisible() and controller.config.auth_method == "none"
        return dialog.problem.text(), path.read_text(), controller.store
    finally:
        controller.connection.close_all()
        shut_down(controller)


def test_the_login_dialog_says_alertmanager_asks_for_none(qtbot, alertmanager, keyring_desktop, tmp_path,
                                                          monkeypatch):
    said, settings, store = _dialog_answer(qtbot, alertmanager.url, keyring_desktop, tmp_path, monkeypatch)
    assert said == (f"Alertmanager at {alertmanager.url} does not ask for credentials (it answered without them): "
                    "nothing was kept.")
    assert "auth_method" not in settings and store.credentials(alertmanager.url, "basic", "alice") is None


def test_the_login_dialog_keeps_nothing_for_an_address_whose_tls_cannot_work(qtbot, alertmanager, keyring_desktop,
                                                                             tmp_path, monkeypatch):
    """Review 54 M9, in the tray: http:// to an HTTPS port (and the like) is not an outage to wait
    out: the dialog stays open, says what to fix, keeps nothing."""
    from nginx_proxy import NginxProxy
    from tls_ca import make_ca

    ca = make_ca(tmp_path / "ca")
    with NginxProxy(alertmanager.url, basic=("alice", "pw"), tls=(ca.cert, ca.key)) as proxy:
        plain = proxy.url.replace("https://", "http://")
        said, settings, store = _dialog_answer(qtbot, plain, keyring_desktop, tmp_path, monkeypatch)
    assert said == (f"Alertmanager at {plain} cannot be used as set: TLS error: the server speaks TLS on this port (an "
                    "https:// address?); nothing was kept. Fix the address or its TLS settings first."), said
    assert "auth_method" not in settings and store.credentials(plain, "basic", "alice") is None
