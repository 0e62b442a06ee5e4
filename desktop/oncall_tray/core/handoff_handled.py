"""The end report's incidents handled, with every note written on them (no Qt; ``handoff``,
split out for size).

The guide's line (``1. [AlertName] - [HH:MM] - Resolvido/Escalado - [Breve descrição]``) takes
the latest note as its description; the notes before it follow under the line, oldest first,
each with its time (``earlier_notes``): fresh-user review 71 AP1, the first note ("Reiniciei o
pod …", the action taken) reached the next engineer nowhere. Only the notes written during the
shift are listed (``shift_notes``), each naming its author when not the shift's engineer; those of
earlier shifts, in their own handoffs already, are counted in one line (fresh-user review 72 AS2).
"During the shift" runs from the previous handoff's end, not the shift's start: a note written
between the two is in no earlier handoff (code review 79 AT4).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from .alert_order import named
from .handoff_folded import IncidentFold
from .journal_schema import Event, Incident
from .names import cut_at_word

#: Characters of an alert's summary the handoff gives as the incident's line's description (a
#: note is given up to ``EARLIER_NOTE_LIMIT``: fresh-user review 72 AS1, a note cut at 140 lost its
#: diagnosis, which reached the next engineer nowhere).
DESCRIPTION_LIMIT = 140
#: Characters of an earlier note the handoff gives under the incident's line (code review 78 AR7:
#: cut at 140, the first note, the action taken, arrived cut). Cut still: the handoff is pasted in
#: chat, and a note may hold a log pasted whole; every note is whole in the Incidents window.
EARLIER_NOTE_LIMIT = 500
#: Earlier notes the handoff lists under one incident's line, as the start report caps its lists
#: (review 68 AF3); more: the oldest ``EARLIER_NOTES_SHOWN - 1`` and how many more (code review 78 AR7).
EARLIER_NOTES_SHOWN = 25


def one_line_cut(text: str, limit: int = DESCRIPTION_LIMIT) -> str:
    """``text`` on one line (its whitespace runs one space), at most ``limit`` characters, cut at
    a word boundary where one is near (``names.cut_at_word``), "…" ending it when cut."""
    return cut_at_word(" ".join(text.split()), limit)


def shown_notes(notes: Sequence[tuple[dt.datetime | None, str, str]]) -> tuple[list[tuple[dt.datetime | None, str, str]], int]:
    """Of an incident's ``earlier_notes``, those the handoff lists (all up to
    ``EARLIER_NOTES_SHOWN``; else the oldest ``EARLIER_NOTES_SHOWN - 1``, the first, the action
    taken, among them) and how many more it leaves out (0, or 2 at least)."""
    if len(notes) <= EARLIER_NOTES_SHOWN:
        return list(notes), 0
    return list(notes[:EARLIER_NOTES_SHOWN - 1]), len(notes) - EARLIER_NOTES_SHOWN + 1


def shift_notes(notes: Sequence[Event], since: dt.datetime | None) -> tuple[list[Event], int]:
    """Of an incident's notes (oldest first), those a shift's handoff lists, and how many it leaves
    out, written before ``since`` (UTC): the end of the handoff the shift took over from (its notes
    are in that handoff or an earlier one), None when there was none (every note listed). Fresh-user
    review 72 AS2: notes handed over by an earlier shift came back in every later handoff, with no
    author, read as the outgoing engineer's; code review 79 AT4: cut at the shift's start, a note
    written after the previous handoff and before the shift started was in no handoff. The notes
    written since; when there is none, the incident's latest note (the state the incident was left
    in: the line's description needs one, and the latest tells more than the first), the rest
    counted."""
    listed = [note for note in notes if since is None or note.at >= since] or list(notes[-1:])
    return listed, len(notes) - len(listed)


def note_author(actor: str, engineer: str) -> str:
    """The author a handoff names for a note ``actor`` wrote in ``engineer``'s shift: ``actor``
    when both are known and differ, else "" (the shift's engineer, or unknown). Code review 79 AT5:
    a shift started with no name has its notes signed by the ``engineer`` setting
    (``shifts.on_call_engineer``), and named its engineer as a stranger on each of them."""
    return actor.strip() if actor.strip() and engineer.strip() and actor.strip() != engineer.strip() else ""


def incident_name(incident: Incident, telling: str = "") -> str:
    """How the handoff names an incident: its alert's name (its fingerprint when it has none),
    with ``telling``, the labels that tell it from another incident of the same name and place
    (``core.alert_order.telling_all``): "PodCrashLooping (pod=api-1)" (review 33: two pods'
    incidents and their follow-ups read the same)."""
    return named(incident.alertname or incident.fingerprint, telling)


@dataclass(frozen=True)
class HandledIncident:
    """An incident of the shift with the engineer's notes on it; ``description`` is one line
    from the notes (the latest), else the alert's summary (a ``fold``'s ``summary``). ``telling``:
    the labels that tell its alert from another incident's of the same name and place
    ("pod=api-1"; ``core.alert_order.telling_all``), "" when none does. ``noted_at``: when each
    of ``notes`` was written (UTC, in their order, oldest first); empty when not known.
    ``authors``: who wrote each of ``notes``, "" for the shift's engineer (empty: all by them).
    ``earlier_shifts``: how many notes of it, written before the shift began, are not in ``notes``
    (``shift_notes``; fresh-user review 72 AS2)."""

    incident: Incident
    notes: Sequence[str]
    telling: str = ""
    fold: IncidentFold | None = None
    noted_at: Sequence[dt.datetime] = ()
    authors: Sequence[str] = ()
    earlier_shifts: int = 0

    @property
    def name(self) -> str:
        """How the handoff names it (``incident_name``); with ``fold``, the incidents of its act it
        stands for (``IncidentFold.name``: "PodCrashLooping ×250 (omnichannel / …)"; review 68 AF1)."""
        single = incident_name(self.incident, self.telling)
        return self.fold.name(single) if self.fold is not None else single

    @property
    def description(self) -> str:
        """The guide's "[Breve descrição]" on one line (``one_line_cut``): the latest note up to
        ``EARLIER_NOTE_LIMIT`` characters (fresh-user review 72 AS1: cut at 140, its diagnosis
        reached no one), else the summary up to ``DESCRIPTION_LIMIT``."""
        if self.notes:
            return one_line_cut(self.notes[-1], EARLIER_NOTE_LIMIT)
        return one_line_cut((self.fold and self.fold.summary) or self.incident.summary)

    def _authors(self) -> list[str]:
        return list(self.authors) if len(self.authors) == len(self.notes) else [""] * len(self.notes)

    def _times(self) -> list[dt.datetime | None]:
        return list(self.noted_at) if len(self.noted_at) == len(self.notes) else [None] * len(self.notes)

    @property
    def description_by(self) -> tuple[str, dt.datetime | None]:
        """Who wrote the note ``description`` gives, when not the shift's engineer ("" when they
        did, or it is the summary), and when (UTC, None when not known)."""
        if not self.notes:
            return "", None
        return self._authors()[-1], self._times()[-1]

    @property
    def earlier_notes(self) -> list[tuple[dt.datetime | None, str, str]]:
        """The notes before the latest (which ``description`` gives), oldest first, each (when it
        was written, UTC, None when not known; its text on one line, ``one_line_cut`` at
        ``EARLIER_NOTE_LIMIT``; its author, "" when the shift's engineer): what the handoff lists
        under the incident's line (``shown_notes``), so that every note of the shift reaches the
        next engineer once (fresh-user review 71 AP1, 72 AS2)."""
        return [(when, one_line_cut(text, EARLIER_NOTE_LIMIT), author) for when, text, author
                in zip(self._times()[:-1], self.notes[:-1], self._authors()[:-1], strict=True) if text.strip()]


def handled_incident(group: IncidentFold, notes: Sequence[Event], telling: Mapping[str, str],
                     engineer: str, since: dt.datetime | None) -> HandledIncident:
    """The end report's line of ``group`` (a ``fold``), with the notes of its first incident
    (``notes``, oldest first) that the shift of ``engineer`` (who is on call in it:
    ``shifts.on_call_engineer``, ``EndReport.outgoing``) hands over (``shift_notes``: those
    written since ``since``, UTC, the end of the handoff it took over from, None when none; each
    naming its author as ``note_author`` does; fresh-user review 72 AS2, code review 79 AT4, AT5:
    a shift started with no name names the others' notes too)."""
    listed, before = shift_notes(notes, since)
    return HandledIncident(group.first, [e.text for e in listed], telling.get(group.first.fingerprint, ""),
                           group if group.folded else None, [e.at for e in listed],
                           [note_author(e.actor, engineer) for e in listed], before)
