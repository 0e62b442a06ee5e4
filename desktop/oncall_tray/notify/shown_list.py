"""The notifications a tray has on screen, kept on disk for the next start after that tray died
(review 57 S4: a killed tray's critical "Still unacknowledged" stayed on screen, its Acknowledge
answering no one), and what an earlier run left there.

One file per run (fresh-user review 70 AK7): two trays on one settings file share its cache
folder (the shift's tray and ``oncall-tray --alertmanager …`` beside it), and with one shared
file the second one's start closed the first's critical notifications on screen, taken for a
dead run's, and the two overwrote each other's list through one temporary file name. So each
run writes ``<cache>/notifications/<pid>-s<start>-<random>.json`` and holds the lock beside it
(``core.journal_hold``, the journal's and the settings draft's: the operating system drops it
when the process ends, kill -9 included); a start closes only the lists whose lock it can take,
those of runs that ended. Where no lock can be taken (an NFS home without lockd, some FUSE mounts)
the list is written unguarded all the same, and a start judges such a list by the pid in its name
(code review 75 AM8: none was written, and a killed tray's notifications stayed on screen for
good). A lock that failed once (a full disk, too many open files) is taken again at the next
write, and a start never closes the list of a run whose pid is alive, its lock free or not (code
review 76 AN4: one failed take left a run unguarded for good, and the next start on its cache
closed its critical notifications); a pid counts as alive only with the start time written beside
it in the name (code review 77 AQ5: a killed tray's pid given to another process). No Qt.
"""

from __future__ import annotations

import json
import logging
import os
import secrets
import sys
from collections.abc import Iterable
from pathlib import Path

from ..config_write import atomic_write_text
from ..core.journal_hold import Holder, JournalHeld, JournalHold, hold_path
from ..side_files import drop_side

log = logging.getLogger(__name__)
#: The folder of the runs' lists, in the run's cache folder (``LoadedConfig.folders``).
FOLDER = "notifications"
#: The one list every run shared before review 70 AK7, in the cache folder: an earlier version's
#: run, ended when this one was installed; read once like an ended run's, then removed.
OLD_FILE = "notifications.json"
WHAT = "the list of the notifications on screen"

Shown = tuple[str, int]  # (the notification server's unique bus name, the notification's id)


