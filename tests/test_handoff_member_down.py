"""Review 60 V9: the start checklist with one of two Alertmanagers that are not one cluster down:
its alerts and its silences are the shift journal's copy, and say so with when ("as last seen at
14:07, 12 min ago"), as when no Alertmanager can be read; the silences of the member that answers
are read now, unmarked."""

from __future__ import annotations

import httpx
from conftest import make_alert
from test_cli import run


def _silence(url: str, alertname: str, comment: str) -> None:
    httpx.post(f"{url}/api/v2/silences", timeout=5, json={
        "matchers": [{"name": "alertname", "value": alertname, "isRegex": False, "isEqual": True}],
        "startsAt": "2020-01-01T00:00:00Z", "endsAt": "2099-01-01T00:00:00Z", "createdBy": "carla",
        "comment": comment}).raise_for_status()


def test_start_checklist_marks_what_a_member_down_holds_as_last_seen_with_when(tmp_path):
    from oncall_tray.demo import LocalAlertmanager

    a, b = LocalAlertmanager().start(), LocalAlertmanager().start()
    settings = tmp_path / "c.yaml"
    settings.write_text(f"engineer: ana\nlanguage: en\nalertmanager_url: [{a.url}, {b.url}]\n", encoding="utf-8")
    try:
        a.post_alerts([make_alert("APIDown", "critical"), make_alert("HighCPUUsage", "warning")])
        b.post_alerts([make_alert("OnlyOnAM2", "warning")])
        _silence(a.url, "HighCPUUsage", "maintenance on a")
        _silence(b.url, "OnlyOnAM2", "maintenance on b")
        assert run("handoff", "start", "--confirm", config=str(settings)).returncode == 0
        a.stop()
        start = run("handoff", "start", config=str(settings))
        assert start.returncode == 0, start.stderr
        lines = start.stdout.splitlines()
        api = next(line for line in lines if line.startswith("- APIDown"))
        assert "as last seen at " in api and " ago" in api and f"Alertmanager {a.url} does not answer" in api, api
        held = next(line for line in lines if "maintenance on a" in line)
        assert "as last seen at " in held, held
        live = next(line for line in lines if "maintenance on b" in line)
        assert "as last seen" not in live, live
        ended = run("handoff", "end", config=str(settings))  # the end report's silences alike
        assert ended.returncode == 0, ended.stderr
        held = next(line for line in ended.stdout.splitlines() if "maintenance on a" in line)
        assert "as last seen at " in held, held
    finally:
        a.stop()
        b.stop()
