"""What a poll of Alertmanager adds to the shift journal (no Qt).

``record_poll`` compares the poll with what the journal last saw (its ``firing`` and
``silences`` tables), inside one write transaction, and records the differences: alerts fired,
resolved, acknowledged (by whom: the silences' authors), unacknowledged, changed severity;
silences created, extended and expired. Because the comparison is with the journal, not with
the previous poll of one process:

* the first poll after a start (a crash, a reboot) records what happened while nothing watched:
  alerts that fired meanwhile (at their ``startsAt``), and those that resolved;
* the tray and the command line can both record polls: whichever writes second finds nothing
  new, and nothing is recorded twice.

Every silencing of a firing alert is recorded as ACKNOWLEDGED (by the silences' authors); only
the guide's acknowledgement (``acknowledges``) by the shift opens an incident: without ``ACK`` in
its comment, only a silence of the open shift's engineer (review 59 U1: a colleague's maintenance
silence made while the alert fired read as her acknowledgement).

``record_silence_change`` records what this app did to a silence (created, extended, expired) and
updates the journal's copy so that the next poll does not record it again as "seen".
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Collection, Iterable, Mapping, Sequence

from ..alertmanager.models import Alert, Silence
from .acknowledged import acknowledges_alert, fired_time
from .journal_relabel import carry_over, follow_resolved, relabelled_rows, resolved_lately
from .journal_aside import identities, same_alertmanager
from .journal_answers import by_member
from .journal_watching import watching
from .journal import FLAP_WINDOW, Change, Journal, Tx
from .journal_schema import SOURCE_ALERTMANAGER, Event, EventKind, dumps, loads, parse_ts, ts_or_none
from .journal_seen import SEEN_AT, WATCHED
from .made_for import forget_made_for, made_for_in, marked
from .journal_starts import Starts, keep_member_seen, keep_member_starts, keep_starts
from .severity import Severity
from .silence_cover import forget, note_covering
from .sla import acknowledged_at

EXPIRED = "expired"
#: Alerts compared between two hand-overs of the GIL when ``cooperative`` (about 1 ms of work).
COOPERATIVE_CHUNK = 100


def silence_alertname(silence: Silence) -> str:
    """The alert name a silence is for: its ``alertname="X"`` matcher's value ("" without one)."""
    for matcher in silence.matchers:
        if matcher.name == "alertname" and matcher.is_equal and not matcher.is_regex:
            return matcher.value
    return ""


def _silence_data(silence: Silence) -> dict:
    return {"starts_at": ts_or_none(silence.starts_at), "ends_at": ts_or_none(silence.ends_at),
            "matchers": [[m.name, m.value, m.is_regex, m.is_equal] for m in silence.matchers]}


