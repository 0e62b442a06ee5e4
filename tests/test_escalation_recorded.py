"""The tray does not ask for an escalation the engineer already recorded (from the command line
or the notes panel), read from the shift journal at each poll (fresh-user review 8)."""

from __future__ import annotations

import datetime as dt

import httpx
from conftest import make_alert, running_tray, utcnow

from oncall_tray.config import Config
from oncall_tray.core.journal import Journal
from oncall_tray.paths import Folders


def test_a_recorded_escalation_is_not_asked_for_again(qtbot, alertmanager, tmp_path):
    started = utcnow() - dt.timedelta(minutes=72)
    alertmanager.post_alerts([make_alert("DiskSpaceRunningOut", "critical", starts_at=started),
                              make_alert("DatabaseDown", "critical", starts_at=started)])
    fingerprints = {a["labels"]["alertname"]: a["fingerprint"]
                    for a in httpx.get(f"{alertmanager.url}/api/v2/alerts", timeout=10).json()}
    journal = Journal.open(Folders.for_user().journal)  # `oncall-tray escalate FP --level L3` before the tray starts
    try:
        journal.record_escalation(fingerprints["DiskSpaceRunningOut"], "L3", alertname="DiskSpaceRunningOut",
                                  source="cli", fired_at=started)
    finally:
        journal.close()
    config = Config(alertmanager_url=alertmanager.url, notifications=False, engineer="ana", poll_interval=60)
    with running_tray(qtbot, config, tmp_path) as ctl:
        result = ctl.poller._worker._recent[-1]
        asked = [(a.alertname, level) for a, _s, level in result.attention.escalations]
        assert asked == [("DatabaseDown", "L3")]
        titles = [notice.title for notice in result.attention_notices]
        assert not any("DiskSpaceRunningOut" in title and "Escalate" in title for title in titles), titles
