"""The shift journal's place: noticing that the file a ``Journal`` holds open is no longer the
file at its path, and putting the journal back there (no Qt).

A tester's finding: with the tray running, ``rm journal.db{,-wal,-shm}`` (or moving another file
over it) went unnoticed; SQLite kept writing into the deleted file (sqlite.org/howtocorrupt.html,
"Unlinking or renaming a database file while in use"), the command line made a new journal at
the path, and a restart lost the tray's acknowledgements and its open shift.

How it is kept (``JournalPlace``, used by ``Journal``):

* Each connection remembers the file it opened (``st_dev``, ``st_ino``); before it is used
  outside a transaction, and again once a write transaction holds the lock, the path is
  ``stat``-ed (a microsecond) and compared.
* The journal also keeps one *anchor* connection on the file (any thread, under a lock), so
  that the journal can be put back even by a thread that has no connection on it yet.
* When the path no longer holds that file: under the anchor's write lock (``BEGIN IMMEDIATE``:
  no connection of this process writes the old file any more), the anchor's image of the
  journal (``Connection.serialize``: the file with its write-ahead log, as SQLite reads it; the
  backup API cannot read from a connection that holds the write lock, it answers SQLITE_LOCKED)
  is written to a new file beside the path, fsynced and linked at the path. What was at the
  path (another journal made by the command line, a file moved there) is first renamed aside as
  ``journal.db.other-<UTC time>`` with its ``-wal`` and ``-shm``, never overwritten; the
  ``-wal`` and ``-shm`` still at the path that are the old file's own (their identity was noted
  when it was opened) are removed, their content being in the image. Every connection of the
  process then reopens on the file at the path. ``on_moved`` hears of it (a ``Displacement``).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..i18n import Translate
from .journal_file import BUSY_TIMEOUT_S, aside_name

log = logging.getLogger(__name__)
FileId = tuple[int, int]
SIDES = ("-wal", "-shm")


def file_id(path: Path | str) -> FileId | None:
    """The file at ``path`` as (``st_dev``, ``st_ino``); None when there is none.

    Raises:
        OSError: it cannot be looked at (other than missing).
    """
    try:
        st = os.stat(path)
    except (FileNotFoundError, NotADirectoryError):
        return None
    return st.st_dev, st.st_ino


def make_private(path: Path) -> None:
    """The engineer's notes and who acknowledged what are for this user only: the folder 0700,
    the database and its -wal and -shm files 0600 (SQLite makes them 0644); failures ignored."""
    for item, mode in ((path.parent, 0o700), (path, 0o600), *((Path(f"{path}{s}"), 0o600) for s in SIDES)):
        with contextlib.suppress(OSError):
            os.chmod(item, mode)


@dataclass(frozen=True)
class Displacement:
    """The journal's file was found gone from its path and was put back.

    Attributes:
        path: the journal's path (the journal is there again, whole).
        set_aside: where the file found at the path was renamed (with its -wal and -shm), in the
            journal's folder (the message names it alone: a notification's body is clipped at
            255 characters); None when the path was empty (the file was deleted).
    """

    path: Path
    set_aside: Path | None = None

    def describe(self) -> str:
        """One English line for the log (the other file's whole path)."""
        return self.message(lambda _context, text: text) + (f" ({self.set_aside})" if self.set_aside else "")

    def message(self, tr: Translate) -> str:
        """What to tell the engineer, in their language (``tr(context, text)``)."""
        if self.set_aside is None:
            text = tr("journal", "The shift journal %1 was deleted while in use. oncall-tray wrote it back from its "
                                 "copy: nothing was lost.")
        else:
            text = tr("journal", "Another file took the place of the shift journal %1: oncall-tray kept it beside it "
                                 "as %2 and wrote its own journal back there. Nothing was lost.")
        return text.replace("%1", str(self.path)).replace("%2", self.set_aside.name if self.set_aside else "")


class JournalPlace:
    """Where a ``Journal``'s file is, for every thread of the process (see the module).

    Args:
        path: the journal's path.
    Attributes:
        on_moved: called with each ``Displacement`` once the journal is back at its path, in the
            thread that noticed (the tray passes it to its GUI thread); it must not raise.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.on_moved: Callable[[Displacement], None] = lambda _displacement: None
        self._lock = threading.Lock()
        self._anchor: sqlite3.Connection | None = None
        self._current: FileId | None = None  # the file the anchor is on
        self._ours: set[FileId] = set()  # the -wal and -shm files of the journal's files
        self._connections = 0

    def holds(self, held: FileId | None) -> bool:
        """True when the file at the path is ``held`` (or it cannot be looked at: nothing is done)."""
        try:
            return file_id(self.path) == held
        except OSError:
            return True

    def opened(self) -> FileId | None:
        """A connection was just opened on the path: the file it is on. The first one opens the
        anchor. Raises: sqlite3.Error (the anchor cannot be opened)."""
        with self._lock:
            if self._anchor is None:
                anchor = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None,
                                         check_same_thread=False)
                anchor.execute("SELECT count(*) FROM sqlite_master").fetchone()  # opens its log
                self._anchor, self._current = anchor, file_id(self.path)
                self._note_sides()
            self._connections += 1
            return file_id(self.path)

    def closed(self) -> None:
        """A connection was closed; with the last one, the anchor."""
        with self._lock:
            self._connections = max(0, self._connections - 1)
            if self._connections == 0 and self._anchor is not None:
                self._anchor.close()
                self._anchor = self._current = None

    def _note_sides(self) -> None:
        for suffix in SIDES:
            with contextlib.suppress(OSError):
                side = file_id(f"{self.path}{suffix}")
                if side is not None:
                    self._ours.add(side)

    def follow(self, now: dt.datetime) -> None:
        """When the path no longer holds the journal's file, put the journal back there (once,
        whichever thread notices first) and tell ``on_moved``. The caller then reopens its
        connection on the path.

        Raises:
            OSError, sqlite3.Error: it could not be put back (the journal's file is left as it
                was: the next use tries again).
        """
        with self._lock:
            if self._anchor is None or self.holds(self._current):
                return
            anchor = self._anchor
            anchor.execute("BEGIN IMMEDIATE")  # every writer of this process on the old file is done
            try:
                image = anchor.serialize()
            finally:
                anchor.execute("ROLLBACK")
            displacement = self._put(image, now)
            self._anchor = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None,
                                           check_same_thread=False)
            self._anchor.execute("SELECT count(*) FROM sqlite_master").fetchone()
            anchor.close()
            self._current = file_id(self.path)
            self._note_sides()
        log.error("%s", displacement.describe())
        self.on_moved(displacement)

    def _put(self, image: bytes, now: dt.datetime) -> Displacement:
        """Write ``image`` at the path, setting aside whatever is there (never overwritten)."""
        path = self.path
        new = path.with_name(f"{path.name}.putting-back")
        with open(new, "wb") as out:
            out.write(image)
            out.flush()
            os.fsync(out.fileno())
        aside = None
        try:
            for _attempt in range(3):
                aside = self._make_room(now) or aside
                try:
                    os.link(new, path)  # never over a file that came meanwhile
                    break
                except FileExistsError:
                    continue
            else:
                raise FileExistsError(f"{path} keeps coming back")
        finally:
            new.unlink(missing_ok=True)
        make_private(path)
        return Displacement(path, aside)

    def _make_room(self, now: dt.datetime) -> Path | None:
        """Rename aside the file at the path and its -wal and -shm (the log first), and remove
        the old file's own -wal and -shm; where it went (None: nothing was there)."""
        path = self.path
        sides = [Path(f"{path}{suffix}") for suffix in SIDES]
        theirs = [side for side in sides if file_id(side) is not None and file_id(side) not in self._ours]
        for side in sides:
            if side not in theirs:
                side.unlink(missing_ok=True)
        if file_id(path) is None and not theirs:
            return None
        target = aside_name(path, "other", now)
        for side in theirs:
            os.rename(side, f"{target}{side.name[len(path.name):]}")
        if file_id(path) is not None:
            os.rename(path, target)
        return target
