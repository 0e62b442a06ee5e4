"""One write transaction of the shift journal: its events and its incidents (no Qt)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Mapping
from typing import NamedTuple

from .journal_schema import Event, EventKind, Incident, dumps, incident_from_row, loads, parse_ts, ts, ts_or_none

from .tracker import FLAP_WINDOW  # noqa: F401  (re-exported: the journal's episodes)

UTC = dt.timezone.utc


class Change(NamedTuple):
    """What a transaction recorded, in brief (``Tx.changes``): a plain tuple, cheap by the
    thousand. ``incident`` is the incident a RESOLVED event closed, or a FIRED one opened again
    (0 for none)."""

    kind: EventKind
    fingerprint: str
    alertname: str
    silence_id: str
    incident: int


class Tx:
    """The writes of one transaction (``Journal.transaction()``); ``conn`` for reads in it.

    Events are numbered here (the transaction holds the write lock, so nobody else adds any) and
    written together with ``executemany`` when the transaction commits (``flush``), which keeps a
    poll of 10,000 new alerts cheap."""

    def __init__(self, conn: sqlite3.Connection, now: dt.datetime) -> None:
        self.conn = conn
        self.now = now
        self.changes: list[Change] = []
        self._rows: list[tuple] = []
        self._next_id: int | None = None
        self._recorded_at = ts(now)

    def add(self, kind: EventKind, at: dt.datetime | None = None, *, fingerprint: str = "", alertname: str = "",
            silence_id: str = "", actor: str = "", source: str = "", text: str = "",
            data: Mapping | None = None) -> int:
        """Append one event (``at`` defaults to the transaction's ``now``); returns its id and
        notes it in ``changes``."""
        if self._next_id is None:
            self._next_id = self.conn.execute("SELECT coalesce(max(id), 0) + 1 FROM events").fetchone()[0]
        event_id = self._next_id
        self._next_id += 1
        self._rows.append((event_id, ts(at or self.now), self._recorded_at, kind.value, fingerprint, alertname,
                           silence_id, actor, source, text, dumps(data) if data else "{}"))
        self.changes.append(Change(kind, fingerprint, alertname, silence_id, (data or {}).get("incident") or 0))
        return event_id

    def event(self, kind: EventKind, at: dt.datetime | None = None, **fields) -> Event:
        """``add``, returning the event (for single events: a poll of thousands uses ``add``)."""
        event_id = self.add(kind, at, **fields)
        data = dict(fields.pop("data", None) or {})
        return Event(event_id, (at or self.now).astimezone(UTC), kind, data=data, **fields)

    def flush(self) -> None:
        """Write the events appended so far (before reading ``events`` in the transaction)."""
        if self._rows:
            self.conn.executemany(
                "INSERT INTO events (id, at, recorded_at, kind, fingerprint, alertname, silence_id, actor, source,"
                " text, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", self._rows)
            self._rows = []

    def open_incident(self, fingerprint: str) -> Incident | None:
        """The incident still open for ``fingerprint``, if any."""
        row = self.conn.execute("SELECT * FROM incidents WHERE fingerprint = ? AND resolved_at IS NULL",
                                (fingerprint,)).fetchone()
        return incident_from_row(row) if row else None

    def take_incident(self, fingerprint: str, *, alertname: str = "", severity: str = "", summary: str = "",
                      labels: Mapping[str, str] | None = None, fired_at: dt.datetime | None = None,
                      acknowledged_at: dt.datetime | None = None, acknowledged_by: str = "",
                      escalation: str = "", escalated_at: dt.datetime | None = None) -> None:
        """Open an incident for ``fingerprint`` (now), or add to the open one: the first
        acknowledgement is kept, the escalation only rises. What is not given comes from the
        journal's copy of the firing alert, when it has one."""
        current = self.open_incident(fingerprint)
        if current is None:
            row = self.conn.execute("SELECT * FROM firing WHERE fingerprint = ?", (fingerprint,)).fetchone()
            if row is not None:
                alertname, severity, summary = alertname or row["alertname"], severity or row["severity"], \
                    summary or row["summary"]
                labels = labels or loads(row["labels"])
                fired_at = fired_at or parse_ts(row["starts_at"])
            fired_at = min(fired_at, self.now) if fired_at else None  # startsAt may be ahead of time
            self.conn.execute(
                "INSERT INTO incidents (fingerprint, alertname, severity, summary, labels, fired_at, opened_at,"
                " acknowledged_at, acknowledged_by, escalation, escalated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (fingerprint, alertname, severity, summary, dumps(dict(labels or {})), ts_or_none(fired_at),
                 ts(min(acknowledged_at or self.now, self.now)), ts_or_none(acknowledged_at), acknowledged_by,
                 escalation, ts_or_none(escalated_at)))
            return
        if acknowledged_at is not None and current.acknowledged_at is None:
            self.conn.execute("UPDATE incidents SET acknowledged_at = ?, acknowledged_by = ? WHERE id = ?",
                              (ts(acknowledged_at), acknowledged_by, current.id))
        if escalation and escalation > current.escalation:
            self.conn.execute("UPDATE incidents SET escalation = ?, escalated_at = ? WHERE id = ?",
                              (escalation, ts(escalated_at or self.now), current.id))

    def take_ended_incident(self, fingerprint: str, alertname: str = "") -> bool:
        """Make an incident of the alert's latest firing when it resolved without being handled
        (no incident covers it) and the engineer now writes about it: noting it is handling it
        (guide, after an incident: "Documentar ações tomadas"), and the handoff lists it among
        the incidents handled (review 28: such a note reached no handoff). The incident fired and
        resolved when the journal saw it, is taken on now, and its "After the incident" notice
        counts as told (``aftercare.AFTER``: the engineer is at it already); its reminders follow
        the guide. Returns whether one was made.
        """
        self.flush()
        fired = self.conn.execute("SELECT id, at, alertname, text, data FROM events WHERE fingerprint = ? AND kind = ?"
                                  " ORDER BY id DESC LIMIT 1", (fingerprint, EventKind.FIRED.value)).fetchone()
        if fired is None:
            return False
        resolved = self.conn.execute("SELECT at FROM events WHERE fingerprint = ? AND kind = ? AND id > ? ORDER BY id"
                                     " LIMIT 1", (fingerprint, EventKind.RESOLVED.value, fired["id"])).fetchone()
        latest = self.conn.execute("SELECT resolved_at FROM incidents WHERE fingerprint = ? ORDER BY id DESC LIMIT 1",
                                   (fingerprint,)).fetchone()
        if resolved is None or (latest is not None and (latest[0] is None or latest[0] >= fired["at"])):
            return False  # still firing, or this firing has its incident
        data = loads(fired["data"])
        cursor = self.conn.execute(
            "INSERT INTO incidents (fingerprint, alertname, severity, summary, labels, fired_at, opened_at, resolved_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (fingerprint, fired["alertname"] or alertname, data.get("severity", ""), fired["text"],
             dumps(data.get("labels") or {}), fired["at"], ts(self.now), resolved["at"]))
        from .aftercare import AFTER, mark_told  # (aftercare reads the journal: imported when used)

        mark_told(self.conn, [cursor.lastrowid], AFTER, self.now)
        return True

    def recently_resolved(self) -> dict[str, tuple[int, dt.datetime]]:
        """fingerprint -> (id, resolved_at) of the latest incident of each alert that resolved
        within ``FLAP_WINDOW`` of now (one query for a whole poll)."""
        rows = self.conn.execute(
            "SELECT fingerprint, id, resolved_at FROM incidents WHERE resolved_at >= ? ORDER BY resolved_at",
            (ts(self.now - FLAP_WINDOW),))
        return {row[0]: (row[1], parse_ts(row[2])) for row in rows}

    def reopen_incident(self, incident_id: int) -> None:
        """Open a resolved incident again (its alert fired again within ``FLAP_WINDOW``)."""
        self.conn.execute("UPDATE incidents SET resolved_at = NULL WHERE id = ? AND resolved_at IS NOT NULL",
                          (incident_id,))

    def firing(self, fingerprint: str) -> bool:
        """True when the journal last saw the alert firing."""
        return self.conn.execute("SELECT 1 FROM firing WHERE fingerprint = ?", (fingerprint,)).fetchone() is not None

    def resolve_incident(self, fingerprint: str, at: dt.datetime) -> Incident | None:
        """Close the open incident of ``fingerprint`` at ``at``; returns it (None if none)."""
        current = self.open_incident(fingerprint)
        if current is not None:
            self.conn.execute("UPDATE incidents SET resolved_at = ? WHERE id = ?", (ts(at), current.id))
        return current
