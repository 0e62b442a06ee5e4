"""Shifts and incidents in the journal: starting and ending a shift, the open shift, past
handoffs, the incidents of a period (no Qt).

What the engineer types before it is final lives in the journal's ``state`` under these scopes:
``START_SCOPE`` (the shift start window, before it is confirmed), ``shift_scope(id)`` (the end
window of the open shift), ``alert_scope(fingerprint)`` (a note being written) and
``incident_scope(id)`` (the after-incident checklist and its reminders).
"""

from __future__ import annotations

import datetime as dt

from .journal import Journal, JournalError
from .journal_schema import EventKind, Incident, Shift, incident_from_row, shift_from_row, ts

START_SCOPE = "start"


def shift_scope(shift_id: int) -> str:
    """The state scope of one shift (pending items, observations, incoming engineer)."""
    return f"shift:{shift_id}"


def alert_scope(fingerprint: str) -> str:
    """The state scope of one alert (the note being written)."""
    return f"alert:{fingerprint}"


def incident_scope(incident_id: int) -> str:
    """The state scope of one incident (after-incident ticks, dismissed reminders)."""
    return f"incident:{incident_id}"


class ShiftAlreadyOpen(JournalError):
    """A shift is open already (``shift``): end it before starting another."""

    def __init__(self, shift: Shift) -> None:
        self.shift = shift
        super().__init__(f"shift {shift.id} of {shift.engineer or '?'} is open since "
                         f"{shift.started_at:%Y-%m-%d %H:%M} UTC")


class NoOpenShift(JournalError):
    """No shift is open (or not the one named)."""


def open_shift(journal: Journal) -> Shift | None:
    """The shift not handed over yet, None when there is none."""
    rows = journal.query("SELECT * FROM shifts WHERE ended_at IS NULL")
    return shift_from_row(rows[0]) if rows else None


def start_shift(journal: Journal, engineer: str, *, markdown: str = "", source: str = "",
                at: dt.datetime | None = None) -> Shift:
    """Record the start of a shift by ``engineer`` with the confirmed start checklist
    (``markdown``); the start window's draft is cleared in the same transaction.

    Raises:
        ShiftAlreadyOpen: a shift is open.
    """
    with journal.transaction(at) as tx:
        row = tx.conn.execute("SELECT * FROM shifts WHERE ended_at IS NULL").fetchone()
        if row is not None:
            raise ShiftAlreadyOpen(shift_from_row(row))
        cursor = tx.conn.execute("INSERT INTO shifts (engineer, started_at, start_markdown) VALUES (?, ?, ?)",
                                 (engineer, ts(tx.now), markdown))
        tx.conn.execute("DELETE FROM state WHERE scope = ?", (START_SCOPE,))
        tx.event(EventKind.SHIFT_STARTED, actor=engineer, source=source, data={"shift": cursor.lastrowid})
        return Shift(cursor.lastrowid, engineer, tx.now, start_markdown=markdown)


def end_shift(journal: Journal, shift_id: int, *, incoming: str = "", markdown: str = "", source: str = "",
              at: dt.datetime | None = None) -> Shift:
    """Record the handoff of the open shift ``shift_id`` to ``incoming`` with the end report.

    Raises:
        NoOpenShift: that shift is not open (ended already, from another window or process).
    """
    with journal.transaction(at) as tx:
        row = tx.conn.execute("SELECT * FROM shifts WHERE id = ? AND ended_at IS NULL", (shift_id,)).fetchone()
        if row is None:
            raise NoOpenShift(f"shift {shift_id} is not open")
        tx.conn.execute("UPDATE shifts SET ended_at = ?, incoming = ?, end_markdown = ? WHERE id = ?",
                        (ts(tx.now), incoming, markdown, shift_id))
        shift = shift_from_row(row)
        tx.event(EventKind.SHIFT_ENDED, actor=shift.engineer, source=source,
                 data={"shift": shift_id, "incoming": incoming})
        return Shift(shift.id, shift.engineer, shift.started_at, tx.now, incoming, shift.start_markdown, markdown)


def shift(journal: Journal, shift_id: int) -> Shift | None:
    """One shift by number."""
    rows = journal.query("SELECT * FROM shifts WHERE id = ?", (shift_id,))
    return shift_from_row(rows[0]) if rows else None


def past_shifts(journal: Journal, limit: int = 500) -> list[Shift]:
    """Shifts handed over, newest first."""
    rows = journal.query("SELECT * FROM shifts WHERE ended_at IS NOT NULL ORDER BY ended_at DESC, id DESC LIMIT ?",
                         (limit,))
    return [shift_from_row(r) for r in rows]


def last_handoff(journal: Journal) -> Shift | None:
    """The latest shift handed over (its end report is the "previous shift's handoff notes")."""
    shifts = past_shifts(journal, 1)
    return shifts[0] if shifts else None


def incidents(journal: Journal, since: dt.datetime | None = None, until: dt.datetime | None = None) -> list[Incident]:
    """Incidents handled at some moment of ``[since, until]`` (taken on before ``until``, not
    resolved before ``since``), in the order they were taken on."""
    where, params = ["1"], []
    if until is not None:
        where.append("opened_at <= ?")
        params.append(ts(until))
    if since is not None:
        where.append("(resolved_at IS NULL OR resolved_at >= ?)")
        params.append(ts(since))
    rows = journal.query(f"SELECT * FROM incidents WHERE {' AND '.join(where)} ORDER BY opened_at, id",
                         tuple(params))
    return [incident_from_row(r) for r in rows]


def open_incidents(journal: Journal) -> list[Incident]:
    """Incidents whose alert still fires."""
    rows = journal.query("SELECT * FROM incidents WHERE resolved_at IS NULL ORDER BY opened_at, id")
    return [incident_from_row(r) for r in rows]


def resolved_incidents(journal: Journal, since: dt.datetime) -> list[Incident]:
    """Incidents resolved at or after ``since``, latest first (the after-incident steps)."""
    rows = journal.query("SELECT * FROM incidents WHERE resolved_at >= ? ORDER BY resolved_at DESC, id DESC",
                         (ts(since),))
    return [incident_from_row(r) for r in rows]


def incident(journal: Journal, incident_id: int) -> Incident | None:
    """One incident by number."""
    rows = journal.query("SELECT * FROM incidents WHERE id = ?", (incident_id,))
    return incident_from_row(rows[0]) if rows else None


def latest_incident(journal: Journal, fingerprint: str) -> Incident | None:
    """The alert's latest incident (open or not), None when it was never handled."""
    rows = journal.query("SELECT * FROM incidents WHERE fingerprint = ? ORDER BY id DESC LIMIT 1", (fingerprint,))
    return incident_from_row(rows[0]) if rows else None


def known_alerts(journal: Journal) -> dict[str, str]:
    """Fingerprint -> alert name of every alert the journal has seen firing or handled (to
    resolve a fingerprint prefix typed on the command line)."""
    rows = journal.query("SELECT fingerprint, alertname FROM firing UNION "
                         "SELECT fingerprint, alertname FROM incidents")
    return {r["fingerprint"]: r["alertname"] for r in rows}
