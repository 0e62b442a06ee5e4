"""A click on a desktop notification, and its Acknowledge button (review 48 R2: a click did
nothing, and there was no way to acknowledge from the notification). Against the real parts: a
real Alertmanager, dunst on a private D-Bus session (``dunstctl action`` is a click, ``dunstctl
context`` its menu of actions), the real app under Xvfb, or the real controller in this process."""

from __future__ import annotations

import datetime as dt
import sys

import pytest
from conftest import active_silences, make_alert, resolve, running_tray
from test_single_instance import window_viewable
from tray_process import TrayProcess, tray_colour_pixels, wait_until

from oncall_tray.config import Config
from oncall_tray.core.overview import Light
from oncall_tray.ui.icons import COLOURS

pytestmark = pytest.mark.desktop
ALERTS_WINDOW = "oncall-tray — alerts"


def _when(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))


def _tray_with(desktop, alertmanager, tmp_path, name: str, instance: str) -> TrayProcess:
    """The app, past its first poll, then ``name`` firing critical and its notification shown."""
    app = TrayProcess(desktop, alertmanager.url, tmp_path, shift_open=True)
    wait_until(lambda: tray_colour_pixels(desktop, tmp_path / "green.png", COLOURS[Light.OK]) > 20, 15,
               "a green tray icon (the first poll answered)")
    desktop.clear_notifications()
    alertmanager.post_alerts([make_alert(name, "critical", instance=instance)])
    desktop.wait_for_notification(lambda n: n["summary"] == f"[CRITICAL] {name}", timeout=15)
    return app


def test_a_click_on_the_notification_shows_the_alerts_window(desktop, alertmanager, tmp_path):
    app = _tray_with(desktop, alertmanager, tmp_path, "ClickDown", "backend:3001")
    try:
        desktop.screenshot(tmp_path / "notification.png")
        assert not window_viewable(desktop, ALERTS_WINDOW)
        desktop.invoke_action(0)
        wait_until(lambda: window_viewable(desktop, ALERTS_WINDOW), 10, "the alerts window after the click")
        desktop.screenshot(tmp_path / "clicked.png")
        assert active_silences(alertmanager) == []  # a click only shows
        assert app.terminate() < 5
    finally:
        app.close()
    assert "Traceback" not in app.output(), app.output()


def test_acknowledge_on_the_notification_silences_the_alert_for_15_minutes(desktop, alertmanager, tmp_path):
    app = _tray_with(desktop, alertmanager, tmp_path, "AckDown", "db:5432")
    try:
        offered = desktop.choose_action("Acknowledge (15 min) ([CRITICAL] AckDown)")
        assert any(line.startswith("#Show alerts ([CRITICAL] AckDown)") for line in offered), offered
        made = wait_until(lambda: active_silences(alertmanager), 15, "the acknowledgement's silence")
        (silence,) = made
        assert silence["createdBy"] == "tester" and silence["comment"] == "ACK! investigando — tester"
        assert {m["name"]: m["value"] for m in silence["matchers"]} == {
            "alertname": "AckDown", "instance": "db:5432", "severity": "critical"}
        assert abs(_when(silence["endsAt"]) - _when(silence["startsAt"]) - dt.timedelta(minutes=15)) \
            < dt.timedelta(seconds=2)
        assert not window_viewable(desktop, ALERTS_WINDOW)  # acknowledged without opening the window
        assert app.terminate() < 5
    finally:
        app.close()
    assert "Traceback" not in app.output(), app.output()


def test_a_click_selects_the_notifications_alert_in_the_window(qtbot, desktop, alertmanager, tmp_path, monkeypatch):
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", desktop.bus_address)
    alertmanager.post_alerts([make_alert("OtherWarning", "warning")])
    config = Config(alertmanager_url=alertmanager.url, engineer="tester", poll_interval=1)
    with running_tray(qtbot, config, tmp_path) as ctl:
        ctl.show_window()
        window = ctl.window
        window.table.selectRow(0)
        other = window.selected_fingerprint()
        assert other
        qtbot.waitUntil(lambda: any(n["summary"] == "[WARNING] OtherWarning" for n in desktop.notifications()),
                        timeout=10000)
        desktop.clear_notifications()
        alertmanager.post_alerts([make_alert("SelectMe", "critical")])
        qtbot.waitUntil(lambda: any(n["summary"] == "[CRITICAL] SelectMe" for n in desktop.notifications()),
                        timeout=10000)
        wanted = next(fp for fp, a in ctl.snapshot.alerts.items() if a.alertname == "SelectMe")
        window.hide()
        desktop.invoke_action(0)
        qtbot.waitUntil(lambda: window.isVisible() and window.selected_fingerprint() == wanted, timeout=10000)
        assert window.tabs.currentIndex() == 0


