"""Carrying what can still be read of a damaged shift journal into a new one (no Qt).

Review 57 S10: a journal damaged in one table (its events' pages, say) was set aside whole and a
new, empty journal started, although its shifts, the open shift and its drafts could still be
read: the engineer lost the open shift and its history. Now ``salvaged`` reads the damaged file
(read-only, through its log) table by table, row by row, and writes every row it can read into
a new file beside it, in one transaction, with the file's own tables and indexes, brought to the
current schema (``journal_schema.MIGRATIONS``), ids kept as they were (the incidents the events
name, the shifts the drafts belong to). A row SQLite cannot read is skipped, and reading goes on
after it (``journal_rows``: every loop over the damaged b-tree bounded, and the search for
the rows after a table's first damage bounded in time by ``SALVAGE_TABLE_S``, review 60 V4:
the tray must never hang at start). Each damaged table has its own time, and a sound one is
read whole however long it takes (one pass; review 61 X3: one time shared by all let a damaged
table slow to read spend it, and every table read after it lost its newest rows though it was
sound: the open incidents, the drafts); the small tables the engineer cannot do without are
read first, the big events table last (``READ_ORDER``). The whole salvage takes one pass over
the file's rows and at most ``SALVAGE_TABLE_S`` more per damaged table.

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

from ..i18n import Translate, english
from .journal_rebuild import rebuild_incidents
from .journal_rows import TABLE_WORDS, Carried, carry_rows
from .journal_schema import APPLICATION_ID, MIGRATIONS, SCHEMA, SCHEMA_VERSION, EventKind
from .journal_tx import Tx

log = logging.getLogger(__name__)
_TABLES = re.compile(r"CREATE TABLE (\w+)")
#: Seconds the rows of a damaged table after its first damage are sought for, at most (the tray
#: starts after the salvage: at most this per damaged table, 6 tables in the current schema).
SALVAGE_TABLE_S = 2.0
#: The order the tables are read in: the small ones the engineer cannot do without first (the
#: shifts, the drafts, the incidents), the big events table last. Others after these.
READ_ORDER = ("shifts", "state", "incidents", "silences", "firing", "events")
#: The rows of ``state`` the engineer typed or ticked, not empty: the shift windows' (``start``,
#: ``shift:N``), the note, escalation and silence being written (``alert:FP``), the note being
#: written on an Incidents row (``incident-note:…``, code review 76 AN3), the after-incident
#: ticks (``incident:N``, ``tick…``); not the tray's own records (what it told, the members it
#: saw, ``attention:N``, ``notified:…``). Review 62 Y5.
DRAFTS = ("SELECT count(*) FROM state WHERE (scope = 'start' OR scope LIKE 'shift:%' OR scope LIKE 'alert:%' "
          "OR scope LIKE 'incident-note:%' OR (scope LIKE 'incident:%' AND key LIKE 'tick%')) "
          "AND value NOT IN ('\"\"', 'null', 'false', '[]', '{}')")


@dataclass(frozen=True)
class Salvage:
    """What ``salvaged`` carried into the new journal, table by table.

    Attributes:
        tables: each table of the damaged file, in ``TABLE_WORDS``' order.
        open_shift: the engineer of the shift still open in the new journal ("" for none).
        rebuilt: the incidents made again from the events kept, the incidents table not read
            whole (``journal_rebuild``; review 62 Y10).
        drafts: the rows of ``state`` kept that the engineer typed or ticked (``DRAFTS``), told
            as the drafts kept, the tray's own records in that table left out (review 62 Y5).
    """

    tables: tuple[Carried, ...]
    open_shift: str = ""
    rebuilt: int = 0
    drafts: int = 0

    @property
    def whole(self) -> bool:
        """Every row of every table was read: nothing was lost."""
        return all(carried.whole for carried in self.tables)

    def kept_text(self, tr: Translate = english) -> str:
        """"shifts: 2, events: 480, ..." (the tables with rows kept), in ``tr``'s language."""
        counts = [(c, self.drafts if c.table == "state" else c.kept) for c in self.tables]
        kept = [tr("journal", "%1: %2").replace("%1", c.word(tr)).replace("%2", str(count))
                for c, count in counts if count]
        if self.rebuilt:
            kept.append(tr("journal", "incidents made again from the events: %1").replace("%1", str(self.rebuilt)))
        return ", ".join(kept) or tr("journal", "nothing")

    def lost_text(self, tr: Translate = english) -> str:
        """"events: 120, silences last seen: some rows" (the tables not read whole); "incidents:
        all (none could be read)" for a table of which no row was read (review 62 Y5: "some
        rows" said of 5 incidents lost out of 5)."""
        lost = []
        for carried in self.tables:
            if carried.whole:
                continue
            if not carried.kept:
                amount = tr("journal", "all %1").replace("%1", str(carried.lost)) if carried.counted and carried.lost \
                    else tr("journal", "all (none could be read)")
            elif carried.counted:
                amount = str(carried.lost)
            elif carried.lost:
                amount = tr("journal", "%1 or more").replace("%1", str(carried.lost))
            else:
                amount = tr("journal", "some rows")
            word = tr("journal", "drafts or tray records") if carried.table == "state" else carried.word(tr)
            lost.append(tr("journal", "%1: %2").replace("%1", word).replace("%2", amount))
        return ", ".join(lost)


