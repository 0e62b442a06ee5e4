"""Alerts set aside under one scope (``filter``, ``receiver``) of an Alertmanager, taken back when
they are again in what the tray watches, under whatever scope (the builders' leftover of review 56
Q10: watching Alertmanager A with every receiver, then B, then A with ``receiver: team-db``, the
alerts A set aside stayed filed under the scope left, so that SlowDatabaseQueries, back in view,
"fired" again, its acknowledgement and clocks started afresh, and it stayed "not watched" as well).
Against real Alertmanagers: A with a route that only SlowDatabaseQueries takes, B an empty one."""

from __future__ import annotations

import datetime as dt

from conftest import running_tray, silence
from test_cli import run
from test_scope_change import NAMES, _firing, _routed_alertmanager, tray_config

from oncall_tray.core.journal import Journal
from oncall_tray.core.journal_aside import unwatched
from oncall_tray.core.journal_schema import EventKind
from oncall_tray.core.journal_seen import seen_from
from oncall_tray.core.shifts import attention_said, open_incidents, start_shift
from oncall_tray.demo import LocalAlertmanager
from oncall_tray.paths import Folders

#: What the journal records of an alert's life and of its silences: none of it again on the way back.
LIFE = (EventKind.FIRED, EventKind.RESOLVED, EventKind.ACKNOWLEDGED, EventKind.UNACKNOWLEDGED,
        EventKind.SILENCE_CREATED, EventKind.SILENCE_EXPIRED)
ROUTED_ALONE = "SlowDatabaseQueries"


def test_away_to_another_alertmanager_and_back_with_another_receiver_takes_back_what_it_set_aside(qtbot, tmp_path):
    am, posted = _routed_alertmanager()
    silence(am, posted[3]["labels"], author="ana", comment="ACK! olhando")  # SlowDatabaseQueries acknowledged too
    other = LocalAlertmanager().start()
    journal = Journal.open(Folders.for_user().journal)
    try:
        with running_tray(qtbot, tray_config(am.url), tmp_path) as ctl:
            notices = []
            ctl.notifier.show = notices.extend
            qtbot.waitUntil(lambda: _firing(journal) == set(NAMES) and len(open_incidents(journal)) == 2,
                            timeout=15000)
            shift = start_shift(journal, "ana")
            qtbot.waitUntil(lambda: bool((attention_said(journal)[1] or {}).get("flags")), timeout=15000)
            incidents = [(i.id, i.alertname) for i in open_incidents(journal)]
            shown = {a.alertname: a.starts_at for a in ctl.snapshot.alerts.values()}
            before = journal.events(shift.started_at - dt.timedelta(hours=1), kinds=LIFE)
            notices.clear()

            ctl.apply_settings(ctl.loaded.overridden(alertmanager_url=other.url))  # away
            qtbot.waitUntil(lambda: seen_from(journal, (other.url,)) and not _firing(journal), timeout=15000)
            ctl.apply_settings(ctl.loaded.overridden(alertmanager_url=am.url, receiver="team-db"))  # back, narrowed
            qtbot.waitUntil(lambda: _firing(journal) == {ROUTED_ALONE}, timeout=15000)
            polls = []
            ctl.poller.polled.connect(polls.append)
            qtbot.waitUntil(lambda: len(polls) >= 3, timeout=15000)
            told = [f"{n.title} | {n.body}" for n in notices]
            assert not told, told  # not "[WARNING] SlowDatabaseQueries", no missed response said again
            assert journal.events(shift.started_at - dt.timedelta(hours=1), kinds=LIFE) == before
            assert set(unwatched(journal)) == {f for f, a in _fingerprints(journal).items() if a != ROUTED_ALONE}
            back = ctl.snapshot.alerts
            assert [a.alertname for a in back.values()] == [ROUTED_ALONE] and all(a.silenced for a in back.values())
            assert {a.alertname: a.starts_at for a in back.values()} == {ROUTED_ALONE: shown[ROUTED_ALONE]}
            assert {s.id for s in ctl.silences.values()} and journal.query("SELECT id FROM silences")

            ctl.apply_settings(ctl.loaded.overridden(receiver=""))  # and every receiver again
            qtbot.waitUntil(lambda: _firing(journal) == set(NAMES), timeout=15000)
            polls = []
            ctl.poller.polled.connect(polls.append)
            qtbot.waitUntil(lambda: len(polls) >= 3, timeout=15000)
            told = [f"{n.title} | {n.body}" for n in notices]
            assert not told, told
            assert journal.events(shift.started_at - dt.timedelta(hours=1), kinds=LIFE) == before
            assert not unwatched(journal)
            assert [(i.id, i.alertname) for i in open_incidents(journal)] == incidents  # the same, still open
            assert {a.alertname: a.starts_at for a in ctl.snapshot.alerts.values()} == shown  # the same clocks
    finally:
        other.stop()
        am.stop()
        journal.close()


def _fingerprints(journal: Journal) -> dict[str, str]:
    """Fingerprint -> name of the alerts the journal set aside or has firing."""
    found = {row[0]: row[1] for row in journal.query("SELECT fingerprint, alertname FROM firing")}
    for event in journal.events(kinds=(EventKind.UNWATCHED,)):
        found[event.fingerprint] = event.alertname
    return found


