"""A tray restarted during a shift: what it says of the alerts it told of before."""

from __future__ import annotations
from oncall_tray.paths import Folders


def test_a_restarted_tray_knows_the_alerts_its_journal_had_firing(qtbot, alertmanager, tmp_path):
    """Review 40 F5: the first poll after a restart said "Alerts firing: N" at critical urgency,
    every alert of it already told of; one new alert since makes it news again."""
    from conftest import make_alert, running_tray

    from oncall_tray.config import Config
    from oncall_tray.core.journal import Journal

    alertmanager.post_alerts([make_alert("APIDown", "critical"), make_alert("HighCPUUsage", "warning")])
    config = Config(alertmanager_url=alertmanager.url, notifications=False, engineer="ana", poll_interval=60)

    def firing() -> int:
        journal = Journal.open(Folders.for_user().journal)
        try:
            return len(journal.query("SELECT fingerprint FROM firing"))
        finally:
            journal.close()

    with running_tray(qtbot, config, tmp_path) as ctl:
        assert ctl.poller._worker._recent[-1].seen_before is False  # a journal that never saw them
        qtbot.waitUntil(lambda: firing() == 2, timeout=10000)
    with running_tray(qtbot, config, tmp_path) as ctl:
        assert ctl.poller._worker._recent[-1].seen_before is True
    alertmanager.post_alerts([make_alert("DiskFull", "critical")])
    with running_tray(qtbot, config, tmp_path) as ctl:
        assert ctl.poller._worker._recent[-1].seen_before is False
