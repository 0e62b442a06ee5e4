"""The start window while Alertmanager cannot be read (fresh-user review P3): a TLS error in the
silences' title made the right column wider than the window (a horizontal scroll bar, every
right-hand list cut at its right edge), and the alerts said "none received from Alertmanager"
while the silences beside them were shown "as last seen". A section title is cut with "…" inside
its column (whole in its tooltip); the alerts, like the silences, are the last ones seen, marked
so, as the tray's own alerts window keeps them."""

from __future__ import annotations

import datetime as dt
import re

from conftest import make_alert, silence
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QScrollArea
from test_handoff_windows import desk  # noqa: F401  (desk: the fixture)

from oncall_tray.core.handoff import ALERTS, SILENCES, Live
from oncall_tray.core.local_times import local_time
from oncall_tray.ui import screen_fit

TLS = ("TLS error: the certificate is not signed by a CA of the system or of the ca_bundle file (is its CA in "
       "the ca_bundle file named in the settings? openssl s_client -showcerts shows the chain it sends)")


def test_a_long_error_stays_in_its_column_and_the_alerts_are_shown_as_last_seen(desk, qtbot, monkeypatch):
    monkeypatch.setattr(screen_fit, "available_geometry", lambda _window: QRect(0, 0, 1280, 800))
    desk.am.post_alerts([make_alert("HighCPUUsage", "warning"), make_alert("APIDown", "critical"),
                         make_alert("DiskFull", "critical")])
    desk.poll()
    controller = desk.controller
    controller.start()  # no shift open: the start window opens by itself
    start = controller.window("start")
    qtbot.addWidget(start)
    qtbot.waitExposed(start)
    qtbot.waitUntil(lambda: start.alerts.topLevelItemCount() == 3, timeout=10000)
    area = start.findChild(QScrollArea)
    width = start.width()
    controller.live = Live(None, error=TLS, watched=desk.config.alertmanager_urls())  # as a failed poll leaves it
    controller.live_changed.emit()
    qtbot.waitUntil(lambda: "as last seen" in start.alerts_box.title(), timeout=10000)
    QApplication.processEvents()
    assert start.alerts_box.title().startswith("Active alerts (3) — as last seen at "), start.alerts_box.title()
    names = sorted(start.alerts.topLevelItem(r).text(1) for r in range(3))
    assert names == ["APIDown", "DiskFull", "HighCPUUsage"], names
    assert start.alerts.topLevelItem(3).text(1) == TLS  # why, once, in the list (cut there with "…")
    for item in (ALERTS, SILENCES):
        assert start.hints[item].text() == "as last seen: tick once reviewed", start.hints[item].text()
    for box in (start.alerts_box, start.silences_box):
        assert box.title().endswith("…") or TLS not in box.title(), box.title()
        assert box.fontMetrics().horizontalAdvance(box.title()) < box.width()
    assert TLS in start.silences_box.toolTip()
    assert start.width() == width and not area.horizontalScrollBar().isVisible()
    assert area.widget().width() <= area.viewport().width()
    markdown = start.markdown()  # the Markdown lists them too, marked (it said "? - Alertmanager unreachable")
    assert re.search(r"\*\*Active Alerts\*\*: 3\n- _as last seen at \d\d:\d\d, (?:\d+ min|under a minute) ago \(Alertmanager unreachable: "
                     r"TLS error:", markdown), markdown
    assert "APIDown" in markdown.split("**Silences**")[0]


CREDENTIALS = "credentials needed: the keyring (Secret Service: GNOME Keyring) is locked"


def test_the_last_seen_picture_says_its_age_and_no_silence_that_ended_since(desk, qtbot):
    """Review 59 U7: with the keyring locked at start, the start window listed the alerts and
    silences the journal saw 12 minutes before "as last seen", without saying when, and an alert
    "(silenced)" by a silence that had ended since. The titles say when it was seen and how long
    ago; a silence that ended by now neither mutes an alert nor is listed."""
    desk.am.post_alerts([make_alert("APIDown", "critical"), make_alert("HighCPUUsage", "warning")])
    silence(desk.am, {"alertname": "APIDown"}, minutes=9, author="bruno")
    silence(desk.am, {"alertname": "HighCPUUsage"}, minutes=60, author="bruno")
    desk.poll()
    controller = desk.controller
    seen = desk.outside().get_state("journal", "seen_at")
    assert seen is not None  # when the journal last looked at Alertmanager
    seen_at = dt.datetime.fromisoformat(seen)
    controller.now = lambda: seen_at + dt.timedelta(minutes=12, seconds=20)
    controller.live = Live(None, error=CREDENTIALS, watched=desk.config.alertmanager_urls())  # the keyring locked
    controller.start()
    start = controller.window("start")
    qtbot.addWidget(start)
    stamp = local_time(seen_at, controller.zone, controller.now(), controller.translate)  # as the window: date after 0h
    qtbot.waitUntil(lambda: start.alerts.topLevelItemCount() >= 2, timeout=10000)
    assert start.alerts_box.full_title() == f"Active alerts (2) — as last seen at {stamp}, 12 min ago"
    names = sorted((start.alerts.topLevelItem(r).text(1), start.alerts.topLevelItem(r).text(2)) for r in range(2))
    assert names == [("APIDown", ""), ("HighCPUUsage", "silenced")], names  # APIDown's silence ended 3 minutes ago
    assert start.silences_box.full_title() == \
        f"Active silences (1) — as last seen at {stamp}, 12 min ago: {CREDENTIALS}"
    assert start.silences.topLevelItemCount() == 1
    markdown = start.markdown()
    assert f"as last seen at {stamp}, 12 min ago (Alertmanager unreachable: {CREDENTIALS})" in markdown, markdown
    assert "- APIDown (critical)" in markdown and "HighCPUUsage (warning, silenced)" in markdown, markdown


def test_the_end_window_says_when_its_silences_were_last_seen(desk, qtbot):
    """Review 59 U7, its kind in *Hand over the shift*: the silences listed "as last seen:
    Alertmanager unreachable" with no time, also while only the keyring kept Alertmanager from
    being read. They say when, and why."""
    from oncall_tray.core import shifts

    desk.am.post_alerts([make_alert("HighCPUUsage", "warning")])
    silence(desk.am, {"alertname": "HighCPUUsage"}, minutes=60, author="bruno")
    shifts.start_shift(desk.controller.journal, "ana")
    desk.poll()
    controller = desk.controller
    seen_at = dt.datetime.fromisoformat(desk.outside().get_state("journal", "seen_at"))
    controller.now = lambda: seen_at + dt.timedelta(minutes=7)
    controller.live = Live(None, error=CREDENTIALS, watched=desk.config.alertmanager_urls())
    controller._follow_shift()
    controller.show_window("end")
    end = controller.window("end")
    qtbot.addWidget(end)
    box = end.silences_table.box
    stamp = local_time(seen_at, controller.zone, controller.now(), controller.translate)  # as the window: date after 0h
    qtbot.waitUntil(lambda: "as last seen" in box.full_title(), timeout=10000)
    assert box.full_title() == f"Active silences (1) — as last seen at {stamp}, 7 min ago: {CREDENTIALS}"
    assert f"- _as last seen at {stamp}, 7 min ago (Alertmanager unreachable)_" in end.markdown()
