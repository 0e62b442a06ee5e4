"""Shifts and incidents in the journal: starting and ending a shift, the open shift, past
handoffs, the incidents of a period (no Qt).

What the engineer types before it is final lives in the journal's ``state`` under these scopes:
``START_SCOPE`` (the shift start window, before it is confirmed) and those of ``core.scopes``,
re-exported here: ``shift_scope(id)``, ``alert_scope(fingerprint)``, ``incident_note_scope``
(``note_key``, ``draft_scope``), ``incident_scope(id)``, ``attention_scope(id)`` (what the tray's
attention monitor said during a shift: ``attention_said``).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable, Mapping, Sequence
from typing import NamedTuple

from ..i18n import Message, Translate, english
from .journal import Journal, JournalError
from .journal_state import UPSERT
from .handled_incidents import handled_between, incidents  # noqa: F401 (re-exported: the incidents of a period)
from .incident_reads import (Incident, Responses, _storable, escalated_levels, incident, known_alerts,  # noqa: F401 (re-exported)
                             latest_incident, open_incidents, recorded_responses, resolved_incidents)
from .scopes import (INCIDENT_NOTE, OBSERVATIONS, alert_scope, attention_scope, draft_scope, incident_note_scope,  # noqa: F401
                     incident_scope, note_key, shift_scope)
from .journal_schema import EventKind, Shift, dumps, loads, parse_ts, shift_from_row, ts

START_SCOPE = "start"
#: The key of the ``SHIFT_STARTED`` / ``SHIFT_ENDED`` event data that holds the checklist in each
#: shipped language (``handoff_languages``).
RENDERED_KEY = "markdown"
CONTEXT = "shifts"
UTC = dt.timezone.utc


#: The key, in ``attention_scope``, of ``AttentionMonitor.said``.
ATTENTION_KEY = "said"


class ShiftConflict(JournalError):
    """The shift is not in the state asked for: another window, a command line or another
    engineer acted first. Expected, not a failure of the journal: tell the engineer with
    ``text(tr, zone, now)``; ``str()`` is the log's English, in UTC.

    Attributes:
        shift: the shift in the way (the open one, or the one handed over already); None when
            there is none.
        when: the moment the message names (the shift's start or end), None for none.
    """

    def __init__(self, shift: Shift | None, when: dt.datetime | None) -> None:
        self.shift, self.when = shift, when
        super().__init__(self.message(f"{when:%Y-%m-%d %H:%M} UTC" if when else "").text())

    def message(self, when: str) -> Message:
        """What happened, with ``when`` (the moment, already written) as the time."""
        raise NotImplementedError

    def text(self, tr: Translate = english, zone: dt.tzinfo | None = UTC, now: dt.datetime | None = None) -> str:
        """What happened in ``tr``'s language, the time in ``zone`` (None: the system's): ``HH:MM``,
        with the date before it when not on ``now``'s day (no ``now``: always with the date)."""
        from .handoff import local_stamp, local_time  # (handoff imports this module)

        when = self.when
        if when is None:
            return self.message("").text(tr)
        written = local_time(when, zone, now, tr) if now is not None else local_stamp(when, zone, tr)
        return self.message(written).text(tr)


class ShiftAlreadyOpen(ShiftConflict):
    """A shift is open already (``shift``): it must be handed over before another starts."""

    shift: Shift

    def __init__(self, shift: Shift) -> None:
        super().__init__(shift, shift.started_at)

    def message(self, when: str) -> Message:
        """"Ana already took over the shift at 11:47." """
        return Message(CONTEXT, "%1 already took over the shift at %2.", (self.shift.engineer or "?", when))


class NoOpenShift(ShiftConflict):
    """The shift named is not open: ``shift`` was handed over already (None: no such shift)."""

    def __init__(self, shift: Shift | None = None) -> None:
        super().__init__(shift, shift.ended_at if shift is not None else None)

    def message(self, when: str) -> Message:
        """"Ana already handed over the shift at 11:48, to Maria José.", or "No shift is open." """
        shift = self.shift
        if shift is None or shift.ended_at is None:
            return Message(CONTEXT, "No shift is open.")
        if shift.incoming.strip():
            return Message(CONTEXT, "%1 already handed over the shift at %2, to %3.",
                           (shift.engineer or "?", when, shift.incoming))
        return Message(CONTEXT, "%1 already handed over the shift at %2.", (shift.engineer or "?", when))


#: The shift not handed over yet (at most one: ``start_shift`` refuses a second).
OPEN_SHIFT = "SELECT * FROM shifts WHERE ended_at IS NULL"


def open_shift(journal: Journal) -> Shift | None:
    """The shift not handed over yet, None when there is none (``open_shift_on`` inside a
    transaction).

    Raises:
        JournalError: the journal cannot be read.
    """
    rows = journal.query(OPEN_SHIFT)
    return shift_from_row(rows[0]) if rows else None


