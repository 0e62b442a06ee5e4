"""The alert tracker: events across successive polls of a real Alertmanager."""

from __future__ import annotations

import datetime as dt

import msgspec
from conftest import make_alert, resolve, silence, utcnow

from oncall_tray.alertmanager.client import AlertmanagerClient
from oncall_tray.alertmanager.models import Alert, AlertStatus
from oncall_tray.core.severity import Severity, SeverityMap
from oncall_tray.core.tracker import AlertTracker, EventKind


def kinds(update) -> set[tuple[EventKind, str]]:
    return {(e.kind, e.alert.alertname) for e in update.events}


def test_events_across_polls(alertmanager):
    a, b, c = make_alert("A", "critical"), make_alert("B", "warning"), make_alert("C", "info")
    alertmanager.post_alerts([a, b])
    tracker = AlertTracker(SeverityMap())
    with AlertmanagerClient(alertmanager.url) as client:
        first = tracker.update(client.alerts(), utcnow())
        assert first.initial and first.events == ()
        assert first.snapshot.unacknowledged == {Severity.CRITICAL: 1, Severity.WARNING: 1}
        assert first.snapshot.worst_unacknowledged is Severity.CRITICAL

        assert tracker.update(client.alerts(), utcnow()).events == ()  # nothing changed

        alertmanager.post_alerts([resolve(a), c])
        silence(alertmanager, {"alertname": "B"})
        second = tracker.update(client.alerts(), utcnow())
        assert not second.initial
        assert kinds(second) == {(EventKind.RESOLVED, "A"), (EventKind.FIRED, "C"), (EventKind.ACKNOWLEDGED, "B")}
        assert second.events[-1].kind is EventKind.RESOLVED
        assert second.snapshot.unacknowledged == {Severity.INFO: 1}
        assert second.snapshot.worst_unacknowledged is Severity.INFO
        # what needs action first: the silenced (acknowledged) warning after the info (review 69 AI7)
        assert [x.alertname for x in second.snapshot.ordered()] == ["C", "B"]


def test_expired_silence_unacknowledges(alertmanager):
    alertmanager.post_alerts([make_alert("B", "warning")])
    silence_id = silence(alertmanager, {"alertname": "B"})
    tracker = AlertTracker(SeverityMap())
    with AlertmanagerClient(alertmanager.url) as client:
        tracker.update(client.alerts(), utcnow())
        import httpx

        httpx.delete(f"{alertmanager.url}/api/v2/silence/{silence_id}").raise_for_status()
        update = tracker.update(client.alerts(), utcnow())
    assert kinds(update) == {(EventKind.UNACKNOWLEDGED, "B")}


BASE = utcnow()  # one instant for every fake: a new startsAt on a known fingerprint is a new firing


def fake(fp: str, severity: str, silenced: bool = False, started_minutes_ago: int = 1) -> Alert:
    return Alert(fingerprint=fp, labels={"alertname": fp, "severity": severity},
                 status=AlertStatus(state="suppressed" if silenced else "active",
                                    silenced_by=("s",) if silenced else ()),
                 starts_at=BASE - dt.timedelta(minutes=started_minutes_ago))


def test_severity_change_and_order_worst_then_oldest():
    tracker = AlertTracker(SeverityMap())
    tracker.update([fake("x", "warning")], utcnow())
    changed = msgspec.structs.replace(fake("x", "warning"), labels={"alertname": "x", "severity": "critical"})
    update = tracker.update([changed, fake("old", "critical", started_minutes_ago=30), fake("i", "info")], utcnow())
    sev = [e for e in update.events if e.kind is EventKind.SEVERITY_CHANGED]
    assert len(sev) == 1 and sev[0].previous_severity is Severity.WARNING and sev[0].severity is Severity.CRITICAL
    assert [a.fingerprint for a in update.snapshot.ordered()] == ["old", "x", "i"]


def test_all_acknowledged_has_no_worst():
    tracker = AlertTracker(SeverityMap())
    snap = tracker.update([fake("a", "critical", silenced=True)], utcnow()).snapshot
    assert snap.worst_unacknowledged is None and snap.unacknowledged_total == 0


