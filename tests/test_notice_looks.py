"""Review 25: what a notice looks like (its icon) and what it names (the alert's service and
instance), for every kind of notice about alerts (pure logic, injected time)."""

from __future__ import annotations

import datetime as dt

from oncall_tray.alertmanager.models import Alert, AlertStatus, Matcher, Silence, SilenceStatus
from oncall_tray.core.attention import AttentionMonitor
from oncall_tray.core.contact import ContactMonitor
from oncall_tray.core.overview import Light
from oncall_tray.core.severity import Severity, SeverityMap
from oncall_tray.core.sla import SlaPolicy
from oncall_tray.core.tracker import AlertEvent, AlertTracker, EventKind
from oncall_tray.notify.attention_messages import attention_notices
from oncall_tray.notify.messages import BODY_LIMIT, TITLE_LIMIT, alert_notice
from oncall_tray.notify.poll_plan import plan
from oncall_tray.watch import PollResult

T0 = dt.datetime(2026, 11, 30, 12, tzinfo=dt.timezone.utc)
MIN = dt.timedelta(minutes=1)


def tr(_context: str, text: str) -> str:
    return text


def alert(name: str, severity: str, instance: str = "10.0.0.7:3001", service: str = "backend",
          started: dt.datetime = T0, silence: str | None = None, fingerprint: str = "") -> Alert:
    labels = {"alertname": name, "severity": severity, "instance": instance, "service": service}
    return Alert(fingerprint=fingerprint or f"{name}@{instance}", labels=labels,
                 annotations={"summary": f"{name} is broken"}, starts_at=started,
                 status=AlertStatus("suppressed" if silence else "active", (silence,) if silence else ()))


class World:
    def __init__(self):
        self.tracker = AlertTracker(SeverityMap())
        self.contact = ContactMonitor()
        self.monitor = AttentionMonitor(SlaPolicy())

    def notices(self, now, alerts, silences=(), threshold=3, escalated=None):
        snapshot = self.tracker.update(alerts, now).snapshot
        attention = self.monitor.evaluate(snapshot, {s.id: s for s in silences}, self.contact.success(now), now,
                                          escalated=escalated)
        return attention_notices(attention, snapshot.alerts, tr, now, threshold)


def _titled(notices, start):
    return [n for n in notices if n.title.startswith(start)]


# Finding 7: a missed response of a warning alert carried the red critical icon.

def test_a_missed_response_of_a_warning_alert_has_the_warning_icon():
    world = World()
    world.notices(T0, [alert("HighLatencyP95", "warning")])
    (missed,) = _titled(world.notices(T0 + 16 * MIN, [alert("HighLatencyP95", "warning")]), "Response target missed")
    assert missed.icon_light is Light.WARNING and not missed.urgent


def test_a_summary_of_missed_responses_has_the_icon_of_the_worst_alert_named():
    world = World()
    warnings = [alert("SynthWarning", "warning", instance=f"h{i}") for i in range(12)]
    world.notices(T0, warnings)
    (missed,) = _titled(world.notices(T0 + 16 * MIN, warnings), "Response target missed")
    assert missed.title == "Response target missed: 12 alerts"
    assert missed.icon_light is Light.WARNING and not missed.urgent
    world = World()
    mixed = warnings + [alert("SynthCritical", "critical", started=T0 + 10 * MIN)]
    world.notices(T0, mixed)
    (missed,) = _titled(world.notices(T0 + 16 * MIN, mixed), "Response target missed")
    assert missed.title == "Response target missed: 13 alerts"
    assert missed.icon_light is Light.CRITICAL and missed.urgent


def test_every_attention_notice_about_alerts_has_the_icon_of_their_severity():
    world = World()
    info = alert("Backlog", "info", silence="s1")
    warn = alert("SlowQueries", "warning")
    world.notices(T0, [info, warn])
    ending = Silence(id="s1", matchers=(Matcher("alertname", "Backlog"),), starts_at=T0, ends_at=T0 + 32 * MIN,
                     created_by="ana", comment="ACK!", status=SilenceStatus("active"))
    notices = world.notices(T0 + 31 * MIN, [info, warn], [ending])
    (unresolved,) = _titled(notices, "Investigation target missed")  # a warning's: amber, not always amber
    assert unresolved.icon_light is Light.WARNING
    (expiring,) = _titled(notices, "Acknowledgement ends")  # an info alert's acknowledgement: not amber
    assert expiring.icon_light is Light.INFO and not expiring.urgent
    world = World()
    down = alert("APIDown", "critical")
    world.notices(T0, [down])
    notices = world.notices(T0 + 31 * MIN, [down])
    (escalate,) = _titled(notices, "Escalate")
    assert escalate.icon_light is Light.CRITICAL and escalate.urgent


