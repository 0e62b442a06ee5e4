"""An alert without an ``alertname`` label whose acknowledgement ran out while it kept firing
(code review 64 K2): the response was made, as for a named alert, so its response clock stays
met. ``sla.Acknowledgements`` indexed the expired silences by their ``alertname`` matcher and
dropped those whose value is "" (the one ``ack_silence`` adds: review 63 Z1), so the clock of
such an alert read "not responded / response target missed" once its 15-minute ACK ended.
Against a real Alertmanager: the silence is made as ``ack`` makes it, and expired through its API."""

from __future__ import annotations

import datetime as dt

import httpx
from conftest import utcnow, wait_until

from oncall_tray.alertmanager.client import AlertmanagerClient
from oncall_tray.alertmanager.models import Matcher, PostableSilence
from oncall_tray.core.attention import AttentionMonitor
from oncall_tray.core.contact import ContactMonitor
from oncall_tray.core.severity import Severity, SeverityMap
from oncall_tray.core.silencing import ack_silence
from oncall_tray.core.sla import Acknowledgements, SlaPolicy, clocks_for
from oncall_tray.core.tracker import AlertTracker

import pytest

MIN = dt.timedelta(minutes=1)


def poll(am):
    with AlertmanagerClient(am.url) as client:
        return {a.labels["instance"]: a for a in client.alerts()}, {s.id: s for s in client.silences()}


@pytest.mark.parametrize("named", [True, False], ids=["named", "nameless"])
def test_a_nameless_alerts_acknowledgement_that_ran_out_keeps_the_response_met(alertmanager, named):
    started = utcnow() - 3 * MIN  # critical: respond within 5 min; acknowledged 3 min in
    name = {"alertname": "DiskFull"} if named else {}
    body = [{"labels": {**name, "severity": "critical", "instance": instance, "job": "node"},
             "startsAt": started.isoformat(), "endsAt": (utcnow() + dt.timedelta(hours=1)).isoformat()}
            for instance in ("db-1", "db-2")]
    httpx.post(alertmanager.url + "/api/v2/alerts", json=body, timeout=10).raise_for_status()
    wait_until(lambda: len(poll(alertmanager)[0]) == 2, 10, "both alerts")
    alerts, _ = poll(alertmanager)
    with AlertmanagerClient(alertmanager.url) as client:
        sid = client.create_silence(ack_silence(alerts["db-1"], "ana", utcnow()))
    wait_until(lambda: poll(alertmanager)[0]["db-1"].silenced, 10, "db-1 acknowledged")
    acked = poll(alertmanager)[1][sid].starts_at
    with AlertmanagerClient(alertmanager.url) as client:
        client.expire_silence(sid)  # ran out (or was expired) while the alert fires
    wait_until(lambda: not poll(alertmanager)[0]["db-1"].silenced, 10, "db-1 no longer silenced")

    alerts, silences = poll(alertmanager)
    assert silences[sid].status.state == "expired"
    later = utcnow() + 5 * MIN  # both past their 5 min response target
    assert Acknowledgements(silences, on_call="ana").at(alerts["db-1"]) == acked
    assert Acknowledgements(silences, on_call="ana").at(alerts["db-2"]) is None  # never acknowledged
    clocks = clocks_for(alerts.values(), {a.fingerprint: Severity.CRITICAL for a in alerts.values()},
                        silences.values(), later, SlaPolicy(), on_call="ana")
    met, missed = clocks[alerts["db-1"].fingerprint], clocks[alerts["db-2"].fingerprint]
    assert met.responded and not met.response_missed, met
    assert not missed.responded and missed.response_missed, missed

    # the tray: only the alert never acknowledged is overdue (no "Response target missed" for db-1)
    snapshot = AlertTracker(SeverityMap()).update(list(alerts.values()), utcnow()).snapshot
    attention = AttentionMonitor(SlaPolicy()).evaluate(snapshot, silences, ContactMonitor().success(utcnow()), later)
    assert attention.overdue == (alerts["db-2"].fingerprint,)


def test_a_silence_of_one_host_that_ran_out_is_no_acknowledgement_of_its_nameless_alert(alertmanager):
    """Z1's rule, in the expired silences too: a silence of fewer labels than the nameless alert's
    (one host's every alert) was no acknowledgement of it, however it is commented."""
    started = utcnow() - 3 * MIN
    body = [{"labels": {"severity": "critical", "instance": "db-1", "job": "node"},
             "startsAt": started.isoformat(), "endsAt": (utcnow() + dt.timedelta(hours=1)).isoformat()}]
    httpx.post(alertmanager.url + "/api/v2/alerts", json=body, timeout=10).raise_for_status()
    wait_until(lambda: len(poll(alertmanager)[0]) == 1, 10, "the alert")
    with AlertmanagerClient(alertmanager.url) as client:
        sid = client.create_silence(PostableSilence(
            matchers=(Matcher(name="instance", value="db-1", is_regex=False, is_equal=True),),
            starts_at=utcnow(), ends_at=utcnow() + 15 * MIN, created_by="ana", comment="ACK! host em manutenção"))
    wait_until(lambda: poll(alertmanager)[0]["db-1"].silenced, 10, "db-1 silenced")
    with AlertmanagerClient(alertmanager.url) as client:
        client.expire_silence(sid)
    wait_until(lambda: not poll(alertmanager)[0]["db-1"].silenced, 10, "db-1 no longer silenced")
    alerts, silences = poll(alertmanager)
    assert Acknowledgements(silences).at(alerts["db-1"]) is None
