"""Which tray owns the shift journal (review 61 W4): one long-running tray at a time.

Two trays on two settings files (a colleague's staging Alertmanager, one behind a proxy) both
recorded their polls in the one journal: each poll moved its scope to the other's Alertmanager
and back (``watching_moved``, every alert set aside and taken back), silences were recorded
twice, the shift was restored and its red flags said again, and the handoff listed blind spots
that never were. So the tray that opens the journal first holds it for its whole life: an
advisory lock on ``<journal>.tray`` beside it (``flock`` on Unix, ``msvcrt.locking`` on
Windows), which the operating system drops when the process ends, crash or kill included (no
stale PID file to judge). The holder writes into the file which settings it runs on, for the
other tray to say. The commands (``handoff``, ``ack``, ``status``...) do not take it: they write
the journal briefly, as before, with a tray running.

No Qt; the lock is per open file (``flock``, not ``lockf``), so that two holders in one process
(two controllers in a test) also exclude each other.
"""

from __future__ import annotations

import errno
import json
import logging
import os
import sys
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)
#: Where the Windows lock sits in the file: past what the holder writes, so that the other tray
#: can still read it (``msvcrt.locking`` locks a byte range; reading a locked range fails there).
WINDOWS_LOCK_AT = 1 << 20


@dataclass(frozen=True)
class Holder:
    """The tray holding the journal, as it wrote itself in the lock file.

    Attributes:
        settings: its settings file's path ("" when unknown: written by another version, or
            being written at that instant).
        alertmanagers: the Alertmanager(s) it watches, as shown (``url_passwords.shown_url``).
        pid: its process ID (0 when unknown).
    """

    settings: str = ""
    alertmanagers: tuple[str, ...] = ()
    pid: int = 0


class JournalHeld(Exception):
    """Another running tray holds the shift journal; ``holder`` says which (``Holder``)."""

    def __init__(self, holder: Holder) -> None:
        super().__init__(f"another tray (pid {holder.pid or '?'}, settings {holder.settings or '?'}) "
                         "holds the shift journal")
        self.holder = holder


def hold_path(journal: Path) -> Path:
    """The lock file of the journal at ``journal``: ``journal.db.tray`` beside it."""
    return journal.with_name(f"{journal.name}.tray")


class JournalHold:
    """The lock of one tray on the shift journal, held until ``release`` or the process ends.

    Use ``take``; ``release`` is idempotent.
    """

    def __init__(self, path: Path, descriptor: int) -> None:
        self.path = path
        self._descriptor: int | None = descriptor

    @classmethod
    def take(cls, journal: Path, holder: Holder, what: str = "the shift journal",
             quiet: bool = False) -> JournalHold | None:
        """Hold the journal at ``journal`` (a path; its folder is made if missing) for this tray,
        writing ``holder`` (this tray's settings, its Alertmanager(s), its pid) in the lock file.
        Another file kept by one running tray at a time takes the same hold (``what`` names it in
        the log: the settings draft, ``ui.settings_draft``, code review 73 AJ4).

        Returns None when the lock file cannot be made or locked for another reason than a holder
        (a read-only folder, a file system without locks): logged (a warning; at debug level with
        ``quiet``, a take tried again after a failure said already); the tray then runs unguarded,
        as before, rather than without its shift features (the journal, if it cannot be written
        either, says so itself).

        Raises:
            JournalHeld: another live tray holds it (which one: its ``holder``).
        """
        path = hold_path(journal)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            descriptor = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            _no_hold(what, path, exc, quiet)
            return None
        try:
            if not _lock(descriptor):
                raise JournalHeld(_read_holder(descriptor))
            _write_holder(descriptor, holder)
        except JournalHeld:
            os.close(descriptor)
            raise
        except OSError as exc:
            os.close(descriptor)
            _no_hold(what, path, exc, quiet)
            return None
        return cls(path, descriptor)

    @staticmethod
    def holder_now(journal: Path) -> Holder | None:
        """The live tray holding the journal at ``journal`` now, as it wrote itself (``Holder``),
        or None when none does (its lock taken and let go at once: a tray starting at that very
        instant finds it held and runs without its shift features), or when that cannot be told
        (no lock file, one that cannot be opened or locked: logged). For a tray that does not hold
        it (code review 75 AM3: whether quitting leaves its Alertmanager watched); one in this
        process holding it is found as another's would be."""
        path = hold_path(journal)
        try:
            descriptor = os.open(path, os.O_RDWR)
        except FileNotFoundError:
            return None
        except OSError as exc:
            log.warning("cannot tell whether a tray holds %s: %s", path, exc)
            return None
        try:
            return None if _lock(descriptor) else _read_holder(descriptor)
        except OSError as exc:
            log.warning("cannot tell whether a tray holds %s: %s", path, exc)
            return None
        finally:
            os.close(descriptor)  # a lock taken is dropped with it

    def describe(self, holder: Holder) -> None:
        """Write ``holder`` anew (this tray's settings now watch another Alertmanager); a failure
        is logged, the hold kept."""
        if self._descriptor is not None:
            try:
                _write_holder(self._descriptor, holder)
            except OSError as exc:
                log.warning("cannot write %s: %s", self.path, exc)

    def release(self) -> None:
        """Drop the lock (at quit; the file stays, for the next holder to overwrite)."""
        if self._descriptor is not None:
            descriptor, self._descriptor = self._descriptor, None
            os.close(descriptor)  # closing the only descriptor of the open file drops its lock


def _no_hold(what: str, path: Path, exc: OSError, quiet: bool) -> None:
    log.log(logging.DEBUG if quiet else logging.WARNING, "no hold on %s (%s: %s): another tray could write it too",
            what, path, exc)


def _lock(descriptor: int) -> bool:
    """Lock without waiting; False when another holds it. Raises OSError for other failures."""
    if sys.platform == "win32":
        import msvcrt

        os.lseek(descriptor, WINDOWS_LOCK_AT, os.SEEK_SET)
        try:
            msvcrt.locking(descriptor, msvcrt.LK_NBLCK, 1)
        except OSError as exc:
            if exc.errno in (errno.EACCES, errno.EDEADLK):  # locked by another
                return False
            raise
        finally:
            os.lseek(descriptor, 0, os.SEEK_SET)
        return True
    import fcntl

    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _write_holder(descriptor: int, holder: Holder) -> None:
    """Replace the lock file's text by ``holder`` (its pid this process's when not given). Raises OSError."""
    os.ftruncate(descriptor, 0)
    os.lseek(descriptor, 0, os.SEEK_SET)
    os.write(descriptor, json.dumps({"settings": holder.settings, "alertmanagers": list(holder.alertmanagers),
                                     "pid": holder.pid or os.getpid()}).encode("utf-8") + b"\n")


def _read_holder(descriptor: int) -> Holder:
    """What the holder wrote of itself; an empty ``Holder`` when unreadable."""
    try:
        os.lseek(descriptor, 0, os.SEEK_SET)
        data = json.loads(os.read(descriptor, 64 * 1024).decode("utf-8"))
        return Holder(str(data.get("settings") or ""), tuple(str(url) for url in data.get("alertmanagers") or ()),
                      int(data.get("pid") or 0))
    except (OSError, ValueError, TypeError, AttributeError, RecursionError):  # RecursionError: nested too deep
        return Holder()
