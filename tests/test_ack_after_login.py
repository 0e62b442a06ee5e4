"""An acknowledgement refused for credentials is sent once the login it opened keeps them
(review 57 S8: the engineer typed the new password in the dialog the acknowledgement opened; the
tray polled again, and the alert stayed "firing", Acknowledge enabled, nothing saying it was still
to do). A real Alertmanager behind nginx asking credentials for writes only, a real Secret
Service, the real tray controller in this process."""

from __future__ import annotations

import pytest
from conftest import active_silences, make_alert, shut_down

pytestmark = pytest.mark.desktop


@pytest.fixture
def tray(qtbot, alertmanager, keyring_desktop, tmp_path, monkeypatch):
    from nginx_proxy import NginxProxy

    from oncall_tray.config import load_config
    from oncall_tray.ui.app import TrayController

    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", keyring_desktop.bus_address)
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.SecretService.Keyring")
    alertmanager.post_alerts([make_alert("HighMemoryUsage", "warning", instance="db-1:9100")])
    with NginxProxy(alertmanager.url, basic=("alice", "pw"), writes_only=True) as proxy:
        path = tmp_path / "config.yaml"
        path.write_text(f"alertmanager_url: {proxy.url}\nnotifications: false\nlanguage: en\nengineer: rita\n")
        controller = TrayController(load_config(path))
        try:
            with qtbot.waitSignal(controller.poller.polled, timeout=10000):
                controller.start()
            yield controller
        finally:
            controller.connection.close_all()
            shut_down(controller)


def _refused_then_login(qtbot, tray, password: str):
    fp = next(iter(tray.snapshot.alerts))
    with qtbot.waitSignal(tray.alert_actions.actions.finished, timeout=15000) as refused:
        tray.alert_actions.acknowledge(fp)
    assert not refused.args[0].ok
    qtbot.waitUntil(lambda: "login" in tray.connection.dialogs, timeout=5000)
    dialog = tray.connection.dialogs["login"]
    dialog.username.setText("alice")
    dialog.secret.setText(password)
    dialog.login_button.click()
    return dialog


def test_the_acknowledgement_that_opened_the_login_is_sent_once_logged_in(qtbot, tray, alertmanager):
    _refused_then_login(qtbot, tray, "pw")
    qtbot.waitUntil(lambda: active_silences(alertmanager) != [], timeout=20000)
    (made,) = active_silences(alertmanager)
    assert made["comment"] == "ACK! investigando — rita"
    assert {m["name"]: m["value"] for m in made["matchers"]}["alertname"] == "HighMemoryUsage"


def test_a_login_cancelled_sends_nothing(qtbot, tray, alertmanager):
    dialog = _refused_then_login(qtbot, tray, "wrong")
    qtbot.waitUntil(lambda: dialog.login_button.isEnabled() and dialog.problem.text() != "", timeout=20000)
    dialog.reject()
    tray.connection.open_login()  # from the tray menu, later: not the acknowledgement's
    again = tray.connection.dialogs["login"]
    again.username.setText("alice")
    again.secret.setText("pw")
    again.login_button.click()
    qtbot.waitUntil(lambda: "login" not in tray.connection.dialogs, timeout=20000)
    with qtbot.waitSignal(tray.poller.polled, timeout=10000):
        tray.refresh()
    assert active_silences(alertmanager) == []
