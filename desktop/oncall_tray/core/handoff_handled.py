"""The end report's incidents handled, with every note written on them (no Qt; ``handoff``,
split out for size).

The guide's line (``1. [AlertName] - [HH:MM] - Resolvido/Escalado - [Breve descrição]``) takes
the latest note as its description; the notes before it follow under the line, oldest first,
each with its time (``earlier_notes``): fresh-user review 71 AP1, the first note ("Reiniciei o
pod …", the action taken) reached the next engineer nowhere.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from .alert_order import named
from .handoff_folded import IncidentFold
from .journal_schema import Incident
from .names import cut_at_word

#: Characters of a note the handoff gives on one line as the incident's line's description.
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


def shown_notes(notes: Sequence[tuple[dt.datetime | None, str]]) -> tuple[list[tuple[dt.datetime | None, str]], int]:
    """Of an incident's ``earlier_notes``, those the handoff lists (all up to
    ``EARLIER_NOTES_SHOWN``; else the oldest ``EARLIER_NOTES_SHOWN - 1``, the first, the action
    taken, among them) and how many more it leaves out (0, or 2 at least)."""
    if len(notes) <= EARLIER_NOTES_SHOWN:
        return list(notes), 0
    return list(notes[:EARLIER_NOTES_SHOWN - 1]), len(notes) - EARLIER_NOTES_SHOWN + 1


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
    of ``notes`` was written (UTC, in their order, oldest first); empty when not known."""

    incident: Incident
    notes: Sequence[str]
    telling: str = ""
    fold: IncidentFold | None = None
    noted_at: Sequence[dt.datetime] = ()

    @property
    def name(self) -> str:
        """How the handoff names it (``incident_name``); with ``fold``, the incidents of its act it
        stands for (``IncidentFold.name``: "PodCrashLooping ×250 (omnichannel / …)"; review 68 AF1)."""
        single = incident_name(self.incident, self.telling)
        return self.fold.name(single) if self.fold is not None else single

    @property
    def description(self) -> str:
        """The guide's "[Breve descrição]": the latest note, else the summary, on one line (``one_line_cut``)."""
        return one_line_cut(self.notes[-1] if self.notes else (self.fold and self.fold.summary) or self.incident.summary)

    @property
    def earlier_notes(self) -> list[tuple[dt.datetime | None, str]]:
        """The notes before the latest (which ``description`` gives), oldest first, each (when it
        was written, UTC, None when not known; its text on one line, ``one_line_cut`` at
        ``EARLIER_NOTE_LIMIT``): what the handoff lists under the incident's line (``shown_notes``),
        so that every note of it reaches the next engineer once (fresh-user review 71 AP1)."""
        times = list(self.noted_at) if len(self.noted_at) == len(self.notes) else [None] * len(self.notes)
        return [(when, one_line_cut(text, EARLIER_NOTE_LIMIT)) for when, text in zip(times[:-1], self.notes[:-1], strict=True)
                if text.strip()]