# Finding 8: three "Response target missed: SynthCritical" notices read word for word the same.

def test_a_notice_about_one_alert_says_where_it_fires():
    world = World()
    synth = [alert("SynthCritical", "critical", instance=f"synth-{i}:9100") for i in range(3)]
    world.notices(T0, synth)
    notices = world.notices(T0 + 8 * MIN, synth)
    missed = _titled(notices, "Response target missed")
    assert len(missed) == 3 and len({(n.title, n.body) for n in missed}) == 3
    assert all(n.body.endswith(f"\nbackend / synth-{i}:9100") for i, n in enumerate(missed))
    reminders = _titled(world.notices(T0 + 10 * MIN, synth), "Still unacknowledged")
    assert [n.body.rsplit("\n", 1)[1] for n in reminders] == [f"backend / synth-{i}:9100" for i in range(3)]
    escalations = _titled(world.notices(T0 + 16 * MIN, synth), "Escalate to L2")
    assert [n.body.rsplit("\n", 1)[1] for n in escalations] == [f"backend / synth-{i}:9100" for i in range(3)]
    fired = alert_notice(AlertEvent(EventKind.FIRED, synth[0], Severity.CRITICAL), tr)
    assert fired.body == "SynthCritical is broken\nbackend / synth-0:9100"  # as the tray's "Acknowledge X (...)"


def test_where_fits_the_windows_limits_under_a_long_name_and_instance():
    world = World()
    long = alert("DatabaseConnectionPoolExhaustedOnThePrimaryReplica" * 2, "critical", instance="i" * 300)
    world.notices(T0, [long])
    for n in world.notices(T0 + 16 * MIN, [long]):
        assert len(n.title) <= TITLE_LIMIT and len(n.body) <= BODY_LIMIT
        assert "iii" in n.body


# Finding 13: "Resolved: APIDown" and "901 alerts resolved" carried the red alarm icon.

class Poll:
    def __init__(self):
        self.tracker = AlertTracker(SeverityMap())
        self.contact = ContactMonitor()

    def ok(self, alerts, at=T0):
        return PollResult(self.tracker.update(alerts, at), self.contact.success(at))


def test_resolved_notices_have_the_resolved_look_and_stay_quiet():
    poll = Poll()
    poll.ok([alert("APIDown", "critical")])
    (one,) = plan(poll.ok([], T0 + MIN), tr)
    assert one.title == "Resolved: APIDown"
    assert one.icon_light is Light.OK and one.quiet and not one.urgent
    many = [alert(f"Down{i}", "critical", instance=f"h{i}") for i in range(901)]
    poll.ok(many, T0 + 2 * MIN)
    (summary,) = plan(poll.ok([], T0 + 3 * MIN), tr)
    assert summary.title == "901 alerts resolved"
    assert summary.icon_light is Light.OK and summary.quiet and not summary.urgent


# Finding 14: one alert firing at the first poll was said as "Alerts firing: 1".

def test_one_alert_at_the_first_poll_gets_the_per_alert_form():
    (notice,) = plan(Poll().ok([alert("APIDown", "critical")]), tr)
    assert notice.title == "[CRITICAL] APIDown"
    assert notice.body == "APIDown is broken\nbackend / 10.0.0.7:3001"
    assert notice.urgent and notice.fingerprint == "APIDown@10.0.0.7:3001"
    (several,) = plan(Poll().ok([alert("APIDown", "critical"), alert("APIDown", "critical", instance="b")]), tr)
    assert several.title == "Alerts firing: 2"
    (one_unsilenced,) = plan(Poll().ok([alert("APIDown", "critical"), alert("Old", "warning", silence="s")]), tr)
    assert one_unsilenced.title == "[CRITICAL] APIDown"


# Finding 19: "Fired again: 2 times in 60 min" counted the first firing too.

def test_the_firing_count_says_what_it_counts():
    down = alert("APIDown", "critical")
    twice = alert_notice(AlertEvent(EventKind.FIRED, down, Severity.CRITICAL, firings=2), tr)
    assert twice.body.split("\n")[0] == "Fired 2 times in 60 min"
    flapping = alert_notice(AlertEvent(EventKind.FIRED, down, Severity.CRITICAL, firings=3), tr)
    assert flapping.body.split("\n")[0] == "Fired 3 times in 60 min (flapping)"


