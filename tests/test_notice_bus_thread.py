"""The connection of the notifications with actions is used in the GUI thread only: GLib's loop
dispatches it there, and dbus-python's GLib integration keeps that connection's watches and
timeouts without a lock. The tray died now and then (``malloc(): unaligned fastbin chunk
detected``, test_notify_hung_daemon, about one run in eight) while the delivery thread and the
server watch's thread made blocking calls on it. Against the real parts: dunst on a private D-Bus
session, stopped and resumed, a real Alertmanager, the real controller in this process."""

from __future__ import annotations

import os
import signal
import threading
from pathlib import Path

import dbus.bus
import dbus.connection
import pytest
from conftest import make_alert, running_tray

from oncall_tray.config import Config

pytestmark = pytest.mark.desktop


def _dunst(desktop) -> int:
    return next(pid for pid in desktop.pids if Path(f"/proc/{pid}/comm").read_text().strip() == "dunst")


def test_the_notifications_connection_is_called_in_the_gui_thread_only(qtbot, desktop, alertmanager, tmp_path,
                                                                        monkeypatch):
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", desktop.bus_address)
    calls: list[tuple[object, str, int]] = []  # (connection, method, thread)
    for name in ("call_blocking", "call_async"):
        real = getattr(dbus.connection.Connection, name)

        def recorded(self, *args, _real=real, _name=name, **kwargs):
            calls.append((self, f"{_name} {args[3]}", threading.get_ident()))
            return _real(self, *args, **kwargs)

        monkeypatch.setattr(dbus.connection.Connection, name, recorded)
    gui = threading.get_ident()
    config = Config(alertmanager_url=alertmanager.url, engineer="tester", poll_interval=1)
    with running_tray(qtbot, config, tmp_path) as ctl:
        alertmanager.post_alerts([make_alert("ThreadDown", "critical", instance="db:5432")])
        desktop.wait_for_notification(lambda n: n["summary"] == "[CRITICAL] ThreadDown", timeout=15)
        dunst = _dunst(desktop)
        os.kill(dunst, signal.SIGSTOP)  # the next notice's call times out; the watch's thread asks again
        try:
            alertmanager.post_alerts([make_alert("ThreadHung", "critical", instance="db:5433")])
            qtbot.waitUntil(lambda: any(method.endswith(" GetServerInformation") for _c, method, _t in calls),
                            timeout=15000)
        finally:
            os.kill(dunst, signal.SIGCONT)
        qtbot.waitUntil(lambda: ctl.notifier._server.answering, timeout=15000)  # the watch heard dunst again
    mine = [(method, thread) for bus, method, thread in calls  # not plyer's shared connection
            if isinstance(bus, dbus.bus.BusConnection) and not isinstance(bus, dbus.SessionBus)]
    assert {"GetCapabilities", "Notify", "GetServerInformation"} <= {method.split()[1] for method, _thread in mine}, mine
    assert all(thread == gui for _method, thread in mine), [m for m in mine if m[1] != gui]


def test_a_click_heard_before_the_notification_is_remembered_is_acted_on(qtbot, alertmanager, tmp_path):
    """The server's ActionInvoked can come before the delivery thread heard Notify's answer (both reach
    the GUI thread, in either order): a click at once on a notification just shown did nothing
    (test_a_click_selects_the_notifications_alert_in_the_window failed now and then)."""
    from oncall_tray.notify.freedesktop import DEFAULT
    from oncall_tray.notify.notice import Notice

    alertmanager.post_alerts([make_alert("OtherWarning", "warning"), make_alert("ClickedEarly", "critical")])
    config = Config(alertmanager_url=alertmanager.url, engineer="tester", poll_interval=1)
    with running_tray(qtbot, config, tmp_path) as ctl:
        qtbot.waitUntil(lambda: ctl.snapshot is not None and len(ctl.snapshot.alerts) == 2, timeout=10000)
        wanted = next(fp for fp, a in ctl.snapshot.alerts.items() if a.alertname == "ClickedEarly")
        ctl.window.hide()
        ctl.window.table.selectRow(0)
        ctl.clicks._act(":1.7", 41, DEFAULT)  # the click, heard first
        ctl.clicks._remember(":1.7", 41, Notice(title="[CRITICAL] ClickedEarly", body="", severity=None,
                                                fingerprint=wanted))
        qtbot.waitUntil(lambda: ctl.window.isVisible() and ctl.window.selected_fingerprint() == wanted, timeout=5000)
        ctl.clicks._act(":1.7", 42, DEFAULT)  # another application's, never remembered: nothing
        assert len(ctl.clicks._early) == 1
