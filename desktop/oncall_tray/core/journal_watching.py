"""Which Alertmanager a poll recorded in the shift journal looked at, and what follows when it is
another one than the journal's last look (no Qt; ``journal_feed.record_poll``'s first step,
split out for size): a ``WATCHING_MOVED`` event, what was seen on the one left set aside and
what was set aside of this one taken back (``journal_aside``). One Alertmanager read through
another URL (a proxy) is no other one (``journal_answers``).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping

from .journal import Tx
from .journal_answers import Heard, answers_kept, as_now, keep_answers
from .journal_aside import WATCHED, identities, rescoped, same_alertmanager, set_aside, take_back
from .journal_schema import SOURCE_ALERTMANAGER, EventKind, dumps, loads, ts_or_none


def watching(tx: Tx, urls: Iterable[str], polled: Collection[str], answers: Mapping[str, str],
             listed: Collection[str]) -> None:
    """Record ``urls`` (``Config.watched``'s) as the Alertmanager looked at now; when the
    journal's last look was at another one (``same_alertmanager``: no member in common, and not
    the same one by its answers, ``journal_answers.one_by_answers``), set what it saw there
    aside and take back what was set aside of this one (``journal_aside``), recording the move
    (``WATCHING_MOVED``, with the other identities each was followed under: ``from_also``,
    ``to_also``). Another scope of the same one (``rescoped``) sets aside only what the poll
    (``polled``: its fingerprints) lacks. ``answers``: who answered, by member
    (``journal_answers.by_member``); ``listed``: the IDs of the silences the poll listed.
    Raises ``sqlite3.Error`` as the transaction's writes do."""
    current = identities(urls)
    row = tx.conn.execute("SELECT value FROM state WHERE scope = ? AND key = ?", WATCHED).fetchone()
    written = loads(row[0]) if row else None
    kept, known_as = answers_kept(tx.conn)
    there = {r[0] for r in tx.conn.execute("SELECT id FROM silences")}
    heard = Heard(tuple(sorted(set(answers.values()))), frozenset(listed))
    stored = as_now(written, current, heard.same_as(sorted(set(kept.values())), there))
    renamed = stored is not written  # the same Alertmanager, followed under other URLs until now
    if current and written != current:
        tx.conn.execute("INSERT OR REPLACE INTO state (scope, key, value, updated_at) VALUES (?, ?, ?, ?)",
                        (*WATCHED, dumps(current), ts_or_none(tx.now)))
    left_also = sorted({*known_as, *(map(str, written) if renamed else ())})
    if same_alertmanager(stored, current):
        keep_answers(tx, answers, left_also if renamed else None)
        return
    again = rescoped(stored, current)
    set_aside(tx, list(stored), set(polled) if again else None, kept.values(), left_also)
    also = take_back(tx, current, polled, heard)
    tx.add(EventKind.WATCHING_MOVED, source=SOURCE_ALERTMANAGER,
           data={"from": list(stored), "to": current, "from_also": left_also, "to_also": also})
    keep_answers(tx, answers, left_also if again else also, replace=not again)