def test_a_resolved_alert_whose_silence_is_left_behind_says_where_it_fired():
    from oncall_tray.notify.left_behind import left_behind_notice

    ack = Silence(id="s1", matchers=(), starts_at=T0, ends_at=T0 + 15 * MIN, created_by="ana", comment="ACK!",
                  status=SilenceStatus("active"))
    left = left_behind_notice(ack, [alert("APIDown", "critical", silence="s1")], tr)
    assert left.title == "Resolved: APIDown (silence still active)"
    assert left.body.endswith("\nbackend / 10.0.0.7:3001") and left.icon_light is Light.OK and left.quiet


def test_a_reminder_of_an_escalated_alert_does_not_ask_to_escalate():
    """Review 35: "Still unacknowledged: SLOAvailabilityViolation — Critical for 13 min.
    Acknowledge it (silence 15 min) or escalate" kept coming after it was escalated to L2."""
    world = World()
    down = alert("APIDown", "critical")
    world.notices(T0, [down])
    (plain,) = _titled(world.notices(T0 + 2 * MIN, [down]), "Still unacknowledged")
    assert plain.body.startswith("Critical for 2 min. Acknowledge it (silence 15 min) or escalate.")
    (escalated,) = _titled(world.notices(T0 + 4 * MIN, [down], escalated={down.fingerprint: "L2"}),
                           "Still unacknowledged")
    assert escalated.body.startswith("Critical for 4 min, escalated to L2. Acknowledge it (silence 15 min).")


def test_a_reminder_says_which_of_several_pods_it_is_about():
    """Review 36: "Still unacknowledged: PodCrashLooping / k8s / kube-state-metrics:8080" did not
    say which of three pods (two of them acknowledged)."""
    world = World()
    pods = [Alert(fingerprint=f"fp{i}", labels={"alertname": "PodCrashLooping", "severity": "critical",
                                                "instance": "ksm:8080", "service": "backend", "pod": f"api-{i}"},
                  annotations={"summary": "loop"}, starts_at=T0, status=AlertStatus("active")) for i in (1, 2)]
    world.notices(T0, pods)
    world.notices(T0 + 8 * MIN, pods)
    snapshot = world.tracker.update(pods, T0 + 10 * MIN).snapshot
    attention = world.monitor.evaluate(snapshot, {}, world.contact.success(T0 + 10 * MIN), T0 + 10 * MIN)
    reminders = _titled(attention_notices(attention, snapshot.alerts, tr, T0 + 10 * MIN, telling=snapshot.telling),
                        "Still unacknowledged")
    assert sorted(n.body.rsplit("\n", 1)[1] for n in reminders) == ["backend / ksm:8080 · pod=api-1",
                                                                   "backend / ksm:8080 · pod=api-2"]


def test_a_reminder_of_an_alert_escalated_to_l2_asks_to_escalate_once_l3_is_due():
    """Review 36: with L2 recorded and L3 due (over an hour), the reminder no longer said "or
    escalate" (review 35 dropped it whenever a level was recorded)."""
    world = World()
    old = alert("OldCritical", "critical", started=T0 - 70 * MIN)
    world.notices(T0, [old], escalated={old.fingerprint: "L2"})
    (late,) = _titled(world.notices(T0 + 2 * MIN, [old], escalated={old.fingerprint: "L2"}), "Still unacknowledged")
    assert late.body.startswith("Critical for 1h12m. Acknowledge it (silence 15 min) or escalate."), late.body


def test_the_end_of_a_silence_that_is_no_acknowledgement_is_called_a_silence():
    """Review 47 N4: a 2-minute ``severity=~"critical|warning"`` silence ending gave
    "Acknowledgement ends at 23:07: HighLatencyP99", the window saying "muted until 23:07"."""
    world = World()
    down = alert("HighLatencyP99", "critical", silence="s9")
    world.notices(T0, [down])
    broad = Silence(id="s9", matchers=(Matcher("severity", "critical|warning", is_regex=True),), starts_at=T0,
                    ends_at=T0 + 2 * MIN, created_by="ana", comment="teste: tudo mudo", status=SilenceStatus("active"))
    (ending,) = [n for n in world.notices(T0 + MIN, [down], [broad]) if "ends at" in n.title]
    assert ending.title.startswith("Silence ends at ") and ending.title.endswith(": HighLatencyP99"), ending.title
