"""Escalations, reminders, expiring acknowledgements and red flags (pure logic, injected time)."""

from __future__ import annotations

import datetime as dt

from oncall_tray.alertmanager.models import Alert, AlertStatus, Matcher, Silence, SilenceStatus
from oncall_tray.core.attention import AttentionMonitor, RedFlag
from oncall_tray.core.contact import ContactMonitor
from oncall_tray.core.severity import SeverityMap
from oncall_tray.core.sla import SlaPolicy
from oncall_tray.core.tracker import AlertTracker

T0 = dt.datetime(2026, 11, 30, 12, tzinfo=dt.timezone.utc)
MIN = dt.timedelta(minutes=1)
HOUR = dt.timedelta(hours=1)
SEC = dt.timedelta(seconds=1)


def alert(name: str, severity: str, started: dt.datetime, silence: str | None = None) -> Alert:
    return Alert(fingerprint=name, labels={"alertname": name, "severity": severity},
                 status=AlertStatus("suppressed" if silence else "active", (silence,) if silence else ()),
                 starts_at=started)


def silence(sid: str, start: dt.datetime, end: dt.datetime) -> Silence:
    return Silence(id=sid, matchers=(), starts_at=start, ends_at=end, created_by="ana", comment="ACK!",
                   status=SilenceStatus("active"))


class World:
    def __init__(self):
        self.tracker = AlertTracker(SeverityMap())
        self.contact = ContactMonitor()
        self.monitor = AttentionMonitor(SlaPolicy())

    def at(self, now, alerts, silences=()):
        snap = self.tracker.update(alerts, now).snapshot
        return self.monitor.evaluate(snap, {s.id: s for s in silences}, self.contact.success(now), now)


def test_escalation_to_l2_then_l3_once_each():
    world = World()
    down = alert("APIDown", "critical", T0)
    assert world.at(T0 + 14 * MIN, [down]).escalations == ()
    at_15 = world.at(T0 + 15 * MIN, [down])
    assert at_15.escalations == ()  # exactly 15:00 is still within the target
    l2 = world.at(T0 + 15 * MIN + dt.timedelta(seconds=1), [down])
    assert [(a.alertname, level) for a, _s, level in l2.escalations] == [("APIDown", "L2")]
    assert world.at(T0 + 30 * MIN, [down]).escalations == ()
    l3 = world.at(T0 + 61 * MIN, [down])
    assert [level for _a, _s, level in l3.escalations] == ["L3"]


def test_reminders_every_two_minutes_until_acknowledged():
    world = World()
    down = alert("APIDown", "critical", T0)
    assert world.at(T0, [down]).reminders == ()
    assert world.at(T0 + 1 * MIN, [down]).reminders == ()
    assert len(world.at(T0 + 2 * MIN, [down]).reminders) == 1
    assert world.at(T0 + 3 * MIN, [down]).reminders == ()
    assert len(world.at(T0 + 4 * MIN, [down]).reminders) == 1
    acked = alert("APIDown", "critical", T0, silence="s1")
    sil = silence("s1", T0 + 4 * MIN, T0 + 19 * MIN)
    assert world.at(T0 + 6 * MIN, [acked], [sil]).reminders == ()
    warning = alert("HighCPU", "warning", T0)
    assert world.at(T0 + 10 * MIN, [acked, warning], [sil]).reminders == ()


def test_a_restarted_tray_keeps_the_reminders_cadence():
    """Review 43 F7: reminded at 16:04:41 (every 2 min), the tray restarted at 16:05:03 and the next
    reminder came at 16:07:07 instead of 16:06:41: a tray restarted more often never reminds."""
    import json

    world = World()
    down = alert("APIDown", "critical", T0)
    world.at(T0, [down])
    assert len(world.at(T0 + 2 * MIN, [down]).reminders) == 1  # reminded at T0 + 2 min
    memory = json.loads(json.dumps(world.monitor.said()))  # as the journal keeps it
    restarted = World()
    restarted.monitor.recall(memory)
    assert restarted.at(T0 + 2 * MIN + 20 * SEC, [down]).reminders == ()  # the restarted tray's first poll
    assert len(restarted.at(T0 + 4 * MIN, [down]).reminders) == 1  # on the cadence, not 2 min after the restart
    restarted.monitor.recall({"reminded": {"APIDown": "garbage", "Other": "2026-12-05T10:00:00"}})  # ignored


