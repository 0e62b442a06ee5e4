"""Carrying what can still be read of a damaged shift journal into a new one (no Qt).

Review 57 S10: a journal damaged in one table (its events' pages, say) was set aside whole and a
new, empty journal started, although its shifts, the open shift and its drafts could still be
read: the engineer lost the open shift and its history. Now ``salvaged`` reads the damaged file
(read-only, through its log) table by table, row by row, and writes every row it can read into
a new file beside it, in one transaction, with the file's own tables and indexes, brought to the
current schema (``journal_schema.MIGRATIONS``), ids kept as they were (the incidents the events
name, the shifts the drafts belong to). A row SQLite cannot read is skipped, and reading goes on
after it:

* a table with rowids (events, shifts, incidents) is read in rowid order; where a page cannot
  be read, the next rowid that can is found by seeking (doubling steps, then halving: a seek
  reads the b-tree's path to one leaf, not the damaged leaves beside it). Rowids are given as
  the largest plus one and never deleted, so the rows lost are counted from the gaps;
* a table without rowid (firing, silences, state) is read from both ends up to the damage.

When every row was read (only indexes were damaged: review 19), nothing was lost. The new file
is checked (``quick_check``) before it is used; when anything fails, None is returned and the
caller starts an empty journal, as before.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..i18n import QT_TRANSLATE_NOOP, Translate, english
from .journal_schema import APPLICATION_ID, MIGRATIONS, SCHEMA, SCHEMA_VERSION, EventKind
from .journal_tx import Tx

log = logging.getLogger(__name__)
_LOWEST, _HIGHEST = -(2 ** 63), 2 ** 63 - 1  # SQLite's rowids
#: The tables, in the engineer's words (context "journal"), in the order they are told.
TABLE_WORDS = {
    "shifts": QT_TRANSLATE_NOOP("journal", "shifts"),
    "events": QT_TRANSLATE_NOOP("journal", "events"),
    "incidents": QT_TRANSLATE_NOOP("journal", "incidents"),
    "firing": QT_TRANSLATE_NOOP("journal", "alerts last seen firing"),
    "silences": QT_TRANSLATE_NOOP("journal", "silences last seen"),
    "state": QT_TRANSLATE_NOOP("journal", "drafts"),  # (and ticks: what the windows save as it is typed)
}
_TABLES = re.compile(r"CREATE TABLE (\w+)")


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


@dataclass(frozen=True)
class Salvage:
    """What ``salvaged`` carried into the new journal, table by table.

    Attributes:
        tables: each table of the damaged file, in ``TABLE_WORDS``' order.
        open_shift: the engineer of the shift still open in the new journal ("" for none).
    """

    tables: tuple[Carried, ...]
    open_shift: str = ""

    @property
    def whole(self) -> bool:
        """Every row of every table was read: nothing was lost."""
        return all(carried.whole for carried in self.tables)

    def kept_text(self, tr: Translate = english) -> str:
        """"shifts: 2, events: 480, ..." (the tables with rows kept), in ``tr``'s language."""
        kept = [tr("journal", "%1: %2").replace("%1", c.word(tr)).replace("%2", str(c.kept))
                for c in self.tables if c.kept]
        return ", ".join(kept) or tr("journal", "nothing")

    def lost_text(self, tr: Translate = english) -> str:
        """"events: 120, silences last seen: some rows" (the tables not read whole)."""
        lost = []
        for carried in self.tables:
            if carried.whole:
                continue
            if carried.counted:
                amount = str(carried.lost)
            elif carried.lost:
                amount = tr("journal", "%1 or more").replace("%1", str(carried.lost))
            else:
                amount = tr("journal", "some rows")
            lost.append(tr("journal", "%1: %2").replace("%1", carried.word(tr)).replace("%2", amount))
        return ", ".join(lost)


def read_only_uri(path: Path) -> str:
    """The URI that reads the journal at ``path`` as it is, making nothing beside it: read-only
    through its write-ahead log when it has one (SQLite makes a ``-shm`` only when the log has
    none); ``immutable`` when it has no log (a read-only connection would make an empty ``-wal``
    and ``-shm``, the whole journal being in the file)."""
    uri = path.resolve().as_uri()
    return uri + ("?mode=ro" if Path(f"{path}-wal").exists() else "?immutable=1")