def test_unchanged_alerts_are_shared_between_snapshots(alertmanager):
    """An alert equal to the previous poll's keeps the previous poll's object (memory: successive
    snapshots share their alerts); one Prometheus re-sent with a later endsAt, or changed, is the
    new object (the tray's client keeps that one too: never two copies); the tracker sorts again
    when the order may change."""
    start = utcnow() - dt.timedelta(minutes=10)
    a = make_alert("A", "warning", starts_at=start)
    b = make_alert("B", "warning", starts_at=start - dt.timedelta(minutes=5))
    alertmanager.post_alerts([a, b])
    tracker = AlertTracker(SeverityMap())
    with AlertmanagerClient(alertmanager.url) as client:
        first = tracker.update(client.alerts(), utcnow()).snapshot
        alertmanager.post_alerts([{**a, "endsAt": (utcnow() + dt.timedelta(hours=2)).isoformat()}])
        fresh = client.alerts()
        assert {x.alertname: x.ends_at for x in fresh}["A"] > first.alerts[fingerprint(first, "A")].ends_at
        second = tracker.update(fresh, utcnow())
        assert second.events == ()
        fp_a = fingerprint(first, "A")
        assert second.snapshot.alerts[fingerprint(first, "B")] is first.alerts[fingerprint(first, "B")]
        assert second.snapshot.alerts[fp_a] is not first.alerts[fp_a]
        assert second.snapshot.alerts[fp_a].ends_at > first.alerts[fp_a].ends_at
        assert [x.alertname for x in second.snapshot.ordered()] == ["B", "A"]

        alertmanager.post_alerts([{**b, "annotations": {"summary": "B is worse"}}])
        third = tracker.update(client.alerts(), utcnow()).snapshot
        fp_b = fingerprint(first, "B")
        assert third.alerts[fp_b] is not first.alerts[fp_b] and third.alerts[fp_b].summary == "B is worse"
        assert third.alerts[fp_a] is second.snapshot.alerts[fp_a]

        # B resolves and fires again, now younger than A: same fingerprint, new startsAt, new place.
        alertmanager.post_alerts([resolve(b)])
        alertmanager.post_alerts([{**b, "startsAt": utcnow().isoformat(),
                                   "endsAt": (utcnow() + dt.timedelta(hours=1)).isoformat()}])
        fourth = tracker.update(client.alerts(), utcnow())
        assert [x.alertname for x in fourth.snapshot.ordered()] == ["A", "B"]
        assert [(e.kind, e.alert.alertname) for e in fourth.events] == [(EventKind.RESOLVED, "B"), (EventKind.FIRED, "B")]
        assert fourth.events[0].alert is third.alerts[fp_b]


def fingerprint(snapshot, alertname: str) -> str:
    return next(fp for fp, alert in snapshot.alerts.items() if alert.alertname == alertname)


def test_the_tray_client_and_the_tracker_keep_one_copy_of_a_resent_alert(alertmanager):
    """The tray's client (``cooperative``: it returns the previous object for unchanged JSON) and
    the tracker agree on which object stands for an alert Prometheus re-sent with a later endsAt,
    so that the client's memory of the last poll and the snapshots never hold two copies."""
    a = make_alert("A", "warning", starts_at=utcnow() - dt.timedelta(minutes=3))
    alertmanager.post_alerts([a])
    tracker = AlertTracker(SeverityMap())
    with AlertmanagerClient(alertmanager.url, cooperative=True) as client:
        tracker.update(client.alerts(), utcnow())
        alertmanager.post_alerts([{**a, "endsAt": (utcnow() + dt.timedelta(hours=2)).isoformat()}])
        for _ in range(2):
            (returned,) = client.alerts()
            snapshot = tracker.update([returned], utcnow()).snapshot
            assert snapshot.alerts[returned.fingerprint] is returned


def test_a_tracker_resumed_from_another_s_snapshot_goes_on_from_it(alertmanager):
    # new settings build a new tracker: what the old one knew is not new (fresh-user review)
    a, b = make_alert("A", "critical"), make_alert("B", "sev2")
    alertmanager.post_alerts([a, b])
    with AlertmanagerClient(alertmanager.url) as client:
        before = AlertTracker(SeverityMap()).update(client.alerts(), utcnow()).snapshot
        assert before.severities[fingerprint_of(before, "B")] is Severity.UNKNOWN
        same = AlertTracker(SeverityMap())
        same.resume(before)
        assert same.snapshot is before
        alertmanager.post_alerts([make_alert("C", "warning")])
        after = same.update(client.alerts(), utcnow())
        assert not after.initial and kinds(after) == {(EventKind.FIRED, "C")}
        assert after.snapshot.sequence == before.sequence + 1

        remapped = AlertTracker(SeverityMap({"sev2": "warning"}))  # the synonyms changed too
        remapped.resume(before)
        assert remapped.snapshot.severities[fingerprint_of(before, "B")] is Severity.WARNING
        assert remapped.snapshot.unacknowledged == {Severity.CRITICAL: 1, Severity.WARNING: 1}
        assert remapped.snapshot.sequence == before.sequence + 1  # a view of ``before`` loads afresh
        assert kinds(remapped.update(client.alerts(), utcnow())) == {(EventKind.FIRED, "C")}

        fresh = AlertTracker(SeverityMap())
        fresh.resume(None)
        assert fresh.update(client.alerts(), utcnow()).initial