def test_no_reminder_beside_the_response_target_missed():
    """Review 37: two pods gave "Response target missed" ×2, then "Still unacknowledged" ×2 five
    seconds later: the missed notice reminds too, and the cadence counts from it."""
    world = World()
    down = alert("APIDown", "critical", T0)  # fired at T0, first seen 3 minutes later
    assert world.at(T0 + 3 * MIN, [down]).reminders == ()
    missed = world.at(T0 + 5 * MIN + 1 * SEC, [down])  # 2 min since first seen: a reminder was due
    assert missed.newly_overdue == ("APIDown",) and missed.reminders == ()
    assert world.at(T0 + 5 * MIN + 6 * SEC, [down]).reminders == ()
    assert world.at(T0 + 6 * MIN, [down]).reminders == ()
    assert len(world.at(T0 + 7 * MIN + 1 * SEC, [down]).reminders) == 1


def test_reminders_of_many_alerts_keep_one_cadence():
    """Review 22: with alerts firing at different times, reminders came in overlapping cohorts
    ("84 critical alerts", "417", "6", "1251"...) every 15 to 60 s. Once one is due, every alert
    that waited at least half the interval is reminded with it, and they go on together."""
    world = World()
    first = alert("APIDown", "critical", T0)
    later = alert("DiskFull", "critical", T0)  # seen 70 s later
    assert world.at(T0, [first]).reminders == ()
    assert world.at(T0 + 70 * SEC, [first, later]).reminders == ()
    assert [a.alertname for a, _s in world.at(T0 + 2 * MIN, [first, later]).reminders] == ["APIDown"]  # 50 s: not yet
    assert world.at(T0 + 3 * MIN, [first, later]).reminders == ()
    both = world.at(T0 + 190 * SEC, [first, later]).reminders  # DiskFull due; APIDown waited 70 s
    assert sorted(a.alertname for a, _s in both) == ["APIDown", "DiskFull"]
    assert world.at(T0 + 4 * MIN, [first, later]).reminders == ()
    missed = world.at(T0 + 310 * SEC, [first, later])  # both past their 5 minutes: said missed, not reminded
    assert missed.reminders == () and sorted(missed.newly_overdue) == ["APIDown", "DiskFull"]
    assert len(world.at(T0 + 430 * SEC, [first, later]).reminders) == 2  # together from now on


def test_response_missed_is_said_once_per_alert_and_is_a_red_flag():
    world = World()
    down = alert("APIDown", "critical", T0)
    early = world.at(T0 + 5 * MIN, [down])
    assert early.overdue == () and RedFlag.RESPONSE_MISSED not in early.red_flags
    late = world.at(T0 + 5 * MIN + dt.timedelta(seconds=1), [down])
    assert late.overdue == ("APIDown",) and late.newly_overdue == ("APIDown",)
    assert late.new_red_flags == (RedFlag.RESPONSE_MISSED,)
    again = world.at(T0 + 6 * MIN, [down])
    assert again.overdue == ("APIDown",) and again.newly_overdue == () and again.new_red_flags == ()


def test_several_critical_alerts_at_once_is_a_red_flag_raised_once():
    world = World()
    one = [alert("APIDown", "critical", T0)]
    assert RedFlag.SEVERAL_CRITICAL not in world.at(T0, one).red_flags
    two = one + [alert("DiskSpaceRunningOut", "critical", T0 + MIN)]
    raised = world.at(T0 + MIN, two)
    assert RedFlag.SEVERAL_CRITICAL in raised.new_red_flags
    assert raised.red_flags[RedFlag.SEVERAL_CRITICAL] == "APIDown, DiskSpaceRunningOut"
    assert RedFlag.SEVERAL_CRITICAL not in world.at(T0 + 2 * MIN, two).new_red_flags
    world.at(T0 + 3 * MIN, one)
    back = world.at(T0 + 4 * MIN, two)  # once per shift (README; review 74 BB3: a flapping alert raised it each time)
    assert RedFlag.SEVERAL_CRITICAL in back.red_flags and RedFlag.SEVERAL_CRITICAL not in back.new_red_flags
    world.monitor.forget()  # a new shift: said afresh
    assert RedFlag.SEVERAL_CRITICAL in world.at(T0 + 5 * MIN, two).new_red_flags


def test_contact_lost_again_is_said_again():
    """The contact's flags are said each time the contact is lost: the engineer is blind then."""
    world = World()
    world.at(T0, [])
    for start in (T0, T0 + 10 * MIN):
        world.contact.failure(start + dt.timedelta(seconds=1), "refused")
        lost = world.monitor.evaluate(None, {}, world.contact.failure(start + 2 * MIN, "refused"), start + 2 * MIN)
        assert lost.new_red_flags == (RedFlag.UNREACHABLE,)
        world.at(start + 3 * MIN, [])


