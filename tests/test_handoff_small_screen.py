"""The shift end window on a small screen (review 51 G5): at 1024x600 Observations had no
height, the active silences showed one row with its Expire button cut in half, the incidents
one and a half rows, while the Markdown preview took half the width. The editable parts keep a
usable height (the form scrolls) and the preview goes below the form where the screen is narrow."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from test_handoff_windows import desk, run_shift  # noqa: F401  (desk: the fixture)

from oncall_tray.ui import screen_fit


def lines(widget) -> float:
    """How many lines of text ``widget``'s visible area holds."""
    viewport = widget.viewport() if hasattr(widget, "viewport") else widget
    return viewport.height() / widget.fontMetrics().lineSpacing()


@pytest.mark.parametrize("area", [QRect(0, 0, 1024, 600), QRect(0, 0, 1280, 720), QRect(0, 0, 1920, 1080)],
                         ids=["1024x600", "1280x720", "1920x1080"])
def test_the_end_window_keeps_its_editable_parts_usable_on_a_small_screen(desk, qtbot, monkeypatch, area):
    monkeypatch.setattr(screen_fit, "available_geometry", lambda _window: area)
    run_shift(desk)
    controller = desk.controller
    controller.show_window("end")
    end = controller.window("end")
    qtbot.waitExposed(end)
    qtbot.waitUntil(lambda: end.silences.topLevelItemCount() >= 2, timeout=5000)
    assert end.width() <= area.width() and end.height() <= area.height()
    qtbot.waitUntil(lambda: lines(end.observations) >= 3, timeout=3000)
    assert lines(end.pending_box.own) >= 2
    silences = end.silences
    for row in range(2):  # the first two silences whole, their Expire buttons too
        rect = silences.visualItemRect(silences.topLevelItem(row))
        assert silences.viewport().rect().contains(rect), (row, rect, silences.viewport().rect())
    incidents = end.incidents
    assert incidents.viewport().rect().contains(incidents.visualItemRect(incidents.topLevelItem(1)))
    preview = end.preview
    form = end.observations.window()  # the preview is no wider than the form beside it, or below it
    left = end.pending_box.width()
    assert preview.width() <= left or preview.mapTo(form, preview.rect().topLeft()).y() > \
        end.observations.mapTo(form, end.observations.rect().topLeft()).y()


def test_the_preview_stays_where_it_is_read_when_the_report_changes(qtbot):
    """Review 53 K7: at 1024x600 the end window's Markdown preview jumped back to the top at each
    poll (the shift's duration had changed), so its Observations could not be read."""
    from oncall_tray.ui.handoff_common import markdown_view, show_markdown

    view = markdown_view()
    qtbot.addWidget(view)
    view.resize(300, 200)
    view.show()
    lines = [f"- item {n}" for n in range(200)]
    show_markdown(view, "**Duração**: 7 h 50 min\n" + "\n".join(lines))
    bar = view.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    place = bar.value()
    assert place > 0
    show_markdown(view, "**Duração**: 7 h 51 min\n" + "\n".join(lines))
    assert view.toPlainText().startswith("**Duração**: 7 h 51 min") and bar.value() == place
