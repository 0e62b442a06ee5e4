"""The starts taken for alerts whose ``startsAt`` is not their start, kept in the shift journal
(no Qt; review 54 K3).

The tracker takes some alerts' start from what it saw before rather than from Alertmanager's
``startsAt``: one posted without a start (Alertmanager gives its ``endsAt``, in the future:
``tracker.FUTURE_START_SKEW``), one sent again with a new start to a member that restarted while
it was firing (``cluster_watch.carried_starts``). A command-line run sees one poll: it took
another start, so the journal recorded the alert resolved and fired again, and the tray's next
record the reverse: one firing became three, "flapping", in the handoff. ``record_poll`` keeps
these starts (fingerprint -> [the ``startsAt`` Alertmanager gives, the start taken]) for the
alerts the journal has firing, in the ``state`` table under ``STARTS``; a run gives them to its
tracker (``AlertTracker.carry_starts``), so that every poll takes the same start. What is set
aside of an Alertmanager no longer watched (``journal_aside``) keeps its starts with it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable, Mapping

from ..config_urls import url_identity
from .journal_schema import dumps, loads, parse_ts, ts
from .restarts import RESTART_GRACE

#: The ``state`` row: a JSON object, fingerprint -> [startsAt given, start taken] (journal times).
STARTS = ("journal", "starts")
Starts = Mapping[str, tuple[dt.datetime, dt.datetime]]


def stored(conn) -> dict[str, list[str]]:
    """The starts kept (as stored: fingerprint -> two journal times); empty when none."""
    row = conn.execute("SELECT value FROM state WHERE scope = ? AND key = ?", STARTS).fetchone()
    value = loads(row[0]) if row else None
    return value if isinstance(value, dict) else {}


def store(conn, value: Mapping[str, list[str]], at: dt.datetime) -> None:
    """Keep ``value`` (as ``stored`` gives it) as the starts, or none when it is empty."""
    if value:
        conn.execute("INSERT OR REPLACE INTO state (scope, key, value, updated_at) VALUES (?, ?, ?, ?)",
                     (*STARTS, dumps(dict(value)), ts(at)))
    else:
        conn.execute("DELETE FROM state WHERE scope = ? AND key = ?", STARTS)


def keep_starts(tx, starts: Starts | None, polled: Collection[str]) -> None:
    """After a poll was recorded in ``tx`` (a ``journal.Tx``): keep ``starts`` (a tracker's
    ``AlertSnapshot.seen_starts``) of the alerts of the poll (``polled``: their fingerprints),
    and those kept before of the alerts the journal still has firing that the poll lacks (a
    partial poll). ``starts`` None: the caller takes none; those kept stay while their alert fires."""
    conn = tx.conn
    old = stored(conn)
    if not old and not starts:
        return
    new = {fp: [ts(said), ts(start)] for fp, (said, start) in (starts or {}).items() if fp in polled}
    if old:
        firing = {row[0] for row in conn.execute("SELECT fingerprint FROM firing")}
        new.update({fp: taken for fp, taken in old.items()
                    if fp in firing and (starts is None or fp not in polled) and fp not in new})
    if new != old:
        store(conn, new, tx.now)


#: The ``state`` row: a JSON object, an Alertmanager's (or a cluster member's) URL identity
#: (``config_urls.url_identity``) -> its start as its status last said (a journal time; review 58 T1),
#: or ``{"restart": start}`` when that start replaced another one the journal kept, or was first
#: recorded less than ``RESTART_GRACE`` after it (review 61 X2): a restart, whose alerts from
#: before may still be missing (review 60 V7), not a start known before.
MEMBER_STARTS = ("journal", "member_starts")
RESTART = "restart"


def keep_member_starts(tx, started: Mapping[str, dt.datetime] | None) -> None:
    """Keep, in ``tx`` (a ``journal.Tx``), the start of each member of ``started`` (its URL ->
    its start, UTC, as its status said), with those kept of the others: a member whose start is
    the one kept did not restart since (``journal_seen.LastSeen.starts``). A start first recorded
    less than ``RESTART_GRACE`` after it happened (``tx.now``; no start kept for that member: a
    journal of the version before, a member newly added) is kept as a restart: its alerts from
    before may still be missing (review 61 X2). None or empty: as they are."""
    if not started:
        return
    stored_now, old = _kept(tx, MEMBER_STARTS)
    new = dict(old)
    for url, at in started.items():
        identity, start = url_identity(url), ts(at)
        before = old.get(identity)
        # a start after another one is a restart, and stays one (review 60 V7: the next poll took
        # it as known, not in its grace, and recorded the alerts it had lost "resolved")
        restarted = isinstance(before, dict) or before is not None and before != start or \
            before is None and tx.now - at < RESTART_GRACE  # first seen in its grace (review 61 X2)
        new[identity] = {RESTART: start} if restarted else start
    _keep(tx, MEMBER_STARTS, stored_now, new)


#: The ``state`` row: a JSON object, a cluster member's (or an Alertmanager's) URL identity
#: (``config_urls.url_identity``) -> when it last answered a poll the journal recorded (a journal
#: time): what "as last seen at" says of the alerts and silences of a member that does not answer
#: (review 61 X1: the journal's ``SEEN_AT``, written by partial polls too, said the latest poll).
MEMBER_SEEN = ("journal", "member_seen")


def keep_member_seen(tx, answered: Iterable[str] | None) -> None:
    """Keep ``tx.now`` (a ``journal.Tx``'s time, UTC) as when each member of ``answered`` (URLs:
    those that answered the poll recorded, or seen by a poll that changed nothing, ``journal_feed.
    record_seen``) last answered; those kept of the others stay. A time kept is never moved back.
    None or empty: as they are."""
    if not answered:
        return
    stored_now, old = _kept(tx, MEMBER_SEEN)
    new = dict(old)
    for url in answered:
        identity = url_identity(url)
        before = _time(old.get(identity))
        if before is None or before < tx.now:
            new[identity] = ts(tx.now)
    _keep(tx, MEMBER_SEEN, stored_now, new)


def members_seen(value: object) -> dict[str, dt.datetime]:
    """The ``MEMBER_SEEN`` row's value as URL identity -> aware UTC time; malformed entries left out."""
    found = {}
    for identity, at in rekeyed(value).items():
        when = _time(at)
        if when is not None:
            found[identity] = when
    return found


