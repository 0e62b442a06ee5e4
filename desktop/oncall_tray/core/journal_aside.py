"""The journal's copy of an Alertmanager the tray stopped watching (no Qt; review 50 F2).

The journal's ``firing`` and ``silences`` tables are what it last saw on one Alertmanager (the
one recorded under ``WATCHED``). When a poll of another one is recorded (new settings with
another URL), what the journal saw on the first did not end: it is no longer watched.
``set_aside`` moves it out of those tables into the ``state`` table (scope ``ASIDE``, one key
per Alertmanager: its members' identities, ``identities``), with an UNWATCHED event for each
alert, so that none counts as firing in this shift's handoff while another is watched (review
24). ``take_back`` moves back what was set aside of the Alertmanager polled now, with a WATCHED
event for each alert, before the poll is compared with it: an alert still firing goes on (the
same firing and incident: neither resolved nor received again), one gone ended then (when it
ended meanwhile cannot be known), a silence gone or expired meanwhile ends as usual.

What is watched is an Alertmanager with the scope the tray asks of it (``Config.watched``: its
``filter`` and ``receiver``; review 56 Q10, a new receiver said every alert outside it resolved).
Another scope of the same Alertmanager (``rescoped``) sets aside only the alerts its poll lacks:
those in both scopes go on, and so do the silences (asked of it whole).

The same Alertmanager read through another URL (a proxy) is known by who answered there and
the silences it listed (``journal_answers``; kept with what is set aside: ``"answers"``, and
the other URLs it was followed under, ``"known_as"``), not by its URLs alone.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

from ..config_urls import scope_identity, unscoped
from .journal import Journal, Tx
from .journal_answers import Heard, as_now, texts
from .journal_schema import (ASIDE_SCOPE, FIRING_COLUMNS, SILENCE_COLUMNS, SOURCE_ALERTMANAGER, EventKind,
                             aside_firing, aside_silences, dumps, loads, ts)
from .journal_starts import store, stored

#: The state scope: key the Alertmanager's identities (JSON list), value {"firing": rows,
#: "silences": rows, "starts": the starts taken (``journal_starts``)}, each row a list of the
#: table's ``FIRING_COLUMNS`` or ``SILENCE_COLUMNS``.
ASIDE = ASIDE_SCOPE
#: Where, in the journal's ``state`` table, the Alertmanager its ``firing`` and ``silences``
#: tables were read from is kept (``identities``: each member's, with its scope).
WATCHED = ("journal", "alertmanager")


def identities(urls: Iterable[str]) -> list[str]:
    """The members' identities with the scope watched there (``config_urls.scope_identity``
    of ``Config.watched``'s URLs), sorted, without duplicates."""
    return sorted({scope_identity(url) for url in urls if url})


def rescoped(stored: object, urls: Iterable[str]) -> bool:
    """Whether ``stored`` (identities, as ``identities`` gave them) and ``urls`` are one
    Alertmanager watched with two scopes (``same_alertmanager`` but for the scope)."""
    current = identities(urls)
    return isinstance(stored, list) and not same_alertmanager(stored, current) and bool(
        {unscoped(i) for i in _again(stored)} & {unscoped(i) for i in current})


def same_alertmanager(stored: object, urls: Iterable[str]) -> bool:
    """Whether ``stored`` (identities, as ``identities`` gave them) and ``urls`` are the same
    Alertmanager: a member in common (a peer added or removed is the same cluster), or nothing
    known on either side (a journal older than the record, a caller that does not say)."""
    current = identities(urls)
    return not stored or not current or bool(_again(stored) & set(current))


def _again(stored: object) -> set[str]:
    """``stored`` (identities a journal recorded, a list; anything else none) read by today's
    ``identities``: one written before the loopback's names were 127.0.0.1 (review 69 AI5:
    ``http://localhost:9093``) is the same member as ``http://127.0.0.1:9093`` now; two stored
    addresses stay two (127.0.0.2 and 127.0.0.3, code review 74 AL1)."""
    return set(identities(str(i) for i in stored)) if isinstance(stored, list) else set()


