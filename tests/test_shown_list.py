"""The notifications on screen kept per run (fresh-user review 70 AK7): a start takes as leftovers
only the lists of runs that ended, never a running tray's on the same settings and cache folder."""

from __future__ import annotations

import json

from oncall_tray.core.journal_hold import hold_path
from oncall_tray.notify.shown_list import OLD_FILE, ShownList


def test_a_start_takes_the_lists_of_ended_runs_only(tmp_path):
    ended, running = ShownList(tmp_path), ShownList(tmp_path)
    ended.write([(":1.5", 3)])
    ended._hold.release()  # as when its process is killed: the system drops its lock, its list stays
    running.write([(":1.5", 4), (":1.5", 6)])
    assert ended.path != running.path and ended.path.parent == running.path.parent == tmp_path / "notifications"
    (tmp_path / OLD_FILE).write_text(json.dumps([[":1.5", 1]]), "utf-8")  # an earlier version's shared list
    start = ShownList(tmp_path)
    try:
        assert start.left_by_ended_runs() == [(":1.5", 1), (":1.5", 3)]
        assert not ended.path.exists() and not hold_path(ended.path).exists() and not (tmp_path / OLD_FILE).exists()
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
    (folder / "1-dead.json").write_text("[[", "utf-8")
    start = ShownList(tmp_path)
    assert start.left_by_ended_runs() == []
    assert not (folder / "1-dead.json").exists()


def test_where_no_lock_can_be_taken_the_list_is_still_kept_and_an_ended_runs_taken_by_its_pid(tmp_path, monkeypatch):
    """Code review 75 AM8: where the cache folder takes no lock (an NFS home without lockd, some
    FUSE mounts), no list was written at all: a killed tray's "Still unacknowledged" stayed on
    screen for good. The list is written unguarded, as before the per-run lists; a start takes a
    list it cannot lock when the run named in it (its pid) is gone."""
    import errno
    import fcntl
    import subprocess
    import sys

    def no_locks(_descriptor, _operation):
        raise OSError(errno.ENOLCK, "No locks available")

    monkeypatch.setattr(fcntl, "flock", no_locks)
    running = ShownList(tmp_path)
    running.write([(":1.5", 4)])
    assert json.loads(running.path.read_text("utf-8")) == [[":1.5", 4]], "no list kept where no lock can be taken"
    ended = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True,
                           check=True)
    killed = running.path.parent / f"{int(ended.stdout)}-dead.json"  # a run that ended, its pid gone
    killed.write_text(json.dumps([[":1.5", 3]]), "utf-8")
    (running.path.parent / "x-unnamed.json").write_text(json.dumps([[":1.5", 9]]), "utf-8")  # no pid: left alone
    start = ShownList(tmp_path)
    assert start.left_by_ended_runs() == [(":1.5", 3)]
    assert not killed.exists() and running.path.exists() and (running.path.parent / "x-unnamed.json").exists()
    running.drop()
    assert not running.path.exists(), "a run that quits leaves its list"
