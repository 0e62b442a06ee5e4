"""What was typed over alerts' drafts that the shift journal could not read (``unread``), kept
beside the journal at the quit (``notes_draft``) and taken back into the drafts once they read. A
mixin of ``ShiftController`` (split out of it for size); GUI thread.

Only a tray that uses the journal reads and writes the file: not one kept out of it by another
tray holding it (code review 70 AE4: a second tray, started while another held it, wrote its
stale copy over the holder's at its quit), nor one following another shift's Alertmanager; a tray
that could not lock the journal (a file system without locks) and uses it does (code review 71
AG1: it neither kept nor took back the notes). The file follows what is typed, about a second
after it (``KEEP_MS``), not only at the quit (code review 71 AG7: a SIGKILL lost it; guide:
nothing typed may be lost), and forgets a note as soon as it is taken back (a hard stop took it
back twice); a file that cannot be read is set aside, never written over, and the notes panels
say so.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QTimer

from ..core import shifts
from ..core.drafts import TAKEN_BACK_SCOPE, taking_back
from ..core.journal import JournalError, utc_now
from ..core.numbered_drafts import move_old_drafts
from ..notes_draft import UnreadableNotes, keep_notes, read_notes
from .autosave import RETRY_MS

log = logging.getLogger(__name__)
#: what is typed over an unread draft is kept in the file at most this long after it reaches
#: ``unread`` (the panel's autosave: a pause of 0.3 s, or 1 s of typing on), and at most this often
KEEP_MS = 1000


class KeptNotes:
    """Mixin of ``ShiftController``: its ``unread`` (fingerprint -> what the notes panels' box
    held since its alert's draft could not be read: one value for every panel, code review 70
    AE3), ``notes_unreadable`` (an ``UnreadableNotes`` when the file kept at the last quit could
    not be read, else None) and the file. Uses the controller's ``path``, ``held``, ``elsewhere``,
    ``journal``, ``state``, ``save_state`` and its ``unread_changed`` and ``notes_unreadable_hidden``
    signals; a QObject (its timer)."""

    def _read_kept_notes(self) -> None:
        """Read what was kept at the last quit into ``unread``, if this tray uses the journal
        (``_keeps_notes``), and put it after the drafts the journal reads."""
        self.unread: dict[str, str] = {}
        self._taking_back: dict[str, str] = {}  # taken out of ``unread``, its write not done yet: still kept
        self._marked: set[str] = set()  # boxes whose ``TAKEN_BACK_SCOPE`` mark was written (``mark_taken_back``)
        self.notes_unreadable: UnreadableNotes | None = None
        self.notes_unreadable_closed = False  # the engineer closed the panels' line saying it
        self._notes_read = False  # the file read this run (or found unreadable)
        self._notes_left = False  # a file that could not be read nor set aside: never written over
        self._notes_kept = False  # a file of them to rewrite, or remove
        self._keep_failed = False  # the last write of the file failed (logged once)
        self._keeping = QTimer(self)  # ``unread`` changed: the file follows (``KEEP_MS``)
        self._keeping.setSingleShot(True)
        self._keeping.setInterval(KEEP_MS)
        self._keeping.timeout.connect(self._keep_notes)
        if self._read_notes_file():
            self._take_back_notes()
        self._move_numbered_drafts()

    @property
    def _keeps_notes(self) -> bool:
        """This tray reads and writes the notes file: it is not kept out of the journal, by
        another tray holding it (``held``) nor by following another Alertmanager (``elsewhere``),
        whether or not it could lock it (code review 71 AG1: ``hold`` is None on a file system
        without locks too, where the tray uses the journal unguarded); and the file is not one
        that could not be read and is left where it was."""
        return self.held is None and not self.elsewhere and not self._notes_left

    def _read_notes_file(self) -> bool:
        """Read the notes kept at the last quit into ``unread`` (after what was typed there
        already this run), once, if this tray keeps them; True when they were read now."""
        if self._notes_read or not self._keeps_notes:
            return False
        self._notes_read = True
        try:
            kept = read_notes(self.folders, self.path, utc_now())
        except UnreadableNotes as exc:
            self.notes_unreadable = exc
            self._notes_left = exc.aside is None  # left where it was: never written over
            return False
        from .incident_draft import after_draft

        for fingerprint, typed in kept.items():
            self.unread[fingerprint] = after_draft(typed, self.unread.get(fingerprint, ""))  # kept first (``taking_back``)
        self._notes_kept = bool(kept)
        return True

    def close_notes_unreadable(self) -> None:
        """The engineer closed the notes panels' line saying the file kept at the last quit
        could not be read: every panel hides it (``notes_unreadable_hidden``) for the rest of
        this run; where the file is stays in the log."""
        problem = self.notes_unreadable
        if problem is not None and not self.notes_unreadable_closed:
            log.info("the line saying the notes kept could not be read was closed; their file is %s",
                     problem.aside or problem.path)
        self.notes_unreadable_closed = True
        self.notes_unreadable_hidden.emit()

    def set_unread(self, fingerprint: str, text: str, source: object = None) -> None:
        """What the box holds over ``fingerprint``'s unread draft is ``text`` now (typed in the
        panel ``source``): the other panels showing it follow (``unread_changed``), and the file
        kept beside the journal at most ``KEEP_MS`` later (code review 71 AG7)."""
        self.unread[fingerprint] = text
        self.unread_changed.emit(fingerprint, source)
        if not self._keeping.isActive():  # not put off by more typing: kept at least every KEEP_MS
            self._keeping.start(KEEP_MS)

    def notes_taken_back(self) -> None:
        """A panel put a note of ``unread`` after its draft, written: the file forgets it now."""
        self._keep_notes()

    def _take_back_notes(self) -> None:
        """Put what was kept at the last quit (``unread``, by ``note_key``) after the draft of the
        box it was typed in (``draft_scope``: its alert's, or its Incidents row's), now that the
        journal reads it (``taken_back_box``, marked: ``mark_taken_back``); one it still cannot
        read stays in ``unread`` for the notes panel."""
        from .incident_draft import DRAFT

        for fingerprint, typed in list(self.unread.items()):
            scope = shifts.draft_scope(fingerprint)  # the box's own (code review 76 AN1: alert:<key>)
            try:
                draft = str(self.state(scope, DRAFT, "")) if self.journal is not None else None
            except JournalError:
                draft = None
            if draft is not None:
                del self.unread[fingerprint]
                self._taking_back[fingerprint] = typed  # kept in the file until written (code review 78 AR1)
                self.save_state(scope, DRAFT, self.taken_back_box(fingerprint, draft, typed),
                                done=lambda _r, error, fp=fingerprint, text=typed: self._taken_back(fp, text, error))
                self.mark_taken_back(fingerprint, typed)

    def taken_back_box(self, key: str, draft: str, typed: str) -> str:
        """What the box of ``key`` (``note_key``) holds once ``typed``, kept at a quit, is taken
        back after its ``draft`` (``drafts.taking_back``): not added again when its mark says it
        was taken back already (code review 79 AT9, 80 AV4); a mark that cannot be read: added."""
        if not typed.strip():
            return draft
        try:
            taken = self.state(TAKEN_BACK_SCOPE, shifts.draft_scope(key), "") if self.journal is not None else ""
        except JournalError:
            taken = ""
        return taking_back(draft, typed, taken if isinstance(taken, str) else "")

    def mark_taken_back(self, key: str, typed: str) -> None:
        """Queue, after the write of the draft ``typed`` was taken back into, its mark
        (``TAKEN_BACK_SCOPE``): written in that order, a stop between them can only add it twice, never
        lose it; removed once the file no longer keeps ``typed`` (``_keep_notes``)."""
        self.save_state(TAKEN_BACK_SCOPE, shifts.draft_scope(key), typed)
        self._marked.add(key)

    def _unmark(self, kept: dict[str, str]) -> None:
        """The file was rewritten (or removed) holding ``kept``: the marks of the notes it no
        longer holds are removed (the same text typed again one day is a new note)."""
        for key in [key for key in self._marked if key not in kept]:
            self._marked.discard(key)
            if self.journal is not None:
                self.submit(self.journal.delete_state, TAKEN_BACK_SCOPE, shifts.draft_scope(key))

    def _move_numbered_drafts(self) -> None:
        """Move the drafts of Incidents rows that the build between code review 75 AM7 and 76 AN2
        kept by incident number (its notes kept at Quit too, taken back above: queued after them)
        to the names their boxes read, those of incidents gone into the shift's observations
        (``core.numbered_drafts``; code review 76 AN3: shown nowhere). Only by a tray that uses
        the journal (``_keeps_notes``)."""
        if self.journal is None or not self._keeps_notes:
            return
        from .translations import translate

        def moved(gone, error: BaseException | None) -> None:
            if error is not None:
                log.error("cannot move the note drafts kept by incident number to their incidents: %s", error)
            elif gone:
                self.journal_changed.emit()  # the shift windows show the observations added

        self.submit(move_old_drafts, self.journal, translate, done=moved)

    def _taken_back(self, fingerprint: str, typed: str, error: BaseException | None) -> None:
        """A note kept at the last quit written into its alert's draft: forgotten from the file;
        not written: kept again (``unread``) until it is."""
        self._taking_back.pop(fingerprint, None)
        if error is not None:
            self.set_unread(fingerprint, self.unread.get(fingerprint, typed))
        self._keep_notes()

    def _kept_now(self) -> dict[str, str]:
        """What the file keeps: ``unread``, after the notes being taken back whose write is not
        done yet (code review 78 AR1's audit: taken out of the file before they were written, a
        SIGKILL meanwhile lost them)."""
        from .incident_draft import after_draft

        kept = dict(self._taking_back)
        for fingerprint, text in self.unread.items():
            kept[fingerprint] = after_draft(kept[fingerprint], text) if fingerprint in kept else text
        return kept

    def _keep_notes(self) -> None:
        """Keep ``unread`` beside the journal (``notes_draft``), or remove the file once empty;
        a failure is logged, once until a write works again (the notes stay in ``unread``), and
        the write tried again every ``RETRY_MS`` until it works, as the settings draft's
        (``DraftKeeper.flush``; code review 73 AJ7: written again only at the next change or the
        quit, a SIGKILL meanwhile lost the notes). Not by a tray that does not keep them
        (``_keeps_notes``), nor over a file that could not be read."""
        self._keeping.stop()
        self._read_notes_file()  # not read yet: this tray uses the journal since (a retry)
        kept = {key: text for key, text in self._kept_now().items() if text.strip()}
        if not self._keeps_notes:
            return
        if not (self._notes_kept or kept):
            self._unmark(kept)
            return
        try:
            where = keep_notes(self.folders, self.path, kept, utc_now())
        except OSError as exc:
            (log.debug if self._keep_failed else log.error)(
                "cannot keep the notes typed over drafts the journal could not read: %s", exc)
            self._keep_failed = True
            self._keeping.start(RETRY_MS)
            return
        if where is not None and not (self._notes_kept and not self._keep_failed):
            log.warning("notes typed over drafts the shift journal could not read kept in %s", where)
        self._notes_kept, self._keep_failed = where is not None, False
        self._unmark(kept)
