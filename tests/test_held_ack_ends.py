"""An acknowledgement held by a member that does not answer, ending while it is down (review 62
Y14, HighCPUUsage: its silence, on the member stopped, ended at 18:00:16; the alert it held read
acknowledged past that end and no "Acknowledgement ran out" came). The member's silence ends at
its ``endsAt`` whether it answers or not: the alert it held is no longer muted by it, and the
silence is kept, expired, as Alertmanager itself lists an ended silence, so that its end is said
as for a member that answers. Real Alertmanagers, not one cluster."""

from __future__ import annotations

import datetime as dt

from conftest import make_alert, silence, utcnow, wait_until
from test_restart_held import _watch
from test_stale_ran_out import _shorten

from oncall_tray.core.attention import AttentionMonitor
from oncall_tray.core.sla import SlaPolicy
from oncall_tray.demo import LocalAlertmanager


def test_an_acknowledgement_that_ends_on_a_member_down_ends_and_is_said():
    a, b = LocalAlertmanager().start(), LocalAlertmanager().start()
    clients, watcher = _watch([a.url, b.url])
    monitor = AttentionMonitor(SlaPolicy())
    try:
        a.post_alerts([make_alert("HighMemoryUsage", "warning")])
        b.post_alerts([make_alert("HighCPUUsage", "critical")])
        ack = silence(b, {"alertname": "HighCPUUsage"}, minutes=60, author="ana", comment="ACK! investigando — ana")
        acked_at = utcnow()
        ends = acked_at + dt.timedelta(seconds=6)
        _shorten(b, ack, ends)

        def evaluate(result):
            snapshot = result.update.snapshot
            fp = next(fp for fp, x in snapshot.alerts.items() if x.alertname == "HighCPUUsage")
            now = snapshot.fetched_at
            return snapshot.alerts[fp], monitor.evaluate(snapshot, result.silences, result.contact, now,
                                                         acknowledged={fp: acked_at - dt.timedelta(seconds=1)},
                                                         on_call="ana")

        cpu, attention = evaluate(watcher.poll())
        assert watcher.apart and cpu.silenced and attention.lapsed == ()
        b.stop(remove_storage=False)
        down = watcher.poll()
        assert [m.ok for m in down.members] == [True, False]
        cpu, attention = evaluate(down)
        assert cpu.silenced  # not ended yet: held, acknowledged, as last seen
        wait_until(lambda: utcnow() > ends, 20, "the acknowledgement's end")
        ended = watcher.poll()
        cpu, attention = evaluate(ended)
        assert not cpu.silenced, cpu.status
        assert ended.silences[ack].status.state == "expired"
        assert [x.alertname for x, _severity, s in attention.lapsed] == ["HighCPUUsage"]
        assert ended.update.snapshot.unacknowledged_total == 2
    finally:
        clients.close()
        a.stop()
        b.stop()
