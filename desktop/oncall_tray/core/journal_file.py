"""The shift journal's file: is it sound, and setting a damaged one aside (no Qt).

At open (``Journal``), ``PRAGMA quick_check`` reads every page, and the values the readers convert
are checked (``journal_checks``). A damaged file (or one holding a row so garbled), or an SQLite
file that is not a journal, is renamed aside as ``journal.db.damaged-<UTC time>`` (its ``-wal`` and
``-shm`` with it, the log first: a new database must never replay the old one's log), the reason
is logged, and the caller gets a ``Damage`` to show; the damaged file is never overwritten. When
it cannot be renamed, ``JournalError`` is raised and nothing is touched. Before that, every row
that can still be read is carried, table by table, into a new journal that takes its place
(``journal_salvage``): when only indexes were damaged nothing is lost (review 19: a damaged index
had set aside a whole shift whose rows were all readable); when a table's pages are, the shifts,
the open shift and its drafts, and the other rows are kept (review 57 S10). Only when nothing
can be carried does an empty journal start.

A command that only reads the journal never sets it aside (review 57 S10: ``handoff history``
did): ``Unreadable`` tells what of the damaged file cannot be read and how to repair it, and the
file is read as it is (``read_only_uri``).
"""

from __future__ import annotations

import datetime as dt
import errno
import logging
import os
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..i18n import Message, Translate, english
from .journal_checks import COLUMN_CHECKS, garbled_row
from .journal_salvage import Salvage, read_only_uri, salvaged
from .journal_schema import APPLICATION_ID

log = logging.getLogger(__name__)
#: How long a connection waits for another writer (the tray, the command line) to finish.
BUSY_TIMEOUT_S = 10.0
#: ``while_locked``'s first wait and longest wait between tries, in seconds.
LOCKED_FIRST_WAIT_S, LOCKED_LONGEST_WAIT_S = 0.02, 0.5
_SQLITE_CORRUPT, _SQLITE_NOTADB = 11, 26


class JournalError(Exception):
    """The journal cannot be read or written (a locked, unwritable, newer or unmovable damaged
    file). ``str()`` says why in one English line (the log); ``text(tr)`` in the engineer's
    language.

    Args:
        reason: why, a ``Message`` in context "journal" (SQLite's or the system's own words stay
            as they are, in its markers), or a line already written.
    """

    def __init__(self, reason: Message | str) -> None:
        super().__init__(reason.text() if isinstance(reason, Message) else reason)
        self.reason = reason

    def text(self, tr: Translate = english) -> str:
        """The reason in ``tr``'s language (``tr(context, text)``)."""
        return self.reason.text(tr) if isinstance(self.reason, Message) else str(self.reason)


@dataclass(frozen=True)
class Damage:
    """A damaged journal found at open and set aside.

    Attributes:
        path: the journal's path (a new journal is there now: what could be read of the
            damaged one, or nothing).
        moved_to: where the damaged file went.
        reason: SQLite's words for the damage (its first line).
        salvage: what was carried into the new journal (``journal_salvage``); None when
            nothing could be (the new journal is empty).
    """

    path: Path
    moved_to: Path
    reason: str
    salvage: Salvage | None = None

    @property
    def repaired(self) -> bool:
        """Every row was carried (only indexes were damaged): nothing was lost."""
        return self.salvage is not None and self.salvage.whole

    def describe(self) -> str:
        """One English line for the log."""
        if self.repaired:
            return (f"the shift journal {self.path} was damaged ({self.reason}); its indexes were rebuilt and "
                    f"nothing was lost; the damaged file was kept as {self.moved_to}")
        if self.salvage is not None:
            return (f"the shift journal {self.path} was damaged ({self.reason}); it was set aside as "
                    f"{self.moved_to} and what could be read was carried into a new journal; kept: "
                    f"{self.salvage.kept_text()}; lost: {self.salvage.lost_text()}")
        return (f"the shift journal {self.path} was damaged ({self.reason}); it was set aside as "
                f"{self.moved_to} and a new journal was started")

    def message(self, tr: Callable[[str, str], str]) -> str:
        """What to tell the engineer, in their language (``tr(context, text)``): what was kept
        and what was lost."""
        salvage, where = self.salvage, str(self.moved_to)
        if self.repaired:
            return Message("journal", "The shift journal was damaged (%1). Its indexes were rebuilt: nothing was "
                                      "lost. The damaged file was kept as %2.", (self.reason, where)).text(tr)
        if salvage is None:
            return Message("journal", "The shift journal was damaged (%1). It was set aside as %2 and a new "
                                      "journal was started.", (self.reason, where)).text(tr)
        # what was kept and lost first, SQLite's words left to the log: a notification's body is
        # clipped at 255 characters (review 57 S10: the tray's said "kept beside it as…")
        kept, lost, name = salvage.kept_text(tr), salvage.lost_text(tr), self.moved_to.name
        if salvage.open_shift:
            return Message("journal", "The shift journal was damaged; what could still be read went into a new "
                                      "journal, the open shift of %1 with it. Kept: %2. Lost: %3. Damaged file kept "
                                      "as %4.", (salvage.open_shift, kept, lost, name)).text(tr)
        return Message("journal", "The shift journal was damaged; what could still be read went into a new journal. "
                                  "Kept: %1. Lost: %2. Damaged file kept as %3.", (kept, lost, name)).text(tr)


