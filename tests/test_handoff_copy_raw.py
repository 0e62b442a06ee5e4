"""What a handoff window's *Copy Markdown* puts on the clipboard is the handoff's Markdown as
written, whichever window it is copied from; only the screen shows its invisible characters as
escapes (``plain.shown``: review 59 U3). Review 61 X10: *Past handoffs* copied the text as shown,
so a previous handoff's note holding a zero-width space was pasted in Slack as a literal
``\\u200b``, while the end window's Copy gave the raw text. Real Alertmanager polled, pytest-qt
offscreen."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPushButton
from test_handoff_windows import desk, type_into  # noqa: F401 (the fixture)

from oncall_tray.core import shifts

NOTE = "VPN lenta\u200b no bastião"  # a zero-width space pasted from a chat, inside the words
SHOWN = "VPN lenta\\u200b no bastião"


def copy_button(window) -> QPushButton:
    return next(b for b in window.findChildren(QPushButton) if b.text() == "Copy Markdown")


def test_past_handoffs_copy_the_markdown_as_written(desk, qtbot):
    journal = desk.controller.journal
    shift = shifts.start_shift(journal, "ana", markdown=f"## Starting the Shift\n- Observations: {NOTE}\n")
    shifts.end_shift(journal, shift.id, incoming="carla", markdown=f"## Handing Over the Shift\n- {NOTE}\n")
    history = desk.polled_window("history")
    qtbot.addWidget(history)
    assert SHOWN in history.view.toPlainText() and "\u200b" not in history.view.toPlainText()  # seen
    QGuiApplication.clipboard().clear()
    copy_button(history).click()
    copied = QGuiApplication.clipboard().text()
    assert f"- {NOTE}\n" in copied and f"- Observations: {NOTE}\n" in copied, repr(copied)
    assert "\\u200b" not in copied


def test_the_end_window_copies_the_markdown_as_written(desk, qtbot):
    shifts.start_shift(desk.controller.journal, "ana")
    desk.controller._follow_shift()
    window = desk.polled_window("end")
    qtbot.addWidget(window)
    type_into(qtbot, window.observations, NOTE)
    qtbot.waitUntil(lambda: SHOWN in window.preview.toPlainText(), timeout=5000)  # seen as an escape
    QGuiApplication.clipboard().clear()
    copy_button(window).click()
    copied = QGuiApplication.clipboard().text()
    assert NOTE in copied and "\\u200b" not in copied, repr(copied)
