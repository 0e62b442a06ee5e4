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
from oncall_tray.paths import Folders


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


def test_the_tray_says_and_records_both_restarts(qtbot, cluster, tmp_path):  # noqa: F811
    """The tray's tooltip and header lines (``connection_lines``), the journal's
    ``alertmanager_restarted`` and the handoff's observations name both members."""
    import datetime as dt

    from conftest import running_tray, utcnow

    from oncall_tray.config import Config
    from oncall_tray.core.handoff_noticed import noticed
    from oncall_tray.core.journal import Journal
    from oncall_tray.core.journal_schema import EventKind
    from oncall_tray.i18n import english
    from oncall_tray.ui.tray import connection_lines

    a, b = cluster
    shared = [make_alert("Everywhere", "warning"), make_alert("APIDown", "critical")]
    for member in cluster:
        member.post_alerts(shared)
    config = Config(alertmanager_url=a.url, alertmanager_peers=(b.url,), notifications=False, engineer="ana",
                    poll_interval=1, max_retry_interval=1, request_timeout=2, language="en")
    began = utcnow()
    with running_tray(qtbot, config, tmp_path) as ctl:
        qtbot.waitUntil(lambda: ctl.snapshot is not None and len(ctl.snapshot.alerts) == 2, timeout=15000)
        _both_restarted(a, b)
        qtbot.waitUntil(lambda: sorted(ctl.view.restarted) == sorted([a.url, b.url]), timeout=15000)
        assert len(ctl.snapshot.alerts) == 2  # kept, not resolved
        lines = connection_lines(ctl.view)
        for url in (a.url, b.url):
            assert f"⚠ {url} restarted: its alerts from before are kept until Prometheus sends them again" in lines
        journal = Journal.open(Folders.for_user().journal)
        try:
            qtbot.waitUntil(lambda: sorted(e.text for e in journal.events(kinds=(EventKind.ALERTMANAGER_RESTARTED,)))
                            == sorted([a.url, b.url]), timeout=15000)
            said = noticed(journal, began, utcnow() + dt.timedelta(seconds=1), (), english, dt.timezone.utc)
            assert [line for line in said if a.url in line and "restarted" in line], said
            assert [line for line in said if b.url in line and "restarted" in line], said
        finally:
            journal.close()
