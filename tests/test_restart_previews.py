"""The handoff previews of one cluster whose member restarted lately, a tray running (review 64
V4): ``handoff start`` and the ``handoff end`` preview recorded the restarted member's own alerts
(kept through its restart by the tray, ``status`` and ``ack``) as resolved in the shift journal and
closed their incidents, since another member up before answered (a poll that is not partial):
from then on ``status``, ``ack`` and the handoff left them out while the tray listed them. A
command's poll records nothing kept through a restart as ended (``journal_common.record_one_shot``,
the tray's rule: ``cluster_watch``'s kept alerts). Two gossiping Alertmanagers on loopback, a
restarted on its storage; the tray's journal writes made by its own code (``ClusterWatcher`` and
``shift_work.record_in_journal``, ``restarts.record_restart``)."""

from __future__ import annotations

import contextlib
import json
import sqlite3

import pytest
from test_cli import run
from test_cluster import cluster  # noqa: F401 (the fixture)
from test_restart_handoff import _section
from test_restart_kept_cluster import _listed, own_and_shared

from oncall_tray.core.journal import Journal
from oncall_tray.paths import Folders


def _resolved(fingerprint: str) -> list[str]:
    """The times of the journal's ``resolved`` events of ``fingerprint``."""
    with contextlib.closing(sqlite3.connect(f"file:{Folders.for_user().journal}?mode=ro", uri=True)) as conn:
        return [row[0] for row in conn.execute(
            "SELECT at FROM events WHERE kind = 'resolved' AND fingerprint = ?", (fingerprint,))]


def _tray_records(watcher, settings) -> dict:
    """Poll as the tray polls (``watcher``) and write to the journal what the tray writes of the
    poll (``ShiftPolls._record``, ``ShiftContact.record_contact``): the restart it sees, the poll
    with its kept alerts not taken as ended. The poll's ``kept``."""
    from oncall_tray.config import load_config
    from oncall_tray.core.restarts import record_restart
    from oncall_tray.member_starts import starts_of
    from oncall_tray.ui.shift_work import record_in_journal

    config = load_config(settings).config
    result = watcher.poll()
    snapshot = result.update.snapshot
    journal = Journal.open(Folders.for_user().journal)
    try:
        for url in result.restarted:
            started = next(m.status.uptime for m in result.members if m.url == url)
            record_restart(journal, url, started)
        record_in_journal(journal, snapshot.alerts, snapshot.severities, result.silences, snapshot.fetched_at,
                          False, frozenset(result.kept), config.watched(), snapshot.seen_starts, result.holders,
                          starts_of(result.members), config.engineer, tuple(m.url for m in result.members if m.ok))
    finally:
        journal.close()
    return result.kept


@pytest.mark.parametrize("preview", [("handoff", "start"), ("handoff", "end")])
def test_a_preview_records_no_alert_kept_through_a_restart_as_resolved(cluster, tmp_path, preview):  # noqa: F811
    from pathlib import Path

    from oncall_tray.alertmanager.client import AlertmanagerClient, AlertQuery
    from oncall_tray.alertmanager.cluster import ClusterClient
    from oncall_tray.cluster_watch import ClusterWatcher
    from oncall_tray.core.severity import SeverityMap
    from oncall_tray.core.tracker import AlertTracker

    a, b = cluster
    settings, fps = own_and_shared(a, b, tmp_path)  # APIDown on a alone, DiskFull on both
    clients = ClusterClient([AlertmanagerClient(a.url, timeout=3), AlertmanagerClient(b.url, timeout=3)])
    watcher = ClusterWatcher(clients, AlertTracker(SeverityMap()), AlertQuery())
    try:
        _tray_records(watcher, Path(settings))
        a.stop(remove_storage=False)
        a.start()
        assert list(_tray_records(watcher, Path(settings))) == [fps["APIDown"]]  # the tray keeps it, and wrote so
        shown = run(*preview, config=settings)
        assert shown.returncode == 0, shown.stderr
        assert "APIDown" in shown.stdout, shown.stdout
        assert _resolved(fps["APIDown"]) == [], "the preview recorded a kept alert resolved"
        assert set(_listed(settings)) == {"APIDown", "DiskFull"}
        again = run(*preview, config=settings)  # a second look reads the same
        assert "APIDown" in again.stdout, again.stdout
        acked = run("ack", fps["APIDown"], config=settings)
        assert acked.returncode == 0, acked.stderr
        assert f"APIDown is kept through the restart of Alertmanager {a.url}" in acked.stderr, acked.stderr
        listed = json.loads(run("silence", "list", "--json", config=settings).stdout)  # V5, one cluster
        assert next(x for x in listed if x["id"] == acked.stdout.strip())["covers"] == [fps["APIDown"]], listed
        assert list(_tray_records(watcher, Path(settings))) == [fps["APIDown"]]  # the tray still keeps it
    finally:
        clients.close()


def test_the_end_preview_counts_the_incidents_of_alerts_kept_through_a_restart(alertmanager, tmp_path):
    """Review 64 V5: a shift taken, then HighLatencyP99 and SlowDatabaseQueries fired and
    SlowDatabaseQueries acknowledged during it (no tray: the journal sees them through the
    commands), then the Alertmanager restarted: within its grace the ``handoff end`` preview
    said "Incidents: 0" and "Incidents Handled: Nothing to record", though both still fire, kept
    through the restart as ``status`` keeps them."""
    from conftest import make_alert, settings_file

    settings = settings_file(tmp_path, f"engineer: Eva\nlanguage: en\nalertmanager_url: {alertmanager.url}\n")
    begun = run("handoff", "start", "--confirm", config=settings)
    assert begun.returncode == 0, begun.stderr
    alertmanager.post_alerts([make_alert("HighLatencyP99", "critical"), make_alert("SlowDatabaseQueries", "warning")])
    seen = run("handoff", "start", config=settings)  # a preview: the journal sees them fire
    assert seen.returncode == 0, seen.stderr
    fps = _listed(settings)
    acked = run("ack", fps["SlowDatabaseQueries"], config=settings)
    assert acked.returncode == 0, acked.stderr
    alertmanager.stop(remove_storage=False)
    alertmanager.start()
    assert set(_listed(settings)) == {"HighLatencyP99", "SlowDatabaseQueries"}  # kept, as status keeps them
    acked = run("ack", fps["HighLatencyP99"], config=settings)  # acknowledged while kept
    assert acked.returncode == 0, acked.stderr
    shown = run("handoff", "end", config=settings)
    assert shown.returncode == 0, shown.stderr
    assert "- Incidents: 2" in shown.stdout, shown.stdout
    handled = _section(shown.stdout, "Incidents Handled")
    assert any("SlowDatabaseQueries" in x for x in handled) and any("HighLatencyP99" in x for x in handled), handled
    assert "SlowDatabaseQueries" in shown.stdout and "HighLatencyP99" in shown.stdout, shown.stdout
    assert _resolved(fps["SlowDatabaseQueries"]) == [] and _resolved(fps["HighLatencyP99"]) == []
