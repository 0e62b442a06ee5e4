"""A tray started while a cluster member does not answer (review 56 P7): what the shift journal
last saw firing that the members answering lack is held as the running tray holds a lost
member's alerts, until that member answers and then for its restart grace; never recorded as
resolved."""

from __future__ import annotations

import datetime as dt

from conftest import make_alert, utcnow
from PySide6.QtCore import Qt
from test_cluster import cluster  # noqa: F401 (the fixture)

from oncall_tray.alertmanager.client import AlertmanagerClient, AlertQuery
from oncall_tray.alertmanager.cluster import ClusterClient
from oncall_tray.cluster_watch import RESTART_GRACE, ClusterWatcher
from oncall_tray.core.journal import Journal
from oncall_tray.core.journal_feed import record_poll
from oncall_tray.core.journal_seen import last_seen
from oncall_tray.core.journal_schema import EventKind
from oncall_tray.core.severity import SeverityMap
from oncall_tray.core.tracker import AlertTracker
from oncall_tray.ui.alerts_model import COLUMNS


def _watch(urls, **kwargs) -> tuple[ClusterClient, ClusterWatcher]:
    clients = ClusterClient([AlertmanagerClient(url, timeout=3) for url in urls])
    return clients, ClusterWatcher(clients, AlertTracker(SeverityMap()), AlertQuery(), **kwargs)


def _record(journal: Journal, result, urls) -> None:
    snapshot = result.update.snapshot
    record_poll(journal, snapshot.alerts, snapshot.severities, result.silences, snapshot.fetched_at, urls=urls)


def test_a_tray_started_while_a_member_is_down_keeps_what_the_journal_saw_only_there(cluster, tmp_path):  # noqa: F811
    """Review 56 P7: SlowDatabaseQueries posted to b only; b stopped; the tray restarted, b still
    down: its first poll recorded SlowDatabaseQueries "resolved" and the handoff said "resolved on
    their own". It stays, as last seen, while b does not answer, and while b, back, has not got
    it again (its restart grace); the alerts the members answering list are theirs."""
    a, b = cluster
    urls = [a.url, b.url]
    only_b = make_alert("SlowDatabaseQueries", "warning", instance="db-01:5432")
    shared = make_alert("Everywhere", "critical")
    a.post_alerts([shared])
    b.post_alerts([only_b, shared])
    journal = Journal.open(tmp_path / "journal.db")
    clients, running = _watch(urls)
    try:
        _record(journal, running.poll(), urls)
        b.stop(remove_storage=False)
        lost = running.poll()
        assert sorted(x.alertname for x in lost.update.snapshot.alerts.values()) == ["Everywhere", "SlowDatabaseQueries"]
        _record(journal, lost, urls)
    finally:
        clients.close()
    asked = []
    # the tray restarted, b still down; a up for longer than RESTART_GRACE (it lists what fires)
    later = [RESTART_GRACE + dt.timedelta(seconds=5)]
    clients, watcher = _watch(urls, clock=lambda: utcnow() + later[0],
                              recalled=lambda: asked.append(1) or last_seen(journal, urls))
    try:
        first = watcher.poll()
        assert [m.ok for m in first.members] == [True, False]
        assert sorted(x.alertname for x in first.update.snapshot.alerts.values()) == ["Everywhere", "SlowDatabaseQueries"]
        _record(journal, first, urls)
        again = watcher.poll()
        assert not again.update.events, again.update.events
        _record(journal, again, urls)
        assert asked == [1]  # read once
        later[0] = dt.timedelta(0)
        b.start()  # its alerts lost until Prometheus sends them again
        back = watcher.poll()
        assert [m.ok for m in back.members] == [True, True]
        assert not back.update.events, back.update.events
        assert watcher.restarted == (b.url,)
        _record(journal, back, urls)
        b.post_alerts([only_b, shared])
        assert not watcher.poll().update.events
        assert watcher.restarted == ()
        assert [e.alertname for e in journal.events(kinds=(EventKind.RESOLVED,))] == []
    finally:
        clients.close()
        journal.close()