def _entry(conn, urls: Iterable[str], heard: Heard | None = None) -> tuple[str, dict] | None:
    """The key and rows set aside for the Alertmanager of ``urls`` (a member in common), if any."""
    return next(((key, rows) for key, rows, same, _by in _entries(conn, urls, heard) if same), None)


def _entries(conn, urls: Iterable[str], heard: Heard | None = None) -> list[tuple[str, dict, bool, bool]]:
    """The keys and rows set aside for the Alertmanager of ``urls``, each with whether under
    the scope of ``urls`` (a member in common) or another (``rescoped``), and whether known by
    its answers alone: set aside under other URLs, the same Alertmanager as ``heard`` says
    (``journal_answers``)."""
    current = identities(urls)
    found = []
    for key, value in conn.execute("SELECT key, value FROM state WHERE scope = ?", (ASIDE,)).fetchall():
        rows = loads(value) or {}
        stored = loads(key) or []
        by = heard is not None and isinstance(rows, dict) and heard.same_as(
            rows.get("answers"), {str(row[0]) for row in aside_silences(rows)})
        now = as_now(stored, current, by)
        if set(current) & _again(now) or rescoped(now, current):
            found.append((key, rows, bool(set(current) & _again(now)), now is not stored))
    return found


def set_aside(tx: Tx, left: list[str], staying: Collection[str] | None = None, answers: Iterable[str] = (),
              known_as: Iterable[str] = ()) -> None:
    """Move the ``firing`` and ``silences`` rows, seen on the Alertmanager ``left`` (its
    identities), aside, and record each alert UNWATCHED now; what was set aside of it before is
    replaced. Nothing is kept when ``left`` is not known (nothing to take it back for).
    ``staying``: the same Alertmanager is watched with another scope (``rescoped``), whose poll
    has these fingerprints: those alerts and the silences stay where they are. ``answers``: who
    answered there, ``known_as``: the other identities it was followed under
    (``journal_answers``), kept with it: taken back through another URL too."""
    conn = tx.conn
    firing = [list(row) for row in conn.execute(f"SELECT {', '.join(FIRING_COLUMNS)} FROM firing")]
    silences = [] if staying is not None else \
        [list(row) for row in conn.execute(f"SELECT {', '.join(SILENCE_COLUMNS)} FROM silences")]
    if staying is not None:
        firing = [row for row in firing if row[0] not in staying]
    taken = stored(conn)
    starts = {fp: start for fp, start in taken.items() if fp in {row[0] for row in firing}}
    conn.executemany("DELETE FROM firing WHERE fingerprint = ?", [(row[0],) for row in firing])
    if staying is None:
        conn.execute("DELETE FROM silences")
    store(conn, {fp: start for fp, start in taken.items() if fp not in starts}, tx.now)
    for row in firing:
        fp, alertname, severity, _starts, _silenced, summary = row[:6]
        tx.add(EventKind.UNWATCHED, fingerprint=fp, alertname=alertname, source=SOURCE_ALERTMANAGER, text=summary,
               data={"severity": severity, "alertmanager": left})
    if not left or not (firing or silences):
        return
    heard = Heard(tuple(sorted(set(answers))), frozenset(str(row[0]) for row in silences))
    while (old := _entry(conn, left, heard)) is not None:
        conn.execute("DELETE FROM state WHERE scope = ? AND key = ?", (ASIDE, old[0]))
    known = {"answers": list(heard.answers), "known_as": sorted(set(known_as))}
    conn.execute("INSERT INTO state (scope, key, value, updated_at) VALUES (?, ?, ?, ?)",
                 (ASIDE, dumps(left), dumps({"firing": firing, "silences": silences, "starts": starts,
                                             **{k: v for k, v in known.items() if v}}), ts(tx.now)))


