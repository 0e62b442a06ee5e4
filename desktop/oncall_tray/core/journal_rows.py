"""Reading the rows of one table of a damaged shift journal that can still be read (no Qt).

Used by ``journal_salvage`` to carry a damaged journal into a new one. Every loop here is
bounded (review 60 V4: one events leaf partly overwritten, its cells carrying garbage rowids;
a seek "first rowid >= 6" answered a rowid smaller than 6, the reading started again from it,
forever, and the tray hung at start):

* a table with rowids is read in rowid order from its first row up to the damage, then from
  its last row down to it (the rows after the damage are read even when seeking into it
  answers garbage), then the rows between are sought: where a page cannot be read, the next
  rowid that can is found by seeking (doubling steps, then halving: a seek reads the b-tree's
  path to one leaf, not the damaged leaves beside it). A rowid that does not follow the one
  read before it (or a seek answering below what it was asked) is damage: each new start is
  past every row read, so the rows sought are fewer than the cells in the file;
* a table without rowid is read from both ends up to the damage (a key that does not follow
  the one read before it is damage too);
* the first reading of a table, up to its first damage, is a single pass in which each row
  follows the one before it: it is not bounded in time, so that a sound table, however big, is
  always read whole (review 61 X3: a sound 300,000-row events table takes about 3 s); from the
  first damage met on, the rest is given a time (``budget``): past it SQLite is interrupted (a
  progress handler) and what was read is kept, the rest counted lost.
"""

from __future__ import annotations

import sqlite3
import time
from dataclasses import dataclass

from ..i18n import QT_TRANSLATE_NOOP, Translate, english
from .journal_checks import placed_checks, refused

_LOWEST, _HIGHEST = -(2 ** 63), 2 ** 63 - 1  # SQLite's rowids
_CHECK_EVERY = 1000  # SQLite virtual machine steps between two looks at the clock
#: The tables, in the engineer's words (context "journal"), in the order they are told.
TABLE_WORDS = {
    "shifts": QT_TRANSLATE_NOOP("journal", "shifts"),
    "events": QT_TRANSLATE_NOOP("journal", "events"),
    "incidents": QT_TRANSLATE_NOOP("journal", "incidents"),
    "firing": QT_TRANSLATE_NOOP("journal", "alerts last seen firing"),
    "silences": QT_TRANSLATE_NOOP("journal", "silences last seen"),
    # what the windows save as it is typed (drafts, ticks), and the tray's own records (what it
    # told, the members seen): those kept are counted as drafts only when they are (review 62
    # Y5: "drafts: 11" kept, no draft ever typed: ``Salvage.drafts``)
    "state": QT_TRANSLATE_NOOP("journal", "drafts"),
}


@dataclass(frozen=True)
class Carried:
    """What was carried of one table.

    Attributes:
        table: its name.
        kept: the rows carried into the new journal.
        lost: the rows known lost (rowids missing); with ``counted`` False, at least that many
            (the table's last rowid could not be read), or, without rowids, unknown.
        whole: every row was read.
        counted: ``lost`` is exact.
    """

    table: str
    kept: int
    lost: int = 0
    whole: bool = True
    counted: bool = True

    def word(self, tr: Translate = english) -> str:
        """The table in ``tr``'s language."""
        return tr("journal", TABLE_WORDS.get(self.table, self.table))




class _Clock:
    """The time given to the rows of a table after its first damage: ``budget`` seconds from
    ``damaged()`` on (None: no limit), SQLite interrupted past it."""

    def __init__(self, source: sqlite3.Connection, budget: float | None) -> None:
        self.source, self.budget, self.deadline = source, budget, None

    def damaged(self) -> None:
        """Damage was met: the time starts (once)."""
        if self.budget is not None and self.deadline is None:
            self.deadline = time.monotonic() + self.budget
            self.source.set_progress_handler(self.expired, _CHECK_EVERY)

    def expired(self) -> bool:
        """The time given is up."""
        return self.deadline is not None and time.monotonic() > self.deadline


