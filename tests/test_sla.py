"""SLA clocks and escalation levels (core/sla.py), with an injected ``now``: the guide's
targets at their exact boundaries, acknowledgement and resolution stopping the clocks, and the
info alerts' business days across weekends and daylight-saving changes."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from oncall_tray.alertmanager.models import Alert, AlertStatus, Matcher, Silence, SilenceStatus
from oncall_tray.core.severity import Severity
from oncall_tray.core.sla import (AMBER_FRACTION, L1, L2, L3, BusinessHours, SlaPolicy, Targets,
                                  acknowledged_at, clocks_for)

UTC = dt.timezone.utc
T0 = dt.datetime(2025, 3, 4, 12, 0, tzinfo=UTC)  # a Tuesday
POLICY = SlaPolicy()
TICK = dt.timedelta(microseconds=1)


def alert(starts_at: dt.datetime | None = T0, silenced_by: tuple[str, ...] = (), fp: str = "f1") -> Alert:
    return Alert(fingerprint=fp, labels={"alertname": "APIDown"}, starts_at=starts_at,
                 status=AlertStatus(state="suppressed" if silenced_by else "active", silenced_by=silenced_by))


def at(minutes: float = 0, seconds: float = 0) -> dt.datetime:
    return T0 + dt.timedelta(minutes=minutes, seconds=seconds)


def clock(severity=Severity.CRITICAL, now=None, acked=None, resolved=None, start=T0, policy=POLICY):
    return policy.clock(alert(start), severity, acked, resolved, now=now)


# -- critical: respond < 5 min, resolve < 15 min, L2 past 15 min, L3 past 1 h -------------------

def test_critical_deadlines_are_the_guides():
    c = clock(now=at(1))
    assert c.respond_by == at(5) and c.resolve_by == at(15)
    assert c.respond_remaining_s == 240 and c.resolve_remaining_s == 840
    assert not c.responded and not c.resolved and c.escalation == L1
    assert c.next_escalation_at == at(15)
    assert c.respond_by.tzinfo is UTC


def test_response_boundary_remaining_zero_is_still_on_time():
    """Decision: "within 5 min" includes 5:00 exactly; missed once strictly past."""
    assert not clock(now=at(4, 59)).response_missed
    exactly = clock(now=at(5))
    assert exactly.respond_remaining_s == 0 and not exactly.response_missed
    assert exactly.fraction_left("respond") == 0.0
    late = clock(now=at(5) + TICK)
    assert late.response_missed and late.respond_remaining_s < 0
    assert clock(now=at(7)).respond_remaining_s == -120


def test_resolution_boundary_and_l2_at_fifteen_minutes():
    """At 15:00 exactly the target is still met and no escalation is due; just past, both."""
    exactly = clock(now=at(15))
    assert exactly.resolve_remaining_s == 0 and not exactly.resolution_missed
    assert exactly.escalation == L1 and exactly.next_escalation_at == at(15)
    past = clock(now=at(15) + TICK)
    assert past.resolution_missed and past.escalation == L2
    assert past.next_escalation_at == at(60)
    assert clock(now=at(16)).escalation == L2


def test_l3_past_one_hour():
    assert clock(now=at(60)).escalation == L2
    later = clock(now=at(60) + TICK)
    assert later.escalation == L3 and later.next_escalation_at is None
    assert clock(now=at(600)).escalation == L3


def test_acknowledgement_stops_the_response_clock_only():
    acked = at(3)
    for minutes in (4, 10, 50):
        c = clock(now=at(minutes), acked=acked)
        assert c.responded
        assert c.respond_remaining_s == 120  # frozen at the acknowledgement
        assert not c.response_missed
    c = clock(now=at(16), acked=acked)
    assert c.escalation == L2 and c.resolve_remaining_s == -60  # resolution clock goes on
    late_ack = clock(now=at(10), acked=at(8))
    assert late_ack.responded and late_ack.response_missed and late_ack.respond_remaining_s == -180


def test_acknowledgement_before_the_start_or_in_the_future():
    ahead = clock(now=at(10), acked=at(-30))  # a maintenance silence made in advance
    assert ahead.responded and ahead.respond_remaining_s == 300
    future = clock(now=at(2), acked=at(4))
    assert not future.responded and future.respond_remaining_s == 180


def test_resolution_stops_every_clock_and_the_escalation():
    c = clock(now=at(70), resolved=at(10))
    assert c.resolved and not c.responded
    assert c.resolve_remaining_s == 300 and c.respond_remaining_s == -300
    assert c.escalation == L1 and c.next_escalation_at is None and c.elapsed_s == 600
    reached = clock(now=at(70), resolved=at(20), acked=at(2))
    assert reached.escalation == L2 and reached.respond_remaining_s == 180


def test_fraction_left_and_amber():
    assert clock(now=at(0)).fraction_left() == 1.0
    assert clock(now=at(12)).fraction_left("resolve") == pytest.approx(AMBER_FRACTION)
    assert clock(now=at(1)).fraction_left("respond") == pytest.approx(0.8)
    assert clock(now=at(30)).fraction_left() == 0.0
    assert clock(Severity.INFO, now=at(1)).fraction_left("resolve") is None
    with pytest.raises(ValueError):
        clock(now=at(1)).fraction_left("ack")


# -- warning, unknown, info ----------------------------------------------------------------

def test_warning_targets_and_no_escalation_by_default():
    c = clock(Severity.WARNING, now=at(10))
    assert c.respond_by == at(15) and c.resolve_by == at(30)
    assert clock(Severity.WARNING, now=at(180)).escalation == L1
    assert clock(Severity.WARNING, now=at(180)).next_escalation_at is None


def test_warning_escalation_when_configured():
    policy = SlaPolicy(warning=Targets(dt.timedelta(minutes=15), dt.timedelta(minutes=30),
                                       dt.timedelta(minutes=30), dt.timedelta(minutes=120)))
    assert clock(Severity.WARNING, now=at(30), policy=policy).escalation == L1
    assert clock(Severity.WARNING, now=at(31), policy=policy).escalation == L2
    assert clock(Severity.WARNING, now=at(121), policy=policy).escalation == L3


def test_unknown_severity_is_treated_like_warning():
    unknown, warning = clock(Severity.UNKNOWN, now=at(20)), clock(Severity.WARNING, now=at(20))
    assert (unknown.respond_by, unknown.resolve_by, unknown.escalation) == \
           (warning.respond_by, warning.resolve_by, warning.escalation)
    assert unknown.severity is Severity.UNKNOWN


def test_info_is_due_the_next_business_day_with_no_resolution_target():
    c = clock(Severity.INFO, now=at(60 * 30))
    # all of Wednesday, the next business day (review 57 S9: due at 09:00, every weekend's info
    # alert was overdue first thing on Monday)
    assert c.respond_by == dt.datetime(2025, 3, 5, 18, 0, tzinfo=UTC)  # Wednesday, at closing
    assert c.resolve_by is None and c.resolve_remaining_s is None and not c.resolution_missed
    assert c.escalation == L1 and c.next_escalation_at is None


def test_no_start_time_gives_no_targets():
    c = POLICY.clock(alert(None), Severity.CRITICAL, now=T0)
    assert c.respond_by is None and c.resolve_by is None and c.escalation == L1
    assert not c.response_missed and c.fraction_left() is None


def test_naive_datetimes_are_refused():
    with pytest.raises(ValueError):
        clock(now=dt.datetime(2025, 3, 4, 12, 0))
    with pytest.raises(ValueError):
        clock(now=at(5), acked=dt.datetime(2025, 3, 4, 12, 1))


# -- business days and hours ---------------------------------------------------------------

def local(zone: str, *args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=ZoneInfo(zone))


@pytest.mark.parametrize("start, due", [
    ((2025, 3, 7, 17, 30), (2025, 3, 10, 9, 0)),   # Friday in hours -> Monday
    ((2025, 3, 8, 11, 0), (2025, 3, 10, 9, 0)),    # Saturday -> Monday
    ((2025, 3, 4, 3, 0), (2025, 3, 4, 9, 0)),      # Tuesday before opening -> that morning
    ((2025, 3, 4, 9, 0), (2025, 3, 5, 9, 0)),      # at opening exactly -> the next day's
    ((2025, 3, 4, 20, 0), (2025, 3, 5, 9, 0)),     # after closing -> next morning
    ((2025, 3, 7, 23, 59), (2025, 3, 10, 9, 0)),   # Friday night -> Monday
])
def test_next_opening_in_sao_paulo(start, due):
    """America/Sao_Paulo: UTC-3 all year since 2019 (no daylight saving)."""
    hours = BusinessHours(zone=ZoneInfo("America/Sao_Paulo"))
    opening = hours.next_opening(local("America/Sao_Paulo", *start))
    assert opening == local("America/Sao_Paulo", *due)
    assert opening.utcoffset() == dt.timedelta(0) and opening.hour == 12  # 09:00-03:00 in UTC


def test_info_alert_friday_evening_is_due_monday_at_closing():
    policy = SlaPolicy(business=BusinessHours(zone=ZoneInfo("America/Sao_Paulo")))
    start = local("America/Sao_Paulo", 2025, 11, 14, 17, 30)
    c = policy.clock(alert(start), Severity.INFO, now=start + dt.timedelta(hours=1))
    assert c.respond_by == dt.datetime(2025, 11, 17, 21, 0, tzinfo=UTC)  # 18:00 in São Paulo
    assert c.respond_remaining_s == (c.respond_by - start).total_seconds() - 3600


@pytest.mark.parametrize("zone, start, due_utc", [
    # Europe/Berlin: summer time from Sunday 2025-03-30, winter time from Sunday 2025-10-26.
    ("Europe/Berlin", (2025, 3, 28, 17, 30), (2025, 3, 31, 7, 0)),
    ("Europe/Berlin", (2025, 10, 24, 17, 30), (2025, 10, 27, 8, 0)),
    # America/New_York: daylight time from Sunday 2025-03-09, standard from Sunday 2025-11-02.
    ("America/New_York", (2025, 3, 7, 17, 30), (2025, 3, 10, 13, 0)),
    ("America/New_York", (2025, 10, 31, 17, 30), (2025, 11, 3, 14, 0)),
    # America/Sao_Paulo kept UTC-3 in the months it used to have summer time.
    ("America/Sao_Paulo", (2025, 1, 10, 17, 30), (2025, 1, 13, 12, 0)),
])
def test_next_opening_across_daylight_saving_changes(zone, start, due_utc):
    hours = BusinessHours(zone=ZoneInfo(zone))
    opening = hours.next_opening(local(zone, *start))
    assert opening == dt.datetime(*due_utc, tzinfo=UTC)
    assert opening.astimezone(ZoneInfo(zone)).time() == dt.time(9, 0)


def test_an_opening_skipped_by_the_change_counts_with_the_old_offset():
    hours = BusinessHours(days=frozenset(range(7)), opens=dt.time(2, 30), zone=ZoneInfo("Europe/Berlin"))
    opening = hours.next_opening(local("Europe/Berlin", 2025, 3, 29, 12, 0))
    assert opening == dt.datetime(2025, 3, 30, 1, 30, tzinfo=UTC)  # 03:30 summer time


def _first_opening_after(hours: BusinessHours, after: dt.datetime) -> dt.datetime:
    """The definition, day by day from ``after``'s local day, as a reference."""
    day = after.astimezone(hours.zone).date()
    for offset in range(8):
        date = day + dt.timedelta(days=offset)
        if date.weekday() in hours.days:
            opening = dt.datetime.combine(date, hours.opens, tzinfo=hours.zone).astimezone(UTC)
            if opening > after:
                return opening
    raise AssertionError("no business day within a week")