def read_only_uri(path: Path) -> str:
    """The URI that reads the journal at ``path`` as it is, making nothing beside it: read-only
    through its write-ahead log when it has one (SQLite makes a ``-shm`` only when the log has
    none); ``immutable`` when it has no log (a read-only connection would make an empty ``-wal``
    and ``-shm``, the whole journal being in the file)."""
    uri = path.resolve().as_uri()
    return uri + ("?mode=ro" if Path(f"{path}-wal").exists() else "?immutable=1")


def open_damaged(path: Path, timeout: float = 5.0) -> sqlite3.Connection:
    """A connection that reads the damaged journal at ``path`` as it is (``read_only_uri``),
    making nothing beside it; when SQLite refuses even its list of tables because the file is
    shorter than its header says (cut short, review 60 V6: the tray started an empty journal
    though the pages kept held the open shift and its incidents), a copy of it in memory whose
    header counts the pages there are (with Python 3.11 and later: ``deserialize``). ``timeout``:
    seconds to wait for a writer's lock.

    Raises:
        sqlite3.Error: it cannot be opened.
    """
    conn = sqlite3.connect(read_only_uri(path), uri=True, timeout=timeout, isolation_level=None,
                           check_same_thread=False)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError:
        recounted = _recounted(path)
        if recounted is not None:
            conn.close()
            return recounted
    return conn


