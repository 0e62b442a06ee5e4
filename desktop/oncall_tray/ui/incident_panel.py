"""The engineer's notes on one alert, and, once the alert was handled and resolved, the guide's
after-incident checklist with its 2 h and 24 h reminders (issue 5). Shown beside the alert's
details in the alerts window and in the incidents window.

The note being typed is saved as it is typed (``core.scopes.draft_scope``: by alert in the
alerts window, by incident on an Incidents row; key ``draft``) and comes back after a crash; "Add" turns it into a journal note and clears the draft in one transaction. The
notes are what ``escalate`` lists as "already tried".
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence

import shiboken6
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QMenu,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..core.drafts import RefusedNote as Refused
from ..core.escalation import not_answered_text
from ..core.folded_notes import folded_notes
from ..core.journal import JournalError
from ..core.journal_escalation import NotAnswered
from ..core.journal_notes import IncidentsGone
from ..core.journal_schema import SOURCE_TRAY, Incident
from ..core.shifts import draft_scope, latest_incident, note_key
from .autosave import Autosave
from .incident_aftercare import AftercareSteps
from .incident_draft import DRAFT, NOTE, DraftBox
from .incident_gone import GoneNotes
from .incident_notes_list import NotesList
from .kept_notes_line import KeptNotesLine
from .handoff_common import plain_label
from .saved_line import READ, StatusLine
from .screen_fit import elastic
from .tab_order import show_focus
from .translations import failure_text, translator_for

TR_CONTEXT = "incident_panel"
tr = translator_for(TR_CONTEXT)
#: What the status line says is about, besides ``READ`` (the notes' read), ("tick", step),
#: ("reminder", key), ``incident_aftercare``'s and ``incident_draft``'s: the escalations.
ESCALATION = "escalation"


class IncidentPanel(QWidget, AftercareSteps, DraftBox, GoneNotes, NotesList):
    """Notes and after-incident steps of one alert; ``show_alert`` or ``show_incident``."""

    def __init__(self, controller) -> None:
        super().__init__()
        self.controller = controller
        self.fingerprint = ""
        self.key = ""  # what the box's note and draft are of (``note_key``: by incident on an Incidents row)
        self.alertname = ""
        self.incident: Incident | None = None
        # the ids of the incidents of the Incidents row shown (show_incident; a folded row's members, the
        # shown one first): its notes are theirs, read and written by incident (code review 74 AL2)
        self.members: tuple[int, ...] = ()
        self._others: tuple[str, ...] = ()  # their alerts but the one shown, given its notes too
        self._places: dict[str, str] = {}  # fingerprint -> where each of them fires (``NotesList``)
        self._ticks: dict[str, bool] = {}
        self._follows = False  # showing an alert of the alerts window (show_alert): its incident may come later
        self._resolved = False  # and it resolved while shown
        self._unsaved_said = False  # the status line says the shown alert's draft waits (``_say_unsaved``)
        self._not_added: dict[str, Refused] = {}  # key -> a note refused (disk full), back in its box
        self._added: set[str] = set()  # those added by themselves since, while another alert was shown
        self._tried: set[str] = set()  # those refused since the last poll: not tried again before the next
        self._gone_waiting: list[tuple[str, str, str]] = []  # notes of gone incidents not moved yet (GoneNotes)
        # fingerprint -> its box, kept: its draft could not be read (DraftBox); the controller's, which
        # outlives this panel (code review 69 AD3: lost with it at a new alerts window)
        self._unread: dict[str, str] = controller.unread
        self._covering: list = []
        self._note_count = 0  # the notes listed, without the escalations (the after-incident steps count them)
        self._build()
        controller.note_panels.add(self)  # (``DraftBox._take_pods_draft``: no draft taken from another box)
        controller.journal_changed.connect(self.refresh)
        controller.unread_changed.connect(self._unread_followed)  # one box over an unread draft (AE3)
        controller.notes_unreadable_hidden.connect(self._say_notes_unreadable)  # closed in a panel
        # also notes added by the command line; a hidden panel catches up when shown. A bound
        # method, not a lambda: Qt drops the connection when this panel is deleted (new settings
        # build a new alerts window), a lambda would be called on the deleted panel
        controller.live_changed.connect(self._polled)
        self.show_alert("", "")

    def _build(self) -> None:
        self.title = elastic(plain_label())
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.notes = QListWidget()
        self.notes.setWordWrap(True)
        show_focus(self.notes)  # a Tab stop (review 51 G3: it showed no focus)
        # it gives way first when the panel is short (a few lines), so that the entry and its
        # buttons stay in view without scrolling the panel (its scroll area: add_side_panel)
        self.notes.setMinimumHeight(4 * self.fontMetrics().lineSpacing())
        self.notes.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)  # the space left
        self.input = QLineEdit(objectName="note")  # (a window made again finds it: ``remade``)
        self.input.setPlaceholderText(tr("What did you try or see? Enter adds the note"))
        self.input.returnPressed.connect(self.add_note)
        self.autosave = Autosave(self.input, self._save_draft, subject=lambda: self.key)
        self.add_button = QPushButton(tr("Add note"))
        self.add_button.clicked.connect(self.add_note)
        # a push button: its width counts the menu's arrow (review 46 F9: a tool button's drew over the text)
        self.escalate_button = QPushButton(tr("Escalated to…"))
        menu = QMenu(self.escalate_button)
        self._escalations = {level: menu.addAction(level, lambda checked=False, lv=level: self.record_escalation(lv))
                             for level in ("L2", "L3")}
        menu.addSeparator()  # the guide's answer times after an escalation: no reminder once answered
        self._answers = {level: menu.addAction(tr("%1 answered").replace("%1", level),
                                               lambda checked=False, lv=level: self.record_escalation(lv, answered=True))
                         for level in ("L2", "L3")}
        self.escalate_button.setMenu(menu)
        row = QHBoxLayout()  # under the entry, which takes the panel's whole width
        row.addStretch(1)
        row.addWidget(self.add_button)
        row.addWidget(self.escalate_button)
        self.after = self._build_after()
        # what became of the engineer's writes, the shift windows' rule and code (code review 67 AA7)
        self.status = StatusLine()
        self.status.setWordWrap(True)
        self.kept_line = KeptNotesLine(self.controller.close_notes_unreadable)  # closable (AE4's line)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.notes, 1)
        layout.addWidget(self.input)
        layout.addLayout(row)
        layout.addWidget(self.after)
        layout.addWidget(self.status)
        layout.addWidget(self.kept_line)

    def _polled(self) -> None:
        """A poll: the notes (the command line may have added some) read in the journal's thread,
        not on the GUI thread; the after-incident steps follow Alertmanager's silences."""
        journal, fingerprint, key = self.controller.journal, self.fingerprint, self.key
        self._tried.clear()  # a note refused is tried again at each poll, as the drafts (``on_polled``)
        self._add_refused()
        self._retry_gone()  # a note of a gone incident whose move failed (code review 77 AQ1)
        if not self.isVisible() or not fingerprint or journal is None:
            return
        self.controller.submit(folded_notes, journal, (fingerprint, *self._others), self.members,
                               done=lambda notes, error: self._notes_read(key, notes, error))
        self._refresh_steps()

    def _notes_read(self, key: str, notes, error: BaseException | None) -> None:
        if not shiboken6.isValid(self) or key != self.key:  # deleted (new settings), or
            return  # another alert shown meanwhile, which read its own
        if error is not None:
            self.status.say(READ, failure_text(error), True)
        else:
            self.status.mend(READ)
            self._show_notes(notes)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        """Shown again (the alerts window reopened): read the notes as they are now."""
        super().showEvent(event)
        self.refresh()

    # -- what is shown --------------------------------------------------------------------

    def show_alert(self, fingerprint: str, alertname: str) -> None:
        """Show one alert of the alerts window ("" for none): a firing alert, so only its open
        incident counts (a resolved one belongs to an earlier episode: the incidents window)."""
        journal = self.controller.journal
        incident = latest_incident(journal, fingerprint) if fingerprint and journal is not None else None
        self.members = ()
        self._fold_members(None, ())
        self._show(fingerprint, alertname, incident if incident and incident.resolved_at is None else None)
        self._follows = True

    def alert_left(self, fingerprint: str, filtered: bool) -> None:
        """The alert shown left the alerts window's table: it resolved, or the filter hides it
        (``filtered``). Stay on it, so that the note being typed can still be finished and added."""
        if fingerprint and fingerprint == self.fingerprint:
            text = tr("Notes on %1 (hidden by the filter)") if filtered else tr("Notes on %1 (no longer firing)")
            self.title.setText(text.replace("%1", self.alertname or fingerprint))
            self._resolved = self._resolved or not filtered

    def show_incident(self, incident: Incident | None, members: Sequence[Incident] = ()) -> None:
        """Show one incident of the incidents window (None for none); ``members``: the incidents
        of its row when it stands for several (a folded row: ``handoff_folded``, the first being
        ``incident``), whose after-incident ticks and dismissed reminders are saved for each."""
        self.members = (tuple(i.id for i in members) or (incident.id,)) if incident is not None else ()
        self._fold_members(incident, members if incident is not None else ())  # before the notes are read
        if incident is None:
            self._show("", "", None)
        else:
            self._show(incident.fingerprint, incident.alertname, incident)
            self._fold_title(members)  # "Notes on PodCrashLooping ×60"

    def _show(self, fingerprint: str, alertname: str, incident: Incident | None) -> None:
        self._follows = False  # an alert of the alerts window: its incident is looked for again (refresh)
        # another incident of the same pod: another box (AM7), never one of another incident that took its number (AN2)
        key = note_key(fingerprint, incident if self.members else None)
        if key != self.key:
            self._resolved = False  # it resolved while shown (alert_left): its incident just resolved is its own
            self.autosave.flush()  # the draft of the alert shown before
            self.fingerprint, self.key, self.alertname = fingerprint, key, alertname
            self.status.clear()  # what it said was about the alert shown before
            self._say_gone_again()  # but a note moved as its row went (code review 76 AN2)
            self._load_draft(self._unread.get(key))
            self._say_unsaved()
            if key in self._added:  # added by itself meanwhile
                self._added.discard(key)
                self.status.say((NOTE, key), tr("The journal can be written again: your note was added."))
        if incident is None or self.incident is None or incident.id != self.incident.id:
            self._ticks = {}
        self.incident = incident
        self._say_notes_unreadable()
        usable = bool(fingerprint) and self.controller.available
        for widget in (self.input, self.add_button, self.escalate_button):
            widget.setEnabled(usable)
        self.title.setText(tr("Notes on %1").replace("%1", alertname or fingerprint) if fingerprint
                           else tr("Select an alert to take notes on it."))
        self.refresh()

    def refresh(self) -> None:
        """Read the notes and the after-incident state again."""
        journal = self.controller.journal
        if not self.fingerprint or journal is None:
            self.notes.clear()
            self.after.hide()
            return
        if self._held:  # its draft read now, perhaps (and taken by another panel sharing ``_unread``)
            if self.key in self._unread:
                self.autosave.flush()  # what was typed last here is the shared value's (code review 70 AE3)
            self._load_draft(self._unread.get(self.key))
        self._say_unsaved()  # its draft written by now, perhaps
        self._add_refused()
        try:
            if self.incident is not None:
                latest = latest_incident(journal, self.fingerprint)
                self.incident = latest if latest and latest.id == self.incident.id else self.incident
            elif self._follows:  # review 17: selected before its incident opened, it never showed it
                latest = latest_incident(journal, self.fingerprint)
                if latest is not None and (latest.resolved_at is None or self._resolved):
                    self.incident = latest
            held = folded_notes(journal, (self.fingerprint, *self._others), self.members)  # a row's incidents
        except JournalError as exc:
            self.status.say(READ, failure_text(exc), True)
            return
        self.status.mend(READ)
        self._show_notes(held)
        self._fit_menu([note for note, _holders in held])
        self.escalate_button.setVisible(self.incident is None or self.incident.resolved_at is None)
        self._refresh_steps()

    # -- actions ------------------------------------------------------------------------------

    def add_note(self) -> None:
        """Turn the typed text into a note (and clear the saved draft with it, unless that draft
        could not be read: it is kept, code review 68 AB1)."""
        text = self.input.text().strip()
        if not text or not self.fingerprint or self.controller.journal is None:
            return
        self._not_added.pop(self.key, None)
        self._submit_note(self.key, Refused(text, self.controller.journal.now(), self.alertname, self.members,
                                            self.fingerprint), alone=False)

    def _add_refused(self) -> None:
        """Add the notes refused when Enter was pressed (``_not_added``) that wait for the journal
        no longer, as they were then: in the shown alert's box, or its draft for another alert
        (the engineer pressed Enter already: review 58's leftover, "press Enter to add your
        note" after Enter). One changed since is a draft again, left as it is."""
        if self.controller.journal is None:
            return
        for fp, refused in list(self._not_added.items()):
            if fp in self._tried or self.controller.pending.waiting(draft_scope(fp), DRAFT):
                continue
            try:
                box = self.input.text() if fp == self.key else self._unread[fp] if fp in self._unread \
                    else self.controller.state(draft_scope(fp), DRAFT, "")
            except JournalError:
                continue
            rest = refused.rest(str(box))
            if rest is not None:
                del self._not_added[fp]
                self._tried.add(fp)
                self._submit_note(fp, refused, alone=True, rest=rest)

    def _submit_note(self, fp: str, note: Refused, alone: bool, rest: str = "") -> None:
        """Queue adding ``note`` typed in the box of ``fp`` (a ``note_key``; the box emptied when
        it is the one shown);
        ``alone``: added by itself, at the time Enter was pressed; ``rest``: what was typed
        after it, left as the draft (``Refused.rest``). On an Incidents row, the note is written
        on its incidents (``Refused.incidents``, ``show_incident``: every member of a folded row,
        not their alerts' latest episodes) in one transaction at one time, also when it is added
        by itself after a refusal (code review 74 AL2, AL3, AL8)."""
        if fp == self.key:  # its words are the note's now, even where their draft's write failed
            self.autosave.load(rest)  # (review 60 V8: kept, and Enter added the note twice)
        unread = fp in self._unread  # a draft that could not be read is not cleared with the note (review 68 AB1)
        if unread:
            self.controller.set_unread(fp, rest)
        cleared = 0 if unread else self.controller.pending.given(draft_scope(fp), DRAFT, "")  # in one transaction
        self.controller.submit(self.controller.journal.add_note, note.fingerprint or fp, note.text,
                               alertname=note.alertname, actor=self.controller.engineer, source=SOURCE_TRAY,
                               draft=None if unread else (draft_scope(fp), DRAFT),
                               at=note.at if alone else None, incidents=note.incidents,
                               done=lambda _r, e: self._note_written(fp, note, e, cleared, alone))
        if rest and fp == self.key:  # written after the note, which clears the draft
            self._save_draft(rest)
        elif rest and not unread:
            self.controller.save_state(draft_scope(fp), DRAFT, rest)

    def _note_written(self, fingerprint: str, note: Refused, error: BaseException | None, cleared: int,
                      alone: bool = False) -> None:
        """A note that could not be written (journal read-only, disk full) goes back into the
        box, before anything typed since (review 19: it was said "Not saved" and gone), or into
        its alert's draft when another alert is shown by now, said with the error; it is added
        by itself once the journal takes writes (``_add_refused``). One added by itself is said.
        One refused as its Incidents row's incidents are gone goes to the shift's observations
        (``GoneNotes._keep_gone``)."""
        self.controller.pending.written(draft_scope(fingerprint), DRAFT, cleared, error)
        if isinstance(error, IncidentsGone):  # to the shift's observations (code review 76 AN2; GoneNotes)
            self._keep_gone(fingerprint, note)
            return
        shown, about = fingerprint == self.key, (NOTE, fingerprint)
        if shown or not alone:
            self._written(error, about)
        elif error is None:
            self.controller.journal_changed.emit()
        if error is None:
            if alone and shown:  # said till the next change (the rest's draft written after it: review 61 X9)
                self.status.say(about, tr("The journal can be written again: your note was added."))
                self._unsaved_said = False
            elif alone:  # said when its alert is shown again; what was said of it here is over
                self._added.add(fingerprint)
                self.status.mend(about)
            return
        self._not_added[fingerprint] = note  # added by itself once the journal takes writes
        self._tried.add(fingerprint)
        if shown:
            typed = self.input.text().strip()
            self.input.setText(note.text + (" " + typed if typed else ""))  # saved as a draft, kept till written
        else:  # back in its alert's box (review 57 S3: the note was gone once another alert was shown)
            kept = self._unread.get(fingerprint)  # before what was typed after it (review 61 X9: the rest was its draft)
            try:
                typed = str(kept if kept is not None else self.controller.state(draft_scope(fingerprint), DRAFT, "")).strip()
            except JournalError:  # not written over the draft it could not read (code review 68 AB1): kept here
                typed, kept = "", ""
            if kept is not None:
                self.controller.set_unread(fingerprint, note.text + (" " + typed if typed else ""))
            else:
                self.controller.save_state(draft_scope(fingerprint), DRAFT, note.text + (" " + typed if typed else ""))
            if not alone:  # the engineer's Enter, with another alert shown by now
                self.status.say(about, tr("Not saved: %1").replace("%1", failure_text(error)) + "\n" + tr(
                    "Your note: %1").replace("%1", note.text), True)

    def record_escalation(self, level: str, answered: bool = False) -> None:
        """Record that the alert was escalated to ``level`` (with ``answered``: that ``level``
        answered); when nothing is recorded, the panel says why, as ``oncall-tray escalate``
        does (review 41 F9: L2 after L3 did nothing and said nothing). On an Incidents row,
        recorded on its incidents still open (every member of a folded row: one act) in one
        transaction, all or none (code review 74 AL3: one write per member, a failure part-way
        silent); the shown one's answer is said."""
        if self.fingerprint:
            self.controller.record_escalation(self.fingerprint, self.alertname, level, answered=answered,
                                              incidents=self.members,
                                              done=lambda event, e: self._escalation_written(level, event, e))

    def _escalation_written(self, level: str, event, error: BaseException | None) -> None:
        self._written(error, ESCALATION)  # IncidentsGone: "resolved since", not "already" (code review 75 AM5)
        if isinstance(error, IncidentsGone):
            self.controller.journal_changed.emit()  # the row and its Escalate button as they are now: resolved
        if error is None and event is None:
            self.status.say(ESCALATION, tr("Escalated to this level or higher already: %1 was not recorded again.").replace(
                "%1", level), True)
        elif error is None and isinstance(event, NotAnswered):
            self.status.say(ESCALATION, not_answered_text(event, level, self.controller.translate), True)

    def _written(self, error: BaseException | None, about: Hashable) -> None:
        """A write about ``about`` (``StatusLine.say``'s) ended: its failure said until the next
        message about it; its success ends what was said about it only (code review 66 U6: a
        tick's success wiped "Could not expire the silence: …"; 67 AA7: a failure was replaced
        by news of another thing)."""
        if error is not None:
            self.status.say(about, tr("Not saved: %1").replace("%1", failure_text(error)), True)
        else:
            self.status.mend(about)
            self.controller.journal_changed.emit()

