"""The notes of the incidents a folded row stands for, each said once (no Qt).

The Incidents window folds the incidents of one act in one row (``handoff_folded``); its notes
panel showed the first member's notes alone, as if the row were one pod's. A note or an
escalation added from a folded row is written on every member incident, in one transaction at
one time (code review 74 AL3, AL8); a note added on one member alone (the command line, before
the act) is that member's. A row's notes are its incidents' (``Journal.incident_notes``), not
its alerts' latest episodes (code review 74 AL2: a pod firing again today lost yesterday's).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from .journal import Journal
from .journal_schema import Event

#: How far apart the copies of one note written to the members of a row may be (one time since
#: code review 74 AL8; journals written before then hold copies seconds apart).
SAME_NOTE = dt.timedelta(minutes=1)


def folded_notes(journal: Journal, fingerprints: Sequence[str] = (),
                 incidents: Sequence[int] = ()) -> list[tuple[Event, tuple[str, ...]]]:
    """The notes, escalations and answers of the incidents ``incidents`` (ids: an Incidents
    row's members, the shown one first; ``Journal.incident_notes``), or when none are given of
    the alerts ``fingerprints``' latest episodes (``Journal.notes_and_escalations``: the alerts
    window's), oldest first, each note as its first copy and the fingerprints holding it: copies
    of one note (same kind, text and author, written within ``SAME_NOTE`` of the first, on
    different members) are one.

    Raises:
        JournalError: the journal cannot be read.
    """
    found: list[tuple[Event, list[str]]] = []
    read = [journal.incident_notes(i) for i in dict.fromkeys(incidents)] if incidents else [
        (fingerprint, journal.notes_and_escalations(fingerprint)) for fingerprint in dict.fromkeys(fingerprints)]
    for fingerprint, events in read:
        for event in events:
            same = next((holders for first, holders in found
                         if fingerprint not in holders and first.kind is event.kind and first.text == event.text
                         and first.actor == event.actor and abs(event.at - first.at) <= SAME_NOTE), None)
            if same is None:
                found.append((event, [fingerprint]))
            else:
                same.append(fingerprint)
    found.sort(key=lambda entry: (entry[0].at, entry[0].id))
    return [(event, tuple(holders)) for event, holders in found]
