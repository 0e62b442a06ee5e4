"""Resolved alerts whose silence is still active: the notices follow the burst rule (pure logic)."""

from __future__ import annotations

import datetime as dt

from oncall_tray.alertmanager.models import Alert, AlertStatus, Silence, SilenceStatus
from oncall_tray.core.contact import ContactMonitor
from oncall_tray.core.severity import SeverityMap
from oncall_tray.core.tracker import AlertTracker, EventKind
from oncall_tray.notify.left_behind import with_left_behind
from oncall_tray.notify.poll_plan import plan
from oncall_tray.watch import PollResult

T0 = dt.datetime(2026, 11, 30, 12, tzinfo=dt.timezone.utc)


def tr(_context: str, text: str) -> str:
    return text


def alert(name: str, silence: str = "") -> Alert:
    return Alert(fingerprint=name, labels={"alertname": name, "severity": "critical"},
                 status=AlertStatus("suppressed" if silence else "active", (silence,) if silence else ()))


def silence(sid: str) -> Silence:
    return Silence(id=sid, matchers=(), starts_at=T0, ends_at=T0 + dt.timedelta(hours=1), created_by="ana",
                   comment="ACK!", status=SilenceStatus("active"))


def resolve(alerts: list[Alert], silences: list[Silence], threshold: int = 3, staying: list[Alert] = ()):
    """The notices of the poll in which ``alerts`` resolve (``staying`` keep firing)."""
    tracker, contact = AlertTracker(SeverityMap()), ContactMonitor()
    tracker.update(list(alerts) + list(staying), T0)
    update = tracker.update(list(staying), T0)
    notices = plan(PollResult(update, contact.success(T0)), tr, threshold)
    ended = [e for e in update.events if e.kind is EventKind.RESOLVED]
    return with_left_behind(notices, [e.alert for e in ended], {s.id: s for s in silences}, staying, tr, threshold,
                            severities={e.alert.fingerprint: e.severity for e in ended})


def test_one_acknowledged_alert_resolving_gives_its_own_notice_instead_of_resolved():
    (notice,) = resolve([alert("APIDown", "s1")], [silence("s1")])
    assert notice.title == "Resolved: APIDown (silence still active)"
    assert notice.fingerprint == "APIDown" and notice.quiet
    assert "Expire it in the Silences tab" in notice.body


def test_many_acknowledged_alerts_resolving_at_once_make_one_notice_naming_them():
    names = [f"A{i}" for i in range(5)]
    notices = resolve([alert(n, f"s{n}") for n in names], [silence(f"s{n}") for n in names])
    assert len(notices) == 1, [n.title for n in notices]
    (notice,) = notices
    assert notice.title == "Resolved: 5 alerts (5 silences still active)"
    assert "A0, A1, A2, A3, A4" in notice.body and "Silences tab" in notice.body and notice.quiet


def test_fifty_make_one_notice_with_the_usual_number_of_names():
    names = [f"A{i:02}" for i in range(50)]
    (notice,) = resolve([alert(n, f"s{n}") for n in names], [silence(f"s{n}") for n in names])
    assert notice.title == "Resolved: 50 alerts (50 silences still active)"
    assert "A07\u00a0…\u00a0(+42)" in notice.body and "A08" not in notice.body


def test_one_silence_over_twenty_resolved_alerts_names_them_all():
    names = [f"B{i:02}" for i in range(20)]
    (notice,) = resolve([alert(n, "shared") for n in names], [silence("shared")])
    assert notice.title == "Resolved: 20 alerts (silence still active)"
    assert "B00, B01" in notice.body and "(+12)" in notice.body
    assert "Silence by ana" in notice.body and "Expire it in the Silences tab" in notice.body


def test_one_silence_over_two_resolved_alerts_names_both():
    (notice,) = resolve([alert("X", "shared"), alert("Y", "shared")], [silence("shared")])
    assert notice.title == "Resolved: 2 alerts (silence still active)"
    assert notice.body.startswith("X, Y\n")


def test_threshold_or_fewer_silences_give_one_notice_each():
    notices = resolve([alert(n, f"s{n}") for n in "ABC"], [silence(f"s{n}") for n in "ABC"])
    assert [n.title for n in notices] == [f"Resolved: {n} (silence still active)" for n in "ABC"]


def test_other_resolved_alerts_keep_the_resolved_summary():
    plain = [alert(f"P{i}") for i in range(4)]
    notices = resolve(plain + [alert(n, f"s{n}") for n in "ABCD"], [silence(f"s{n}") for n in "ABCD"])
    # the summary counts the others only: each resolution in one notification (review 43 F5)
    assert [n.title for n in notices] == ["4 alerts resolved", "Resolved: 4 alerts (4 silences still active)"]
    assert "P0" in notices[0].body and "A" not in notices[0].body.split("\n")[1]


def test_a_silence_still_muting_a_firing_alert_is_not_offered():
    staying = Alert(fingerprint="Z", labels={"alertname": "Z"}, status=AlertStatus("suppressed", ("shared",)))
    (notice,) = resolve([alert("X", "shared")], [silence("shared")], staying=[staying])
    assert notice.title == "Resolved: X"


def test_an_acknowledged_alert_resolving_among_others_is_in_one_notice_only():
    """Review 43 F5: DatabaseConnectionPoolExhausted (its silence still active) resolved with 3
    HighLatencyP95: "4 alerts resolved" named it, and its own notice came too."""
    others = [Alert(fingerprint=f"p{i}", labels={"alertname": "HighLatencyP95", "severity": "warning"},
                    status=AlertStatus("active")) for i in range(4)]
    notices = resolve([alert("DatabaseConnectionPoolExhausted", "s1"), *others], [silence("s1")])
    titles = [n.title for n in notices]
    assert titles[0] == "4 alerts resolved" and len(titles) == 2, titles
    assert titles[1].startswith("Resolved: DatabaseConnectionPoolExhausted (silence still"), titles  # (cut at 64)
    assert "DatabaseConnectionPoolExhausted" not in notices[0].body and "HighLatencyP95 ×4" in notices[0].body
    assert notices[0].quiet


def test_one_plain_resolution_left_over_gets_its_own_resolved_notice():
    """Review 63 Z5: 8 alerts resolved in one poll, 7 with their acknowledgement silences left
    behind: the one left over was "1 alerts resolved"; it gets "Resolved: X" with where it fired,
    as any single resolution does."""
    plain = Alert(fingerprint="h", labels={"alertname": "HighHTTPErrorRate", "severity": "warning",
                                           "service": "backend", "instance": "api-1:3001"},
                  status=AlertStatus("active"))
    acked = [alert(f"A{i}", f"s{i}") for i in range(7)]
    notices = resolve([plain, *acked], [silence(f"s{i}") for i in range(7)])
    assert [n.title for n in notices] == ["Resolved: HighHTTPErrorRate",
                                          "Resolved: 7 alerts (7 silences still active)"]
    assert notices[0].fingerprint == "h" and notices[0].quiet and "backend / api-1:3001" in notices[0].body


def test_plain_resolutions_left_over_within_the_threshold_each_get_their_notice():
    plain = [alert(f"P{i}") for i in range(2)]
    notices = resolve(plain + [alert(n, f"s{n}") for n in "ABCD"], [silence(f"s{n}") for n in "ABCD"])
    assert [n.title for n in notices] == ["Resolved: P0", "Resolved: P1", "Resolved: 4 alerts (4 silences still active)"]
