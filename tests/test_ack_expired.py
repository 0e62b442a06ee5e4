"""An acknowledgement silence that runs out while its alert still fires: the response was made,
so the response clock stays met (guide: respond by acknowledging), instead of turning overdue
once the silence is gone. Against a real Alertmanager: the silence is expired through its API,
as when its time is up or someone expires it."""

from __future__ import annotations

import datetime as dt

import httpx
from conftest import make_alert, silence, utcnow, wait_until

from oncall_tray.alertmanager.client import AlertmanagerClient
from oncall_tray.alertmanager.models import Alert, AlertStatus, Matcher, Silence, SilenceStatus
from oncall_tray.core.attention import AttentionMonitor
from oncall_tray.core.contact import ContactMonitor
from oncall_tray.core.severity import Severity, SeverityMap
from oncall_tray.core.sla import Acknowledgements, SlaPolicy, clocks_for
from oncall_tray.core.tracker import AlertTracker

MIN = dt.timedelta(minutes=1)


def poll(am):
    with AlertmanagerClient(am.url) as client:
        alerts = client.alerts()
        silences = {s.id: s for s in client.silences()}
    return {a.labels["instance"]: a for a in alerts}, silences


def test_an_expired_acknowledgement_keeps_the_response_met(alertmanager):
    started = utcnow() - 3 * MIN  # critical: respond within 5 min; acknowledged 3 min in
    httpx.post(alertmanager.url + "/api/v2/alerts", timeout=10, json=[
        make_alert("DatabaseDown", starts_at=started, instance="db-1:5432"),
        make_alert("DatabaseDown", starts_at=started, instance="db-2:5432"),
    ]).raise_for_status()
    wait_until(lambda: len(poll(alertmanager)[0]) == 2, 10, "both alerts")
    sid = silence(alertmanager, {"alertname": "DatabaseDown", "instance": "db-1:5432"})
    wait_until(lambda: poll(alertmanager)[0]["db-1:5432"].silenced, 10, "db-1 silenced")
    acked = poll(alertmanager)[1][sid].starts_at
    httpx.delete(f"{alertmanager.url}/api/v2/silence/{sid}", timeout=10).raise_for_status()
    wait_until(lambda: not poll(alertmanager)[0]["db-1:5432"].silenced, 10, "db-1 no longer silenced")

    alerts, silences = poll(alertmanager)
    assert silences[sid].status.state == "expired"
    later = utcnow() + 5 * MIN  # both past their 5 min response target
    acknowledgements = Acknowledgements(silences)
    assert acknowledgements.at(alerts["db-1:5432"]) == acked
    assert acknowledgements.at(alerts["db-2:5432"]) is None  # the silence never matched it
    clocks = clocks_for(alerts.values(), {a.fingerprint: Severity.CRITICAL for a in alerts.values()},
                        silences.values(), later, SlaPolicy())
    met, missed = clocks[alerts["db-1:5432"].fingerprint], clocks[alerts["db-2:5432"].fingerprint]
    assert met.responded and not met.response_missed and met.respond_remaining_s > 0
    assert not missed.responded and missed.response_missed

    # acknowledged again later: the first acknowledgement still counts
    again = silence(alertmanager, {"alertname": "DatabaseDown", "instance": "db-1:5432"})
    wait_until(lambda: poll(alertmanager)[0]["db-1:5432"].silenced, 10, "db-1 silenced again")
    realerts, resilences = poll(alertmanager)
    assert resilences[again].starts_at > acked
    assert Acknowledgements(resilences).at(realerts["db-1:5432"]) == acked

    # the tray's attention: only the alert never acknowledged is overdue
    tracker = AlertTracker(SeverityMap())
    snapshot = tracker.update(list(alerts.values()), utcnow()).snapshot
    contact = ContactMonitor().success(utcnow())
    attention = AttentionMonitor(SlaPolicy()).evaluate(snapshot, silences, contact, later)
    assert attention.overdue == (alerts["db-2:5432"].fingerprint,)


