"""What the tray saw of Alertmanager itself is kept in the shift journal and said in the
handoff's observations (review 43 F3: Alertmanager down for 76 s, back without its alerts, and
the handoff said nothing of it): a real Alertmanager stopped and started again under a real
``ClusterWatcher``, its polls given to the shift controller's ``ContactRecords``."""

from __future__ import annotations

import datetime as dt

from conftest import make_alert, utcnow

from oncall_tray.alertmanager.client import AlertmanagerClient, AlertQuery
from oncall_tray.alertmanager.cluster import ClusterClient
from oncall_tray.cluster_watch import ClusterWatcher
from oncall_tray.core.handoff_noticed import contact_lines
from oncall_tray.core.journal import Journal
from oncall_tray.core.journal_schema import EventKind
from oncall_tray.core.journal_seen import LastSeen
from oncall_tray.core.severity import SeverityMap
from oncall_tray.core.tracker import AlertTracker
from oncall_tray.demo import LocalAlertmanager
from oncall_tray.i18n import english, translator
from oncall_tray.ui.shift_contact import ContactRecords

UTC = dt.timezone.utc


class Recorder(ContactRecords):
    """The shift controller's part that records, writing at once (its writer thread aside)."""

    def __init__(self, journal: Journal) -> None:
        self.journal = journal

    def submit(self, fn, *args, done=None, **kwargs):
        fn(*args, **kwargs)


def test_an_outage_and_a_restart_are_recorded_and_said_in_the_handoff(tmp_path):
    am = LocalAlertmanager(storage=tmp_path).start()
    journal = Journal.open(tmp_path / "journal.db")
    clients = ClusterClient([AlertmanagerClient(am.url, timeout=3)])
    watcher = ClusterWatcher(clients, AlertTracker(SeverityMap()), AlertQuery())
    recorder = Recorder(journal)
    began = utcnow() - dt.timedelta(seconds=1)
    try:
        am.post_alerts([make_alert("APIDown", "critical", starts_at=utcnow() - dt.timedelta(minutes=10))])
        recorder.record_contact(watcher.poll())
        am.stop(remove_storage=False)
        for _ in range(3):  # the second failure in a row loses contact; the third changes nothing
            recorder.record_contact(watcher.poll())
        am.start()  # back without its alerts: Prometheus has not sent them again yet
        back = watcher.poll()
        assert back.restarted == (am.url,)
        recorder.record_contact(back)
        recorder.record_contact(watcher.poll())  # still missing: not recorded twice
        kinds = [e.kind for e in journal.events(kinds=(EventKind.CONTACT_LOST, EventKind.CONTACT_RESTORED,
                                                       EventKind.ALERTMANAGER_RESTARTED))]
        assert kinds == [EventKind.CONTACT_LOST, EventKind.ALERTMANAGER_RESTARTED, EventKind.CONTACT_RESTORED], kinds
        outage, restart = contact_lines(journal, began, utcnow(), english, UTC)  # in the order they began
        assert outage.startswith("Alertmanager unreachable ") and outage.endswith(
            "(connection refused): alerts of that time may have gone unseen"), outage
        assert restart.startswith(f"Alertmanager {am.url} restarted at ") and restart.endswith(
            ": it lists its alerts again as Prometheus sends them"), restart
        am.stop(remove_storage=False)
        for _ in range(2):
            recorder.record_contact(watcher.poll())
        pt = contact_lines(journal, began, utcnow(), translator("pt_BR"), UTC)
        assert pt[-1].startswith("Alertmanager inacessível desde ") and pt[-1].endswith(
            "(conexão recusada), ainda na passagem de turno"), pt
    finally:
        clients.close()
        journal.close()
        am.stop()


def test_restarts_within_one_minute_make_one_line(tmp_path):
    """Review 44 F9: two restarts at 16:53:12 and 16:53:41 gave the same line twice."""
    journal = Journal.open(tmp_path / "journal.db")
    try:
        t0 = dt.datetime(2026, 12, 5, 16, 53, 12, tzinfo=UTC)
        for seconds in (0, 29):
            journal.record(EventKind.ALERTMANAGER_RESTARTED, t0 + dt.timedelta(seconds=seconds), text="http://am:9093")
        journal.record(EventKind.ALERTMANAGER_RESTARTED, t0 + dt.timedelta(minutes=5), text="http://am:9093")
        assert contact_lines(journal, t0 - dt.timedelta(hours=1), t0 + dt.timedelta(hours=1), english, UTC) == [
            "Alertmanager http://am:9093 restarted at 16:53: it lists its alerts again as Prometheus sends them (×2)",
            "Alertmanager http://am:9093 restarted at 16:58: it lists its alerts again as Prometheus sends them"]
    finally:
        journal.close()


