"""A change of what the tray asks Alertmanager for (the ``filter`` and ``receiver`` settings) is
not an event of the alerts (review 56 Q10: ``receiver: team-db`` said "8 alerts resolved",
"Resolved: APIDown (silence still active)", the handoff said them resolved on their own and
offered to expire a live acknowledgement; set back, they "fired again" and flapped). Alerts
leaving the scope are set aside, no longer watched, as those of an Alertmanager left are
(``core.journal_aside``); taken back when the scope returns; those in both go on untouched."""

from __future__ import annotations

import datetime as dt

from conftest import make_alert, running_tray, silence, utcnow
from test_cli import run

from oncall_tray.config import Config
from oncall_tray.core.handoff import Live, end_report
from oncall_tray.core.journal import Journal
from oncall_tray.core.journal_schema import EventKind
from oncall_tray.core.shifts import attention_said, open_incidents, start_shift
from oncall_tray.demo import LocalAlertmanager
from oncall_tray.paths import Folders

#: Alertmanager's configuration of the review: a route that only SlowDatabaseQueries takes.
ROUTED = """\
route:
  receiver: default
  group_wait: 1s
  group_interval: 1s
  repeat_interval: 1h
  routes:
    - receiver: team-db
      matchers: ['alertname="SlowDatabaseQueries"']
receivers:
  - name: default
  - name: team-db
"""
NAMES = ("APIDown", "DatabaseDown", "HighLatency", "SlowDatabaseQueries")
OUTSIDE = {"APIDown", "DatabaseDown", "HighLatency"}


def _routed_alertmanager() -> tuple[LocalAlertmanager, list[dict]]:
    """A started Alertmanager with ``ROUTED``, the alerts posted (fired 20 minutes ago: every
    response target missed) and APIDown acknowledged (an incident)."""
    am = LocalAlertmanager(config=ROUTED).start()
    started = utcnow() - dt.timedelta(minutes=20)
    posted = [make_alert(name, severity, starts_at=started) for name, severity in zip(
        NAMES, ("critical", "critical", "warning", "warning"))]
    am.post_alerts(posted)
    silence(am, posted[0]["labels"], author="ana", comment="ACK! investigando")
    return am, posted


def _firing(journal: Journal) -> set[str]:
    return {row[0] for row in journal.query("SELECT alertname FROM firing")}


def _scope(journal: Journal) -> list:
    from oncall_tray.core.journal_feed import WATCHED

    return journal.get_state(*WATCHED) or []


def tray_config(url: str) -> Config:
    """The tray's settings on the Alertmanager at ``url``, polled every second."""
    return Config(alertmanager_url=url, notifications=False, engineer="ana", poll_interval=1, max_retry_interval=1,
                  request_timeout=2)


