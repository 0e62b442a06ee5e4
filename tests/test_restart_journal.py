"""Review 60 V7: an Alertmanager that restarted (its alerts not persisted, no Prometheus sending
them again yet) is in its restart grace for every poll that the shift journal records within
``RESTART_GRACE`` of its start, not only the first: the second journal-writing command, or the
tray started after the first, recorded its alerts "resolved" (the handoff then said "Fired and
resolved on their own" and forgot an escalation) while the tray kept them firing."""

from __future__ import annotations

from conftest import make_alert
from test_cli import run

from oncall_tray.alertmanager.client import AlertmanagerClient, AlertQuery
from oncall_tray.alertmanager.cluster import ClusterClient
from oncall_tray.cluster_watch import ClusterWatcher
from oncall_tray.core.journal import Journal
from oncall_tray.core.journal_schema import EventKind
from oncall_tray.core.journal_seen import last_seen
from oncall_tray.core.journal_starts import MEMBER_STARTS
from oncall_tray.core.severity import SeverityMap
from oncall_tray.core.tracker import AlertTracker
from oncall_tray.paths import Folders


def test_alerts_of_a_restarted_alertmanager_are_not_resolved_by_later_polls_in_its_grace(alertmanager, tmp_path):
    _restarted_and_two_commands(alertmanager, tmp_path, forget_start=False)


def test_a_start_first_recorded_in_its_grace_is_a_restart_not_a_known_start(alertmanager, tmp_path):
    """Review 61 X2: the journal had no start for that member yet (written by the version
    before, or a member newly added to the settings): the first command after the restart
    stored its new start as known, and the second, inside the grace, resolved its alerts."""
    _restarted_and_two_commands(alertmanager, tmp_path, forget_start=True)


def _restarted_and_two_commands(alertmanager, tmp_path, forget_start: bool) -> None:
    """A handoff start recorded, ``alertmanager`` restarted (its alerts lost), two journal-writing
    commands inside its grace, then a tray's first poll: nothing is recorded resolved, the tray
    keeps the alert. ``forget_start``: the journal keeps no member start before the restart."""
    alertmanager.post_alerts([make_alert("OnlyOnAM2e", "warning")])
    settings = tmp_path / "c.yaml"
    settings.write_text(f"engineer: ana\nlanguage: en\nalertmanager_url: {alertmanager.url}\n", encoding="utf-8")
    begun = run("handoff", "start", "--confirm", config=str(settings))
    assert begun.returncode == 0, begun.stderr
    if forget_start:  # as in a journal written before member starts were kept
        journal = Journal.open(Folders.for_user().journal)
        try:
            with journal.transaction() as tx:
                tx.conn.execute("DELETE FROM state WHERE scope = ? AND key = ?", MEMBER_STARTS)
        finally:
            journal.close()
    alertmanager.stop(remove_storage=False)
    alertmanager.start()  # its alerts lost until Prometheus sends them again
    for pending in ("x", "y"):  # each records a poll: the first sees the new start, the second knows it
        ended = run("handoff", "end", "--pending", pending, config=str(settings))
        assert ended.returncode == 0, ended.stderr
        assert "resolved on their own" not in ended.stdout, (pending, ended.stdout)
    journal = Journal.open(Folders.for_user().journal)
    clients = ClusterClient([AlertmanagerClient(alertmanager.url, timeout=3)])
    try:
        assert not journal.events(kinds=(EventKind.RESOLVED,))
        # a tray started now keeps it too (its first poll: the journal's copy, not a known start)
        watcher = ClusterWatcher(clients, AlertTracker(SeverityMap()), AlertQuery(),
                                 recalled=lambda: last_seen(journal, [alertmanager.url]))
        first = watcher.poll()
        assert [x.alertname for x in first.update.snapshot.alerts.values()] == ["OnlyOnAM2e"]
        assert first.restarted == (alertmanager.url,) and alertmanager.url not in first.known_starts
    finally:
        clients.close()
        journal.close()
