"""The shift start window (*Taking over the shift*) at 683x400 logical pixels (a 1366x800 screen
at QT_SCALE_FACTOR=2, or 1024x600 at 1.5): its body scrolled sideways, as the start checklist's
items ("Testei acesso a ferramentas (Grafana, Prometheus, Alertmanager)") and the lists beside
them had a least width wider than the screen; the right-hand lists and the checklist's ends were
out of view. It fits the width, as *Hand over the shift* does (test_handoff_small_screen): the
checklist's lines wrap, the columns shrink, and the body scrolls only up and down."""

from __future__ import annotations

import pytest
from conftest import make_alert, silence
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QScrollArea
from test_handoff_windows import desk  # noqa: F401  (desk: the fixture)

from oncall_tray.core.handoff import START_ITEMS, TOOLS
from oncall_tray.ui import screen_fit


@pytest.mark.parametrize("language", ["portuguese", "english"])
def test_the_start_window_fits_the_width_of_a_683x400_screen(desk, qtbot, monkeypatch, request, language):
    request.getfixturevalue(language)
    monkeypatch.setattr(screen_fit, "available_geometry", lambda _window: QRect(0, 0, 683, 400))
    desk.am.post_alerts([make_alert("DatabaseConnectionPoolExhausted", "critical", instance="db-01:5432"),
                         make_alert("HighCPUUsage", "warning")])
    silence(desk.am, {"alertname": "HighCPUUsage"}, minutes=60, author="ana", comment="Manutenção programada do host")
    start = desk.polled_window("start")
    qtbot.waitUntil(lambda: start.alerts.topLevelItemCount() == 2, timeout=10000)
    area = start.findChild(QScrollArea)
    body = area.widget()

    def laid_out() -> bool:  # (the wrapped lines take their height as the layout settles)
        return area.horizontalScrollBar().maximum() == 0 and all(
            line.label.height() >= line.label.heightForWidth(line.label.width())
            for line in (start.boxes[item].parentWidget() for item in START_ITEMS) if hasattr(line, "label"))

    qtbot.waitUntil(laid_out, timeout=3000)
    assert start.width() <= 683 - 16  # the frame's allowance
    assert area.horizontalScrollBar().maximum() == 0, (area.widget().minimumSizeHint(), area.viewport().width())
    assert area.widget().width() <= area.viewport().width()
    assert area.verticalScrollBar().maximum() > 0  # what does not fit scrolls up and down
    for item in START_ITEMS:  # each item's words whole, wrapped inside the body's width
        line = start.boxes[item].parentWidget()  # the box and its words (ui.check_line.CheckLine)
        words = getattr(line, "label", start.boxes[item])
        assert words.isVisible() and words.mapTo(body, words.rect().topRight()).x() <= area.viewport().width()
        assert words.height() >= words.heightForWidth(words.width()), (item, words.height(), words.width())
    tools = start.boxes[TOOLS]
    qtbot.mouseClick(tools.parentWidget().label, Qt.MouseButton.LeftButton)  # a click on the words ticks it
    assert tools.isChecked() and tools.accessibleName() == tools.parentWidget().label.text()
    for pane in (start.alerts_box, start.silences_box):  # the lists beside it, in view
        assert pane.mapTo(body, pane.rect().topRight()).x() <= area.viewport().width(), pane
    columns = body.sizes()  # the width shared, as at the window's default size (not 420 to 207 px)
    assert min(columns) >= 0.4 * sum(columns), columns