class ShiftRead(NamedTuple):
    """The open shift as one read of the journal found it (``read_open_shift``).

    Attributes:
        shift: the shift not handed over yet, None when there was none.
        changes: how many times the shifts had been started or handed over in the journal when it
            was read (its shifts' change counter: it only grows, each start and each handoff adds
            one; rows are never deleted), so that of two reads the older one is known whichever
            thread ran it and whenever its answer comes (code review AU: a poll's read of "no
            shift", answered after the tray had seen the shift start, blanked the end window).
    """

    shift: Shift | None
    changes: int


#: The shifts' change counter and the open shift's row (its columns NULL when none is open), in
#: one statement: one moment of the journal.
SHIFT_READ = ("SELECT (SELECT COUNT(*) + COUNT(ended_at) FROM shifts) AS shift_changes, shifts.* "
              "FROM (SELECT 1) LEFT JOIN shifts ON shifts.ended_at IS NULL")


def read_open_shift(journal: Journal) -> ShiftRead:
    """``open_shift`` with the journal's shift change counter read at the same moment.

    Raises:
        JournalError: the journal cannot be read.
    """
    row = journal.query(SHIFT_READ)[0]
    return ShiftRead(shift_from_row(row) if row["id"] is not None else None, row["shift_changes"])


def open_shift_on(conn: sqlite3.Connection) -> Shift | None:
    """``open_shift`` read on ``conn`` (a transaction's connection, ``Tx.conn``): the shift open
    at the write, so that what the write does follows a handoff made meanwhile by another
    process (code review 77 AQ8). Raises ``sqlite3.Error`` as ``conn`` does."""
    row = conn.execute(OPEN_SHIFT).fetchone()
    return shift_from_row(row) if row is not None else None


def on_call_engineer(shift: Shift | None, setting: str) -> str:
    """Who is on call: the engineer of ``shift`` (the open one, if any), else ``setting`` (the
    ``engineer`` setting). The author of acknowledgements, silences, notes and escalations: on a
    shared machine the next engineer takes over under their own name (review 15)."""
    return shift.engineer if shift is not None and shift.engineer.strip() else setting


def handed_over_by(journal: Journal, shift: Shift, setting: str) -> str:
    """Who hands over (or handed over) ``shift``: ``on_call_engineer`` of it, a shift started with no
    name being the ``engineer`` setting's (``setting``) while open and, once handed over, the author
    of its ``SHIFT_ENDED`` event (``end_shift``'s ``outgoing``; ``setting`` for a handoff recorded
    before it was kept there): the end report's "Outgoing on-call engineer" (``EndReport.outgoing``),
    the Past handoffs list, the damaged journal's draft (fix-auhandoff's leftover: blank there).

    Raises:
        JournalError: the journal cannot be read.
    """
    ended = _event_row(journal, shift, EventKind.SHIFT_ENDED) if not shift.engineer.strip() else None
    return on_call_engineer(shift, (ended["actor"] if ended is not None else "") or setting)


def on_call_in(journal: Journal, setting: str) -> str:
    """``on_call_engineer`` of the shift open in ``journal``.

    Raises:
        JournalError: the journal cannot be read.
    """
    return on_call_engineer(open_shift(journal), setting)


def start_shift(journal: Journal, engineer: str, *, markdown: str = "", source: str = "",
                at: dt.datetime | None = None, rendered: Mapping[str, str] | None = None) -> Shift:
    """Record the start of a shift by ``engineer`` with the confirmed start checklist
    (``markdown``); the start window's draft is cleared in the same transaction. ``rendered``:
    the checklist in each shipped language (``handoff_languages.start_renderings``), kept in the
    event's data for ``handoff history`` in the language of the day.

    Raises:
        ShiftAlreadyOpen: a shift is open.
    """
    with journal.transaction(at) as tx:
        already = open_shift_on(tx.conn)
        if already is not None:
            raise ShiftAlreadyOpen(already)
        cursor = tx.conn.execute("INSERT INTO shifts (engineer, started_at, start_markdown) VALUES (?, ?, ?)",
                                 (engineer, ts(tx.now), markdown))
        tx.conn.execute("DELETE FROM state WHERE scope = ?", (START_SCOPE,))
        data = {"shift": cursor.lastrowid, **({RENDERED_KEY: dict(rendered)} if rendered else {})}
        tx.event(EventKind.SHIFT_STARTED, actor=engineer, source=source, data=data)
        return Shift(cursor.lastrowid, engineer, tx.now, start_markdown=markdown)


