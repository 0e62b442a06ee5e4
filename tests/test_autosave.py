"""Autosave while the engineer types on without a pause (review 24, finding 8): the text is
saved at least every ``MAX_WAIT_MS`` during a burst, not only at the pause after it."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit

from oncall_tray.ui import autosave
from oncall_tray.ui.autosave import Autosave


def type_for(qtbot, widget, seconds: float, gap_ms: int) -> str:
    """Type one letter every ``gap_ms`` ms (under the pause delay) for ``seconds`` s,
    processing events between keys as a real event loop would; return what was typed."""
    typed = ""
    deadline = time.monotonic() + seconds
    letters = "the disk on db-2 is filling up, rotated the logs "
    while time.monotonic() < deadline:
        letter = letters[len(typed) % len(letters)]
        qtbot.keyClick(widget, letter)
        typed += letter
        qtbot.wait(gap_ms)
    return typed


@pytest.mark.parametrize("kind", [QLineEdit, QPlainTextEdit])
def test_text_saved_during_an_uninterrupted_burst(qtbot, kind):
    """Keys 40 ms apart for 1.6 s: the 300 ms pause timer never fires, yet a save happens
    before the typing stops, and holds most of what was typed by then."""
    widget = kind()
    qtbot.addWidget(widget)
    widget.show()
    widget.setFocus()
    saves: list[tuple[float, str]] = []
    Autosave(widget, lambda text, base: saves.append((time.monotonic(), text)))
    typed = type_for(qtbot, widget, 1.6, 40)
    stopped = time.monotonic()
    assert saves, "nothing was saved during 1.6 s of typing"
    assert saves[0][0] < stopped
    first = saves[0][1]
    assert typed.startswith(first) and len(first) >= 5
    # and while the typing goes on, no more than about a second passes between saves
    times = [when for when, _ in saves]
    assert times[0] - (stopped - 1.6) <= autosave.MAX_WAIT_MS / 1000 + 0.3
    # the pause after the burst still saves the whole text
    qtbot.waitUntil(lambda: saves[-1][1] == typed, timeout=2000)


def test_pause_still_saves_and_a_quiet_set_does_not(qtbot):
    widget = QLineEdit()
    qtbot.addWidget(widget)
    saves: list[str] = []
    saver = Autosave(widget, lambda text, base: saves.append(text))
    saver.set_text_quietly("from the journal")
    qtbot.wait(autosave.MAX_WAIT_MS + 200)
    assert saves == []
    widget.setText("from the journal, and more")
    qtbot.waitUntil(lambda: saves == ["from the journal, and more"], timeout=2000)
    qtbot.wait(autosave.MAX_WAIT_MS + 200)
    assert saves == ["from the journal, and more"], "a saved text is not saved again"


def test_failed_write_is_retried_and_burst_timer_does_not_double_save(qtbot):
    widget = QLineEdit()
    qtbot.addWidget(widget)
    saves: list[str] = []
    saver = Autosave(widget, lambda text, base: saves.append(text))
    widget.setText("a")
    qtbot.waitUntil(lambda: saves == ["a"], timeout=2000)
    saver.written("a", OSError("read-only"))
    assert saver.unsaved
    saver.flush()
    assert saves == ["a", "a"]
    saver.written("a", None)
    assert not saver.unsaved
