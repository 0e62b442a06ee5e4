"""``handoff start``, the ``handoff end`` preview and ``silence list`` of an Alertmanager restarted
lately (review 63 Z3): the tray, ``ack`` and ``status`` keep its alerts for ``RESTART_GRACE``
(Prometheus has not sent them again yet; ``commands/restart_kept``), but the start checklist said
"Active Alerts: 0" and marked every acknowledgement "covers no alert now: expire it?", the end
report listed an alert "still firing" beside its own acknowledgement marked so, and ``silence
list`` said "covers: no alert now". Listed, marked as kept through the restart, by the same rule.
Real Alertmanagers, restarted on the same storage."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

import httpx

from conftest import make_alert, settings_file
from test_cli import run

from oncall_tray.config import load_config
from oncall_tray.member_starts import RESTART_GRACE
from oncall_tray.paths import Folders

EXPIRE = "covers no alert now: expire it?"
EXPIRE_PT = "não cobre mais nenhum alerta: expirar?"


def _acked_then_restarted(alertmanager, tmp_path, language: str = "en") -> tuple[str, str, str]:
    """MidnightSP and APIDown firing, a shift started (the journal sees them), MidnightSP
    acknowledged and the journal seeing its silence mute it (``handoff note``), then
    ``alertmanager`` restarted on its storage, Prometheus not sending them again yet: the settings
    file, MidnightSP's fingerprint and its acknowledgement's silence ID."""
    alertmanager.post_alerts([make_alert("MidnightSP", "critical"), make_alert("APIDown", "critical")])
    settings = settings_file(tmp_path, f"engineer: Carla Dias\nlanguage: {language}\n"
                                       f"alertmanager_url: {alertmanager.url}\n")
    begun = run("handoff", "start", "--confirm", config=settings)
    assert begun.returncode == 0, begun.stderr
    seen = json.loads(run("status", "--json", config=settings).stdout)
    fp = next(a["fingerprint"] for a in seen["alerts"] if a["alertname"] == "MidnightSP")
    acked = run("ack", fp, config=settings)
    assert acked.returncode == 0, acked.stderr
    noted = run("handoff", "note", fp, "investigando", config=settings)  # the journal sees the silence mute it
    assert noted.returncode == 0, noted.stderr
    alertmanager.stop(remove_storage=False)
    alertmanager.start()
    return settings, fp, acked.stdout.strip()


def _section(text: str, heading: str) -> list[str]:
    """The lines of the Markdown section ``**heading**`` (up to the blank line after it)."""
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(f"**{heading}**"))
    end = next((i for i in range(start + 1, len(lines)) if not lines[i].strip()), len(lines))
    return lines[start:end]


def test_handoff_start_lists_the_alerts_kept_through_a_restart(alertmanager, tmp_path):
    settings, _fp, _sid = _acked_then_restarted(alertmanager, tmp_path)
    shown = run("handoff", "start", "--markdown", config=settings)
    assert shown.returncode == 0, shown.stderr
    alerts = _section(shown.stdout, "Active Alerts")
    assert alerts[0] == "**Active Alerts**: 2", shown.stdout
    midnight = next(line for line in alerts if "MidnightSP" in line)
    assert "silenced" in midnight and f"kept through the restart of {alertmanager.url}" in midnight, midnight
    assert f"kept through the restart of {alertmanager.url}" in next(x for x in alerts if "APIDown" in x)
    assert any(f"Alertmanager {alertmanager.url} restarted" in line for line in alerts), alerts
    silences = _section(shown.stdout, "Silences")
    assert silences[0] == "**Silences**: 1" and "MidnightSP" in silences[1], silences
    assert EXPIRE not in shown.stdout, shown.stdout


def test_handoff_end_does_not_offer_to_expire_the_acknowledgement_of_a_kept_alert(alertmanager, tmp_path):
    settings, _fp, _sid = _acked_then_restarted(alertmanager, tmp_path)
    shown = run("handoff", "end", config=settings)
    assert shown.returncode == 0, shown.stderr
    silences = _section(shown.stdout, "Active Silences")
    assert "MidnightSP" in silences[1] and EXPIRE not in silences[1], shown.stdout
    pending = _section(shown.stdout, "Pending for the Next Shift")
    # the kept APIDown, unacknowledged, is one to follow: the journal's picture and the report's agree
    assert any("APIDown" in line for line in pending), shown.stdout
    assert not any("MidnightSP" in line and "not acknowledged" in line for line in pending), shown.stdout
    observations = _section(shown.stdout, "Observations")
    assert any(f"Alertmanager {alertmanager.url} restarted" in line for line in observations), shown.stdout


def test_handoff_in_portuguese_marks_the_kept_alerts(alertmanager, tmp_path):
    settings, _fp, _sid = _acked_then_restarted(alertmanager, tmp_path, "pt_BR")
    start = run("handoff", "start", "--markdown", config=settings)
    assert start.returncode == 0, start.stderr
    assert "**Alertas Ativos**: 2" in start.stdout, start.stdout
    line = next(x for x in start.stdout.splitlines() if "MidnightSP" in x and "Alertas" not in x)
    assert f"mantido através do reinício de {alertmanager.url}" in line, start.stdout
    assert f"O Alertmanager {alertmanager.url} reiniciou" in start.stdout, start.stdout
    assert EXPIRE_PT not in start.stdout, start.stdout
    end = run("handoff", "end", config=settings)
    assert end.returncode == 0, end.stderr
    assert EXPIRE_PT not in end.stdout, end.stdout


def test_silence_list_says_what_the_acknowledgement_of_a_kept_alert_covers(alertmanager, tmp_path):
    settings, fp, sid = _acked_then_restarted(alertmanager, tmp_path)
    listed = run("silence", "list", config=settings)
    assert listed.returncode == 0, listed.stderr
    covers = next(x for x in listed.stdout.splitlines() if x.strip().startswith("covers:"))
    assert "MidnightSP" in covers and f"kept through the restart of {alertmanager.url}" in covers, listed.stdout
    doc = json.loads(run("silence", "list", "--json", config=settings).stdout)
    assert next(s for s in doc if s["id"] == sid)["covers"] == [fp], doc
    Path(settings).write_text(Path(settings).read_text(encoding="utf-8").replace("language: en", "language: pt_BR"),
                              encoding="utf-8")
    listed = run("silence", "list", config=settings)
    assert "nenhum alerta agora" not in listed.stdout, listed.stdout
    assert f"mantido através do reinício de {alertmanager.url}" in listed.stdout, listed.stdout


def test_outside_the_grace_the_handoff_keeps_nothing(alertmanager, tmp_path):
    """At ``RESTART_GRACE`` after the Alertmanager's start nothing is kept (the acknowledgement
    is idle again: "expire it?"); a second before it, both alerts are (the poll's time is the
    rule's ``now``)."""
    from oncall_tray.commands.restart_kept import with_kept
    from oncall_tray.commands.status import poll_once
    from oncall_tray.core.handoff import Live, start_checklist
    from oncall_tray.core.handoff_markdown import start_markdown
    from oncall_tray.core.journal import Journal
    from oncall_tray.i18n import english

    settings, fp, _sid = _acked_then_restarted(alertmanager, tmp_path)
    loaded = load_config(Path(settings))
    start = dt.datetime.fromisoformat(httpx.get(f"{alertmanager.url}/api/v2/status", timeout=5)
                                      .json()["uptime"].replace("Z", "+00:00"))
    polled = poll_once(loaded.config)
    assert polled.snapshot is not None and polled.snapshot.alerts == {}
    journal = Journal.open(Folders.for_user().journal, read_only=True)
    try:
        def at(when: dt.datetime) -> str:
            result = dataclasses.replace(polled, snapshot=dataclasses.replace(polled.snapshot, fetched_at=when))
            live = with_kept(Live.of(result.snapshot, result.silences), journal, loaded, result)
            return start_markdown(start_checklist(journal, "Carla Dias", live, at=when), english, dt.timezone.utc)

        inside = at(start + RESTART_GRACE - dt.timedelta(seconds=1))
        assert "**Active Alerts**: 2" in inside and EXPIRE not in inside, inside
        outside = at(start + RESTART_GRACE)
        assert "**Active Alerts**: 0" in outside and EXPIRE in outside, outside
        assert "restarted" not in outside, outside
    finally:
        journal.close()


def test_the_trays_checklists_mark_the_alerts_it_keeps_through_a_restart(tmp_path):
    """The tray's start and end windows take their ``Live`` from the poll (``shift_controller``):
    its kept alerts (``PollResult.kept``) are marked as the command line marks them, in the
    Markdown and the start window's rows, so that *Copy Markdown* says what ``handoff start``
    says; the end report says the restart once (the tray's record of it when there is one); one
    sent again is no longer kept."""
    from oncall_tray.alertmanager.client import AlertmanagerClient, AlertQuery
    from oncall_tray.alertmanager.cluster import ClusterClient
    from oncall_tray.cluster_watch import ClusterWatcher
    from collections import defaultdict

    from oncall_tray.core import shifts
    from oncall_tray.core.handoff import Live, end_report, start_checklist
    from oncall_tray.core.handoff_live import kept_line
    from oncall_tray.core.handoff_markdown import start_markdown
    from oncall_tray.core.journal import Journal
    from oncall_tray.core.restarts import record_restart
    from oncall_tray.core.severity import SeverityMap
    from oncall_tray.core.tracker import AlertTracker
    from oncall_tray.demo import LocalAlertmanager
    from oncall_tray.i18n import english
    from oncall_tray.ui.start_alerts import alert_rows

    am = LocalAlertmanager().start()
    clients = ClusterClient([AlertmanagerClient(am.url, timeout=3)])
    watcher = ClusterWatcher(clients, AlertTracker(SeverityMap()), AlertQuery())
    journal = Journal.open(tmp_path / "journal.sqlite")
    alerts = [make_alert("MidnightSP", "critical"), make_alert("APIDown", "critical")]

    def markdown(result) -> str:
        live = Live.of(result.update.snapshot, result.silences, kept=result.kept)
        return start_markdown(start_checklist(journal, "Carla Dias", live), english, dt.timezone.utc)

    try:
        am.post_alerts(alerts)
        assert watcher.poll().kept == {}
        am.stop(remove_storage=False)
        am.start()
        held = watcher.poll()
        assert sorted(held.update.snapshot.alerts[fp].alertname for fp in held.kept) == ["APIDown", "MidnightSP"]
        text = markdown(held)
        assert "**Active Alerts**: 2" in text, text
        assert all(f"kept through the restart of {am.url}" in x for x in text.splitlines() if "- APIDown" in x
                   or "- MidnightSP" in x), text
        assert f"Alertmanager {am.url} restarted" in text, text
        checklist = start_checklist(journal, "Carla Dias", Live.of(held.update.snapshot, held.silences, kept=held.kept))
        _title, rows, _icons = alert_rows(checklist, defaultdict(lambda: None), english, 50)
        assert all(f"kept through the restart of {am.url}" in state
                   for _s, _n, state, _w, summary in rows if summary), rows
        assert rows[-1][1].startswith(f"Alertmanager {am.url} restarted"), rows  # the window's rows say it too
        # the end report says the restart once: the tray's record of it (with its time), when there is one
        shift = shifts.start_shift(journal, "Carla Dias", at=dt.datetime.now(dt.timezone.utc) - dt.timedelta(hours=1))
        live = Live.of(held.update.snapshot, held.silences, kept=held.kept)
        report = end_report(journal, shift, live, english, dt.timezone.utc)
        assert [x for x in report.noticed if "restarted" in x] == [kept_line(live, english)], report.noticed
        record_restart(journal, am.url, dt.datetime.now(dt.timezone.utc))
        report = end_report(journal, shift, live, english, dt.timezone.utc)
        assert [x for x in report.noticed if "restarted" in x][0].startswith(f"Alertmanager {am.url} restarted at ")
        assert len([x for x in report.noticed if "restarted" in x]) == 1, report.noticed
        am.post_alerts(alerts[:1])  # MidnightSP sent again
        again = watcher.poll()
        assert [again.update.snapshot.alerts[fp].alertname for fp in again.kept] == ["APIDown"]
        line = next(x for x in markdown(again).splitlines() if "- MidnightSP" in x)
        assert "kept through" not in line, line
    finally:
        journal.close()
        clients.close()
        am.stop()


def test_apart_silence_list_covers_what_b_kept_within_b_only(tmp_path):
    """Alertmanagers that are not one cluster: APIDown on b alone; b restarted; an acknowledgement
    of it made on b (``ack``). ``silence list`` says it covers APIDown, kept through b's restart
    (a silence covers only its members' alerts, review 60 V10: b's kept ones among them), and
    ``--json`` that b keeps it (``keptBy``); the handoff counts it."""
    from test_silence_holders_down import _cli_apart_b_restarted

    with _cli_apart_b_restarted(tmp_path) as (_a, b, settings, fp):
        acked = run("ack", fp, config=str(settings))
        assert acked.returncode == 0, acked.stderr
        doc = json.loads(run("silence", "list", "--json", config=str(settings)).stdout)
        covering = next(s for s in doc if s["id"] == acked.stdout.strip())
        assert covering["covers"] == [fp], doc
        assert covering["coveredAlerts"] == [{"fingerprint": fp, "alertname": "APIDown", "keptThroughRestart": True,
                                              "keptBy": [b.url]}], covering  # b's alone (test_restart_kept_marks)
        listed = run("silence", "list", config=str(settings)).stdout
        assert "APIDown (" in listed and f"(kept through the restart of {b.url})" in listed, listed
        start = run("handoff", "start", "--markdown", config=str(settings)).stdout
        assert "**Active Alerts**: 2" in start and f"kept through the restart of {b.url}" in start, start
        assert EXPIRE not in start, start
