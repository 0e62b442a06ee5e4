"""The product closes what it opens (tests/open_files.py): a tray that shuts down, one given new
settings again and again, a one-shot command run in the same process (the shift journal's
files, the settings file's inotify watcher)."""

from __future__ import annotations


import httpx
import pytest
from conftest import make_alert, running_tray, settings_file, wait_until
from open_files import left_open, watched_kinds
from paused_alertmanager import Paused

from oncall_tray import cli
from oncall_tray.config import Config


def test_a_tray_shut_down_leaves_no_journal_file_or_watcher_open(qtbot, alertmanager, tmp_path_factory, tmp_path):
    root = tmp_path_factory.getbasetemp()
    before = watched_kinds(root)
    config = Config(alertmanager_url=alertmanager.url, engineer="ana", notifications=False)
    with running_tray(qtbot, config, tmp_path) as ctl:
        for _poll in range(3):  # the poller's thread reads the journal at every poll
            with qtbot.waitSignal(ctl.poller.polled, timeout=10000):
                ctl.refresh()
        assert left_open(before, watched_kinds(root))  # the journal and the watcher, while it runs
    assert left_open(before, watched_kinds(root)) == []


def test_a_tray_shut_down_looks_for_the_system_tray_no_more(qtbot, alertmanager, tmp_path_factory, tmp_path):
    """The look for a system tray every ``TRAY_CHECK_MS`` went on after the shutdown: a tray
    gone away meanwhile had a stopped tray build and show its alerts window (a test of the full
    run: a desktop's panel stopped, and earlier tests' trays opened their journals again)."""
    root = tmp_path_factory.getbasetemp()
    before = watched_kinds(root)
    alertmanager.post_alerts([make_alert("DiskFull")])
    config = Config(alertmanager_url=alertmanager.url, engineer="ana", notifications=False)
    with running_tray(qtbot, config, tmp_path) as ctl:
        ctl.show_window()
        assert ctl.window.select_alert(next(iter(ctl.snapshot.alerts)))  # its notes panel reads the journal
    assert not ctl.placement.timer.isActive()
    ctl.placement.tray_shown = True  # as if its icon had been in a tray that then went away
    ctl.placement.timer.timeout.emit()
    assert not ctl.built_window.isVisible()
    assert left_open(before, watched_kinds(root)) == []


def test_new_settings_again_and_again_open_nothing_more(qtbot, alertmanager, tmp_path_factory, tmp_path):
    root = tmp_path_factory.getbasetemp()
    config = Config(alertmanager_url=alertmanager.url, engineer="ana", notifications=False)
    with running_tray(qtbot, config, tmp_path) as ctl:
        held = []
        for number in range(6):  # each time a new poller (its thread reads the journal) and trend thread
            ctl.apply_settings(ctl.loaded.overridden(engineer=f"engineer {number}", poll_interval=30 + number))
            with qtbot.waitSignal(ctl.poller.polled, timeout=10000):
                pass
            held.append(watched_kinds(root))
        assert all(left_open(held[0], now) == [] for now in held[1:]), [left_open(held[0], now) for now in held]


def test_a_poller_replaced_as_it_starts_closes_its_connection(qtbot, alertmanager, tmp_path_factory, tmp_path):
    """Settings applied twice in a row (two saves of the file, read a moment apart): the first
    new poller was stopped while its thread was still in its first poll, before the thread's event
    loop ran. The loop then ended at once, the queued stop was never delivered, and the poller's
    connection to the journal (and its client's) stayed open (a test of the full run, now and then)."""
    root = tmp_path_factory.getbasetemp()
    before = watched_kinds(root)
    config = Config(alertmanager_url=alertmanager.url, engineer="ana", notifications=False)
    with running_tray(qtbot, config, tmp_path) as ctl:
        with Paused(alertmanager):
            ctl.apply_settings(ctl.loaded.overridden(engineer="bia"))  # its poller waits (the old one polls)
            replaced = ctl.poller
            ctl.apply_settings(ctl.loaded.overridden(engineer="caio"))  # and it is stopped meanwhile
        with qtbot.waitSignal(ctl.poller.polled, timeout=10000):
            pass
        # since code review 81 AX13 a new poller starts once the old one has ended: the one stopped
        # before it started may never have run (it was read from ``_retired``, which a poller cut
        # and ended at once had already left: IndexError now and then)
        qtbot.waitUntil(lambda: not replaced._thread.isRunning(), timeout=10000)
    assert left_open(before, watched_kinds(root)) == []


@pytest.fixture
def own_log(tmp_path, monkeypatch, root_logger_restored):
    """The log folder of the commands run in this process (``XDG_STATE_HOME``), and their log
    handler closed afterwards (``setup_logging`` leaves it to the process, which ends)."""
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    return tmp_path / "state" / "oncall-tray" / "log" / "oncall-tray-commands.log"  # code review 81 AX10


@pytest.mark.parametrize("command", [["status"], ["status", "--json"], ["handoff", "start", "--confirm"],
                                     ["handoff", "end", "--markdown"], ["ack", "{fingerprint}"]])
def test_a_one_shot_command_in_process_leaves_nothing_open(alertmanager, tmp_path_factory, tmp_path, capsys, own_log,
                                                           command):
    """Each command closes the journal it opened; its log file stays open for the process, once
    (each command's ``setup_logging`` closed the file of the one before, which stayed open)."""
    root = tmp_path_factory.getbasetemp()
    alertmanager.post_alerts([make_alert("DiskFull")])
    fingerprint = wait_until(lambda: httpx.get(alertmanager.url + "/api/v2/alerts", timeout=10).json(), 10,
                             "the alert")[0]["fingerprint"]
    argv = ["--config", settings_file(tmp_path, 'engineer: "ana"\n'), "--alertmanager", alertmanager.url]
    before = watched_kinds(root)
    assert cli.main([*argv, "handoff", "start", "--confirm"]) == 0  # a journal with an open shift to work on
    cli.main([*argv, *(word.format(fingerprint=fingerprint) for word in command)])
    capsys.readouterr()
    assert left_open(before, watched_kinds(root)) == [f"1 × {own_log}"]


def test_a_tray_given_some_members_of_the_journal_s_cluster_leaves_the_journal_closed(qtbot, tmp_path):
    """Code review 73 AJ9: a tray given ``--alertmanager`` with one member of the cluster the
    journal follows read the journal after closing it (review 72 AH12's wording), which opened
    it again and left it open: once at the start and once more at each retry (a shift window
    asked for, the notes' *Try again*), on a journal another tray may hold."""
    from oncall_tray.config_urls import scope_identity
    from oncall_tray.core.journal import Journal
    from oncall_tray.core.journal_seen import WATCHED
    from oncall_tray.paths import Folders
    from oncall_tray.ui.shift_controller import ShiftController

    path = tmp_path / "journal.db"
    members = ("http://127.0.0.1:19881", "http://127.0.0.1:19882")
    journal = Journal.open(path)
    journal.set_state(*WATCHED, sorted(scope_identity(url) for url in members))
    journal.close()
    before = watched_kinds(tmp_path)
    given = ShiftController(Config(alertmanager_url=members[1], engineer="ana"), lambda notices: None, path=path,
                            given=True, folders=Folders.inside(tmp_path))
    try:
        assert given.journal is None and "it follows the whole cluster" in given.problem, given.problem
        for _retry in range(3):
            assert not given.reopen(quiet=True)
        assert left_open(before, watched_kinds(tmp_path)) == []
    finally:
        given.shutdown()