def while_locked(set_up: Callable[[], None]) -> None:
    """Run ``set_up`` (a new connection's pragmas and schema), again while SQLite answers
    "database is locked" for up to ``BUSY_TIMEOUT_S``: changing the journal mode may answer it at
    once, without waiting as a busy timeout does, when other connections open the journal at
    the same moment (the tray's threads, the command line; a test of eight writers failed so
    once). Waits 20 ms, then twice as long each time, at most 0.5 s between tries. Other
    errors are raised at once. A plain loop, not tenacity: every thread of the tray opens a
    connection at start, and tenacity (11 modules) is otherwise loaded only when a poll
    fails (``poll_retry``; issue 2: memory).

    Raises:
        sqlite3.Error: what ``set_up`` raised last.
    """
    started = time.monotonic()
    wait_s = LOCKED_FIRST_WAIT_S
    while True:
        try:
            set_up()
            return
        except sqlite3.OperationalError as exc:
            if not ("locked" in str(exc) or "busy" in str(exc)) or time.monotonic() - started >= BUSY_TIMEOUT_S:
                raise
        time.sleep(wait_s)
        wait_s = min(wait_s * 2, LOCKED_LONGEST_WAIT_S)


def sqlite_words(exc: sqlite3.Error | OSError, path: Path | None = None) -> Message | str:
    """Why SQLite failed, for the engineer: a ``Message`` (context "journal") for the reasons
    they can act on, from SQLite's primary result code (sqlite.org/rescode.html): read-only,
    disk full, locked by another program, cannot be opened, permission, I/O; SQLite's own
    (English) words for any other. Review 27: "attempt to write a readonly database" reached
    the Portuguese windows as it is. SQLite's words stay in the log (the exception's cause).
    With the journal's ``path``, a file that cannot be opened or made is first looked at where
    it is (``place_problem``: a folder, or under a file)."""
    code = (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF
    if path is not None and (code == 14 or isinstance(exc, OSError)):
        try:
            place = place_problem(path)
        except OSError:  # a folder above it cannot be looked into: said below
            place = None
        if place is not None:
            return place
    if isinstance(exc, OSError) and exc.errno in (errno.EACCES, errno.EPERM):  # its folder, most often (review 44 F3)
        return Message("journal", "permission denied")
    if code == 8:  # SQLITE_READONLY
        return Message("journal", "the file or its folder is read-only")
    if code == 13:  # SQLITE_FULL
        return Message("journal", "the disk is full")
    if code in (5, 6):  # SQLITE_BUSY, SQLITE_LOCKED
        return Message("journal", "another program keeps it locked")
    if code == 14:  # SQLITE_CANTOPEN
        # review 32: said "missing or cannot be read" of a folder that could not be written
        return Message("journal", "the file cannot be opened or made (its folder is missing, or cannot be read or "
                                  "written)")
    if code == 3:  # SQLITE_PERM
        return Message("journal", "permission denied")
    if code == 10:  # SQLITE_IOERR
        return Message("journal", "the disk could not be read or written")
    return str(exc)


def present(path: Path) -> bool:
    """Whether there is a journal at ``path`` to read, or one that cannot be told (a folder
    above it that cannot be looked into: review 44 F3, every command ended in a traceback); then
    opening it says why."""
    try:
        return path.exists()
    except OSError:
        return True


def place_problem(path: Path) -> Message | None:
    """What is wrong with where the journal at ``path`` would be: the path a folder, or one of
    the folders above it a file (review 38 F13: said as a folder missing or not writable);
    None when neither."""
    if path.is_dir():
        return Message("journal", "it is a folder, not a file")
    above = next((parent for parent in path.parents if parent.exists()), None)
    if above is not None and not above.is_dir():
        return Message("journal", "%1 is a file, not a folder", (str(above),))
    return None


def _is_damage(exc: sqlite3.Error) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (_SQLITE_CORRUPT, _SQLITE_NOTADB)
    text = str(exc).lower()
    return "malformed" in text or "not a database" in text


def garbled(conn: sqlite3.Connection) -> str | None:
    """The first row of the journal in ``conn`` (pages sound) holding a value its readers cannot
    convert (``journal_checks.garbled_row``), in one English line; None: none. Such a row (a
    cell's text overwritten, a file edited by hand) made a reader raise (a traceback at the tray's
    start, in ``handoff end``), and, the pages sound, it was never salvaged.

    Raises:
        sqlite3.Error: a table cannot be read.
    """
    names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    return next(filter(None, (garbled_row(conn, table) for table in COLUMN_CHECKS if table in names)), None)


def aside_name(path: Path, kind: str, now: dt.datetime) -> Path:
    """A free name beside ``path`` for a file set aside: ``journal.db.<kind>-<UTC time>``
    (``-1``, ``-2``... after it when taken), ``kind`` "damaged" or "other" (the settings file's
    copy before ``config init --force``: "bak", ``config_write.keep_aside``)."""
    stamp = now.astimezone(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.name}.{kind}-{stamp}")
    n = 1
    while target.exists():
        target = path.with_name(f"{path.name}.{kind}-{stamp}-{n}")
        n += 1
    return target


def set_aside_if_damaged(path: Path, now: dt.datetime) -> Damage | None:
    """Check the journal at ``path``; when it is damaged, rename it aside (its log first) and
    return what was done; None when it is sound or absent.

    Raises:
        JournalError: it cannot be checked, or it is damaged and cannot be renamed (then it is
            left as it is).
    """
    reason = damage_reason(path)
    if reason is None:
        return None
    target = aside_name(path, "damaged", now)
    copy = path.with_name(f"{path.name}.salvaged")
    salvage = salvaged(path, copy, now, lambda carried: Damage(path, target, reason, carried).describe()) \
        if path.exists() else None
    try:
        # The log first: a new database must never meet the old one's log.
        for suffix in ("-wal", "-shm"):
            side = Path(f"{path}{suffix}")
            if side.exists():
                os.rename(side, f"{target}{suffix}")
        if path.exists():
            os.rename(path, target)
        if salvage is not None:
            os.replace(copy, path)
    except OSError as exc:
        copy.unlink(missing_ok=True)
        raise JournalError(Message("journal", "the shift journal %1 is damaged (%2) and cannot be set aside: %3; "
                                              "it was left as it is", (str(path), reason, str(exc)))) from exc
    damage = Damage(path, target, reason, salvage)
    log.error("%s", damage.describe())
    return damage


def damage_reason(path: Path, read_only: bool = False) -> str | None:
    """Why the file at ``path`` cannot be used as a journal (``PRAGMA quick_check``, the
    application id, a row its readers cannot convert: ``garbled``); None when it can, or is absent. ``read_only``: read as it is, nothing made
    or checkpointed (``journal_salvage.read_only_uri``)."""
    if not path.exists():
        if Path(f"{path}-wal").exists():
            return "a write-ahead log without its database"
        return None
    if path.stat().st_size == 0:
        return None
    try:
        conn = sqlite3.connect(read_only_uri(path) if read_only else str(path), uri=read_only, timeout=BUSY_TIMEOUT_S,
                               isolation_level=None)
    except sqlite3.Error as exc:
        raise JournalError(Message("journal", "cannot open the shift journal %1: %2",
                                   (str(path), sqlite_words(exc, path)))) from exc
    try:
        rows = [r[0] for r in conn.execute("PRAGMA quick_check").fetchall()]
        if rows != ["ok"]:  # its first line: SQLite lists every bad cell (13 lines, review 19)
            lines = [line for row in rows for line in str(row).splitlines()
                     if line.strip() and not line.startswith("***")]  # "*** in database main ***"
            return lines[0] + (f" (and {len(lines) - 1} more)" if len(lines) > 1 else "")
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        if app_id != APPLICATION_ID and (app_id != 0 or tables):
            return "an SQLite file that is not an oncall-tray journal"
        return garbled(conn)
    except sqlite3.DatabaseError as exc:
        if _is_damage(exc):
            return str(exc)
        raise JournalError(Message("journal", "cannot check the shift journal %1: %2",
                                   (str(path), sqlite_words(exc, path)))) from exc
    finally:
        conn.close()
