"""The shift journal's file: is it sound, and setting a damaged one aside (no Qt).

At open (``Journal``), ``PRAGMA quick_check`` reads every page. A damaged file, or an SQLite file
that is not a journal, is renamed aside as ``journal.db.damaged-<UTC time>`` (its ``-wal`` and
``-shm`` with it, the log first: a new database must never replay the old one's log), the reason
is logged, and the caller gets a ``Damage`` to show; the damaged file is never overwritten. When
it cannot be renamed, ``JournalError`` is raised and nothing is touched. Before that, a copy of it
with its indexes built anew (``VACUUM INTO``) is tried: when only indexes were damaged, the copy is sound
and takes its place, and nothing of the shift is lost (review 19: a damaged index had set aside a
whole shift whose rows were all readable).
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
        path: the journal's path (a new, empty journal is there now, or the repaired copy).
        moved_to: where the damaged file went.
        reason: SQLite's words for the damage (its first line).
        repaired: its indexes were rebuilt in a copy that is sound: the copy is at ``path``,
            nothing was lost.
    """

    path: Path
    moved_to: Path
    reason: str
    repaired: bool = False

    def describe(self) -> str:
        """One English line for the log."""
        if self.repaired:
            return (f"the shift journal {self.path} was damaged ({self.reason}); its indexes were rebuilt and "
                    f"nothing was lost; the damaged file was kept as {self.moved_to}")
        return (f"the shift journal {self.path} was damaged ({self.reason}); it was set aside as "
                f"{self.moved_to} and a new journal was started")

    def message(self, tr: Callable[[str, str], str]) -> str:
        """What to tell the engineer, in their language (``tr(context, text)``)."""
        if self.repaired:
            text = tr("journal", "The shift journal was damaged (%1). Its indexes were rebuilt: nothing was lost. "
                                 "The damaged file was kept as %2.")
        else:
            text = tr("journal", "The shift journal was damaged (%1). It was set aside as %2 and a new "
                                 "journal was started.")
        return text.replace("%1", self.reason).replace("%2", str(self.moved_to))


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
    rebuilt = _rebuilt(path)
    target = aside_name(path, "damaged", now)
    try:
        # The log first: a new database must never meet the old one's log.
        for suffix in ("-wal", "-shm"):
            side = Path(f"{path}{suffix}")
            if side.exists():
                os.rename(side, f"{target}{suffix}")
        if path.exists():
            os.rename(path, target)
        if rebuilt is not None:
            os.replace(rebuilt, path)
    except OSError as exc:
        if rebuilt is not None:
            rebuilt.unlink(missing_ok=True)
        raise JournalError(Message("journal", "the shift journal %1 is damaged (%2) and cannot be set aside: %3; "
                                              "it was left as it is", (str(path), reason, str(exc)))) from exc
    damage = Damage(path, target, reason, repaired=rebuilt is not None)
    log.error("%s", damage.describe())
    return damage


def _rebuilt(path: Path) -> Path | None:
    """A copy of the journal at ``path`` made of its tables' rows, every index built anew,
    beside it, when the copy passes ``quick_check``; None when it does not or cannot be made
    (its tables are damaged too). The damaged file itself is only read, through its log; no
    damaged index is read (``VACUUM INTO`` and ``REINDEX`` read or walk them and fail)."""
    copy = path.with_name(f"{path.name}.rebuilt")
    copy.unlink(missing_ok=True)
    sound = False
    try:
        target = sqlite3.connect(copy.resolve().as_uri(), uri=True, isolation_level=None, timeout=BUSY_TIMEOUT_S)
        try:
            target.execute("ATTACH DATABASE ? AS damaged", (path.resolve().as_uri() + "?mode=ro",))
            objects = target.execute("SELECT type, name, sql FROM damaged.sqlite_master WHERE sql IS NOT NULL "
                                     "AND name NOT LIKE 'sqlite_%'").fetchall()
            target.execute("BEGIN")
            for kind, name, sql in objects:
                if kind == "table":
                    target.execute(sql)
                    target.execute(f'INSERT INTO main."{name}" SELECT * FROM damaged."{name}"')
            for kind, _name, sql in objects:
                if kind != "table":  # indexes (and any view or trigger) once the rows are in
                    target.execute(sql)
            for pragma in ("application_id", "user_version"):
                value = int(target.execute(f"PRAGMA damaged.{pragma}").fetchone()[0])
                target.execute(f"PRAGMA main.{pragma} = {value}")
            target.execute("COMMIT")
            target.execute("DETACH DATABASE damaged")
            sound = [r[0] for r in target.execute("PRAGMA quick_check").fetchall()] == ["ok"] and \
                target.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        finally:
            target.close()
    except sqlite3.Error as exc:
        log.info("the damaged journal could not be rebuilt: %s", exc)
    if not sound:
        copy.unlink(missing_ok=True)
        return None
    return copy


def damage_reason(path: Path) -> str | None:
    """Why the file at ``path`` cannot be used as a journal (``PRAGMA quick_check``, the
    application id); None when it can, or is absent."""
    if not path.exists():
        if Path(f"{path}-wal").exists():
            return "a write-ahead log without its database"
        return None
    if path.stat().st_size == 0:
        return None
    try:
        conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
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
        return None
    except sqlite3.DatabaseError as exc:
        if _is_damage(exc):
            return str(exc)
        raise JournalError(Message("journal", "cannot check the shift journal %1: %2",
                                   (str(path), sqlite_words(exc, path)))) from exc
    finally:
        conn.close()