def test_several_critical_alerts_count_the_acknowledged_ones_too():
    """Review 18: with five critical alerts firing and three acknowledged, the flag named two,
    and went away once fewer than two were unacknowledged. The guide's red flag is about what
    fires ("Múltiplos alertas críticos simultâneos"), whoever handles it."""
    world = World()
    acked = [alert(n, "critical", T0, silence=f"s{n}") for n in ("APIDown", "DiskSpaceRunningOut")]
    silences = [silence(f"s{n}", T0, T0 + 15 * MIN) for n in ("APIDown", "DiskSpaceRunningOut")]
    raised = world.at(T0 + MIN, acked + [alert("HighCPU", "warning", T0)], silences)
    assert raised.red_flags[RedFlag.SEVERAL_CRITICAL] == "APIDown, DiskSpaceRunningOut"
    # review 27: a new, unacknowledged one is named first, not hidden behind "(+N)"
    fresh = alert("SLOAvailabilityViolation", "critical", T0 + 2 * MIN)
    named = world.at(T0 + 2 * MIN, acked + [fresh], silences).red_flags[RedFlag.SEVERAL_CRITICAL]
    assert named == "SLOAvailabilityViolation, APIDown, DiskSpaceRunningOut"


def test_a_missed_resolution_target_without_an_escalation_is_said_once():
    """Review 18: a warning still firing past the guide's 30 minutes ("Investigação < 30min")
    was told nothing: its escalation is off by default. A critical alert's 15 minutes are its
    escalation to L2, said as such, not twice."""
    from oncall_tray.notify.attention_messages import attention_notices

    world = World()
    slow = alert("SlowDatabaseQueries", "warning", T0)
    down = alert("APIDown", "critical", T0)
    assert world.at(T0 + 30 * MIN, [slow, down]).newly_unresolved == ()
    late = world.at(T0 + 30 * MIN + dt.timedelta(seconds=1), [slow, down])
    assert late.newly_unresolved == ("SlowDatabaseQueries",)
    (said,) = [n for n in attention_notices(late, {"SlowDatabaseQueries": slow}, lambda _c, t: t,
                                            T0 + 30 * MIN + dt.timedelta(seconds=1)) if "Investigation" in n.title]
    assert said.title == "Investigation target missed: SlowDatabaseQueries"  # a warning's (review 55 M4)
    assert said.body.startswith("Still firing 30 min after it started")
    assert world.at(T0 + 31 * MIN, [slow, down]).newly_unresolved == ()  # once
    assert world.monitor.said()["unresolved"] == ["SlowDatabaseQueries"]
    restarted = AttentionMonitor(SlaPolicy())
    restarted.recall(world.monitor.said())
    world.monitor = restarted
    assert world.at(T0 + 32 * MIN, [slow, down]).newly_unresolved == ()  # a restarted tray does not say it again


def test_unreachable_for_over_a_minute_is_a_red_flag_and_keeps_the_others():
    world = World()
    world.at(T0, [alert("A", "critical", T0), alert("B", "critical", T0)])
    world.contact.failure(T0 + 15 * dt.timedelta(seconds=1), "refused")
    state = world.contact.failure(T0 + 16 * dt.timedelta(seconds=1), "refused")
    early = world.monitor.evaluate(world.tracker.snapshot, {}, state, T0 + 60 * dt.timedelta(seconds=1))
    assert RedFlag.UNREACHABLE not in early.red_flags and RedFlag.SEVERAL_CRITICAL in early.red_flags
    late = world.monitor.evaluate(world.tracker.snapshot, {}, state, T0 + 90 * dt.timedelta(seconds=1))
    assert late.new_red_flags == (RedFlag.UNREACHABLE,)
    assert RedFlag.SEVERAL_CRITICAL in late.red_flags


def test_alerts_not_seen_for_want_of_credentials_are_not_called_unreachable():
    """Review 16: Alertmanager answered 401 (a password changed on the proxy) and the red flag
    said "Alertmanager unreachable for 1 min", which sent the engineer to see if it was down."""
    from oncall_tray.notify.attention_messages import red_flag_text

    world = World()
    world.at(T0, [alert("A", "critical", T0)])
    world.contact.failure(T0 + 15 * dt.timedelta(seconds=1), "credentials refused (HTTP 401)", refused=True)
    state = world.contact.failure(T0 + 16 * dt.timedelta(seconds=1), "credentials refused (HTTP 401)", refused=True)
    late = world.monitor.evaluate(world.tracker.snapshot, {}, state, T0 + 90 * dt.timedelta(seconds=1))
    assert late.new_red_flags == (RedFlag.NO_CREDENTIALS,) and RedFlag.UNREACHABLE not in late.red_flags
    text = red_flag_text(RedFlag.NO_CREDENTIALS, late.red_flags[RedFlag.NO_CREDENTIALS], lambda _c, t: t)
    assert text == "Alerts not seen for 1 min: Alertmanager asks for credentials"
    assert "no_credentials" not in world.monitor.said()["flags"]  # a new run's contact is its own
    from oncall_tray.notify.attention_messages import attention_notices

    (notice,) = attention_notices(late, world.tracker.snapshot.alerts, lambda _c, t: t, T0)
    assert notice.title == "Alerts not seen for 1 min"  # whole (review 17: cut before the why); the app's own
    # warning, not one of the guide's red flags (review 55 M6)
    assert notice.body.startswith("Alertmanager asks for credentials.\n")