def _alert(starts_at: dt.datetime) -> Alert:
    return Alert(fingerprint="f1", labels={"alertname": "APIDown", "instance": "api-1"}, starts_at=starts_at,
                 status=AlertStatus(state="active"))


def _expired(starts_at: dt.datetime, ends_at: dt.datetime, **labels: str) -> Silence:
    matchers = tuple(Matcher(name=k, value=v) for k, v in {"alertname": "APIDown", **labels}.items())
    return Silence(id=f"s-{starts_at:%H%M}", matchers=matchers, starts_at=starts_at, ends_at=ends_at,
                   created_by="ana", comment="ACK! ana", status=SilenceStatus(state="expired"))


def test_only_a_silence_that_covered_this_firing_counts():
    t0 = dt.datetime(2026, 12, 4, 12, tzinfo=dt.timezone.utc)
    earlier_firing = _expired(t0 - 60 * MIN, t0 - 45 * MIN)  # ended before this firing began
    other_instance = _expired(t0 + 2 * MIN, t0 + 17 * MIN, instance="api-2")
    this_one = _expired(t0 + 3 * MIN, t0 + 18 * MIN, instance="api-1")
    regex_other_rule = Silence(id="r", matchers=(Matcher(name="alertname", value="DB.*", is_regex=True),),
                               starts_at=t0 + MIN, ends_at=t0 + 20 * MIN, created_by="bo", comment="db work",
                               status=SilenceStatus(state="expired"))
    silences = {s.id: s for s in (earlier_firing, other_instance, regex_other_rule)}
    assert Acknowledgements(silences).at(_alert(t0)) is None
    silences[this_one.id] = this_one
    assert Acknowledgements(silences).at(_alert(t0)) == t0 + 3 * MIN


def test_a_broad_silence_that_expired_is_no_acknowledgement_of_each_alert():
    """Review 22: 417 alerts nobody acknowledged showed "✓ responded" (and were left out of
    "Response target missed") after a 70-second ``service=~"fron.*"`` silence had expired; their
    ``startsAt`` was earlier than the silence, which they never met. Only an expired silence about
    the alert (equality matchers, its alertname) is a past acknowledgement."""
    t0 = utcnow() - 10 * MIN
    alert = Alert(fingerprint="f1", labels={"alertname": "Frontend", "service": "frontend", "instance": "w-1"},
                  starts_at=t0, status=AlertStatus(state="active"))
    broad = Silence(id="s-broad", matchers=(Matcher(name="service", value="fron.*", is_regex=True),),
                    starts_at=t0 + MIN, ends_at=t0 + 2 * MIN, created_by="x", comment="ACK! todos",
                    status=SilenceStatus(state="expired"))
    named = Silence(id="s-named", matchers=(Matcher(name="alertname", value="Frontend"),
                                            Matcher(name="instance", value="w-.*", is_regex=True)),
                    starts_at=t0 + MIN, ends_at=t0 + 2 * MIN, created_by="x", comment="ACK! todos",
                    status=SilenceStatus(state="expired"))
    other = Silence(id="s-other", matchers=(Matcher(name="alertname", value="Frontend"),
                                            Matcher(name="instance", value="w-2", is_equal=False)),
                    starts_at=t0 + MIN, ends_at=t0 + 2 * MIN, created_by="x", comment="ACK! todos",
                    status=SilenceStatus(state="expired"))
    assert Acknowledgements({s.id: s for s in (broad, named, other)}).at(alert) is None
    clock = clocks_for([alert], {"f1": Severity.CRITICAL}, [broad, named, other], utcnow(), SlaPolicy())["f1"]
    assert not clock.responded and clock.response_missed
    own = _expired(t0 + MIN, t0 + 2 * MIN, instance="api-1")  # an acknowledgement of it still counts
    assert Acknowledgements({own.id: own}).at(_alert(t0)) == t0 + MIN