def _recounted(path: Path) -> sqlite3.Connection | None:
    """The journal at ``path`` cut short, in memory, its header's page count (and rollback
    journal mode: an in-memory database has no write-ahead log) set to the pages there are;
    None when it is not cut short, or cannot be read so."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    if len(data) < 100 or not data.startswith(b"SQLite format 3\x00") or not hasattr(sqlite3.Connection,
                                                                                        "deserialize"):
        return None
    size = int.from_bytes(data[16:18], "big")
    pages = len(data) // (65536 if size == 1 else size or 1)
    if not 0 < pages < int.from_bytes(data[28:32], "big"):
        return None
    fixed = bytearray(data[:pages * (65536 if size == 1 else size)])
    fixed[18:20] = b"\x01\x01"
    fixed[28:32] = pages.to_bytes(4, "big")
    conn = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    try:
        conn.deserialize(bytes(fixed))
        conn.execute("PRAGMA query_only = 1")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.Error as exc:
        log.info("the journal cut short cannot be read either: %s", exc)
        conn.close()
        return None
    log.info("the journal %s is cut short: its %d pages read from a copy in memory", path, pages)
    return conn


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
        source = open_damaged(path)
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


def read_salvaged(path: Path) -> sqlite3.Connection | None:
    """What can be read of the damaged journal at ``path``, carried into a journal in memory
    (review 60 V5: a command that only reads, reading the damaged file query by query, lost
    every query that met a damaged page: ``handoff end`` showed no incident, though they could
    be read). Nothing is written beside the file, and no event added. None, the reason logged,
    when nothing can be carried (as ``salvaged``)."""
    target = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    try:
        source = open_damaged(path)
        try:
            salvage = _carry(source, target, None, None)
        finally:
            source.close()
    except sqlite3.Error as exc:
        log.info("the damaged journal could not be read into memory: %s", exc)
        salvage = None
    if salvage is None:
        target.close()
        return None
    return target


def _carry(source: sqlite3.Connection, target: sqlite3.Connection, now: dt.datetime | None,
           describe: Callable[[Salvage], str] | None) -> Salvage | None:
    """``salvaged``'s work, from ``source`` into ``target``; with ``describe`` None, no event
    says what was lost (a copy only read)."""
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
        carried = {name: _copy_table(source, target, name) for name in sorted(names, key=_place(READ_ORDER))}
        tables = tuple(carried[name] for name in sorted(names, key=_place(tuple(TABLE_WORDS))))
        if version <= SCHEMA_VERSION:  # brought to the current schema (a newer one is refused at open)
            for statements in (MIGRATIONS[v] for v in range(max(version, 1), SCHEMA_VERSION)):
                for statement in statements:
                    target.execute(statement)
            missing = {m.group(1) for m in map(_TABLES.match, SCHEMA) if m} - set(names)
            if missing:
                raise sqlite3.DatabaseError(f"tables missing from the damaged journal: {sorted(missing)}")
            version = SCHEMA_VERSION
        rebuilt = 0 if carried.get("incidents", Carried("incidents", 0)).whole else rebuild_incidents(target)
        open_shift = target.execute("SELECT engineer FROM shifts WHERE ended_at IS NULL").fetchone()
        drafts = target.execute(DRAFTS).fetchone()[0] if "state" in names else 0
        salvage = Salvage(tables, open_shift[0] if open_shift else "", rebuilt, drafts)
        if describe is not None and now is not None and not salvage.whole and version == SCHEMA_VERSION:
            tx = Tx(target, now)
            tx.event(EventKind.JOURNAL_STARTED, text=describe(salvage),
                     data={"kept": {c.table: c.kept for c in tables}, "rebuilt": {"incidents": rebuilt},
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


def _place(order: tuple[str, ...]) -> Callable[[str], int]:
    """A sort key putting tables in ``order``, those not in it after."""
    return lambda name: order.index(name) if name in order else len(order)


def _copy_table(source: sqlite3.Connection, target: sqlite3.Connection, table: str) -> Carried:
    """Carry the rows of ``table`` that can be read (``carry_rows``, its rows after a damage
    sought for ``SALVAGE_TABLE_S`` seconds at most) into ``target``."""
    info = source.execute(f'PRAGMA table_info("{table}")').fetchall()
    columns = [row[1] for row in info]
    rows, carried = carry_rows(source, table, columns, [row[2].upper() for row in info],
                               [row[1] for row in sorted(info, key=lambda r: r[5]) if row[5]], SALVAGE_TABLE_S)
    names = ", ".join(f'"{c}"' for c in columns)
    before = target.total_changes
    target.executemany(f'INSERT OR IGNORE INTO main."{table}" ({names}) VALUES ({", ".join("?" * len(columns))})',
                       rows)
    kept = target.total_changes - before
    if kept == len(rows):
        return carried
    # rows refused (a second open shift, a repeated key): lost too
    return Carried(table, kept, carried.lost + len(rows) - kept, False, carried.counted)