def test_a_receiver_changed_and_set_back_while_the_tray_runs_resolves_and_fires_nothing(qtbot, tmp_path):
    am, _posted = _routed_alertmanager()
    config = tray_config(am.url)
    journal = Journal.open(Folders.for_user().journal)
    try:
        with running_tray(qtbot, config, tmp_path) as ctl:
            notices = []
            ctl.notifier.show = notices.extend
            qtbot.waitUntil(lambda: _firing(journal) == set(NAMES) and bool(open_incidents(journal)), timeout=15000)
            shift = start_shift(journal, "ana")
            qtbot.waitUntil(lambda: bool((attention_said(journal)[1] or {}).get("flags")), timeout=15000)
            incident = open_incidents(journal)[0]
            notices.clear()

            ctl.apply_settings(ctl.loaded.overridden(receiver="team-db"))  # narrowed: the review's step
            qtbot.waitUntil(lambda: _firing(journal) == {"SlowDatabaseQueries"}, timeout=15000)
            polls = []
            ctl.poller.polled.connect(polls.append)
            qtbot.waitUntil(lambda: len(polls) >= 3, timeout=15000)
            assert set(a.alertname for a in ctl.snapshot.alerts.values()) == {"SlowDatabaseQueries"}
            told = [f"{n.title} | {n.body}" for n in notices]
            assert not told, told  # no "3 alerts resolved", no "Resolved: APIDown (silence still active)"
            events = journal.events(shift.started_at, kinds=(EventKind.FIRED, EventKind.RESOLVED))
            assert not [(e.kind.value, e.alertname) for e in events]
            aside = journal.events(shift.started_at, kinds=(EventKind.UNWATCHED,))
            assert sorted(e.alertname for e in aside) == sorted(OUTSIDE)  # the one in both scopes goes on
            assert [(i.id, i.resolved_at) for i in open_incidents(journal)] == [(incident.id, None)]
            report = end_report(journal, shift, Live(ctl.snapshot.alerts, ctl.snapshot.severities,
                                                     silences=ctl.silences), ctl.shift.translate, dt.timezone.utc)
            assert not [line for line in report.noticed if "resolved" in line], report.noticed
            assert [line.idle for line in report.silences] == [False]  # not "covers no alert now: expire it?"
            assert not [i for i in report.incidents if i.incident.resolved_at is not None]

            ctl.apply_settings(ctl.loaded.overridden(receiver=""))  # and back
            qtbot.waitUntil(lambda: _firing(journal) == set(NAMES), timeout=15000)
            polls = []
            ctl.poller.polled.connect(polls.append)
            qtbot.waitUntil(lambda: len(polls) >= 3, timeout=15000)
            told = [f"{n.title} | {n.body}" for n in notices]
            assert not told, told  # no "fired again", no red flag, escalation or missed response again
            events = journal.events(shift.started_at, kinds=(EventKind.FIRED, EventKind.RESOLVED))
            assert not [(e.kind.value, e.alertname) for e in events]
            assert [(i.id, i.resolved_at) for i in open_incidents(journal)] == [(incident.id, None)]
            report = end_report(journal, shift, Live(ctl.snapshot.alerts, ctl.snapshot.severities,
                                                     silences=ctl.silences), ctl.shift.translate, dt.timezone.utc)
            assert (report.alerts_received, report.alerts_inherited) == (0, 4)
            assert not [line for line in report.noticed if any(name in line for name in NAMES)], report.noticed
    finally:
        am.stop()
        journal.close()


def test_a_tray_and_the_commands_started_with_another_receiver_than_the_journal_saw(qtbot, tmp_path):
    """The tray started anew with ``receiver: team-db`` after a shift that watched every alert,
    then ``status`` and ``handoff end`` on those settings, then on the settings set back: nothing
    resolved, nothing fired again, the acknowledgement's silence not called idle."""
    am, _posted = _routed_alertmanager()
    settings = tmp_path / "c.yaml"
    text = f"engineer: ana\nlanguage: en\nalertmanager_url: {am.url}\n"
    settings.write_text(text, encoding="utf-8")
    config = Config(alertmanager_url=am.url, notifications=False, engineer="ana", poll_interval=1,
                    max_retry_interval=1, request_timeout=2)
    journal = Journal.open(Folders.for_user().journal)
    try:
        assert run("handoff", "start", "--confirm", config=str(settings)).returncode == 0  # a journal without scope
        assert _firing(journal) == set(NAMES) and open_incidents(journal)
        kinds = (EventKind.FIRED, EventKind.RESOLVED)
        before = journal.events(kinds=kinds)
        narrowed = Config(**{**{f: getattr(config, f) for f in config.__struct_fields__}, "receiver": "team-db"})
        with running_tray(qtbot, narrowed, tmp_path) as ctl:
            notices = []
            ctl.notifier.show = notices.extend
            polls = []
            ctl.poller.polled.connect(polls.append)
            qtbot.waitUntil(lambda: _firing(journal) == {"SlowDatabaseQueries"} and len(polls) >= 3, timeout=15000)
            told = [f"{n.title} | {n.body}" for n in notices]
            assert not [line for line in told if "esolved" in line], told
        settings.write_text(text + "receiver: team-db\n", encoding="utf-8")
        status = run("status", config=str(settings))
        assert status.returncode == 0, status.stderr
        ended = run("handoff", "end", config=str(settings))
        assert ended.returncode == 0, ended.stderr
        assert "Resolved" not in ended.stdout and "resolved on their own" not in ended.stdout, ended.stdout
        assert "covers no alert now" not in ended.stdout, ended.stdout
        assert "Follow up APIDown (not watched now: outside the settings' filter or receiver)" in ended.stdout
        assert 'watched with another filter or receiver since' in ended.stdout and '(receiver "team-db")' in ended.stdout
        assert journal.events(kinds=kinds) == before
        assert sorted(e.alertname for e in journal.events(kinds=(EventKind.UNWATCHED,))) == sorted(OUTSIDE)
        settings.write_text(text, encoding="utf-8")  # set back: taken back by the command line
        ended = run("handoff", "end", config=str(settings))
        assert ended.returncode == 0, ended.stderr
        assert "Resolved" not in ended.stdout and "resolved on their own" not in ended.stdout, ended.stdout
        assert _firing(journal) == set(NAMES) and _scope(journal) == [am.url]
        assert "Follow up APIDown (still firing)" in ended.stdout, ended.stdout
        assert "watched with another filter or receiver" in ended.stdout and "alerts outside it may have gone " \
            "unseen" in ended.stdout, ended.stdout
        assert journal.events(kinds=kinds) == before  # none fired again
        status = run("status", config=str(settings))
        assert status.returncode == 0, status.stderr
    finally:
        am.stop()
        journal.close()


