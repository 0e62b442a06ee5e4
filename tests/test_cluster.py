"""An Alertmanager HA cluster (issue 6): the merge rules, and a real two-member cluster
gossiping on loopback with one member stopped mid-test."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import subprocess
import sys
import time

import httpx
import pytest
from conftest import make_alert, resolve, settings_file, utcnow

from oncall_tray.alertmanager.client import AlertmanagerClient, AlertQuery
from oncall_tray.alertmanager.cluster import ClusterClient, merge_alerts, merge_silences
from oncall_tray.alertmanager.errors import Unreachable
from oncall_tray.alertmanager.models import Alert, AlertStatus, Silence, SilenceStatus
from oncall_tray.cluster_watch import RESTART_GRACE, ClusterWatcher
from oncall_tray.core.severity import SeverityMap
from oncall_tray.core.tracker import AlertTracker
from oncall_tray.demo import MINIMAL_CONFIG, LocalAlertmanager, free_port
from oncall_tray.paths import Folders

T0 = dt.datetime(2026, 11, 30, 12, tzinfo=dt.timezone.utc)


def alert(fp, state, minutes=0, silenced=()):
    return Alert(fingerprint=fp, labels={"alertname": fp}, status=AlertStatus(state, tuple(silenced)),
                 starts_at=T0 + dt.timedelta(minutes=minutes))


def test_merge_prefers_active_then_suppressed_then_unprocessed_with_the_earliest_start():
    a = [alert("x", "suppressed", 5, ["s1"]), alert("y", "unprocessed", 3), alert("z", "active", 1)]
    b = [alert("x", "active", 7), alert("y", "suppressed", 2, ["s2"]), alert("w", "active")]
    merged = {m.fingerprint: m for m in merge_alerts([a, b])}
    assert list(merged) == ["x", "y", "z", "w"]
    assert merged["x"].status.state == "active" and merged["x"].starts_at == T0 + dt.timedelta(minutes=5)
    assert merged["y"].status.state == "suppressed" and merged["y"].status.silenced_by == ("s2",)
    assert merged["y"].starts_at == T0 + dt.timedelta(minutes=2)
    assert merged["z"] is a[2]
    assert merge_alerts([[alert("q", "active", 1)], [alert("q", "active", 1)]])[0].starts_at == T0 + dt.timedelta(minutes=1)


def test_silences_are_deduplicated_by_id_newest_version_first():
    def silence(sid, minutes, comment):
        return Silence(id=sid, matchers=(), starts_at=T0, ends_at=T0, created_by="a", comment=comment,
                       status=SilenceStatus("active"), updated_at=T0 + dt.timedelta(minutes=minutes))

    merged = merge_silences([[silence("1", 1, "old"), silence("2", 0, "b")], [silence("1", 2, "new")]])
    assert sorted((s.id, s.comment) for s in merged) == [("1", "new"), ("2", "b")]


def wait_until(condition, timeout: float, what: str):
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for {what}")
        time.sleep(0.05)


def gossip_port() -> int:
    """A port free now below the system's range for outgoing connections (32768 and up on
    Linux): a port taken from that range (``free_port``) could be handed to another process's
    outgoing connection before the member binds it, a second or more later (a full suite beside
    another one: "bind: address already in use")."""
    import random
    import socket

    for _attempt in range(100):
        port = random.randint(20000, 32000)
        with socket.socket() as sock:
            try:
                sock.bind(("127.0.0.1", port))
            except OSError:
                continue
        return port
    return free_port()


@pytest.fixture
def cluster():
    """Two Alertmanagers gossiping on loopback."""
    with gossiping() as members:
        yield members


@contextlib.contextmanager
def gossiping(config: str = MINIMAL_CONFIG):
    """Two Alertmanagers on ``config`` gossiping on loopback (a list of both), stopped on exit."""
    ports = gossip_port(), gossip_port()
    members = []

    def args(own, other):
        return (f"--cluster.listen-address=127.0.0.1:{own}", f"--cluster.peer=127.0.0.1:{other}",
                "--cluster.settle-timeout=1s", "--cluster.gossip-interval=50ms", "--cluster.pushpull-interval=1s")

    try:
        members.append(LocalAlertmanager(config=config, cluster_args=args(ports[0], ports[1])).start())
        members.append(LocalAlertmanager(config=config, cluster_args=args(ports[1], ports[0])).start())
        with AlertmanagerClient(members[0].url) as client:
            wait_until(lambda: len(client.status().cluster.peers) == 2, 20, "both members in the cluster")
        yield members
    finally:
        for member in members:
            member.stop()


def post_silence(client: AlertmanagerClient, alertname: str) -> str:
    """Create a silence through the client's own plumbing (the silence branch adds
    ``create_silence``; ``first_accepting`` takes either)."""
    now = utcnow()
    body = {"matchers": [{"name": "alertname", "value": alertname, "isRegex": False, "isEqual": True}],
            "startsAt": now.isoformat(), "endsAt": (now + dt.timedelta(minutes=15)).isoformat(),
            "createdBy": "test", "comment": "ACK! cluster test"}
    return client._request("POST", "silences", json=body).json()["silenceID"]


def test_a_real_cluster_with_one_member_stopped_mid_test(cluster):
    a, b = cluster
    alerts = [make_alert(f"Cluster{i}", "critical" if i == 0 else "warning") for i in range(3)]
    for member in cluster:  # as Prometheus does: every alert to every member
        member.post_alerts(alerts)
    clients = ClusterClient([AlertmanagerClient(a.url, timeout=3), AlertmanagerClient(b.url, timeout=3)])
    watcher = ClusterWatcher(clients, AlertTracker(SeverityMap()), AlertQuery())
    try:
        first = watcher.poll()
        assert first.error is None and len(first.update.snapshot.alerts) == 3
        assert [m.ok for m in first.members] == [True, True] and not first.apart
        assert all(m.status.cluster.status in ("ready", "settling") for m in first.members)

        url, silence_id = clients.first_accepting(lambda c: post_silence(c, "Cluster1"))
        assert url == a.url
        with AlertmanagerClient(b.url) as direct_b:  # gossip brings it to b: one silence, not two
            wait_until(lambda: [s.id for s in direct_b.silences()] == [silence_id], 10, "the silence on b")
        polled = watcher.poll()
        assert list(polled.silences) == [silence_id]

        b.stop()
        degraded = watcher.poll()
        assert degraded.error is None and degraded.contact.reachable
        assert [m.ok for m in degraded.members] == [True, False]
        assert isinstance(degraded.members[1].error, Unreachable)
        assert sorted(a.alertname for a in degraded.update.snapshot.alerts.values()) == \
            ["Cluster0", "Cluster1", "Cluster2"]
        assert not degraded.update.events  # nothing resolved: every alert kept

        a.stop()
        down = watcher.poll()
        assert down.update is None and isinstance(down.error, Unreachable)
    finally:
        clients.close()


def test_silence_goes_to_the_next_member_when_the_first_is_down(cluster):
    a, b = cluster
    a.stop()
    with ClusterClient([AlertmanagerClient(a.url, timeout=3), AlertmanagerClient(b.url, timeout=3)]) as clients:
        url, silence_id = clients.first_accepting(lambda c: post_silence(c, "X"))
        assert url == b.url and silence_id


def test_status_json_reports_each_member(cluster, tmp_path):
    a, b = cluster
    for member in cluster:
        member.post_alerts([make_alert("Everywhere")])

    def status():
        result = subprocess.run([sys.executable, "-m", "oncall_tray", "--config", settings_file(tmp_path),
                                 "--alertmanager", f"{a.url},{b.url}", "status", "--json"],
                                capture_output=True, text=True, timeout=60)
        return result.returncode, json.loads(result.stdout)

    code, doc = status()
    assert code == 0
    assert [m["url"] for m in doc["alertmanager"]["members"]] == [a.url, b.url]
    assert all(m["reachable"] and m["version"] and m["peers"] == 2 for m in doc["alertmanager"]["members"])
    assert doc["alertmanager"]["degraded"] is False
    assert [x["alertname"] for x in doc["alerts"]] == ["Everywhere"]
    text = subprocess.run([sys.executable, "-m", "oncall_tray", "--config", settings_file(tmp_path),
                           "--alertmanager", f"{a.url},{b.url}", "status"], capture_output=True, text=True, timeout=60)
    assert f"Cluster of 2 members: {a.url}, {b.url}" in text.stdout.splitlines()  # review 13: the first only
    # both started moments ago, b last: the member named (review 52 H11)
    assert f"{b.url}: Alertmanager started less than a minute ago" in text.stdout, text.stdout
    b.stop()
    code, doc = status()
    assert code == 0 and doc["alertmanager"]["reachable"] and doc["alertmanager"]["degraded"] is True
    member_b = doc["alertmanager"]["members"][1]
    assert member_b["reachable"] is False and "connection refused" in member_b["error"]
    assert [x["alertname"] for x in doc["alerts"]] == ["Everywhere"]
    text = subprocess.run([sys.executable, "-m", "oncall_tray", "--config", settings_file(tmp_path),
                           "--alertmanager", f"{a.url},{b.url}", "status"], capture_output=True, text=True, timeout=60)
    # review 51 G1: a cluster does not share alerts; what b alone held is not known
    assert "The alerts only the members that do not answer hold are unknown" in text.stdout


def test_alerts_only_a_lost_member_held_are_kept_until_it_answers_not_resolved():
    """Fresh-user review 9: two Alertmanagers that are not one cluster (each holds its own
    alerts); the one holding the alerts went down and the tray turned green, saying every alert
    resolved. A member that stops answering keeps its last alerts in the poll until it answers
    again, also past their endsAt (review 52 H1: Prometheus renews it every few minutes and could
    not while the member was down: "Resolved" 4 minutes into the outage); back, it decides (after
    its restart's grace, for the alerts it has not got again)."""
    a, b = LocalAlertmanager().start(), LocalAlertmanager().start()
    clients = ClusterClient([AlertmanagerClient(a.url, timeout=3), AlertmanagerClient(b.url, timeout=3)])
    clock = [utcnow()]
    watcher = ClusterWatcher(clients, AlertTracker(SeverityMap()), AlertQuery(), clock=lambda: clock[0])
    try:
        a.post_alerts([make_alert("OnlyOnA", "critical", ends_at=utcnow() + dt.timedelta(minutes=5)),
                       make_alert("Both", "warning")])
        b.post_alerts([make_alert("Both", "warning")])
        first = watcher.poll()
        assert sorted(x.alertname for x in first.update.snapshot.alerts.values()) == ["Both", "OnlyOnA"]
        a.stop(remove_storage=False)
        assert first.apart  # two standalone Alertmanagers: the tray's header says so (tray.connection_lines)
        lost = watcher.poll()
        assert lost.error is None and [m.ok for m in lost.members] == [False, True] and lost.apart
        assert sorted(x.alertname for x in lost.update.snapshot.alerts.values()) == ["Both", "OnlyOnA"]
        assert not lost.update.events  # nothing resolved
        clock[0] = utcnow() + dt.timedelta(minutes=6)  # past its endsAt: still unknown, not resolved
        later = watcher.poll()
        assert not later.update.events, later.update.events
        assert sorted(x.alertname for x in later.update.snapshot.alerts.values()) == ["Both", "OnlyOnA"]
        a.start()  # back, restarted: it holds no alert until Prometheus sends them again
        clock[0] = utcnow()
        back = watcher.poll()
        assert [m.ok for m in back.members] == [True, True] and not back.update.events
        assert watcher.restarted == (a.url,)
        clock[0] = utcnow() + RESTART_GRACE + dt.timedelta(seconds=1)  # never sent again: resolved
        gone = watcher.poll()
        assert [e.alert.alertname for e in gone.update.events] == ["OnlyOnA"]
    finally:
        clients.close()
        a.stop()
        b.stop()


def test_alertmanagers_that_are_not_one_cluster_are_said_so(tmp_path):
    """Both members answer with clustering disabled: `status` says they are not one cluster (what
    made the review's lost member take its alerts with it)."""
    from test_cli import run

    a, b = LocalAlertmanager().start(), LocalAlertmanager().start()
    try:
        result = run("--alertmanager", f"{a.url},{b.url}", "status", config=settings_file(tmp_path))
        assert result.returncode == 0, result.stderr
        assert "These Alertmanagers are not one cluster (clustering is disabled)" in result.stdout
        # not "Cluster of 2 members" just above it (review 41 F14)
        assert f"2 Alertmanagers: {a.url}, {b.url}" in result.stdout.splitlines() and "Cluster of" not in result.stdout
        a.stop()  # the alerts only a held are unknown now: said, not taken for "nothing firing"
        result = run("--alertmanager", f"{a.url},{b.url}", "status", config=settings_file(tmp_path))
        assert "The alerts only the members that do not answer hold are unknown" in result.stdout
    finally:
        a.stop()
        b.stop()


def test_a_real_cluster_is_not_said_to_be_apart(cluster, tmp_path):
    from test_cli import run

    a, b = cluster
    result = run("--alertmanager", f"{a.url},{b.url}", "status", config=settings_file(tmp_path))
    assert result.returncode == 0, result.stderr
    assert "not one cluster" not in result.stdout


def test_a_lost_members_silences_stay_and_new_settings_keep_what_is_held():
    """Fresh-user review 10: the lost member's acknowledgement (a silence on it) counted as
    expired, so the acknowledged alert was said to miss its response target; and Settings >
    Save (a new watcher) forgot the alerts kept from the lost member and said them resolved."""
    a, b = LocalAlertmanager().start(), LocalAlertmanager().start()
    clients = ClusterClient([AlertmanagerClient(a.url, timeout=3), AlertmanagerClient(b.url, timeout=3)])
    watcher = ClusterWatcher(clients, AlertTracker(SeverityMap()), AlertQuery())
    again = None
    try:
        a.post_alerts([make_alert("KeptCrit", "critical", ends_at=utcnow() + dt.timedelta(minutes=30))])
        b.post_alerts([make_alert("OnB", "warning")])
        with AlertmanagerClient(a.url) as direct_a:
            ack = post_silence(direct_a, "KeptCrit")
        first = watcher.poll()
        assert ack in first.silences
        a.stop()
        lost = watcher.poll()
        assert ack in lost.silences  # the acknowledgement stays with its alert
        kept = next(x for x in lost.update.snapshot.alerts.values() if x.alertname == "KeptCrit")
        assert kept.silenced
        # new settings: a new watcher, sharing what the old one held, on new clients
        tracker = AlertTracker(SeverityMap())
        tracker.resume(lost.update.snapshot)
        again = ClusterClient([AlertmanagerClient(a.url, timeout=3), AlertmanagerClient(b.url, timeout=3)])
        after_save = ClusterWatcher(again, tracker, AlertQuery(), held=dict(watcher.held)).poll()
        assert sorted(x.alertname for x in after_save.update.snapshot.alerts.values()) == ["KeptCrit", "OnB"]
        assert not after_save.update.events and ack in after_save.silences
    finally:
        clients.close()
        if again is not None:
            again.close()
        a.stop()
        b.stop()


def test_a_restarted_alertmanager_does_not_resolve_every_alert(tmp_path):
    """Fresh-user review 12: Alertmanager restarted mid-shift (it keeps silences on disk, not
    alerts) and the tray said "28 alerts resolved", recorded them resolved in the journal, then
    fired them all again when Prometheus re-sent them. Its alerts from before the restart stay
    until it lists them again (or RESTART_GRACE); a real resolution after that is still one."""
    am = LocalAlertmanager(storage=tmp_path).start()
    alerts = [make_alert("Steady", "critical", starts_at=utcnow() - dt.timedelta(minutes=30)),
              make_alert("Other", "warning", starts_at=utcnow() - dt.timedelta(minutes=20))]
    clients = ClusterClient([AlertmanagerClient(am.url, timeout=3)])
    clock = [utcnow()]
    watcher = ClusterWatcher(clients, AlertTracker(SeverityMap()), AlertQuery(), clock=lambda: clock[0])
    try:
        am.post_alerts(alerts)
        first = watcher.poll()
        assert sorted(a.alertname for a in first.update.snapshot.alerts.values()) == ["Other", "Steady"]
        am.stop(remove_storage=False)
        assert watcher.poll().update is None  # down meanwhile
        am.start()
        back = watcher.poll()
        assert back.error is None and not back.update.events  # nothing resolved: held
        assert sorted(a.alertname for a in back.update.snapshot.alerts.values()) == ["Other", "Steady"]
        assert watcher.restarted == back.restarted == (am.url,)  # the tray's header says so
        am.post_alerts(alerts)  # Prometheus sends them again, same startsAt
        again = watcher.poll()
        assert not again.update.events and watcher.restarted == ()
        am.post_alerts([resolve(alerts[1])])
        resolved = watcher.poll()
        assert [(e.kind.value, e.alert.alertname) for e in resolved.update.events] == [("resolved", "Other")]

        # restarted between two polls, without a failed poll; this time one alert never comes back
        am.stop(remove_storage=False)
        am.start()
        quick = watcher.poll()
        assert not quick.update.events and watcher.restarted == (am.url,)
        clock[0] = utcnow() + RESTART_GRACE + dt.timedelta(seconds=1)
        late = watcher.poll()
        assert [(e.kind.value, e.alert.alertname) for e in late.update.events] == [("resolved", "Steady")]
        assert watcher.restarted == ()
    finally:
        clients.close()
        am.stop()


def test_new_settings_while_alertmanager_is_down_still_see_its_restart(tmp_path):
    """Review 49 N1: settings applied while Alertmanager was down (the language, by hand), then
    it restarted: the new settings' watcher knew no start time, took the restart for every alert
    resolving ("9 alerts resolved"), then fired them all again, and the journal filled the handoff
    with false flapping. The watcher of the new settings goes on from the one before."""
    am = LocalAlertmanager(storage=tmp_path).start()
    alerts = [make_alert("Steady", "critical", starts_at=utcnow() - dt.timedelta(minutes=30)),
              make_alert("Other", "warning", starts_at=utcnow() - dt.timedelta(minutes=20))]
    before_clients = ClusterClient([AlertmanagerClient(am.url, timeout=3)])
    after_clients = ClusterClient([AlertmanagerClient(am.url, timeout=3)])
    before = ClusterWatcher(before_clients, AlertTracker(SeverityMap()), AlertQuery())
    try:
        am.post_alerts(alerts)
        assert len(before.poll().update.snapshot.alerts) == 2
        am.stop(remove_storage=False)
        last = before.poll()
        assert last.update is None  # down
        tracker = AlertTracker(SeverityMap())
        tracker.resume(before.tracker.snapshot)  # as the poller of new settings does
        after = ClusterWatcher(after_clients, tracker, AlertQuery(), held=dict(before.held))
        after.carry_over(before)
        am.start()
        back = after.poll()
        assert back.error is None and not back.update.events  # nothing resolved: held
        assert sorted(a.alertname for a in back.update.snapshot.alerts.values()) == ["Other", "Steady"]
        assert after.restarted == (am.url,)
    finally:
        before_clients.close()
        after_clients.close()
        am.stop()


def test_a_tray_started_in_alertmanagers_first_minutes_keeps_what_the_journal_had_firing(tmp_path):
    """Review 43 F1: a tray started while Alertmanager was restarting showed green and "No
    unacknowledged alert" with two critical alerts firing, then, once Prometheus sent them again,
    "4 new alerts" at critical urgency. The alerts the journal last saw firing are held as a
    restart's, until listed again or RESTART_GRACE; an Alertmanager up for longer is believed."""

    from oncall_tray.core.journal import Journal
    from oncall_tray.core.journal_feed import record_poll
    from oncall_tray.core.journal_seen import last_seen
    from oncall_tray.core.severity import Severity

    am = LocalAlertmanager(storage=tmp_path).start()
    steady = make_alert("Steady", "critical", starts_at=utcnow() - dt.timedelta(hours=2))
    gone = make_alert("GoneMeanwhile", "warning", starts_at=utcnow() - dt.timedelta(hours=3))
    am.post_alerts([steady, gone])
    with AlertmanagerClient(am.url, timeout=3) as client:  # what the journal last saw, as the tray records it
        listed = {a.fingerprint: a for a in client.alerts(AlertQuery())}
    journal = Journal.open(tmp_path / "journal.db")
    try:
        record_poll(journal, listed, {fp: Severity.CRITICAL for fp in listed}, {}, utcnow())
        recalled = last_seen(journal, ())  # (the poller's ``_journal_seen``)
    finally:
        journal.close()
    am.stop()
    (tmp_path / "fresh").mkdir()
    am = LocalAlertmanager(storage=tmp_path / "fresh").start()
    clients = ClusterClient([AlertmanagerClient(am.url, timeout=3)])
    clock = [utcnow()]
    asked = []
    watcher = ClusterWatcher(clients, AlertTracker(SeverityMap()), AlertQuery(), clock=lambda: clock[0],
                             recalled=lambda: asked.append(1) or recalled)
    try:
        first = watcher.poll()
        assert first.error is None
        assert sorted(a.alertname for a in first.update.snapshot.alerts.values()) == ["GoneMeanwhile", "Steady"]
        assert first.restarted == (am.url,)  # the header says it, as for a restart seen while running
        assert asked == [1]  # read once
        am.post_alerts([steady])  # Prometheus sends what still fires
        again = watcher.poll()
        assert not again.update.events and watcher.restarted == (am.url,)  # the other one may come yet
        clock[0] = utcnow() + RESTART_GRACE + dt.timedelta(seconds=1)
        late = watcher.poll()
        assert [(e.kind.value, e.alert.alertname) for e in late.update.events] == [("resolved", "GoneMeanwhile")]
        assert watcher.restarted == ()
    finally:
        clients.close()
        am.stop()
    # an Alertmanager up for longer than RESTART_GRACE lists what fires: the journal's copy is not held
    (tmp_path / "old").mkdir()
    am = LocalAlertmanager(storage=tmp_path / "old").start()
    clients = ClusterClient([AlertmanagerClient(am.url, timeout=3)])
    watcher = ClusterWatcher(clients, AlertTracker(SeverityMap()), AlertQuery(),
                             clock=lambda: utcnow() + RESTART_GRACE + dt.timedelta(seconds=5),
                             recalled=lambda: asked.append(2) or recalled)
    try:
        assert watcher.poll().update.snapshot.alerts == {} and watcher.restarted == ()
        assert asked == [1]  # not even read: the journal's alerts are read only when they may be needed
    finally:
        clients.close()
        am.stop()


def test_a_second_restart_keeps_what_the_first_one_still_lacked(tmp_path):
    # review 13: a crash loop: restarted again 18 s later, and the alert still missing from the
    # first restart was said resolved at once
    am = LocalAlertmanager(storage=tmp_path).start()
    alerts = [make_alert("Steady", "critical", starts_at=utcnow() - dt.timedelta(minutes=30)),
              make_alert("Late", "warning", starts_at=utcnow() - dt.timedelta(minutes=20))]
    clients = ClusterClient([AlertmanagerClient(am.url, timeout=3)])
    watcher = ClusterWatcher(clients, AlertTracker(SeverityMap()), AlertQuery())
    try:
        am.post_alerts(alerts)
        watcher.poll()
        for _restart in range(2):
            am.stop(remove_storage=False)
            am.start()
            am.post_alerts(alerts[:1])  # Prometheus sends Steady again; Late not yet
            polled = watcher.poll()
            assert not polled.update.events, polled.update.events
            assert sorted(a.alertname for a in polled.update.snapshot.alerts.values()) == ["Late", "Steady"]
        assert watcher.restarted == (am.url,)
    finally:
        clients.close()
        am.stop()


def test_an_alertmanager_started_lately_is_a_partial_poll_for_the_journal():
    from oncall_tray.alertmanager.cluster import MemberResult
    from oncall_tray.alertmanager.models import ClusterStatus, Status
    from oncall_tray.cluster_watch import RESTART_GRACE, started_lately

    now = utcnow()

    def member(started_ago, ok=True):
        status = Status(cluster=ClusterStatus(status="disabled"), uptime=now - started_ago)
        return MemberResult("http://am:9093", None if ok else Unreachable("http://am:9093", "down"), status)

    assert started_lately([member(dt.timedelta(seconds=30))], now)
    assert not started_lately([member(RESTART_GRACE + dt.timedelta(seconds=1))], now)
    assert not started_lately([member(dt.timedelta(seconds=30), ok=False)], now)
    assert not started_lately([MemberResult("http://am:9093", None)], now)


def test_a_command_run_just_after_a_restart_records_nothing_as_ended(tmp_path):
    """Review 13: `handoff note` run seconds after Alertmanager restarted recorded the alerts it
    had not got again as resolved in the journal (and the tray then recorded them fired again).
    A one-shot poll of an Alertmanager that started less than RESTART_GRACE ago is partial."""
    from oncall_tray.commands.journal_common import record_one_shot
    from oncall_tray.commands.status import poll_once
    from oncall_tray.config import Config
    from oncall_tray.core.journal import Journal
    from oncall_tray.core.journal_feed import record_poll
    from oncall_tray.core.journal_schema import EventKind
    from oncall_tray.core.severity import Severity

    am = LocalAlertmanager().start()  # just started: as after a restart
    try:
        am.post_alerts([make_alert("Back", "warning")])
        journal = Journal.open(tmp_path / "journal.db")
        missing = Alert(fingerprint="f-missing", labels={"alertname": "NotBackYet"}, starts_at=utcnow(),
                        status=AlertStatus("active", ()))
        record_poll(journal, {missing.fingerprint: missing}, {missing.fingerprint: Severity.WARNING}, {},
                    utcnow())  # what the journal saw before the restart
        result = poll_once(Config(alertmanager_url=am.url))
        assert result.error is None and [a.alertname for a in result.snapshot.alerts.values()] == ["Back"]
        record_one_shot(journal, result)
        assert [e.kind for e in journal.events(fingerprint="f-missing")] == [EventKind.FIRED]  # not resolved
        journal.close()
    finally:
        am.stop()


def test_a_tray_started_just_after_alertmanager_keeps_what_the_journal_had_firing(qtbot, alertmanager, tmp_path):
    """Review 14: the tray quit and started again a minute after Alertmanager restarted; its first
    poll took nothing as ended, but a later one recorded the alert Prometheus had not sent again
    yet as resolved, well within the grace. What the journal had firing and the first poll of an
    Alertmanager that started lately lacked is not ended until that Alertmanager is
    RESTART_GRACE old; anything the tray sees resolve itself is recorded as usual."""
    from conftest import running_tray

    from oncall_tray.config import Config
    from oncall_tray.core.journal import Journal
    from oncall_tray.core.journal_feed import record_poll
    from oncall_tray.core.journal_schema import EventKind
    from oncall_tray.core.severity import Severity

    journal = Journal.open(Folders.for_user().journal)
    gone = Alert(fingerprint="f-not-back-yet", labels={"alertname": "NotBackYet", "severity": "warning"}, starts_at=utcnow(),
                 status=AlertStatus("active", ()))
    record_poll(journal, {gone.fingerprint: gone}, {gone.fingerprint: Severity.WARNING}, {}, utcnow())  # before
    flapper = make_alert("Passing", "info")
    alertmanager.post_alerts([make_alert("Back", "warning"), flapper])
    config = Config(alertmanager_url=alertmanager.url, notifications=False, engineer="ana", poll_interval=1)
    with running_tray(qtbot, config, tmp_path) as ctl:
        alertmanager.post_alerts([resolve(flapper)])  # a change the tray sees: its poll is recorded
        qtbot.waitUntil(lambda: [e.alertname for e in journal.events(kinds=(EventKind.RESOLVED,))] == ["Passing"],
                        timeout=15000)
        assert ctl.snapshot is not None
    assert [e.kind for e in journal.events(fingerprint=gone.fingerprint)] == [EventKind.FIRED]
    journal.close()


def test_a_hung_member_delays_the_polls_of_the_cluster_once_only(alertmanager):
    """Review 29: with one member of an HA pair stopped (SIGSTOP), every poll waited out its
    whole request timeout: polls of the answering member came every 13 s instead of 3. Once a
    member gave no answer while another did, it is asked with a short deadline
    (``cluster.PROBE_S``) until it answers again, and with its whole timeout now and then."""
    import time

    from fakeserver import FakeServer

    from oncall_tray.alertmanager import cluster as cluster_module

    alertmanager.post_alerts([make_alert("APIDown", "critical")])
    with FakeServer(hang=True) as hung:
        clients = ClusterClient([AlertmanagerClient(alertmanager.url, timeout=6),
                                 AlertmanagerClient(hung.url, timeout=6)])
        try:
            took = []
            for _ in range(3):
                started = time.monotonic()
                polled = clients.poll()
                took.append(time.monotonic() - started)
                assert [a.alertname for a in polled.alerts] == ["APIDown"] and polled.members[1].error is not None
            assert took[0] >= 5.5  # the first time: its whole timeout
            assert all(t < cluster_module.PROBE_S + 1.5 for t in took[1:]), took
        finally:
            hung.release.set()
            clients.close()


def test_writes_go_first_to_the_members_that_answer(alertmanager, tmp_path):
    """Review 32: with the first member of an HA pair hung, ``oncall-tray ack`` waited for it
    three times (40 s) and failed on the silence it might have made there. The members known not
    to answer (the tray's last poll, or an earlier request of the same command) are tried last."""
    from fakeserver import FakeServer
    from test_cli import run

    alertmanager.post_alerts([make_alert("APIDown", "critical")])
    with FakeServer(hang=True) as hung:
        try:
            with ClusterClient([AlertmanagerClient(hung.url, timeout=3),
                                AlertmanagerClient(alertmanager.url, timeout=3)]) as clients:
                tried = []
                url, _ = clients.first_accepting(lambda c: tried.append(c.base_url), last=[hung.url])
                assert tried == [alertmanager.url] == [url]  # the tray's poll found it down: not waited for
            config = tmp_path / "c.yaml"
            config.write_text(f"alertmanager_url: [{hung.url}, {alertmanager.url}]\nrequest_timeout: 3\n"
                              "engineer: ana\n", encoding="utf-8")
            with AlertmanagerClient(alertmanager.url) as direct:
                fingerprint = direct.alerts()[0].fingerprint
            acked = run("ack", fingerprint, config=str(config))
            assert acked.returncode == 0, acked.stderr
            with AlertmanagerClient(alertmanager.url) as direct:
                (made,) = [s for s in direct.silences() if s.status.state == "active"]
            assert acked.stdout.strip() == made.id and made.created_by == "ana"
            status = run("status", config=str(config))  # one pair of brackets (review 32: two nested)
            # not one cluster ("2 Alertmanagers"): not called a degraded one (review 75 BD6)
            assert f"\n{hung.url} does not answer: no answer in time" in status.stdout, status.stdout
            assert "Cluster degraded" not in status.stdout and "2 Alertmanagers: " in status.stdout, status.stdout
        finally:
            hung.release.set()


def test_in_a_real_cluster_an_alert_resolved_on_the_member_that_answers_resolves(cluster):
    """Review 41 F2: one member down, an alert resolved on the other (Prometheus sends every alert
    to every member): the down member's last copy kept it firing until its end, an hour away."""
    a, b = cluster
    alerts = [make_alert("StaysFiring", "warning"), make_alert("Resolves", "critical")]
    for member in cluster:
        member.post_alerts(alerts)
    clients = ClusterClient([AlertmanagerClient(a.url, timeout=3), AlertmanagerClient(b.url, timeout=3)])
    watcher = ClusterWatcher(clients, AlertTracker(SeverityMap()), AlertQuery())
    try:
        first = watcher.poll()
        assert not first.apart and len(first.update.snapshot.alerts) == 2
        b.stop()
        assert not watcher.poll().update.events  # b down: nothing resolved, a lists them all
        a.post_alerts([resolve(alerts[1])])  # resolved, as Prometheus tells every member that answers
        wait_until(lambda: len(httpx.get(f"{a.url}/api/v2/alerts", timeout=5).json()) == 1, 10, "the resolution on a")
        resolved = watcher.poll()
        assert [(e.kind.value, e.alert.alertname) for e in resolved.update.events] == [("resolved", "Resolves")]
        assert [x.alertname for x in resolved.update.snapshot.alerts.values()] == ["StaysFiring"]
    finally:
        clients.close()


def test_a_member_restarted_in_a_real_cluster_leaves_the_poll_whole_for_the_journal():
    """Review 41 F2: the tray started within a member's 5-minute restart grace; its first poll
    was taken as partial and the journal kept a resolved alert firing for 9 minutes, while the
    other member, up for long, listed every alert."""
    from oncall_tray.alertmanager.cluster import MemberResult
    from oncall_tray.alertmanager.models import ClusterStatus, Status
    from oncall_tray.cluster_watch import RESTART_GRACE, grace_end

    now = utcnow()

    def member(url: str, up_minutes: float, cluster: str = "ready") -> MemberResult:
        return MemberResult(url, status=Status(ClusterStatus(cluster), uptime=now - dt.timedelta(minutes=up_minutes)))

    restarted, old = member("http://am-2", 1), member("http://am-3", 120)
    assert grace_end([restarted, old], now) is None  # one cluster: am-3 lists every alert
    assert grace_end([restarted], now) == restarted.status.uptime + RESTART_GRACE  # alone: partial
    apart = [member("http://am-2", 1, "disabled"), member("http://am-3", 120, "disabled")]
    assert grace_end(apart, now) == apart[0].status.uptime + RESTART_GRACE  # each holds its own alerts
    assert grace_end([restarted, member("http://am-3", 2)], now) is not None  # both restarted lately


def test_in_a_real_cluster_alerts_only_the_lost_member_held_are_kept_not_resolved(cluster):
    """Review 51 G1: a Prometheus that sends to one member only. That member stopped, its 5
    critical alerts were said resolved and the tray went green; started again, they "fired
    again". A cluster gossips silences, not alerts: what only the lost member listed (while the
    other answered without them) stays, each until its end; what both listed is left to the
    member that answers, whose resolution is a real one (review 41 F2)."""
    a, b = cluster
    own = [make_alert("OnlyOnA", "critical", instance=f"host-{i}:9100") for i in range(2)]
    shared = [make_alert("Everywhere", "warning"), make_alert("ResolvesOnB", "critical")]
    a.post_alerts(own + shared)
    b.post_alerts(shared)
    clients = ClusterClient([AlertmanagerClient(a.url, timeout=3), AlertmanagerClient(b.url, timeout=3)])
    watcher = ClusterWatcher(clients, AlertTracker(SeverityMap()), AlertQuery())
    try:
        first = watcher.poll()
        assert not first.apart and len(first.update.snapshot.alerts) == 4
        a.stop(remove_storage=False)
        degraded = watcher.poll()
        assert [m.ok for m in degraded.members] == [False, True]
        assert not degraded.update.events, degraded.update.events
        assert len(degraded.update.snapshot.alerts) == 4
        b.post_alerts([resolve(shared[1])])
        wait_until(lambda: len(httpx.get(f"{b.url}/api/v2/alerts", timeout=5).json()) == 1, 10, "the resolution on b")
        resolved = watcher.poll()
        assert [(e.kind.value, e.alert.alertname) for e in resolved.update.events] == [("resolved", "ResolvesOnB")]
        assert sorted(x.alertname for x in resolved.update.snapshot.alerts.values()) == \
            ["Everywhere", "OnlyOnA", "OnlyOnA"]
        a.start()
        a.post_alerts(own + shared[:1])  # Prometheus sends them again
        back = watcher.poll()
        assert [m.ok for m in back.members] == [True, True]
        assert not back.update.events, back.update.events
    finally:
        clients.close()


def test_in_a_real_cluster_a_restart_of_the_member_alone_holding_alerts_resolves_none(cluster):
    """Review 51 G1, the restart: the member that alone holds some alerts restarts between two
    polls while the other answers; until it has them again (``RESTART_GRACE``) they stay."""
    a, b = cluster
    own = [make_alert("OnlyOnA", "critical")]
    shared = [make_alert("Everywhere", "warning")]
    a.post_alerts(own + shared)
    b.post_alerts(shared)
    clients = ClusterClient([AlertmanagerClient(a.url, timeout=3), AlertmanagerClient(b.url, timeout=3)])
    watcher = ClusterWatcher(clients, AlertTracker(SeverityMap()), AlertQuery())
    try:
        assert len(watcher.poll().update.snapshot.alerts) == 2
        a.stop(remove_storage=False)
        a.start()
        restarted = watcher.poll()
        assert [m.ok for m in restarted.members] == [True, True]
        assert not restarted.update.events, restarted.update.events
        assert watcher.restarted == (a.url,)
        a.post_alerts(own + shared)
        again = watcher.poll()
        assert not again.update.events and watcher.restarted == ()
    finally:
        clients.close()


def test_a_member_back_after_settings_changed_while_it_was_down_resolves_none(cluster):
    """Review 53 K2: b, alone holding two alerts, stopped; the settings moved to another
    Alertmanager and back while it was down; b started again (its alerts lost until Prometheus
    sends them again) and both were said "Resolved" at once. The new settings' watcher knew no
    start time of b, so its return was not taken as a restart: a member first seen with alerts
    held from before, and started within ``RESTART_GRACE``, now is."""
    a, b = cluster
    own = [make_alert("OnlyOnB", "critical"), make_alert("OnlyOnB2", "warning")]
    b.post_alerts(own)
    urls = [a.url, b.url]
    clients = ClusterClient([AlertmanagerClient(url, timeout=3) for url in urls])
    before = ClusterWatcher(clients, AlertTracker(SeverityMap()), AlertQuery())
    try:
        assert len(before.poll().update.snapshot.alerts) == 2
        b.stop(remove_storage=False)
        lost = before.poll()
        assert not lost.update.events and len(lost.update.snapshot.alerts) == 2
    finally:
        clients.close()
    tracker = AlertTracker(SeverityMap())
    tracker.resume(lost.update.snapshot)  # the way back: the tray goes on from what it showed
    clients = ClusterClient([AlertmanagerClient(url, timeout=3) for url in urls])
    watcher = ClusterWatcher(clients, tracker, AlertQuery(), held=before.held)
    try:
        assert not watcher.poll().update.events  # b still down
        b.start()
        back = watcher.poll()
        assert [m.ok for m in back.members] == [True, True]
        assert not back.update.events, back.update.events
        assert watcher.restarted == (b.url,)
    finally:
        clients.close()
