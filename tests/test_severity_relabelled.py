"""Review 74 BB6: in a real Alertmanager the severity is a label and the fingerprint hashes every
label, so an alert whose rule raises it from warning to critical is a NEW alert (another
fingerprint) while the warning one resolves (``endsAt`` now, as Prometheus sends it). The tray
said "5 alerts resolved" (quiet, green) and "5 new alerts", never "raised in severity". A firing
whose labels equal those of an alert that resolved in the same poll but for ``severity`` is now
that alert changing severity: one SEVERITY_CHANGED (the new fingerprint, ``replaces`` the old
alert), no RESOLVED, no FIRED. Lowered severities the same, said quietly."""

from __future__ import annotations

import datetime as dt

import httpx
import pytest
from conftest import make_alert, resolve, utcnow, wait_until

from oncall_tray.alertmanager.client import AlertmanagerClient, AlertQuery
from oncall_tray.core.contact import ContactMonitor
from oncall_tray.core.severity import Severity, SeverityMap
from oncall_tray.core.tracker import AlertTracker, EventKind
from oncall_tray.notify.poll_plan import plan
from oncall_tray.watch import Watcher


def tr(_context: str, text: str) -> str:
    return text


def active(am) -> list[dict]:
    """The alerts Alertmanager holds as active, as its API gives them."""
    return httpx.get(am.url + "/api/v2/alerts", params={"active": "true"}, timeout=10).json()


def rule_alerts(names, severity: str, starts=None) -> list[dict]:
    """The alerts of Prometheus rules, each labelled with ``severity``."""
    return [make_alert(name, severity, instance="api:3001", starts_at=starts or utcnow()) for name in names]


@pytest.fixture
def watcher(alertmanager):
    with AlertmanagerClient(alertmanager.url) as client:
        yield Watcher(client, AlertTracker(SeverityMap()), AlertQuery(), ContactMonitor())


def recorded(journal, watcher):
    """Poll and record the poll in the shift journal as the tray does (Ana's shift); the result."""
    from oncall_tray.core.journal_feed import record_poll

    result = watcher.poll()
    snapshot = result.update.snapshot
    record_poll(journal, snapshot.alerts, snapshot.severities, result.silences, snapshot.fetched_at, engineer="ana")
    return result


def relabel(am, before: list[dict], severity: str) -> list[dict]:
    """What Prometheus sends when the rules' severity label changes: the new series firing and
    the old ones resolved (``endsAt`` now), in one post."""
    after = [make_alert(a["labels"]["alertname"], severity, instance="api:3001", starts_at=utcnow()) for a in before]
    am.post_alerts(after + [resolve(a) for a in before])
    wait_until(lambda: {a["labels"]["severity"] for a in active(am)} == {severity}, 15, "the relabelled alerts")
    return after


def test_alerts_raised_to_critical_are_one_raised_summary_not_resolved_and_new(alertmanager, watcher):
    names = [f"Rule{n}" for n in range(5)]
    warnings = rule_alerts(names, "warning")
    alertmanager.post_alerts(warnings)
    wait_until(lambda: len(active(alertmanager)) == 5, 15, "the warnings")
    first = watcher.poll()
    assert first.update.initial
    old_fps = set(first.update.snapshot.alerts)
    relabel(alertmanager, warnings, "critical")
    result = watcher.poll()
    events = result.update.events
    assert [e.kind for e in events] == [EventKind.SEVERITY_CHANGED] * 5, [(e.kind, e.alert.alertname) for e in events]
    assert all(e.severity is Severity.CRITICAL and e.previous_severity is Severity.WARNING for e in events)
    assert {e.alert.fingerprint for e in events} == set(result.update.snapshot.alerts)
    assert not old_fps & set(result.update.snapshot.alerts)  # Alertmanager's fingerprints did change
    assert {e.replaces.fingerprint for e in events} == old_fps
    notices = plan(result, tr)
    assert [n.title for n in notices] == ["5 alerts raised in severity"], [n.title for n in notices]
    assert notices[0].urgent and notices[0].light is None and notices[0].body.startswith("critical: 5\n")