def salvaged(path: Path, copy: Path, now: dt.datetime, describe: Callable[[Salvage], str]) -> Salvage | None:
    """Carry every row of the damaged journal at ``path`` that can be read into a new journal
    at ``copy`` (see the module); when rows were lost, a ``JOURNAL_STARTED`` event at ``now``
    says what happened (``describe``'s English line). Returns what was carried, or None (the
    copy removed, the reason logged) when nothing can be carried: the file is not a journal,
    its list of tables cannot be read, or the copy cannot be made or is not sound. The damaged
    file is only read."""
    copy.unlink(missing_ok=True)
    salvage = None
    try:
        source = sqlite3.connect(read_only_uri(path), uri=True, isolation_level=None)
        target = sqlite3.connect(copy, isolation_level=None)
        try:
            salvage = _carry(source, target, now, describe)
        finally:
            source.close()
            target.close()
    except sqlite3.Error as exc:
        log.info("nothing of the damaged journal could be carried into a new one: %s", exc)
        salvage = None
    if salvage is None:
        copy.unlink(missing_ok=True)
    return salvage


def _carry(source: sqlite3.Connection, target: sqlite3.Connection, now: dt.datetime,
           describe: Callable[[Salvage], str]) -> Salvage | None:
    if source.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
        return None  # another SQLite file: nothing of a journal to keep
    version = source.execute("PRAGMA user_version").fetchone()[0]
    objects = source.execute("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL "
                             "AND name NOT LIKE 'sqlite_%'").fetchall()
    target.execute("BEGIN")
    try:
        for kind, _name, sql in sorted(objects, key=lambda row: row[0] != "table"):  # tables, then indexes
            target.execute(sql)
        names = [name for kind, name, _sql in objects if kind == "table"]
        order = list(TABLE_WORDS)
        tables = tuple(_copy_table(source, target, name)
                       for name in sorted(names, key=lambda n: order.index(n) if n in order else len(order)))
        if version <= SCHEMA_VERSION:  # brought to the current schema (a newer one is refused at open)
            for statements in (MIGRATIONS[v] for v in range(max(version, 1), SCHEMA_VERSION)):
                for statement in statements:
                    target.execute(statement)
            missing = {m.group(1) for m in map(_TABLES.match, SCHEMA) if m} - set(names)
            if missing:
                raise sqlite3.DatabaseError(f"tables missing from the damaged journal: {sorted(missing)}")
            version = SCHEMA_VERSION
        open_shift = target.execute("SELECT engineer FROM shifts WHERE ended_at IS NULL").fetchone()
        salvage = Salvage(tables, open_shift[0] if open_shift else "")
        if not salvage.whole and version == SCHEMA_VERSION:
            tx = Tx(target, now)
            tx.event(EventKind.JOURNAL_STARTED, text=describe(salvage),
                     data={"kept": {c.table: c.kept for c in tables},
                           "lost": {c.table: c.lost for c in tables if not c.whole}})
            tx.flush()
        target.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        target.execute(f"PRAGMA user_version = {version}")
        target.execute("COMMIT")
    except BaseException:
        target.execute("ROLLBACK")
        raise
    if [row[0] for row in target.execute("PRAGMA quick_check").fetchall()] != ["ok"]:
        return None
    return salvage


def _copy_table(source: sqlite3.Connection, target: sqlite3.Connection, table: str) -> Carried:
    """Carry the rows of ``table`` that can be read (``carry_rows``) into ``target``."""
    info = source.execute(f'PRAGMA table_info("{table}")').fetchall()
    columns = [row[1] for row in info]
    rows, carried = carry_rows(source, table, columns, [row[2].upper() for row in info],
                               [row[1] for row in sorted(info, key=lambda r: r[5]) if row[5]])
    names = ", ".join(f'"{c}"' for c in columns)
    before = target.total_changes
    target.executemany(f'INSERT OR IGNORE INTO main."{table}" ({names}) VALUES ({", ".join("?" * len(columns))})',
                       rows)
    kept = target.total_changes - before
    if kept == len(rows):
        return carried
    # rows refused (a second open shift, a repeated key): lost too
    return Carried(table, kept, carried.lost + len(rows) - kept, False, carried.counted)


