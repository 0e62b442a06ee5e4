"""The shift journal's tables, its record types and the conversions between them (no Qt).

Times are stored as text, UTC, with a fixed layout (``2026-11-30T14:05:09.123456Z``), so that
comparing the text compares the times. ``firing.silenced_by`` holds the silence IDs sorted and
joined by commas (cheap to compare at every poll). JSON columns hold what has no column of its own (labels,
matchers, severity...).

Tables:

* ``events``: the journal proper, append-only: every event of every shift with its time.
* ``shifts``: one row per shift (engineer, start, end, incoming engineer, the checklists as
  Markdown); at most one without an end (the open shift).
* ``incidents``: alerts the engineer handled (acknowledged, escalated or written about), from
  then to resolution; at most one open per fingerprint.
* ``firing`` and ``silences``: what the journal last saw in Alertmanager, so that the next poll,
  from this process or another, records only what changed; of each alert firing, also its
  annotations and the cluster members that listed it (schema 2), so that a tray started while a
  member is down holds what that member held as last seen, runbook link and silences with it.
* ``state``: what the engineer is typing or ticking (notes being written, checklist ticks,
  pending items, observations), by scope and key, saved as it is typed.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Mapping
from dataclasses import dataclass, field

import msgspec

UTC = dt.timezone.utc
SCHEMA_VERSION = 2
#: ``PRAGMA application_id``: "OCTJ", tells an oncall-tray journal from any other SQLite file.
APPLICATION_ID = 0x4F43544A

SCHEMA = (
    """CREATE TABLE events (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        kind TEXT NOT NULL,
        fingerprint TEXT NOT NULL DEFAULT '',
        alertname TEXT NOT NULL DEFAULT '',
        silence_id TEXT NOT NULL DEFAULT '',
        actor TEXT NOT NULL DEFAULT '',
        source TEXT NOT NULL DEFAULT '',
        text TEXT NOT NULL DEFAULT '',
        data TEXT NOT NULL DEFAULT '{}')""",
    "CREATE INDEX events_at ON events(at)",
    "CREATE INDEX events_fingerprint ON events(fingerprint, at) WHERE fingerprint <> ''",
    """CREATE TABLE shifts (
        id INTEGER PRIMARY KEY,
        engineer TEXT NOT NULL,
        started_at TEXT NOT NULL,
        ended_at TEXT,
        incoming TEXT NOT NULL DEFAULT '',
        start_markdown TEXT NOT NULL DEFAULT '',
        end_markdown TEXT NOT NULL DEFAULT '')""",
    "CREATE UNIQUE INDEX shifts_one_open ON shifts((ended_at IS NULL)) WHERE ended_at IS NULL",
    """CREATE TABLE incidents (
        id INTEGER PRIMARY KEY,
        fingerprint TEXT NOT NULL,
        alertname TEXT NOT NULL DEFAULT '',
        severity TEXT NOT NULL DEFAULT '',
        summary TEXT NOT NULL DEFAULT '',
        labels TEXT NOT NULL DEFAULT '{}',
        fired_at TEXT,
        opened_at TEXT NOT NULL,
        acknowledged_at TEXT,
        acknowledged_by TEXT NOT NULL DEFAULT '',
        escalation TEXT NOT NULL DEFAULT '',
        escalated_at TEXT,
        resolved_at TEXT)""",
    "CREATE UNIQUE INDEX incidents_open ON incidents(fingerprint) WHERE resolved_at IS NULL",
    "CREATE INDEX incidents_resolved ON incidents(resolved_at)",
    """CREATE TABLE firing (
        fingerprint TEXT PRIMARY KEY,
        alertname TEXT NOT NULL DEFAULT '',
        severity TEXT NOT NULL DEFAULT '',
        starts_at TEXT,
        silenced_by TEXT NOT NULL DEFAULT '',
        summary TEXT NOT NULL DEFAULT '',
        labels TEXT NOT NULL DEFAULT '{}',
        annotations TEXT NOT NULL DEFAULT '{}',
        members TEXT NOT NULL DEFAULT '[]') WITHOUT ROWID""",
    """CREATE TABLE silences (
        id TEXT PRIMARY KEY,
        state TEXT NOT NULL,
        starts_at TEXT,
        ends_at TEXT,
        created_by TEXT NOT NULL DEFAULT '',
        comment TEXT NOT NULL DEFAULT '',
        matchers TEXT NOT NULL DEFAULT '[]') WITHOUT ROWID""",
    """CREATE TABLE state (
        scope TEXT NOT NULL,
        key TEXT NOT NULL,
        value TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (scope, key)) WITHOUT ROWID""",
)


#: What brings a journal of each older schema to the next one (version -> statements): schema 2
#: keeps each firing alert's annotations (JSON) and the members that listed it (JSON list of
#: URLs); rows of schema 1 have none ("{}", "[]": held by every member not answering, as before).
MIGRATIONS = {
    1: ("ALTER TABLE firing ADD COLUMN annotations TEXT NOT NULL DEFAULT '{}'",
        "ALTER TABLE firing ADD COLUMN members TEXT NOT NULL DEFAULT '[]'"),
}


class EventKind(str, enum.Enum):
    """What a journal event records."""

    FIRED = "fired"
    RESOLVED = "resolved"
    ACKNOWLEDGED = "acknowledged"
    UNACKNOWLEDGED = "unacknowledged"
    SEVERITY_CHANGED = "severity_changed"
    ESCALATED = "escalated"
    ANSWERED = "answered"  # the level escalated to answered (``text`` the level), as the engineer recorded it
    SILENCE_CREATED = "silence_created"
    SILENCE_EXTENDED = "silence_extended"
    SILENCE_EXPIRED = "silence_expired"
    NOTE = "note"
    SHIFT_STARTED = "shift_started"
    SHIFT_ENDED = "shift_ended"
    JOURNAL_STARTED = "journal_started"
    # what the tray saw of Alertmanager itself (the handoff's observations, review 43 F3)
    CONTACT_LOST = "contact_lost"  # ``at`` its first failed poll, ``text`` why
    CONTACT_RESTORED = "contact_restored"
    ALERTMANAGER_RESTARTED = "alertmanager_restarted"  # ``text`` the member's URL, ``at`` its start
    # one member of a cluster did not answer while the others did (review 57 S5): ``text`` its
    # URL; MEMBER_DOWN's ``data`` "reason", why (English, as Alertmanager errors say it)
    MEMBER_DOWN = "member_down"
    MEMBER_BACK = "member_back"
    # a firing alert of an Alertmanager the tray stopped watching (new settings with another
    # one): not resolved, set aside (``journal_aside``); WATCHED: that Alertmanager watched again,
    # the alert taken back as it was (review 50 F2)
    UNWATCHED = "unwatched"
    WATCHED = "watched"
    # the journal followed another Alertmanager from then on (``data``: "from", "to", each one's
    # members' identities): the handoff says when the shift's went unwatched (review 52 H10)
    WATCHING_MOVED = "watching_moved"


#: What an engineer does to an incident (journal events): the shift in which one of them happened
#: handled it; an ``ACKNOWLEDGED`` one when the shift's acknowledgement (``HANDLING_EVENT``: its
#: ``opens_incident``; not a colleague's maintenance, review 59 U1); ``ANSWERED`` too (review 59
#: U5: "L2 answered", recorded on an inherited APIDown, was missing from "Incidents Handled").
HANDLING = (EventKind.ACKNOWLEDGED, EventKind.ESCALATED, EventKind.ANSWERED, EventKind.NOTE)
#: An event's ``data`` in SQL, NULL when it is not JSON (SQLite's JSON functions raise "malformed
#: JSON" on it, failing the whole query; code review 63A CA1: a salvage dropped whole so).
EVENT_DATA = "(CASE WHEN json_valid(events.data) THEN events.data END)"
#: A note's ``data`` key (true): written by id on an incident that had ended, a post-mortem note
#: (``journal_notes``); a rebuild never gives its number to the incident of a later episode
#: (``journal_rebuild``, code review 77 AQ2).
ENDED = "ended"
#: The SQL condition on ``events`` that leaves out the acknowledgements that open no incident (one
#: whose ``data`` is not JSON is taken as opening one, as one recorded before ``opens_incident``).
HANDLING_EVENT = f"(events.kind <> 'acknowledged' OR COALESCE(json_extract({EVENT_DATA}, '$.opens_incident'), 1))"


#: ``Event.source``: seen in a poll of Alertmanager, done in the tray, done on the command line.
SOURCE_ALERTMANAGER, SOURCE_TRAY, SOURCE_CLI = "alertmanager", "tray", "cli"


def ts(value: dt.datetime) -> str:
    """An aware datetime as stored (UTC, fixed layout). Raises ValueError for a naive one."""
    if value.tzinfo is not UTC:
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError("journal times must be timezone-aware")
        value = value.astimezone(UTC)
    return value.isoformat(timespec="microseconds")[:-6] + "Z"  # isoformat: C speed, unlike strftime


def parse_ts(text: str | None) -> dt.datetime | None:
    """A stored time back as an aware UTC datetime (None for NULL or "")."""
    if not text:
        return None
    return dt.datetime.fromisoformat(text[:-1]).replace(tzinfo=UTC)


def ts_or_none(value: dt.datetime | None) -> str | None:
    """``ts(value)``, or None for None."""
    return ts(value) if value is not None else None


_ENCODER = msgspec.json.Encoder(order="sorted")


def dumps(value: object) -> str:
    """JSON as stored: compact, UTF-8 kept, keys sorted (stable text for equal values)."""
    return _ENCODER.encode(value).decode()


loads = msgspec.json.decode

#: The state scope whose keys are JSON too (a list of an Alertmanager's identities: ``journal_aside``).
ASIDE_SCOPE = "journal_aside"
#: What the ``ASIDE_SCOPE`` keys of ``state`` are decoded as (``journal_checks.COLUMN_CHECKS``).
ASIDE_KEY = list[str]
#: The columns of a ``firing`` row set aside (``ASIDE_SCOPE``'s value: "firing", a list of such
#: rows), in this order; of ``silences`` (its "silences").
FIRING_COLUMNS = ("fingerprint", "alertname", "severity", "starts_at", "silenced_by", "summary", "labels",
                  "annotations", "members")
SILENCE_COLUMNS = ("id", "state", "starts_at", "ends_at", "created_by", "comment", "matchers")
#: What a firing row set aside by a version before schema 2 lacks (``FIRING_COLUMNS``' last two).
_FIRING_SINCE_2 = ["{}", "[]"]


def aside_firing(rows: dict) -> list[list]:
    """The firing rows of what was set aside (``ASIDE_SCOPE``'s value), each of ``FIRING_COLUMNS``:
    a row set aside before schema 2 gets its missing columns' defaults; one of another shape is
    left out."""
    shortest, width = len(FIRING_COLUMNS) - len(_FIRING_SINCE_2), len(FIRING_COLUMNS)
    return [list(row) + _FIRING_SINCE_2[len(row) - shortest:] for row in rows.get("firing", ())
            if isinstance(row, list) and shortest <= len(row) <= width]


def aside_silences(rows: dict) -> list:
    """The silences rows of what was set aside (``ASIDE_SCOPE``'s value), each of
    ``SILENCE_COLUMNS``; one of another length is left out."""
    return [row for row in rows.get("silences", ()) if len(row) == len(SILENCE_COLUMNS)]


#: Where, in the journal's ``state`` table, when it last recorded a poll in its ``firing`` and
#: ``silences`` tables is kept (a stored time as a JSON string, UTC): how old its last look is
#: (review 59 U7). A quiet poll is not always written (``ShiftController``'s ``FULL_RECORD_EVERY``):
#: the look may be somewhat newer, never older.
SEEN_AT = ("journal", "seen_at")


@dataclass(frozen=True)
class Event:
    """One journal event.

    Attributes:
        id: its row number (grows with each write; ties in ``at`` keep this order).
        at: when it happened (UTC): for a poll's findings the time Alertmanager gives when it
            gives one (``startsAt`` of a fired alert), else the poll's.
        kind: what happened.
        fingerprint, alertname: the alert it is about ("" for none).
        silence_id: the silence it is about ("" for none).
        actor: who did it (the engineer; a silence's ``createdBy``), "" when nobody did.
        source: ``SOURCE_ALERTMANAGER``, ``SOURCE_TRAY`` or ``SOURCE_CLI``.
        text: a note's text, a silence's comment, an escalation's level...
        data: the rest (severity, summary, labels, a silence's ends_at and matchers...).
    """

    id: int
    at: dt.datetime
    kind: EventKind
    fingerprint: str = ""
    alertname: str = ""
    silence_id: str = ""
    actor: str = ""
    source: str = ""
    text: str = ""
    data: Mapping = field(default_factory=dict)


@dataclass(frozen=True)
class Shift:
    """One shift: ``ended_at`` None while it is open."""

    id: int
    engineer: str
    started_at: dt.datetime
    ended_at: dt.datetime | None = None
    incoming: str = ""
    start_markdown: str = ""
    end_markdown: str = ""

    @property
    def open(self) -> bool:
        """True until the shift is handed over."""
        return self.ended_at is None


@dataclass(frozen=True)
class Incident:
    """An alert the engineer handled: acknowledged it (the guide's acknowledgement, see
    ``journal_feed.acknowledges``), escalated it, or wrote a note on it while it fired.

    Attributes:
        opened_at: when the engineer took it on (the first of those).
        escalation: "" or the highest level it was escalated to ("L2", "L3").
        answered_at: when that level answered, as the engineer recorded it (``Journal.record_answer``;
            guide: L2 answers "< 10 minutos após escalação", L3 "< 15"); None when not recorded.
            Read with ``INCIDENT_COLUMNS``.
        resolved_at: None while the alert still fires.
    """

    id: int
    fingerprint: str
    alertname: str
    opened_at: dt.datetime
    severity: str = ""
    summary: str = ""
    labels: Mapping[str, str] = field(default_factory=dict)
    fired_at: dt.datetime | None = None
    acknowledged_at: dt.datetime | None = None
    acknowledged_by: str = ""
    escalation: str = ""
    escalated_at: dt.datetime | None = None
    resolved_at: dt.datetime | None = None
    answered_at: dt.datetime | None = None

    @property
    def after_incident(self) -> bool:
        """Resolved after being handled: the guide's post-incident steps apply."""
        return self.resolved_at is not None


def event_from_row(row) -> Event:
    """An ``Event`` from an ``events`` row (``sqlite3.Row``)."""
    return Event(row["id"], parse_ts(row["at"]), EventKind(row["kind"]), row["fingerprint"], row["alertname"],
                 row["silence_id"], row["actor"], row["source"], row["text"], loads(row["data"]))


def shift_from_row(row) -> Shift:
    """A ``Shift`` from a ``shifts`` row."""
    return Shift(row["id"], row["engineer"], parse_ts(row["started_at"]), parse_ts(row["ended_at"]),
                 row["incoming"], row["start_markdown"], row["end_markdown"])


#: What to select for an ``Incident``: its row, and when the level it is escalated to answered
#: (the latest ``ANSWERED`` event of that level since the escalation; no column of its own, so
#: that the journal's schema stays the one older versions read).
INCIDENT_COLUMNS = ("incidents.*, (SELECT MAX(answer.at) FROM events AS answer WHERE answer.kind = 'answered' "
                    "AND answer.fingerprint <> '' AND answer.fingerprint = incidents.fingerprint "
                    "AND answer.text = incidents.escalation AND answer.at >= incidents.escalated_at) AS answered_at")


def incident_from_row(row) -> Incident:
    """An ``Incident`` from an ``incidents`` row (``answered_at`` None unless selected with
    ``INCIDENT_COLUMNS``)."""
    return Incident(
        row["id"], row["fingerprint"], row["alertname"], parse_ts(row["opened_at"]), row["severity"], row["summary"],
        loads(row["labels"]), parse_ts(row["fired_at"]), parse_ts(row["acknowledged_at"]),
        row["acknowledged_by"], row["escalation"], parse_ts(row["escalated_at"]), parse_ts(row["resolved_at"]),
        parse_ts(row["answered_at"]) if "answered_at" in row.keys() else None)


def where_clause(since, until, kinds, fingerprint, column: str = "at") -> tuple[str, tuple]:
    """The WHERE clause and its parameters of ``Journal.events``/``count_events``: ``since <= column
    <= until`` (datetimes or None), ``kind IN kinds`` (EventKind; empty: any), the ``fingerprint``."""
    where, params = ["1"], []
    if since is not None:
        where.append(f"{column} >= ?")
        params.append(ts(since))
    if until is not None:
        where.append(f"{column} <= ?")
        params.append(ts(until))
    if kinds:
        where.append(f"kind IN ({','.join('?' * len(kinds))})")
        params += [k.value for k in kinds]
    if fingerprint is not None:
        where.append("fingerprint = ?")
        params.append(fingerprint)
    return " AND ".join(where), tuple(params)
