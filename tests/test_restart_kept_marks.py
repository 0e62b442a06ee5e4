"""Two places that did not say an alert is kept through a restart (the tray, ``status``, ``ack``,
``handoff start`` and ``silence list``'s text did): ``silence list --json`` gave a silence's
covered fingerprints without saying which of them are kept through the restart of their
Alertmanager (``status --json``'s ``keptThroughRestart`` and ``keptBy``), and the end report's
pending items ("Follow up MidnightSP (still firing)", "Acknowledge APIDown (…)") did not mark
them: only an Observations line said the restart. Real Alertmanagers, restarted on their storage."""

from __future__ import annotations

import datetime as dt
import json

from conftest import make_alert
from test_cli import run
from test_restart_handoff import _acked_then_restarted, _section

#: The keys ``status --json`` gives an alert kept through a restart (``status_json.kept_json``).
KEPT_KEYS = ("keptThroughRestart", "keptBy")


def _covered(settings: str, sid: str) -> list[dict]:
    """``silence list --json``'s ``coveredAlerts`` of the silence ``sid``."""
    listed = run("silence", "list", "--json", config=settings)
    assert listed.returncode == 0, listed.stderr
    return next(s for s in json.loads(listed.stdout) if s["id"] == sid)["coveredAlerts"]


def _as_status_says(settings: str, fp: str) -> dict:
    """What ``status --json`` says of the alert ``fp`` being kept through a restart."""
    alert = next(a for a in json.loads(run("status", "--json", config=settings).stdout)["alerts"]
                 if a["fingerprint"] == fp)
    return {key: alert[key] for key in KEPT_KEYS if key in alert}


def test_silence_list_json_flags_the_covered_alerts_kept_through_a_restart(alertmanager, tmp_path):
    settings, fp, sid = _acked_then_restarted(alertmanager, tmp_path)
    covered = _covered(settings, sid)
    assert covered == [{"fingerprint": fp, "alertname": "MidnightSP", "keptThroughRestart": True,
                        "keptBy": [alertmanager.url]}], covered
    assert {k: v for k, v in covered[0].items() if k in KEPT_KEYS} == _as_status_says(settings, fp)
    alertmanager.post_alerts([make_alert("MidnightSP", "critical")])  # Prometheus sent it again
    covered = _covered(settings, sid)
    assert covered == [{"fingerprint": fp, "alertname": "MidnightSP", "keptThroughRestart": False}], covered
    assert {k: v for k, v in covered[0].items() if k in KEPT_KEYS} == _as_status_says(settings, fp)


def test_handoff_end_marks_the_pending_items_kept_through_a_restart(alertmanager, tmp_path):
    """MidnightSP (acknowledged, its incident open) and APIDown (unacknowledged), both kept: each
    pending item says so, in the words of ``status`` and ``silence list``; once Prometheus sends
    MidnightSP again, its item no longer does."""
    settings, _fp, _sid = _acked_then_restarted(alertmanager, tmp_path)
    shown = run("handoff", "end", config=settings)
    assert shown.returncode == 0, shown.stderr
    pending = _section(shown.stdout, "Pending for the Next Shift")
    kept = f"(kept through the restart of {alertmanager.url})"
    for name in ("MidnightSP", "APIDown"):
        line = next(x for x in pending if name in x)
        assert line.endswith(kept), shown.stdout
    alertmanager.post_alerts([make_alert("MidnightSP", "critical")])
    pending = _section(run("handoff", "end", config=settings).stdout, "Pending for the Next Shift")
    assert next(x for x in pending if "MidnightSP" in x) == "- [ ] Follow up MidnightSP (still firing)", pending
    assert next(x for x in pending if "APIDown" in x).endswith(kept), pending


def test_handoff_end_in_portuguese_marks_the_kept_pending_items(alertmanager, tmp_path):
    settings, _fp, _sid = _acked_then_restarted(alertmanager, tmp_path, "pt_BR")
    shown = run("handoff", "end", config=settings)
    assert shown.returncode == 0, shown.stderr
    pending = _section(shown.stdout, "Pendências para Próximo Turno")
    kept = f"(mantido através do reinício de {alertmanager.url})"
    assert [x.endswith(kept) for x in pending if "MidnightSP" in x or "APIDown" in x] == [True, True], shown.stdout


def test_the_trays_end_report_marks_its_kept_pending_items(tmp_path):
    """The tray's end window takes its ``Live`` from the poll (``PollResult.kept``): its report's
    pending items are marked as the command line's. The mark is no change of situation
    (``Suggestion.dismissal``): an item left out while kept is not offered again once its alert
    is sent again."""
    from oncall_tray.alertmanager.client import AlertmanagerClient, AlertQuery
    from oncall_tray.alertmanager.cluster import ClusterClient
    from oncall_tray.cluster_watch import ClusterWatcher
    from oncall_tray.core import shifts
    from oncall_tray.core.handoff import Live, end_report
    from oncall_tray.core.handoff_markdown import end_markdown
    from oncall_tray.core.journal import Journal
    from oncall_tray.core.severity import SeverityMap
    from oncall_tray.core.tracker import AlertTracker
    from oncall_tray.demo import LocalAlertmanager
    from oncall_tray.i18n import english

    am = LocalAlertmanager().start()
    clients = ClusterClient([AlertmanagerClient(am.url, timeout=3)])
    watcher = ClusterWatcher(clients, AlertTracker(SeverityMap()), AlertQuery())
    journal = Journal.open(tmp_path / "journal.sqlite")
    try:
        am.post_alerts([make_alert("APIDown", "critical")])
        assert watcher.poll().kept == {}
        am.stop(remove_storage=False)
        am.start()
        held = watcher.poll()
        assert len(held.kept) == 1, held.kept
        shift = shifts.start_shift(journal, "Carla Dias", at=dt.datetime.now(dt.timezone.utc) - dt.timedelta(hours=1))
        live = Live.of(held.update.snapshot, held.silences, kept=held.kept)
        text = end_markdown(end_report(journal, shift, live, english, dt.timezone.utc), english, dt.timezone.utc)
        line = next(x for x in _section(text, "Pending for the Next Shift") if "APIDown" in x)
        assert line.endswith(f"(kept through the restart of {am.url})"), text
        # left out while kept, it stays out once Prometheus sends it again: the same situation
        plain = Live.of(held.update.snapshot, held.silences)
        assert [s.dismissal for s in end_report(journal, shift, live, english, dt.timezone.utc).suggestions] == \
            [s.dismissal for s in end_report(journal, shift, plain, english, dt.timezone.utc).suggestions]
    finally:
        journal.close()
        clients.close()
        am.stop()