def take_back(tx: Tx, urls: Iterable[str], polled: Collection[str] = (), heard: Heard | None = None) -> list[str]:
    """Move back into the ``firing`` and ``silences`` tables what was set aside of the
    Alertmanager of ``urls``, recording each alert WATCHED now (nothing when none was); an
    alert the ``firing`` table has (in the scope left too: ``set_aside``'s ``staying``) stays
    as it is there. What was set aside under another scope of it (``rescoped``: A watched with
    every receiver, then B, then A with one) comes back as far as it is in view again: the
    alerts of the poll (``polled``: its fingerprints), the others staying where they are (not
    watched: whether they would be in this scope cannot be known), and its silences (asked of
    the Alertmanager whole). ``heard``: what the poll says of who answered (``journal_answers``):
    what was set aside of it under other URLs comes back too, and those URLs (its identities
    and the others it was followed under) are returned."""
    conn = tx.conn
    present = {row[0] for row in conn.execute("SELECT fingerprint FROM firing")}
    firing, silences, back, also = [], [], {}, set()
    for key, rows, same, by in _entries(conn, urls, heard):
        if same:
            conn.execute("DELETE FROM state WHERE scope = ? AND key = ?", (ASIDE, key))
        if same and by:
            also.update([*texts(loads(key)), *texts(rows.get("known_as"))])
        taken = aside_firing(rows) if same else [row for row in aside_firing(rows) if row[0] in polled]
        firing += [row for row in taken if row[0] not in present]
        silences += aside_silences(rows)
        starts = rows.get("starts")
        back.update({fp: start for fp, start in starts.items() if fp not in present and (same or fp in polled)}
                    if isinstance(starts, dict) else {})
        if not same:
            _keep_rest(conn, key, rows, polled, tx.now)
    firing = list({row[0]: row for row in firing}.values())  # (set aside under two scopes: once)
    conn.executemany(f"INSERT OR REPLACE INTO firing ({', '.join(FIRING_COLUMNS)}) VALUES "
                     f"({', '.join('?' * len(FIRING_COLUMNS))})", firing)
    # (a silence the table has is as recent: the Alertmanager's, seen since under another scope)
    conn.executemany(f"INSERT OR IGNORE INTO silences ({', '.join(SILENCE_COLUMNS)}) VALUES "
                     f"({', '.join('?' * len(SILENCE_COLUMNS))})", silences)
    if back:
        store(conn, {**stored(conn), **back}, tx.now)
    for fp, alertname, severity, _starts, _silenced, summary, *_rest in firing:
        tx.add(EventKind.WATCHED, fingerprint=fp, alertname=alertname, source=SOURCE_ALERTMANAGER, text=summary,
               data={"severity": severity})
    return sorted(also)


def _keep_rest(conn, key: str, rows: dict, polled: Collection[str], now) -> None:
    """What was set aside under another scope (``key``, ``rows``: ``ASIDE``'s), less the alerts
    ``polled`` and the silences (``take_back`` took them); nothing left: no entry."""
    firing = [row for row in aside_firing(rows) if row[0] not in polled]
    starts = rows.get("starts")
    starts = {fp: start for fp, start in starts.items() if fp not in polled} if isinstance(starts, dict) else {}
    if not firing:
        conn.execute("DELETE FROM state WHERE scope = ? AND key = ?", (ASIDE, key))
    else:
        conn.execute("UPDATE state SET value = ?, updated_at = ? WHERE scope = ? AND key = ?",
                     (dumps({"firing": firing, "silences": [], "starts": starts,
                             **{k: rows[k] for k in ("answers", "known_as") if rows.get(k)}}), ts(now), ASIDE, key))