def test_expiring_acknowledgement_is_said_once():
    world = World()
    acked = alert("APIDown", "critical", T0, silence="s1")
    sil = silence("s1", T0, T0 + 15 * MIN)
    assert world.at(T0 + 12 * MIN, [acked], [sil]).expiring == ()
    soon = world.at(T0 + 13 * MIN, [acked], [sil])
    assert [(a.alertname, s.id) for a, s in soon.expiring] == [("APIDown", "s1")]
    assert world.at(T0 + 14 * MIN, [acked], [sil]).expiring == ()


def test_nearest_deadline():
    world = World()
    alerts = [alert("Crit", "critical", T0), alert("Warn", "warning", T0 - 10 * MIN)]
    result = world.at(T0 + MIN, alerts)
    assert (result.nearest.alertname, result.nearest.kind, result.nearest.at) == ("Crit", "respond", T0 + 5 * MIN)
    acked = [alert("Crit", "critical", T0, silence="s"), alerts[1]]
    from msgspec.structs import replace

    # an acknowledgement: about that alert (review 59 U1: only one stops the response clock)
    ack = replace(silence("s", T0 + MIN, T0 + 16 * MIN), matchers=(Matcher(name="alertname", value="Crit"),))
    result = world.at(T0 + 2 * MIN, acked, [ack])
    assert (result.nearest.alertname, result.nearest.kind) == ("Warn", "respond")


def test_nearest_deadline_among_equal_ones_names_the_worst_and_counts_the_others():
    """Alerts that fired together are due together: the tooltip's one "Next deadline" names the
    worst of them (then by name), whatever order Alertmanager lists them in, and says how many
    more fall due within that minute (stop 24: it named one of several at random)."""
    same = [alert("DiskFilling", "warning", T0 - 25 * MIN), alert("APIDown", "critical", T0),
            alert("Cache", "critical", T0 + 30 * SEC), alert("Later", "critical", T0 + 2 * MIN)]
    for alerts in (same, same[::-1]):
        result = World().at(T0 + MIN, alerts)
        # APIDown respond 12:05; Cache 12:05:30 the same minute; DiskFilling's investigation (warning:
        # 30 min) at 12:05 too, another kind: said apart (review 61 W1)
        assert (result.nearest.alertname, result.nearest.at, result.nearest.others) == ("APIDown", T0 + 5 * MIN, 1)
        assert result.nearest.besides == (("investigate", "", T0 + 5 * MIN, 1),)
    lone = World().at(T0 + MIN, [alert("APIDown", "critical", T0)])
    assert lone.nearest.others == 0


def test_many_missed_responses_make_one_notice_not_one_each():
    from oncall_tray.notify.attention_messages import attention_notices

    world = World()
    alerts = [alert(f"Down{i}", "critical", T0) for i in range(40)]
    late = world.at(T0 + 6 * MIN, alerts)
    assert len(late.newly_overdue) == 40
    notices = attention_notices(late, world.tracker.snapshot.alerts, lambda _c, text: text, T0 + 6 * MIN)
    missed = [n for n in notices if n.title.startswith("Response target missed")]
    assert [n.title for n in missed] == ["Response target missed: 40 alerts"]
    assert missed[0].body.startswith("Down0, Down1") and missed[0].body.endswith("(+32)")
    few = attention_notices(late, world.tracker.snapshot.alerts, lambda _c, text: text, T0 + 6 * MIN, threshold=50)
    assert len([n for n in few if n.title.startswith("Response target missed")]) == 40


def test_an_escalation_of_an_alert_from_another_day_gives_the_date():
    from oncall_tray.notify.attention_messages import attention_notices

    world = World()
    old = T0 - dt.timedelta(days=3)
    world.at(old + MIN, [alert("Ancient", "critical", old)])
    late = world.at(T0, [alert("Ancient", "critical", old)])
    (escalation,) = [n for n in attention_notices(late, world.tracker.snapshot.alerts, lambda _c, text: text, T0)
                     if n.title.startswith("Escalate")]
    assert f"(since {old.astimezone():%Y-%m-%d %H:%M})" in escalation.body, escalation.body


