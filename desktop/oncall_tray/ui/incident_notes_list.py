"""The notes list of the notes panel (``IncidentPanel``, split out for size): the notes and the
recorded escalations of the alert shown, or of every member of a folded Incidents row, those
the members share once (``core.folded_notes``; the builders' finding after code review 73: a
folded row showed its first pod's notes, titled for that pod). GUI thread."""

from __future__ import annotations

from collections.abc import Sequence

from ..core.alert_order import where_labels
from ..core.handoff import local_time
from ..core.handoff_folded import IncidentFold
from ..core.journal_schema import Event, EventKind, Incident
from ..core.names import name_list
from .plain import plain_rich_text
from .translations import translator_for

TR_CONTEXT = "incident_panel"  # the notes panel's words
tr = translator_for(TR_CONTEXT)


class NotesList:
    """Mixin of ``IncidentPanel``: uses its ``controller``, ``fingerprint``, ``_others`` (the
    other members' alerts of a folded row), ``notes`` (a QListWidget), ``title``, ``_escalations``
    and ``_answers`` (the *Escalated to…* menu's actions), and sets ``_note_count``."""

    _places: dict[str, str]  # a folded row's members: fingerprint -> where it fires ({} for one incident)

    def _fold_members(self, incident: Incident | None, members: Sequence[Incident]) -> None:
        """Keep what the list says of a folded row's ``members`` (``incident`` first): the
        other members' alerts (``_others``) and their places; none for one incident."""
        shown = incident.fingerprint if incident is not None else ""
        self._others = tuple(dict.fromkeys(i.fingerprint for i in members if i.fingerprint != shown))
        self._places = {i.fingerprint: where_labels(i.labels) for i in members} if self._others else {}

    def _fold_title(self, members: Sequence[Incident]) -> None:
        """Title the panel for a folded row: "Notes on PodCrashLooping ×60" (``IncidentFold.head``)."""
        if len(members) > 1:
            self.title.setText(tr("Notes on %1").replace("%1", IncidentFold(tuple(members)).head()))

    def _fit_menu(self, notes: Sequence[Event]) -> None:
        """Offer in *Escalated to…* what can be recorded now (``notes``: the episode's, with its
        escalations and answers): an escalation above the level recorded, and that level's
        answer until it is recorded (review 44 F5: every item offered, whatever was recorded)."""
        level, answered = "L1", False
        for note in notes:
            if note.kind is EventKind.ESCALATED and note.text > level:
                level, answered = note.text, False
            elif note.kind is EventKind.ANSWERED and note.text == level:
                answered = True
        for each, action in self._escalations.items():
            action.setEnabled(each > level)
        for each, action in self._answers.items():
            action.setEnabled(each == level and not answered)

    def _show_notes(self, held: Sequence[tuple[Event, tuple[str, ...]]]) -> None:
        """The notes and the recorded escalations ("14:05 ana: Escalated to L2"), oldest first,
        each with the members holding it (``core.folded_notes``): one a folded row's members do not all
        hold says whose it is ("14:05 bruno: pod sem memória (omnichannel / pod-005:8080)")."""
        zone, now = self.controller.zone, self.controller.now()
        notes = [note for note, _holders in held]
        self._note_count = sum(1 for note in notes if note.kind is EventKind.NOTE)
        words = {EventKind.ESCALATED: tr("Escalated to %1"), EventKind.ANSWERED: tr("%1 answered")}

        def whose(holders: tuple[str, ...]) -> str:
            if not self._places or len(holders) >= len(self._places):
                return ""
            return f" ({name_list(sorted(self._places.get(fp, fp) for fp in holders))})"
        lines = [f"{local_time(note.at, zone, now, self.controller.translate)}{f' {note.actor}' if note.actor else ''}: "
                 + (words[note.kind].replace("%1", note.text) if note.kind in words else note.text) + whose(holders)
                 for note, holders in held]
        if lines != [self.notes.item(i).text() for i in range(self.notes.count())]:  # at every poll: no flicker
            self.notes.clear()
            self.notes.addItems(lines)
            for row, note in enumerate(notes):  # the escalation message as sent (review 28), on hover
                if note.kind is EventKind.ESCALATED and note.data.get("message"):
                    self.notes.item(row).setToolTip(plain_rich_text(str(note.data["message"])))
