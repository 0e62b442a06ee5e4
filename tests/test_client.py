"""The Alertmanager client against a real Alertmanager."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from conftest import make_alert, silence, utcnow

from oncall_tray.alertmanager.client import AlertmanagerClient, AlertQuery
from oncall_tray.core.severity import Severity, SeverityMap

SCENARIOS = Path(__file__).resolve().parents[1] / "resources" / "scenarios" / "on-call-guide-alerts.json"


def test_every_scenario_alert_decodes(alertmanager):
    posted = json.loads(SCENARIOS.read_text("utf-8"))
    alertmanager.post_alerts(posted)
    with AlertmanagerClient(alertmanager.url) as client:
        alerts = client.alerts()
    assert sorted(a.alertname for a in alerts) == sorted(p["labels"]["alertname"] for p in posted)
    severity = SeverityMap()
    by_name = {a.alertname: a for a in alerts}
    for p in posted:
        alert = by_name[p["labels"]["alertname"]]
        assert alert.labels == p["labels"]
        assert alert.annotations == p["annotations"]
        assert alert.generator_url == p["generatorURL"]
        assert alert.status.state == "active"
        assert len(alert.fingerprint) == 16
        assert alert.starts_at.tzinfo is dt.timezone.utc
        assert severity.of(alert) is Severity(p["labels"]["severity"])


def test_missing_unknown_and_upper_case_severity(alertmanager):
    alertmanager.post_alerts([
        make_alert("NoSeverity", None),
        make_alert("Weird", "sev-zero"),
        make_alert("Upper", "CRITICAL"),
        make_alert("Synonym", "Page"),
        make_alert("Warn", "warn"),
    ])
    with AlertmanagerClient(alertmanager.url) as client:
        alerts = {a.alertname: a for a in client.alerts()}
    severity = SeverityMap({"sev-zero": "critical"})
    plain = SeverityMap()
    assert plain.of(alerts["NoSeverity"]) is Severity.UNKNOWN
    assert plain.of(alerts["Weird"]) is Severity.UNKNOWN
    assert severity.of(alerts["Weird"]) is Severity.CRITICAL
    assert plain.of(alerts["Upper"]) is Severity.CRITICAL
    assert plain.of(alerts["Synonym"]) is Severity.CRITICAL
    assert plain.of(alerts["Warn"]) is Severity.WARNING


def test_timestamps_with_offsets_and_nanoseconds_come_back_in_utc(alertmanager):
    alert = make_alert("Offset")
    alert["startsAt"] = "2026-11-29T21:15:30.123456789-03:00"
    alert["endsAt"] = (utcnow() + dt.timedelta(hours=2)).astimezone(dt.timezone(dt.timedelta(hours=5, minutes=30))).isoformat()
    alertmanager.post_alerts([alert])
    with AlertmanagerClient(alertmanager.url) as client:
        (got,) = client.alerts()
    expected = dt.datetime(2026, 11, 30, 0, 15, 30, 123457, tzinfo=dt.timezone.utc)
    assert got.starts_at.tzinfo is dt.timezone.utc
    assert abs(got.starts_at - expected) < dt.timedelta(milliseconds=1)


def test_filter_and_receiver_are_sent_as_query_parameters(alertmanager):
    alertmanager.post_alerts([
        make_alert("A", "critical", instance="backend-1"),
        make_alert("B", "warning", instance="backend-2"),
        make_alert("C", "critical", instance="db-1"),
    ])
    with AlertmanagerClient(alertmanager.url) as client:
        crit = client.alerts(AlertQuery(filter=('severity="critical"', 'instance=~"backend.*"')))
        assert [a.alertname for a in crit] == ["A"]
        assert len(client.alerts(AlertQuery(receiver="default"))) == 3
        assert client.alerts(AlertQuery(receiver="nobody")) == []


def test_silenced_alerts_are_included_and_marked(alertmanager):
    alertmanager.post_alerts([make_alert("Quiet"), make_alert("Loud")])
    silence_id = silence(alertmanager, {"alertname": "Quiet"})
    with AlertmanagerClient(alertmanager.url) as client:
        alerts = {a.alertname: a for a in client.alerts()}
        silences = client.silences()
    assert alerts["Quiet"].silenced and alerts["Quiet"].status.silenced_by == (silence_id,)
    assert alerts["Quiet"].status.state == "suppressed"
    assert not alerts["Loud"].silenced
    assert [s.id for s in silences] == [silence_id]
    assert silences[0].created_by == "test" and silences[0].status.state == "active"


def test_status_reports_version_and_cluster(alertmanager):
    with AlertmanagerClient(alertmanager.url) as client:
        status = client.status()
    assert status.version and status.version[0].isdigit()
    assert status.cluster.status == "disabled"
    assert status.uptime is not None and status.uptime <= utcnow()


@pytest.mark.parametrize("prefix", ["", "/"])
def test_base_url_with_trailing_slash(alertmanager, prefix):
    with AlertmanagerClient(alertmanager.url + prefix) as client:
        assert client.alerts() == []


def test_poller_client_decodes_only_what_changed(alertmanager):
    """The poller's client (``cooperative``) gives back the previous poll's objects for alerts
    whose JSON did not change, and fresh ones, equal to a plain decode, for the others."""
    posted = json.loads(SCENARIOS.read_text("utf-8"))
    alertmanager.post_alerts(posted)
    with AlertmanagerClient(alertmanager.url, cooperative=True) as poller, AlertmanagerClient(alertmanager.url) as plain:
        first = poller.alerts()
        assert first == plain.alerts()
        second = poller.alerts()
        assert all(a is b for a, b in zip(first, second)) and len(second) == len(posted)

        changed = next(p for p in posted if p["labels"]["alertname"] == "APIDown")
        alertmanager.post_alerts([{**changed, "annotations": {**changed["annotations"], "summary": "API still down"}}])
        third = poller.alerts()
        assert third == plain.alerts()
        fresh = [a for a in third if not any(a is b for b in second)]
        assert [(a.alertname, a.summary) for a in fresh] == [("APIDown", "API still down")]


def test_poller_client_shares_equal_values_between_alerts(alertmanager):
    """Equal label values, statuses and receivers of the alerts of one body are one object each
    (memory: ~45 % of 10,000 alerts), and the alerts still equal a plain decode."""
    alertmanager.post_alerts([make_alert(f"Shared{i}", "warning", team="conectcrm", job="node") for i in range(30)])
    with AlertmanagerClient(alertmanager.url, cooperative=True) as poller, AlertmanagerClient(alertmanager.url) as plain:
        alerts = poller.alerts()
        assert alerts == plain.alerts() and len(alerts) == 30
    for name in ("team", "job", "severity", "instance"):
        assert len({id(a.labels[name]) for a in alerts}) == 1, name
    assert len({id(a.status) for a in alerts}) == 1
    assert len({id(a.receivers) for a in alerts}) == 1
    assert len({id(a.generator_url) for a in alerts}) == 1