def test_acknowledge_in_portuguese_silences_the_alert(qtbot, portuguese, desktop, alertmanager, tmp_path,
                                                      monkeypatch):
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", desktop.bus_address)
    config = Config(alertmanager_url=alertmanager.url, engineer="maria", poll_interval=1, language="pt_BR")
    with running_tray(qtbot, config, tmp_path) as ctl:
        alertmanager.post_alerts([make_alert("APIDown", "critical")])
        qtbot.waitUntil(lambda: any(n["summary"] == "[CRÍTICO] APIDown" for n in desktop.notifications()),
                        timeout=10000)
        offered = desktop.choose_action("Reconhecer (15 min) ([CRÍTICO] APIDown)")
        assert any(line.startswith("#Mostrar alertas ([CRÍTICO] APIDown)") for line in offered), offered
        qtbot.waitUntil(lambda: bool(active_silences(alertmanager)), timeout=10000)
        (made,) = active_silences(alertmanager)
        assert made["createdBy"] == "maria" and made["comment"] == "ACK! investigando — maria"
        assert ctl.snapshot is not None


def test_notifications_closed_or_too_many_are_forgotten(qtbot, desktop, tmp_path, monkeypatch):
    from oncall_tray.notify.messages import notice
    from oncall_tray.ui import notice_clicks

    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", desktop.bus_address)
    monkeypatch.setattr(notice_clicks, "KEPT", 3)
    config = Config(alertmanager_url="http://127.0.0.1:9", engineer="tester", poll_interval=60)
    with running_tray(qtbot, config, tmp_path) as ctl:
        desktop.clear_notifications()
        ctl.notifier.show([notice(f"Notice {i}", "", None) for i in range(5)])
        qtbot.waitUntil(lambda: len(desktop.notifications()) >= 5, timeout=10000)
        qtbot.waitUntil(lambda: ctl.clicks.remembered == 3, timeout=5000)
        desktop.clear_notifications()  # closed: dunst says so to the connection that sent them
        qtbot.waitUntil(lambda: ctl.clicks.remembered == 0, timeout=5000)


def test_a_critical_notification_stays_until_dismissed_a_warning_does_not(desktop, alertmanager, tmp_path):
    """Review 52 H4: "[CRITICAL] HighLatencyP99" and its *Acknowledge* were gone after 10 s,
    and dunst's history gives a notification back without its actions. An urgent notice leaves
    the time on screen to the server (-1), which keeps a critical one until dismissed (dunst's
    default, as GNOME's and KDE's); a warning's stays 10 s."""
    app = _tray_with(desktop, alertmanager, tmp_path, "StaysOnScreen", "db-1:9100")
    try:
        critical = desktop.wait_for_notification(lambda n: n["summary"] == "[CRITICAL] StaysOnScreen")
        assert critical["expire_ms"] == "0" and not critical["closed"]
        alertmanager.post_alerts([make_alert("PassesBy", "warning", instance="db-2:9100")])
        warning = desktop.wait_for_notification(lambda n: n["summary"] == "[WARNING] PassesBy", timeout=15)
        assert warning["expire_ms"] == "10000"
    finally:
        app.close()


def test_a_critical_notification_is_closed_once_its_alert_resolves(desktop, alertmanager, tmp_path):
    """Review 53 K4: "[CRITICAL] CacheDown" stayed on screen, Acknowledge still offered, long
    after "Resolved: CacheDown". The tray closes it at the poll that sees the alert resolved."""
    app = _tray_with(desktop, alertmanager, tmp_path, "CacheDown", "cache-1:6379")
    try:
        shown = desktop.wait_for_notification(lambda n: n["summary"] == "[CRITICAL] CacheDown")
        assert not shown["closed"]
        alertmanager.post_alerts([resolve(make_alert("CacheDown", "critical", instance="cache-1:6379"))])
        desktop.wait_for_notification(lambda n: n["summary"] == "[CRITICAL] CacheDown" and n["closed"], timeout=15)
    finally:
        app.close()