def carry_rows(source: sqlite3.Connection, table: str, columns: list[str], types: list[str],
               key: list[str]) -> tuple[list[tuple], Carried]:
    """The rows of ``table`` in ``source`` that can be read, and what was read of it (``kept``
    the rows returned). ``types``: each column's declared type (a row whose TEXT or INTEGER
    column holds another kind of value is damage, not kept); ``key``: the primary key's
    columns of a table without rowid (empty: read by rowid).

    Raises:
        sqlite3.Error: the table cannot be looked at.
    """
    without_rowid = bool(key) and not _has_rowid(source, table)
    if without_rowid:
        rows, whole = _both_ends(source, table, columns, key)
    else:
        rows, whole = _by_rowid(source, table, columns)
    sound = [row for row in rows if _sound(row, types)]
    whole = whole and len(sound) == len(rows)
    kept = [row[:-1] for row in sound]  # (without the rowid read last)
    if whole:
        return kept, Carried(table, len(kept))
    if without_rowid:
        return kept, Carried(table, len(kept), len(rows) - len(kept), False, False)
    try:
        top = source.execute(f'SELECT max(rowid) FROM "{table}"').fetchone()[0] or 0
        counted = True
    except sqlite3.DatabaseError:  # the last leaf is damaged too
        top, counted = max((row[-1] for row in rows), default=0), False
    return kept, Carried(table, len(kept), max(top - len(kept), 0), False, counted)


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


def _by_rowid(source: sqlite3.Connection, table: str, columns: list[str]) -> tuple[list[tuple], bool]:
    """The rows that can be read, in rowid order, each with its rowid last; whether all could."""
    select = (f'SELECT {", ".join(f"{chr(34)}{c}{chr(34)}" for c in columns)}, rowid FROM "{table}" NOT INDEXED '
              "WHERE rowid >= ? ORDER BY rowid")
    rows: list[tuple] = []
    whole, start = True, _LOWEST
    while start is not None:
        last = None
        try:
            for row in source.execute(select, (start,)):
                rows.append(row)
                last = row[-1]
            break
        except sqlite3.DatabaseError:
            whole = False
            start = _next_readable(source, table, last if last is not None else start)
    return rows, whole


def _probe(source: sqlite3.Connection, table: str, at: int) -> int | None | bool:
    """The first rowid from ``at`` on (None: none), or False when the seek meets damage."""
    try:
        row = source.execute(f'SELECT rowid FROM "{table}" NOT INDEXED WHERE rowid >= ? ORDER BY rowid LIMIT 1',
                             (at,)).fetchone()
    except sqlite3.DatabaseError:
        return False
    return row[0] if row else None


def _next_readable(source: sqlite3.Connection, table: str, after: int) -> int | None:
    """The first rowid after ``after`` whose row can be sought (None: none): doubling steps
    until a seek succeeds, then halving back to the first one that does."""
    bad, step = after, 1
    while True:
        high = min(after + step, _HIGHEST)
        found = _probe(source, table, high)
        if found is not False:
            break
        if high == _HIGHEST:
            return None
        bad, step = high, step * 2
    while high - bad > 1:
        middle = (bad + high) // 2
        first = _probe(source, table, middle)
        if first is False:
            bad = middle
        else:
            high, found = middle, first
    return found


def _both_ends(source: sqlite3.Connection, table: str, columns: list[str],
               key: list[str]) -> tuple[list[tuple], bool]:
    """The rows of a table without rowid read from its first key up to the damage, then from
    its last key down to it."""
    listed = ", ".join(f'"{c}"' for c in columns)
    index = [columns.index(k) for k in key]
    found: dict[tuple, tuple] = {}
    whole = True
    for direction in ("ASC", "DESC"):
        order = ", ".join(f'"{k}" {direction}' for k in key)
        try:
            for row in source.execute(f'SELECT {listed}, 0 FROM "{table}" ORDER BY {order}'):
                found.setdefault(tuple(row[i] for i in index), row)
            break  # read whole from the first end
        except sqlite3.DatabaseError:
            whole = False
    return list(found.values()), whole