def carry_rows(source: sqlite3.Connection, table: str, columns: list[str], types: list[str],
               key: list[str], budget: float | None = None) -> tuple[list[tuple], Carried]:
    """The rows of ``table`` in ``source`` that can be read, and what was read of it (``kept``
    the rows returned). ``types``: each column's declared type (a row whose TEXT or INTEGER
    column holds another kind of value is damage, not kept, as is one with a value its readers
    cannot convert: ``journal_checks.COLUMN_CHECKS``, code review 63A CA1); ``key``: the primary key's
    columns of a table without rowid (empty: read by rowid); ``budget``: seconds the rows
    are sought for once the first damage is met (None: no limit; see the module).

    Raises:
        sqlite3.Error: the table cannot be looked at.
    """
    clock = _Clock(source, budget)
    try:
        return _carry_rows(source, table, columns, types, key, clock)
    finally:
        source.set_progress_handler(None, 0)


def _carry_rows(source: sqlite3.Connection, table: str, columns: list[str], types: list[str],
                key: list[str], clock: _Clock) -> tuple[list[tuple], Carried]:
    without_rowid = bool(key) and not _has_rowid(source, table)
    if without_rowid:
        rows, whole = _both_ends(source, table, columns, key, clock)
    else:
        rows, whole = _by_rowid(source, table, columns, clock)
    checks = placed_checks(table, columns)
    sound = [row for row in rows if _sound(row, types) and refused(row, checks) is None]
    whole = whole and len(sound) == len(rows)
    kept = [row[:-1] for row in sound]  # (without the rowid read last)
    if whole:
        return kept, Carried(table, len(kept))
    if without_rowid:
        return kept, Carried(table, len(kept), len(rows) - len(kept), False, False)
    highest = max((row[-1] for row in rows), default=0)
    try:  # the last rowid, when the b-tree's right edge says the same as the rows read
        top = source.execute(f'SELECT max(rowid) FROM "{table}"').fetchone()[0] or 0
        counted = top == highest
    except sqlite3.DatabaseError:  # the last leaf is damaged too (or the time is up)
        top, counted = highest, False
    return kept, Carried(table, len(kept), max(min(top, highest) - len(kept), 0), False, counted)


def _has_rowid(source: sqlite3.Connection, table: str) -> bool:
    try:
        source.execute(f'SELECT rowid FROM "{table}" LIMIT 0')
        return True
    except sqlite3.OperationalError:  # "no such column: rowid": WITHOUT ROWID
        return False


def _sound(row: tuple, types: list[str]) -> bool:
    for value, declared in zip(row, types):
        if value is not None and ((declared == "TEXT" and not isinstance(value, str))
                                  or (declared == "INTEGER" and not isinstance(value, int))):
            return False
    return True


def _by_rowid(source: sqlite3.Connection, table: str, columns: list[str],
              clock: _Clock) -> tuple[list[tuple], bool]:
    """The rows that can be read, in rowid order, each with its rowid last; whether all could."""
    listed = ", ".join(f'"{c}"' for c in columns)
    up = f'SELECT {listed}, rowid FROM "{table}" NOT INDEXED WHERE rowid >= ? ORDER BY rowid'
    rows, damaged = _read(source, up, _LOWEST, _HIGHEST + 1)
    if not damaged:
        return rows, True
    clock.damaged()
    down = f'SELECT {listed}, rowid FROM "{table}" NOT INDEXED WHERE rowid <= ? ORDER BY rowid DESC'
    tail, _ = _read(source, down, _HIGHEST, _LOWEST - 1)
    ceiling = tail[-1][-1] if tail else _HIGHEST + 1  # the rows from there on are read
    rows = [row for row in rows if row[-1] < ceiling]
    after = rows[-1][-1] if rows else _LOWEST
    while not clock.expired():
        start = _next_readable(source, table, after, ceiling)
        if start is None:
            break
        more, damaged = _read(source, up, start, ceiling)
        rows += more
        if not damaged:
            break
        after = more[-1][-1] if more else start  # past every row read: never the same start twice
    return rows + tail[::-1], False


