"""Contact with Alertmanager across new settings (review 40 F6): a login through the dialog, or
any save, starts a new poller; on the same Alertmanager, contact lost stays lost until it
answers, which is then said "restored"."""

from __future__ import annotations

from conftest import make_alert, running_tray

from oncall_tray.config import Config
from oncall_tray.core.contact import ContactChange
from oncall_tray.demo import LocalAlertmanager


def test_contact_lost_before_new_settings_is_said_restored_after(qtbot, tmp_path):
    am = LocalAlertmanager().start()
    try:
        config = Config(alertmanager_url=am.url, notifications=False, engineer="ana", poll_interval=1,
                        max_retry_interval=1, request_timeout=2)
        with running_tray(qtbot, config, tmp_path) as ctl:
            port = am.port
            with qtbot.waitSignal(ctl.poller.polled, timeout=15000,
                                  check_params_cb=lambda r: r.contact.change is ContactChange.LOST):
                am.stop()
            # the settings saved meanwhile (a login, another engineer name): the same Alertmanager
            ctl.apply_settings(ctl.loaded.overridden(engineer="bia"))
            changes = []
            ctl.poller.polled.connect(lambda r: changes.append(r.contact.change))
            qtbot.waitUntil(lambda: len(changes) >= 2, timeout=15000)  # still down: nothing new to say
            am = LocalAlertmanager(port=port).start()
            am.post_alerts([make_alert("APIDown", "critical")])
            qtbot.waitUntil(lambda: ContactChange.RESTORED in changes, timeout=15000)
            assert ContactChange.LOST not in changes
    finally:
        am.stop()


def test_another_alertmanager_does_not_show_the_alerts_of_the_one_before(qtbot, alertmanager, tmp_path):
    """Review 41 F4: moved to an Alertmanager that gives no usable answer (behind an SSO page),
    the one before's alerts stayed as stale rows, their escalations and responses forgotten."""
    from fakeserver import FakeServer

    alertmanager.post_alerts([make_alert("APIDown", "critical")])
    config = Config(alertmanager_url=alertmanager.url, notifications=False, engineer="ana", poll_interval=60)
    with running_tray(qtbot, config, tmp_path) as ctl:
        ctl.show_window()
        assert ctl.window.model.rowCount() == 1
        with FakeServer(body=b"<!doctype html><title>Sign in</title>", content_type="text/html") as sso:
            ctl.apply_settings(ctl.loaded.overridden(alertmanager_url=sso.url))
            qtbot.waitUntil(lambda: ctl.view is not None and ctl.view.bad_answer, timeout=10000)
            assert ctl.snapshot is None and ctl.window.model.rowCount() == 0
            assert "APIDown" not in ctl.tray.icon.toolTip()


def test_a_restart_after_settings_applied_while_down_resolves_nothing(qtbot, tmp_path):
    """Review 49 N1: settings applied while Alertmanager was down, then it restarted (its
    storage kept, its alerts not yet sent again): the tray said "2 alerts resolved" and fired
    them again once Prometheus re-sent them. The restart is seen and its alerts held."""
    (tmp_path / "am").mkdir()
    am = LocalAlertmanager(storage=tmp_path / "am").start()
    try:
        am.post_alerts([make_alert("APIDown", "critical"), make_alert("DiskFull", "warning")])
        config = Config(alertmanager_url=am.url, notifications=False, engineer="ana", poll_interval=1,
                        max_retry_interval=1, request_timeout=2)
        with running_tray(qtbot, config, tmp_path) as ctl:
            qtbot.waitUntil(lambda: ctl.snapshot is not None and len(ctl.snapshot.alerts) == 2, timeout=15000)
            port = am.port
            with qtbot.waitSignal(ctl.poller.polled, timeout=15000,
                                  check_params_cb=lambda r: r.contact.change is ContactChange.LOST):
                am.stop(remove_storage=False)
            ctl.apply_settings(ctl.loaded.overridden(engineer="bia"))  # any setting, edited meanwhile
            results = []
            ctl.poller.polled.connect(results.append)
            am = LocalAlertmanager(port=port, storage=tmp_path / "am").start()  # restarted, no alert yet
            qtbot.waitUntil(lambda: any(r.update is not None for r in results), timeout=15000)
            back = next(r for r in results if r.update is not None)
            assert not back.update.events, back.update.events  # nothing resolved
            assert back.restarted == (am.url,) and len(ctl.snapshot.alerts) == 2
    finally:
        am.stop()


def test_contact_lost_on_a_mistyped_address_is_said_restored_once_the_right_one_answers(qtbot, tmp_path):
    """Review 50 F1: the address mistyped (contact lost), then set right again: polls worked,
    but nothing said contact was back, and the handoff kept "Alertmanager unreachable since
    02:03, still at the handoff". The loss is closed when the new address answers."""
    from oncall_tray.demo import free_port

    am = LocalAlertmanager().start()
    try:
        am.post_alerts([make_alert("APIDown", "critical")])
        config = Config(alertmanager_url=am.url, notifications=False, engineer="ana", poll_interval=1,
                        max_retry_interval=1, request_timeout=2)
        with running_tray(qtbot, config, tmp_path) as ctl:
            qtbot.waitUntil(lambda: ctl.snapshot is not None, timeout=15000)
            ctl.apply_settings(ctl.loaded.overridden(alertmanager_url=f"http://127.0.0.1:{free_port()}"))  # a typo
            with qtbot.waitSignal(ctl.poller.polled, timeout=15000,
                                  check_params_cb=lambda r: r.contact.change is ContactChange.LOST):
                pass
            ctl.apply_settings(ctl.loaded.overridden(alertmanager_url=am.url))  # set right again
            changes = []
            ctl.poller.polled.connect(lambda r: changes.append(r.contact.change))
            qtbot.waitUntil(lambda: ContactChange.RESTORED in changes, timeout=15000)
            assert ContactChange.LOST not in changes
    finally:
        am.stop()
