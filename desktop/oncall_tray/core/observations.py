"""Lines put in the Observations of the shift open at the write (no Qt): the open shift's
draft (``scopes.shift_scope``), or the start window's (``shifts.START_SCOPE``) when none is
open. The shift is read inside the write's transaction, so that a handoff made meanwhile by the
command line or another tray never gets the line in a shift handed over, whose Observations no
window shows (code review 77 AQ8)."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from .drafts import with_items
from .journal import Journal
from .journal_schema import dumps, loads, ts
from .journal_state import UPSERT
from .scopes import OBSERVATIONS, shift_scope  # noqa: F401 (re-exported)
from .shifts import START_SCOPE, open_shift_on


def put_observations(conn: sqlite3.Connection, now, lines: Sequence[str]) -> str:
    """Put ``lines`` (one each, ``drafts.with_items``: one already there is not added again)
    after the Observations of the shift open, in the write transaction of ``conn``; ``now``: the
    transaction's time (UTC datetime). Returns the scope written: ``shift_scope(id)`` of the
    open shift, or ``START_SCOPE`` when none is open."""
    shift = open_shift_on(conn)
    where = shift_scope(shift.id) if shift is not None else START_SCOPE
    held = conn.execute("SELECT value FROM state WHERE scope = ? AND key = ?", (where, OBSERVATIONS)).fetchone()
    current = loads(held[0]) if held else None
    conn.execute(UPSERT, (where, OBSERVATIONS, dumps(with_items(current if isinstance(current, str) else None, lines)),
                          ts(now)))
    return where


def add_observations(journal: Journal, lines: Sequence[str], emptied: Sequence[tuple[str, str]] = ()) -> bool:
    """Put ``lines`` in the Observations of the shift open at the write (see the module) and
    forget the state values ``emptied`` (each (scope, key): the drafts the lines were made of),
    in one write transaction: never both or neither. Returns True when a shift was open (its end
    window shows them), False when they went into the start window's.

    Raises:
        JournalError: the journal cannot be written (nothing put nor forgotten then).
    """
    with journal.transaction() as tx:
        where = put_observations(tx.conn, tx.now, lines)
        for scope, key in emptied:  # once the lines are written (code review 78 AR1)
            tx.conn.execute("DELETE FROM state WHERE scope = ? AND key = ?", (scope, key))
        return where != START_SCOPE