def rekeyed(value: object) -> dict[str, object]:
    """A ``MEMBER_STARTS`` or ``MEMBER_SEEN`` row's value (a JSON object; anything else none) keyed
    by today's ``url_identity``: one written before the loopback's names were 127.0.0.1 (review 69
    AI5: ``http://localhost:9093``) under ``http://127.0.0.1:9093``. When a stale key and today's
    both hold a member (a journal written by a version that read the old key but did not move it,
    code review 74 AL6), today's wins: it was written since. Two addresses stay two (AL1)."""
    found: dict[str, object] = {}
    for key, kept in (value.items() if isinstance(value, dict) else ()):
        identity = url_identity(str(key))
        if identity not in found or str(key) == identity:
            found[identity] = kept
    return found


def _time(value: object) -> dt.datetime | None:
    """A journal time stored as text, parsed; None for anything else."""
    try:
        return parse_ts(value) if isinstance(value, str) else None
    except ValueError:
        return None


def _kept(tx, key: tuple[str, str]) -> tuple[dict, dict]:
    """The ``state`` row ``key``'s JSON object ({} when none, or not an object), as stored and
    ``rekeyed``: what is written back is keyed by today's identity, the stale keys dropped in the
    same transaction (code review 74 AL6: a pre-upgrade key shadowed every later start)."""
    row = tx.conn.execute("SELECT value FROM state WHERE scope = ? AND key = ?", key).fetchone()
    value = loads(row[0]) if row else None
    stored_now = value if isinstance(value, dict) else {}
    return stored_now, rekeyed(stored_now)


def _keep(tx, key: tuple[str, str], old: dict, new: dict) -> None:
    """Write ``new`` as the ``state`` row ``key`` when it differs from ``old``."""
    if new != old:
        tx.conn.execute("INSERT OR REPLACE INTO state (scope, key, value, updated_at) VALUES (?, ?, ?, ?)",
                        (*key, dumps(new), ts(tx.now)))


def member_starts(value: object) -> dict[str, dt.datetime]:
    """The ``MEMBER_STARTS`` row's value as URL identity -> aware UTC start, the starts known
    before; restarts (``RESTART``: their alerts may be missing, review 60 V7) and malformed
    entries left out."""
    found = {}
    for identity, start in rekeyed(value).items():
        if isinstance(start, dict):
            continue
        try:
            found[identity] = parse_ts(start)
        except (TypeError, ValueError):
            continue
    return found


def decoded(value: object) -> dict[str, tuple[dt.datetime, dt.datetime]]:
    """``stored``'s value (or a part set aside) as aware UTC times; malformed entries (a journal
    edited by hand) left out."""
    found = {}
    for fp, taken in (value.items() if isinstance(value, dict) else ()):
        if isinstance(taken, list) and len(taken) == 2 and all(isinstance(t, str) and t for t in taken):
            try:
                found[str(fp)] = (parse_ts(taken[0]), parse_ts(taken[1]))
            except ValueError:
                continue
    return found
