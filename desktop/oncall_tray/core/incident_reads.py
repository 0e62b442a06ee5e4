"""The incidents the journal holds, read (no Qt; ``shifts`` re-exports them): those still open,
what the engineer did about them (``recorded_responses``), one by number or by alert, those
resolved lately, and every alert the journal has seen (split from ``shifts``)."""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from .journal import Journal
from .journal_schema import INCIDENT_COLUMNS, EventKind, Incident, incident_from_row, ts  # Incident: re-exported by shifts


def _storable(number: int) -> bool:
    """True when SQLite can hold ``number`` (a signed 64-bit integer): an id typed on the command
    line may be anything."""
    return -(2 ** 63) <= number < 2 ** 63



def open_incidents(journal: Journal) -> list[Incident]:
    """Incidents whose alert still fires."""
    rows = journal.query(f"SELECT {INCIDENT_COLUMNS} FROM incidents WHERE resolved_at IS NULL "
                         "ORDER BY opened_at, id")
    return [incident_from_row(r) for r in rows]


def escalated_levels(journal: Journal) -> dict[str, str]:
    """Fingerprint -> the highest level ("L2", "L3") the engineer escalated an alert that still
    fires to (open incidents only: a resolved alert that fires again starts over), from the tray
    or the command line. The attention monitor does not ask again for what is done.

    Raises:
        JournalError: the journal cannot be read.
    """
    return recorded_responses(journal).escalated


class Responses(NamedTuple):
    """What the engineer recorded about the alerts still firing (``recorded_responses``), each a
    mapping by fingerprint.

    Attributes:
        escalated: the highest level escalated to ("L2", "L3"; ``escalated_levels``).
        acknowledged_at: when it was acknowledged during this firing (UTC; the response clock
            stays stopped there whatever becomes of the silence: ``sla.Acknowledgements``).
        awaiting_answer: when it was escalated to that level (UTC; its answer is due
            ``sla.ANSWER_WITHIN`` later), for those whose answer was not recorded.
        answered_at: when the level escalated to answered (UTC; ``Journal.record_answer``: no
            reminder then).
        escalated_at: when it was escalated to that level (UTC), answered or not (L2's
            resolution is due ``SlaPolicy.l2_resolve`` later).
    """

    escalated: dict[str, str]
    acknowledged_at: dict[str, dt.datetime]
    awaiting_answer: dict[str, dt.datetime]
    answered_at: dict[str, dt.datetime]
    escalated_at: dict[str, dt.datetime]


def recorded_responses(journal: Journal) -> Responses:
    """What the engineer did about the alerts still firing, from the tray or the command line,
    in one read of the open incidents (``Responses``).

    Raises:
        JournalError: the journal cannot be read.
    """
    still_open = open_incidents(journal)
    return Responses({i.fingerprint: i.escalation for i in still_open if i.escalation},
                     {i.fingerprint: i.acknowledged_at for i in still_open if i.acknowledged_at},
                     {i.fingerprint: i.escalated_at for i in still_open
                      if i.escalation and i.escalated_at and i.answered_at is None},
                     {i.fingerprint: i.answered_at for i in still_open if i.escalation and i.answered_at},
                     {i.fingerprint: i.escalated_at for i in still_open if i.escalation and i.escalated_at})


def resolved_incidents(journal: Journal, since: dt.datetime) -> list[Incident]:
    """Incidents resolved at or after ``since``, latest first (the after-incident steps)."""
    rows = journal.query(f"SELECT {INCIDENT_COLUMNS} FROM incidents WHERE resolved_at >= ? "
                         "ORDER BY resolved_at DESC, id DESC",
                         (ts(since),))
    return [incident_from_row(r) for r in rows]


def incident(journal: Journal, incident_id: int) -> Incident | None:
    """One incident by number (None when there is no such incident)."""
    if not _storable(incident_id):
        return None
    rows = journal.query(f"SELECT {INCIDENT_COLUMNS} FROM incidents WHERE id = ?", (incident_id,))
    return incident_from_row(rows[0]) if rows else None


def latest_incident(journal: Journal, fingerprint: str) -> Incident | None:
    """The alert's latest incident (open or not), None when it was never handled."""
    rows = journal.query(f"SELECT {INCIDENT_COLUMNS} FROM incidents WHERE fingerprint = ? "
                         "ORDER BY id DESC LIMIT 1", (fingerprint,))
    return incident_from_row(rows[0]) if rows else None


def known_alerts(journal: Journal) -> dict[str, str]:
    """Fingerprint -> alert name of every alert the journal has seen firing or handled, also
    one resolved since without being handled (review 29: a note on it was refused as "no alert
    in the journal"), to resolve a fingerprint prefix typed on the command line."""
    rows = journal.query("SELECT fingerprint, alertname FROM firing UNION "
                         "SELECT fingerprint, alertname FROM incidents UNION "
                         "SELECT DISTINCT fingerprint, alertname FROM events WHERE kind = ? AND fingerprint <> ''",
                         (EventKind.FIRED.value,))
    return {r["fingerprint"]: r["alertname"] for r in rows}