def fingerprint_of(snapshot, name: str) -> str:
    (fp,) = [fp for fp, alert in snapshot.alerts.items() if alert.alertname == name]
    return fp


def test_a_flapping_alert_counts_its_firings_within_the_flap_window(alertmanager):
    # found by fresh-user reviews: a flapping alert was announced as new at every cycle (9); a
    # re-fire that overlaps the last firing is merged by Alertmanager into its startsAt, and was
    # then not counted (12)
    now = utcnow()
    tracker = AlertTracker(SeverityMap())
    with AlertmanagerClient(alertmanager.url) as client:
        def poll():
            return [e for e in tracker.update(client.alerts(), utcnow()).events if e.kind is EventKind.FIRED]

        poll()  # the first poll: a summary, no events
        firings = []
        # fires, resolves, fires again: ended before the next start as Prometheus reports it,
        # then (12 -> 11) a re-fire that starts before the last end, which Alertmanager merges
        for start, end in ((20, 18), (12, 10), (11, 9), (4, None)):
            alert = make_alert("Flappy", "critical", starts_at=now - dt.timedelta(minutes=start))
            alertmanager.post_alerts([alert])
            (fired,) = poll()
            firings.append(fired.firings)
            if end is not None:
                alertmanager.post_alerts([{**alert, "endsAt": (now - dt.timedelta(minutes=end)).isoformat()}])
                assert poll() == []
        assert firings == [1, 2, 3, 4]


def test_a_firing_counts_the_resolutions_of_the_last_hour():
    def flappy(start: dt.datetime) -> Alert:
        return Alert(fingerprint="f1", labels={"alertname": "Flappy"}, starts_at=start,
                     status=AlertStatus("active", ()))

    t0 = dt.datetime(2026, 12, 4, 12, 0, tzinfo=dt.timezone.utc)
    tracker = AlertTracker(SeverityMap())
    tracker.update([flappy(t0)], t0)
    # resolved and fired again between two polls (a new startsAt): a flap
    events = tracker.update([flappy(t0 + dt.timedelta(minutes=5))], t0 + dt.timedelta(minutes=5)).events
    assert [(e.kind, e.firings) for e in events] == [(EventKind.RESOLVED, 1), (EventKind.FIRED, 2)]
    assert [e.kind for e in tracker.update([], t0 + dt.timedelta(minutes=6)).events] == [EventKind.RESOLVED]
    # firing again 50 minutes after it resolved: still the same episode
    events = tracker.update([flappy(t0 + dt.timedelta(minutes=56))], t0 + dt.timedelta(minutes=56)).events
    assert [(e.kind, e.firings) for e in events] == [(EventKind.FIRED, 3)]
    tracker.update([], t0 + dt.timedelta(minutes=57))
    # two hours after that: the earlier resolutions are outside the window
    events = tracker.update([flappy(t0 + dt.timedelta(hours=3))], t0 + dt.timedelta(hours=3)).events
    assert [(e.kind, e.firings) for e in events] == [(EventKind.FIRED, 1)]


def test_an_alert_posted_without_startsat_starts_when_first_seen(alertmanager):
    """Alertmanager gives an alert posted without ``startsAt`` its ``endsAt`` as start (a script's
    test alert): the tray showed it "0m" old with "respond in 1h04m" for a critical alert, the
    guide's 5 minutes nowhere. It starts when Alertmanager received it (``updatedAt``, before the
    tracker first saw it), at every poll after, also once that ``endsAt`` has passed, and in a
    tracker resumed from the snapshot."""
    from oncall_tray.core.sla import SlaPolicy

    now = utcnow()
    posted = make_alert("Scripted", "critical", ends_at=now + dt.timedelta(hours=1))
    assert "startsAt" not in posted
    alertmanager.post_alerts([posted, make_alert("Real", "warning", starts_at=now - dt.timedelta(minutes=3))])
    tracker = AlertTracker(SeverityMap())
    with AlertmanagerClient(alertmanager.url) as client:
        said = {a.alertname: a for a in client.alerts()}
        assert said["Scripted"].starts_at > now + dt.timedelta(minutes=59)  # as Alertmanager gives it
        seen = utcnow()
        first = tracker.update(client.alerts(), seen).snapshot
        scripted = next(a for a in first.alerts.values() if a.alertname == "Scripted")
        assert scripted.starts_at == said["Scripted"].updated_at and scripted.ends_at == said["Scripted"].ends_at
        assert now <= scripted.starts_at <= seen  # when it was posted (updatedAt), before this poll
        seen = scripted.starts_at
        real = next(a for a in first.alerts.values() if a.alertname == "Real")
        assert real is not None and real.starts_at == said["Real"].starts_at  # a start in the past: as given
        clock = SlaPolicy().clock(scripted, Severity.CRITICAL, now=seen + dt.timedelta(minutes=1))
        assert clock.respond_remaining_s == 240  # the guide's 5 minutes, from when it was seen

        alertmanager.post_alerts([{**posted, "endsAt": (now + dt.timedelta(hours=2)).isoformat()}])  # re-sent
        for later in (10, 61, 90, 130):  # minutes: past the startsAt Alertmanager gives (now + 2 h), too
            update = tracker.update(client.alerts(), seen + dt.timedelta(minutes=later))
            assert update.events == (), (later, update.events)
            assert update.snapshot.alerts[scripted.fingerprint].starts_at == seen
        resumed = AlertTracker(SeverityMap())
        resumed.resume(tracker.snapshot)
        update = resumed.update(client.alerts(), seen + dt.timedelta(minutes=131))
        assert update.events == () and update.snapshot.alerts[scripted.fingerprint].starts_at == seen


