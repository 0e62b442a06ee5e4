"""The alerts window's panes share its height: the table keeps a few rows whatever the panes
below ask for, and the side panel (notes, after-incident steps) scrolls (review 16: two rows of
twenty left, the reminders cut at top and bottom)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QVBoxLayout, QWidget

from oncall_tray.config import Config
from oncall_tray.ui.alerts_table import MIN_ROWS


def test_a_tall_side_panel_scrolls_and_the_table_keeps_its_rows(qtbot):
    from oncall_tray.ui.alerts_window import AlertsWindow

    window = AlertsWindow(Config())
    qtbot.addWidget(window)
    panel = QWidget()
    column = QVBoxLayout(panel)
    lines = [QLabel(f"Preencher Post-Mortem (use template em RUNBOOKS.md) — até 23:{n:02}") for n in range(30)]
    for line in lines:
        line.setWordWrap(True)
        column.addWidget(line)
    wide = QPushButton("Update the #incidents thread with the resolution, then dismiss the post-mortem reminder")
    column.addWidget(wide)
    window.add_side_panel(panel)
    window.red_flags.setText("\n".join(["⚑ Red flag: several critical alerts at once: " + "X, " * 40] * 2))
    window.red_flags.show()
    window.resize(1180, 720)
    window.show()
    QApplication.processEvents()
    row = window.table.verticalHeader().defaultSectionSize()
    assert window.table.height() >= window.table.horizontalHeader().height() + MIN_ROWS * row
    assert window.height() <= 720  # the panel did not grow the window
    assert all(line.height() >= line.heightForWidth(line.width()) for line in lines)  # none squeezed: it scrolls
    # never narrower than it needs (review 17: "Dismis", "Add n", cut at its right edge)
    scroll = window.lower.widget(window.lower.count() - 1)
    assert scroll.viewport().width() >= panel.minimumSizeHint().width() and wide.width() >= wide.sizeHint().width()


def test_the_table_stays_in_place_when_header_lines_and_red_flags_come_and_go(qtbot, portuguese):
    """Review 48 R4: the header gained and lost lines ("Silenciados: 1", "⚠ Alertmanager
    reiniciou: …") and the red banner went from 0 to 2 to 3 lines between polls, so the tabs, the
    filter and the first row moved by about 14 px at each: a double click aimed at a row hit the
    next one. The table stays where it is; what does not fit is in the tooltip, never lost."""
    import dataclasses
    import datetime as dt

    from PySide6.QtCore import QPoint

    from oncall_tray.core.attention import RedFlag
    from oncall_tray.core.overview import Light, Overview
    from oncall_tray.core.severity import Severity
    from oncall_tray.ui.alerts_window import AlertsWindow

    window = AlertsWindow(Config())
    qtbot.addWidget(window)
    window.resize(1180, 720)
    window.show()
    now = dt.datetime.now(dt.timezone.utc)
    names = ", ".join(["DiskSpaceRunningOut", "DatabaseConnectionPoolExhausted", "APIDown", "SLOAvailabilityViolation",
                       "HighLatencyP99"]) + " …\u00a0(+1)"
    calm = Overview(Light.CRITICAL, 3, unacknowledged={Severity.CRITICAL: 3}, total=3, last_success_at=now,
                    shown_at=now, connected_once=True)
    one_flag = dataclasses.replace(calm, red_flags={RedFlag.SEVERAL_CRITICAL: names})
    busy = dataclasses.replace(calm, acknowledged=1, restarted=("http://127.0.0.1:9093",), red_flags={
        RedFlag.SEVERAL_CRITICAL: names, RedFlag.RESPONSE_MISSED: names.replace("APIDown", "RedisDown")})
    stale = dataclasses.replace(busy, stale=True, error="connection refused", light=Light.UNREACHABLE,
                                red_flags={**busy.red_flags, RedFlag.UNREACHABLE: "3"})

    def table_at(view: Overview) -> tuple[int, int, int]:
        window.show_overview(view)
        QApplication.processEvents()
        return (window.tabs.mapTo(window, QPoint(0, 0)).y(), window.filter.mapTo(window, QPoint(0, 0)).y(),
                window.table.mapTo(window, QPoint(0, 0)).y())

    first = table_at(calm)
    for view in (one_flag, busy, calm, busy, stale):
        assert table_at(view) == first, view
    # nothing hidden for good: what is cut on screen is whole in the tooltip
    for label in (window.details_label, window.red_flags):
        assert (label.toolTip() or label.shown_text()) == label.text()
    assert "Silenciados: 1" in window.details_label.text() and "reiniciou" in window.details_label.text()
    flags = window.red_flags.text().split("\n")
    assert len(flags) == 3 and flags[1].endswith("RedisDown, SLOAvailabilityViolation, HighLatencyP99 …\u00a0(+1)")
    assert all(shown.startswith("⚑") for shown in window.red_flags.shown_text().split("\n"))  # each flag in view
