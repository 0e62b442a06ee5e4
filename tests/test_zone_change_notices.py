"""Review 76 BH6: right after ``timezone`` was changed in Settings (UTC to America/Sao_Paulo), a
notification said "It ended at 21:51" where the alerts window, switched by the same save, read
18:51. The poll worked out by the poller of the settings before, as the engineer pressed *Save*,
came after they were applied: its notices, worded in that poller's thread in its zone, were said
as they were (``TrayController._polled_before``). One zone on screen at a time: they are worded
again in the settings now. Real Alertmanager, the real controller in this process."""

from __future__ import annotations

import datetime as dt
import zoneinfo

from conftest import make_alert, running_tray, utcnow
from test_proxy_switch_said_once import worked_out_unseen

from oncall_tray.config import Config
from oncall_tray.core.local_times import local_time
from oncall_tray.ui.notifications import Notifier

MIN = dt.timedelta(minutes=1)


def test_a_notice_worked_out_before_a_new_zone_is_said_in_it(qtbot, alertmanager, tmp_path, monkeypatch):
    config = Config(alertmanager_url=alertmanager.url, notifications=False, poll_interval=3600, engineer="ana",
                    language="en", timezone="UTC")
    shown: list = []
    monkeypatch.setattr(Notifier, "show", lambda self, notices: shown.extend(notices))
    with running_tray(qtbot, config, tmp_path) as ctl:
        start = utcnow() - 20 * MIN  # critical, unresolved past its 15 min: "Escalate to L2" (since HH:MM)
        alertmanager.post_alerts([make_alert("APIDown", "critical", starts_at=start)])
        before = len(shown)
        worked_out_unseen(ctl.poller)
        ctl.apply_settings(ctl.loaded.overridden(timezone="America/Sao_Paulo"))
        with qtbot.waitSignal(ctl.poller.polled, timeout=15000):
            pass
        qtbot.waitUntil(lambda: any("APIDown" in n.title and "L2" in n.title for n in shown[before:]), timeout=5000)
        (escalate,) = [n for n in shown[before:] if "APIDown" in n.title and "L2" in n.title]
        now = utcnow()
        new, old_text = (local_time(start, zone, now) for zone in (zoneinfo.ZoneInfo("America/Sao_Paulo"),
                                                                      dt.timezone.utc))
        assert new in escalate.body and old_text not in escalate.body, escalate.body