def _aside_value(journal: Journal, urls: Iterable[str], others: bool = False) -> dict:
    """What was set aside for the Alertmanager of ``urls`` (``ASIDE``'s value; empty when none);
    ``others``: under its other scopes (``rescoped``), their firing rows joined."""
    current = set(identities(urls))
    found: dict = {"firing": []}
    for row in journal.query("SELECT key, value FROM state WHERE scope = ?", (ASIDE,)):
        key, value = loads(row["key"]) or [], loads(row["value"])
        if not isinstance(value, dict):
            continue
        if not others and current & set(key):
            return value
        if others and rescoped(key, current):
            found["firing"] += aside_firing(value)
    return found if others else {}


def aside_rows(journal: Journal, urls: Iterable[str], others: bool = False) -> tuple[list[dict], list[dict]]:
    """The firing and silences rows set aside for the Alertmanager of ``urls``, as dicts by
    column name (none when nothing was); ``others``: the firing rows set aside under its other
    scopes (``take_back`` takes them back as far as they are in view again), no silences.

    Raises:
        JournalError: the journal cannot be read.
    """
    rows = _aside_value(journal, urls, others)
    return ([dict(zip(FIRING_COLUMNS, r)) for r in aside_firing(rows)],
            [dict(zip(SILENCE_COLUMNS, r)) for r in aside_silences(rows)])


def aside_starts(journal: Journal, urls: Iterable[str]) -> object:
    """The starts taken (``journal_starts``, as stored) set aside for the Alertmanager of
    ``urls`` (None when none were).

    Raises:
        JournalError: the journal cannot be read.
    """
    return _aside_value(journal, urls).get("starts")


def unwatched(journal: Journal, scoped: bool = False) -> dict[str, bool]:
    """The fingerprints of the alerts set aside, firing on an Alertmanager not watched now, each
    with whether a silence muted it there (its acknowledgement, most often). ``scoped``: only
    those of the Alertmanager watched now, out of the scope asked of it (``rescoped``).

    Raises:
        JournalError: the journal cannot be read.
    """
    found: dict[str, bool] = {}
    watched = journal.get_state(*WATCHED) if scoped else None
    for row in journal.query("SELECT key, value FROM state WHERE scope = ?", (ASIDE,)):
        if scoped and not rescoped(loads(row["key"]) or [], watched or ()):
            continue
        for r in aside_firing(loads(row["value"]) or {}):
            found[str(r[0])] = found.get(str(r[0]), False) or bool(r[4])
    return found


def aside_silencing(journal: Journal) -> set[str]:
    """The IDs of the silences that muted the alerts set aside when they were (an
    acknowledgement of an alert out of the scope watched now is not idle: review 56 Q10).

    Raises:
        JournalError: the journal cannot be read.
    """
    found: set[str] = set()
    for row in journal.query("SELECT value FROM state WHERE scope = ?", (ASIDE,)):
        for r in aside_firing(loads(row["value"]) or {}):
            if r[4]:
                found.update(str(r[4]).split(","))
    return found


def aside_mutes(journal: Journal) -> dict[str, tuple[list[str], dict[str, dict]]]:
    """The alerts set aside that a silence muted when they were (``unwatched``'s True ones): by
    fingerprint, the identities of the Alertmanager they were set aside from (``identities``)
    and its silences that muted them, by ID, each row a dict of ``SILENCE_COLUMNS`` (``{}`` for
    an ID it did not list). The handoff judges with them whether an acknowledgement is still
    held there, or known on the one watched now (review 75 BD1).

    Raises:
        JournalError: the journal cannot be read.
    """
    found: dict[str, tuple[list[str], dict[str, dict]]] = {}
    for row in journal.query("SELECT key, value FROM state WHERE scope = ?", (ASIDE,)):
        key, value = loads(row["key"]), loads(row["value"]) or {}
        listed = {str(s[0]): dict(zip(SILENCE_COLUMNS, s)) for s in aside_silences(value)}
        for r in aside_firing(value):
            if r[4]:
                where, ids = found.setdefault(str(r[0]), (key if isinstance(key, list) else [], {}))
                ids.update({i: listed.get(i, {}) for i in str(r[4]).split(",") if i})
    return found
