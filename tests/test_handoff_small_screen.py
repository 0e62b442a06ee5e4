"""The shift end window on a small screen (review 51 G5): at 1024x600 Observations had no
height, the active silences showed one row with its Expire button cut in half, the incidents
one and a half rows, while the Markdown preview took half the width. The editable parts keep a
usable height (the form scrolls) and the preview goes below the form where the screen is narrow."""

from __future__ import annotations

import pytest
from conftest import silence
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication
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
    from oncall_tray.ui.handoff_common import markdown_view

    view = markdown_view()
    qtbot.addWidget(view)
    view.resize(300, 200)
    view.show()
    lines = [f"- item {n}" for n in range(200)]
    view.show_markdown("**Duração**: 7 h 50 min\n" + "\n".join(lines))
    bar = view.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    place = bar.value()
    assert place > 0
    view.show_markdown("**Duração**: 7 h 51 min\n" + "\n".join(lines))
    assert view.toPlainText().startswith("**Duração**: 7 h 51 min") and bar.value() == place



@pytest.mark.parametrize("language", ["portuguese", "english"])
def test_the_end_windows_silences_show_three_rows_with_their_buttons_at_1024x600(desk, qtbot, monkeypatch, request,
                                                                                  language):
    """Review 53 K7: at 1024x600 in pt_BR, *Silenciamentos ativos (4)* showed one row at a time,
    each about 75 px tall: the alert "PaymentGatewayDown (payments / pay-01.prod.example.internal:
    8080)" took two lines and the reason, in the narrow column left, six. Each cell keeps to two
    lines (what does not fit is cut with "…", whole in the cell's tooltip): three rows in view
    at once, their Expire buttons whole."""
    request.getfixturevalue(language)
    monkeypatch.setattr(screen_fit, "available_geometry", lambda _window: QRect(0, 0, 1024, 600))
    run_shift(desk)
    reason = "Conhecido: índice sendo recriado na tabela de pedidos, janela combinada com o time de dados até amanhã"
    place = {"service": "payments", "instance": "pay-01.prod.example.internal:8080"}
    silence(desk.am, {"alertname": "PaymentGatewayDown", **place}, minutes=12, author="ana",
            comment="ACK! investigando — Revisora Kátia, com o time de pagamentos")
    silence(desk.am, {"alertname": "NodeFilesystemAlmostFull", "instance": "host-0042.prod.example.internal:9100"},
            minutes=13, author="Revisora Kátia", comment=reason)
    desk.poll()
    controller = desk.controller
    controller.show_window("end")
    end = controller.window("end")
    qtbot.waitExposed(end)
    silences = end.silences
    qtbot.waitUntil(lambda: silences.topLevelItemCount() == 5, timeout=5000)
    QApplication.processEvents()
    view = silences.viewport().rect()
    for row in range(3):
        item = silences.topLevelItem(row)
        rect = silences.visualItemRect(item)
        assert view.contains(rect), (row, rect, view, [silences.columnWidth(c) for c in range(5)])
        button = silences.itemWidget(item, 3)
        if button is not None:
            assert view.contains(button.geometry()) and button.width() >= button.sizeHint().width(), row
    texts = {silences.topLevelItem(r).text(0): silences.topLevelItem(r) for r in range(5)}
    assert reason in texts["NodeFilesystemAlmostFull {instance=\"host-0042.prod.example.internal:9100\"}"].toolTip(4)


def test_the_pending_list_shows_whole_lines_at_683x400(desk, qtbot, monkeypatch):
    """Fresh-user review P10: at QT_SCALE_FACTOR=1.5 on a 1024x600 screen (683x400 logical
    pixels) "Pending for the next shift" had its help text's first and last lines and its first
    item cut through the middle. Whole lines, the form scrolling instead."""
    monkeypatch.setattr(screen_fit, "available_geometry", lambda _window: QRect(0, 0, 683, 400))
    run_shift(desk)
    controller = desk.controller
    controller.show_window("end")
    end = controller.window("end")
    qtbot.waitExposed(end)
    box = end.pending_box
    qtbot.waitUntil(lambda: box.suggested.count() >= 1, timeout=5000)
    QApplication.processEvents()
    hint, suggested = box.hint, box.suggested
    assert hint.height() >= hint.heightForWidth(hint.width()), (hint.height(), hint.heightForWidth(hint.width()))
    view = suggested.viewport().rect()
    for row in range(min(2, suggested.count())):  # the first rows whole (the list scrolls for the others)
        rect = suggested.visualItemRect(suggested.item(row))
        assert view.contains(rect), (row, rect, view)
    assert lines(box.own) >= 2