def test_a_clock_stepped_back_does_not_make_a_firing_alert_fire_again():
    """Review 29: the desktop clock stepped back 10 minutes (NTP on a laptop); an alert begun 4.5
    minutes before now had its start "in the future", was taken as posted without a start, and
    so fired a second time ("Fired 2 times"), with a false resolution and a start 10 minutes too
    late kept for good. An alert the previous poll had with that very start keeps it."""
    t0 = dt.datetime(2026, 12, 5, 7, 38, 40, tzinfo=dt.timezone.utc)
    began = t0 - dt.timedelta(minutes=4.5)
    crit = Alert(fingerprint="c", labels={"alertname": "ClockCrit", "severity": "critical"},
                 status=AlertStatus("active"), starts_at=began)
    tracker = AlertTracker(SeverityMap())
    tracker.update([crit], t0)
    back = tracker.update([crit], t0 - dt.timedelta(minutes=10))  # the clock stepped back
    assert not back.events and back.snapshot.alerts["c"].starts_at == began
    again = tracker.update([crit], t0 + dt.timedelta(seconds=30))  # and forward again
    assert not again.events and again.snapshot.alerts["c"].starts_at == began
    # a new alert posted with a start in the future is still taken as started when first seen
    ahead = Alert(fingerprint="f", labels={"alertname": "Ahead"}, status=AlertStatus("active"),
                  starts_at=t0 + dt.timedelta(hours=1))
    seen = tracker.update([crit, ahead], t0 + dt.timedelta(minutes=1)).snapshot.alerts["f"]
    assert seen.starts_at <= t0 + dt.timedelta(minutes=1)


def test_a_restarted_tracker_takes_back_the_flap_history():
    """Review 31: after a restart, each flapping alert's resolution was said at once ("Resolved:
    Churn26"), its earlier firings forgotten. The journal's resolutions within the hour
    (``shifts.recent_resolutions``) are taken back (``recall_ended``)."""
    from oncall_tray.core.journal import Journal
    from oncall_tray.core.journal_schema import EventKind as JournalKind
    from oncall_tray.core.shifts import recent_resolutions

    t0 = dt.datetime(2026, 12, 5, 7, 0, tzinfo=dt.timezone.utc)
    flappy = Alert(fingerprint="f", labels={"alertname": "Churn26", "severity": "warning"},
                   status=AlertStatus("active"), starts_at=t0)
    tracker = AlertTracker(SeverityMap())
    tracker.recall_ended({"f": [t0 + dt.timedelta(minutes=5), t0 + dt.timedelta(minutes=10)]})
    tracker.update([flappy], t0 + dt.timedelta(minutes=12))  # the first poll after the restart
    (resolved,) = tracker.update([], t0 + dt.timedelta(minutes=13)).events
    assert resolved.kind is EventKind.RESOLVED and resolved.firings == 3  # flapping: not said at once
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as folder:
        journal = Journal(Path(folder) / "journal.db")
        for minutes in (5, 10, 70):
            journal.record(JournalKind.RESOLVED, at=t0 + dt.timedelta(minutes=minutes), fingerprint="f",
                           alertname="Churn26")
        assert recent_resolutions(journal, t0 + dt.timedelta(minutes=7)) == {
            "f": [t0 + dt.timedelta(minutes=10), t0 + dt.timedelta(minutes=70)]}
        journal.close()
