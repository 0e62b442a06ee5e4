"""SLA clocks and the escalation message through the command line, against a real
Alertmanager holding alerts that began in the past (as after a restart of the app)."""

from __future__ import annotations

import datetime as dt
import json
from zoneinfo import ZoneInfo

import httpx
from conftest import make_alert, silence, utcnow, settings_file
from test_cli import run

from oncall_tray.demo import free_port


def parse(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))


def post_started(am, name: str, severity: str, minutes_ago: float, **extra) -> None:
    alert = make_alert(name, severity, starts_at=utcnow() - dt.timedelta(minutes=minutes_ago), **extra)
    am.post_alerts([alert])


def status_json(am, tmp_path, config_text: str = "") -> tuple[dict, dt.datetime, dt.datetime]:
    """``status --json`` and the wall-clock interval in which it ran (its ``now`` is inside)."""
    config = tmp_path / "c.yaml"
    config.write_text(config_text, encoding="utf-8")
    before = utcnow()
    result = run("--alertmanager", am.url, "status", "--json", config=str(config))
    after = utcnow()
    assert result.returncode == 0, result.stderr
    return {a["alertname"]: a for a in json.loads(result.stdout)["alerts"]}, before, after


def test_status_json_clocks_of_alerts_begun_in_the_past(alertmanager, tmp_path):
    post_started(alertmanager, "Seven", "critical", 7)
    post_started(alertmanager, "Sixteen", "critical", 16)
    post_started(alertmanager, "Hour", "critical", 61)
    alerts, before, after = status_json(alertmanager, tmp_path)
    seven = alerts["Seven"]
    sla = seven["sla"]
    start = parse(seven["startsAt"])
    assert parse(sla["respond_by"]) == start + dt.timedelta(minutes=5)
    assert parse(sla["resolve_by"]) == start + dt.timedelta(minutes=15)
    assert abs(sla["respond_remaining_s"] - -120) < 5 and abs(sla["resolve_remaining_s"] - 480) < 5
    # exact: the remaining time is to the deadline from a moment within the command's run
    assert (parse(sla["resolve_by"]) - after).total_seconds() <= sla["resolve_remaining_s"]
    assert sla["resolve_remaining_s"] <= (parse(sla["resolve_by"]) - before).total_seconds()
    assert sla["responded"] is False and sla["escalation"] == "L1"
    assert alerts["Sixteen"]["sla"]["escalation"] == "L2"
    assert alerts["Sixteen"]["sla"]["resolve_remaining_s"] < 0
    assert alerts["Hour"]["sla"]["escalation"] == "L3"


def test_an_acknowledgement_stops_the_response_clock(alertmanager, tmp_path):
    post_started(alertmanager, "Acked", "critical", 3)
    silence_id = silence(alertmanager, {"alertname": "Acked"}, author="ana")
    alerts, _before, _after = status_json(alertmanager, tmp_path)
    sla = alerts["Acked"]["sla"]
    acked_at = parse(httpx.get(f"{alertmanager.url}/api/v2/silence/{silence_id}", timeout=10).json()["startsAt"])
    assert sla["responded"] is True
    # frozen at the silence's start, whatever the time of the poll
    assert abs(sla["respond_remaining_s"] - (parse(sla["respond_by"]) - acked_at).total_seconds()) < 0.01
    assert 100 < sla["respond_remaining_s"] < 125


def test_a_late_acknowledgement_says_how_late(alertmanager, tmp_path):
    """Acknowledged 12 minutes after a critical alert fired (target 5 min): `status` keeps the
    miss in words instead of dropping the response part (fresh-user review 8)."""
    post_started(alertmanager, "Late", "critical", 12)
    silence(alertmanager, {"alertname": "Late"}, author="ana")
    result = run("--alertmanager", alertmanager.url, "status", config=settings_file(tmp_path))
    line = next(line for line in result.stdout.splitlines() if "Late" in line)
    assert "acknowledged 7m late" in line or "acknowledged 6m late" in line, line


def test_info_alert_is_due_at_a_business_day_closing_in_the_configured_zone(alertmanager, tmp_path):
    post_started(alertmanager, "Note", "info", 1)
    alerts, _before, _after = status_json(alertmanager, tmp_path, "timezone: America/Sao_Paulo\n")
    sla = alerts["Note"]["sla"]
    due = parse(sla["respond_by"]).astimezone(ZoneInfo("America/Sao_Paulo"))
    assert due.time() == dt.time(18, 0) and due.weekday() < 5  # the next business day, all of it (review 57 S9)
    assert due > parse(alerts["Note"]["startsAt"]) and due - parse(alerts["Note"]["startsAt"]) <= dt.timedelta(days=5)
    assert sla["resolve_by"] is None and sla["resolve_remaining_s"] is None and sla["escalation"] == "L1"


def test_status_text_shows_the_clocks_and_the_level(alertmanager, tmp_path):
    post_started(alertmanager, "Seven", "critical", 7)
    post_started(alertmanager, "Sixteen", "critical", 16)
    cfg = settings_file(tmp_path)
    english = run("--alertmanager", alertmanager.url, "status", config=cfg)
    assert english.returncode == 0, english.stderr
    seven = next(line for line in english.stdout.splitlines() if "Seven" in line)
    assert "L1" in seven and "response overdue 2m" in seven and "resolve in " in seven
    sixteen = next(line for line in english.stdout.splitlines() if "Sixteen" in line)
    assert "L2" in sixteen and "resolution overdue " in sixteen
    portuguese = run("--alertmanager", alertmanager.url, "status", config=cfg, env_lang="pt_BR.UTF-8")
    assert "resposta atrasada 2m" in portuguese.stdout and "resolver em " in portuguese.stdout


