"""Code review 77 AQ7: telling which tray holds the shift journal (``JournalHold.holder_now``, at
every opening of a side tray's menu and of its alerts window's Shift menu) took the journal's lock
for an instant, so a shift tray starting at that instant found the journal held and ran its whole
run without its shift features. The probe never takes the lock; and when it cannot tell, it says so
(``UNTOLD``) rather than "none holds it"."""

from __future__ import annotations

import os
import subprocess
import sys
import threading

import pytest

from oncall_tray.core.journal_hold import OFD_LOCKS, UNTOLD, Holder, JournalHeld, JournalHold, hold_path

#: a tray process starting again and again on the journal at argv[1]: takes the hold and lets it go,
#: argv[2] times; prints how many takes found it held (each such start would have run without its
#: shift features)
STARTS = """
import sys
from pathlib import Path
from oncall_tray.core.journal_hold import Holder, JournalHeld, JournalHold
journal, refused = Path(sys.argv[1]), 0
print("started", flush=True)
sys.stdin.readline()  # the probes run
for _ in range(int(sys.argv[2])):
    try:
        JournalHold.take(journal, Holder("shift.yaml", ("http://am:9093",))).release()
    except JournalHeld:
        refused += 1
print(refused, flush=True)
"""


def test_a_tray_starting_while_the_menu_probes_always_takes_the_journal(tmp_path):
    journal = tmp_path / "journal.db"
    JournalHold.take(journal, Holder()).release()  # the lock file, as an earlier run left it
    stop, probes = threading.Event(), []

    def probe() -> None:  # a side tray's menus opening again and again
        while not stop.is_set():
            probes.append(JournalHold.holder_now(journal))

    starts = subprocess.Popen([sys.executable, "-c", STARTS, str(journal), "3000"], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    prober = threading.Thread(target=probe)
    try:
        assert starts.stdout.readline().strip() == "started"
        prober.start()
        starts.stdin.write("go\n")
        starts.stdin.flush()
        refused = int(starts.stdout.readline())
    finally:
        stop.set()
        if prober.is_alive():
            prober.join()
        starts.stdin.close()
        starts.stdout.close()
        starts.wait()
    assert probes, "no probe ran"
    assert refused == 0, f"{refused} of 3000 starts found the journal held by a probe"
    assert UNTOLD not in probes


def test_the_probe_tells_the_holder_none_or_that_it_cannot_tell(tmp_path):
    journal = tmp_path / "journal.db"
    assert JournalHold.holder_now(journal) is None  # never held: no lock file
    hold = JournalHold.take(journal, Holder("shift.yaml", ("http://am:9093",), 4242))
    assert JournalHold.holder_now(journal) == Holder("shift.yaml", ("http://am:9093",), 4242)
    hold.release()
    assert JournalHold.holder_now(journal) is None  # it quit: its lock free
    hold_path(journal).unlink()
    hold_path(journal).mkdir()  # a lock file that cannot be opened: whether a tray holds it cannot be told
    assert JournalHold.holder_now(journal) is UNTOLD
    assert not UNTOLD.told and Holder().told


#: a tray of an earlier version holding the journal at argv[1]: the ``flock`` alone (no OFD lock), its
#: holder written in the lock file, as that version did; holds it until its stdin closes
OLDER = """
import fcntl, json, os, sys
descriptor = os.open(sys.argv[1], os.O_RDWR | os.O_CREAT, 0o600)
fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
os.ftruncate(descriptor, 0)
os.write(descriptor, json.dumps({"settings": "old.yaml", "alertmanagers": ["http://am:9093"],
                                 "pid": os.getpid()}).encode())
print("held", flush=True)
sys.stdin.read()
"""


@pytest.mark.skipif(not OFD_LOCKS, reason="elsewhere the probe takes the lock, which sees the flock")
def test_a_tray_of_an_earlier_version_holding_the_flock_alone_is_told_as_the_holder(tmp_path):
    """Code review 78 AR4: it was told as none ("the tray that held the journal has quit; quit this
    one and start it again"), and the tray started again was refused again."""
    journal = tmp_path / "journal.db"
    script = tmp_path / "oncall-tray"  # as the console script runs it: its name on the command line
    script.write_text(OLDER, encoding="utf-8")
    older = subprocess.Popen([sys.executable, str(script), str(hold_path(journal))], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, text=True)
    try:
        assert older.stdout.readline().strip() == "held"
        assert JournalHold.holder_now(journal) == Holder("old.yaml", ("http://am:9093",), older.pid)
        with pytest.raises(JournalHeld):  # what the probe says is what a start finds
            JournalHold.take(journal, Holder("new.yaml"))
        assert JournalHold.holder_now(journal) == Holder("old.yaml", ("http://am:9093",), older.pid)  # not taken
        # a file written before that process started names another process that had its pid: none
        written = hold_path(journal).stat()
        os.utime(hold_path(journal), ns=(written.st_atime_ns, written.st_mtime_ns - 3600 * 10**9))
        assert JournalHold.holder_now(journal) is None
        os.utime(hold_path(journal))
        assert JournalHold.holder_now(journal) is not None
    finally:
        older.stdin.close()
        older.wait()
        older.stdout.close()
    assert JournalHold.holder_now(journal) is None  # it quit: the pid it wrote is no process's
    JournalHold.take(journal, Holder("new.yaml")).release()