def test_an_alert_without_alertname_is_named_by_its_fingerprint_not_left_blank():
    # found by a fresh-user review: "Several critical alerts at once: , DatabaseDown" and
    # "Next deadline: resolve  by 11:59"
    world = World()
    nameless = Alert(fingerprint="4f1c2ab09e7d3c55", labels={"severity": "critical", "instance": "db-3"},
                     status=AlertStatus("active", ()), starts_at=T0)
    result = world.at(T0 + MIN, [nameless, alert("DatabaseDown", "critical", T0 + MIN)])
    assert result.red_flags[RedFlag.SEVERAL_CRITICAL] == "4f1c2ab09e7d3c55, DatabaseDown"
    assert result.nearest.alertname == "4f1c2ab09e7d3c55"
    assert nameless.alertname == ""  # the label itself stays what Alertmanager sent


def test_new_settings_do_not_say_again_what_was_said():
    """Fresh-user review 5: after Settings > Save, "Escalate to L3", "Response target missed" and
    the red flags came again. The new monitor (new policy) carries over what was said."""
    world = World()
    down, cpu = alert("APIDown", "critical", T0), alert("DiskFull", "critical", T0)
    said = world.at(T0 + 61 * MIN, [down, cpu])
    assert said.newly_overdue and said.escalations and said.new_red_flags
    previous = world.monitor
    world.monitor = AttentionMonitor(SlaPolicy(), reminder_interval=5 * MIN)
    world.monitor.carry_over(previous)
    again = world.at(T0 + 62 * MIN, [down, cpu])
    assert again.overdue and again.newly_overdue == () and again.escalations == () and again.new_red_flags == ()
    assert again.reminders == ()  # reminded at 61 min: the next one 5 min later
    fresh = AttentionMonitor(SlaPolicy())
    assert fresh.evaluate(world.tracker.snapshot, {}, world.contact.success(T0 + 62 * MIN), T0 + 62 * MIN).escalations


def test_a_red_flag_names_the_worst_first_and_counts_the_others():
    """Fresh-user review 7: the flag listed the first five names alphabetically, so a sixth,
    critical alert was dropped without a word."""
    world = World()
    warning = alert("HighMemoryUsage", "warning", T0 - 20 * MIN)
    criticals = [alert(name, "critical", T0 - (10 + i) * MIN) for i, name in enumerate(
        ("APIDown", "DatabaseConnectionPoolExhausted", "DiskSpaceRunningOut", "HighLatencyP99",
         "SLOAvailabilityViolation"))]
    result = world.at(T0, [warning, *criticals])
    assert result.red_flags[RedFlag.RESPONSE_MISSED] == (
        "SLOAvailabilityViolation, HighLatencyP99, DiskSpaceRunningOut, DatabaseConnectionPoolExhausted, APIDown\u00a0…\u00a0(+1)")
    assert result.red_flags[RedFlag.SEVERAL_CRITICAL].startswith("SLOAvailabilityViolation, ")


def test_an_escalation_already_made_is_not_asked_for_again():
    """Fresh-user review 8: `escalate` recorded L3 in the journal, yet the tray then said
    "Escalate to L3". Levels the engineer escalated to (or above) are not asked for."""
    world = World()
    disk, db = alert("DiskSpaceRunningOut", "critical", T0), alert("DatabaseDown", "critical", T0)
    snap = world.tracker.update([disk, db], T0 + 72 * MIN).snapshot
    result = world.monitor.evaluate(snap, {}, world.contact.success(T0 + 72 * MIN), T0 + 72 * MIN,
                                    escalated={"DiskSpaceRunningOut": "L3", "DatabaseDown": "L2"})
    assert [(a.alertname, level) for a, _s, level in result.escalations] == [("DatabaseDown", "L3")]


def test_the_red_flag_notification_names_the_alerts_in_its_body():
    """Fresh-user review 8: the title "Red flag: Several critical alerts at once: APIDown, …"
    was cut short by the notification, and the body only quoted the guide: the names never
    showed. The title is the flag; the names and the guide's words are the body."""
    from oncall_tray.i18n import english
    from oncall_tray.notify.attention_messages import attention_notices

    world = World()
    names = ("APIDown", "DatabaseConnectionPoolExhausted", "DiskSpaceRunningOut")
    result = world.at(T0 + MIN, [alert(name, "critical", T0) for name in names])
    notices = attention_notices(result, world.tracker.snapshot.alerts, english, T0 + MIN)
    flag = next(n for n in notices if n.title.startswith("Red flag"))
    assert flag.title == "Red flag: Several critical alerts at once"
    assert all(name in flag.body for name in names)
    assert flag.body.endswith("The on-call guide says: investigate at once.")