def test_one_alert_raised_is_said_with_what_it_was(alertmanager, watcher):
    warnings = rule_alerts(["DiskFull"], "warning")
    alertmanager.post_alerts(warnings)
    wait_until(lambda: len(active(alertmanager)) == 1, 15, "the warning")
    watcher.poll()
    relabel(alertmanager, warnings, "critical")
    result = watcher.poll()
    assert [n.title for n in plan(result, tr)] == ["[CRITICAL] DiskFull (was warning)"]
    (event,) = result.update.events
    assert event.alert.fingerprint in result.update.snapshot.alerts
    # its clocks: the critical's targets from the raise (its own startsAt; guide: respond < 5 min)
    from oncall_tray.core.sla import SlaPolicy, clocks_for

    snapshot = result.update.snapshot
    (clock,) = clocks_for(snapshot.alerts.values(), snapshot.severities, [], snapshot.fetched_at, SlaPolicy()).values()
    raised_at = event.alert.starts_at
    assert raised_at > event.replaces.starts_at and not clock.responded
    minutes = dt.timedelta(minutes=1)
    assert (clock.respond_by, clock.resolve_by) == (raised_at + 5 * minutes, raised_at + 15 * minutes)


def test_alerts_lowered_in_severity_are_said_quietly(alertmanager, watcher):
    criticals = rule_alerts(["Slow0", "Slow1", "Slow2", "Slow3"], "critical")
    alertmanager.post_alerts(criticals)
    wait_until(lambda: len(active(alertmanager)) == 4, 15, "the criticals")
    watcher.poll()
    relabel(alertmanager, criticals, "info")
    result = watcher.poll()
    kinds = [(e.kind, e.previous_severity, e.severity) for e in result.update.events]
    assert kinds == [(EventKind.SEVERITY_CHANGED, Severity.CRITICAL, Severity.INFO)] * 4, kinds
    notices = plan(result, tr)
    assert [n.title for n in notices] == ["4 alerts lowered in severity"], [n.title for n in notices]
    assert notices[0].quiet and notices[0].light is None  # still firing: not the resolved look
    one = rule_alerts(["Lone"], "warning")
    alertmanager.post_alerts(one)
    wait_until(lambda: len(active(alertmanager)) == 5, 15, "the lone warning")
    watcher.poll()
    relabel(alertmanager, one, "info")
    notices = plan(watcher.poll(), tr)
    assert [(n.title, n.quiet) for n in notices] == [("[INFO] Lone (was warning)", True)]


def test_an_alert_with_other_labels_is_still_resolved_and_new(alertmanager, watcher):
    """Only the severity label may differ: another instance is another alert."""
    old = make_alert("DiskFull", "warning", instance="db:1", starts_at=utcnow())
    alertmanager.post_alerts([old])
    wait_until(lambda: len(active(alertmanager)) == 1, 15, "the warning")
    watcher.poll()
    alertmanager.post_alerts([make_alert("DiskFull", "critical", instance="db:2", starts_at=utcnow()), resolve(old)])
    wait_until(lambda: [a["labels"]["instance"] for a in active(alertmanager)] == ["db:2"], 15, "db:2 alone")
    result = watcher.poll()
    assert sorted(e.kind.value for e in result.update.events) == ["fired", "resolved"]


def test_the_alerts_table_replaces_the_row_of_an_alert_relabelled(qapp):
    """The window's model applies the events by fingerprint: the old fingerprint's row goes."""
    from test_alerts_model import T0, Recorder, expected, shown

    from oncall_tray.alertmanager.models import Alert, AlertStatus
    from oncall_tray.ui.alerts_model import AlertsModel

    def at(name: str, severity: str) -> Alert:
        return Alert(fingerprint=f"{name}-{severity}", labels={"alertname": name, "severity": severity},
                     annotations={}, status=AlertStatus("active", ()), starts_at=T0)

    tracker, model = AlertTracker(SeverityMap()), AlertsModel()
    model.apply(tracker.update([at(f"A{n}", "warning") for n in range(5)], T0), {}, T0)
    recorder = Recorder(model)
    update = tracker.update([at("A0", "critical")] + [at(f"A{n}", "warning") for n in range(1, 5)], T0)
    assert [e.kind for e in update.events] == [EventKind.SEVERITY_CHANGED]
    model.apply(update, {}, T0)
    assert "reset" not in recorder.events
    assert shown(model) == expected(update.snapshot) and "A0-warning" not in shown(model)


