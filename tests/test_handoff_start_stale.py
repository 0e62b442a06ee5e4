"""The start window while Alertmanager cannot be read (fresh-user review P3): a TLS error in the
silences' title made the right column wider than the window (a horizontal scroll bar, every
right-hand list cut at its right edge), and the alerts said "none received from Alertmanager"
while the silences beside them were shown "as last seen". A section title is cut with "…" inside
its column (whole in its tooltip); the alerts, like the silences, are the last ones seen, marked
so, as the tray's own alerts window keeps them."""

from __future__ import annotations

from conftest import make_alert
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QScrollArea
from test_handoff_windows import desk  # noqa: F401  (desk: the fixture)

from oncall_tray.core.handoff import ALERTS, SILENCES, Live
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
    assert start.alerts_box.title() == "Active alerts (3) — as last seen", start.alerts_box.title()
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
    assert "**Active Alerts**: 3\n- _as last seen (Alertmanager unreachable: TLS error:" in markdown, markdown
    assert "APIDown" in markdown.split("**Silences**")[0]
