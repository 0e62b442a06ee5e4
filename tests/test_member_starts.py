"""An HA cluster's members, their restarts and the alerts held for a member that does not answer
(review 58). Against a real clustered pair of Alertmanagers (``--cluster.peer``), started just
before the test: within ``RESTART_GRACE`` of their start, as in the review.

- T1: watching the cluster, then another Alertmanager, then the cluster again: its members were
  said "restarted" (their start time unchanged) and an alert resolved on it meanwhile was kept
  "firing, as last seen".
- T5: an alert posted to one member only (a cluster gossips silences, not alerts), that member
  restarted a moment before: when it stops, its alerts were said "Resolved" and dropped."""

from __future__ import annotations

import datetime as dt

from conftest import make_alert, resolve, running_tray, utcnow
from test_cluster import cluster  # noqa: F401 (the fixture)

from oncall_tray.alertmanager.client import AlertmanagerClient, AlertQuery
from oncall_tray.alertmanager.cluster import ClusterClient
from oncall_tray.cluster_watch import ClusterWatcher
from oncall_tray.config import Config
from oncall_tray.core.journal import Journal
from oncall_tray.core.handoff_noticed import noticed
from oncall_tray.core.journal_feed import record_poll
from oncall_tray.core.journal_schema import EventKind
from oncall_tray.core.journal_seen import last_seen
from oncall_tray.core.severity import SeverityMap
from oncall_tray.core.tracker import AlertTracker
from oncall_tray.demo import LocalAlertmanager
from oncall_tray.i18n import english
from oncall_tray.core.journal_starts import MEMBER_STARTS, keep_member_starts
from oncall_tray.member_starts import RESTART_GRACE, started_lately, starts_of
from oncall_tray.paths import Folders


def _seen_after_grace(journal: Journal, started: dict[str, dt.datetime]) -> None:
    """The journal as one that first saw the members of ``started`` (URL -> start) once their
    ``RESTART_GRACE`` was over: their starts known (``keep_member_starts``), not restarts."""
    with journal.transaction(max(started.values()) + RESTART_GRACE) as tx:
        tx.conn.execute("DELETE FROM state WHERE scope = ? AND key = ?", MEMBER_STARTS)
        keep_member_starts(tx, started)


def test_back_on_a_cluster_after_another_alertmanager_no_member_restarted_and_what_resolved_is_gone(
        qtbot, cluster, tmp_path):  # noqa: F811
    a, b = cluster
    cpu, api = make_alert("HighCPUUsage", "warning"), make_alert("APIDown", "critical")
    for member in cluster:
        member.post_alerts([cpu, api])
    other = LocalAlertmanager().start()
    config = Config(alertmanager_url=a.url, alertmanager_peers=(b.url,), notifications=False, engineer="ana",
                    poll_interval=1, max_retry_interval=1, request_timeout=2, language="en")
    try:
        with running_tray(qtbot, config, tmp_path) as ctl:
            qtbot.waitUntil(lambda: ctl.snapshot is not None and len(ctl.snapshot.alerts) == 2, timeout=15000)
            ctl.apply_settings(ctl.loaded.overridden(receiver="team-db"))
            results = []
            ctl.poller.polled.connect(results.append)
            qtbot.waitUntil(lambda: len(results) >= 2, timeout=15000)
            ctl.apply_settings(ctl.loaded.overridden(receiver="", alertmanager_url=other.url, alertmanager_peers=()))
            qtbot.waitUntil(lambda: ctl.snapshot is not None and not ctl.snapshot.alerts, timeout=15000)
            for member in cluster:
                member.post_alerts([resolve(cpu)])
            ctl.apply_settings(ctl.loaded.overridden(alertmanager_url=a.url, alertmanager_peers=(b.url,)))
            results = []
            ctl.poller.polled.connect(results.append)
            qtbot.waitUntil(lambda: len(results) >= 3, timeout=15000)
            assert all(r.restarted == () for r in results), [r.restarted for r in results]
            assert [x.alertname for x in ctl.snapshot.alerts.values()] == ["APIDown"]
            journal = Journal.open(Folders.for_user().journal)
            try:  # the journal: no restart, HighCPUUsage no longer firing (``oncall-tray status`` agrees)
                qtbot.waitUntil(lambda: {r[0] for r in journal.query("SELECT alertname FROM firing")} == {"APIDown"},
                                timeout=15000)
                assert not journal.events(kinds=(EventKind.ALERTMANAGER_RESTARTED,))
            finally:
                journal.close()
    finally:
        other.stop()


