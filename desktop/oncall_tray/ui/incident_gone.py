"""A note refused because its Incidents row's incidents are no longer in the shift journal
(``IncidentsGone``: the journal set aside, salvaged or replaced since the row was shown): its
text, with what the box held after it, is moved into the shift's observations, where the
engineer reads, changes or hands it over, and the box of the gone incident is emptied (code
review 76 AN2: put back in the box under the gone incident, it left sight at the window's next
refresh, and its draft was offered on the next incident to take the gone one's number). A mixin
of ``IncidentPanel`` (split out of it for size); GUI thread.
"""

from __future__ import annotations

from ..core.drafts import RefusedNote
from ..core.journal import JournalError
from ..core.numbered_drafts import gone_words
from ..core.observations import add_observations
from ..core.shifts import draft_scope
from .incident_draft import DRAFT, NOTE
from .translations import failure_text, translate, translator_for

TR_CONTEXT = "incident_panel"  # the panel's words
tr = translator_for(TR_CONTEXT)
#: What the status line's message on a note moved to the observations is about.
GONE = (NOTE, "gone")


def gone_line(name: str, text: str) -> str:
    """The observations' line of a note ``text`` typed on an incident of the alert ``name`` that
    is no longer in the shift journal, in the engineer's language."""
    return gone_words(name, text).text(translate)


class GoneNotes:
    """Mixin of ``IncidentPanel``: ``_keep_gone``. Uses the panel's ``controller``, ``key``,
    ``input``, ``autosave``, ``status``, ``_unread`` and ``_gone_waiting`` (a list of (key, alert
    name, text): the moves that failed, tried again at each poll, ``_retry_gone``)."""

    #: what the status line says of the last note moved, said again after the panel shows
    #: another row by itself (the window's refresh, its row gone): once, or for as long as a
    #: move failed and waits (code review 77 AQ1)
    _gone_said: str = ""
    _gone_waiting: list[tuple[str, str, str]]

    def _keep_gone(self, key: str, note: RefusedNote) -> None:
        """``note``, refused as its incidents are gone, typed in the box of ``key`` (a
        ``note_key``): moved with what the box holds after it into the observations of the shift
        open at the write (of the start window's draft when none is open: code review 77 AQ8), one
        line naming its alert; the box and its draft emptied with that write. Not written:
        said under every row shown, with the text, and tried again at each poll until it is (code
        review 77 AQ1: put back under the gone incident, no row showed it again); kept meanwhile
        as the gone incident's draft, which the next start moves there (``_keep_for_restart``)."""
        shown = key == self.key
        try:
            held = self.input.text() if shown else self._unread[key] if key in self._unread \
                else str(self.controller.state(draft_scope(key), DRAFT, ""))
        except JournalError:  # its draft cannot be read: left as it is, the note alone moved
            held = ""
        text = " ".join(part for part in (note.text.strip(), held.strip()) if part)
        if shown:
            self.autosave.load("")  # (the text is the write's now, and said until it is written)
        self._move_gone(key, note.alertname or note.fingerprint, text)

    def _move_gone(self, key: str, name: str, text: str) -> None:
        emptied = () if key in self._unread else ((draft_scope(key), DRAFT),)  # with the move (AQ1)
        for scope, draft in emptied:  # its keep-for-restart, if waiting, never written after the move (code
            self.controller.pending.drop(scope, draft)  # review 78 AR5); kept again if the move fails
        self.controller.submit(add_observations, self.controller.journal, [gone_line(name, text)], emptied,
                               done=lambda opened, error: self._gone_kept(key, name, text, opened, error))

    def _retry_gone(self) -> None:
        """A poll: the moves that failed (``_gone_waiting``) tried again, once each."""
        waiting, self._gone_waiting[:] = list(self._gone_waiting), []
        if self.controller.journal is not None:
            for key, name, text in waiting:
                self._move_gone(key, name, text)
        else:
            self._gone_waiting.extend(waiting)

    def _gone_kept(self, key: str, name: str, text: str, shift_open: bool, error: BaseException | None) -> None:
        if error is not None:
            if (key, name, text) not in self._gone_waiting:
                self._gone_waiting.append((key, name, text))
            self._keep_for_restart(key, text)  # at each failure: the move dropped the save waiting (AR5)
            said = tr("The %1 incident you typed your note on is no longer in the shift journal: the note was not "
                      "written, and could not be moved to the shift's Observations: %2. It is kept here and moved "
                      "there by itself once the journal can be written. Your note: %3")
            self._gone_said = said.replace("%1", name).replace("%2", failure_text(error)).replace(
                "%3", " | ".join(t for _k, _n, t in self._gone_waiting))
            self.status.say(GONE, self._gone_said, True)
            return
        if key in self._unread:  # (its draft, which could not be read, is left as it is)
            self.controller.set_unread(key, "")
        said = (tr("The %1 incident you typed your note on is no longer in the shift journal (set aside or "
                   "replaced since): the note was not written on it. It is in the shift's Observations (the Hand over "
                   "the shift window), for you to read, change or hand over: %2") if shift_open else
                tr("The %1 incident you typed your note on is no longer in the shift journal (set aside or "
                   "replaced since): the note was not written on it. It is in the Observations of the Take over the "
                   "shift window, for you to read, change or hand over: %2")).replace("%1", name).replace("%2", text)
        self._gone_said = said
        self.status.say(GONE, said, True)
        self.controller.journal_changed.emit()  # the end window shows it; the Incidents window as it is now

    def _keep_for_restart(self, key: str, text: str) -> None:
        """A move that failed: ``text`` kept meanwhile as the gone incident's draft (or in
        ``_unread``, kept at the quit, when that draft could not be read), which the next start
        moves into the observations if this run could not (``core.numbered_drafts``). A save of
        the draft still waiting when the move is tried again is dropped (``_move_gone``), so
        that it never writes the note back after the move (code review 78 AR5)."""
        if key in self._unread:
            self.controller.set_unread(key, text)
        else:
            self.controller.save_state(draft_scope(key), DRAFT, text)

    def _say_gone_again(self) -> None:
        """Another row shown: what was said of the last note moved is said once more (the
        window's refresh shows another row by itself when the row is gone), and again at each
        row while a move waits (``_gone_waiting``)."""
        said = self._gone_said
        if not self._gone_waiting:
            self._gone_said = ""
        if said:
            self.status.say(GONE, said, True)
