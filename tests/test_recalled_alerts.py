"""A tray started while Alertmanager cannot be read (down, the VPN off on a train): the start window
listed the alerts the shift journal last saw, "as last seen at 15:55", but the alerts window showed
nothing and the tray said "No successful poll yet". Until the first good poll both show the
journal's last-seen alerts, marked stale as after contact lost mid-run, with when they were seen;
the first good poll's alerts replace them, and what they held that no longer fires is not told
"Resolved" (the first poll gives one summary, issue 2)."""

from __future__ import annotations

import re

import pytest
from conftest import make_alert, resolve, running_tray
from paused_alertmanager import Paused
from test_cluster import cluster  # noqa: F401 (the fixture)
from PySide6.QtCore import Qt

from oncall_tray.config import Config, LoadedConfig
from oncall_tray.core.journal import Journal
from oncall_tray.core.overview import Light
from oncall_tray.core.shifts import start_shift
from oncall_tray.demo import LocalAlertmanager
from oncall_tray.paths import Folders
from oncall_tray.ui.alerts_model import COLUMNS

SEEN = r"Alerts shown are from the shift journal, as last seen at \d\d:\d\d, (?:\d+ min|under a minute) ago"


def _names(model) -> list[str]:
    column = COLUMNS.index("alert")
    return sorted(model.data(model.index(row, column)) for row in range(model.rowCount()))


def _seen_by_a_tray(qtbot, am: LocalAlertmanager, config: Config, folder, journal: Journal,
                    pause: bool) -> Paused | None:
    """A tray ran on ``am`` until the journal recorded its two alerts, then quit; ``am`` stops
    (its port closed) or, with ``pause``, is paused (a VPN that stalls: no answer); the pause."""
    am.post_alerts([make_alert("APIDown", "critical"), make_alert("DiskFull", "warning")])
    with running_tray(qtbot, config, folder):
        qtbot.waitUntil(lambda: len(journal.query("SELECT * FROM firing")) == 2, timeout=15000)
    if pause:
        return Paused(am).__enter__()
    am.stop(remove_storage=False)  # the train: Alertmanager out of reach
    return None


@pytest.mark.parametrize("pause", [False, True], ids=["closed-port", "no-answer"])
def test_a_tray_started_with_alertmanager_unreachable_shows_the_journals_alerts_until_it_answers(qtbot, tmp_path,
                                                                                                  pause):
    from oncall_tray.ui.app import TrayController

    am = LocalAlertmanager().start()  # its port, closed once it stops, then open again (same URL)
    config = Config(alertmanager_url=am.url, notifications=False, engineer="ana", poll_interval=1,
                    max_retry_interval=1, request_timeout=2, language="en")
    journal = Journal.open(Folders.for_user().journal)
    paused = None
    try:
        start_shift(journal, "ana")  # a shift open: no start window in the way
        paused = _seen_by_a_tray(qtbot, am, config, tmp_path, journal, pause)
        ctl = TrayController(LoadedConfig(config, tmp_path / "c.yaml", False, ()))
        notices, polls = [], []
        ctl.notifier.show = notices.extend
        ctl.poller.polled.connect(polls.append)
        try:
            ctl.start()
            qtbot.waitUntil(lambda: len(polls) >= 1, timeout=15000)
            assert polls[0].update is None  # Alertmanager not read
            ctl.show_window()
            window = ctl.window
            model = window.model
            qtbot.waitUntil(lambda: model.rowCount() == 2, timeout=10000)
            assert _names(model) == ["APIDown", "DiskFull"]
            assert model.stale  # as rows kept after contact is lost mid-run
            assert model.headerData(COLUMNS.index("state"), Qt.Orientation.Horizontal).endswith("(stale)")
            assert re.search(SEEN, window.header.details_label.text()), window.header.details_label.text()
            view = ctl.view
            assert view.light is Light.UNREACHABLE and view.stale and view.badge == 2  # grey, with their count
            tip = ctl.tray.icon.toolTip()
            assert re.search(SEEN, tip) and "No successful poll" not in tip, tip
            assert "critical: 1" in tip and "warning: 1" in tip, tip
            # what needs Alertmanager behaves as after contact lost mid-run
            fingerprint = model.fingerprint(0)
            assert window.select_alert(fingerprint)
            assert not window.ack_button.isEnabled() and not window.silence_button.isEnabled()
            assert window.escalate_button.isEnabled()
            assert not ctl.tray.ack_action.isEnabled()
            assert window.silences.stale
            # Alertmanager answers: its alerts replace the journal's, DiskFull not told "Resolved"
            if paused is None:
                am.start()
            else:
                paused.resume()
            am.post_alerts([make_alert("APIDown", "critical"), make_alert("QueueBacklog", "warning"),
                            resolve(make_alert("DiskFull", "warning"))])  # it ended meanwhile
            # a process started since the journal's look: its alerts from before are kept for its
            # restart grace (review 43 F1), not said resolved; so are they when the same one answers
            # again, as it started less than that grace before the journal first saw it (review 61 X2:
            # it may not have been sent them again yet)
            live = ["APIDown", "DiskFull", "QueueBacklog"]
            qtbot.waitUntil(lambda: not model.stale and _names(model) == live, timeout=15000)
            good = [p for p in polls if p.update is not None]
            assert good[0].update.initial and not good[0].update.events
            assert not re.search(SEEN, window.header.details_label.text())
            assert not re.search(SEEN, ctl.tray.icon.toolTip())
            told = [f"{n.title} | {n.body}" for n in notices]
            assert not any("Resolved" in text or "no longer" in text for text in told), told
            assert window.ack_button.isEnabled() or model.alert(fingerprint) is None
        finally:
            assert ctl.shutdown()
            if ctl.built_window is not None:
                ctl.built_window.close()
    finally:
        journal.close()
        if paused is not None:
            paused.resume()
        am.stop()


