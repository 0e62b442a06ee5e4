"""``oncall-tray status`` of an Alertmanager restarted lately: the tray and ``ack`` keep its alerts
for ``RESTART_GRACE`` (Prometheus has not sent them again yet; ``commands/restart_kept``), but
``status`` (text and ``--json``) listed none of them, "No alert listed yet." while the tray showed
two critical alerts. Listed, marked as kept through the restart, by the same rule. Real
Alertmanagers, restarted on the same storage."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

import httpx

from conftest import make_alert, settings_file
from test_cli import run
from test_restart_ack_cli import _restarted, _start_known

from oncall_tray.config import load_config
from oncall_tray.member_starts import RESTART_GRACE


def test_status_lists_the_alerts_kept_through_a_restart(alertmanager, tmp_path):
    settings, fp = _restarted(alertmanager, tmp_path)
    doc = json.loads(run("status", "--json", config=settings).stdout)
    listed = {a["alertname"]: a for a in doc["alerts"]}
    assert sorted(listed) == ["APIDown", "MidnightSP"], doc["alerts"]
    kept = listed["MidnightSP"]
    assert kept["fingerprint"] == fp and kept["keptThroughRestart"] is True, kept
    assert kept["keptBy"] == [alertmanager.url], kept
    assert kept["sla"]["responded"] is False and kept["sla"]["escalation"], kept
    assert "generatorURL" not in kept  # the journal's copy does not keep it (as an alert "as last seen")
    assert doc["alertmanager"]["started_lately"] is not None
    text = run("status", config=settings)
    assert text.returncode == 0, text.stderr
    assert "No alert listed yet" not in text.stdout, text.stdout
    line = next(x for x in text.stdout.splitlines() if "MidnightSP" in x)
    assert f"firing, kept through the restart of {alertmanager.url}" in line, text.stdout
    assert "Alerts: 2 (critical: 2)" in text.stdout, text.stdout


def test_an_acknowledgement_made_since_mutes_the_kept_alert_in_status(alertmanager, tmp_path):
    """``ack`` of a kept alert makes its silence on the restarted Alertmanager: ``status`` shows the
    kept copy acknowledged, its response clock stopped, as the tray does."""
    settings, fp = _restarted(alertmanager, tmp_path)
    acked = run("ack", fp, config=settings)
    assert acked.returncode == 0, acked.stderr
    doc = json.loads(run("status", "--json", config=settings).stdout)
    kept = next(a for a in doc["alerts"] if a["fingerprint"] == fp)
    assert kept["silencedBy"] == [acked.stdout.strip()] and kept["keptThroughRestart"] is True, kept
    assert kept["sla"]["responded"] is True, kept
    line = next(x for x in run("status", config=settings).stdout.splitlines() if "MidnightSP" in x)
    assert "acknowledged, kept through the restart of" in line, line


def test_an_alert_sent_again_is_no_longer_kept(alertmanager, tmp_path):
    settings, _fp = _restarted(alertmanager, tmp_path)
    alertmanager.post_alerts([make_alert("MidnightSP", "critical")])  # Prometheus sent it again
    doc = json.loads(run("status", "--json", config=settings).stdout)
    kept = {a["alertname"]: a["keptThroughRestart"] for a in doc["alerts"]}
    assert kept == {"MidnightSP": False, "APIDown": True}, doc["alerts"]
    assert "generatorURL" in next(a for a in doc["alerts"] if a["alertname"] == "MidnightSP")


def test_status_in_portuguese_marks_the_kept_alert(alertmanager, tmp_path):
    settings, _fp = _restarted(alertmanager, tmp_path)
    Path(settings).write_text(Path(settings).read_text(encoding="utf-8").replace("language: en", "language: pt_BR"),
                              encoding="utf-8")
    line = next(x for x in run("status", config=settings).stdout.splitlines() if "MidnightSP" in x)
    assert f"mantido através do reinício de {alertmanager.url}" in line, line


def test_outside_the_grace_status_keeps_nothing(alertmanager, tmp_path):
    """At ``RESTART_GRACE`` after the Alertmanager's start nothing is kept; a second before it,
    both alerts are (the poll's time is the rule's ``now``)."""
    from oncall_tray.commands.status import poll_once, with_journal

    settings, fp = _restarted(alertmanager, tmp_path)
    loaded = load_config(Path(settings))
    start = dt.datetime.fromisoformat(httpx.get(f"{alertmanager.url}/api/v2/status", timeout=5)
                                      .json()["uptime"].replace("Z", "+00:00"))
    polled = poll_once(loaded.config)
    assert polled.snapshot is not None and polled.snapshot.alerts == {}

    def at(when: dt.datetime):
        return with_journal(dataclasses.replace(polled, snapshot=dataclasses.replace(polled.snapshot, fetched_at=when)),
                            loaded)

    inside = at(start + RESTART_GRACE - dt.timedelta(seconds=1))
    assert sorted(a.alertname for a in inside.snapshot.alerts.values()) == ["APIDown", "MidnightSP"]
    assert inside.kept[fp] == (alertmanager.url,)
    outside = at(start + RESTART_GRACE)
    assert outside.snapshot.alerts == {} and outside.kept == {}


def test_without_a_restart_status_does_not_list_an_alert_gone(alertmanager, tmp_path):
    """An alert the shift journal saw that Alertmanager (not restarted: its start known) no
    longer lists is not kept: "No alert is firing.", as before."""
    alertmanager.post_alerts([make_alert("MidnightSP", "critical")])
    settings = settings_file(tmp_path, f"engineer: Carla Dias\nlanguage: en\nalertmanager_url: {alertmanager.url}\n")
    assert run("handoff", "start", "--confirm", config=settings).returncode == 0
    _start_known()
    alertmanager.post_alerts([make_alert("MidnightSP", "critical",
                                         ends_at=dt.datetime.now(dt.timezone.utc) - dt.timedelta(seconds=1))])
    assert json.loads(run("status", "--json", config=settings).stdout)["alerts"] == []
    assert "No alert is firing." in run("status", config=settings).stdout


def test_apart_status_lists_what_b_held_before_its_restart_as_kept_by_b(tmp_path):
    """Alertmanagers that are not one cluster: APIDown on b alone; b restarted. ``status`` lists it
    kept through b's restart (a, up since before, does not list it: not one cluster, a poll of a
    says nothing of b's alerts); a's HighMemoryUsage as it is."""
    from test_silence_holders_down import _cli_apart

    with _cli_apart(tmp_path) as (_a, b, settings, _found):
        b.stop(remove_storage=False)
        b.start()
        doc = json.loads(run("status", "--json", config=str(settings)).stdout)
        listed = {x["alertname"]: x for x in doc["alerts"]}
        assert listed["APIDown"]["keptThroughRestart"] is True and listed["APIDown"]["keptBy"] == [b.url], listed
        assert listed["HighMemoryUsage"]["keptThroughRestart"] is False, listed
        line = next(x for x in run("status", config=str(settings)).stdout.splitlines() if "APIDown" in x)
        assert f"kept through the restart of {b.url}" in line, line