@pytest.mark.parametrize("zone, days, opens", [
    ("America/Sao_Paulo", frozenset(range(5)), dt.time(9)),
    ("Europe/Berlin", frozenset(range(5)), dt.time(9)),
    ("America/New_York", frozenset({6}), dt.time(9)),          # Sundays only: up to a week ahead
    ("Europe/Berlin", frozenset({5, 6}), dt.time(2, 30)),       # weekends, an opening DST skips
    ("Pacific/Chatham", frozenset({0, 3}), dt.time(23, 45)),    # +12:45/+13:45, late openings
])
def test_next_opening_agrees_with_the_definition_at_any_time(zone, days, opens):
    """Every 97 minutes over a year (both daylight-saving changes; every weekday and hour), also
    one second before and at each opening: the first opening strictly after, as the definition
    gives it."""
    hours = BusinessHours(days=days, opens=opens, closes=dt.time(23, 59), zone=ZoneInfo(zone))
    start = dt.datetime(2025, 1, 1, tzinfo=UTC)
    times = [start + dt.timedelta(minutes=97 * i) for i in range(365 * 24 * 60 // 97)]
    openings = {_first_opening_after(hours, t) for t in times}
    times += [o - dt.timedelta(seconds=1) for o in openings] + list(openings)
    for t in times:
        assert hours.next_opening(t.astimezone(ZoneInfo(zone))) == _first_opening_after(hours, t), t


def test_the_next_business_day_ends_at_its_closing_across_a_weekend_and_summer_time():
    hours = BusinessHours(zone=ZoneInfo("Europe/Berlin"))
    # Friday 2025-03-28 evening: Monday 31st, summer time since Sunday: 18:00 is 16:00 UTC
    assert hours.next_business_day_end(local("Europe/Berlin", 2025, 3, 28, 19, 0)) == \
        dt.datetime(2025, 3, 31, 16, 0, tzinfo=UTC)
    # a Tuesday at 03:00: that Tuesday (it opens later that day)
    assert hours.next_business_day_end(local("Europe/Berlin", 2025, 3, 4, 3, 0)) == \
        dt.datetime(2025, 3, 4, 17, 0, tzinfo=UTC)


def test_next_opening_keeps_nothing_per_alert():
    """Ten thousand alerts that started in one week share one entry (the answers kept by start
    time held every resolved alert's start long after it resolved: memory_breakdown --cycles)."""
    hours = BusinessHours(zone=ZoneInfo("America/Sao_Paulo"))
    start = local("America/Sao_Paulo", 2025, 3, 3, 0, 0)
    for i in range(10_000):
        hours.next_opening(start + dt.timedelta(seconds=60 * i + 0.5))
    assert len(hours._weeks) == 1


def test_is_open_and_custom_days():
    hours = BusinessHours(zone=ZoneInfo("America/Sao_Paulo"))
    assert hours.is_open(local("America/Sao_Paulo", 2025, 3, 4, 9, 0))
    assert not hours.is_open(local("America/Sao_Paulo", 2025, 3, 4, 18, 0))
    assert not hours.is_open(local("America/Sao_Paulo", 2025, 3, 8, 12, 0))  # Saturday
    saturdays = BusinessHours(days=frozenset({5}), zone=UTC)
    assert saturdays.next_opening(T0) == dt.datetime(2025, 3, 8, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize("kwargs", [{"days": frozenset()}, {"days": frozenset({7})},
                                    {"opens": dt.time(18), "closes": dt.time(9)}])
def test_impossible_business_hours_are_refused(kwargs):
    with pytest.raises(ValueError):
        BusinessHours(**kwargs)


# -- acknowledgement from Alertmanager's silences --------------------------------------------

def a_silence(sid: str, starts_at: dt.datetime, state: str = "active") -> Silence:
    return Silence(id=sid, matchers=(Matcher(name="alertname", value="APIDown"),), starts_at=starts_at,
                   ends_at=starts_at + dt.timedelta(minutes=15),
                   created_by="ana", comment="ACK!", status=SilenceStatus(state=state))


def test_acknowledged_at_is_the_earliest_covering_silence():
    silences = {s.id: s for s in (a_silence("a", at(4)), a_silence("b", at(2)), a_silence("c", at(1), "pending"),
                                  a_silence("other", at(0)))}
    assert acknowledged_at(alert(silenced_by=("a", "b", "c", "gone")), silences) == at(2)
    assert acknowledged_at(alert(), silences) is None
    assert acknowledged_at(alert(silenced_by=("gone",)), silences) is None


def test_clocks_for_a_poll():
    alerts = [alert(silenced_by=("a",), fp="acked"), alert(fp="open")]
    clocks = clocks_for(alerts, {"acked": Severity.CRITICAL, "open": Severity.WARNING},
                        [a_silence("a", at(3))], at(20), POLICY)
    assert clocks["acked"].responded and clocks["acked"].respond_remaining_s == 120
    assert clocks["acked"].escalation == L2
    assert not clocks["open"].responded and clocks["open"].respond_remaining_s == -300
