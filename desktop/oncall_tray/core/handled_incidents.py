"""The incidents a shift handled, as the journal tells (no Qt; ``shifts`` re-exports them): the one
rule of the handoff's "Incidents Handled" and the *Incidents* window (``incidents``), and what was
handled between two shifts (``handled_between``)."""

from __future__ import annotations

import datetime as dt

from .journal import Journal
from .journal_notes import ITS_EVENT
from .journal_schema import HANDLING, HANDLING_EVENT, INCIDENT_COLUMNS, Incident, incident_from_row, ts


def incidents(journal: Journal, since: dt.datetime | None = None, until: dt.datetime | None = None) -> list[Incident]:
    """Incidents handled in ``[since, until]`` (UTC; None: no bound), in the order they were
    taken on: taken on in it, resolved in it, or acknowledged, escalated or noted in it
    (``HANDLING``). One taken on before ``since`` and left alone in it, still open after it,
    is not: the shift before handled it, and this one has it among its pending items ("Follow up
    X"; review 25: the next engineer's handoff claimed it as hers). One resolved in it is, with
    the guide's "Resolvido" (the pending "Follow up X" it was handed over as closes there).
    An event written on an incident (``data["incident"]``: a note, escalation or answer from the
    Incidents window, or a note by alert on its current incident) counts for that one alone
    (code review 75 AM1: a post-mortem note on yesterday's incident made the pod's newer one,
    inherited untouched, "handled" by this shift); one naming none, for the alert's incident
    open when it was written.
    The one rule of the handoff's "Incidents Handled" and the *Incidents* window."""
    where, params = ["1"], []
    if until is not None:
        where.append("opened_at <= ?")
        params.append(ts(until))
    if since is not None:
        where.append("(resolved_at IS NULL OR resolved_at >= ?)")
        params.append(ts(since))
        handled, handled_params = _handled_in(since, until)
        where.append(f"(opened_at >= ? OR (resolved_at IS NOT NULL AND resolved_at <= ?) OR {handled})")
        params += [ts(since), ts(until) if until is not None else "9999", *handled_params]
    rows = journal.query(f"SELECT {INCIDENT_COLUMNS} FROM incidents WHERE {' AND '.join(where)} "
                         "ORDER BY opened_at, id",
                         tuple(params))
    return [incident_from_row(r) for r in rows]


def _handled_in(since: dt.datetime, until: dt.datetime | None) -> tuple[str, list[str]]:
    """The SQL condition (on a row of ``incidents``) "the engineer acknowledged, escalated, noted it
    or recorded its escalation's answer in ``[since, until]``" (``HANDLING``; until None: no end),
    each event counting for its own incident (``ITS_EVENT``), and its parameters."""
    kinds = ",".join("?" * len(HANDLING))
    return (f"EXISTS (SELECT 1 FROM events WHERE events.fingerprint = incidents.fingerprint AND events.kind IN "
            f"({kinds}) AND {HANDLING_EVENT} AND events.at >= ? AND events.at <= ? AND {ITS_EVENT})",
            [*(kind.value for kind in HANDLING), ts(since), ts(until) if until is not None else "9999"])


def handled_between(journal: Journal, since: dt.datetime, until: dt.datetime) -> list[Incident]:
    """The incidents the engineer acknowledged, escalated, noted or recorded an answer on in
    ``[since, until]`` (UTC), in the order they were taken on: ``incidents``' rule of handling
    alone (not those merely opened or resolved then; nor one resolved before ``since``, as there).
    The handoff's "between two shifts": after a
    handoff and before the next shift's start, what was done is in no earlier handoff (code review
    79 AT4 for the notes; an acknowledgement or escalation then was only a pending "Follow up").

    Raises:
        JournalError: the journal cannot be read.
    """
    handled, params = _handled_in(since, until)
    rows = journal.query(f"SELECT {INCIDENT_COLUMNS} FROM incidents WHERE opened_at <= ? AND (resolved_at IS NULL "
                         f"OR resolved_at >= ?) AND {handled} ORDER BY opened_at, id", (ts(until), ts(since), *params))
    return [incident_from_row(r) for r in rows]