def test_an_acknowledgement_the_journal_recorded_holds_when_its_silence_is_gone():
    """Review 29: Alertmanager restarted without its data; APIDown, acknowledged two minutes
    after it fired, was announced as "Response target missed" once its silence was gone. The
    journal's acknowledgement (``shifts.recorded_responses``) keeps the response made; one from
    an earlier firing does not count."""
    world = World()
    down = alert("APIDown", "critical", T0)
    recorded = {"APIDown": T0 + 2 * MIN}
    snap = world.tracker.update([down], T0 + 10 * MIN).snapshot
    kept = world.monitor.evaluate(snap, {}, world.contact.success(T0 + 10 * MIN), T0 + 10 * MIN, acknowledged=recorded)
    assert kept.overdue == () and RedFlag.RESPONSE_MISSED not in kept.red_flags
    assert kept.acknowledged_at == recorded
    again = alert("APIDown", "critical", T0 + 20 * MIN)  # fired again later: that acknowledgement was for before
    snap = world.tracker.update([again], T0 + 30 * MIN).snapshot
    late = world.monitor.evaluate(snap, {}, world.contact.success(T0 + 30 * MIN), T0 + 30 * MIN, acknowledged=recorded)
    assert late.overdue == ("APIDown",)


def test_no_reminder_for_an_alert_whose_acknowledgement_the_journal_recorded():
    """Review 32: after a wiped Alertmanager lost the silences, "Still unacknowledged: 5 critical
    alerts" every 2 minutes named the two the engineer had acknowledged, beside "✓" in the
    window. One acknowledged in an earlier firing is reminded of as any other."""
    world = World()
    down, other = alert("APIDown", "critical", T0), alert("DBDown", "critical", T0)
    recorded = {"APIDown": T0 + 1 * MIN}

    def at(now, alerts):
        snap = world.tracker.update(alerts, now).snapshot
        return world.monitor.evaluate(snap, {}, world.contact.success(now), now, acknowledged=recorded)

    at(T0, [down, other])
    assert [a.alertname for a, _s in at(T0 + 2 * MIN, [down, other]).reminders] == ["DBDown"]
    again = alert("APIDown", "critical", T0 + 10 * MIN)  # fired again: that acknowledgement was for before
    at(T0 + 10 * MIN, [again, other])
    assert "APIDown" in [a.alertname for a, _s in at(T0 + 12 * MIN, [again, other]).reminders]


def test_reminders_go_on_after_the_clock_stepped_back():
    """Review 32: reminded at a clock 2 h ahead, then the clock stepped back: no reminder came
    until the clock had caught up, 2 hours later."""
    world = World()
    down = alert("APIDown", "critical", T0)
    world.at(T0 + 2 * HOUR, [down])
    assert len(world.at(T0 + 2 * HOUR + 2 * MIN, [down]).reminders) == 1
    world.at(T0 + 10 * MIN, [down])  # stepped back
    assert world.at(T0 + 11 * MIN, [down]).reminders == ()
    assert len(world.at(T0 + 12 * MIN, [down]).reminders) == 1


def test_a_summary_of_escalations_to_one_level_names_it():
    """Review 32: "Escalate: 4 alerts" did not say to whom; one alert's notice says "Escalate to L2"."""
    from oncall_tray.notify.attention_messages import attention_notices

    world = World()
    downs = [alert(f"Down{i}", "critical", T0) for i in range(4)]
    late = world.at(T0 + 16 * MIN, downs)
    titles = [n.title for n in attention_notices(late, world.tracker.snapshot.alerts, lambda _c, t: t, T0 + 16 * MIN)]
    assert "Escalate to L2: 4 alerts" in titles, titles
    # the names worst, oldest, then by name (review 33: in any order)
    shuffled = [alert("Esc3", "critical", T0), alert("Esc1", "critical", T0 - MIN), alert("Esc2", "critical", T0),
                alert("Esc0", "critical", T0)]
    late = world.at(T0 + 20 * MIN, downs + shuffled)
    (summary,) = [n for n in attention_notices(late, world.tracker.snapshot.alerts, lambda _c, t: t, T0 + 20 * MIN)
                  if n.title.startswith("Escalate")]
    assert summary.body.startswith("Esc1, Esc0, Esc2, Esc3"), summary.body


def test_a_missed_target_is_said_once_per_firing_even_if_it_leaves_that_state_for_a_while():
    """Review 29: after the clock stepped back and then forward, "Response target missed" and
    "Resolution target missed" came a second time in the same shift for the same alerts."""
    world = World()
    down = alert("APIDown", "warning", T0)
    first = world.at(T0 + 31 * MIN, [down])
    assert first.newly_overdue == ("APIDown",) and first.newly_unresolved == ("APIDown",)
    back = world.at(T0 + 3 * MIN, [down])  # the clock stepped back (NTP)
    assert back.overdue == () and back.newly_overdue == ()
    again = world.at(T0 + 32 * MIN, [down])
    assert again.overdue == ("APIDown",) and again.newly_overdue == () and again.newly_unresolved == ()
    world.at(T0 + 33 * MIN, [])  # resolved: a new firing is a new story
    refired = world.at(T0 + 80 * MIN, [alert("APIDown", "warning", T0 + 40 * MIN)])
    assert refired.newly_overdue == ("APIDown",)