def test_the_journal_incident_follows_the_alert_to_its_new_fingerprint(alertmanager, watcher, tmp_path):
    """The warning was acknowledged (the engineer's ACK silence of the alert, without ``severity``),
    escalated and noted; raised to critical it is the same incident: open, under the new
    fingerprint, with its acknowledgement, escalation and notes; no RESOLVED, no FIRED."""
    from conftest import silence

    from oncall_tray.core.incident_reads import open_incidents
    from oncall_tray.core.journal import Journal
    from oncall_tray.core.journal_schema import EventKind as Recorded

    warnings = rule_alerts(["DiskFull"], "warning")
    alertmanager.post_alerts(warnings)
    silence(alertmanager, {"alertname": "DiskFull", "instance": "api:3001"}, author="ana", comment="ACK disco")
    wait_until(lambda: [a["status"]["state"] for a in active(alertmanager)] == ["suppressed"], 15, "acknowledged")
    with Journal.open(tmp_path / "journal.db") as journal:
        def record():
            return recorded(journal, watcher)

        old_fp, = record().update.snapshot.alerts
        journal.add_note(old_fp, "cleaned /var/log", alertname="DiskFull", actor="ana")
        journal.record_escalation(old_fp, "L2", alertname="DiskFull", actor="ana", message="disco")
        (taken,) = open_incidents(journal)
        relabel(alertmanager, warnings, "critical")
        new_fp, = record().update.snapshot.alerts
        assert new_fp != old_fp
        (incident,) = open_incidents(journal)
        assert (incident.id, incident.fingerprint, incident.severity) == (taken.id, new_fp, "critical")
        assert incident.acknowledged_by == "ana" and incident.escalation == "L2"
        assert journal.notes_for(new_fp) == ["cleaned /var/log"]
        assert [n.text for n in journal.incident_notes(incident.id)[1] if n.kind is Recorded.NOTE] == \
            ["cleaned /var/log"]
        kinds = [e.kind for e in journal.events() if e.at >= incident.opened_at]
        assert Recorded.RESOLVED not in kinds and Recorded.SEVERITY_CHANGED in kinds
        (changed,) = [e for e in journal.events() if e.kind is Recorded.SEVERITY_CHANGED]
        assert (changed.fingerprint, changed.text, changed.data["previous"]) == (new_fp, "critical", "warning")
        assert changed.data["replaces"] == old_fp
        assert [r[0] for r in journal.query("SELECT fingerprint FROM firing")] == [new_fp]


def test_raised_across_two_polls_is_said_as_raised_within_the_grace(alertmanager, watcher):
    """Prometheus ended the warning in one evaluation and the critical came in the next, a poll
    between them: "Resolved" was said, then the critical is the same alert "(was warning)"."""
    warnings = rule_alerts(["DiskFull"], "warning")
    alertmanager.post_alerts(warnings)
    wait_until(lambda: len(active(alertmanager)) == 1, 15, "the warning")
    watcher.poll()
    alertmanager.post_alerts([resolve(a) for a in warnings])
    wait_until(lambda: not active(alertmanager), 15, "the warning resolved")
    assert [e.kind for e in watcher.poll().update.events] == [EventKind.RESOLVED]
    alertmanager.post_alerts(rule_alerts(["DiskFull"], "critical"))
    wait_until(lambda: len(active(alertmanager)) == 1, 15, "the critical")
    result = watcher.poll()
    assert [n.title for n in plan(result, tr)] == ["[CRITICAL] DiskFull (was warning)"]


def test_past_the_grace_a_firing_of_another_severity_is_new():
    from test_messages import T0, Poll, alert

    from oncall_tray.core.relabelled import RELABEL_GRACE

    def relabelled(name: str, severity: str):
        said = alert(name, severity)
        return type(said)(**{**{f: getattr(said, f) for f in said.__struct_fields__},
                             "fingerprint": f"{name}-{severity}"})

    poll = Poll()
    poll.ok([relabelled("DiskFull", "warning")], T0)
    assert [n.title for n in plan(poll.ok([], T0 + RELABEL_GRACE / 2), tr)] == ["Resolved: DiskFull"]
    late = poll.ok([relabelled("DiskFull", "critical")], T0 + RELABEL_GRACE * 2)
    assert [n.title for n in plan(late, tr)] == ["[CRITICAL] DiskFull"]
    poll.ok([], T0 + RELABEL_GRACE * 3)
    soon = poll.ok([relabelled("DiskFull", "warning")], T0 + RELABEL_GRACE * 3.5)
    assert [n.title for n in plan(soon, tr)] == ["[WARNING] DiskFull (was critical)"]
    assert soon.update.events[0].replaces.fingerprint == "DiskFull-critical"