class ShownList:
    """This run's list file in ``cache``/``FOLDER``, written under this run's hold (taken at the
    first ``write``; unguarded where none can be taken). Lives in the GUI thread."""

    def __init__(self, cache: Path) -> None:
        """``cache``: the run's cache folder."""
        self.folder = cache / FOLDER
        self._old = cache / OLD_FILE
        started = process_start(os.getpid())
        owner = f"{os.getpid()}-s{started}" if started is not None else str(os.getpid())
        self.path = self.folder / f"{owner}-{secrets.token_hex(4)}.json"
        self._hold: JournalHold | None = None
        self._unguarded = False  # the last take failed: written all the same (judged by its pid at a start)
        self._dropped = False  # ``drop``: the run quits; a notification remembered later is not listed again

    def write(self, shown: Iterable[Shown]) -> None:
        """Keep ``shown`` as this run's list, atomically (no fsync: the file only serves while the
        system runs), under this run's hold, or unguarded where none can be taken (``JournalHold.take``'s
        promise: as before; tried again at each write, code review 76 AN4); a failure is logged,
        nothing more. Nothing after ``drop`` (a notice shown while the tray shuts down would take a
        new hold that nothing releases)."""
        if self._dropped:
            return
        self._take_hold()
        try:
            atomic_write_text(self.path, json.dumps(list(shown)), durable=False)
        except OSError as exc:
            log.info("cannot keep the notifications shown in %s: %s", self.path, exc)

    def _take_hold(self) -> None:
        """Take this run's hold if it has none: at the first write, and again after a failed take
        (said in the log once until one works)."""
        if self._hold is None:
            try:
                self._hold = JournalHold.take(self.path, Holder(), WHAT, quiet=self._unguarded)
            except JournalHeld:  # its own name: taken for a moment by a start looking at it
                self._hold = None
            self._unguarded = self._hold is None

    def left_by_ended_runs(self) -> list[Shown]:
        """The notifications listed by runs that ended (their lock free: killed, or quit without
        clearing), whose lists are removed; the lists of running trays are left alone: a list whose
        pid is a running process is never taken, even with its lock free (a run whose take failed,
        code review 76 AN4), and one whose lock cannot be taken for another reason than a holder (no
        locks there) only when its pid is known to be gone (``_running``). Never raises: an
        unreadable list is logged and counts as empty."""
        left: list[Shown] = []
        if self._old.exists():
            left += _read(self._old)
            drop_side(self._old, "notifications on screen")
        try:
            lists = sorted(self.folder.glob("*.json"))
        except OSError as exc:
            log.info("cannot read the notifications left in %s: %s", self.folder, exc)
            return left
        for listed in lists:
            if listed == self.path:
                continue
            try:
                hold = JournalHold.take(listed, Holder(), WHAT)
            except JournalHeld:  # its tray runs
                continue
            running = _running(listed)
            if running or (hold is None and running is None):  # its run still runs, or no lock and cannot tell
                if hold is not None:
                    hold.release()
                continue
            try:
                left += _read(listed)
                drop_side(listed, "notifications on screen")
                drop_side(hold_path(listed), "notifications on screen")
            finally:
                if hold is not None:
                    hold.release()
        return left

    def drop(self) -> None:
        """This run quits having closed its notifications: its list and lock go, for good."""
        self._dropped = True
        if self.path.exists() or hold_path(self.path).exists():  # written, or a take tried
            drop_side(self.path, "notifications on screen")
            drop_side(hold_path(self.path), "notifications on screen")
        if self._hold is not None:
            self._hold.release()
            self._hold = None


def _running(listed: Path) -> bool | None:
    """Whether the run that wrote the list ``listed`` (named ``<pid>-s<start>-<random>.json``, or
    ``<pid>-<random>.json`` where the start time cannot be read) still runs: True when a process has
    its pid now and, where the name gives the run's start time, started then (code review 77 AQ5: a
    pid taken again by another process, or the same small pid in a pid namespace per run, read as
    running and kept a killed tray's notifications on screen); another user's process with that pid
    counts as running when its start time cannot be read. False when none has; None when that
    cannot be told (another name, Windows, where signal 0 is no probe)."""
    pid, _, rest = listed.name.partition("-")
    if sys.platform == "win32" or not pid.isdigit() or int(pid) <= 0:
        return None
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except OSError:  # another user's (EPERM): running, unless its start time says otherwise
        pass
    started = rest.split("-", 1)[0] if rest.count("-") else ""
    if not (started.startswith("s") and started[1:].isdigit()):
        return True  # no start time written (another system, an earlier version): by its pid alone
    now = process_start(int(pid))
    return now is None or now == int(started[1:])


def process_start(pid: int) -> int | None:
    """When the process ``pid`` started, in clock ticks since the system booted (Linux:
    ``/proc/<pid>/stat`` field 22, ``proc(5)``), telling a process from a later one given the same
    pid; None where it cannot be read (no such process, no ``/proc``: other systems)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="utf-8", errors="replace")
        return int(stat[stat.rindex(")") + 1:].split()[19])  # fields from the 3rd on: its name may hold ") "
    except (OSError, ValueError, IndexError):
        return None


def _read(path: Path) -> list[Shown]:
    try:
        return [(str(server), int(number)) for server, number in json.loads(path.read_text(encoding="utf-8"))]
    except FileNotFoundError:  # removed meanwhile by another start
        return []
    except (OSError, ValueError, TypeError, RecursionError) as exc:  # RecursionError: JSON nested too deep
        log.info("cannot read the notifications left in %s: %s", path, exc)
        return []