def test_with_no_picture_in_the_journal_the_window_stays_empty(qtbot, tmp_path):
    """A new journal: nothing recalled, the tray says it never polled as before."""
    from oncall_tray.demo import free_port

    config = Config(alertmanager_url=f"http://127.0.0.1:{free_port()}", notifications=False, engineer="ana",
                    poll_interval=1, max_retry_interval=1, request_timeout=2, language="en")
    with running_tray(qtbot, config, tmp_path) as ctl:
        ctl.show_window()
        assert ctl.window.model.rowCount() == 0 and not ctl.window.model.stale
        tip = ctl.tray.icon.toolTip()
        assert "No successful poll yet" in tip and "shift journal" not in tip, tip


def test_with_every_member_down_the_picture_is_the_start_windows(cluster, tmp_path):  # noqa: F811
    """Several members, none answering as the tray starts: the picture recalled is the one the
    start window lists (``Live.seen_before``), read from the journal once for every failed poll."""
    from conftest import silence, utcnow
    from test_restart_held import _record, _watch

    from oncall_tray.core.handoff import Live
    from oncall_tray.core.journal_seen import last_seen

    a, b = cluster
    urls = [a.url, b.url]
    shared, only_b = make_alert("Everywhere", "critical"), make_alert("SlowDatabaseQueries", "warning")
    a.post_alerts([shared])
    b.post_alerts([only_b, shared])
    silence(b, {"alertname": "SlowDatabaseQueries"}, minutes=60, author="bruno")
    journal = Journal.open(tmp_path / "journal.db")
    clients, running = _watch(urls)
    try:
        first = running.poll()
        assert len(first.update.snapshot.alerts) == 2
        _record(journal, first, urls)
    finally:
        clients.close()
    for member in cluster:
        member.stop(remove_storage=False)
    asked = []
    clients, watcher = _watch(urls, recalled=lambda: asked.append(1) or last_seen(journal, urls))
    try:
        failed, again = watcher.poll(), watcher.poll()
        assert failed.update is None and again.recalled is failed.recalled and asked == [1]
        live = Live(None, watched=tuple(urls)).seen_before(journal, utcnow())
        assert dict(failed.recalled.snapshot.alerts) == dict(live.alerts)
        assert failed.recalled.snapshot.severities == live.severities
        assert failed.recalled.seen_at == live.seen_at is not None
        assert [a.silenced for a in failed.recalled.snapshot.ordered()] == [False, True]
    finally:
        clients.close()
        journal.close()
