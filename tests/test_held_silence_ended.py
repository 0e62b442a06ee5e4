"""Review 62 Y15: with two Alertmanagers that are not one cluster and one of them down, the
alerts it alone holds (the shift journal's copy, as last seen) were shown by ``status`` and
``handoff start`` muted and acknowledged by silences that had ended minutes before, where the
tray (``journal_seen.muted_at``) shows them firing; one ``status`` line said both
"acknowledged" and "not acknowledged". The command line's copy goes through the same rule."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

import httpx
from conftest import make_alert
from msgspec.structs import replace
from test_cli import run
from test_handoff_member_down import two_unpeered

from oncall_tray.alertmanager.models import Alert, AlertStatus, Silence, SilenceStatus
from oncall_tray.core.journal import Journal
from oncall_tray.core.journal_seen import muted_at
from oncall_tray.paths import Folders


def _ack(url: str, alertname: str, author: str) -> str:
    """An acknowledgement of ``alertname`` on the Alertmanager at ``url``, as ``ack`` makes one."""
    answer = httpx.post(f"{url}/api/v2/silences", timeout=5, json={
        "matchers": [{"name": "alertname", "value": alertname, "isRegex": False, "isEqual": True}],
        "startsAt": "2020-01-01T00:00:00Z", "endsAt": "2099-01-01T00:00:00Z", "createdBy": author,
        "comment": f"ACK! {alertname}"})
    answer.raise_for_status()
    return answer.json()["silenceID"]


def test_a_silence_of_a_member_down_that_ended_since_mutes_nothing_in_status_and_handoff(tmp_path):
    """Its last answer 40 minutes ago (the command line's own recording of a real poll, its time
    moved back), when the acknowledgements on it had 10 minutes left: they ended 30 minutes
    ago, after it went down."""
    from oncall_tray.commands.journal_common import record_one_shot
    from oncall_tray.commands.status import poll_once
    from oncall_tray.config import Config

    with two_unpeered(tmp_path) as (a, b, settings):
        a.post_alerts([make_alert("APIDown", "critical"), make_alert("HighCPUUsage", "warning")])
        b.post_alerts([make_alert("OnlyOnB", "warning")])
        acks = {_ack(a.url, "APIDown", "ana"), _ack(a.url, "HighCPUUsage", "ana")}
        config = Config(alertmanager_url=a.url, alertmanager_peers=(b.url,), engineer="ana", request_timeout=3)
        polled = poll_once(config, on_call="ana")
        assert not polled.unanswered and len(polled.snapshot.alerts) == 3
        assert all(x.status.silenced_by for x in polled.snapshot.alerts.values() if x.alertname != "OnlyOnB")
        then = polled.snapshot.fetched_at - dt.timedelta(minutes=40)
        ending = {sid: replace(s, ends_at=then + dt.timedelta(minutes=10)) if sid in acks else s
                  for sid, s in polled.silences.items()}
        earlier = dataclasses.replace(polled, snapshot=dataclasses.replace(polled.snapshot, fetched_at=then),
                                      silences=ending)
        journal = Journal.open(Folders.for_user().journal)
        try:
            record_one_shot(journal, earlier, urls=config.watched())
        finally:
            journal.close()
        a.stop()

        status = run("status", config=str(settings))
        assert status.returncode == 0, status.stderr
        for name in ("APIDown", "HighCPUUsage"):
            line = next(line for line in status.stdout.splitlines() if f" {name} " in line)
            assert f"as last seen on {a.url}, 40 min ago" in line, line
            state = line.split(name, 1)[1].strip()
            assert not state.startswith(("muted", "acknowledged")), line
            assert "silenced" not in line, line
        held = {x["alertname"]: x for x in json.loads(run("status", "--json", config=str(settings)).stdout)["alerts"]}
        for name in ("APIDown", "HighCPUUsage"):
            assert held[name]["silencedBy"] == [] and held[name]["state"] == "active", held[name]

        start = run("handoff", "start", config=str(settings))
        assert start.returncode == 0, start.stderr
        for name in ("APIDown", "HighCPUUsage"):
            line = next(line for line in start.stdout.splitlines() if line.startswith(f"- {name} "))
            assert "as last seen at " in line and "silenced" not in line, line
        assert not any(sid in start.stdout for sid in acks), start.stdout  # nor listed as muting them


def test_a_silence_the_journal_no_longer_keeps_mutes_nothing_as_last_seen():
    """The journal lets a silence go once gone from Alertmanager, or held by a member down, past
    its end (review 62 Y15: a5a6af3d, no longer kept, went on muting HighCPUUsage); one it keeps
    mutes until its end."""
    at = dt.datetime(2026, 12, 6, 18, 4, tzinfo=dt.timezone.utc)
    alert = Alert(fingerprint="f", labels={"alertname": "HighCPUUsage"}, annotations={},
                  status=AlertStatus("suppressed", ("gone", "kept")), starts_at=at - dt.timedelta(hours=1))
    kept = Silence(id="kept", matchers=(), starts_at=at - dt.timedelta(hours=1), ends_at=at + dt.timedelta(minutes=1),
                   created_by="ana", comment="ACK!", status=SilenceStatus(state="active"))
    assert muted_at(alert, {"kept": kept}, at).status.silenced_by == ("kept",)
    assert muted_at(alert, {"kept": kept}, at + dt.timedelta(minutes=2)).status == AlertStatus("active", ())
    assert muted_at(alert, {}, at).status == AlertStatus("active", ())


def test_one_status_line_says_one_acknowledgement_state():
    """Review 62 Y15: "acknowledged, …  response silenced, not acknowledged" on one line: a
    silence ID of ``silencedBy`` that is not among the silences (``acknowledged.acknowledgement``
    takes it as one) pauses the clock as no acknowledgement: the state says "muted" with it."""
    from oncall_tray.commands.status import OneShot
    from oncall_tray.commands.status_text import render_text
    from oncall_tray.config import Config
    from oncall_tray.core.severity import SeverityMap
    from oncall_tray.core.sla import clocks_for
    from oncall_tray.core.tracker import AlertTracker
    from oncall_tray.i18n import translator

    now = dt.datetime(2026, 12, 6, 18, 4, 15, tzinfo=dt.timezone.utc)
    config = Config()
    alert = Alert(fingerprint="a78635f155f0b961", labels={"alertname": "HighCPUUsage", "severity": "warning"},
                  annotations={}, status=AlertStatus("suppressed", ("a5a6af3d",)),
                  starts_at=now - dt.timedelta(minutes=56))
    snapshot = AlertTracker(SeverityMap(config.severity_synonyms)).update([alert], now).snapshot
    clocks = clocks_for(snapshot.alerts.values(), snapshot.severities, (), now, config.sla_policy())
    assert clocks[alert.fingerprint].paused
    text = render_text(OneShot("http://am1:9093", None, snapshot, None, {}, clocks), translator("en"), now)
    line = next(line for line in text.splitlines() if "HighCPUUsage" in line)
    assert "muted" in line and "response silenced, not acknowledged" in line, line
    assert "acknowledged," not in line.replace("not acknowledged,", ""), line