def _read(source: sqlite3.Connection, select: str, start: int, limit: int) -> tuple[list[tuple], bool]:
    """The rows ``select`` gives from ``start`` on, up to (without) ``limit``, while each rowid
    (last in the row) goes on the way from ``start`` to ``limit``; whether damage ended it (an
    SQLite error, or a rowid back, or before ``start``: a garbage cell)."""
    step = 1 if limit > start else -1
    rows: list[tuple] = []
    try:
        for row in source.execute(select, (start,)):
            rowid = row[-1]
            if (rowid - start) * step < 0 or (rows and (rowid - rows[-1][-1]) * step <= 0):
                return rows, True
            if (limit - rowid) * step <= 0:
                return rows, False
            rows.append(row)
    except sqlite3.DatabaseError:
        return rows, True
    return rows, False


def _probe(source: sqlite3.Connection, table: str, at: int) -> int | None | bool:
    """The first rowid from ``at`` on (None: none), or False when the seek meets damage (an
    error, or a rowid below ``at``: a garbage cell)."""
    try:
        row = source.execute(f'SELECT rowid FROM "{table}" NOT INDEXED WHERE rowid >= ? ORDER BY rowid LIMIT 1',
                             (at,)).fetchone()
    except sqlite3.DatabaseError:
        return False
    if row is None:
        return None
    return row[0] if row[0] >= at else False


def _next_readable(source: sqlite3.Connection, table: str, after: int, ceiling: int) -> int | None:
    """The first rowid after ``after`` and before ``ceiling`` whose row can be sought (None:
    none): doubling steps until a seek succeeds, then halving back to the first one that
    does; at most 2 x 64 seeks."""
    top = min(ceiling - 1, _HIGHEST)
    if after >= top:
        return None
    bad, step = after, 1
    while True:
        high = min(after + step, top)
        found = _probe(source, table, high)
        if found is not False:
            break
        if high == top:
            return None
        bad, step = high, step * 2
    while high - bad > 1:
        middle = (bad + high) // 2
        first = _probe(source, table, middle)
        if first is False:
            bad = middle
        else:
            high, found = middle, first
    return found if found is not None and found < ceiling else None


def _both_ends(source: sqlite3.Connection, table: str, columns: list[str],
               key: list[str], clock: _Clock) -> tuple[list[tuple], bool]:
    """The rows of a table without rowid read from its first key up to the damage (an error, or
    a key that does not follow the one before it: a garbage cell), then from its last key down
    to it."""
    listed = ", ".join(f'"{c}"' for c in columns)
    index = [columns.index(k) for k in key]
    found: dict[tuple, tuple] = {}
    for direction, step in (("ASC", 1), ("DESC", -1)):
        order = ", ".join(f'"{k}" {direction}' for k in key)
        before = None
        try:
            for row in source.execute(f'SELECT {listed}, 0 FROM "{table}" ORDER BY {order}'):
                at = tuple(_sort_key(row[i]) for i in index)
                if before is not None and (at <= before if step > 0 else at >= before):
                    break  # out of order: damage
                before = at
                found.setdefault(tuple(row[i] for i in index), row)
            else:
                return list(found.values()), step > 0  # read whole from the first end
        except sqlite3.DatabaseError:
            pass
        clock.damaged()
    return list(found.values()), False


def _sort_key(value) -> tuple:
    """``value`` where SQLite sorts it (BINARY collation): NULL, numbers, text, blobs."""
    if value is None:
        return (0, 0)
    if isinstance(value, (int, float)):
        return (1, value)
    return (2, value) if isinstance(value, str) else (3, bytes(value))
