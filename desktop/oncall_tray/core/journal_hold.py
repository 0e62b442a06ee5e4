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
(two controllers in a test) also exclude each other. On Linux the holder also takes an open file
description lock (``F_OFD_SETLK``, per open file too) on one byte past its text, which a tray
telling who holds the journal asks about (``F_OFD_GETLK``) without taking anything (code review
77 AQ7: taking the lock for an instant at each menu opening made a tray starting then run without
its shift features). A holder of an earlier version takes no such lock (nor one whose
``F_OFD_SETLK`` failed: a file system with ``flock`` alone): where the byte is free, the pid the
lock file names, alive, running oncall-tray and started before the file was written (``_named_alive``), is told as the
holder, never as none (code review 78 AR4: "the tray that held the journal has quit; quit this one
and start it again", and the new one was refused again). A hold let go (``release``) empties the
file before the lock drops, so that a tray of this version running on without the journal is not
named (code review 79 AT3).
"""

from __future__ import annotations

import errno
import importlib
import json
import logging
import os
import struct
import sys
import time
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)
#: Where the Windows lock sits in the file: past what the holder writes, so that the other tray
#: can still read it (``msvcrt.locking`` locks a byte range; reading a locked range fails there).
WINDOWS_LOCK_AT = 1 << 20
#: Whether open file description locks can be asked about without being taken (Linux 3.15+).
OFD_LOCKS = sys.platform.startswith("linux") and hasattr(importlib.import_module("fcntl"), "F_OFD_GETLK")
#: ``struct flock`` on Linux: l_type, l_whence (shorts), l_start, l_len (off_t: 64 bits), l_pid, padding.
OFD_FORMAT = "hhqqi4x"
#: Seconds a starting holder tries again where a probe takes the lock for an instant (no OFD locks).
PROBE_WAIT = 0.2


@dataclass(frozen=True)
class Holder:
    """The tray holding the journal, as it wrote itself in the lock file.

    Attributes:
        settings: its settings file's path ("" when unknown: written by another version, or
            being written at that instant).
        alertmanagers: the Alertmanager(s) it watches, as shown (``url_passwords.shown_url``).
        pid: its process ID (0 when unknown).
        told: False for ``UNTOLD`` only: whether a tray holds the journal cannot be told (its lock
            file cannot be opened or probed), not to be said as "none holds it" (code review 77 AQ7).
    """

    settings: str = ""
    alertmanagers: tuple[str, ...] = ()
    pid: int = 0
    told: bool = True


#: ``JournalHold.holder_now``'s answer when it cannot tell whether a tray holds the journal.
UNTOLD = Holder(told=False)


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
            if not _lock_past_probes(descriptor):
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
        """The live tray holding the journal at ``journal`` now, as it wrote itself (``Holder``);
        None when none does; ``UNTOLD`` when that cannot be told (a lock file that cannot be opened
        or probed: logged). For a tray that does not hold it (code review 75 AM3: whether quitting
        leaves its Alertmanager watched; 72 AH10: the menu's line); one in this process holding it
        is found as another's would be. Where open file description locks exist (Linux) the probe
        only asks (``F_OFD_GETLK``) and never takes the lock (code review 77 AQ7: taken for an
        instant at each menu opening, a tray starting then ran without its shift features);
        elsewhere it takes it for an instant, and a tray starting then tries again (``take``). A
        free OFD byte with the lock file naming a live oncall-tray process that started before it was
        written (``_named_alive``: a holder of an earlier version, which takes the ``flock`` alone) is
        that holder (code review 78 AR4); a hold let go clears the file (``release``), so a tray of
        this version that let the journal go and runs on is not (code review 79 AT3). ``UNTOLD``
        too where the process named cannot be looked at (``/proc`` mounted ``hidepid``)."""
        path = hold_path(journal)
        try:
            descriptor = os.open(path, os.O_RDWR)
        except FileNotFoundError:
            return None
        except OSError as exc:
            log.warning("cannot tell whether a tray holds %s: %s", path, exc)
            return UNTOLD
        try:
            if _held(descriptor):
                return _read_holder(descriptor)
            named = _read_holder(descriptor) if OFD_LOCKS else Holder()  # (elsewhere the probe took the lock)
            alive = _named_alive(named.pid, os.fstat(descriptor).st_mtime)
            return UNTOLD if alive is None else named if alive else None
        except OSError as exc:
            log.warning("cannot tell whether a tray holds %s: %s", path, exc)
            return UNTOLD
        finally:
            os.close(descriptor)  # a lock taken (no OFD locks there) is dropped with it

    def describe(self, holder: Holder) -> None:
        """Write ``holder`` anew (this tray's settings now watch another Alertmanager); a failure
        is logged, the hold kept."""
        if self._descriptor is not None:
            try:
                _write_holder(self._descriptor, holder)
            except OSError as exc:
                log.warning("cannot write %s: %s", self.path, exc)

    def release(self) -> None:
        """Drop the lock: at quit, or while this tray runs on without the journal (``--alertmanager``
        given, the journal following another Alertmanager: ``ui.shift_journal``). The file stays,
        emptied while still locked, so that no probe names this live process as the holder (code
        review 79 AT3: "held by C", quit C); an emptying that fails is logged, the lock dropped."""
        if self._descriptor is not None:
            descriptor, self._descriptor = self._descriptor, None
            try:
                os.ftruncate(descriptor, 0)
            except OSError as exc:
                log.warning("cannot clear %s: %s", self.path, exc)
            os.close(descriptor)  # closing the only descriptor of the open file drops its lock


def _no_hold(what: str, path: Path, exc: OSError, quiet: bool) -> None:
    log.log(logging.DEBUG if quiet else logging.WARNING, "no hold on %s (%s: %s): another tray could write it too",
            what, path, exc)


def _lock_past_probes(descriptor: int) -> bool:
    """``_lock``, and where a probe takes the lock for an instant (no OFD locks: ``holder_now``)
    tried again for a moment before the lock counts as another tray's. Raises OSError."""
    deadline = time.monotonic() + PROBE_WAIT
    while not _lock(descriptor):
        if OFD_LOCKS or time.monotonic() > deadline:
            return False
        time.sleep(PROBE_WAIT / 20)
    return True


def _held(descriptor: int) -> bool:
    """Whether a hold is on the lock file open at ``descriptor``: asked without taking it where
    OFD locks exist, else by taking it (dropped as ``descriptor`` closes). Raises OSError."""
    if not OFD_LOCKS:
        return not _lock(descriptor)
    import fcntl

    answer = fcntl.fcntl(descriptor, fcntl.F_OFD_GETLK, _ofd_lock(fcntl.F_WRLCK))
    return struct.unpack(OFD_FORMAT, answer)[0] != fcntl.F_UNLCK


#: Seconds a process's start, as ``/proc`` gives it (``btime`` in whole seconds), may seem to follow
#: the lock file's writing by the process itself.
START_SLACK = 2.0


def _named_alive(pid: int, written: float) -> bool | None:
    """Whether ``pid`` (named in the lock file as its holder; 0 when not, as in a file emptied by
    ``release``) is a live process other than this one (whose holds take the OFD lock), running
    oncall-tray (``_runs_oncall_tray``), that started before the lock file was last written
    (``written``: its modification time, seconds since the epoch): the holder, not a process given
    its pid since it ended. None when that cannot be told: the process lives but ``/proc`` does not
    show it (mounted ``hidepid``; code review 79 AT3: alive alone was told as the holder)."""
    if pid <= 0 or pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except PermissionError:  # another user's: alive
        pass
    except OSError:  # ProcessLookupError: gone
        return False
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as cmdline:
            argv = [os.fsdecode(arg) for arg in cmdline.read().split(b"\0")]
    except FileNotFoundError:  # gone since, or hidden (hidepid=2)
        return None if _hidden(pid) else False
    except OSError:  # hidepid=1: there, not readable
        return None
    if not _runs_oncall_tray(argv):
        return False
    started = _started(pid)
    return None if started is None else 0 < started <= written + START_SLACK


def process_start(pid: int | None = None) -> float | None:
    """When the process ``pid`` (None: this one) started, seconds since the epoch (``/proc``); None
    where it cannot be read: with its pid it names a process, not one given that pid since."""
    return _started(os.getpid() if pid is None else pid)


def still_running(pid: int, started: float | None) -> bool:
    """Whether the process ``pid`` that started at ``started`` (``process_start``'s) still runs:
    alive, and the same start (a pid given again since is another process). False for a pid or
    start unknown (0, None) or a zombie."""
    if pid <= 0 or not started:
        return False
    now = _started(pid)
    return bool(now) and abs(now - started) <= START_SLACK


def _hidden(pid: int) -> bool:
    """Whether the process ``pid``, not in ``/proc``, still lives (``/proc`` hides it)."""
    try:
        os.kill(pid, 0)
    except PermissionError:
        return True
    except OSError:
        return False
    return True


#: The names oncall-tray runs under: its console scripts (``pyproject.toml``) and its build
#: (``packaging/pyinstaller``).
PROGRAMS = ("oncall-tray", "oncall-tray-gui")
#: The module ``python -m`` runs it as.
MODULE = "oncall_tray"
#: Python's options that take a value as the next argument (``python -X dev script``).
VALUED_OPTIONS = ("-W", "-X", "-Q")


def _runs_oncall_tray(argv: list[str]) -> bool:
    """Whether the command line ``argv`` (the arguments, as ``/proc/PID/cmdline`` gives them) runs
    oncall-tray: its program's name (``argv[0]``'s base name, ``.exe`` aside) is one of ``PROGRAMS``, or
    the program is Python running ``-m oncall_tray`` or a script of such a name (a console script,
    which the interpreter of its ``#!`` line runs). "oncall" elsewhere (a folder, an argument, a
    program ``oncall-something``) is not (code review 79 AT3)."""
    def program(path: str) -> str:
        name = os.path.basename(path)
        return name[:-4] if name.lower().endswith(".exe") else name

    if not argv:
        return False
    if program(argv[0]) in PROGRAMS:
        return True
    if not program(argv[0]).startswith("python"):
        return False
    arguments = iter(argv[1:])
    for argument in arguments:
        if argument in ("-m", "-c") or argument.startswith(("-m", "-c")) and len(argument) > 2:
            module = next(arguments, "") if argument in ("-m", "-c") else argument[2:]
            return argument.startswith("-m") and module == MODULE
        if argument in VALUED_OPTIONS:
            next(arguments, None)
        elif not argument.startswith("-") or argument == "-":
            return program(argument) in PROGRAMS
    return False


def _started(pid: int) -> float | None:
    """When the process ``pid`` started (seconds since the epoch) as Linux's ``/proc`` says; 0 for
    one that ended and is not yet reaped (a zombie); None when not readable."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as stat:
            fields = stat.read().rpartition(b")")[2].split()  # (after the command's name, which may hold spaces)
        with open("/proc/stat", "rb") as system:
            boot = next(int(line.split()[1]) for line in system if line.startswith(b"btime "))
        if fields[0] == b"Z":
            return 0
        return boot + int(fields[19]) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, StopIteration):
        return None


def _ofd_lock(kind: int) -> bytes:
    """A ``struct flock`` of the one byte at ``WINDOWS_LOCK_AT`` (past the holder's text), of ``kind``."""
    return struct.pack(OFD_FORMAT, kind, os.SEEK_SET, WINDOWS_LOCK_AT, 1, 0)


def _lock(descriptor: int) -> bool:
    """Lock without waiting; False when another holds it. Raises OSError for other failures.
    On Linux the holder also takes an open file description lock (``F_OFD_SETLK``), which a probe
    can see without taking (``_held``); its failure is logged, the hold kept."""
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
    if OFD_LOCKS:
        try:
            fcntl.fcntl(descriptor, fcntl.F_OFD_SETLK, _ofd_lock(fcntl.F_WRLCK))
        except OSError as exc:  # the flock excludes the other trays all the same; probes then see it free
            log.info("cannot mark the hold for probes: %s", exc)
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
