"""A note refused because its Incidents row's incidents are no longer in the shift journal
(``IncidentsGone``: the journal set aside, salvaged or replaced since the row was shown): its
text, with what the box held after it, is moved into the shift's observations, where the
engineer reads, changes or hands it over, and the box of the gone incident is emptied (code
review 76 AN2: put back in the box under the gone incident, it left sight at the window's next
refresh, and its draft was offered on the next incident to take the gone one's number). A mixin
of ``IncidentPanel`` (split out of it for size); GUI thread.
"""

from __future__ import annotations

from ..core.drafts import RefusedNote, with_items
from ..core.journal import JournalError
from ..core.shifts import START_SCOPE, draft_scope, shift_scope
from .incident_draft import DRAFT, NOTE
from .translations import failure_text, translator_for

TR_CONTEXT = "incident_panel"  # the panel's words
tr = translator_for(TR_CONTEXT)
#: The key of the observations in the start and end windows' drafts (``START_SCOPE``, ``shift_scope``).
OBSERVATIONS = "observations"
#: What the status line's message on a note moved to the observations is about.
GONE = (NOTE, "gone")


def gone_line(name: str, text: str) -> str:
    """The observations' line of a note ``text`` typed on an incident of the alert ``name`` that
    is no longer in the shift journal, in the engineer's language."""
    return tr("Note on %1, not written: its incident is no longer in the shift journal: %2").replace(
        "%1", name).replace("%2", text)


class GoneNotes:
    """Mixin of ``IncidentPanel``: ``_keep_gone``. Uses the panel's ``controller``, ``key``,
    ``input``, ``autosave``, ``status``, ``_unread`` and ``_written``."""

    #: what the status line says of the last note moved, said again once after the panel shows
    #: another row by itself (the window's refresh, its row gone), then no more
    _gone_said: str = ""

    def _keep_gone(self, key: str, note: RefusedNote) -> None:
        """``note``, refused as its incidents are gone, typed in the box of ``key`` (a
        ``note_key``): moved with what the box holds after it into the observations of the open
        shift (of the start window's draft when none is open), one line naming its alert; the
        box and its draft emptied once that is written. Not written: back in the box, or in its
        draft when another row is shown by now, said with the error."""
        shown = key == self.key
        try:
            held = self.input.text() if shown else self._unread[key] if key in self._unread \
                else str(self.controller.state(draft_scope(key), DRAFT, ""))
        except JournalError:  # its draft cannot be read: left as it is, the note alone moved
            held = ""
        text = " ".join(part for part in (note.text.strip(), held.strip()) if part)
        name = note.alertname or note.fingerprint
        line = gone_line(name, text)
        shift = self.controller.shift
        scope = shift_scope(shift.id) if shift is not None else START_SCOPE
        if shown:
            self.autosave.load("")  # (the text is the write's now; back in the box if it fails)
        self.controller.submit(self.controller.journal.update_state, scope, OBSERVATIONS,
                               lambda current: with_items(current, [line]),
                               done=lambda _r, error: self._gone_kept(key, name, text, shift is not None, error))

    def _gone_kept(self, key: str, name: str, text: str, shift_open: bool, error: BaseException | None) -> None:
        if error is not None:
            if key == self.key:
                self.input.setText(text)  # saved as the box's draft, as before the move
            elif key in self._unread:
                self.controller.set_unread(key, text)
            else:
                self.controller.save_state(draft_scope(key), DRAFT, text)
            self.status.say(GONE, tr("The %1 incident you typed your note on is no longer in the shift journal: the "
                                     "note was not written, and could not be moved to the shift's Observations: %2. "
                                     "It stays in the box.").replace("%1", name).replace("%2", failure_text(error)),
                            True)
            return
        if key in self._unread:
            self.controller.set_unread(key, "")
        else:
            self.controller.save_state(draft_scope(key), DRAFT, "")
        said = (tr("The %1 incident you typed your note on is no longer in the shift journal (set aside or "
                   "replaced since): the note was not written on it. It is in the shift's Observations (the Hand over "
                   "the shift window), for you to read, change or hand over: %2") if shift_open else
                tr("The %1 incident you typed your note on is no longer in the shift journal (set aside or "
                   "replaced since): the note was not written on it. It is in the Observations of the Take over the "
                   "shift window, for you to read, change or hand over: %2")).replace("%1", name).replace("%2", text)
        self._gone_said = said
        self.status.say(GONE, said, True)
        self.controller.journal_changed.emit()  # the end window shows it; the Incidents window as it is now

    def _say_gone_again(self) -> None:
        """Another row shown: what was said of the last note moved is said once more (the
        window's refresh shows another row by itself when the row is gone)."""
        said, self._gone_said = self._gone_said, ""
        if said:
            self.status.say(GONE, said, True)