def test_a_restart_seen_again_by_a_restarted_tray_is_recorded_once(tmp_path):
    """Review 52 H7: a tray started again within the restart's grace (its journal's alerts not
    listed again yet) took the same restart as new: "restarted at 00:14 … (×2)" in the handoff."""
    am = LocalAlertmanager(storage=tmp_path).start()
    journal = Journal.open(tmp_path / "journal.db")
    began = utcnow() - dt.timedelta(seconds=1)
    runs = []  # each run of the tray: its clients, its watcher, its recorder

    def tray(recalled=None):
        clients = ClusterClient([AlertmanagerClient(am.url, timeout=3)])
        runs.append((clients, ClusterWatcher(clients, AlertTracker(SeverityMap()), AlertQuery(), recalled=recalled),
                     Recorder(journal)))
        return runs[-1]

    try:
        am.post_alerts([make_alert("APIDown", "critical", starts_at=utcnow() - dt.timedelta(minutes=10))])
        _clients, watcher, recorder = tray()
        firing = list(watcher.poll().update.snapshot.alerts.values())
        am.stop(remove_storage=False)
        am.start()  # back without its alerts
        back = watcher.poll()
        assert back.restarted == (am.url,)
        recorder.record_contact(back)
        _clients, watcher, recorder = tray(recalled=lambda: LastSeen(firing))  # the tray quit and started again
        again = watcher.poll()
        assert again.restarted == (am.url,)  # the same restart, its alerts still missing
        recorder.record_contact(again)
        recorder.record_contact(watcher.poll())
        restarts = journal.events(kinds=(EventKind.ALERTMANAGER_RESTARTED,))
        assert [(e.text, e.at) for e in restarts] == [(am.url, back.members[0].status.uptime)]
        (line,) = contact_lines(journal, began, utcnow(), english, UTC)
        assert line.endswith(": it lists its alerts again as Prometheus sends them"), line  # no "(×2)"
    finally:
        for clients, _watcher, _recorder in runs:
            clients.close()
        journal.close()
        am.stop()


def test_a_member_down_while_the_others_answer_is_said_in_the_handoff(tmp_path):
    """Review 57 S5: with an HA pair, one member frozen a minute, then stopped and started again:
    the handoff's observations named only the other member's restart."""
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first = LocalAlertmanager(storage=tmp_path / "a").start()
    second = LocalAlertmanager(storage=tmp_path / "b").start()
    journal = Journal.open(tmp_path / "journal.db")
    clients = ClusterClient([AlertmanagerClient(first.url, timeout=3), AlertmanagerClient(second.url, timeout=3)])
    watcher = ClusterWatcher(clients, AlertTracker(SeverityMap()), AlertQuery())
    recorder = Recorder(journal)
    began = utcnow() - dt.timedelta(seconds=1)
    try:
        for am in (first, second):
            am.post_alerts([make_alert("APIDown", "critical", starts_at=utcnow() - dt.timedelta(minutes=10))])
        recorder.record_contact(watcher.poll())
        first.stop(remove_storage=False)
        for _ in range(3):  # down at each poll: recorded once
            down = watcher.poll()
            assert down.update is not None and not down.members[0].ok
            recorder.record_contact(down)
        first.start()
        recorder.record_contact(watcher.poll())
        kinds = [e.kind for e in journal.events(kinds=(EventKind.MEMBER_DOWN, EventKind.MEMBER_BACK,
                                                       EventKind.CONTACT_LOST))]
        assert kinds == [EventKind.MEMBER_DOWN, EventKind.MEMBER_BACK], kinds
        (line,) = [each for each in contact_lines(journal, began, utcnow(), english, UTC) if "restarted" not in each]
        assert line.startswith(f"Alertmanager {first.url} did not answer ") and line.endswith(
            " (connection refused); the other members answered"), line
        second.stop(remove_storage=False)
        recorder.record_contact(watcher.poll())
        pt = contact_lines(journal, began, utcnow(), translator("pt_BR"), UTC)
        assert pt[-1].startswith(f"Alertmanager {second.url} sem resposta desde ") and pt[-1].endswith(
            " (conexão recusada), ainda na passagem de turno; os outros membros responderam"), pt
    finally:
        clients.close()
        journal.close()
        first.stop()
        second.stop()


def test_an_outage_within_one_minute_is_said_for_under_a_minute(tmp_path):
    """Review 58 T7: "did not answer from 12:24 to 12:24" for a member down within one minute; the
    unwatched lines already say "for under a minute at 12:24". Events recorded at given times."""
    journal = Journal.open(tmp_path / "journal.db")
    url = "http://127.0.0.1:19382"
    day = dt.datetime(2026, 12, 6, tzinfo=UTC)
    try:
        at = [day.replace(hour=12, minute=24, second=s) for s in (5, 50)]
        journal.record(EventKind.MEMBER_DOWN, at[0], text=url, data={"reason": "connection refused"})
        journal.record(EventKind.MEMBER_BACK, at[1], text=url)
        journal.record(EventKind.CONTACT_LOST, day.replace(hour=12, minute=30, second=1), text="connection refused")
        journal.record(EventKind.CONTACT_RESTORED, day.replace(hour=12, minute=30, second=40))
        journal.record(EventKind.MEMBER_DOWN, day.replace(hour=12, minute=40, second=5), text=url,
                       data={"reason": "connection refused"})
        journal.record(EventKind.MEMBER_BACK, day.replace(hour=12, minute=42, second=1), text=url)
        lines = contact_lines(journal, day, day + dt.timedelta(hours=13), english, UTC)
        assert lines == [
            f"Alertmanager {url} did not answer for under a minute at 12:24 (connection refused); the other members "
            "answered",
            "Alertmanager unreachable for under a minute at 12:30 (connection refused): alerts of that time may have "
            "gone unseen",
            f"Alertmanager {url} did not answer from 12:40 to 12:42 (connection refused); the other members answered"]
        pt = contact_lines(journal, day, day + dt.timedelta(hours=13), translator("pt_BR"), UTC)
        assert pt[0].startswith(f"Alertmanager {url} sem resposta por menos de um minuto às 12:24"), pt
        assert "por menos de um minuto às 12:30" in pt[1], pt
    finally:
        journal.close()