def end_shift(journal: Journal, shift_id: int, *, incoming: str = "", markdown: str = "", source: str = "",
              at: dt.datetime | None = None, pending: Sequence[Mapping[str, str]] = (),
              rendered: Mapping[str, str] | Callable[[Journal], Mapping[str, str]] | None = None,
              outgoing: str = "") -> Shift:
    """Record the handoff of the open shift ``shift_id`` to ``incoming`` with the end report;
    ``pending``: the engineer's own pending items handed over (``EndReport.handed_over``), kept
    with the handoff for the next shift (``core.carried``); ``rendered``: the report in each
    shipped language (``handoff_languages.end_renderings``), kept as ``start_shift`` keeps it,
    or a function that makes it from the journal (called first, in this thread: the tray's
    writer thread, where the end window's report is made again in each language). ``outgoing``:
    who hands over (``EndReport.outgoing``), the ``SHIFT_ENDED`` event's author when the shift was
    started with no name (``on_call_engineer``, ``handed_over_by``).

    Raises:
        NoOpenShift: that shift is not open (handed over already, from another window or
            process; or no such shift).
    """
    if callable(rendered):
        rendered = rendered(journal)
    with journal.transaction(at) as tx:
        row = tx.conn.execute("SELECT * FROM shifts WHERE id = ?", (shift_id,)).fetchone()
        if row is None or row["ended_at"] is not None:
            raise NoOpenShift(shift_from_row(row) if row is not None else None)
        tx.conn.execute("UPDATE shifts SET ended_at = ?, incoming = ?, end_markdown = ? WHERE id = ?",
                        (ts(tx.now), incoming, markdown, shift_id))
        shift = shift_from_row(row)
        data = {"shift": shift_id, "incoming": incoming}
        if pending:
            data["pending"] = [{"text": item["text"], "from": item["from"]} for item in pending]
        if rendered:
            data[RENDERED_KEY] = dict(rendered)
        tx.event(EventKind.SHIFT_ENDED, actor=on_call_engineer(shift, outgoing), source=source, data=data)
        return Shift(shift.id, shift.engineer, shift.started_at, tx.now, incoming, shift.start_markdown, markdown)


def event_data(journal: Journal, shift: Shift, kind: EventKind) -> dict | None:
    """The data of ``shift``'s ``SHIFT_STARTED`` or ``SHIFT_ENDED`` event (``kind``), recorded
    with its start or end; None when there is none (a shift still open has no end)."""
    row = _event_row(journal, shift, kind)
    return loads(row["data"]) if row is not None else None


def _event_row(journal: Journal, shift: Shift, kind: EventKind) -> sqlite3.Row | None:
    """``shift``'s ``kind`` event's row (its ``actor`` and ``data``), as ``event_data`` finds it."""
    at = shift.started_at if kind is EventKind.SHIFT_STARTED else shift.ended_at
    if at is None:
        return None
    for row in journal.query("SELECT actor, data FROM events WHERE at = ? AND kind = ? ORDER BY id",
                             (ts(at), kind.value)):
        if loads(row["data"]).get("shift") == shift.id:
            return row
    return None


def shift(journal: Journal, shift_id: int) -> Shift | None:
    """One shift by number (None when there is no such shift)."""
    if not _storable(shift_id):
        return None
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




def recent_resolutions(journal: Journal, since: dt.datetime) -> dict[str, list[dt.datetime]]:
    """Fingerprint -> when the journal saw the alert resolve since ``since`` (UTC), oldest first:
    the flap history a restarted tray takes back (``AlertTracker.recall_ended``).

    Raises:
        JournalError: the journal cannot be read.
    """
    found: dict[str, list[dt.datetime]] = {}
    for row in journal.query("SELECT fingerprint, at FROM events WHERE kind = ? AND at >= ? AND fingerprint <> '' "
                             "ORDER BY at", (EventKind.RESOLVED.value, ts(since))):
        found.setdefault(row["fingerprint"], []).append(parse_ts(row["at"]))
    return found


def attention_said(journal: Journal) -> tuple[int | None, dict | None]:
    """The open shift's number and what the tray said during it (``AttentionMonitor.said``, None
    when nothing was kept); (None, None) when no shift is open.

    Raises:
        JournalError: the journal cannot be read.
    """
    shift = open_shift(journal)
    if shift is None:
        return None, None
    said = journal.state(attention_scope(shift.id)).get(ATTENTION_KEY)
    return shift.id, said if isinstance(said, dict) else None


def keep_attention_said(journal: Journal, shift_id: int, said: dict) -> None:
    """Keep what the tray said during shift ``shift_id``; what was kept for other shifts goes
    (a new shift starts afresh), in the same transaction.

    Raises:
        JournalError: the journal cannot be written.
    """
    scope = attention_scope(shift_id)
    with journal.transaction() as tx:
        tx.conn.execute("DELETE FROM state WHERE scope LIKE 'attention:%' AND scope != ?", (scope,))
        tx.conn.execute(UPSERT, (scope, ATTENTION_KEY, dumps(said), ts(tx.now)))
