"""The notifications on screen kept per run (fresh-user review 70 AK7): a start takes as leftovers
only the lists of runs that ended, never a running tray's on the same settings and cache folder."""

from __future__ import annotations

import errno
import fcntl
import json
import os
import subprocess
import sys
from pathlib import Path

from oncall_tray.core.journal_hold import JournalHold, hold_path
from oncall_tray.notify.shown_list import OLD_FILE, ShownList

#: a run of another process that writes its list and ends without clearing it (as when killed:
#: the system drops its lock, its list stays); prints its list's path
ENDED_RUN = """
import sys
from pathlib import Path
from oncall_tray.notify.shown_list import ShownList
shown = ShownList(Path(sys.argv[1]))
shown.write([(":1.5", 3)])
print(shown.path)
"""


def _ended_run(cache: Path) -> Path:
    """The list left by a tray process on ``cache`` that ended (its pid gone, its lock free)."""
    done = subprocess.run([sys.executable, "-c", ENDED_RUN, str(cache)], capture_output=True, text=True, check=True)
    return Path(done.stdout.strip())


def _gone_pid() -> int:
    """The pid of a process that ended (the system gives it again only after many others)."""
    done = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True,
                          check=True)
    return int(done.stdout)


def _no_locks(_descriptor, _operation):
    raise OSError(errno.ENOLCK, "No locks available")


def test_a_start_takes_the_lists_of_ended_runs_only(tmp_path):
    ended, running = _ended_run(tmp_path), ShownList(tmp_path)
    running.write([(":1.5", 4), (":1.5", 6)])
    assert ended != running.path and ended.parent == running.path.parent == tmp_path / "notifications"
    (tmp_path / OLD_FILE).write_text(json.dumps([[":1.5", 1]]), "utf-8")  # an earlier version's shared list
    start = ShownList(tmp_path)
    try:
        assert start.left_by_ended_runs() == [(":1.5", 1), (":1.5", 3)]
        assert not ended.exists() and not hold_path(ended).exists() and not (tmp_path / OLD_FILE).exists()
        assert json.loads(running.path.read_text("utf-8")) == [[":1.5", 4], [":1.5", 6]], "a running tray's list"
        assert start.left_by_ended_runs() == []
        running.write([])
        assert json.loads(running.path.read_text("utf-8")) == []
        assert [path.name for path in running.path.parent.iterdir() if not path.name.endswith((".json", ".tray"))] == []
    finally:
        running.drop()
        start.drop()
    assert list((tmp_path / "notifications").iterdir()) == [], "a run that quits leaves nothing"


def test_an_unreadable_list_of_an_ended_run_counts_as_empty(tmp_path):
    folder = tmp_path / "notifications"
    folder.mkdir()
    dead = folder / f"{_gone_pid()}-dead.json"
    dead.write_text("[[", "utf-8")
    start = ShownList(tmp_path)
    assert start.left_by_ended_runs() == []
    assert not dead.exists()


def test_where_no_lock_can_be_taken_the_list_is_still_kept_and_an_ended_runs_taken_by_its_pid(tmp_path, monkeypatch):
    """Code review 75 AM8: where the cache folder takes no lock (an NFS home without lockd, some
    FUSE mounts), no list was written at all: a killed tray's "Still unacknowledged" stayed on
    screen for good. The list is written unguarded, as before the per-run lists; a start takes a
    list it cannot lock when the run named in it (its pid) is gone."""
    monkeypatch.setattr(fcntl, "flock", _no_locks)
    running = ShownList(tmp_path)
    running.write([(":1.5", 4)])
    assert json.loads(running.path.read_text("utf-8")) == [[":1.5", 4]], "no list kept where no lock can be taken"
    killed = running.path.parent / f"{_gone_pid()}-dead.json"  # a run that ended, its pid gone
    killed.write_text(json.dumps([[":1.5", 3]]), "utf-8")
    (running.path.parent / "x-unnamed.json").write_text(json.dumps([[":1.5", 9]]), "utf-8")  # no pid: left alone
    start = ShownList(tmp_path)
    assert start.left_by_ended_runs() == [(":1.5", 3)]
    assert not killed.exists() and running.path.exists() and (running.path.parent / "x-unnamed.json").exists()
    running.drop()
    assert not running.path.exists(), "a run that quits leaves its list"


def test_a_run_whose_lock_failed_once_keeps_its_notifications_from_the_next_start(tmp_path, monkeypatch):
    """Code review 76 AN4: one failed take of the list's lock (a full disk, too many open files)
    left a run unguarded for the rest of its life, its list written and its lock free: the next
    tray started on the same cache (``--alertmanager`` beside it) took that lock, closed the
    running tray's critical notifications and removed its list. A start leaves alone a list whose
    run is alive, even with its lock free; the run takes its lock again at its next write."""
    running = ShownList(tmp_path)
    with monkeypatch.context() as failing:
        failing.setattr(fcntl, "flock", _no_locks)  # the one failed take
        running.write([(":1.5", 4)])
    assert json.loads(running.path.read_text("utf-8")) == [[":1.5", 4]]
    start = ShownList(tmp_path)  # the lock works again: a second tray starts on the same cache
    try:
        assert start.left_by_ended_runs() == [], "a running tray's notifications taken for an ended run's"
        assert json.loads(running.path.read_text("utf-8")) == [[":1.5", 4]], "a running tray's list removed"
        assert JournalHold.holder_now(running.path) is None  # still unguarded until its next write
        running.write([(":1.5", 4), (":1.5", 6)])
        assert JournalHold.holder_now(running.path) is not None, "the lock not taken again at the next write"
        assert start.left_by_ended_runs() == []
        assert json.loads(running.path.read_text("utf-8")) == [[":1.5", 4], [":1.5", 6]]
    finally:
        running.drop()
        start.drop()
    assert list((tmp_path / "notifications").iterdir()) == [], "a run that quits leaves nothing"


def test_a_killed_runs_list_is_taken_when_its_pid_is_reused(tmp_path):
    """Code review 77 AQ5: a free lock with a live pid counted as a running tray, so a killed
    tray's list (its critical notifications on screen) stayed for as long as any other process had
    its pid (or for good in a pid namespace of its own, where each start gets the same pid). The
    list records its run's start time with its pid: a live pid started at another time is another
    process. A reused pid is simulated: the ended run's list named with this live process's pid
    and the start time the ended run had (not this process's)."""
    ended = _ended_run(tmp_path)
    pid, started, rest = ended.name.split("-", 2)
    assert started.startswith("s") and started[1:].isdigit(), f"no start time in {ended.name}"
    reused = ended.with_name(f"{os.getpid()}-s{int(started[1:]) + 1}-{rest}")  # a live pid, another start
    ended.rename(reused)
    hold_path(ended).rename(hold_path(reused))
    alive = ShownList(tmp_path)  # a run of this very process: its pid and start time (its lock free: AN4)
    alive_list = alive.path
    alive_list.parent.mkdir(parents=True, exist_ok=True)
    alive_list.write_text(json.dumps([[":1.5", 7]]), "utf-8")
    start = ShownList(tmp_path)
    try:
        assert start.left_by_ended_runs() == [(":1.5", 3)], "a killed run's list kept while its pid is reused"
        assert not reused.exists() and not hold_path(reused).exists()
        assert alive_list.exists(), "the list of a run alive (same pid, same start) taken"
    finally:
        alive.drop()
        start.drop()
