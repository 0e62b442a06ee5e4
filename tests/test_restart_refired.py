"""A tray started again after an alert it had acknowledged resolved and fired again while it was
off (code review 64 K8): the acknowledgement ran out, the alert resolved, then fired again as a
new firing (a new ``startsAt``, after the silence ended). The restarted tray said
"Acknowledgement ran out: APIDown — It ended at HH:MM and the alert still fires", though the
current firing began after that end and was never acknowledged: the journal (nobody recorded
the resolution) still had the acknowledgement open, and the look-back took its silence's end as
a run-out of this firing. A tray that had been running says nothing of the kind (it saw the
resolution). An acknowledgement that ended before the alert's current start did not run out on
this firing. Real Alertmanager, real tray controller."""

from __future__ import annotations

import httpx
from conftest import make_alert, resolve, running_tray, shut_down, silence, utcnow, wait_until
from test_restart_ran_out import _ran_out, _shorten, _started, _unsilenced, ana_on_call

from oncall_tray.core.shifts import recorded_responses


def _listed(am, alertname: str) -> list[dict]:
    return [a for a in httpx.get(f"{am.url}/api/v2/alerts", timeout=10).json() if a["labels"]["alertname"] == alertname]


def test_an_acknowledgement_that_ended_before_the_alert_fired_again_did_not_run_out(qtbot, tmp_path):
    am, config, journal, looked = ana_on_call()
    try:
        down = make_alert("APIDown", "critical")
        am.post_alerts([down, make_alert("QueueSlow", "warning")])
        api = silence(am, {"alertname": "APIDown"}, minutes=60, author="ana", comment="ACK! investigando — ana")
        with running_tray(qtbot, config, tmp_path):  # it records the acknowledgement
            qtbot.waitUntil(lambda: len(recorded_responses(journal).acknowledged_at) == 1, timeout=15000)
        assert looked() is not None  # its last look: APIDown acknowledged
        api_ends = _shorten(am, api)  # the tray is off: the acknowledgement runs out,
        wait_until(lambda: _unsilenced(am, "APIDown"), 30, "APIDown's acknowledgement to run out")
        am.post_alerts([resolve(down)])  # the alert resolves,
        wait_until(lambda: not _listed(am, "APIDown"), 30, "APIDown resolved")
        again = utcnow()
        am.post_alerts([{**down, "startsAt": again.isoformat()}])  # and fires again: a new firing
        (firing,) = wait_until(lambda: _listed(am, "APIDown"), 30, "APIDown firing again")
        assert firing["startsAt"] > api_ends.isoformat() and not firing["status"]["silencedBy"], firing

        polls: list = []
        ctl = _started(qtbot, config, tmp_path, polls)
        try:
            good = next(p for p in polls if p.update is not None)
            assert good.update.initial
            assert good.attention.lapsed == ()
            good_polls = lambda: [p for p in polls if p.update is not None]  # noqa: E731
            qtbot.waitUntil(lambda: len(good_polls()) >= 3, timeout=15000)
            assert _ran_out(polls) == []
        finally:
            shut_down(ctl)
    finally:
        journal.close()
        am.stop()
