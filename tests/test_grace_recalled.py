"""A tray started while an Alertmanager is inside its restart grace (review 62 Y3): the alerts
the shift journal last saw firing are kept for that member until Prometheus sends them again,
but only those the journal saw on THAT member (``LastSeen.members``). Alertmanagers that are not
one cluster: the other member's alerts were kept as the restarted one's, an active copy that beat
the other member's acknowledged one ("firing", counted unacknowledged, its silence "nothing:
expire it?"), and the journal recorded the restarted member as holding them. Real
Alertmanagers, restarted on the same storage (they keep their silences, not their alerts)."""

from __future__ import annotations

import datetime as dt

from conftest import make_alert, silence, utcnow
from test_restart_held import _watch

from oncall_tray.cluster_watch import RESTART_GRACE
from oncall_tray.core.journal import Journal
from oncall_tray.core.journal_feed import record_poll
from oncall_tray.core.journal_seen import last_seen
from oncall_tray.demo import LocalAlertmanager
from oncall_tray.member_starts import starts_of


def _record(journal: Journal, result, urls) -> None:
    snapshot = result.update.snapshot
    record_poll(journal, snapshot.alerts, snapshot.severities, result.silences, snapshot.fetched_at, urls=urls,
                members=result.holders, started=starts_of(result.members))


def test_a_tray_started_in_a_members_restart_grace_keeps_only_what_the_journal_saw_there(tmp_path):
    """Apart: a holds HighMemoryUsage, b HighLatencyP95. a restarted (its alerts not sent again
    yet); the tray started then; HighLatencyP95 acknowledged on b. The tray keeps HighMemoryUsage
    for a, not HighLatencyP95: that one is b's, acknowledged, held by b alone."""
    a, b = LocalAlertmanager().start(), LocalAlertmanager().start()
    urls = [a.url, b.url]
    journal = Journal.open(tmp_path / "journal.db")
    try:
        a.post_alerts([make_alert("HighMemoryUsage", "warning")])
        b.post_alerts([make_alert("HighLatencyP95", "warning")])
        # a tray that ran while both had been up for longer than their restart grace
        clients, running = _watch(urls, clock=lambda: utcnow() + RESTART_GRACE + dt.timedelta(seconds=5))
        try:
            seen = running.poll()
            assert running.apart
            _record(journal, seen, urls)
        finally:
            clients.close()
        a.stop(remove_storage=False)
        a.start()  # Prometheus has not sent it its alerts again yet
        ack = silence(b, {"alertname": "HighLatencyP95"}, author="ana", comment="ACK! investigando — ana")
        clients, watcher = _watch(urls, recalled=lambda: last_seen(journal, urls))
        try:
            for _ in range(2):  # the first poll, and the next
                result = watcher.poll()
                alerts = {x.alertname: x for x in result.update.snapshot.alerts.values()}
                assert sorted(alerts) == ["HighLatencyP95", "HighMemoryUsage"]  # a's kept in its grace
                assert watcher.restarted == (a.url,)
                latency = alerts["HighLatencyP95"]
                assert latency.silenced and latency.status.silenced_by == (ack,), latency.status
                assert result.update.snapshot.unacknowledged_total == 1
                assert result.holders[latency.fingerprint] == (b.url,)
                assert result.holders[alerts["HighMemoryUsage"].fingerprint] == (a.url,)
        finally:
            clients.close()
    finally:
        journal.close()
        a.stop()
        b.stop()