def guide_alert(am) -> str:
    alert = make_alert("APIDown", "critical", starts_at=utcnow() - dt.timedelta(minutes=16),
                       summary="Backend não responde", service="backend")
    alert["annotations"].update(description="Health check falhando", runbook_url="https://runbooks/APIDown",
                                dashboard_url="http://localhost:3002/d/conectcrm-overview")
    am.post_alerts([alert, make_alert("Other", "warning")])
    alerts = httpx.get(f"{am.url}/api/v2/alerts", timeout=10).json()
    return next(a["fingerprint"] for a in alerts if a["labels"]["alertname"] == "APIDown")


def test_escalate_prints_the_filled_template(alertmanager, tmp_path):
    fingerprint = guide_alert(alertmanager)
    cfg = tmp_path / "c.yaml"
    cfg.write_text("timezone: America/Sao_Paulo\njaeger_url: http://jaeger:16686\n", encoding="utf-8")
    result = run("--alertmanager", alertmanager.url, "escalate", fingerprint, "--note", "Reiniciei o backend",
                 config=str(cfg), env_lang="pt_BR.UTF-8")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "*ESCALAÇÃO PARA L2*"  # 16 minutes: the clock asks for L2
    for expected in ("*Alerta:* APIDown", "*Severidade:* Crítico", "*Sintomas:*", "- Backend não responde",
                     "- Health check falhando", "*Já Tentado:*", "- Reiniciei o backend", "*Impacto:*",
                     "- [Quantos clientes afetados]", "- Instância: test:1", "- Serviço: backend", "*Contexto:*",
                     "- Dashboard: http://localhost:3002/d/conectcrm-overview",
                     "- Prometheus: http://localhost:9090/graph?g0.expr=up+%3D%3D+0",
                     "- Runbook: https://runbooks/APIDown", "- Traces: http://jaeger:16686"):
        assert expected in lines, expected
    start = next(line for line in lines if line.startswith("*Início:* "))
    assert start.endswith(" -03") and len(start.split()[-2]) == 5  # HH:MM in Sao Paulo time
    assert any(line in ("*Duração:* 16 min", "*Duração:* 17 min") for line in lines)
    english = run("--alertmanager", alertmanager.url, "escalate", fingerprint[:8], "--level", "L3",
                  config=str(cfg))
    assert english.returncode == 0, english.stderr
    assert english.stdout.startswith("*ESCALATION TO L3*\n") and "*Already Tried:*" in english.stdout


def test_escalate_unknown_fingerprint_and_unreachable(alertmanager, tmp_path):
    guide_alert(alertmanager)
    cfg = settings_file(tmp_path)
    unknown = run("--alertmanager", alertmanager.url, "escalate", "ffffffffffffffff", config=cfg)
    assert unknown.returncode == 1 and "ffffffffffffffff" in unknown.stderr and unknown.stdout == ""
    url = f"http://127.0.0.1:{free_port()}"
    down = run("--alertmanager", url, "escalate", "ffffffffffffffff", config=cfg)
    assert down.returncode == 2 and url in down.stderr


def test_an_acknowledgement_lost_with_alertmanagers_data_still_stops_the_response_clock(alertmanager, tmp_path):
    """Review 29: Alertmanager restarted without its data; the silences that acknowledged
    alerts in time were gone, and the tray announced "Response target missed" for them. The
    journal's acknowledgement keeps the response made (``shifts.recorded_responses``)."""
    import shutil

    config = tmp_path / "c.yaml"
    config.write_text("engineer: ana\n", encoding="utf-8")
    started = utcnow() - dt.timedelta(minutes=2)
    alert = make_alert("APIDown", "critical", starts_at=started)
    alertmanager.post_alerts([alert])
    fingerprint = httpx.get(f"{alertmanager.url}/api/v2/alerts", timeout=10).json()[0]["fingerprint"]
    acked = run("--alertmanager", alertmanager.url, "ack", fingerprint, config=str(config))
    assert acked.returncode == 0, acked.stderr
    # a look that the journal records (as the tray's polls are): it takes the acknowledgement
    noted = run("--alertmanager", alertmanager.url, "handoff", "note", fingerprint, "Reiniciei o pod",
                config=str(config))
    assert noted.returncode == 0, noted.stderr
    alerts, _before, _after = status_json(alertmanager, tmp_path, "engineer: ana\n")
    assert alerts["APIDown"]["sla"]["responded"] is True and alerts["APIDown"]["silencedBy"]
    alertmanager.stop(remove_storage=False)  # its data wiped, as in the review
    shutil.rmtree(alertmanager.storage / "data", ignore_errors=True)
    alertmanager.start()
    alertmanager.post_alerts([alert])  # Prometheus sends it again, same startsAt
    alerts, _before, _after = status_json(alertmanager, tmp_path, "engineer: ana\n")
    assert alerts["APIDown"]["silencedBy"] == []  # the acknowledgement's silence is gone
    sla = alerts["APIDown"]["sla"]
    assert sla["responded"] is True and sla["respond_remaining_s"] > 0  # stopped at the acknowledgement
    # and the text says so (review 32: its state read "firing", nothing said it was responded to)
    text = run("--alertmanager", alertmanager.url, "status", config=str(config))
    line = next(line for line in text.stdout.splitlines() if "APIDown" in line)
    assert "firing, responded" in line, text.stdout
