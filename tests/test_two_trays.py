"""Two trays on two settings files (review 61 W4): a second tray watching another Alertmanager
(a staging one, one behind a proxy) while the first runs recorded its polls in the one shift
journal too: each poll moved the journal's scope to its Alertmanager and back
(``watching_moved``, every alert set aside and taken back), it restored the first tray's shift
and said its red flags again, and the outgoing engineer's handoff listed "not watched" gaps that
never were. One tray owns the journal at a time; the other runs without its shift features and
says which tray holds the journal."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import make_alert, running_tray, utcnow

from oncall_tray.config import Config
from oncall_tray.core.handoff import Live, end_report
from oncall_tray.core.journal import Journal
from oncall_tray.core.journal_hold import Holder, JournalHeld, JournalHold
from oncall_tray.core.journal_schema import EventKind
from oncall_tray.core.shifts import start_shift
from oncall_tray.demo import LocalAlertmanager
from oncall_tray.paths import Folders

AWAY = (EventKind.WATCHING_MOVED, EventKind.UNWATCHED, EventKind.WATCHED)


def _config(url: str) -> Config:
    return Config(alertmanager_url=url, notifications=False, engineer="ana", poll_interval=1, max_retry_interval=1,
                  request_timeout=2, language="en")


def test_a_second_tray_on_other_settings_leaves_the_first_trays_journal_alone(qtbot, alertmanager, tmp_path):
    started = utcnow() - dt.timedelta(minutes=20)  # response targets missed: red flags to say (once)
    names = ("APIDown", "DatabaseDown", "HighLatency")
    alertmanager.post_alerts([make_alert(name, severity, starts_at=started) for name, severity in
                              zip(names, ("critical", "critical", "warning"))])
    journal = Journal.open(Folders.for_user().journal)
    shift = start_shift(journal, "ana")
    other = LocalAlertmanager().start()  # the colleague's staging Alertmanager
    try:
        other.post_alerts([make_alert("StagingDown", "critical", starts_at=started)])
        with running_tray(qtbot, _config(alertmanager.url), tmp_path / "one") as first:
            firing = lambda: {row[0] for row in journal.query("SELECT alertname FROM firing")}  # noqa: E731
            qtbot.waitUntil(lambda: firing() == set(names), timeout=15000)
            with running_tray(qtbot, _config(other.url), tmp_path / "two") as second:
                notices = []
                second.notifier.show = notices.extend
                polls = {"first": 0, "second": 0}
                first.poller.polled.connect(lambda _r: polls.__setitem__("first", polls["first"] + 1))
                second.poller.polled.connect(lambda _r: polls.__setitem__("second", polls["second"] + 1))
                qtbot.waitUntil(lambda: min(polls.values()) >= 4, timeout=20000)  # each polled, in turn
                moved = journal.events(shift.started_at, kinds=AWAY)
                assert not [(e.kind.value, e.alertname) for e in moved]  # no scope moved back and forth
                assert second.shift.journal is None and second.shift.shift is None  # not restored there
                assert second.tray.shift_off_action.isVisible()
                assert second.tray.shift_off_action.text() == ("Shift features off: another oncall-tray holds the "
                                                               f"shift journal; this tray watches {other.url}")
                assert second.tray.shift_off_action.toolTip() == (
                    f"Shift features off: the shift journal follows {alertmanager.url}, held by another oncall-tray "
                    f"(settings {tmp_path / 'one' / 'c.yaml'}); this tray watches {other.url}")
                assert f"(settings {tmp_path / 'one' / 'c.yaml'}), watching {alertmanager.url}." in second.shift.problem
                assert not any(action.isEnabled() for action in second.tray.shift_actions.values())
                told = [f"{n.title} | {n.body}" for n in notices]
                assert not [line for line in told if "Red flag" in line or "shift" in line.lower()
                            and "journal" not in line.lower()], told
            qtbot.waitUntil(lambda: polls["first"] >= 6, timeout=15000)  # still the journal's after the other quit
            moved = journal.events(shift.started_at, kinds=AWAY)
            assert not [(e.kind.value, e.alertname) for e in moved]
            assert firing() == set(names)  # "StagingDown" never recorded as this shift's
            report = end_report(journal, shift, Live(first.snapshot.alerts, first.snapshot.severities),
                                first.shift.translate, dt.timezone.utc)
            assert not [line for line in report.noticed if "not watched" in line], report.noticed
    finally:
        other.stop()
        journal.close()


def test_the_hold_is_per_tray_and_dies_with_its_holder(tmp_path):
    path = tmp_path / "journal.db"
    first = JournalHold.take(path, Holder("/home/ana/.config/oncall-tray/config.yaml", ("http://127.0.0.1:9093",), 4242))
    assert first is not None
    try:
        JournalHold.take(path, Holder("/tmp/staging.yaml"))  # a second holder in the same process, too
    except JournalHeld as exc:
        assert exc.holder == Holder("/home/ana/.config/oncall-tray/config.yaml", ("http://127.0.0.1:9093",), 4242)
    else:
        raise AssertionError("a second tray held the journal too")
    first.release()
    again = JournalHold.take(path, Holder("/tmp/staging.yaml"))  # released (quit, or killed: the OS drops it)
    assert again is not None
    again.release()


@pytest.mark.desktop
def test_two_tray_processes_on_two_settings_files(desktop, alertmanager, tmp_path):
    """The reviewer's steps with the real app: tray 1 on the settings' Alertmanager with its shift
    open, tray 2 started on another settings file watching a staging Alertmanager. Tray 2 says the
    journal is held and records nothing; the outgoing engineer's handoff has no gap line."""
    import subprocess
    import sys

    from tray_process import TrayProcess

    alertmanager.post_alerts([make_alert("APIDown", "critical")])
    staging = LocalAlertmanager().start()
    env = {**desktop.env, **{f"XDG_{kind}_HOME": str(tmp_path / kind.lower()) for kind in ("CONFIG", "STATE", "CACHE",
                                                                                              "DATA")},
           "XDG_RUNTIME_DIR": str(tmp_path / "runtime"), "LANGUAGE": "en"}
    (tmp_path / "runtime").mkdir(mode=0o700)
    one, two = tmp_path / "one.yaml", tmp_path / "staging.yaml"
    for path, url in ((one, alertmanager.url), (two, staging.url)):
        path.write_text(f"alertmanager_url: {url}\npoll_interval: 1\nmax_retry_interval: 1\nlanguage: en\n"
                        "engineer: ana\n", encoding="utf-8")
    first = second = None
    try:
        staging.post_alerts([make_alert("StagingDown", "critical")])
        (tmp_path / "first").mkdir()
        (tmp_path / "second").mkdir()
        first = TrayProcess(desktop, alertmanager.url, tmp_path / "first", config=one, env=env, shift_open=True)
        desktop.wait_for_notification(lambda n: "APIDown" in n["summary"] + n["body"], timeout=20)  # polled
        second = TrayProcess(desktop, staging.url, tmp_path / "second", config=two, env=env)
        held = desktop.wait_for_notification(lambda n: "another oncall-tray holds the shift journal" in n["body"],
                                             timeout=20)
        assert f"(settings {one}), watching {alertmanager.url}" in held["body"], held
        desktop.wait_for_notification(lambda n: "StagingDown" in n["summary"] + n["body"], timeout=20)  # polled
        staging.post_alerts([make_alert("StagingSlow", "critical")])  # each polls again, in turn
        desktop.wait_for_notification(lambda n: "StagingSlow" in n["summary"] + n["body"], timeout=20)
        alertmanager.post_alerts([make_alert("APISlow", "critical")])
        desktop.wait_for_notification(lambda n: "APISlow" in n["summary"] + n["body"], timeout=20)
        second.terminate()  # its writes, if any, are done
        journal = Journal.open(journal_path_in(tmp_path / "data"))
        try:
            assert not [(e.kind.value, e.alertname) for e in journal.events(kinds=AWAY)]
            assert not journal.query("SELECT * FROM firing WHERE alertname = 'StagingDown'")
        finally:
            journal.close()
        oncall = [sys.executable, "-m", "oncall_tray", "--config", str(one)]
        end = subprocess.run([*oncall, "handoff", "end", "--markdown"], env=env, capture_output=True, text=True,
                             timeout=60)
        assert end.returncode == 0 and "APISlow" in end.stdout, end.stderr
        assert "not watched" not in end.stdout, end.stdout
        # a command with tray 1 still running writes the journal, as before (only a second tray is held off)
        handed = subprocess.run([*oncall, "handoff", "end", "--incoming", "bruno", "--confirm"], env=env,
                                capture_output=True, text=True, timeout=60)
        assert handed.returncode == 0, handed.stderr
        journal = Journal.open(journal_path_in(tmp_path / "data"))
        try:
            assert not journal.query("SELECT * FROM shifts WHERE ended_at IS NULL")
        finally:
            journal.close()
    finally:
        for tray in (second, first):
            if tray is not None:
                tray.close()
        staging.stop()


