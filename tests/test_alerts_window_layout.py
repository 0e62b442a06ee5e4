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
