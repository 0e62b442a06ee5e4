"""Both members of a real Alertmanager cluster restarted together (review 68 AF5): the tray's
header and tooltip, ``status`` (text and ``--json``), the journal (``alertmanager_restarted``) and
so the handoff's observations named the first member only, though both lost every alert they
held. Every member that restarted is named. Two gossiping Alertmanagers on loopback, restarted
on their storage."""

from __future__ import annotations

import json

from conftest import make_alert, settings_file
from test_cli import run
from test_cluster import cluster  # noqa: F401 (the fixture)

from oncall_tray.alertmanager.client import AlertmanagerClient, AlertQuery
from oncall_tray.alertmanager.cluster import ClusterClient
from oncall_tray.cluster_watch import ClusterWatcher
from oncall_tray.core.severity import SeverityMap
from oncall_tray.core.tracker import AlertTracker


def _both_restarted(a, b) -> None:
    """Both members stopped, then started again on their storage (their alerts lost)."""
    a.stop(remove_storage=False)
    b.stop(remove_storage=False)
    a.start()
    b.start()


def test_the_watcher_names_both_members_restarted_together(cluster):  # noqa: F811
    a, b = cluster
    shared = [make_alert("Everywhere", "warning"), make_alert("APIDown", "critical")]
    a.post_alerts(shared)
    b.post_alerts(shared)
    clients = ClusterClient([AlertmanagerClient(a.url, timeout=3), AlertmanagerClient(b.url, timeout=3)])
    watcher = ClusterWatcher(clients, AlertTracker(SeverityMap()), AlertQuery())
    try:
        assert len(watcher.poll().update.snapshot.alerts) == 2
        _both_restarted(a, b)
        polled = watcher.poll()
        assert [m.ok for m in polled.members] == [True, True]
        assert not polled.update.events, polled.update.events
        assert sorted(polled.restarted) == sorted([a.url, b.url]), polled.restarted
    finally:
        clients.close()


def test_status_names_every_member_restarted(cluster, tmp_path):  # noqa: F811
    a, b = cluster
    shared = [make_alert("APIDown", "critical")]
    a.post_alerts(shared)
    b.post_alerts(shared)
    settings = settings_file(tmp_path, f"engineer: ana\nlanguage: en\nalertmanager_url: [{a.url}, {b.url}]\n")
    _both_restarted(a, b)
    text = run("status", config=settings)
    assert text.returncode in (0, 3), text.stderr
    line = next(x for x in text.stdout.splitlines() if "started less than a minute ago" in x)
    assert a.url in line and b.url in line, text.stdout
    doc = json.loads(run("status", "--json", config=settings).stdout)
    assert doc["alertmanager"]["started_lately"] is not None  # kept: scripts read it
    lately = {m["url"]: m["started_lately"] for m in doc["alertmanager"]["members"]}
    assert all(lately[url] is not None for url in (a.url, b.url)), doc["alertmanager"]["members"]
