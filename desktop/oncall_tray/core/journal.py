"""The shift journal: every event of the on-call shift with its time, in SQLite (no Qt; the only
I/O in core/ is this file's own database, design notes "Layout").

Durability (issue 5):

* WAL mode with ``synchronous=FULL``: COMMIT returns once the transaction is in the write-ahead
  log *and* the log is fsynced. ``NORMAL`` would survive a killed process too (the WAL is in the
  OS's cache), but not a power cut or an OS crash, where the last transactions would roll back;
  the journal must survive the laptop dying mid-shift, and it writes a few times a minute at
  most, so the one fsync per commit costs nothing anyone notices.
* Every write is one ``BEGIN IMMEDIATE`` ... ``COMMIT`` transaction: a process killed at any
  moment loses at most the transaction it was writing, never an earlier one.
* One connection per thread (``journal_links``), each with a busy timeout, so that the tray (its GUI
  and its writer thread) and the command line can write at the same time; ``IMMEDIATE`` takes
  the write lock up front, so two writers queue instead of failing on a lock upgrade.
* At open, ``PRAGMA quick_check`` (once per ``Journal``). A damaged file, or an SQLite file that
  is not a journal, is renamed aside (``journal.db.damaged-<UTC time>``, its ``-wal`` and
  ``-shm`` with it), the reason is logged, ``Journal.damage`` tells the caller (who shows it),
  and a new journal starts; the damaged file is never overwritten (``journal_file``). When it
  cannot be renamed, ``JournalError`` is raised and nothing is touched. What can still be read
  of it is carried into the new journal (``journal_salvage``). A command that only reads
  (``read_only``) never sets it aside, nor makes a journal (``journal_reading``).

Writes go through ``Journal.transaction()`` and its ``Tx`` (``journal_tx``); what the engineer
is typing lives in the ``state`` table (``journal_state``: ``get_state``/``set_state``); the
notes on alerts are ``journal_notes``', the escalations ``journal_escalation``'s.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import sqlite3
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

from ..i18n import Message
from .journal_escalation import Escalations
from .journal_file import BUSY_TIMEOUT_S, Damage, JournalError, set_aside_if_damaged, sqlite_words, while_locked
from .journal_links import Links
from .journal_notes import Notes
from .journal_place import Displacement, JournalPlace, make_private
from .journal_reading import Unreadable, look, reading_connection
from .journal_schema import (APPLICATION_ID, MIGRATIONS, SCHEMA, SCHEMA_VERSION, Event, EventKind, event_from_row,
                             ts, where_clause)
from .journal_state import SavedState
from .journal_tx import FLAP_WINDOW, Change, Tx

__all__ = ["BUSY_TIMEOUT_S", "FLAP_WINDOW", "Change", "Damage", "Displacement", "Journal", "JournalError", "Tx",
           "utc_now"]
log = logging.getLogger(__name__)
#: SQLite's page cache per connection (each thread that uses the journal has one), in KiB.
#: SQLite's default is 2,000 KiB, which the journal's scans (``count_events(recorded=True)``,
#: ``count_firing_at``) fill as the journal grows over a shift: up to 2 MiB per thread kept by
#: a tray that runs for days (``benchmarks/churn.py``). The file's pages stay in the system's
#: cache, so a smaller one costs a copy, not a disk read. 512 KiB until 2026-12-06: the first
#: poll of 1,000 alerts writes a 1.4 MB journal, and two connections then held 522 KiB each
#: (issue 2: 64 KiB, 16 pages, measured 0.5 MB less RSS; a scan of a journal larger than the
#: cache reads its pages from the system's cache with either size).
PAGE_CACHE_KIB = 64
#: How many times a write takes the journal's write lock again when another file took its place
#: at the path meanwhile (``Journal.transaction``).
PLACE_TRIES = 3
UTC = dt.timezone.utc


def utc_now() -> dt.datetime:
    """The current time, aware, UTC."""
    return dt.datetime.now(UTC)


#: The fingerprints firing at a time (``_firing_at``'s parameters; ``Journal.count_firing_at``).
_FIRING_AT = ("SELECT fingerprint FROM (SELECT fingerprint, kind, max(id) FROM events WHERE recorded_at < ? "
              "AND kind IN (?, ?, ?, ?) AND fingerprint != '' GROUP BY fingerprint) WHERE kind IN (?, ?)")


def _firing_at(at: dt.datetime) -> tuple:
    kinds = [kind.value for kind in (EventKind.FIRED, EventKind.RESOLVED, EventKind.UNWATCHED, EventKind.WATCHED)]
    return ts(at), *kinds, kinds[0], kinds[3]  # the last of the four is FIRED or WATCHED


class Journal(Escalations, Notes, SavedState):
    """The journal at ``path`` (``LoadedConfig.journal_file()`` in the app).

    Opening is lazy: the first use in a process checks the file (``damage`` tells what was set
    aside), creates the tables if needed, and every thread then gets its own connection.

    Args:
        path: the database file; its folder is created.
        clock: the current time (tests inject one).
        read_only: for a command that only reads: a damaged journal is read as it is, never
            set aside (``unreadable`` says what cannot be read), and none is made where there
            is none (``journal_reading``); a sound one is opened as usual.
    Raises (from every method): JournalError.
    """

    def __init__(self, path: Path, clock: Callable[[], dt.datetime] = utc_now, read_only: bool = False) -> None:
        self.path = Path(path)
        self.damage: Damage | None = None
        self.read_only = read_only
        self.unreadable: Unreadable | None = None
        self._none = False  # read_only, and there is no journal: an empty one in memory is read
        self._clock = clock
        self._lock = threading.Lock()
        self._checked = False
        #: where the file is; ``place.on_moved`` hears when it was deleted or replaced and put back
        self.place = JournalPlace(self.path)
        self._links = Links(self.place)  # each thread's connection

    @classmethod
    def open(cls, path: Path, clock: Callable[[], dt.datetime] = utc_now, read_only: bool = False) -> Journal:
        """A journal checked and ready now (see the class)."""
        journal = cls(path, clock, read_only)
        journal._conn()
        return journal

    @property
    def reads_only(self) -> bool:
        """True when nothing is written to the journal's file: opened ``read_only`` and found
        damaged (writes are refused) or absent (written to memory)."""
        return self.unreadable is not None or self._none

    def now(self) -> dt.datetime:
        """The journal's clock."""
        return self._clock()

    # -- connections ----------------------------------------------------------------------

    def _conn(self) -> sqlite3.Connection:
        link = self._links.mine()
        if link is not None and (link.conn.in_transaction or self.reads_only or self.place.holds(link.held)):
            return link.conn
        with self._lock:
            if not self._checked:
                try:
                    if self.read_only:
                        self.unreadable, self._none = look(self.path)
                    else:
                        self.damage = set_aside_if_damaged(self.path, self.now())
                except OSError as exc:  # a folder on its way cannot be looked into (review 44 F3)
                    raise JournalError(Message("journal", "cannot open the shift journal %1: %2",
                                               (str(self.path), sqlite_words(exc, self.path)))) from exc
                self._checked = True
        if self.reads_only:
            try:
                return self._links.add(reading_connection(self.path, self.unreadable), None).conn
            except sqlite3.Error as exc:
                raise JournalError(Message("journal", "cannot open the shift journal %1: %2",
                                           (str(self.path), sqlite_words(exc, self.path)))) from exc
        try:  # the file was deleted or replaced (journal_place): put back, then reopened here
            self.place.follow(self.now())
        except (OSError, sqlite3.Error) as exc:
            raise JournalError(Message("journal", "the shift journal %1 was deleted or replaced and cannot be "
                                                  "written back: %2", (str(self.path), str(exc)))) from exc
        self.close()
        conn = self._connect()
        try:
            held = self.place.opened()
        except sqlite3.Error as exc:
            conn.close()
            raise JournalError(Message("journal", "cannot open the shift journal %1: %2",
                                       (str(self.path), sqlite_words(exc, self.path)))) from exc
        return self._links.add(conn, held).conn

    def _connect(self) -> sqlite3.Connection:
        try:
            self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            # (another thread closes it once its thread ended: ``journal_links``)
            conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None,
                                   check_same_thread=False)
        except (OSError, sqlite3.Error) as exc:
            raise JournalError(Message("journal", "cannot open the shift journal %1: %2",
                                           (str(self.path), sqlite_words(exc, self.path)))) from exc
        conn.row_factory = sqlite3.Row

        def set_up() -> None:
            mode = conn.execute("PRAGMA journal_mode=WAL").fetchone()[0]
            if mode.lower() != "wal":
                log.warning("the shift journal %s is in %s mode, not WAL", self.path, mode)
            conn.execute("PRAGMA synchronous=FULL")
            conn.execute(f"PRAGMA cache_size=-{PAGE_CACHE_KIB}")
            self._ensure_schema(conn)
            make_private(self.path)

        try:
            while_locked(set_up)
        except sqlite3.Error as exc:
            conn.close()
            raise JournalError(Message("journal", "cannot open the shift journal %1: %2",
                                           (str(self.path), sqlite_words(exc, self.path)))) from exc
        except JournalError:
            conn.close()
            raise
        return conn

    def _ensure_schema(self, conn: sqlite3.Connection) -> None:
        if conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION:
            return
        conn.execute("BEGIN IMMEDIATE")
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]  # another process may have won
            if version > SCHEMA_VERSION:
                raise JournalError(Message("journal", "the shift journal %1 was written by a newer oncall-tray "
                                                      "(schema %2, this one knows %3)",
                                           (str(self.path), str(version), str(SCHEMA_VERSION))))
            for statement in SCHEMA if version == 0 else (s for v in range(version, SCHEMA_VERSION)
                                                            for s in MIGRATIONS[v]):
                conn.execute(statement)
            if version == 0:
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                if self.damage is not None:
                    tx = Tx(conn, self.now())
                    tx.event(EventKind.JOURNAL_STARTED, text=self.damage.describe(),
                             data={"damaged": str(self.damage.moved_to)})
                    tx.flush()
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")  # created, or brought up to date
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise

    def close(self) -> None:
        """Close the calling thread's connection, and those of Python threads that ended without
        closing theirs; the last one closed closes the file (``journal_links``). Other threads
        close theirs; an unclosed one loses nothing, every write is committed."""
        self._links.close()

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *_exc) -> None:
        self.close()

    # -- transactions and reads -------------------------------------------------------------

    @contextlib.contextmanager
    def transaction(self, at: dt.datetime | None = None) -> Iterator[Tx]:
        """One write transaction (``BEGIN IMMEDIATE``): all of it is kept, or none.

        The write lock is taken on the file at the path: when another file took the journal's
        place meanwhile, the lock is let go, the journal put back (``journal_place``) and the lock
        taken again, ``PLACE_TRIES`` times in all.

        Raises:
            JournalError: the journal cannot be written; the block is then not run, or what it
                wrote is rolled back. Also when another file took the journal's place at every
                try (a program fighting over its folder; code review 65 T12: the loop went on
                without a transaction, each statement kept on its own, then said not written).
        """
        for _attempt in range(PLACE_TRIES):  # a plain loop, not tenacity: see ``while_locked``
            conn = self._conn()
            if self.unreadable is not None:
                raise JournalError(self.unreadable.refusal())
            try:
                conn.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as exc:
                raise JournalError(Message("journal", "cannot write the shift journal %1: %2",
                                               (str(self.path), sqlite_words(exc, self.path)))) from exc
            if self.place.holds(self._links.mine().held):
                break
            conn.execute("ROLLBACK")
        else:
            raise JournalError(Message("journal", "cannot write the shift journal %1: another file took its place "
                                                  "at each of %2 tries; nothing was written",
                                       (str(self.path), str(PLACE_TRIES))))
        try:
            tx = Tx(conn, at or self.now())
            yield tx
            tx.flush()
            conn.execute("COMMIT")
        except BaseException as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.Error):
                raise JournalError(Message("journal", "cannot write the shift journal %1: %2",
                                           (str(self.path), sqlite_words(exc, self.path)))) from exc
            raise

    @contextlib.contextmanager
    def snapshot(self) -> Iterator[sqlite3.Connection]:
        """A read transaction: every query in it sees the same moment of the journal."""
        conn = self._conn()
        conn.execute("BEGIN")
        try:
            yield conn
        finally:
            try:
                conn.execute("COMMIT")
            except sqlite3.Error:  # a damaged page read in it (raised by that read): nothing to keep
                conn.rollback()

    def query(self, sql: str, params: tuple = ()) -> list[sqlite3.Row]:
        """Rows of one read-only statement."""
        try:
            return self._conn().execute(sql, params).fetchall()
        except sqlite3.Error as exc:
            raise JournalError(Message("journal", "cannot read the shift journal %1: %2",
                                           (str(self.path), sqlite_words(exc, self.path)))) from exc

    # -- events -------------------------------------------------------------------------------

    def record(self, kind: EventKind, at: dt.datetime | None = None, **fields) -> Event:
        """Append one event in its own transaction (fields: see ``Tx.event``)."""
        with self.transaction() as tx:
            return tx.event(kind, at, **fields)

    def events(self, since: dt.datetime | None = None, until: dt.datetime | None = None,
               kinds: tuple[EventKind, ...] = (), fingerprint: str | None = None) -> list[Event]:
        """Events with ``since <= at <= until``, oldest first."""
        where, params = where_clause(since, until, kinds, fingerprint)
        rows = self.query(f"SELECT * FROM events WHERE {where} ORDER BY at, id", params)
        return [event_from_row(r) for r in rows]

    def count_events(self, since: dt.datetime | None = None, until: dt.datetime | None = None,
                     kinds: tuple[EventKind, ...] = (), fingerprint: str | None = None,
                     recorded: bool = False, distinct: bool = False) -> int:
        """How many ``events`` there are (without reading them); with ``distinct``, how many
        alerts (fingerprints) they are about.

        Args:
            recorded: compare ``since``/``until`` with when the journal wrote each event
                (``recorded_at``: for a FIRED event, the poll that first saw the alert) rather
                than with when it happened (``at``: for a FIRED event, the alert's startsAt).
                Not indexed: a scan of the events table.
        """
        where, params = where_clause(since, until, kinds, fingerprint, "recorded_at" if recorded else "at")
        counted = "DISTINCT fingerprint" if distinct else "*"
        return self.query(f"SELECT count({counted}) FROM events WHERE {where}", params)[0][0]

    def count_firing_at(self, at: dt.datetime) -> int:
        """How many alerts were firing at ``at`` as the journal saw them: the alerts whose last
        FIRED, RESOLVED, UNWATCHED or WATCHED event recorded before ``at`` is a FIRED or WATCHED
        one (an alert of an Alertmanager no longer watched is not counted: review 24). Not
        indexed: a scan of the events table."""
        return self.query(f"SELECT count(*) FROM ({_FIRING_AT})", _firing_at(at))[0][0]

    def count_received(self, since: dt.datetime, until: dt.datetime) -> int:
        """How many alerts the journal saw fire from ``since`` to ``until`` (FIRED events by when
        recorded) that were not firing at ``since`` (``count_firing_at``'s), also when the same
        labels fire in another Alertmanager watched meanwhile (review 54 H9: counted again)."""
        return self.query(
            "SELECT count(DISTINCT fingerprint) FROM events WHERE kind = ? AND recorded_at >= ? AND recorded_at <= ? "
            f"AND fingerprint != '' AND fingerprint NOT IN ({_FIRING_AT})",
            (EventKind.FIRED.value, ts(since), ts(until), *_firing_at(since)))[0][0]