def record_poll(journal: Journal, alerts: Mapping[str, Alert], severities: Mapping[str, Severity],
                silences: Mapping[str, Silence], at: dt.datetime, cooperative: bool = False,
                partial: bool = False, kept: Collection[str] = (), urls: Iterable[str] = (),
                starts: Starts | None = None, members: Mapping[str, Sequence[str]] | None = None,
                started: Mapping[str, dt.datetime] | None = None, engineer: str = "",
                answered: Iterable[str] | None = None, answers: Mapping[str, str] | None = None) -> list[Change]:
    """Record what changed since the journal's last look; returns the changes recorded, in
    brief (``Journal.events`` reads them in full).

    When the journal's last look was at another Alertmanager (``urls`` and the one before have
    no member in common, nor an answer: ``journal_answers``; a proxy), the alerts and silences seen
    there did not end: they are set aside, no longer counted as firing (review 24), and what
    was set aside of this one is taken back before the comparison (``journal_aside``: review
    50 F2, the way back said them resolved and fired again). ``urls`` with another scope
    (``Config.watched``) set aside the alerts the poll lacks (review 56 Q10).

    Args:
        alerts: fingerprint -> alert, everything the poll returned.
        severities: fingerprint -> severity.
        silences: silence ID -> silence (all states), fetched after the alerts.
        at: when the poll finished (aware).
        cooperative: hand the GIL over every ``COOPERATIVE_CHUNK`` alerts (the tray's writer
            thread sets it, as its poller does, so that the GUI thread never waits long).
        partial: the poll did not see everything (a cluster member did not answer, and the
            command line keeps nothing of it): what it lacks is not taken as resolved or expired;
            what it has is recorded as usual.
        kept: fingerprints not taken as ended when the poll lacks them (the alerts an
            Alertmanager that started lately has not got again yet: ``ui.shift_controller``).
        urls: the polled Alertmanager's members with its scope (``Config.watched``); recorded as
            the source of the journal's copy ("" for a caller that does not say).
        starts: the starts the poller's tracker took for alerts of the poll whose ``startsAt``
            is not their start (``AlertSnapshot.seen_starts``), kept for the next poller
            (``journal_starts``); None: those kept stay as they are.
        members: fingerprint -> the URLs of the cluster's members that list it, or held it when
            they stopped answering (``PollResult.members_of``), kept with the alert
            (``journal_seen.seen_members``); None: none known (a single Alertmanager).
        started: each member that answered -> its start as its status said (``journal_starts.
            keep_member_starts``: a start the journal knows is no restart; review 58 T1).
        engineer: the ``engineer`` setting: on call when no shift is open (``shifts.on_call_engineer``),
            whose silences acknowledge without ``ACK`` (``acknowledges``; review 59 U1).
        answered: the members (URLs) that answered the poll: ``at`` is kept as when each last
            answered (``journal_starts.keep_member_seen``: "as last seen at" of a member that does
            not answer, review 61 X1); None: none kept.
        answers: member -> who answered (``member_starts.answers_of``; ``journal_answers``).
    """
    with journal.transaction(at) as tx:
        watching(tx, urls, alerts, by_member(answers), silences.keys())
        silences = marked(silences, made_for_in(tx.conn))  # the dialog's alert of each (``made_for``)
        _record_alerts(tx, alerts, severities, silences, COOPERATIVE_CHUNK if cooperative else 0, partial, kept,
                       members or {}, engineer)
        keep_starts(tx, starts, alerts)
        keep_member_starts(tx, started)
        keep_member_seen(tx, answered)
        _record_silences(tx, silences, partial)
        _note_seen(tx)
        return tx.changes


def record_seen(journal: Journal, at: dt.datetime, urls: Iterable[str], answered: Iterable[str] = ()) -> bool:
    """Record ``at`` (UTC) as when the journal last saw the Alertmanager of ``urls`` (``SEEN_AT``)
    without writing the poll itself: a poll that changed nothing since the last one recorded
    (the tray writes those only now and then) saw the same picture later; and as when each
    member of ``answered`` (URLs: those that answered that poll) last answered
    (``journal_starts.keep_member_seen``, as ``record_poll`` keeps it). Only when the
    journal's last look was at that Alertmanager and at an earlier time; returns whether it
    was recorded. Raises JournalError (sqlite3.Error) when the journal cannot be written."""
    with journal.transaction(at) as tx:
        row = tx.conn.execute("SELECT value FROM state WHERE scope = ? AND key = ?", WATCHED).fetchone()
        if not same_alertmanager(loads(row[0]) if row else None, identities(urls)):
            return False
        row = tx.conn.execute("SELECT value FROM state WHERE scope = ? AND key = ?", SEEN_AT).fetchone()
        before = loads(row[0]) if row else None
        if isinstance(before, str) and parse_ts(before) >= at:
            return False
        _note_seen(tx)
        keep_member_seen(tx, answered)
        return True


def _note_seen(tx: Tx) -> None:
    """``SEEN_AT`` = the transaction's time."""
    tx.conn.execute("INSERT OR REPLACE INTO state (scope, key, value, updated_at) VALUES (?, ?, ?, ?)",
                    (*SEEN_AT, dumps(ts_or_none(tx.now)), ts_or_none(tx.now)))


class _Batch:
    """The ``firing`` table's changes of one poll, written with ``executemany`` at the end."""

    def __init__(self) -> None:
        self.recent: dict[str, tuple[int, dt.datetime]] = {}  # incidents resolved within FLAP_WINDOW
        self.lately: dict | None = None  # those within RELABEL_GRACE (``journal_relabel.resolved_lately``)
        self.inserted: list[tuple] = []
        self.updated: list[tuple] = []
        self.deleted: list[tuple] = []

    def write(self, tx: Tx) -> None:
        conn = tx.conn
        if self.deleted:
            conn.executemany("DELETE FROM firing WHERE fingerprint = ?", self.deleted)
        if self.inserted:
            conn.executemany("INSERT INTO firing (fingerprint, alertname, severity, starts_at, silenced_by, summary,"
                             " labels, annotations, members) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", self.inserted)
        if self.updated:
            conn.executemany("UPDATE firing SET severity = ?, silenced_by = ?, annotations = ?, members = ? "
                             "WHERE fingerprint = ?", self.updated)