def test_only_an_acknowledgement_gone_before_its_end_is_said_vanished():
    """``core.acknowledged.vanished_acknowledgements``: a silence gone from Alertmanager's list
    before its end (data lost) counts; one that ran out, or is still listed, does not."""
    from oncall_tray.core.acknowledged import vanished_acknowledgements

    acked = alert("APIDown", "critical", T0, silence="s1")
    now = T0 + 5 * MIN
    active = silence("s1", T0 + MIN, T0 + 16 * MIN)
    after = {"APIDown": alert("APIDown", "critical", T0)}
    assert vanished_acknowledgements({"APIDown": acked}, {"s1": active}, {}, after, now) == [(after["APIDown"], active)]
    assert vanished_acknowledgements({"APIDown": acked}, {"s1": active}, {"s1": active}, after, now) == []
    ran_out = silence("s1", T0 + MIN, T0 + 4 * MIN)
    assert vanished_acknowledgements({"APIDown": acked}, {"s1": ran_out}, {}, after, now) == []
    assert vanished_acknowledgements({"APIDown": acked}, {"s1": active}, {}, {}, now) == []  # resolved meanwhile


def test_no_acknowledgement_end_while_another_silence_covers_the_alert():
    """Review 44 F7: "Acknowledgement ends at 16:50: CertificateExpiringSoon" while four more
    silences, up to 24 h, covered it (Alertmanager listed only the first in its silencedBy)."""
    from oncall_tray.alertmanager.models import Matcher

    world = World()
    short = alert("CertExpiring", "warning", T0, silence="s1")
    longer = Silence(id="s2", matchers=(Matcher("alertname", "CertExpiring"),), starts_at=T0 + MIN,
                     ends_at=T0 + 24 * 60 * MIN, created_by="rita", comment="x", status=SilenceStatus("active"))
    near = world.at(T0 + 1 * MIN, [short], [silence("s1", T0, T0 + 2 * MIN), longer])
    assert near.expiring == ()
    alone = World()  # without the other silence it is said, as before
    said = alone.at(T0 + 1 * MIN, [short], [silence("s1", T0, T0 + 2 * MIN)])
    assert [(a.alertname, s.id) for a, s in said.expiring] == [("CertExpiring", "s1")]


def test_an_acknowledgement_that_ran_out_is_reminded_of_again():
    """Review 46 F1 (and 44 F6): a critical alert whose acknowledgement ended went on firing for
    7 minutes without a reminder, the header counting it unacknowledged. One whose silence
    Alertmanager lost (review 32) is still not reminded of."""
    world = World()
    down, lost = alert("APIDown", "critical", T0), alert("DBDown", "critical", T0)
    recorded = {"APIDown": T0 + MIN, "DBDown": T0 + MIN}
    ack = Silence(id="s1", matchers=(Matcher("alertname", "APIDown"),), starts_at=T0 + MIN, ends_at=T0 + 16 * MIN,
                  created_by="ana", comment="ACK!", status=SilenceStatus("expired"))
    older = Silence(id="s0", matchers=(Matcher("alertname", "DBDown"),), starts_at=T0 - HOUR, ends_at=T0 - MIN,
                    created_by="ana", comment="deploy", status=SilenceStatus("expired"))  # before the ack

    def at(now):
        snap = world.tracker.update([down, lost], now).snapshot
        return world.monitor.evaluate(snap, {"s1": ack, "s0": older}, world.contact.success(now), now,
                                      acknowledged=recorded)

    at(T0 + 16 * MIN)
    assert [a.alertname for a, _s in at(T0 + 18 * MIN).reminders] == ["APIDown"]
    assert [a.alertname for a, _s in at(T0 + 20 * MIN).reminders] == ["APIDown"]


