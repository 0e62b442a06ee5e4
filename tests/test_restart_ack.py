"""Acknowledging during an Alertmanager restart's grace (review 61 W8): the tray holds the alerts
the restarted Alertmanager lost until Prometheus sends them again (``ClusterWatcher``'s restart
grace), with their status from before. A silence made meanwhile (by the tray or anyone) was made
and listed, but the held alert kept its empty ``silencedBy``: the row read "firing", the alert
counted unacknowledged, the tray kept reminding of it, and *Acknowledge* said "already
acknowledged". A held alert is muted by the silences the restarted Alertmanager lists that match
its labels; for Alertmanagers that are not one cluster, by that Alertmanager's own only. Real
Alertmanagers, restarted on the same storage (they keep their silences, not their alerts)."""

from __future__ import annotations

from conftest import make_alert, running_tray, silence

from oncall_tray.alertmanager.client import AlertmanagerClient, AlertQuery
from oncall_tray.alertmanager.cluster import ClusterClient
from oncall_tray.cluster_watch import ClusterWatcher
from oncall_tray.config import Config
from oncall_tray.core.severity import Severity, SeverityMap
from oncall_tray.core.tracker import AlertTracker
from oncall_tray.demo import LocalAlertmanager
from oncall_tray.ui.alerts_model import COLUMNS


def _watch(*ams: LocalAlertmanager) -> tuple[ClusterClient, ClusterWatcher]:
    clients = ClusterClient([AlertmanagerClient(am.url, timeout=3) for am in ams])
    return clients, ClusterWatcher(clients, AlertTracker(SeverityMap()), AlertQuery())


def _silenced(snapshot) -> dict[str, tuple[str, ...]]:
    return {a.alertname: a.status.silenced_by for a in snapshot.alerts.values() if a.silenced}


def test_a_silence_made_in_the_restart_grace_mutes_the_alerts_held_through_it():
    """Silences made after the restart, by the alertname or by another label, mute the held
    alerts they match at the next poll (state, counts); one that matches none mutes nothing."""
    am = LocalAlertmanager().start()
    alerts = [make_alert("MidnightSP", "critical"), make_alert("APIDown", "critical"),
              make_alert("SlowDatabaseQueries", "warning", instance="db-01:5432")]
    clients, watcher = _watch(am)
    try:
        am.post_alerts(alerts)
        assert watcher.poll().update.snapshot.unacknowledged_total == 3
        am.stop(remove_storage=False)
        am.start()  # Prometheus has not sent the alerts again yet: held
        held = watcher.poll()
        assert watcher.restarted == (am.url,)
        assert held.update.snapshot.unacknowledged_total == 3
        ack = silence(am, {"alertname": "MidnightSP"}, author="Carla Dias", comment="ACK! investigando — Carla Dias")
        by_label = silence(am, {"instance": "db-01:5432"}, author="Carla Dias", comment="investigando queries lentas")
        silence(am, {"alertname": "NotFiring"}, author="Carla Dias")
        muted = watcher.poll()
        assert watcher.restarted == (am.url,)
        assert _silenced(muted.update.snapshot) == {"MidnightSP": (ack,), "SlowDatabaseQueries": (by_label,)}
        assert {a.alertname: a.status.state for a in muted.update.snapshot.alerts.values()} == {
            "MidnightSP": "suppressed", "APIDown": "active", "SlowDatabaseQueries": "suppressed"}
        assert muted.update.snapshot.unacknowledged_total == 1
        am.post_alerts(alerts)  # sent again: Alertmanager's own word, the same
        again = watcher.poll()
        assert watcher.restarted == ()
        assert _silenced(again.update.snapshot) == {"MidnightSP": (ack,), "SlowDatabaseQueries": (by_label,)}
    finally:
        clients.close()
        am.stop()


def test_apart_only_the_restarted_alertmanagers_own_silences_mute_what_it_held():
    """Alertmanagers that are not one cluster: b restarted holding APIDown (posted to b alone); a
    silence made on a does not reach b and mutes nothing there; one made on b does."""
    a, b = LocalAlertmanager().start(), LocalAlertmanager().start()
    clients, watcher = _watch(a, b)
    try:
        a.post_alerts([make_alert("HighMemoryUsage", "warning")])
        b.post_alerts([make_alert("APIDown", "critical")])
        watcher.poll()
        assert watcher.apart
        b.stop(remove_storage=False)
        b.start()
        watcher.poll()
        assert watcher.restarted == (b.url,)
        silence(a, {"alertname": "APIDown"}, author="ana")
        assert _silenced(watcher.poll().update.snapshot) == {}
        on_b = silence(b, {"alertname": "APIDown"}, author="ana")
        assert _silenced(watcher.poll().update.snapshot) == {"APIDown": (on_b,)}
        assert watcher.restarted == (b.url,)
    finally:
        clients.close()
        a.stop()
        b.stop()


def test_acknowledge_from_the_tray_in_the_restart_grace_reads_acknowledged(qtbot, tmp_path, monkeypatch):
    """Review 61 W8 as the reviewer saw it: Alertmanager restarted, the tray holding its alerts;
    *Acknowledge* on MidnightSP made the silence, yet the row stayed "firing", the alert counted
    unacknowledged, and *Acknowledge* again said "already acknowledged" over it. It reads
    acknowledged by the engineer, is not counted, and the icon's worst unacknowledged goes."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    am = LocalAlertmanager().start()
    try:
        am.post_alerts([make_alert("MidnightSP", "critical"), make_alert("HighMemoryUsage", "warning")])
        config = Config(alertmanager_url=am.url, notifications=False, engineer="Carla Dias", poll_interval=1,
                        max_retry_interval=1, request_timeout=2, language="en")
        with running_tray(qtbot, config, tmp_path) as ctl:
            qtbot.waitUntil(lambda: ctl.snapshot is not None and len(ctl.snapshot.alerts) == 2, timeout=15000)
            fp = next(fp for fp, alert in ctl.snapshot.alerts.items() if alert.alertname == "MidnightSP")
            am.stop(remove_storage=False)
            am.start()
            qtbot.waitUntil(lambda: ctl.view.restarted == (am.url,), timeout=15000)
            ctl.show_window()
            window = ctl.window

            def state() -> str:
                return window.model.data(window.model.index(window.model.row_of(fp), COLUMNS.index("state")))

            assert state() == "firing"
            with qtbot.waitSignal(ctl.alert_actions.actions.finished, timeout=15000) as answer:
                ctl.alert_actions.acknowledge(fp)
            assert answer.args[0].ok, answer.args[0].error
            sequence = ctl.snapshot.sequence
            qtbot.waitUntil(lambda: ctl.snapshot.sequence > sequence + 1, timeout=15000)  # polls since
            assert ctl.view.restarted == (am.url,)  # still in its grace: held
            assert state().startswith("✓ Carla Dias until"), state()
            assert ctl.snapshot.alerts[fp].status.silenced_by == (answer.args[0].silence_id,)
            assert ctl.snapshot.unacknowledged_total == 1
            assert ctl.snapshot.worst_unacknowledged is Severity.WARNING
    finally:
        am.stop()