def _record_alerts(tx: Tx, alerts: Mapping[str, Alert], severities: Mapping[str, Severity],
                   silences: Mapping[str, Silence], chunk: int, partial: bool = False,
                   kept: Collection[str] = (), members: Mapping[str, Sequence[str]] = {}, engineer: str = "") -> None:
    now = tx.now
    cursor = tx.conn.cursor()
    cursor.row_factory = None  # plain tuples of text: cheap, and no work for the garbage collector
    stored = {row[0]: row for row in cursor.execute(
        "SELECT fingerprint, alertname, severity, starts_at, silenced_by, summary, annotations, members FROM firing")}
    handled = {row[0] for row in cursor.execute("SELECT fingerprint FROM incidents WHERE resolved_at IS NULL")}
    shift = cursor.execute("SELECT engineer FROM shifts WHERE ended_at IS NULL").fetchone()
    # whose silences answer an alert (``acknowledges``, ``shifts.on_call_engineer``; review 59 U1)
    on_call = shift[0] if shift and shift[0].strip() else engineer
    batch = _Batch()
    batch.recent = tx.recently_resolved()
    covering: set[str] = set()  # the silences muting an alert now (``silence_cover``)
    # the same alert under the fingerprint of another severity (review 74 BB6): new fp -> old row
    relabelled = {} if partial else relabelled_rows(tx, stored, alerts, severities, kept)
    for count, (fp, alert) in enumerate(alerts.items(), 1):
        if chunk and not count % chunk:
            time.sleep(0)  # a pure-Python loop keeps the GIL for 5 ms at a time otherwise
        severity = severities[fp].value
        old = stored.pop(fp, None)
        ids = alert.status.silenced_by
        if ids:
            covering.update(ids)
        silenced_by = ",".join(sorted(ids)) if ids else ""
        seen = (dumps(alert.annotations), dumps(list(members.get(fp, ()))))  # as stored: compared as text
        if old is not None:
            starts = ts_or_none(alert.starts_at)
            if starts and old[3] and old[3] != starts:  # resolved and fired again between two looks
                _resolved(tx, old, min(alert.starts_at, now), fp in handled, batch)
                old = None
        if old is None and fp in relabelled:
            old = relabelled[fp]
            stored.pop(old[0], None)
            tx.add(EventKind.SEVERITY_CHANGED, fingerprint=fp, alertname=alert.alertname, source=SOURCE_ALERTMANAGER,
                   text=severity, data=carry_over(tx, alert, severity, old, old[0] in handled))
            batch.deleted.append((old[0],))
            batch.inserted.append((fp, alert.alertname, severity, ts_or_none(alert.starts_at), silenced_by,
                                   alert.summary, dumps(dict(alert.labels)), *seen))
            if silenced_by and not old[4]:
                _acknowledged(tx, alert, severity, silences, on_call)
            continue
        if old is None:
            _fired(tx, alert, severity, silenced_by, batch, silences, seen, on_call)
            continue
        if severity == old[2] and silenced_by == old[4]:
            if seen != old[6:]:  # its annotations, or the members that list it: nothing to record
                batch.updated.append((severity, silenced_by, *seen, fp))
            continue
        if severity != old[2]:
            tx.add(EventKind.SEVERITY_CHANGED, fingerprint=fp, alertname=alert.alertname,
                     source=SOURCE_ALERTMANAGER, text=severity, data={"previous": old[2]})
        if silenced_by and not old[4]:
            _acknowledged(tx, alert, severity, silences, on_call)
        elif silenced_by and _acknowledges_any(silences, alert, set(ids).difference(old[4].split(",")), on_call) and (
                fp not in handled or not _acknowledges_any(silences, alert, old[4].split(","), on_call)):
            # muted first, then acknowledged (review 38); also in an incident already handled, when
            # what muted it was no acknowledgement (review 47 N4: a maintenance silence took the
            # event, and the acknowledgement made over it was never recorded)
            _acknowledged(tx, alert, severity, silences, on_call)
        elif old[4] and not silenced_by:
            tx.add(EventKind.UNACKNOWLEDGED, fingerprint=fp, alertname=alert.alertname, source=SOURCE_ALERTMANAGER)
        batch.updated.append((severity, silenced_by, *seen, fp))
    for old in () if partial else stored.values():
        if old[0] not in kept:
            _resolved(tx, old, now, old[0] in handled, batch)
    batch.write(tx)
    note_covering(tx, covering)