def test_an_acknowledgement_that_ran_out_is_said_at_once_then_reminded():
    """Review 48 R10: a critical alert acknowledged for 2 min: "Acknowledgement ends at 21:23"
    came, then nothing when it ended while the alert fired; the first word, 1 min 38 s later, was
    the generic "Still unacknowledged", which did not say the acknowledgement had run out. Now
    the first poll after it ended says so (once), and reminders follow at their interval. An
    acknowledgement expired by hand (its silence updated when it ended) is not announced: the
    engineer ended it."""
    from msgspec.structs import replace

    world = World()
    down = alert("P99", "critical", T0)
    acked = alert("P99", "critical", T0, silence="s1")
    ack_at = T0 + 3 * MIN
    recorded = {"P99": ack_at}

    def at(now, alerts, silences):
        snap = world.tracker.update(alerts, now).snapshot
        return world.monitor.evaluate(snap, {s.id: s for s in silences}, world.contact.success(now), now,
                                      acknowledged=recorded)

    world.at(T0, [down])
    active = replace(silence("s1", ack_at, ack_at + 2 * MIN), updated_at=ack_at,  # P99's own: an acknowledgement
                     matchers=(Matcher(name="alertname", value="P99"),))
    assert at(ack_at + 8 * SEC, [acked], [active]).lapsed == ()
    ended = replace(active, status=SilenceStatus("expired"))
    lapsed = at(ack_at + 2 * MIN + 5 * SEC, [down], [ended])
    assert [(a.alertname, s.id) for a, _severity, s in lapsed.lapsed] == [("P99", "s1")]
    assert lapsed.reminders == ()  # the notice above is this poll's word
    from oncall_tray.notify.attention_messages import attention_notices

    (said,) = [n for n in attention_notices(lapsed, world.tracker.snapshot.alerts, lambda _c, text: text,
                                            ack_at + 2 * MIN + 5 * SEC, zone=dt.timezone.utc) if "ran out" in n.title]
    assert said.title == "Acknowledgement ran out: P99"
    assert said.body.startswith("It ended at 12:05 and the alert still fires. Acknowledge it again or escalate.")
    assert at(ack_at + 2 * MIN + 20 * SEC, [down], [ended]).lapsed == ()  # once
    assert at(ack_at + 4 * MIN + 5 * SEC, [down], [ended]).reminders  # then the reminders' cadence

    by_hand = World()
    by_hand.at(T0, [down])
    snap = by_hand.tracker.update([acked], ack_at + 8 * SEC).snapshot
    by_hand.monitor.evaluate(snap, {"s1": active}, by_hand.contact.success(ack_at + 8 * SEC), ack_at + 8 * SEC,
                             acknowledged=recorded)
    expired = replace(active, ends_at=ack_at + MIN, updated_at=ack_at + MIN,
                                  status=SilenceStatus("expired"))
    snap = by_hand.tracker.update([down], ack_at + MIN + 5 * SEC).snapshot
    assert by_hand.monitor.evaluate(snap, {"s1": expired}, by_hand.contact.success(ack_at + MIN + 5 * SEC),
                                    ack_at + MIN + 5 * SEC, acknowledged=recorded, expired_here={"s1"}).lapsed == ()
    # expired by someone else (amtool, Alertmanager's UI): said at once (fresh-user review 71 AP5)
    elsewhere = World()
    elsewhere.at(T0, [down])
    snap = elsewhere.tracker.update([acked], ack_at + 8 * SEC).snapshot
    elsewhere.monitor.evaluate(snap, {"s1": active}, elsewhere.contact.success(ack_at + 8 * SEC), ack_at + 8 * SEC,
                               acknowledged=recorded)
    snap = elsewhere.tracker.update([down], ack_at + MIN + 5 * SEC).snapshot
    told = elsewhere.monitor.evaluate(snap, {"s1": expired}, elsewhere.contact.success(ack_at + MIN + 5 * SEC),
                                      ack_at + MIN + 5 * SEC, acknowledged=recorded, expired_here={"other"})
    assert [(a.alertname, s.id) for a, _severity, s in told.lapsed] == [("P99", "s1")]
    (said,) = attention_notices(told, snap.alerts, lambda _c, text: text, ack_at + MIN + 5 * SEC, zone=dt.timezone.utc)
    assert (said.title, said.body.splitlines()[0]) == (
        "Acknowledgement ended outside oncall-tray: P99", "Expired at 12:04 (amtool, Alertmanager's UI): the alert "
        "fires without a silence. Acknowledge it again or escalate.")
    unknown = World()  # no journal to tell whose expire it was: not said, lest it be the engineer's own
    unknown.at(T0, [down])
    snap = unknown.tracker.update([acked], ack_at + 8 * SEC).snapshot
    unknown.monitor.evaluate(snap, {"s1": active}, unknown.contact.success(ack_at + 8 * SEC), ack_at + 8 * SEC,
                             acknowledged=recorded)
    snap = unknown.tracker.update([down], ack_at + MIN + 5 * SEC).snapshot
    assert unknown.monitor.evaluate(snap, {"s1": expired}, unknown.contact.success(ack_at + MIN + 5 * SEC),
                                    ack_at + MIN + 5 * SEC, acknowledged=recorded, expired_here=None).lapsed == ()
