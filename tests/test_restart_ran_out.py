"""An acknowledgement that runs out while the tray is not running: the tray quit with APIDown
acknowledged, the acknowledgement ended, the tray started again with the alert still firing,
now unacknowledged. It said nothing (the engineer did not learn that an alert they acknowledged
was back on them); a tray that had been running says "Acknowledgement ran out: APIDown — It
ended at HH:MM and the alert still fires". The restarted tray takes the shift journal's last
look (the alerts and silences it saw, when it quit) as its last evaluation and says it at its
first good poll, the same way, once: not for an acknowledgement that ran out while the tray ran
(DiskFull: said then), and not again by a tray started a second time. Real Alertmanager, real
tray controller; each silence shortened in place to end a few seconds ahead (not expired by
hand), the end awaited by polling Alertmanager."""

from __future__ import annotations

import datetime as dt

import httpx
from conftest import local_clock, make_alert, running_tray, shut_down, silence, utcnow, wait_until
from test_stale_ran_out import _shorten as shorten

from oncall_tray.config import Config, LoadedConfig
from oncall_tray.core.journal import Journal
from oncall_tray.core.journal_seen import seen_at
from oncall_tray.core.shifts import recorded_responses, start_shift
from oncall_tray.demo import LocalAlertmanager
from oncall_tray.paths import Folders

AHEAD = dt.timedelta(seconds=3)  # an acknowledgement's end, ahead of its shortening
RAN_OUT = "Acknowledgement ran out: "


def _shorten(am: LocalAlertmanager, silence_id: str) -> dt.datetime:
    """Update the silence in place to end ``AHEAD`` from now (``test_stale_ran_out``'s); its end."""
    ends = utcnow() + AHEAD
    shorten(am, silence_id, ends)
    return ends


def _unsilenced(am: LocalAlertmanager, alertname: str) -> bool:
    """Whether Alertmanager lists ``alertname`` firing and muted by nothing."""
    alerts = httpx.get(f"{am.url}/api/v2/alerts", timeout=10).json()
    return any(a["labels"]["alertname"] == alertname and a["status"]["state"] == "active" for a in alerts)


def _ran_out(polls) -> list[tuple[str, str]]:
    """(title, body) of the "Acknowledgement ran out" notices of ``polls``."""
    return [(n.title, n.body) for p in polls for n in p.attention_notices if n.title.startswith(RAN_OUT)]


def _started(qtbot, config: Config, folder, polls: list):
    """A tray started on ``config``, its polls appended to ``polls``, past its first good poll."""
    from oncall_tray.ui.app import TrayController

    ctl = TrayController(LoadedConfig(config, folder / "c.yaml", False, ()))
    ctl.poller.polled.connect(polls.append)
    ctl.start()
    qtbot.waitUntil(lambda: any(p.update is not None for p in polls), timeout=15000)
    return ctl


def ana_on_call():
    """A started Alertmanager, a tray's settings for ana (English, polling every second), the
    shift journal with ana's shift started, and a function giving the journal's last look."""
    am = LocalAlertmanager().start()
    config = Config(alertmanager_url=am.url, notifications=False, engineer="ana", poll_interval=1,
                    max_retry_interval=1, request_timeout=2, language="en")
    journal = Journal.open(Folders.for_user().journal)
    start_shift(journal, "ana")
    return am, config, journal, lambda: seen_at(journal, config.watched())


def test_an_acknowledgement_that_ran_out_while_the_tray_was_off_is_said_once_at_the_next_start(qtbot, tmp_path):
    am, config, journal, looked = ana_on_call()
    try:
        am.post_alerts([make_alert("APIDown", "critical"), make_alert("DiskFull", "warning"),
                        make_alert("QueueSlow", "warning")])
        api = silence(am, {"alertname": "APIDown"}, minutes=60, author="ana", comment="ACK! investigando — ana")
        disk = silence(am, {"alertname": "DiskFull"}, minutes=60, author="ana", comment="ACK! olhando — ana")
        with running_tray(qtbot, config, tmp_path) as ctl:  # it records both acknowledgements
            polls: list = []
            ctl.poller.polled.connect(polls.append)
            qtbot.waitUntil(lambda: len(recorded_responses(journal).acknowledged_at) == 2, timeout=15000)
            # DiskFull's acknowledgement runs out while the tray runs: said then
            disk_ends = _shorten(am, disk)
            qtbot.waitUntil(lambda: bool(_ran_out(polls)), timeout=15000)
            assert [title for title, _body in _ran_out(polls)] == [RAN_OUT + "DiskFull"]
            qtbot.waitUntil(lambda: (looked() or disk_ends) > disk_ends, timeout=15000)  # and recorded
        quit_at = looked()
        api_ends = _shorten(am, api)  # the tray is off: APIDown's acknowledgement runs out now
        wait_until(lambda: _unsilenced(am, "APIDown"), 30, "APIDown's acknowledgement to run out")
        assert quit_at < api_ends

        polls = []
        ctl = _started(qtbot, config, tmp_path, polls)
        try:
            good = next(p for p in polls if p.update is not None)
            assert good.update.initial
            assert [a.alertname for a, _severity, _silence in good.attention.lapsed] == ["APIDown"]
            expected = (RAN_OUT + "APIDown", f"It ended at {local_clock(api_ends.isoformat())} and the alert still "
                        "fires. Acknowledge it again or escalate.")
            assert [(title, body.splitlines()[0]) for title, body in _ran_out(polls)] == [expected]
            qtbot.waitUntil(lambda: looked() > api_ends, timeout=15000)  # its look recorded: APIDown unacknowledged
            good_polls = lambda: [p for p in polls if p.update is not None]  # noqa: E731
            qtbot.waitUntil(lambda: len(good_polls()) >= 3, timeout=15000)
            assert len(_ran_out(polls)) == 1  # once
        finally:
            shut_down(ctl)

        polls = []  # a second restart: not said again
        ctl = _started(qtbot, config, tmp_path, polls)
        try:
            qtbot.waitUntil(lambda: len([p for p in polls if p.update is not None]) >= 3, timeout=15000)
            assert _ran_out(polls) == []
            assert all(p.attention is None or not p.attention.lapsed for p in polls)
        finally:
            shut_down(ctl)
    finally:
        journal.close()
        am.stop()
