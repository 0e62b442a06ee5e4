"""The escalation dialog and the shift journal's copy of its draft (``EscalationDialog``'s
mixin): what is typed while the journal cannot be read, or while it holds a draft the engineer
has not seen, is kept for the run and never written over that draft (code review 65 T6, 66 U8,
67 AA3)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from ..core.escalation_level import escalation_level
from .translations import failure_text, translator_for

TR_CONTEXT = "escalation_dialog"
#: What ``save`` does with the journal: write the draft there too; not (it was not read) but read
#: it again; not (it holds a draft not shown).
SAVE, READ_AGAIN, KEEP = "save", "read again", "keep"
tr = translator_for(TR_CONTEXT)


class JournalDraft:
    """Mixin of ``EscalationDialog`` (its ``text``, ``level``, ``autosave``, ``restore``,
    ``set_notes``, ``_save_edited``, ``_occurrence``, ``_clock``): ``_journal`` says what ``save``
    does with the journal; ``unread_line`` says why it is not written; ``held_line`` offers this
    run's text when the journal's draft is shown in its place (``reopened``)."""

    def _journal_lines(self) -> tuple[QLabel, QWidget]:
        """Make ``unread_line`` and ``held_line`` (with ``use_held``), hidden; for the layout."""
        self._journal = SAVE
        self._held: Mapping | None = None  # this run's draft not in the journal, shown at opening (``hold``)
        self._held_text = ""  # the text then
        self.unread_line = QLabel()  # the journal's notes and draft not read (``unread``)
        self.unread_line.setWordWrap(True)
        self.unread_line.setStyleSheet("color: #b00020")
        self.unread_line.hide()
        held = QWidget()
        self.held_line = QLabel()
        self.held_line.setWordWrap(True)
        self.use_held = QPushButton(tr("Use what I typed"))
        self.use_held.setToolTip(tr("Show the text typed while the journal could not be read in place of the "
                                    "journal's, and save it there"))
        self.use_held.clicked.connect(self._use_held)
        row = QHBoxLayout(held)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.held_line, 1)
        row.addWidget(self.use_held)
        self._held_row = held
        held.hide()
        return self.unread_line, held

    def unread(self, error: BaseException) -> None:
        """The journal's notes on the alert, its escalations and the message saved earlier
        (``save``) could not be read (``error``, a ``JournalError``: damaged, unreadable): said,
        in red, as ``oncall-tray escalate`` prints it, until a read succeeds (``read_again``);
        meanwhile the edits are kept for this run but not written to the journal, so that they
        do not replace a draft not shown (code review 65 T6: the bare template, "Already Tried:
        [Actions taken]", and not a word), and each asks for the journal to be read again (code
        review 66 U8: one read refused turned saving off for the dialog's whole life)."""
        self._journal = READ_AGAIN
        self.unread_line.setText(tr("Not read: %1. “Already Tried” lacks the notes on this alert, and a message "
                                    "saved earlier is not shown; what you type here is kept while the tray runs, "
                                    "and saved once the journal can be read.").replace(
            "%1", failure_text(error).rstrip(".")))
        self.unread_line.show()

    def _unseen(self, draft: Mapping | None, kept: Mapping | None) -> bool:
        """``draft``, the journal's, is a message for this firing other than ``kept``, this run's."""
        return bool(draft) and draft != kept and bool((draft.get("text") or "").strip()) and \
            draft.get("starts_at", "") == self._occurrence()

    def read_again(self, notes: Sequence[str], draft: Mapping | None, kept: Mapping | None) -> None:
        """The journal read again after ``unread``: ``notes`` ("Already Tried") shown, and saving
        resumes, unless ``draft``, the message saved in the journal, is one the engineer has not
        seen (not ``kept``, this run's, and for this firing): shown if nothing was typed here,
        else left in the journal and said (the edits here stay this run's only)."""
        self.set_notes(notes)
        unseen = self._unseen(draft, kept)
        if unseen and self.text.document().isModified():
            self._journal = KEEP
            self.unread_line.setText(tr("A message saved earlier for this alert is in the shift journal and not "
                                        "shown here; what you type here is kept while the tray runs, not saved over "
                                        "it."))
            self.unread_line.show()
            return
        if unseen:
            self.restore(draft)
        self._journal = SAVE
        self.unread_line.hide()
        if self.autosave is not None and self.text.document().isModified():
            self._save_edited(self.text.toPlainText())  # what was typed meanwhile, saved now

    def hold(self, kept: Mapping) -> None:
        """The dialog opened on ``kept``, this run's draft that is not in the journal (typed while
        it could not be read, or held back from a draft not seen): nothing is written there
        before the journal is read (``reopened``; code review 67 AA3: the first keystroke wrote
        over the journal's draft, never shown)."""
        self._journal = READ_AGAIN
        self._held, self._held_text = kept, self.text.toPlainText()

    def reopened(self, notes: Sequence[str], draft: Mapping | None) -> None:
        """The first read of a dialog opened on a held draft (``hold``): when the journal holds
        another message for this firing, ``draft``, and nothing was typed since opening, the
        journal's is shown and saving resumes on it, the held text offered (``held_line``,
        ``use_held``); otherwise as ``read_again``."""
        held, self._held = self._held, None
        if not self._unseen(draft, held) or self.text.toPlainText() != self._held_text:
            self.read_again(notes, draft, held)
            return
        self.set_notes(notes)
        self._start_over(draft)
        self._journal = SAVE  # the journal's draft is the one shown: edits to it are saved
        self._held = held
        self.held_line.setText(tr("The shift journal holds a message saved earlier for this alert: shown here. "
                                  "What you typed while the journal could not be read is kept while the tray "
                                  "runs, not saved over it."))
        self._held_row.show()

    def _start_over(self, draft: Mapping | None) -> None:
        """Show ``draft`` (``restore``) in place of what the dialog shows, from the template at
        the clock's level."""
        blocked = self.level.blockSignals(True)
        try:
            self.level.setCurrentText(escalation_level(self._clock(dt.datetime.now(dt.timezone.utc)), done=self._done))
        finally:
            self.level.blockSignals(blocked)
        self._level_chosen, self._shown_level = False, self.level.currentText()
        self._base = self.message(self._shown_level)
        self._show_quietly(self._base)
        self.text.document().setModified(False)
        self._show_standing()
        self.restore(draft)

    def _use_held(self) -> None:
        """The engineer's choice: the held text shown in place of the journal's, and saved there."""
        held, self._held = self._held, None
        self._held_row.hide()
        if held is None:
            return
        self._start_over(held)
        self._journal = SAVE
        if self.autosave is not None:
            self._save_edited(self.text.toPlainText())