@pytest.mark.desktop
@pytest.mark.parametrize(("language", "raised", "lowered"), [
    ("en", "4 alerts raised in severity", "4 alerts lowered in severity"),
    ("pt_BR", "4 alertas com severidade elevada", "4 alertas com severidade reduzida")])
def test_the_running_tray_says_raised_and_lowered_through_dunst(qtbot, desktop, alertmanager, tmp_path,
                                                                  monkeypatch, request, language, raised, lowered):
    """End to end: the real Alertmanager relabelled as Prometheus does, polled by the tray's
    ``Watcher``, handed to the running tray, said by dunst: one urgent "raised" summary, no
    "resolved" nor "new"; lowered back, one quiet (low urgency) summary."""
    from conftest import running_tray

    from oncall_tray.config import Config

    request.getfixturevalue("english" if language == "en" else "portuguese")  # the interface's translator
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", desktop.bus_address)
    warnings = rule_alerts([f"Rule{n}" for n in range(4)], "warning")
    alertmanager.post_alerts(warnings)
    wait_until(lambda: len(active(alertmanager)) == 4, 15, "the warnings")
    config = Config(alertmanager_url=alertmanager.url, engineer="ana", poll_interval=3600, language=language)
    with AlertmanagerClient(alertmanager.url) as client, running_tray(qtbot, config, tmp_path) as ctl:
        qtbot.waitUntil(lambda: ctl.view is not None, timeout=20000)
        watcher = Watcher(client, AlertTracker(SeverityMap()), AlertQuery(), ContactMonitor())
        ctl.on_polled(watcher.poll())
        criticals = relabel(alertmanager, warnings, "critical")
        ctl.on_polled(watcher.poll())
        qtbot.waitUntil(lambda: any(n["summary"] == raised for n in desktop.notifications()), timeout=20000)
        desktop.screenshot(tmp_path / f"raised-{language}.png")
        relabel(alertmanager, criticals, "warning")
        ctl.on_polled(watcher.poll())
        qtbot.waitUntil(lambda: any(n["summary"] == lowered for n in desktop.notifications()), timeout=20000)
        desktop.screenshot(tmp_path / f"lowered-{language}.png")
    said = desktop.notifications()
    (up,) = [n for n in said if n["summary"] == raised]
    (down,) = [n for n in said if n["summary"] == lowered]
    assert up["urgency"] == "critical" and down["urgency"] != "critical", (up, down)
    # but the first poll's summary (said by the tray's own first poll and, now and then, again for the
    # test's watcher, a first poll of its own tracker), nothing but these two: no "resolved", no "new alerts"
    summaries = [n["summary"] for n in said]
    assert [s for s in summaries if s != summaries[0]] == [raised, lowered], summaries


def test_the_journal_incident_goes_on_when_the_raise_comes_a_poll_after_the_resolution(alertmanager, watcher,
                                                                                       tmp_path):
    """The warning's incident resolved at one poll; the critical fired at the next, within the
    grace: the same incident opens again under the new fingerprint, as a flapping alert's does,
    with its note and escalation."""
    from oncall_tray.core.incident_reads import open_incidents
    from oncall_tray.core.journal import Journal

    warnings = rule_alerts(["DiskFull"], "warning")
    alertmanager.post_alerts(warnings)
    wait_until(lambda: len(active(alertmanager)) == 1, 15, "the warning")
    with Journal.open(tmp_path / "journal.db") as journal:
        def record():
            return recorded(journal, watcher).update.snapshot

        old_fp, = record().alerts
        journal.add_note(old_fp, "cleaned /var/log", alertname="DiskFull", actor="ana")
        journal.record_escalation(old_fp, "L2", alertname="DiskFull", actor="ana", message="disco")
        (taken,) = open_incidents(journal)
        alertmanager.post_alerts([resolve(a) for a in warnings])
        wait_until(lambda: not active(alertmanager), 15, "the warning resolved")
        assert not record().alerts and not open_incidents(journal)
        alertmanager.post_alerts(rule_alerts(["DiskFull"], "critical"))
        wait_until(lambda: len(active(alertmanager)) == 1, 15, "the critical")
        new_fp, = record().alerts
        (incident,) = open_incidents(journal)
        assert (incident.id, incident.fingerprint, incident.severity, incident.escalation) == \
            (taken.id, new_fp, "critical", "L2")
        assert journal.notes_for(new_fp) == ["cleaned /var/log"]
