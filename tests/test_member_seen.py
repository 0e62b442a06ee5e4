"""Review 61 X1 in the tray: what a cluster member that does not answer holds is "as last seen"
when that member last answered, not at the latest poll (which it did not answer). The tray
knows it from its own polls; for a member down since it started, from the shift journal
(``journal_seen.when_answered``), which keeps it per member, also for the quiet polls it does
not write (``record_seen``: a member that stops answering is written at once)."""

from __future__ import annotations

import dataclasses
import datetime as dt

from conftest import make_alert, running_tray

from oncall_tray.alertmanager.client import AlertmanagerClient, AlertQuery
from oncall_tray.alertmanager.cluster import ClusterClient
from oncall_tray.cluster_watch import ClusterWatcher
from oncall_tray.commands.journal_common import record_one_shot
from oncall_tray.commands.status import poll_once
from oncall_tray.config import Config
from oncall_tray.core.journal import Journal
from oncall_tray.core.journal_seen import last_seen, seen_at, when_answered
from oncall_tray.core.severity import SeverityMap
from oncall_tray.core.tracker import AlertTracker
from oncall_tray.demo import LocalAlertmanager
from oncall_tray.paths import Folders


def _pair():
    """Two Alertmanagers that are not one cluster, APIDown on the first, OnlyOnAM2 on the second."""
    a, b = LocalAlertmanager().start(), LocalAlertmanager().start()
    a.post_alerts([make_alert("APIDown", "critical")])
    b.post_alerts([make_alert("OnlyOnAM2", "warning")])
    return a, b


def _fingerprint(live, name: str) -> str:
    return next(fp for fp, alert in live.alerts.items() if alert.alertname == name)


def test_a_member_that_stops_answering_is_last_seen_at_its_last_answer(qtbot, tmp_path):
    a, b = _pair()
    config = Config(alertmanager_url=a.url, alertmanager_peers=(b.url,), notifications=False, engineer="ana",
                    poll_interval=1, max_retry_interval=1, request_timeout=2, language="en")
    journal = Journal.open(Folders.for_user().journal)
    try:
        with running_tray(qtbot, config, tmp_path) as ctl:
            answered = []  # the polls both members answered (quiet ones among them: not written)
            ctl.poller.polled.connect(lambda r: answered.append(r) if r.update and all(m.ok for m in r.members)
                                      else None)
            qtbot.waitUntil(lambda: len(answered) >= 3, timeout=20000)
            a.stop()
            partial = []
            ctl.poller.polled.connect(lambda r: partial.append(r) if r.update and not r.members[0].ok else None)
            qtbot.waitUntil(lambda: len(partial) >= 2 and ctl.shift.live.unanswered == (a.url,), timeout=20000)
            last = answered[-1].update.snapshot.fetched_at
            live = ctl.shift.live
            assert live.seen_of(_fingerprint(live, "APIDown")) == last
            assert partial[-1].update.snapshot.fetched_at > last
            qtbot.waitUntil(lambda: when_answered(journal, config.watched()).get(a.url) == last, timeout=5000)
            assert seen_at(journal, config.watched()) > last  # the partial poll, written: not a's time
    finally:
        a.stop()
        b.stop()
        journal.close()


def test_a_tray_started_with_a_member_down_says_when_the_journal_saw_it_answer(tmp_path):
    a, b = _pair()
    config = Config(alertmanager_url=a.url, alertmanager_peers=(b.url,), engineer="ana", request_timeout=3)
    urls = list(config.alertmanager_urls())
    journal = Journal.open(Folders.for_user().journal)
    clients = ClusterClient([AlertmanagerClient(url, timeout=3) for url in urls])
    try:
        polled = poll_once(config)
        earlier = polled.snapshot.fetched_at - dt.timedelta(minutes=40)
        record_one_shot(journal, dataclasses.replace(polled, snapshot=dataclasses.replace(polled.snapshot,
                                                                                         fetched_at=earlier)),
                        urls=config.watched())
        a.stop()
        result = ClusterWatcher(clients, AlertTracker(SeverityMap()), AlertQuery(),
                                recalled=lambda: last_seen(journal, config.watched())).poll()
        assert [x.alertname for fp, x in result.update.snapshot.alerts.items() if fp in result.unknown] == ["APIDown"]
        assert result.answered[a.url] == earlier and result.answered[b.url] > earlier
    finally:
        clients.close()
        a.stop()
        b.stop()
        journal.close()