def test_the_notifications_offering_actions_are_closed_when_the_tray_quits(desktop, alertmanager, tmp_path):
    """Review 56 Q17: the demo's "Response target missed: HighLatencyP99", quit, stayed on screen
    above the next tray's notices, its Acknowledge belonging to no one (a critical one stays
    until dismissed). A tray that quits closes the notifications whose actions it answers."""
    app = _tray_with(desktop, alertmanager, tmp_path, "QuitDown", "api-9:8080")
    try:
        assert not desktop.wait_for_notification(lambda n: n["summary"] == "[CRITICAL] QuitDown")["closed"]
        assert app.terminate() < 5
        desktop.wait_for_notification(lambda n: n["summary"] == "[CRITICAL] QuitDown" and n["closed"], timeout=10)
    finally:
        app.close()


def test_the_notifications_of_a_tray_killed_are_closed_by_the_next_one(desktop, alertmanager, tmp_path):
    """Review 57 S4: after a kill -9, the dead tray's "Still unacknowledged: APIDown" (critical:
    on screen until dismissed) stayed beside the new tray's window, which showed APIDown
    acknowledged; its Acknowledge answered no one. The next tray closes the notifications the
    one before it left, on the same notification server."""
    app = _tray_with(desktop, alertmanager, tmp_path, "KilledDown", "api-7:8080")
    try:
        left = desktop.wait_for_notification(lambda n: n["summary"] == "[CRITICAL] KilledDown")
        assert not left["closed"]
        app.process.kill()  # kill -9: nothing closed on the way out
        app.process.wait(10)
        assert not desktop.wait_for_notification(lambda n: n["id"] == left["id"])["closed"]
        again = TrayProcess(desktop, alertmanager.url, tmp_path, config=app.config, env=app.env)
        try:
            desktop.wait_for_notification(lambda n: n["id"] == left["id"] and n["closed"], timeout=15)
        finally:
            again.close()
    finally:
        app.close()


def test_a_side_tray_on_the_same_settings_leaves_the_running_trays_notifications(desktop, alertmanager,
                                                                                 tmp_path):
    """Fresh-user review 70 AK7: ``oncall-tray --alertmanager <another>`` started beside the shift's
    tray, on its settings and folders, closed that tray's critical notifications on screen (the
    list of the notifications on screen was one file for both, read as a dead run's leftovers).
    The running tray's notification stays; the side tray's own comes; then the shift's tray is
    killed and the side tray quits, and the next start closes the dead tray's notification only."""
    from oncall_tray.demo import LocalAlertmanager

    app = _tray_with(desktop, alertmanager, tmp_path, "ShiftDown", "api-1:8080")
    side_folder, again_folder = tmp_path / "side", tmp_path / "again"
    side_folder.mkdir()
    again_folder.mkdir()
    other = LocalAlertmanager().start()
    side = None
    try:
        mine = desktop.wait_for_notification(lambda n: n["summary"] == "[CRITICAL] ShiftDown")
        assert not mine["closed"]
        other.post_alerts([make_alert("SideDown", "critical", instance="side:1")])
        side = TrayProcess(desktop, other.url, side_folder, config=app.config, env=app.env,
                           command=[sys.executable, "-m", "oncall_tray", "--alertmanager", other.url])
        # its own notification comes after its start closed what it took for leftovers
        desktop.wait_for_notification(lambda n: n["summary"] == "[CRITICAL] SideDown", timeout=30)
        assert side.process.poll() is None, side.output()
        assert not desktop.wait_for_notification(lambda n: n["id"] == mine["id"])["closed"], \
            "the side tray closed the running tray's notification"
        app.process.kill()  # kill -9: the shift's tray leaves its notification on screen
        app.process.wait(10)
        assert side.terminate() < 10
        theirs = desktop.wait_for_notification(lambda n: n["summary"] == "[CRITICAL] SideDown" and n["closed"])
        again = TrayProcess(desktop, alertmanager.url, again_folder, config=app.config, env=app.env)
        try:
            desktop.wait_for_notification(lambda n: n["id"] == mine["id"] and n["closed"], timeout=15)
            assert theirs["closed"]
        finally:
            again.close()
    finally:
        if side is not None:
            side.close()
        app.close()
        other.stop()
    assert "cannot keep the notifications" not in app.output() + side.output(), app.output() + side.output()


def _message_boxes() -> list:
    from PySide6.QtWidgets import QApplication, QMessageBox

    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


RESOLVED_SINCE = {  # language: (its interface's fixture, engineer, critical, Acknowledge, Resolved, text, title,
    # Show alerts (a click), its text and title)
    "en": ("english", "tester", "[CRITICAL]", "Acknowledge (15 min)", "Resolved",
           "%1 resolved at %2: nothing was silenced.", "Not acknowledged: %1",
           "Show alerts", "%1 resolved at %2.", "No longer firing"),
    "pt_BR": ("portuguese", "maria", "[CRÍTICO]", "Reconhecer (15 min)", "Resolvido",
              "%1 já foi resolvido às %2: nada foi silenciado.", "Não reconhecido: %1",
              "Mostrar alertas", "%1 já foi resolvido às %2.", "Não está mais disparando"),
}