def _acknowledges_any(silences: Mapping[str, Silence], alert: Alert, ids: Iterable[str], on_call: str) -> bool:
    """Whether one of the known silences ``ids`` is the guide's acknowledgement of ``alert`` by
    the shift whose engineer is ``on_call`` ("": no shift open)."""
    return any(acknowledges_alert(silences[i], alert, on_call) for i in ids if i in silences)


def _fired(tx: Tx, alert: Alert, severity: str, silenced_by: str, batch: _Batch,
           silences: Mapping[str, Silence], seen: tuple[str, str], on_call: str = "") -> None:
    """An alert the journal had not seen firing (``seen``: its annotations and members, as stored). One first seen already silenced by its
    acknowledgement (``acknowledges``: acknowledged from the command line or amtool while
    nothing recorded polls) is recorded acknowledged too, as a poll between the two would
    have: its incident has who acknowledged it and when (review of three shifts: an ``ack``
    from the command line left the next start checklist's open incident without a status)."""
    at = min(alert.starts_at, tx.now) if alert.starts_at else tx.now
    labels = dict(alert.labels)
    data = {"severity": severity, "labels": labels, "silenced": bool(silenced_by)}
    earlier = batch.recent.get(alert.fingerprint)
    if earlier is None:  # the alert of a recent incident under another severity (review 74 BB6)?
        if batch.lately is None:
            batch.lately = resolved_lately(tx)
        followed = follow_resolved(tx, alert, severity, batch.lately) if batch.lately else None
        if followed is not None:
            tx.reopen_incident(followed[0])
            data.update(incident=followed[0], replaces=followed[1], previous=followed[2])
    elif at - earlier[1] <= FLAP_WINDOW:  # fired again soon: the same incident goes on
        tx.reopen_incident(earlier[0])
        data["incident"] = earlier[0]  # the incident it opened again
    tx.add(EventKind.FIRED, at, fingerprint=alert.fingerprint, alertname=alert.alertname,
             source=SOURCE_ALERTMANAGER, text=alert.summary, data=data)
    batch.inserted.append((alert.fingerprint, alert.alertname, severity, ts_or_none(alert.starts_at), silenced_by,
                           alert.summary, dumps(labels), *seen))
    if silenced_by and _acknowledges_any(silences, alert, alert.status.silenced_by, on_call):
        _acknowledged(tx, alert, severity, silences, on_call)


def _acknowledged(tx: Tx, alert: Alert, severity: str, silences: Mapping[str, Silence], on_call: str = "") -> None:
    known = [silences[i] for i in sorted(alert.status.silenced_by) if i in silences]
    acks = [s for s in known if acknowledges_alert(s, alert, on_call)]
    incident = bool(acks)
    if acks:  # by its acknowledgement, not by a maintenance silence that muted it first (review 38)
        known = acks
        at = min((s.starts_at for s in acks if s.starts_at is not None), default=None) or tx.now
    else:
        at = acknowledged_at(alert, silences) or tx.now
    authors = ", ".join(dict.fromkeys(s.created_by for s in known if s.created_by))
    at = min(max(at, fired_time(alert) or at), tx.now)
    tx.add(EventKind.ACKNOWLEDGED, at, fingerprint=alert.fingerprint, alertname=alert.alertname,
             silence_id=known[0].id if known else "", actor=authors, source=SOURCE_ALERTMANAGER,
             text=known[0].comment if known else "", data={"opens_incident": incident})
    if incident:
        tx.take_incident(alert.fingerprint, alertname=alert.alertname, severity=severity, summary=alert.summary,
                         labels=alert.labels, fired_at=alert.starts_at, acknowledged_at=at, acknowledged_by=authors)


def _resolved(tx: Tx, old: tuple, at: dt.datetime, handled: bool, batch: _Batch) -> None:
    fp, alertname, severity, _starts, _silenced, summary = old[:6]
    data = {"severity": severity}
    incident = tx.resolve_incident(fp, at) if handled else None
    if incident is not None:
        data["incident"] = incident.id
        batch.recent[fp] = (incident.id, at)  # firing again in this same poll continues it
    tx.add(EventKind.RESOLVED, at, fingerprint=fp, alertname=alertname, source=SOURCE_ALERTMANAGER,
             text=summary, data=data)
    batch.deleted.append((fp,))


