"""The tray icon's overdue mark and the "Response target missed" red flag follow one rule (code
review 64 K6): an info alert whose review (next business day) is late is not an urgent "overdue"
(guide: "Alertas INFO — SLA: Revisar no próximo dia útil … Monitorar, não requer ação urgente";
review 63 Z7 took it out of the red flag, the icon still carried the mark of a critical alert
nobody acknowledged). A running tray against a real Alertmanager."""

from __future__ import annotations

from conftest import running_tray
from test_sla_cli import post_started

from oncall_tray.core.flags import RedFlag


def test_a_late_review_puts_no_overdue_mark_on_the_icon(qtbot, alertmanager, tmp_path, monkeypatch):
    from oncall_tray.config import Config

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    post_started(alertmanager, "BackupOlderThan24h", "info", 8 * 24 * 60)  # past any next business day
    config = Config(alertmanager_url=alertmanager.url, notifications=False, engineer="Bruna", poll_interval=60)
    with running_tray(qtbot, config, tmp_path) as controller:
        with qtbot.waitSignal(controller.poller.polled, timeout=10000,
                              check_params_cb=lambda r: r.update is not None) as polled:
            controller.poller.refresh()
        view = controller.view
        assert view.total == 1 and view.badge == 1
        (late,) = controller.snapshot.alerts
        assert polled.args[0].attention.overdue == (late,)  # its review is late: said so, at normal urgency
        assert not view.overdue and RedFlag.RESPONSE_MISSED not in view.red_flags, view
        post_started(alertmanager, "Seven", "critical", 7)  # 2 min past its 5 min response target
        with qtbot.waitSignal(controller.poller.polled, timeout=10000,
                              check_params_cb=lambda r: r.update is not None and len(r.update.snapshot.alerts) == 2):
            controller.poller.refresh()
        view = controller.view
        assert view.overdue and RedFlag.RESPONSE_MISSED in view.red_flags, view
        assert "BackupOlderThan24h" not in view.red_flags[RedFlag.RESPONSE_MISSED]