def test_alerts_only_a_member_holds_stay_when_it_stops_after_a_restart(cluster, tmp_path):  # noqa: F811
    """T5, and T7's false observations: "resolved on their own", "fired 3 times (flapping)"."""
    a, b = cluster
    journal = Journal.open(tmp_path / "journal.db")
    began = utcnow() - dt.timedelta(seconds=1)

    def poll():
        result = watcher.poll()
        snapshot = result.update.snapshot
        record_poll(journal, snapshot.alerts, snapshot.severities, result.silences, snapshot.fetched_at,
                    partial=any(not m.ok for m in result.members), urls=[a.url, b.url], members=result.holders,
                    started=starts_of(result.members))
        return result

    shared = make_alert("APIDown", "critical")
    memory, p99 = make_alert("HighMemoryUsage", "warning"), make_alert("HighLatencyP99", "critical")
    for member in cluster:
        member.post_alerts([shared])
    clients = ClusterClient([AlertmanagerClient(a.url, timeout=3), AlertmanagerClient(b.url, timeout=3)])
    watcher = ClusterWatcher(clients, AlertTracker(SeverityMap()), AlertQuery())
    try:
        poll()
        b.post_alerts([memory])
        assert sorted(x.alertname for x in poll().update.snapshot.alerts.values()) == \
            ["APIDown", "HighMemoryUsage"]
        b.stop(remove_storage=False)
        b.start()  # HighMemoryUsage lost until sent again: held for the restart grace
        back = poll()
        assert watcher.restarted == (b.url,) and not back.update.events, back.update.events
        b.post_alerts([p99])  # to b alone, while it is in its restart grace
        listed = poll()
        assert [e.alert.alertname for e in listed.update.events] == ["HighLatencyP99"]
        b.stop(remove_storage=False)
        down = poll()
        assert not down.update.events, [(e.kind, e.alert.alertname) for e in down.update.events]
        assert sorted(down.unknown) == sorted(fp for fp, x in down.update.snapshot.alerts.items()
                                              if x.alertname != "APIDown")
        assert sorted(x.alertname for x in down.update.snapshot.alerts.values()) == \
            ["APIDown", "HighLatencyP99", "HighMemoryUsage"]
        b.start()  # back, without them until they are sent again: held, then listed
        assert not poll().update.events
        b.post_alerts([p99, memory])
        assert not poll().update.events and watcher.restarted == ()
        lines = noticed(journal, began, utcnow(), (), english, dt.timezone.utc)
        assert not [line for line in lines if "resolved on their own" in line or "flapping" in line], lines
        assert not journal.events(kinds=(EventKind.RESOLVED,))
    finally:
        clients.close()
        journal.close()


def test_a_tray_started_again_knows_the_members_start_from_the_journal(cluster, tmp_path):  # noqa: F811
    """T1 with the tray restarted instead of new settings: members started 2 minutes before are
    not "restarted" when the shift journal saw them with the same start, and what they no longer
    list has resolved (the journal takes the poll as whole, not partial)."""
    a, b = cluster
    urls = [a.url, b.url]
    cpu, api = make_alert("HighCPUUsage", "warning"), make_alert("APIDown", "critical")
    for member in cluster:
        member.post_alerts([cpu, api])
    journal = Journal.open(tmp_path / "journal.db")
    clients = ClusterClient([AlertmanagerClient(url, timeout=3) for url in urls])
    try:
        first = ClusterWatcher(clients, AlertTracker(SeverityMap()), AlertQuery()).poll()
        snapshot = first.update.snapshot
        record_poll(journal, snapshot.alerts, snapshot.severities, first.silences, snapshot.fetched_at, urls=urls,
                    members=first.holders, started=starts_of(first.members))
        for member in cluster:
            member.post_alerts([resolve(cpu)])

        def tray_started():
            return ClusterWatcher(clients, AlertTracker(SeverityMap()), AlertQuery(),
                                  recalled=lambda: last_seen(journal, urls)).poll()

        # first seen by the journal inside its grace: it may have restarted just before (review 61
        # X2), so the tray keeps what the journal saw until the grace is over
        early = tray_started()
        assert early.known_starts == () and started_lately(early.members, early.update.snapshot.fetched_at)
        assert sorted(x.alertname for x in early.update.snapshot.alerts.values()) == ["APIDown", "HighCPUUsage"]
        _seen_after_grace(journal, starts_of(first.members))
        again = tray_started()
        assert again.restarted == () and sorted(again.known_starts) == sorted(urls)
        assert [x.alertname for x in again.update.snapshot.alerts.values()] == ["APIDown"]
        assert not started_lately(again.members, again.update.snapshot.fetched_at, again.known_starts)
        assert started_lately(again.members, again.update.snapshot.fetched_at)  # (what the journal's copy spares)
    finally:
        clients.close()
        journal.close()


def test_status_says_no_restart_of_an_alertmanager_whose_start_the_journal_knows(alertmanager, tmp_path):
    """Review 58 T1's rule in ``oncall-tray status``: an Alertmanager started a moment ago whose
    start the shift journal already saw (a handoff recorded a poll of it) did not restart: no
    "Alertmanager started … ago: alerts it held before may be missing", in the text nor in
    ``--json`` (``started_lately``), as the tray and the handoff say none. Restarted since (a
    start the journal does not know), it is said again."""
    import json

    from test_cli import run

    alertmanager.post_alerts([make_alert("APIDown", "critical")])
    settings = tmp_path / "c.yaml"
    settings.write_text(f"engineer: ana\nlanguage: en\nalertmanager_url: {alertmanager.url}\n", encoding="utf-8")

    def status():
        text = run("status", config=str(settings))
        doc = json.loads(run("status", "--json", config=str(settings)).stdout)
        assert text.returncode == 0, text.stderr
        return [line for line in text.stdout.splitlines() if "started" in line], doc["alertmanager"]["started_lately"]

    first, first_json = status()  # no journal yet: a start not known
    assert first and first[0].startswith("Alertmanager started") and first_json, (first, first_json)
    assert run("handoff", "start", "--confirm", config=str(settings)).returncode == 0  # the journal sees it
    early, early_json = status()  # inside its grace: it may have restarted just before (review 61 X2)
    assert early and early[0].startswith("Alertmanager started") and early_json, (early, early_json)
    clients = ClusterClient([AlertmanagerClient(alertmanager.url, timeout=3)])
    journal = Journal.open(Folders.for_user().journal)
    try:
        _seen_after_grace(journal, starts_of(clients.poll(AlertQuery(), want_status=True).members))
    finally:
        journal.close()
        clients.close()
    assert status() == ([], None)
    alertmanager.stop(remove_storage=False)
    alertmanager.start()
    again, again_json = status()
    assert again and again[0].startswith("Alertmanager started") and again_json, (again, again_json)
