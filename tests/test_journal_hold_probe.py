"""Code review 77 AQ7: telling which tray holds the shift journal (``JournalHold.holder_now``, at
every opening of a side tray's menu and of its alerts window's Shift menu) took the journal's lock
for an instant, so a shift tray starting at that instant found the journal held and ran its whole
run without its shift features. The probe never takes the lock; and when it cannot tell, it says so
(``UNTOLD``) rather than "none holds it"."""

from __future__ import annotations

import subprocess
import sys
import threading

from oncall_tray.core.journal_hold import UNTOLD, Holder, JournalHold, hold_path

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
