"""What was typed over alerts' drafts that the shift journal could not read (``unread``), kept
beside the journal at the quit (``notes_draft``) and taken back into the drafts once they read. A
mixin of ``ShiftController`` (split out of it for size); GUI thread.

Only the tray that holds the journal reads and writes the file (code review 70 AE4: a second
tray, started while another held it, wrote its stale copy over the holder's at its quit); the
file forgets a note as soon as it is taken back, not only at the quit (a hard stop took it back
twice); a file that cannot be read is set aside, never written over, and the notes panels say so.
"""

from __future__ import annotations

import logging

from ..core import shifts
from ..core.journal import JournalError, utc_now
from ..notes_draft import UnreadableNotes, keep_notes, read_notes

log = logging.getLogger(__name__)


class KeptNotes:
    """Mixin of ``ShiftController``: its ``unread`` (fingerprint -> what the notes panels' box
    held since its alert's draft could not be read: one value for every panel, code review 70
    AE3), ``notes_unreadable`` (an ``UnreadableNotes`` when the file kept at the last quit could
    not be read, else None) and the file. Uses the controller's ``path``, ``hold``, ``journal``,
    ``state``, ``save_state`` and its ``unread_changed`` signal."""

    def _read_kept_notes(self) -> None:
        """Read what was kept at the last quit into ``unread``, if this tray holds the journal
        (``JournalAccess``), and put it after the drafts the journal reads."""
        self.unread: dict[str, str] = {}
        self.notes_unreadable: UnreadableNotes | None = None
        self._keeps_notes = self.hold is not None  # a tray that does not hold the journal leaves the file alone
        self._notes_kept = False  # a file of them to rewrite, or remove
        if not self._keeps_notes:
            return
        try:
            self.unread = read_notes(self.path, utc_now())
        except UnreadableNotes as exc:
            self.notes_unreadable = exc
            self._keeps_notes = exc.aside is not None  # left where it was: never written over
        self._notes_kept = bool(self.unread)
        self._take_back_notes()

    def set_unread(self, fingerprint: str, text: str, source: object = None) -> None:
        """What the box holds over ``fingerprint``'s unread draft is ``text`` now (typed in the
        panel ``source``): the other panels showing it follow (``unread_changed``)."""
        self.unread[fingerprint] = text
        self.unread_changed.emit(fingerprint, source)

    def notes_taken_back(self) -> None:
        """A panel put a note of ``unread`` after its draft, written: the file forgets it now."""
        self._keep_notes()

    def _take_back_notes(self) -> None:
        """Put what was kept at the last quit (``unread``) after its alert's draft, now that the
        journal reads it; one it still cannot read stays in ``unread`` for the notes panel."""
        from .incident_draft import DRAFT, after_draft

        for fingerprint, typed in list(self.unread.items()):
            scope = shifts.alert_scope(fingerprint)
            try:
                draft = str(self.state(scope, DRAFT, "")) if self.journal is not None else None
            except JournalError:
                draft = None
            if draft is not None:
                del self.unread[fingerprint]
                self.save_state(scope, DRAFT, after_draft(draft, typed),
                                done=lambda _r, error, fp=fingerprint, text=typed: self._taken_back(fp, text, error))

    def _taken_back(self, fingerprint: str, typed: str, error: BaseException | None) -> None:
        """A note kept at the last quit written into its alert's draft: forgotten from the file;
        not written: kept again (``unread``) until it is."""
        if error is not None:
            self.set_unread(fingerprint, self.unread.get(fingerprint, typed))
        self._keep_notes()

    def _keep_notes(self) -> None:
        """Keep ``unread`` beside the journal (``notes_draft``), or remove the file once empty;
        a failure is logged (the notes stay in ``unread`` for this run). Not by a tray that does
        not hold the journal, nor over a file that could not be read."""
        if not self._keeps_notes or not (self._notes_kept or any(text.strip() for text in self.unread.values())):
            return
        try:
            where = keep_notes(self.path, self.unread, utc_now())
        except OSError as exc:
            log.error("cannot keep the notes typed over drafts the journal could not read: %s", exc)
            return
        self._notes_kept = where is not None
        if where is not None:
            log.warning("notes typed over drafts the shift journal could not read kept in %s", where)
