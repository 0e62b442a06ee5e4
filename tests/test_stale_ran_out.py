"""An acknowledgement that ends while the tray shows the shift journal's stale picture (review 62
Y14): the tray started with Alertmanager unreadable shows what the journal last saw, the alert
acknowledged; the acknowledgement ran out meanwhile. The first good poll compares with what the
tray showed, as a tray that had been running does with its last good poll, and says
"Acknowledgement ran out: APIDown" (it said nothing: the critical alert was silently
unacknowledged again, its reminders' cadence never started from a notice). Real Alertmanager,
paused (SIGSTOP) as a laptop that sleeps or a VPN that stalls; the silence shortened to end a
few seconds ahead (an update in place: not one expired by hand)."""

from __future__ import annotations

import datetime as dt

import httpx
from conftest import make_alert, running_tray, shut_down, silence, utcnow
from paused_alertmanager import Paused

from oncall_tray.config import Config, LoadedConfig
from oncall_tray.core.journal import Journal
from oncall_tray.core.shifts import recorded_responses, start_shift
from oncall_tray.demo import LocalAlertmanager
from oncall_tray.paths import Folders

AHEAD = dt.timedelta(seconds=10)  # the acknowledgement's end, ahead of its shortening


def _shorten(am: LocalAlertmanager, silence_id: str, ends: dt.datetime) -> None:
    """Update the silence in place to end at ``ends`` (Alertmanager keeps its ID)."""
    found = httpx.get(f"{am.url}/api/v2/silence/{silence_id}", timeout=10).json()
    body = {key: found[key] for key in ("id", "matchers", "startsAt", "createdBy", "comment")}
    answer = httpx.post(f"{am.url}/api/v2/silences", json={**body, "endsAt": ends.isoformat()}, timeout=10)
    answer.raise_for_status()
    assert answer.json()["silenceID"] == silence_id


def test_an_acknowledgement_that_ends_under_the_stale_picture_is_said_at_the_first_good_poll(qtbot, tmp_path):
    from oncall_tray.ui.app import TrayController

    am = LocalAlertmanager().start()
    config = Config(alertmanager_url=am.url, notifications=False, engineer="ana", poll_interval=1,
                    max_retry_interval=1, request_timeout=2, language="en")
    journal = Journal.open(Folders.for_user().journal)
    paused = None
    try:
        start_shift(journal, "ana")
        am.post_alerts([make_alert("APIDown", "critical"), make_alert("DiskFull", "warning")])
        ack = silence(am, {"alertname": "APIDown"}, minutes=60, author="ana", comment="ACK! investigando — ana")
        with running_tray(qtbot, config, tmp_path):  # it records the acknowledgement
            qtbot.waitUntil(lambda: len(recorded_responses(journal).acknowledged_at) == 1, timeout=15000)
        ends = utcnow() + AHEAD
        _shorten(am, ack, ends)
        paused = Paused(am).__enter__()
        ctl = TrayController(LoadedConfig(config, tmp_path / "c.yaml", False, ()))
        polls = []
        ctl.poller.polled.connect(polls.append)
        try:
            ctl.start()
            qtbot.waitUntil(lambda: len(polls) >= 1, timeout=15000)
            assert polls[0].update is None and polls[0].recalled is not None
            shown = {a.alertname: a.silenced for a in polls[0].recalled.snapshot.alerts.values()}
            assert shown == {"APIDown": True, "DiskFull": False}  # the stale picture: acknowledged
            qtbot.waitUntil(lambda: utcnow() > ends + dt.timedelta(seconds=1), timeout=int(AHEAD.total_seconds() * 2000))
            paused.resume()
            qtbot.waitUntil(lambda: any(p.update is not None for p in polls), timeout=15000)
            good = next(p for p in polls if p.update is not None)
            titles = [n.title for p in polls for n in p.attention_notices]
            assert "Acknowledgement ran out: APIDown" in titles, titles
            assert [a.alertname for a, _severity, _silence in good.attention.lapsed] == ["APIDown"]
        finally:
            shut_down(ctl)
    finally:
        journal.close()
        if paused is not None:
            paused.resume()
        am.stop()