@pytest.mark.parametrize("language", RESOLVED_SINCE)
def test_acknowledge_on_the_notification_of_an_alert_resolved_since_says_so(request, qtbot, language, desktop,
                                                                           alertmanager, tmp_path, monkeypatch):
    """Review 52 H5: *Acknowledge* on the notification of an alert resolved since opened the
    window with nothing selected and no word of why nothing was silenced: a message says it
    (with the time of the poll that saw it resolve), the window does not open for it."""
    from oncall_tray.core.local_times import local_time
    from oncall_tray.core.tracker import EventKind

    fixture, engineer, critical, ack, resolved, text, title, show, click_text, click_title = RESOLVED_SINCE[language]
    request.getfixturevalue(fixture)
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", desktop.bus_address)
    config = Config(alertmanager_url=alertmanager.url, engineer=engineer, poll_interval=1, language=language)
    with running_tray(qtbot, config, tmp_path) as ctl:
        # the notification left on screen, as when Acknowledge is chosen between the resolution
        # and the poll that sees it, which closes it (review 53 K4)
        monkeypatch.setattr(ctl.clicks, "after_poll", lambda snapshot: None)
        alert = make_alert("GoneDown", "critical", instance="backend:3001")
        alertmanager.post_alerts([alert, make_alert("StayHere", "warning")])
        qtbot.waitUntil(lambda: ctl.snapshot is not None and len(ctl.snapshot.alerts) == 2, timeout=10000)
        stay = next(fp for fp, a in ctl.snapshot.alerts.items() if a.alertname == "StayHere")
        qtbot.waitUntil(lambda: any(n["summary"] == f"{critical} GoneDown" for n in desktop.notifications()),
                        timeout=10000)
        seen = []
        ctl.poller.polled.connect(lambda result: seen.extend(
            result.update.snapshot.fetched_at for e in (result.update.events if result.update else ())
            if e.kind is EventKind.RESOLVED and e.alert.alertname == "GoneDown"))
        alertmanager.post_alerts([resolve(alert)])
        qtbot.waitUntil(lambda: any(n["summary"].startswith(f"{resolved}: GoneDown") for n in desktop.notifications()),
                        timeout=15000)
        assert len(seen) == 1
        when = local_time(seen[0], config.zone(), seen[0])
        # a click on it (review 53 K6): the window shows, the engineer's selection stays, a message says why
        ctl.show_window()
        window = ctl.window
        window.filter.setText("Stay")
        window.table.selectRow(window.model.row_of(stay))
        panel = window.lower.widget(window.lower.count() - 1).widget()  # the notes, in its scroll area
        panel.input.setText("half a note")
        desktop.choose_action(f"{show} ({critical} GoneDown)")
        qtbot.waitUntil(lambda: bool(_message_boxes()), timeout=10000)
        (box,) = _message_boxes()
        assert box.text() == click_text.replace("%1", "GoneDown").replace("%2", when), box.text()
        assert box.windowTitle() == click_title.replace("%1", "GoneDown")
        assert window.isVisible() and window.selected_fingerprint() == stay and window.filter.text() == "Stay"
        assert panel.input.text() == "half a note" and panel.fingerprint == stay
        box.close()
        shown = ctl.built_window is not None and ctl.built_window.isVisible()  # (in place of a tray here)
        desktop.choose_action(f"{ack} ({critical} GoneDown)")
        qtbot.waitUntil(lambda: bool(_message_boxes()), timeout=10000)
        (box,) = _message_boxes()
        assert box.text() == text.replace("%1", "GoneDown").replace("%2", when), box.text()
        assert box.windowTitle() == title.replace("%1", "GoneDown")
        assert active_silences(alertmanager) == []
        assert (ctl.built_window is not None and ctl.built_window.isVisible()) == shown  # the window need not open
        box.close()
        if language == "en":
            ctl.alert_actions.not_firing("0123456789abcdef", "NeverSeenResolving")  # its resolution unknown here
            qtbot.waitUntil(lambda: bool(_message_boxes()), timeout=5000)
            (box,) = _message_boxes()
            assert box.text() == "NeverSeenResolving no longer fires: nothing was silenced.", box.text()
            box.close()
