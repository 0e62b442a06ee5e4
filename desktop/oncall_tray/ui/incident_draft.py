"""The note being typed in the notes panel, saved as it is typed (``core.scopes.draft_scope(key)``,
key ``DRAFT``: by alert in the alerts window, by incident in the Incidents window, ``note_key``):
shown when its alert or incident is, said when it waits for the journal, and never written over
when the journal could not read it. A mixin of ``IncidentPanel`` (split out of it for size); GUI
thread.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication

from ..core.drafts import after_draft  # noqa: F401 (the panels' and tests' name for it)
from ..core.journal import JournalError
from ..side_files import reason_text
from ..core.shifts import INCIDENT_NOTE, alert_scope, draft_scope, incident_note_scope, latest_incident
from .translations import failure_text, translator_for

TR_CONTEXT = "incident_panel"  # the panel's words
tr = translator_for(TR_CONTEXT)
DRAFT = "draft"
#: What the status line says is about (``StatusLine.say``'s ``about``): (``NOTE``, an alert's
#: fingerprint) its note added or its draft written; (``DRAFT``, an alert's fingerprint) the
#: read of its draft (code review 68 AB1: said as ``READ``, it was mended by the notes' read).
NOTE = "note"
class DraftBox:
    """Mixin of ``IncidentPanel``: its box's draft. Uses the panel's ``controller``,
    ``key`` (``note_key``: what the box's draft is of), ``input``, ``autosave``, ``status`` (a ``StatusLine``), ``kept_line`` (a
    ``KeptNotesLine``), ``_not_added``,
    ``_unsaved_said`` and ``_add_refused``; keeps in ``_unread`` (the controller's ``unread``,
    which outlives the panel and is kept at the quit: code review 69 AD3) key -> what its
    box held (not saved over the draft) since its draft could not be read."""

    _unread: dict[str, str]
    #: the box holds what was typed over the shown alert's unread draft (``_unread``), which
    #: another panel sharing ``_unread`` (the incidents window's, the alerts window's replaced
    #: one) may have put after the draft since: this one then shows the draft as it is now
    _held: bool = False

    def _draft_of(self, key: str) -> str | None:
        """``key``'s saved draft (as typed when the journal has not taken it yet: review
        57 S3); None when it cannot be read, said under (``DRAFT``, ``key``)."""
        try:
            return str(self.controller.state(draft_scope(key), DRAFT, ""))
        except JournalError as exc:
            self.status.say((DRAFT, key), tr(
                "Your saved draft could not be read: %1. What you type stays here and is not saved over it "
                "until it can be read.").replace("%1", failure_text(exc)), True)
            return None

    def _load_draft(self, typed: str | None) -> None:
        """Show the shown alert's saved draft in the box. ``typed``: what the box held while that
        draft could not be read (``_unread``'s, shared by every panel: code review 70 AE3), put
        after it once it is read and saved with it, and then forgotten from the notes kept at the
        quit (``notes_taken_back``: code review 70 AE4); while it cannot be read, ``typed`` stays
        in the box and is not saved (code review 68 AB1: what was typed in the empty box was
        autosaved over the draft, which was lost). An empty box of an Incidents row may take the
        pod's draft (``_take_pods_draft``)."""
        fingerprint = self.key
        draft = self._draft_of(fingerprint) if fingerprint else ""
        self._held = draft is None
        if draft is None:
            self._unread[fingerprint] = typed or ""
            self.autosave.load(typed or "")
            return
        taken = self._unread.pop(fingerprint, None) is not None
        box = self.controller.taken_back_box(fingerprint, draft, typed or "")  # once only (code review 80 AV4)
        if not box.strip() and self._take_pods_draft(fingerprint):
            return
        self.autosave.load(box)
        if box == draft:
            self.status.mend((DRAFT, fingerprint))
            if taken:
                self.controller.notes_taken_back()
            return
        self._save_draft(box, taken_back=taken)
        if taken:
            self.controller.mark_taken_back(fingerprint, typed or "")
        self.status.say((DRAFT, fingerprint), tr(
            "Your saved draft could be read again: it is back in the box, before what you typed."))

    def _take_pods_draft(self, key: str) -> bool:
        """On an Incidents row (``key``) whose box is empty: the pod's draft (``alert_scope``),
        where a version before code review 75 AM7 saved what was typed on its rows too, moved into
        this box and said, when the row is the pod's latest incident and the pod does not fire
        (Enter in the alerts window once it fired again wrote it on that day's incident: code
        review 76 AN3) and no other box shows it (``_box_of``: the alerts window's panel stays on
        an alert that resolved, code review 77 AQ6); a firing pod's stays in its alerts window's box.
        True when one was taken."""
        fingerprint, journal, alerts = self.fingerprint, self.controller.journal, self.controller.live.alerts
        if not key.startswith(INCIDENT_NOTE) or journal is None or alerts is None or fingerprint in alerts \
                or self._box_of(fingerprint):
            return False
        try:
            latest = latest_incident(journal, fingerprint)
            old = str(self.controller.state(alert_scope(fingerprint), DRAFT, "")) \
                if latest is not None and incident_note_scope(latest) == key else ""
        except JournalError:
            return False
        if not old.strip():
            return False
        self.autosave.load(old)

        def taken(_result, error: BaseException | None) -> None:
            if error is None:  # here now: the pod's emptied, unless typed in since
                self.controller.submit(journal.update_state, alert_scope(fingerprint), DRAFT,
                                       lambda current: "" if current == old else current)
            self._draft_written(key, old, error)

        self.controller.save_state(draft_scope(key), DRAFT, old, done=taken)
        self.status.say((DRAFT, key), tr("A note typed earlier on this alert, kept as its draft, is in the box: Enter "
                                         "adds it to this incident."))
        return True

    def _box_of(self, key: str) -> bool:
        """True when another notes panel alive shows ``key``'s draft in its box: the alerts
        window's panel stays on an alert that resolved, the note being typed in it autosaved as
        the pod's draft (code review 77 AQ6: an Incidents row took it, the same text was in two
        boxes and Enter in each wrote it twice)."""
        return any(panel is not self and shiboken6.isValid(panel) and panel.key == key
                   for panel in list(self.controller.note_panels))

    def _save_draft(self, text: str, _base: str | None = None, taken_back: bool = False) -> None:
        """Save ``text``, the box's (``Autosave``'s ``save``): over the shown alert's draft, or in
        ``_unread`` while that draft cannot be read, which the other panels showing it follow
        (code review 70 AE3: each wrote its own box there, the last one won). ``taken_back``:
        ``text`` holds a note kept in ``_unread``, forgotten from the file once written."""
        fp = self.key
        if fp in self._unread:  # its saved draft could not be read: kept here, not written over it
            self.controller.set_unread(fp, text, self)
        elif fp:
            def done(_result, error: BaseException | None) -> None:
                if taken_back and error is None:
                    self.controller.notes_taken_back()
                self._draft_written(fp, text, error)

            self.controller.save_state(draft_scope(fp), DRAFT, text, done=done)

    def _unread_followed(self, fingerprint: str, source: object) -> None:
        """What the box holds over ``fingerprint``'s unread draft changed in another panel (or
        the controller): shown here too when this panel shows it (code review 70 AE3)."""
        if source is not self and fingerprint == self.key and self._held and fingerprint in self._unread:
            self.autosave.load(self._unread[fingerprint])

    def _say_notes_unreadable(self) -> None:
        """Say, under every alert shown (``kept_line``, a ``KeptNotesLine``), that the notes kept
        at the last quit could not be read and where their file is, for the engineer to read (code
        review 70 AE4: a log line only), until the engineer closes that line in any panel."""
        problem = self.controller.notes_unreadable
        if problem is None or self.controller.notes_unreadable_closed:
            self.kept_line.hide_line()
            return
        if problem.aside is not None:
            text = tr("The notes kept at the last quit (typed over drafts the journal could not read) could not be "
                      "read: %1. Their file is set aside as %2, for you to read; nothing is written over it.")
        else:
            text = tr("The notes kept at the last quit (typed over drafts the journal could not read) could not be "
                      "read: %1. Their file is left as it was in %2, for you to read; what you type over drafts the "
                      "journal cannot read is not kept at this quit.")
        reason = reason_text(problem, QCoreApplication.translate)  # the system's words, or "damaged"
        self.kept_line.say(text.replace("%1", reason).replace("%2", str(problem.aside or problem.path)))

    def _draft_written(self, fingerprint: str, text: str, error: BaseException | None) -> None:
        if fingerprint == self.key:
            self.autosave.written(text, error)
            self._say_unsaved()

    def _say_unsaved(self) -> None:
        """Say, under the shown alert's box, that what it holds waits for the journal (the disk
        full, say) until it is written (review 57 S3: "Not saved" stayed under every alert, after
        the journal was writable); what the line says of other things stays (code review 67 AA7)."""
        pending = self.controller.pending  # a write on its way is no failure (the rest of a note added)
        waiting = bool(self.key) and pending.waiting(draft_scope(self.key), DRAFT) and bool(pending.error)
        refused = self._not_added.get(self.key)
        rest = refused.rest(self.input.text()) if refused else None
        about = (NOTE, self.key)
        if waiting:  # a note refused is added by itself once the journal takes it, if not changed
            text = tr("Not saved yet: %1. What you typed stays here and is saved once the journal can be "
                      "written.") if rest is None else tr("Not saved yet: %1. What you typed stays here; once the "
                                                          "journal can be written, it is added as a note.") \
                if not rest else tr("Not saved yet: %1. What you typed stays here; once the journal can be written, "
                                    "the note you pressed Enter on is added and what you typed after it stays here.")
            self.status.say(about, text.replace("%1", failure_text(pending.error)), True)
        elif rest is not None:  # as it was when Enter was pressed, perhaps with more after it: added now
            self._add_refused()
        elif refused and self._unsaved_said:  # it waited, and is written now; changed since: a draft again (review 58 T6)
            self.status.say(about, tr("The journal can be written again: press Enter to add your note."))
        elif self._unsaved_said:
            self.status.mend(about)
        self._unsaved_said = waiting or (bool(refused) and self._unsaved_said)
