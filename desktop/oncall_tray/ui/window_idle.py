"""When a window may be made again (in a new language, with new settings): only once it is idle,
no box of it open (a question, a warning, a file chooser: each runs in a loop of its own, and a
window deleted under it aborted the tray, code review 72 AH4; carried away, a question was
answered "No" by itself, AH8) and none of its work in flight. GUI thread only."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QDialog, QWidget


def open_boxes(window: QWidget) -> list[QDialog]:
    """The modal dialogs of ``window`` not yet gone: shown, or closed but still running (a static
    ``QMessageBox.question`` or ``QFileDialog.getSaveFileName`` until it returns, a box deleted on
    close until it is deleted)."""
    return [dialog for dialog in window.findChildren(QDialog) if dialog.isModal()]


def when_idle(window: QWidget, busy: Sequence[QObject], then: Callable[[], None]) -> None:
    """Run ``then()`` once ``window`` has no box open (``open_boxes``) and none of ``busy`` (each
    with a ``busy`` property and an ``idle`` signal: the journal's writer, the actions) is busy: at
    once if so, else when the last box is gone (after the code that opened it went on) or one of
    them is idle, asked again then. Nothing runs if ``window`` was deleted meanwhile."""
    import shiboken6

    if not shiboken6.isValid(window):
        return
    boxes, working = open_boxes(window), [background for background in busy if background.busy]
    if not boxes and not working:
        then()
        return
    waiting = [True]

    def again() -> None:
        if not waiting:
            return
        waiting.clear()
        for background in working:
            background.idle.disconnect(again)
        when_idle(window, busy, then)

    for background in working:
        background.idle.connect(again)
    for box in boxes:  # (queued: the code after the box's ``exec`` runs first, e.g. a write asked)
        box.destroyed.connect(lambda *_: QTimer.singleShot(0, again))
