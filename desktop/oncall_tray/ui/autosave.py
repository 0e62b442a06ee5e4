"""Saving what the engineer types as they type it (issue 5: "not only on close").

``Autosave`` watches a text widget: a short pause in the typing (``DELAY_MS``), leaving the
field, or hiding its window saves the text through the journal worker; so does typing on
without a pause, at least every ``MAX_WAIT_MS`` (review 24: a burst of keys each under
``DELAY_MS`` apart saved nothing until it stopped). At most about the last second of typing is
in flight when the process dies.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

DELAY_MS = 300
MAX_WAIT_MS = 1000  # typing on without a pause is saved at least this often
RETRY_MS = 5000  # a write that failed (journal unwritable) is tried again this often


def copy_cursor(mine: QLineEdit | QPlainTextEdit, theirs: QLineEdit | QPlainTextEdit) -> None:
    """Put ``mine``'s cursor and selection where ``theirs``' are (the same text in both), a
    selection made leftwards kept so."""
    if isinstance(mine, QPlainTextEdit):
        cursor, was = mine.textCursor(), theirs.textCursor()
        cursor.setPosition(min(was.anchor(), len(mine.toPlainText())))
        cursor.setPosition(min(was.position(), len(mine.toPlainText())), cursor.MoveMode.KeepAnchor)
        mine.setTextCursor(cursor)
    elif not theirs.hasSelectedText():
        mine.setCursorPosition(theirs.cursorPosition())
    elif theirs.cursorPosition() == theirs.selectionStart():  # selected leftwards
        mine.setSelection(theirs.selectionEnd(), -theirs.selectionLength())
    else:
        mine.setSelection(theirs.selectionStart(), theirs.selectionLength())


class Autosave(QObject):
    """Saves ``widget``'s text with ``save(text)`` after each pause in the typing, and at
    least every ``MAX_WAIT_MS`` ms while the typing goes on.

    Args:
        widget: a QLineEdit or QPlainTextEdit.
        save: ``save(text, base)`` queues the write (called in the GUI thread; must not block);
            ``base`` is the text the field last showed from the journal or saved (None before
            either), for a save that keeps what was added elsewhere meanwhile
            (``ShiftController.save_text``).
        subject: what the field shows now (a notes box: the alert's fingerprint), for a window made
            again to take over only a field that shows the same (``remade.carry_typing``); None:
            always the same.
    """

    def __init__(self, widget: QLineEdit | QPlainTextEdit, save: Callable[[str, str | None], None],
                 subject: Callable[[], Hashable] | None = None) -> None:
        super().__init__(widget)
        self._widget = widget
        self._save = save
        self._subject = subject
        self._taken_over = False  # by a field of a window made again (``take_over``)
        self._saved: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self.flush)
        widget.textChanged.connect(self._timer.start)
        # started by the first change not yet saved, not restarted by the next ones: bounds
        # how long a burst of typing can go unsaved
        self._longest = QTimer(self)
        self._longest.setSingleShot(True)
        self._longest.setInterval(MAX_WAIT_MS)
        self._longest.timeout.connect(self.flush)
        widget.textChanged.connect(self._changed)
        widget.installEventFilter(self)
        self._unsaved = False  # a write failed: what is on screen is the only copy
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self.flush)
        self._writes = 0  # writes queued so far, numbered (``queued``)
        self._newest: dict[Hashable, int] = {}  # per subject, the number of its last write queued

    def _changed(self) -> None:
        if not self._longest.isActive():
            self._longest.start()

    def written(self, text: str, error: BaseException | None) -> None:
        """The outcome of a save of ``text`` (``save``'s caller reports it when it can). A
        failure (the journal cannot be written: disk full, read-only) keeps the text on screen,
        where a later read of the draft no longer replaces it, and writes it again every
        ``RETRY_MS`` until it is written (review 20: the handoff window's box was emptied by
        the next read, and the text was nowhere)."""
        if error is None:
            if text == self._saved:
                self._unsaved = False
            return
        self._unsaved = True
        if self._saved == text:
            self._saved = None  # not written: the next flush writes it again
        self._retry.start()

    def queued(self, subject: Hashable) -> Callable[[], bool]:
        """Count a write queued while the field shows ``subject``; the answer tells, when called,
        whether it is still the newest queued for that subject. Each write holds the whole text, so
        only the newest's failure is to be put back (``put_back``): an older one's words are in it
        (code review 84 BC1: the words of two pauses came back twice)."""
        self._writes += 1
        number = self._newest[subject] = self._writes
        return lambda: self._newest.get(subject) == number

    def put_back(self, text: str) -> None:
        """A write of ``text``, typed for what the field showed before (another shift's draft),
        failed after the field went on to show another's (``written`` was told the failure): the
        words come back on screen, after what the field holds unless it still holds them, and are
        written with it at the next pause, to what the field shows now, keeping what the journal
        holds there (``ShiftController.save_text``'s merge, against the base last shown; "" when
        the field never showed it). ``unsaved`` until that write is done (code review 83 BA5: the
        words were on no screen and in no file, and the field refused every read after)."""
        if self._taken_over:
            return
        now = self._text()
        if not text.strip():  # nothing typed to keep
            if now == self._saved:
                self._unsaved = False
            return
        if text in now:  # never replaced (a read refused while a write failed): what the journal holds is unseen
            self._saved = ""
            self._timer.start()
            return
        widget = self._widget
        if isinstance(widget, QPlainTextEdit):  # the engineer's cursor and undo history kept
            cursor = QTextCursor(widget.document())
            cursor.movePosition(QTextCursor.MoveOperation.End)
            cursor.insertText(("\n" if now and not now.endswith("\n") else "") + text)
        else:
            position = widget.cursorPosition()
            widget.setText(f"{now} {text}" if now.strip() else text)
            widget.setCursorPosition(position)

    def subject(self) -> Hashable:
        """What the field shows now (``subject``'s answer; None without one)."""
        return self._subject() if self._subject is not None else None

    @property
    def taken_over(self) -> bool:
        """Another field carries on from this one (``take_over``): it writes no more."""
        return self._taken_over

    @property
    def unsaved(self) -> bool:
        """True while a failed write has not been made good."""
        return self._unsaved

    def _text(self) -> str:
        widget = self._widget
        return widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()

    def set_text_quietly(self, text: str) -> None:
        """Show ``text`` (loaded from the journal) without saving it back. The same text as
        shown is not set again, so that the cursor and the undo history stay (the windows read
        their draft at every poll); a text box's cursor otherwise stays where it was, as far as
        the new text goes (the engineer may be about to type on). Not while a write failed:
        the engineer's words on screen are then the only copy; nor once taken over (``take_over``:
        the field's document, undo history and all, may be the new field's: a read of the draft
        the old window asked for, answered after, emptied the new window's box and its undo)."""
        if self._unsaved or self._taken_over:
            return
        self._saved = text
        widget = self._widget
        plain = isinstance(widget, QPlainTextEdit)
        if (widget.toPlainText() if plain else widget.text()) == text:
            return
        blocked = widget.blockSignals(True)
        try:
            if plain:
                position = widget.textCursor().position()
                widget.setPlainText(text)
                cursor = widget.textCursor()
                cursor.setPosition(min(position, len(text)))
                widget.setTextCursor(cursor)
            else:
                widget.setText(text)
        finally:
            widget.blockSignals(blocked)

    @property
    def typed(self) -> bool:
        """True while the field holds what the engineer typed since it was last saved or shown
        from the journal (not written yet: ``flush`` writes it), or a write of it failed."""
        return self._unsaved or (self._text() != (self._saved or "") and not self._taken_over)

    def show_read(self, text: str) -> None:
        """Show ``text``, this field's value as a read of the journal found it (a window's
        reload), unless the engineer typed in the field since it was last saved (``typed``): the
        words on screen are then the only copy, and newer than any read (code review AU: a read
        answered after the typing wiped it, and its undo history); they stay, written at the next
        pause against the base last saved or shown, which keeps what the read brought
        (``ShiftController.save_text``). Otherwise as ``set_text_quietly``."""
        if not self.typed:
            self.set_text_quietly(text)

    def load(self, text: str) -> None:
        """Show ``text``, another draft's (a box that shows several alerts' drafts in turn), or
        "" once what the box held was taken (a note added, a handoff recorded): what it held
        before is no longer its concern, written or not (its owner keeps what waits:
        ``ShiftController.pending``). Nothing once taken over (``set_text_quietly``)."""
        if self._taken_over:
            return
        self._unsaved = False
        self._retry.stop()
        self.set_text_quietly(text)

    def take_over(self, other: "Autosave") -> None:
        """Carry on from ``other``, the same field's in a window being made again in another
        language (review 68 AF2), none of its writes in flight (``ShiftWindows.retranslate``): its
        text, cursor and selection, and its last-saved base; what it did not write (typed since,
        or a write that failed) is written from here, whose field is told the outcome, and tried
        again every ``RETRY_MS`` while it fails (code review 72 AH5, AH7). ``other`` writes no more."""
        for timer in (other._timer, other._longest, other._retry):
            timer.stop()
        other._widget.removeEventFilter(other)
        other._taken_over = True
        self._saved, self._unsaved = None, False
        self.set_text_quietly(other._text())
        self._saved, self._unsaved = other._saved, other._unsaved
        copy_cursor(self._widget, other._widget)
        self.flush()
        if self._unsaved:
            self._retry.start()

    def flush(self) -> None:
        """Save now if the text changed since the last save; never once taken over (the field
        that took over writes: they may show one document, ``remade``)."""
        self._timer.stop()
        self._longest.stop()
        if self._taken_over:
            return
        text = self._text()
        if text != self._saved:
            base, self._saved = self._saved, text
            self._save(text, base)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in (QEvent.Type.FocusOut, QEvent.Type.Hide):
            self.flush()
        return False
