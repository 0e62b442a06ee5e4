"""An alert another alert inhibits has not resolved (code review 81 AX11): it goes behind the
inhibition unsaid, comes back as the same firing ("still firing: no longer inhibited"), never
"Fired 2 times in 60 min" nor "(flapping)", and it is said each time it comes back, however often
what inhibits it flaps. Only a real resolution counts for flapping. Against a real Alertmanager
with a real inhibit rule (``test_inhibited.INHIBITING_CONFIG``)."""

from __future__ import annotations

import httpx
from conftest import make_alert, resolve, utcnow, wait_until
from test_inhibited import INHIBITING_CONFIG

from oncall_tray.alertmanager.client import AlertmanagerClient, AlertQuery
from oncall_tray.core.contact import ContactMonitor
from oncall_tray.core.severity import SeverityMap
from oncall_tray.core.tracker import AlertTracker, EventKind
from oncall_tray.demo import LocalAlertmanager
from oncall_tray.notify.poll_plan import plan
from oncall_tray.watch import Watcher


def tr(_context: str, text: str) -> str:
    return text


def listed(am: LocalAlertmanager) -> dict[str, bool]:
    """alertname -> inhibited, as Alertmanager itself lists its active alerts."""
    alerts = httpx.get(am.url + "/api/v2/alerts", params={"active": "true"}, timeout=10).json()
    return {a["labels"]["alertname"]: bool(a["status"]["inhibitedBy"]) for a in alerts}


def test_an_alert_behind_a_flapping_inhibitor_is_one_firing_said_each_time_it_comes_back():
    latency = make_alert("HighLatencyP95", "warning", instance="api:3001", starts_at=utcnow())
    am = LocalAlertmanager(config=INHIBITING_CONFIG).start()
    try:
        am.post_alerts([latency])
        watcher = Watcher(AlertmanagerClient(am.url), AlertTracker(SeverityMap()), AlertQuery(), ContactMonitor())
        told: set[str] = set()
        assert watcher.poll().update.initial
        for cycle in range(3):  # APIDown fires and resolves three times; the latency never stops
            apidown = make_alert("APIDown", "critical", instance="api:3001", starts_at=utcnow())
            am.post_alerts([apidown])
            wait_until(lambda: listed(am).get("HighLatencyP95") is True, 15, "the latency inhibited")
            result = watcher.poll()
            kinds = [(e.kind, e.alert.alertname) for e in result.update.events]
            assert kinds == [(EventKind.FIRED, "APIDown")], kinds  # behind the inhibition: not resolved
            titles = [n.title for n in plan(result, tr, flapping_told=told)]
            assert titles == ["[CRITICAL] APIDown"], titles  # nothing said of the latency
            am.post_alerts([resolve(apidown)])
            wait_until(lambda: listed(am) == {"HighLatencyP95": False}, 15, "APIDown resolved")
            result = watcher.poll()
            back = [e for e in result.update.events if e.alert.alertname == "HighLatencyP95"]
            assert [(e.kind, e.firings, e.returned) for e in back] == [(EventKind.FIRED, 1, True)], cycle
            notices = [n for n in plan(result, tr, flapping_told=told) if "HighLatencyP95" in n.title]
            assert [n.title for n in notices] == ["[WARNING] HighLatencyP95"], (cycle, notices)
            assert notices[0].body.startswith("Still firing: no longer inhibited\n"), notices[0].body
            assert "Fired" not in notices[0].body and "flapping" not in notices[0].body
        # resolved for real while inhibited: said once, the first resolution of that alert
        apidown = make_alert("APIDown", "critical", instance="api:3001", starts_at=utcnow())
        am.post_alerts([apidown])
        wait_until(lambda: listed(am).get("HighLatencyP95") is True, 15, "the latency inhibited")
        watcher.poll()
        am.post_alerts([resolve(latency)])
        wait_until(lambda: "HighLatencyP95" not in listed(am), 15, "the latency resolved")
        result = watcher.poll()
        ended = [(e.kind, e.alert.alertname, e.firings) for e in result.update.events]
        assert ended == [(EventKind.RESOLVED, "HighLatencyP95", 1)], ended
        assert [n.title for n in plan(result, tr, flapping_told=told)] == ["Resolved: HighLatencyP95"]
        watcher.client.close()
    finally:
        am.stop()


def test_many_alerts_back_from_behind_an_inhibition_are_one_summary_not_new_alerts():
    """More than the threshold come back at once (what inhibited them resolved): one notice,
    "4 alerts still firing, no longer inhibited", not "4 new alerts"."""
    warnings = [make_alert(f"Slow{n}", "warning", instance="api:3001", starts_at=utcnow()) for n in range(4)]
    apidown = make_alert("APIDown", "critical", instance="api:3001", starts_at=utcnow())
    am = LocalAlertmanager(config=INHIBITING_CONFIG).start()
    try:
        am.post_alerts(warnings)
        watcher = Watcher(AlertmanagerClient(am.url), AlertTracker(SeverityMap()), AlertQuery(), ContactMonitor())
        watcher.poll()
        am.post_alerts([apidown])
        wait_until(lambda: sum(listed(am).values()) == 4, 15, "the warnings inhibited")
        watcher.poll()
        am.post_alerts([resolve(apidown)])
        wait_until(lambda: "APIDown" not in listed(am) and not any(listed(am).values()), 15, "APIDown resolved")
        result = watcher.poll()
        back = [e for e in result.update.events if e.alert.alertname != "APIDown"]
        assert len(back) == 4 and all(e.returned and e.firings == 1 for e in back), back
        assert [n.title for n in plan(result, tr)] == ["4 alerts still firing, no longer inhibited", "Resolved: APIDown"]
        watcher.client.close()
    finally:
        am.stop()
