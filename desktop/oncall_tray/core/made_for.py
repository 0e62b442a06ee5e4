"""Which alert's *Silence…* dialog made a silence, as the shift journal records it (no Qt).

The guide's engineer acknowledges *an alert* ("Clique no alerta → Silence por 15min"); a silence
made from one alert's dialog is their answer to that alert, also when a matcher was widened to a
regular expression or a label left out. Such a silence mutes many alerts, so the rule
``acknowledged.acknowledges`` cannot tell from its matchers which one it answers (code review 86
BG1: counted for each alert it muted, it stopped the response clock of one nobody had opened).
The tray records it here when Alertmanager has made it: the journal's ``state`` table, scope
``MADE_FOR``, key the silence ID, value the alert's fingerprint. Whoever reads silences and the
journal (the tray's poller, the journal's own record of a poll, the command line) marks them
(``Silence.made_for``), and ``acknowledged.acknowledges_alert`` counts such a silence for that
alert alone. A journal without the scope (older, or no dialog silence yet) marks nothing.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping

import msgspec

from ..alertmanager.models import Silence
from .journal_schema import dumps, loads, ts

#: The ``state`` scope of the records: key the silence ID, value the alert's fingerprint (JSON).
MADE_FOR = "made_for"
_UPSERT = ("INSERT INTO state (scope, key, value, updated_at) VALUES (?, ?, ?, ?) "
           "ON CONFLICT (scope, key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at")


def record_made_for(journal, fingerprint: str, silence_ids: Iterable[str]) -> None:
    """Record that the silences ``silence_ids`` (one per Alertmanager that made it) were made
    from the *Silence…* dialog of the alert ``fingerprint``, in one write transaction of
    ``journal`` (a ``core.journal.Journal``).

    Raises:
        JournalError: the journal cannot be written.
    """
    ids = [sid for sid in dict.fromkeys(silence_ids) if sid]
    if not fingerprint or not ids:
        return
    with journal.transaction() as tx:
        tx.conn.executemany(_UPSERT, [(MADE_FOR, sid, dumps(fingerprint), ts(tx.now)) for sid in ids])


def made_for(journal) -> dict[str, str]:
    """Silence ID -> the fingerprint of the alert whose dialog made it, as ``journal`` (a
    ``Journal``) recorded it; {} when none was. Raises JournalError: it cannot be read."""
    return _decoded(journal.query("SELECT key, value FROM state WHERE scope = ?", (MADE_FOR,)))


def made_for_in(conn: sqlite3.Connection) -> dict[str, str]:
    """``made_for`` read through ``conn`` (inside a journal transaction: ``Tx.conn``)."""
    return _decoded(conn.execute("SELECT key, value FROM state WHERE scope = ?", (MADE_FOR,)).fetchall())


def forget_made_for(conn: sqlite3.Connection, silence_ids: Iterable[str]) -> None:
    """Drop the records of silences Alertmanager no longer lists (``journal_feed``), through
    ``conn`` inside a journal transaction."""
    conn.executemany("DELETE FROM state WHERE scope = ? AND key = ?", [(MADE_FOR, sid) for sid in silence_ids])


def _decoded(rows) -> dict[str, str]:
    found = {}
    for key, value in rows:
        try:
            fingerprint = loads(value)
        except msgspec.DecodeError:
            continue  # a damaged record marks nothing
        if isinstance(fingerprint, str) and fingerprint:
            found[key] = fingerprint
    return found


def marked(silences: Mapping[str, Silence], made: Mapping[str, str]) -> Mapping[str, Silence]:
    """``silences`` (ID -> silence) with those of ``made`` (``made_for``) carrying the alert
    their dialog was opened for (``Silence.made_for``); ``silences`` itself when none is."""
    if not made or not any(sid in made for sid in silences):
        return silences
    return {sid: msgspec.structs.replace(s, made_for=made[sid]) if sid in made and s.made_for != made[sid] else s
            for sid, s in silences.items()}
