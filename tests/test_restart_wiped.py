"""Alertmanager restarted without its data (review 56 Q4): its alerts from before are held until
Prometheus sends them again (``ClusterWatcher``'s restart grace), but their silences are gone.
The alerts window kept them "acknowledged", counted them silenced and greyed out *Acknowledge*,
while the notice asked to acknowledge them again. Held alerts keep only the silences that
Alertmanager still lists active. Real Alertmanager, its storage wiped between stop and start."""

from __future__ import annotations

import shutil

from conftest import make_alert, silence, utcnow

from oncall_tray.alertmanager.client import AlertmanagerClient, AlertQuery
from oncall_tray.alertmanager.cluster import ClusterClient
from oncall_tray.cluster_watch import ClusterWatcher
from oncall_tray.core.severity import SeverityMap
from oncall_tray.core.tracker import AlertTracker
from oncall_tray.demo import LocalAlertmanager


def test_alerts_held_over_a_restart_without_data_lose_the_silences_it_lost(tmp_path):
    am = LocalAlertmanager(storage=tmp_path).start()
    alerts = [make_alert("APIDown", "critical"), make_alert("DiskFull", "warning")]
    clients = ClusterClient([AlertmanagerClient(am.url, timeout=3)])
    watcher = ClusterWatcher(clients, AlertTracker(SeverityMap()), AlertQuery())
    try:
        am.post_alerts(alerts)
        watcher.poll()
        silence(am, {"alertname": "APIDown"}, author="ana", comment="ACK! investigando — ana")
        silenced = watcher.poll().update.snapshot
        assert [a.alertname for a in silenced.alerts.values() if a.silenced] == ["APIDown"]

        am.stop(remove_storage=False)
        shutil.rmtree(am.storage / "data", ignore_errors=True)  # its silences with it
        am.start()
        back = watcher.poll()  # Prometheus has not sent the alerts again yet: held
        assert watcher.restarted == (am.url,)
        held = back.update.snapshot.alerts
        assert sorted(a.alertname for a in held.values()) == ["APIDown", "DiskFull"]
        assert not any(a.silenced for a in held.values()), [a.status for a in held.values()]
        assert back.silences == {}

        # a restart that keeps its data keeps the silence on the alert it holds
        silence(am, {"alertname": "DiskFull"}, author="ana", comment="ACK! olhando — ana")
        am.post_alerts(alerts)
        assert [a.alertname for a in watcher.poll().update.snapshot.alerts.values() if a.silenced] == ["DiskFull"]
        am.stop(remove_storage=False)
        am.start()
        kept = watcher.poll()
        assert watcher.restarted == (am.url,)
        assert [a.alertname for a in kept.update.snapshot.alerts.values() if a.silenced] == ["DiskFull"]
    finally:
        clients.close()
        am.stop()
