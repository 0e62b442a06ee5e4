"""Review 76 BH5: the urgent "Alertmanager unreachable for 1 min" stayed on screen after contact
was restored (an urgent notification stays until dismissed), while the quiet "Contact with
Alertmanager restored" was gone after 10 s: someone back at the desk saw only the stale alarm.
Where the notification server closes by id (the notifications with actions, as a notification
offering *Acknowledge* is closed once its alert is acknowledged: review 53 K4), the poll that reads
Alertmanager again closes the notifications of the contact lost. Real Alertmanager, dunst on a
private D-Bus session, the real controller in this process; a small server in front of
Alertmanager for the failure (an HTML page where its API should answer)."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import make_alert, running_tray
from test_failed_switch_said_once import _Front

from oncall_tray.config import Config
from oncall_tray.demo import free_port
from oncall_tray.ui import poller as poller_module

pytestmark = pytest.mark.desktop


def test_the_notifications_of_the_contact_lost_are_closed_once_it_is_back(qtbot, desktop, alertmanager, tmp_path,
                                                                         monkeypatch):
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", desktop.bus_address)
    alertmanager.post_alerts([make_alert("HighCPUUsage", "warning")])
    front = _Front(alertmanager.url, free_port())
    front.start()
    config = Config(alertmanager_url=front.url, engineer="tester", poll_interval=3600, language="en")
    try:
        with running_tray(qtbot, config, tmp_path) as ctl:
            qtbot.waitUntil(lambda: any(n["summary"] == "[WARNING] HighCPUUsage" for n in desktop.notifications()),
                            timeout=10000)
            desktop.clear_notifications()
            front.mode = "garbage"
            for _ in range(2):  # the second failure in a row: contact lost
                with qtbot.waitSignal(ctl.poller.polled, timeout=10000):
                    ctl.refresh()
            real = poller_module.utc_now
            monkeypatch.setattr(poller_module, "utc_now", lambda: real() + dt.timedelta(minutes=2))
            with qtbot.waitSignal(ctl.poller.polled, timeout=10000):
                ctl.refresh()
            urgent = desktop.wait_for_notification(
                lambda n: n["summary"] == "Alertmanager unreachable for 2 min", timeout=10)
            assert urgent["urgency"] == "critical" and urgent["expire_ms"] == "0" and not urgent["closed"]
            monkeypatch.setattr(poller_module, "utc_now", real)
            front.mode = "pass"
            with qtbot.waitSignal(ctl.poller.polled, timeout=10000) as polled:
                ctl.refresh()
            assert polled.args[0].error is None
            desktop.wait_for_notification(lambda n: n["summary"] == "Contact with Alertmanager restored", timeout=10)
            desktop.wait_for_notification(lambda n: n["id"] == urgent["id"] and n["closed"], timeout=10)
    finally:
        front.stop()