def test_the_commands_away_and_back_with_another_receiver_and_the_scope_changed_twice(tmp_path):
    """The same through the command line, and A watched with a scope, then another, then B, then
    a third: each alert filed under a scope left is taken back once it is in view again."""
    am, _posted = _routed_alertmanager()
    other = LocalAlertmanager().start()
    settings = tmp_path / "c.yaml"
    base = f"engineer: ana\nlanguage: en\nalertmanager_url: {am.url}\n"
    journal = Journal.open(Folders.for_user().journal)
    try:
        settings.write_text(base, encoding="utf-8")
        assert run("handoff", "start", "--confirm", config=str(settings)).returncode == 0
        before = journal.events(kinds=LIFE)
        for text in (base + "receiver: team-db\n",  # APIDown... aside under every receiver
                     f"engineer: ana\nlanguage: en\nalertmanager_url: {other.url}\n",  # SlowDatabaseQueries under team-db
                     base + "filter: ['alertname=~\"APIDown|SlowDatabaseQueries\"']\n"):  # both back
            settings.write_text(text, encoding="utf-8")
            ended = run("handoff", "end", config=str(settings))
            assert ended.returncode == 0, ended.stderr
            assert "esolved" not in ended.stdout, ended.stdout
        assert _firing(journal) == {"APIDown", ROUTED_ALONE}, _firing(journal)
        assert journal.events(kinds=LIFE) == before
        assert "Follow up APIDown (still firing)" in ended.stdout, ended.stdout
        assert sorted(e.alertname for e in journal.events(kinds=(EventKind.WATCHED,))) == ["APIDown", ROUTED_ALONE]
        assert len(unwatched(journal)) == 2  # DatabaseDown and HighLatency: still out of what is watched
        settings.write_text(base, encoding="utf-8")
        assert run("handoff", "end", config=str(settings)).returncode == 0
        assert _firing(journal) == set(NAMES) and not unwatched(journal) and journal.events(kinds=LIFE) == before
    finally:
        other.stop()
        am.stop()
        journal.close()


def test_a_tray_restarted_on_the_alertmanager_it_left_with_another_receiver_says_nothing_again(qtbot, tmp_path):
    """Away to B, quit, and started again on A with ``receiver: team-db``: SlowDatabaseQueries,
    whose missed response was said in the shift, is neither said again nor fired again."""
    from oncall_tray.config import LoadedConfig
    from oncall_tray.ui.app import TrayController

    am, _posted = _routed_alertmanager()
    other = LocalAlertmanager().start()
    journal = Journal.open(Folders.for_user().journal)
    shift = start_shift(journal, "ana")
    try:
        with running_tray(qtbot, tray_config(am.url), tmp_path) as ctl:
            qtbot.waitUntil(lambda: _firing(journal) == set(NAMES) and bool((attention_said(journal)[1] or {}).get(
                "overdue")), timeout=15000)
            before = journal.events(shift.started_at - dt.timedelta(hours=1), kinds=LIFE)
            ctl.apply_settings(ctl.loaded.overridden(alertmanager_url=other.url))
            qtbot.waitUntil(lambda: seen_from(journal, (other.url,))
                            and bool((attention_said(journal)[1] or {}).get("aside")), timeout=15000)
        narrowed = tray_config(am.url).with_overrides(receiver="team-db")
        ctl = TrayController(LoadedConfig(narrowed, tmp_path / "c.yaml", False, ()))
        notices, polls = [], []
        ctl.notifier.show = notices.extend
        try:
            ctl.poller.polled.connect(polls.append)
            ctl.start()
            qtbot.waitUntil(lambda: _firing(journal) == {ROUTED_ALONE} and len(polls) >= 3, timeout=15000)
            told = [f"{n.title} | {n.body}" for n in notices]  # as any tray started again says, and no more
            assert told == ["Still firing: 1 | warning: 1\nSlowDatabaseQueries"], told
            assert journal.events(shift.started_at - dt.timedelta(hours=1), kinds=LIFE) == before
        finally:
            assert ctl.shutdown()
    finally:
        other.stop()
        am.stop()
        journal.close()


def test_an_alert_resolved_under_a_narrower_scope_is_said_resolved_once(qtbot, tmp_path):
    """A with every receiver, then ``receiver: team-db`` (B), where SlowDatabaseQueries resolves
    (said once: "Resolved"), then every receiver again (A->B->A): the tray went on from A's
    snapshot, kept from before B, which still had it, and said it resolved a second time (the
    journal had it once)."""
    from conftest import resolve

    am, posted = _routed_alertmanager()
    journal = Journal.open(Folders.for_user().journal)
    try:
        with running_tray(qtbot, tray_config(am.url), tmp_path) as ctl:
            notices = []
            ctl.notifier.show = notices.extend
            qtbot.waitUntil(lambda: _firing(journal) == set(NAMES), timeout=15000)
            ctl.apply_settings(ctl.loaded.overridden(receiver="team-db"))  # B: narrower
            qtbot.waitUntil(lambda: _firing(journal) == {ROUTED_ALONE}, timeout=15000)
            routed = next(a for a in posted if a["labels"]["alertname"] == ROUTED_ALONE)
            am.post_alerts([resolve(routed)])
            qtbot.waitUntil(lambda: not _firing(journal) and any(
                n.title.startswith("Resolved") for n in notices), timeout=15000)
            ctl.apply_settings(ctl.loaded.overridden(receiver=""))  # A again
            qtbot.waitUntil(lambda: _firing(journal) == OUTSIDE_NAMES, timeout=15000)
            polls = []
            ctl.poller.polled.connect(polls.append)
            qtbot.waitUntil(lambda: len(polls) >= 3, timeout=15000)
            said = [n.title for n in notices if "esolved" in n.title or ROUTED_ALONE in n.body]
            assert len([t for t in said if t.startswith("Resolved")]) == 1, [
                f"{n.title} | {n.body}" for n in notices]
            assert ROUTED_ALONE not in {a.alertname for a in ctl.snapshot.alerts.values()}
            assert [e.alertname for e in journal.events(kinds=(EventKind.RESOLVED,))] == [ROUTED_ALONE]
    finally:
        am.stop()
        journal.close()


OUTSIDE_NAMES = set(NAMES) - {ROUTED_ALONE}
