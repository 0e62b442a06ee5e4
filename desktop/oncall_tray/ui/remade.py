"""A window made again in place of another (a language switch: ``ShiftWindows._remake``; new
settings: ``TrayController._remake_window``) takes over what the engineer was doing in it: the
text boxes' typing (text, cursor, selection, what was not written yet: ``Autosave.take_over``) and
the focus, wherever they sit in the widget tree (code review 73 AJ3: the Incidents window's note
box, one level down in its panel, lost its cursor and the focus, and the next keys went to the
incidents list, which selected another incident: the words typed were lost).

The widgets are found by their ``objectName``, which names the same widget in both windows (a
window names its text boxes, e.g. ``QLineEdit(objectName="note")``, and its lists that may hold the
focus); unnamed ones are not carried.
GUI thread only.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from .autosave import Autosave, copy_cursor

TEXT_BOXES = (QLineEdit, QPlainTextEdit)


def _autosave(box: QWidget) -> Autosave | None:
    return next((child for child in box.children() if isinstance(child, Autosave)), None)


@dataclass
class Focus:
    """Where the focus was in a window about to be replaced: the ``objectName`` of its focused
    widget ("" when none, or one not named)."""

    name: str

    @classmethod
    def of(cls, window: QWidget) -> "Focus":
        """The focus in ``window`` now (call it before ``window`` is hidden)."""
        focused = window.focusWidget()
        return cls(focused.objectName() if focused is not None and window.isAncestorOf(focused) else "")

    def give(self, window: QWidget) -> None:
        """Give the focus to ``window``'s widget of that name, if it has one."""
        widget = window.findChild(QWidget, self.name) if self.name else None
        if widget is not None:
            widget.setFocus()


def carry_typing(old: QWidget, new: QWidget) -> None:
    """``new``, made in place of ``old``, takes over each text box of ``old`` that it has a
    namesake of: an autosaved one (``Autosave.take_over``: its writes carried on from ``new``,
    ``old``'s writing no more) once both show the same thing (``Autosave.subject``: a notes box,
    the same alert; called again after ``new`` was shown with ``old``'s options, it takes over
    those that did not before, and only those); one without an ``Autosave`` (the alerts filter,
    whose text the window's view carries), its cursor and selection when it holds the same text.
    One not taken over writes what it holds as ``old`` is hidden, as before. An autosaved
    plain-text box taken over takes ``old``'s document with it, undo history and all
    (``_carry_document``; ``old``'s, its ``Autosave`` taken over, neither shows nor writes anything
    more: ``old`` must not set a text in it otherwise)."""
    for theirs in (box for kind in TEXT_BOXES for box in old.findChildren(kind)):
        name = theirs.objectName()
        mine = new.findChild(type(theirs), name) if name else None
        if mine is None:
            continue
        saves = _autosave(mine), _autosave(theirs)
        if saves[1] is None:
            if _text(mine) == _text(theirs):
                copy_cursor(mine, theirs)
        elif saves[0] is not None and not saves[1].taken_over and saves[0].subject() == saves[1].subject():
            _carry_document(mine, theirs)
            saves[0].take_over(saves[1])


def _carry_document(mine: QLineEdit | QPlainTextEdit, theirs: QLineEdit | QPlainTextEdit) -> None:
    """A text box's document (its text and its undo history: Qt cannot copy a QTextDocument's
    undo stack, so the document itself moves; code review AU1: Ctrl+Z brought nothing back after
    a rebuild) goes over to ``mine``, which owns it from now on and which its layout paints for;
    ``theirs`` still shows it until it is deleted (its destructor lets go of the document's
    layout) but says nothing of what is typed in ``mine`` any more (its signals blocked). A
    QLineEdit keeps its undo history inside, out of reach: only its text and cursor go over."""
    if not isinstance(mine, QPlainTextEdit) or mine.document() is theirs.document():
        return
    document = theirs.document()
    theirs.blockSignals(True)
    document.setParent(mine)
    mine.setDocument(document)
    # laid out for ``mine`` now: ``theirs``' viewport, its paint device, goes with it (a crash at the
    # next paint otherwise)
    document.documentLayout().setPaintDevice(mine.viewport())


def _text(box: QLineEdit | QPlainTextEdit) -> str:
    return box.toPlainText() if isinstance(box, QPlainTextEdit) else box.text()


__all__ = ["TEXT_BOXES", "Focus", "carry_typing"]
