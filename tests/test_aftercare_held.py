"""Review 63 CB5: the after-incident "Expire the silence" (the incidents window's notes panel)
is off for a silence that only a member not answering holds, as the Silences tab and the end
window have it (review 62 Y9: Expire was offered, then failed), with the same explanation."""

from __future__ import annotations

from conftest import make_alert, resolve, running_tray, silence

from oncall_tray.config import Config
from oncall_tray.core import shifts
from oncall_tray.demo import LocalAlertmanager


def test_aftercare_expire_is_off_for_a_silence_only_a_member_down_holds(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    a, b = LocalAlertmanager().start(), LocalAlertmanager().start()
    try:
        a.post_alerts([make_alert("HighMemoryUsage", "warning", instance="a:1")])
        lag = make_alert("QueueLag", "critical", instance="b:1")
        b.post_alerts([lag])
        config = Config(alertmanager_url=a.url, alertmanager_peers=(b.url,), notifications=False, engineer="ana",
                        poll_interval=1, max_retry_interval=1, request_timeout=2, language="en")
        with running_tray(qtbot, config, tmp_path) as ctl:
            shifts.start_shift(ctl.shift.journal, "ana")
            ctl.shift._follow_shift()
            qtbot.waitUntil(lambda: ctl.view.apart and len(ctl.snapshot.alerts) == 2, timeout=10000)
            sid = silence(b, {"alertname": "QueueLag", "instance": "b:1"}, minutes=30, author="ana",
                          comment="ACK! investigando — ana")
            qtbot.waitUntil(lambda: sid in ctl.silences, timeout=10000)
            b.post_alerts([resolve(lag)])
            qtbot.waitUntil(lambda: any(i.alertname == "QueueLag" and i.resolved_at
                                        for i in shifts.incidents(ctl.shift.journal)), timeout=20000)
            ctl.shift.show_window("incidents")
            window = ctl.shift.window("incidents")
            incident = next(i for i in shifts.incidents(ctl.shift.journal) if i.alertname == "QueueLag")
            window.panel.show_incident(incident)
            button = window.panel.expire_button
            # while b answers, its silence is offered for expiry
            qtbot.waitUntil(lambda: button.isVisible() and button.isEnabled(), timeout=10000)
            b.stop()
            qtbot.waitUntil(lambda: ctl.shift.down == (b.url,) and sid in ctl.shift.live.held_silences, timeout=20000)
            window.panel.show_incident(incident)
            qtbot.waitUntil(lambda: not button.isEnabled(), timeout=10000)
            assert button.isVisible() and button.text() == "Expire the silence"
            assert button.toolTip() == (f"Held by Alertmanager {b.url}, which does not answer: it can be expired or "
                                        "extended once it answers again."), button.toolTip()
            sent = []
            monkeypatch.setattr(ctl.shift, "expire_silence", lambda *a, **k: sent.append(a))
            monkeypatch.setattr("oncall_tray.ui.incident_aftercare.confirm_expiry", lambda *a, **k: True)
            window.panel.expire_covering()  # (a click on it, were it on)
            assert sent == []
    finally:
        a.stop()
        b.stop()
