"""End to end: the real tray on a virtual desktop with a real Secret Service, against a real
Alertmanager behind nginx with basic auth and TLS from a test CA; the password is stored with
`oncall-tray login`, and neither the settings file nor any log line holds it (issue 6)."""

from __future__ import annotations

import pytest
from conftest import make_alert
from nginx_proxy import NginxProxy
from test_login_cli import assert_no_secret_anywhere, cli
from tls_ca import make_ca
from tray_process import TrayProcess, tray_colour_pixels, wait_until

from oncall_tray.core.overview import Light
from oncall_tray.ui.icons import COLOURS

pytestmark = pytest.mark.desktop
PASSWORD = "E2e-Only-Secret-52917"


def test_tray_logs_in_from_the_keyring_behind_nginx_with_tls(alertmanager, keyring_desktop, tmp_path):
    alertmanager.post_alerts([make_alert("SecureDown", "critical")])
    ca = make_ca(tmp_path / "ca")
    with NginxProxy(alertmanager.url, basic=("alice", PASSWORD), tls=(ca.cert, ca.key)) as proxy:
        (tmp_path / "login.yaml").write_text(f"alertmanager_url: {proxy.url}\nca_bundle: {ca.ca}\n")
        login = cli(tmp_path, keyring_desktop.env, "login", "--username", "alice", "--password-stdin",
                    stdin=PASSWORD, config=tmp_path / "login.yaml")
        assert login.returncode == 0, login.stderr
        app = TrayProcess(keyring_desktop, proxy.url, tmp_path,
                          settings=f"auth_method: basic\nauth_username: alice\nca_bundle: {ca.ca}\n")
        try:
            wait_until(lambda: tray_colour_pixels(keyring_desktop, tmp_path / "red.png", COLOURS[Light.CRITICAL]) > 20,
                       20, "a red tray icon (the alert seen through nginx)")
            note = keyring_desktop.wait_for_notification(lambda n: "SecureDown" in n["summary"] + n["body"], timeout=10)
            assert note
            assert app.terminate() < 5
        finally:
            app.close()
        assert "GET /api/v2/alerts" in proxy.log()
    output = app.output()
    assert "Traceback" not in output, output
    assert_no_secret_anywhere(tmp_path, PASSWORD, login)
    assert PASSWORD not in output
