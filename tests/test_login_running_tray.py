"""``oncall-tray login`` and ``logout`` while the tray runs (review 54 M13): the password changed on the server,
the engineer logged in again on the command line, and the tray's next poll still sent the old
password: "Alertmanager asks for credentials (HTTP 401)" just after the login. The command asks
the running tray of the same settings to open its connection again with what the keyring holds
now, and to poll. Real Alertmanager behind a real nginx with basic auth, a real Secret Service,
the real app on a virtual desktop."""

from __future__ import annotations

import pytest
from conftest import make_alert
from nginx_proxy import NginxProxy
from test_single_instance import start_again
from tray_process import TrayProcess, tray_colour_pixels, wait_until

from oncall_tray.core.overview import Light
from oncall_tray.ui.icons import COLOURS

pytestmark = pytest.mark.desktop


def test_a_login_on_the_command_line_is_used_by_the_running_tray_at_once(alertmanager, keyring_desktop, tmp_path):
    alertmanager.post_alerts([make_alert("APIDown", "critical")])
    with NginxProxy(alertmanager.url, basic=("alice", "first-Pa55")) as proxy:
        config = tmp_path / "config.yaml"
        config.write_text(f"alertmanager_url: {proxy.url}\nauth_method: basic\nauth_username: alice\n"
                          "poll_interval: 120\nrequest_timeout: 5\nlanguage: en\nengineer: tester\n", encoding="utf-8")
        app = TrayProcess(keyring_desktop, proxy.url, tmp_path, config=config)
        try:
            first = start_again(app, "login", "--username", "alice", "--password-stdin", stdin="first-Pa55\n")
            assert first.returncode == 0, first.stderr
            red = lambda: tray_colour_pixels(keyring_desktop, tmp_path / "red.png", COLOURS[Light.CRITICAL]) > 20  # noqa: E731
            wait_until(red, 20, "the tray red with APIDown, logged in")
            keyring_desktop.clear_notifications()  # "asks for credentials" before the first login
            asked = app.output().count("the command line asked for a poll")
            polls = proxy.log().count('"GET /api/v2/alerts')
            proxy.set_password("alice", "second-Pa55")  # changed on the server; the tray polls in two minutes
            again = start_again(app, "login", "--username", "alice", "--password-stdin", stdin="second-Pa55\n")
            assert again.returncode == 0, again.stderr
            wait_until(lambda: app.output().count("the command line asked for a poll") > asked, 5,
                       "the tray asked to use the new login")
            after = len(app.output())
            wait_until(lambda: proxy.log().count('"GET /api/v2/alerts') > polls, 10, "the tray's poll with it")
            assert "poll failed" not in app.output()[after:], app.output()[after:]
            assert not [n for n in keyring_desktop.notifications() if "credentials" in n["summary"] + n["body"]]
            # review 55 P2: after a logout the tray went on sending the password removed
            asked = app.output().count("the command line asked for a poll")
            logout = start_again(app, "logout")
            assert logout.returncode == 0, logout.stderr
            wait_until(lambda: app.output().count("the command line asked for a poll") > asked, 5,
                       "the tray asked to drop the login")
            wait_until(lambda: "poll failed (credentials needed" in app.output()[after:], 10,
                       "the tray's poll without the password")
            assert app.terminate() < 5
        finally:
            app.close()
