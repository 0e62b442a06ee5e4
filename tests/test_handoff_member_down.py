"""Review 60 V9: the start checklist with one of two Alertmanagers that are not one cluster down:
its alerts and its silences are the shift journal's copy, and say so with when ("as last seen at
14:07, 12 min ago"), as when no Alertmanager can be read; the silences of the member that answers
are read now, unmarked."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from conftest import make_alert
from test_cli import run

from oncall_tray.config import Config
from oncall_tray.core.journal import Journal
from oncall_tray.core.journal_seen import seen_at, when_answered
from oncall_tray.core.local_times import local_time
from oncall_tray.demo import LocalAlertmanager
from oncall_tray.paths import Folders


def _silence(url: str, alertname: str, comment: str) -> None:
    httpx.post(f"{url}/api/v2/silences", timeout=5, json={
        "matchers": [{"name": "alertname", "value": alertname, "isRegex": False, "isEqual": True}],
        "startsAt": "2020-01-01T00:00:00Z", "endsAt": "2099-01-01T00:00:00Z", "createdBy": "carla",
        "comment": comment}).raise_for_status()


@contextlib.contextmanager
def two_unpeered(tmp_path: Path) -> Iterator[tuple[LocalAlertmanager, LocalAlertmanager, Path]]:
    """Two real Alertmanagers, not one cluster, and a settings file (engineer ana, English) that
    lists both; both stopped on leaving."""
    a, b = LocalAlertmanager().start(), LocalAlertmanager().start()
    settings = tmp_path / "c.yaml"
    settings.write_text(f"engineer: ana\nlanguage: en\nalertmanager_url: [{a.url}, {b.url}]\n", encoding="utf-8")
    try:
        yield a, b, settings
    finally:
        a.stop()
        b.stop()


def test_start_checklist_marks_what_a_member_down_holds_as_last_seen_with_when(tmp_path):
    with two_unpeered(tmp_path) as (a, b, settings):
        a.post_alerts([make_alert("APIDown", "critical"), make_alert("HighCPUUsage", "warning")])
        b.post_alerts([make_alert("OnlyOnAM2", "warning")])
        _silence(a.url, "HighCPUUsage", "maintenance on a")
        _silence(b.url, "OnlyOnAM2", "maintenance on b")
        assert run("handoff", "start", "--confirm", config=str(settings)).returncode == 0
        a.stop()
        before = dt.datetime.now(dt.timezone.utc)
        start = run("handoff", "start", config=str(settings))
        after = dt.datetime.now(dt.timezone.utc)
        assert start.returncode == 0, start.stderr
        lines = start.stdout.splitlines()
        api = next(line for line in lines if line.startswith("- APIDown"))
        assert "as last seen at " in api and " ago" in api and f"Alertmanager {a.url} does not answer" in api, api
        journal = Journal.open(Folders.for_user().journal)
        try:  # when a last answered (the confirmation's poll), not the poll just recorded (review 61 X1)
            confirmed = when_answered(journal, [a.url, b.url])[a.url]
            assert seen_at(journal, [a.url, b.url]) > confirmed
        finally:
            journal.close()
        # as the command writes it at the time it ran: with its date when midnight passed since
        assert any(f"as last seen at {local_time(confirmed, Config().zone(), now)}, " in api
                   for now in (before, after)), (confirmed, api)
        held = next(line for line in lines if "maintenance on a" in line)
        assert "as last seen at " in held, held
        live = next(line for line in lines if "maintenance on b" in line)
        assert "as last seen" not in live, live
        ended = run("handoff", "end", config=str(settings))  # the end report's silences alike
        assert ended.returncode == 0, ended.stderr
        held = next(line for line in ended.stdout.splitlines() if "maintenance on a" in line)
        assert "as last seen at " in held, held


def test_what_a_member_down_holds_is_said_as_last_seen_when_it_last_answered(tmp_path):
    """Review 61 X1: a member down for 40 minutes, its alerts and silences were said "as last
    seen at <now>, under a minute ago": the time of the poll just recorded (partial, without
    it), not when it last answered. Its last answer recorded 40 minutes before the handoff (the
    command line's own recording of a real poll, its time moved back)."""
    import dataclasses
    import datetime as dt
    import json

    from oncall_tray.commands.journal_common import record_one_shot
    from oncall_tray.commands.status import poll_once
    from oncall_tray.config import Config
    with two_unpeered(tmp_path) as (a, b, settings):
        a.post_alerts([make_alert("APIDown", "critical")])
        b.post_alerts([make_alert("OnlyOnAM2", "warning")])
        _silence(a.url, "APIDown", "maintenance on a")
        config = Config(alertmanager_url=a.url, alertmanager_peers=(b.url,), engineer="ana", request_timeout=3)
        polled = poll_once(config)
        assert not polled.unanswered and len(polled.snapshot.alerts) == 2
        earlier = dataclasses.replace(polled.snapshot, fetched_at=polled.snapshot.fetched_at - dt.timedelta(minutes=40))
        journal = Journal.open(Folders.for_user().journal)
        try:
            record_one_shot(journal, dataclasses.replace(polled, snapshot=earlier), urls=config.watched())
        finally:
            journal.close()
        a.stop()
        for action in (["start"], ["start", "--confirm"], ["end"]):
            said = run("handoff", *action, config=str(settings))
            assert said.returncode == 0, said.stderr
            lines = said.stdout.splitlines()
            held = next(line for line in lines if "maintenance on a" in line)
            assert ", 40 min ago" in held, held
            if action[0] == "start":
                api = next(line for line in lines if line.startswith("- APIDown"))
                assert ", 40 min ago: Alertmanager " in api, api
        status = run("status", config=str(settings))
        api = next(line for line in status.stdout.splitlines() if "APIDown" in line)
        assert f"as last seen on {a.url}, 40 min ago" in api, api
        held = next(x for x in json.loads(run("status", "--json", config=str(settings)).stdout)["alerts"]
                    if x["alertname"] == "APIDown")
        assert held["lastSeenAt"] == earlier.fetched_at.isoformat().replace("+00:00", "Z"), held



@pytest.mark.parametrize("acknowledged", [False, True])
def test_a_left_out_item_of_a_member_down_stays_out_as_the_minutes_pass(tmp_path, acknowledged):
    """Builder's finding (review 65): the pending item of an alert only a member down holds said
    "as last seen at 14:07, 12 min ago" in its situation (``Suggestion.dismissal``): the words
    changed every minute, and an item the engineer left out came back at each poll. The member
    down is no change of situation at each minute: only in the item's text, as the mark of an
    alert kept through a restart is. Both items: "Acknowledge X", and an incident's "Follow up"."""
    import datetime as dt

    from oncall_tray.alertmanager.cluster import members_down, not_one_cluster
    from oncall_tray.commands.journal_common import record_one_shot
    from oncall_tray.commands.status import poll_once
    from oncall_tray.config import Config
    from oncall_tray.core import shifts
    from oncall_tray.core.handoff import Live, end_report
    from oncall_tray.core.handoff_unknown import with_held
    from oncall_tray.i18n import english
    with two_unpeered(tmp_path) as (a, b, settings):
        a.post_alerts([make_alert("APIDown", "critical")])
        b.post_alerts([make_alert("OnlyOnAM2", "warning")])
        assert run("handoff", "start", "--confirm", config=str(settings)).returncode == 0
        if acknowledged:
            import json

            fp = next(x["fingerprint"] for x in json.loads(run("status", "--json", config=str(settings)).stdout)[
                "alerts"] if x["alertname"] == "APIDown")
            acked = run("ack", fp, config=str(settings))
            assert acked.returncode == 0, acked.stderr
        config = Config(alertmanager_url=a.url, alertmanager_peers=(b.url,), engineer="ana", request_timeout=3)
        journal = Journal.open(Folders.for_user().journal)
        try:
            record_one_shot(journal, poll_once(config), urls=config.watched())  # acknowledged: its incident opens
            a.stop()
            polled = poll_once(config)
            record_one_shot(journal, polled, urls=config.watched())
            live = with_held(Live.of(polled.snapshot, polled.silences, unanswered=members_down(polled.members)),
                             journal, config.watched(), not_one_cluster(polled.members), polled.snapshot.fetched_at)

            def item(minutes: int) -> tuple[str, str]:
                at = polled.snapshot.fetched_at + dt.timedelta(minutes=minutes)
                report = end_report(journal, shifts.open_shift(journal), live, english, dt.timezone.utc, at=at)
                return next((s.text, s.dismissal) for s in report.suggestions if "APIDown" in s.text)

            (text_now, left_out), (text_later, dismissal_later) = item(1), item(13)
            assert "1 min ago" in text_now and "13 min ago" in text_later, (text_now, text_later)  # the text says it
            assert text_now.startswith("Follow up" if acknowledged else "Acknowledge"), text_now
            assert dismissal_later == left_out  # left out at the first, still out twelve minutes on
        finally:
            journal.close()


@pytest.mark.parametrize("down", ["member", "whole"])
def test_an_item_left_out_while_live_comes_back_once_as_last_seen_whoever_is_down(tmp_path, down):
    """Code review U9: review 57 S7's rule, an item left out holds for the situation the
    engineer decided on. "Acknowledge APIDown" left out while APIDown was listed live came back
    when the whole Alertmanager became unreachable (its situation " (as last seen)"), but stayed
    out when only the member holding it went down (its situation without any mark since the
    minute-changing "12 min ago" left it). One rule: a constant " (as last seen)" for both; left
    out while down, it stays out as the minutes pass (``test_a_left_out_item_of_a_member_down_
    stays_out_as_the_minutes_pass``)."""
    from oncall_tray.alertmanager.cluster import members_down, not_one_cluster
    from oncall_tray.commands.journal_common import record_one_shot
    from oncall_tray.commands.status import poll_once
    from oncall_tray.core import shifts
    from oncall_tray.core.handoff import Live, end_report
    from oncall_tray.core.handoff_unknown import with_held
    from oncall_tray.i18n import english
    with two_unpeered(tmp_path) as (a, b, settings):
        a.post_alerts([make_alert("APIDown", "critical")])
        b.post_alerts([make_alert("OnlyOnAM2", "warning")])
        assert run("handoff", "start", "--confirm", config=str(settings)).returncode == 0
        config = Config(alertmanager_url=a.url, alertmanager_peers=(b.url,), engineer="ana", request_timeout=3)
        journal = Journal.open(Folders.for_user().journal)
        try:
            def item(live: Live, at: dt.datetime):
                report = end_report(journal, shifts.open_shift(journal), live, english, dt.timezone.utc, at=at)
                return next(s for s in report.suggestions if "APIDown" in s.text)

            polled = poll_once(config)
            record_one_shot(journal, polled, urls=config.watched())
            seen = item(Live.of(polled.snapshot, polled.silences), polled.snapshot.fetched_at)
            assert seen.text.startswith("Acknowledge APIDown") and "as last seen" not in seen.text, seen.text
            a.stop()
            if down == "whole":
                b.stop()
                gone = Live(None, error="connection refused", watched=config.watched())
            else:
                polled = poll_once(config)
                record_one_shot(journal, polled, urls=config.watched())
                gone = with_held(Live.of(polled.snapshot, polled.silences, unanswered=members_down(polled.members)),
                                 journal, config.watched(), not_one_cluster(polled.members), polled.snapshot.fetched_at)
            at = polled.snapshot.fetched_at + dt.timedelta(minutes=1)
            now_down, later = item(gone, at), item(gone, at + dt.timedelta(minutes=12))
            assert "as last seen" in now_down.text, now_down.text  # the text says it, in its words for each case
            assert now_down.situation.endswith(" (as last seen)"), now_down.situation  # one constant mark
            assert not now_down.left_out({seen.dismissal}), now_down  # left out live: back, as last seen
            assert later.dismissal == now_down.dismissal and later.left_out({now_down.dismissal})  # stays out
        finally:
            journal.close()
