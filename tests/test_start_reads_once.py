"""A tray that starts reads the shift journal's last look at its Alertmanager (``journal_seen.
LastSeen``: 1,000 alerts and their silences in a long shift) once: the ``ClusterWatcher``'s
``recalled`` (a member started lately, or none answering yet) and the poller's look back at its
first good poll (``PollerJournal._look_back``: what ended while the tray was off) share that read.
It read it twice: the watcher's, then the look back's (issue: work done twice at start). Real
Alertmanager, real journal file; the reads counted through the journal's public reader
(``Journal.query``): ``journal_seen.seen_silences``, one per ``last_seen``, is the only one that
reads the ``silences`` table."""

from __future__ import annotations

import contextlib
import datetime as dt

from conftest import make_alert, utcnow

from oncall_tray.alertmanager.client import AlertmanagerClient, AlertQuery
from oncall_tray.config import Config
from oncall_tray.core.journal import Journal
from oncall_tray.core.journal_feed import record_poll
from oncall_tray.core.severity import Severity
from oncall_tray.demo import LocalAlertmanager

LAST_LOOK = "SELECT * FROM silences"  # (``journal_seen._seen_rows``, for ``seen_silences``)


def _counted(journal: Journal) -> list[str]:
    """The SQL of each read of the journal's last look through ``journal.query`` (a spy: the real
    reader answers)."""
    reads: list[str] = []
    real = journal.query

    def query(sql: str, params: tuple = ()):
        if sql == LAST_LOOK:
            reads.append(sql)
        return real(sql, params)

    journal.query = query
    return reads


def _last_look(am: LocalAlertmanager, path, config: Config) -> None:
    """The journal at ``path`` as a tray that quit left it: its last look at ``am`` (the alerts it
    lists, as the tray records them)."""
    with AlertmanagerClient(am.url, timeout=3) as client:
        listed = {a.fingerprint: a for a in client.alerts(AlertQuery())}
    journal = Journal.open(path)
    try:
        record_poll(journal, listed, {fp: Severity.CRITICAL for fp in listed}, {},
                    utcnow() - dt.timedelta(minutes=3), urls=config.watched())
    finally:
        journal.close()


def _settings(am: LocalAlertmanager) -> Config:
    return Config(alertmanager_url=am.url, notifications=False, poll_interval=3600, language="en")


@contextlib.contextmanager
def _stopped_after_a_look(tmp_path):
    """An Alertmanager (its data in ``tmp_path``/am) that fired APIDown, the journal's last look
    at it (``tmp_path``/journal.sqlite), then stopped: yields (it, its settings, the journal's
    path); stopped again on exit."""
    (tmp_path / "am").mkdir()
    am = LocalAlertmanager(storage=tmp_path / "am").start()
    try:
        am.post_alerts([make_alert("APIDown", "critical")])
        config, path = _settings(am), tmp_path / "journal.sqlite"
        _last_look(am, path, config)
        am.stop(remove_storage=False)
        yield am, config, path
    finally:
        am.stop()


def _worker(config: Config, journal: Journal | None):
    from oncall_tray.ui.poller import PollerWorker

    worker = PollerWorker(config, journal=journal)
    results: list = []
    worker.polled.connect(results.append)
    return worker, results


def test_a_tray_started_on_an_alertmanager_started_lately_reads_the_journals_last_look_once(qapp, alertmanager,
                                                                                           tmp_path):
    """The Alertmanager started less than ``RESTART_GRACE`` ago (the watcher asks the journal
    whether it restarted with alerts held), and the first good poll looks back: one read."""
    alertmanager.post_alerts([make_alert("APIDown", "critical"), make_alert("DiskFull", "warning")])
    config = _settings(alertmanager)
    path = tmp_path / "journal.sqlite"
    _last_look(alertmanager, path, config)
    journal = Journal.open(path)
    reads = _counted(journal)
    worker, results = _worker(config, journal)
    try:
        worker.start()
        worker.poll()
    finally:
        worker.stop()
    assert [r.error for r in results] == [None, None]
    assert sorted(a.alertname for a in results[0].update.snapshot.alerts.values()) == ["APIDown", "DiskFull"]
    assert len(reads) == 1, reads


def test_a_tray_started_while_alertmanager_does_not_answer_reads_the_journals_last_look_once(qapp, tmp_path):
    """No answer at start: the tray shows the journal's copy (``ClusterWatcher.recalled``); the
    first good poll, once Alertmanager is up, looks back with that same read."""
    with _stopped_after_a_look(tmp_path) as (am, config, path):
        journal = Journal.open(path)
        reads = _counted(journal)
        worker, results = _worker(config, journal)
        try:
            worker.start()  # refused: the journal's copy is shown
            worker.poll()
            am.start()
            worker.poll()  # the first good poll
            worker.poll()
        finally:
            worker.stop()
    assert [r.update is None for r in results] == [True, True, False, False]
    assert results[0].recalled is not None and results[1].recalled is results[0].recalled
    assert [a.alertname for a in results[0].recalled.snapshot.alerts.values()] == ["APIDown"]
    assert len(reads) == 1, reads


def test_a_journal_given_after_the_start_is_read_at_the_first_good_poll(qapp, tmp_path):
    """No journal when the watcher asked (it could not be used then: ``use_journal`` later): the
    look back reads the journal it has at its first good poll, not the nothing read before."""
    with _stopped_after_a_look(tmp_path) as (am, config, path):
        worker, results = _worker(config, None)
        journal = Journal.open(path)
        reads = _counted(journal)
        try:
            worker.start()  # refused, and no journal: nothing recalled
            worker.use_journal(journal)
            am.start()
            worker.poll()
        finally:
            worker.stop()
    assert [r.update is None for r in results] == [True, False]
    assert results[0].recalled is None
    assert len(reads) == 1, reads