def _record_silences(tx: Tx, silences: Mapping[str, Silence], partial: bool = False) -> None:
    now = tx.now
    stored = {row["id"]: row for row in tx.conn.execute("SELECT * FROM silences")}
    for sid, silence in silences.items():
        old = stored.pop(sid, None)
        state = silence.status.state
        if old is None:
            if state != EXPIRED:  # expired before the journal saw it: history, not news
                at = min(silence.updated_at or silence.starts_at or now, now)
                _silence_event(tx, EventKind.SILENCE_CREATED, silence, silence.created_by, SOURCE_ALERTMANAGER, at)
                _store_silence(tx, silence, state)
            continue
        if old["state"] == EXPIRED:
            continue  # an expired silence never comes back; an older poll must not revive it
        old_ends = parse_ts(old["ends_at"])
        if state == EXPIRED:
            at = min(silence.ends_at or now, now)
            _silence_event(tx, EventKind.SILENCE_EXPIRED, silence, "", SOURCE_ALERTMANAGER, at,
                           early=bool(old_ends and silence.ends_at and silence.ends_at < old_ends))
        elif old_ends and silence.ends_at and silence.ends_at > old_ends:
            _silence_event(tx, EventKind.SILENCE_EXTENDED, silence, silence.created_by, SOURCE_ALERTMANAGER, now,
                           previous_ends_at=old["ends_at"])
        if (state, ts_or_none(silence.ends_at), silence.comment) != (old["state"], old["ends_at"], old["comment"]):
            _store_silence(tx, silence, state)
    for old in () if partial else stored.values():  # gone from Alertmanager (garbage-collected, or another cluster)
        if old["state"] != EXPIRED:
            ends = parse_ts(old["ends_at"])
            tx.add(EventKind.SILENCE_EXPIRED, min(ends or now, now), silence_id=old["id"],
                     alertname=_stored_alertname(old), source=SOURCE_ALERTMANAGER, text=old["comment"],
                     data={"ends_at": old["ends_at"], "gone": True})
        tx.conn.execute("DELETE FROM silences WHERE id = ?", (old["id"],))
        forget(tx, (old["id"],))
        forget_made_for(tx.conn, (old["id"],))


def _stored_alertname(row) -> str:
    for name, value, is_regex, is_equal in loads(row["matchers"]):
        if name == "alertname" and is_equal and not is_regex:
            return value
    return ""


def _silence_event(tx: Tx, kind: EventKind, silence: Silence, actor: str, source: str,
                   at: dt.datetime | None = None, **extra) -> Event:
    return tx.event(kind, at, silence_id=silence.id, alertname=silence_alertname(silence), actor=actor,
                    source=source, text=silence.comment, data={**_silence_data(silence), **extra})


def _store_silence(tx: Tx, silence: Silence, state: str, ends_at: dt.datetime | None = None) -> None:
    matchers = [[m.name, m.value, m.is_regex, m.is_equal] for m in silence.matchers]
    tx.conn.execute(
        "INSERT INTO silences (id, state, starts_at, ends_at, created_by, comment, matchers) VALUES (?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (id) DO UPDATE SET state = excluded.state, starts_at = excluded.starts_at,"
        " ends_at = excluded.ends_at, created_by = excluded.created_by, comment = excluded.comment,"
        " matchers = excluded.matchers",
        (silence.id, state, ts_or_none(silence.starts_at), ts_or_none(ends_at or silence.ends_at),
         silence.created_by, silence.comment, dumps(matchers)))


def record_silence_change(journal: Journal, kind: EventKind, silence: Silence, *, actor: str, source: str,
                          at: dt.datetime | None = None) -> Event:
    """Record what this app did to a silence: ``SILENCE_CREATED`` or ``SILENCE_EXTENDED`` (pass
    the silence as it is now) or ``SILENCE_EXPIRED`` (pass it as it was; it ends at ``at``).

    Raises:
        ValueError: another kind.
    """
    if kind not in (EventKind.SILENCE_CREATED, EventKind.SILENCE_EXTENDED, EventKind.SILENCE_EXPIRED):
        raise ValueError(f"not a silence event: {kind}")
    with journal.transaction(at) as tx:
        if kind is EventKind.SILENCE_EXPIRED:
            _store_silence(tx, silence, EXPIRED, ends_at=tx.now)
        else:
            _store_silence(tx, silence, silence.status.state)
        extra = {"early": True} if kind is EventKind.SILENCE_EXPIRED else {}
        return _silence_event(tx, kind, silence, actor, source, **extra)