def test_a_filter_narrowed_and_widened_between_commands_sets_aside_and_takes_back(alertmanager, tmp_path):
    """The ``filter`` setting as the ``receiver``: the commands record on a journal whose last
    look had no scope (as every journal written before scopes were recorded); the alerts out
    of ``severity="critical"`` are set aside, not resolved, and taken back when it is gone; the
    matchers' order is no other scope."""
    alertmanager.post_alerts([make_alert("APIDown", "critical"), make_alert("DiskFilling", "warning"),
                              make_alert("CertExpiring", "info")])
    settings = tmp_path / "c.yaml"
    text = f"engineer: ana\nlanguage: en\nalertmanager_url: {alertmanager.url}\n"
    settings.write_text(text, encoding="utf-8")
    assert run("handoff", "start", "--confirm", config=str(settings)).returncode == 0
    journal = Journal.open(Folders.for_user().journal)
    try:
        assert _scope(journal) == [alertmanager.url] and len(_firing(journal)) == 3
        kinds = (EventKind.FIRED, EventKind.RESOLVED)
        before = journal.events(kinds=kinds)
        settings.write_text(text + "filter: ['severity=\"critical\"', 'instance=\"test:1\"']\n", encoding="utf-8")
        ended = run("handoff", "end", config=str(settings))
        assert ended.returncode == 0, ended.stderr
        assert _firing(journal) == {"APIDown"} and journal.events(kinds=kinds) == before
        assert sorted(e.alertname for e in journal.events(kinds=(EventKind.UNWATCHED,))) == [
            "CertExpiring", "DiskFilling"]
        assert 'filter instance="test:1", filter severity="critical"' in ended.stdout, ended.stdout
        settings.write_text(text + "filter: ['instance=\"test:1\"', 'severity=\"critical\"']\n", encoding="utf-8")
        assert run("handoff", "end", config=str(settings)).returncode == 0  # the same scope: nothing moves
        assert journal.count_events(kinds=(EventKind.WATCHING_MOVED,)) == 1
        settings.write_text(text, encoding="utf-8")
        ended = run("handoff", "end", config=str(settings))
        assert ended.returncode == 0, ended.stderr
        assert len(_firing(journal)) == 3 and journal.events(kinds=kinds) == before
        assert sorted(e.alertname for e in journal.events(kinds=(EventKind.WATCHED,))) == ["CertExpiring",
                                                                                             "DiskFilling"]
        assert "resolved" not in ended.stdout.lower(), ended.stdout
    finally:
        journal.close()