def journal_path_in(data_home):
    """The shift journal's path under ``XDG_DATA_HOME`` ``data_home`` (as ``paths.journal_path``)."""
    return data_home / "oncall-tray" / "journal.db"


def test_the_hold_says_the_alertmanager_the_settings_watch_now(qtbot, tmp_path):
    from oncall_tray.ui.shift_controller import ShiftController

    path = tmp_path / "journal.db"
    holder = ShiftController(_config("http://127.0.0.1:9"), lambda notices: None, path=path, settings=tmp_path / "a.yaml", folders=Folders.for_user())
    try:
        holder.use_config(_config("http://127.0.0.1:19"))  # its settings changed to another Alertmanager
        other = ShiftController(_config("http://127.0.0.1:29"), lambda notices: None, path=path, folders=Folders.for_user())
        assert other.journal is None and other.held.settings == str(tmp_path / "a.yaml")
        assert other.held.alertmanagers == ("http://127.0.0.1:19",)
        from oncall_tray.ui.alerts_window import AlertsWindow
        from oncall_tray.ui.tray import TrayIcon

        tray, window = TrayIcon(other.config), AlertsWindow(other.config)
        qtbot.addWidget(window)
        other.attach_tray(tray, lambda: None)
        assert not other.reopen(quiet=True)  # asked again (an escalation recorded, a window): still not its
        other.attach_window(window)
        assert other._slots[0].retry.isHidden()  # no "Try again": it would not take the journal over
        assert tray.shift_off_action.isVisible() and not any(a.isEnabled() for a in tray.shift_actions.values())
        other.shutdown()
    finally:
        holder.shutdown()
    again = ShiftController(_config("http://127.0.0.1:29"), lambda notices: None, path=path, folders=Folders.for_user())
    assert again.journal is not None and again.held is None  # the holder quit: the next tray holds it
    again.shutdown()
