"""The silences this app expired, as the shift journal recorded them (no Qt): the Silences tab,
the handoff and the incidents' aftercare (``ui.shift_controller``), and ``oncall-tray silence
expire`` record each expire they make (``journal_feed.record_silence_change``: a
``SILENCE_EXPIRED`` event whose source is the tray or the command line); an expire seen only by a
poll (``SOURCE_ALERTMANAGER``) was made by someone else (amtool, Alertmanager's UI, a script).

That record follows Alertmanager's answer, so each of them also notes, before its DELETE is sent,
that it asked for the expire (``ask_expire``: a ``state`` entry, ``ASKED_SCOPE``, not an event:
the handoff and the journal's history never read it, so a refused expire is claimed nowhere).
An expire asked within ``ASKED_COUNTS`` counts as this app's (code review 78 AR2: a poll between
the DELETE and the record, an expire whose answer was lost, or whose record failed, was said
"ended outside oncall-tray", once, urgent, at night, never corrected). The tray also keeps its
asks in memory (``AskedHere``), for a journal that cannot be written but can be read.

The attention monitor keeps quiet about an acknowledgement ended early by the engineer here, and
says one ended early by anyone else (fresh-user review 71 AP5: a colleague's ``amtool silence
expire`` went unsaid, the alert firing again without a word).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import threading
from collections.abc import Collection, Mapping
from typing import NamedTuple

from ..alertmanager.models import Silence
from .journal import Journal
from .journal_hold import process_start, still_running
from .journal_schema import SOURCE_CLI, SOURCE_TRAY, EventKind, dumps, parse_ts, ts
from .journal_state import UPSERT

#: How far back the journal is read: an acknowledgement lasts at most the guide's 24 h, and a tray
#: off for longer says nothing of what ended meanwhile that the journal's last look does not have.
LOOK_BACK = dt.timedelta(days=2)
#: The ``state`` scope of the expires asked (key: the silence ID; value: who asked, JSON).
ASKED_SCOPE = "expire_asked"
#: How far from the ask the silence's end (Alertmanager's ``endsAt``, else the poll's time) may
#: be for the end to be the app's: longer than a request's timeout, a stalled Alertmanager acting
#: on the DELETE late, and the clocks' difference. Judged by the end, not by the poll, so that a
#: tray started hours later still knows an expire whose answer was lost. A DELETE refused is
#: withdrawn (``withdraw_expire``, ``AskedHere.withdraw``; code review 79 AT7: a colleague's
#: expire minutes later was taken for the app's); one whose answer was lost keeps its note; notes
#: older than ``LOOK_BACK`` go with the next ask.
ASKED_COUNTS = dt.timedelta(minutes=15)


def ask_expire(journal: Journal, silence_id: str, asker: str = "", at: dt.datetime | None = None,
               seen: dt.datetime | None = None) -> None:
    """Note that this app is about to send the DELETE of ``silence_id`` (call it first: before the
    request leaves), asked at ``at`` (aware UTC; None: now) by ``asker`` (the tray or the command
    line, with the engineer: for whoever reads the journal's file), in this process (its pid and
    start: ``take_unconfirmed`` does not judge an ask whose process still runs), the silence's
    ``updatedAt`` as Alertmanager gave it before the ask being ``seen`` (None: not known).
    Asks older than ``LOOK_BACK`` are removed in the same write.

    Raises:
        JournalError: the journal cannot be written.
    """
    value = {"asker": asker, "pid": os.getpid(), "started": process_start(), "seen": ts(seen) if seen else None}
    with journal.transaction(at) as tx:
        tx.conn.execute("DELETE FROM state WHERE scope = ? AND updated_at < ?",
                        (ASKED_SCOPE, ts(tx.now - LOOK_BACK)))
        tx.conn.execute(UPSERT, (ASKED_SCOPE, silence_id, dumps(value), ts(tx.now)))


def _ask_of(value: str) -> dict:
    """The ask's value (``ask_expire``'s) as a dict; an ask noted before these were kept (the
    asker's words alone) has no pid nor ``seen``."""
    try:
        read = json.loads(value)
    except (TypeError, ValueError):
        return {}
    return read if isinstance(read, dict) else {"asker": read}


def withdraw_expire(journal: Journal, silence_id: str) -> None:
    """Forget the ask of ``silence_id``'s expire (``ask_expire``): Alertmanager refused it (a
    definite refusal, not an answer lost: ``silence_holders.answer_lost``), so an end of that
    silence is someone else's (code review 79 AT7).

    Raises:
        JournalError: the journal cannot be written.
    """
    with journal.transaction() as tx:
        tx.conn.execute("DELETE FROM state WHERE scope = ? AND key = ?", (ASKED_SCOPE, silence_id))


def _near_end(asked: dt.datetime, silence_id: str, silences: Mapping[str, Silence], now: dt.datetime) -> bool:
    """Whether ``silence_id``'s end (as ``silences`` gives it, else ``now``) is within
    ``ASKED_COUNTS`` of ``asked`` (aware UTC): the rule of ``expired_here`` and ``AskedHere``."""
    return abs((getattr(silences.get(silence_id), "ends_at", None) or now) - asked) <= ASKED_COUNTS


def expired_here(journal: Journal, now: dt.datetime,
                 silences: Mapping[str, Silence] | None = None) -> frozenset[str]:
    """The IDs of the silences this app (tray or command line) expired within ``LOOK_BACK`` of
    ``now`` (aware UTC), and of those whose expire it asked for (``ask_expire``), answered or
    not, that ended within ``ASKED_COUNTS`` of the ask: their end as ``silences`` (ID -> the
    poll's ``Silence``) gives it, else ``now``.

    Raises:
        JournalError: the journal cannot be read.
    """
    since = ts(now - LOOK_BACK)
    rows = journal.query("SELECT DISTINCT silence_id FROM events WHERE kind = ? AND source IN (?, ?) AND at >= ?",
                         (EventKind.SILENCE_EXPIRED.value, SOURCE_TRAY, SOURCE_CLI, since))
    asked = journal.query("SELECT key, updated_at FROM state WHERE scope = ? AND updated_at >= ?", (ASKED_SCOPE, since))
    return frozenset([row["silence_id"] for row in rows if row["silence_id"]] + [
        row["key"] for row in asked if _near_end(parse_ts(row["updated_at"]), row["key"], silences or {}, now)])


class AskedHere:
    """The expires this tray asked for in this run (silence ID -> when, aware UTC), kept in
    memory beside the journal's (``ask_expire``): one whose note the journal could not write (a
    busy or locked journal) still counts as the app's own for ``ASKED_COUNTS``. Written in the
    GUI thread, read in the poller's: guarded by a lock."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._asked: dict[str, dt.datetime] = {}

    def ask(self, silence_id: str, at: dt.datetime) -> None:
        """``silence_id``'s expire asked at ``at`` (aware UTC); those asked before ``ASKED_COUNTS``
        are forgotten."""
        with self._lock:
            self._asked = {sid: when for sid, when in self._asked.items() if at - when <= ASKED_COUNTS}
            self._asked[silence_id] = at

    def asked(self) -> frozenset[str]:
        """The IDs of the silences whose expire was asked here (within ``ASKED_COUNTS``), not
        withdrawn: on their way out, whatever the last poll listed."""
        with self._lock:
            return frozenset(self._asked)

    def withdraw(self, silence_id: str) -> None:
        """Forget ``silence_id``'s ask: Alertmanager refused the expire (``withdraw_expire``)."""
        with self._lock:
            self._asked.pop(silence_id, None)

    def recent(self, now: dt.datetime, silences: Mapping[str, Silence] | None = None) -> frozenset[str]:
        """The IDs of the silences whose expire was asked here and that ended within
        ``ASKED_COUNTS`` of the ask: their end as ``silences`` (ID -> the poll's ``Silence``)
        gives it, else ``now`` (aware UTC), the rule of ``expired_here`` (code review 79 AT7)."""
        with self._lock:
            return frozenset(sid for sid, when in self._asked.items() if _near_end(when, sid, silences or {}, now))


class Unconfirmed(NamedTuple):
    """An expire this app asked for that was never confirmed, its silence still active
    (``take_unconfirmed``): the silence (as the poll gives it) and when the expire was asked (aware UTC)."""

    silence: Silence
    asked: dt.datetime


def take_unconfirmed(journal: Journal, silences: Mapping[str, Silence], now: dt.datetime,
                     settled: dt.timedelta, held: Collection[str] = ()) -> list[Unconfirmed]:
    """The expires asked (``ask_expire``) at least ``settled`` before ``now`` (aware UTC) by a
    process that no longer runs (its pid and start: one still running may still be sending it,
    a DELETE tried on each member in turn, sent again with a login, queued; code review 83 BA3)
    whose silence ``silences`` (ID -> the poll's ``Silence``) shows still active, unchanged since
    the ask, with no expire of it recorded by this app since: the DELETE failed or was not
    answered (sent at a quit, its answer not waited for: code review 80 AV3). Unchanged: its
    ``updatedAt`` is the one the asker saw (Alertmanager's clock against itself, never against
    this machine's: code review 83 BA6); of an ask that did not note it, one at least
    ``ASKED_COUNTS`` (the clocks' difference) before the ask. Their asks are removed in the same
    write, so each is told once; so are those of a silence changed since the ask (someone
    extended or edited it: their change stands, never expired for this old ask). A silence not
    in ``silences``, or in ``held`` (IDs of silences that only members not answering hold, their
    state as last seen: unknown now; code review 83 BA4), keeps its ask (``expired_here``).

    Raises:
        JournalError: the journal cannot be written.
    """
    found: list[Unconfirmed] = []
    with journal.transaction(now) as tx:
        rows = tx.conn.execute("SELECT key, value, updated_at FROM state WHERE scope = ? AND updated_at <= ?",
                               (ASKED_SCOPE, ts(now - settled))).fetchall()
        for row in rows:
            silence, asked, ask = silences.get(row["key"]), parse_ts(row["updated_at"]), _ask_of(row["value"])
            if silence is None or silence.id in held or silence.status.state != "active" or \
                    still_running(int(ask.get("pid") or 0), ask.get("started")):
                continue
            expired = tx.conn.execute(
                "SELECT 1 FROM events WHERE kind = ? AND silence_id = ? AND source IN (?, ?) AND at >= ? LIMIT 1",
                (EventKind.SILENCE_EXPIRED.value, silence.id, SOURCE_TRAY, SOURCE_CLI, row["updated_at"])).fetchone()
            if expired is not None:
                continue
            if _unchanged(silence, asked, ask.get("seen")):
                found.append(Unconfirmed(silence, asked))
            tx.conn.execute("DELETE FROM state WHERE scope = ? AND key = ?", (ASKED_SCOPE, silence.id))
    return found


def _unchanged(silence: Silence, asked: dt.datetime, seen: str | None) -> bool:
    """Whether ``silence`` is as its asker saw it: its ``updatedAt`` that ``seen`` (Alertmanager's,
    noted at the ask); else (not noted) one at least ``ASKED_COUNTS`` before ``asked`` (this
    machine's clock: the clocks' difference allowed), or none."""
    if seen:
        return silence.updated_at == parse_ts(seen)
    return silence.updated_at is None or silence.updated_at <= asked - ASKED_COUNTS