def test_the_window_marks_an_alert_only_a_member_down_holds_as_last_seen(qtbot, cluster, tmp_path):  # noqa: F811
    """Review 56 P5: SlowDatabaseQueries posted to b only, b stopped: ``status`` said "firing, as
    last seen", the alerts window "firing", in the State cell, its tooltip and the detail pane,
    as for the alerts the member answering confirms. Its state is not known while b is down."""
    from conftest import running_tray

    from oncall_tray.config import Config

    a, b = cluster
    shared = make_alert("HighMemoryUsage", "warning", instance="db-02:9100")
    a.post_alerts([shared])
    b.post_alerts([shared, make_alert("SlowDatabaseQueries", "warning", instance="db-01:5432")])
    config = Config(alertmanager_url=a.url, alertmanager_peers=(b.url,), notifications=False, engineer="ana",
                    poll_interval=1, max_retry_interval=1, request_timeout=2, language="en")
    with running_tray(qtbot, config, tmp_path) as ctl:
        qtbot.waitUntil(lambda: ctl.snapshot is not None and len(ctl.snapshot.alerts) == 2, timeout=15000)
        ctl.show_window()
        window = ctl.built_window
        b.stop(remove_storage=False)
        qtbot.waitUntil(lambda: bool(ctl.view.members_down and ctl.view.unknown), timeout=15000)
        model = window.model
        states = {model.alert(fp).alertname: model.state_text(model.alert(fp)) for fp in ctl.snapshot.alerts}
        assert states == {"SlowDatabaseQueries": f"firing, as last seen on {b.url}", "HighMemoryUsage": "firing"}, states
        slow = next(fp for fp, x in ctl.snapshot.alerts.items() if x.alertname == "SlowDatabaseQueries")
        column = COLUMNS.index("state")
        index = model.index(model.row_of(slow), column)
        assert model.data(index) == "firing, as last seen"  # the narrow cell; the member in its tooltip
        assert model.data(index, Qt.ItemDataRole.ToolTipRole) == f"<qt>firing, as last seen on {b.url}</qt>"
        assert window.select_alert(slow)
        assert f"State: firing, as last seen on {b.url}" in window.details.toPlainText()
        b.start()  # it answers again: believed
        b.post_alerts([shared, make_alert("SlowDatabaseQueries", "warning", instance="db-01:5432")])
        qtbot.waitUntil(lambda: not ctl.view.members_down, timeout=15000)
        assert model.state_text(model.alert(slow)) == "firing"


def test_status_json_leaves_out_what_the_journal_does_not_keep_of_an_alert_as_last_seen(cluster, tmp_path):  # noqa: F811
    """Review 56 P6: an alert listed "as last seen" (its member down) came out with
    ``"generatorURL": ""``, ``"receivers": []`` and its annotations but the summary gone: the
    journal's copy keeps its labels, annotations, start, silences and members only; what it does
    not keep is left out of that alert's JSON, not given as empty values."""
    import json

    from test_cli import run

    a, b = cluster
    runbook = {"runbook_url": "http://localhost:3002/runbook"}
    shared, only_b = make_alert("HighMemoryUsage", "warning"), make_alert("SlowDatabaseQueries", "warning")
    for alert in (shared, only_b):
        alert["annotations"].update(runbook)
    a.post_alerts([shared])
    b.post_alerts([shared, only_b])
    settings = tmp_path / "c.yaml"
    settings.write_text(f"engineer: ana\nlanguage: en\nalertmanager_url: [{a.url}, {b.url}]\n", encoding="utf-8")
    assert run("handoff", "start", "--confirm", config=str(settings)).returncode == 0
    b.stop()
    status = run("status", "--json", config=str(settings))
    assert status.returncode == 0, status.stderr
    alerts = {x["alertname"]: x for x in json.loads(status.stdout)["alerts"]}
    live, held = alerts["HighMemoryUsage"], alerts["SlowDatabaseQueries"]
    assert not live["asLastSeen"] and live["annotations"]["runbook_url"] == runbook["runbook_url"]
    assert live["generatorURL"] and live["receivers"]
    assert held["asLastSeen"] and held["summary"] == "SlowDatabaseQueries summary"
    assert held["labels"]["alertname"] == "SlowDatabaseQueries" and held["startsAt"]
    assert held["annotations"]["runbook_url"] == runbook["runbook_url"] and held["heldBy"] == [b.url]
    for key in ("generatorURL", "receivers", "endsAt", "inhibitedBy"):
        assert key not in held, (key, held)


def test_silence_add_for_an_alert_only_a_member_down_holds_says_so(cluster, tmp_path):  # noqa: F811
    """Review 56 P8: SlowDatabaseQueries posted to b only, b down, ``status`` listing it "firing, as
    last seen": ``silence add 'alertname="SlowDatabaseQueries"'`` warned "this silence matches no
    alert firing now; check the matchers", sending the engineer to check right matchers. The
    warning says the alert is known only as last seen on the member that does not answer. With
    b up, the alert it alone holds is matched: no warning (the alerts were the first member's)."""
    from test_cli import run

    a, b = cluster
    a.post_alerts([make_alert("HighMemoryUsage", "warning")])
    b.post_alerts([make_alert("HighMemoryUsage", "warning"), make_alert("SlowDatabaseQueries", "warning")])
    settings = tmp_path / "c.yaml"
    settings.write_text(f"engineer: ana\nlanguage: en\nalertmanager_url: [{a.url}, {b.url}]\n", encoding="utf-8")
    assert run("handoff", "start", "--confirm", config=str(settings)).returncode == 0

    def add(name: str):
        return run("silence", "add", "--duration", "1h", "--comment", "Manutenção programada", f'alertname="{name}"',
                   config=str(settings))

    up = add("SlowDatabaseQueries")
    assert up.returncode == 0 and "warning" not in up.stderr, up.stderr
    b.stop()
    down = add("SlowDatabaseQueries")
    assert down.returncode == 0, down.stderr
    assert "check the matchers" not in down.stderr, down.stderr
    assert (f"warning: this silence matches SlowDatabaseQueries as last seen on Alertmanager {b.url}, which does "
            "not answer") in down.stderr, down.stderr
    typo = add("SlowDatabaseQuery")
    assert "matches no alert firing now; check the matchers" in typo.stderr, typo.stderr
