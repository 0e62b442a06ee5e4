"""Code review 77 AQ7: telling which tray holds the shift journal (``JournalHold.holder_now``, at
every opening of a side tray's menu and of its alerts window's Shift menu) took the journal's lock
for an instant, so a shift tray starting at that instant found the journal held and ran its whole
run without its shift features. The probe never takes the lock; and when it cannot tell, it says so
(``UNTOLD``) rather than "none holds it"."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

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


#: a tray of this version on the journal at argv[1] whose journal follows another Alertmanager than
#: the one given with --alertmanager (``ui/shift_journal.py``): takes the hold, lets it go, and keeps
#: running until its stdin closes
LETS_GO = """
import sys
from pathlib import Path
from oncall_tray.core.journal_hold import Holder, JournalHold
JournalHold.take(Path(sys.argv[1]), Holder("settings-C.yaml", ("http://other-am:9093",))).release()
print("released", flush=True)
sys.stdin.read()
"""


def _running(argv: list[str], **popen) -> subprocess.Popen:
    """``argv`` started with this Python (``argv[0]`` as its name), stdin and stdout piped."""
    return subprocess.Popen(argv, executable=sys.executable, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            text=True, **popen)


def _ended(process: subprocess.Popen) -> None:
    process.stdin.close()
    process.wait()
    process.stdout.close()


@pytest.mark.skipif(not OFD_LOCKS, reason="elsewhere the probe takes the lock and reads no pid")
def test_a_tray_that_let_the_journal_go_and_runs_on_is_not_its_holder(tmp_path):
    """Code review 79 AT3: its pid stayed in the lock file, and another tray's menu said "held by C"
    (quit C to use the shift features here) while nothing held the journal."""
    journal = tmp_path / "journal.db"
    script = tmp_path / "oncall-tray"  # as the console script runs it
    script.write_text(LETS_GO, encoding="utf-8")
    tray = _running([sys.executable, str(script), str(journal)])
    try:
        assert tray.stdout.readline().strip() == "released"
        assert JournalHold.holder_now(journal) is None
        JournalHold.take(journal, Holder("new.yaml")).release()  # what a start finds: free
    finally:
        _ended(tray)


@pytest.mark.skipif(not OFD_LOCKS, reason="elsewhere the probe takes the lock, which sees the flock")
@pytest.mark.parametrize("argv", [["oncall-tray", "-c", OLDER], ["/opt/oncall-tray/oncall-tray-gui", "-c", OLDER],
                                  ["python3", "-m", "oncall_tray"]])
def test_an_earlier_tray_is_told_as_the_holder_however_it_was_started(tmp_path, argv):
    """Its command line names oncall-tray: its program's name (the build, ``oncall-tray-gui``) or the
    module run (``python -m oncall_tray``)."""
    journal = tmp_path / "journal.db"
    package = tmp_path / "older" / "oncall_tray"  # an earlier version's package, run with -m
    package.mkdir(parents=True)
    (package / "__main__.py").write_text(OLDER, encoding="utf-8")
    older = _running([*argv, str(hold_path(journal))], cwd=tmp_path / "older")
    try:
        assert older.stdout.readline().strip() == "held"
        assert JournalHold.holder_now(journal) == Holder("old.yaml", ("http://am:9093",), older.pid)
    finally:
        _ended(older)


@pytest.mark.skipif(not OFD_LOCKS, reason="elsewhere the probe takes the lock, which sees the flock")
@pytest.mark.parametrize("argv", [["oncall-something", "-c", OLDER], ["python3", "oncall-tray/older.py"]])
def test_a_process_whose_command_line_only_mentions_oncall_is_not_the_holder(tmp_path, argv):
    """A live process given the pid named in the lock file is told as the holder only if it runs
    oncall-tray, not for "oncall" anywhere on its command line (code review 79 AT3)."""
    journal = tmp_path / "journal.db"
    (tmp_path / "oncall-tray").mkdir()  # a script in a folder of that name
    (tmp_path / "oncall-tray" / "older.py").write_text(OLDER, encoding="utf-8")
    other = _running([*argv, str(hold_path(journal))], cwd=tmp_path)
    try:
        assert other.stdout.readline().strip() == "held"
        assert JournalHold.holder_now(journal) is None
    finally:
        _ended(other)


#: what ``holder_now`` says of the journal at argv[1]
PROBE = """
import sys
from pathlib import Path
from oncall_tray.core.journal_hold import JournalHold
print(repr(JournalHold.holder_now(Path(sys.argv[1]))), flush=True)
"""
#: runs its arguments as the user nobody, under a /proc of its own mounted hidepid=2 (Linux, as root)
HIDDEN = ["unshare", "-m", "sh", "-c", 'mount -t proc -o hidepid=2 proc /proc && exec setpriv --reuid=65534 '
          '--regid=65534 --clear-groups "$@"', "hidden"]


@pytest.mark.skipif(not OFD_LOCKS or os.geteuid() != 0 or not shutil.which("unshare") or not shutil.which("setpriv"),
                    reason="needs Linux, root, unshare and setpriv to mount a /proc hiding processes")
def test_where_proc_hides_the_process_named_whether_it_holds_cannot_be_told():
    """Code review 79 AT3: where ``/proc`` is mounted hidepid, any live pid (reused or not) was told
    as the holder; it cannot be told (``UNTOLD``)."""
    with tempfile.TemporaryDirectory(dir="/tmp") as folder:  # (pytest's tmp_path: not for another user)
        os.chmod(folder, 0o755)
        journal = Path(folder) / "journal.db"
        script = Path(folder) / "oncall-tray"
        script.write_text(OLDER, encoding="utf-8")
        older = _running([sys.executable, str(script), str(hold_path(journal))])  # another user's, to nobody
        try:
            assert older.stdout.readline().strip() == "held"
            os.chmod(hold_path(journal), 0o666)
            probe = subprocess.run([*HIDDEN, sys.executable, "-c", PROBE, str(journal)], capture_output=True,
                                   text=True, check=False)
            if probe.returncode and "mount" in probe.stderr:
                pytest.skip(f"cannot mount a /proc here: {probe.stderr.strip()}")
            assert probe.stdout.strip() == repr(UNTOLD), probe.stderr
        finally:
            _ended(older)
