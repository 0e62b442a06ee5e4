"""A busy shift's handoff: the alerts of one name handled by one act are one incident (review 68
AF1, AF3). 250 ``PodCrashLooping`` alerts, a hundred inhibited by the critical ones, silenced by
one silence, made the end report list 257 incidents (one per pod, the inhibited ones among
them), the pending items name one pod, and the next start checklist 249 identical lines
"PodCrashLooping - acknowledged at 05:05 by Bruno Lima", not capped. Against a real Alertmanager
with an inhibit rule."""

from __future__ import annotations

import re

import httpx
import pytest
from conftest import make_alert, settings_file, silence, wait_until
from test_cli import run

from oncall_tray.demo import MINIMAL_CONFIG, LocalAlertmanager

#: Debian's default rule, keyed on the alert name and service: the critical pods inhibit the warnings.
INHIBITING_CONFIG = MINIMAL_CONFIG + """\
inhibit_rules:
  - source_matchers: ['severity="critical"']
    target_matchers: ['severity="warning"']
    equal: [alertname, service]
"""
CRITICAL, WARNING, INFO = 8, 10, 22  # the warnings inhibited


def pods(severity: str, first: int, count: int) -> list[dict]:
    return [make_alert("PodCrashLooping", severity, service="omnichannel", instance=f"pod-{n:03d}:8080",
                       summary=f"Pod {n:03d} reiniciando em loop") for n in range(first, first + count)]


def inhibited_count(am: LocalAlertmanager) -> int:
    """How many alerts Alertmanager itself says inhibited (not through the code under test)."""
    return sum(1 for a in httpx.get(am.url + "/api/v2/alerts", timeout=10).json() if a["status"]["inhibitedBy"])


@pytest.fixture
def crash_looping():
    am = LocalAlertmanager(config=INHIBITING_CONFIG).start()
    try:
        am.post_alerts(pods("critical", 1, CRITICAL) + pods("warning", 101, WARNING) + pods("info", 201, INFO))
        wait_until(lambda: inhibited_count(am) == WARNING, 15, "the warnings inhibited")
        yield am
    finally:
        am.stop()


def numbered(text: str) -> list[str]:
    return [line for line in text.splitlines() if re.match(r"\d+\. ", line)]


def section(text: str, heading: str) -> list[str]:
    lines = text.split(f"**{heading}**")[1].split("\n\n")[0].splitlines()
    return [line for line in lines[1:] if line.startswith("- ")]


def test_one_silence_over_many_alerts_of_one_name_is_one_incident_in_both_checklists(crash_looping, tmp_path):
    am = crash_looping
    config = settings_file(tmp_path, "engineer: Bruno Lima\n")
    assert run("--alertmanager", am.url, "handoff", "start", "--confirm", config=config).returncode == 0
    added = run("--alertmanager", am.url, "silence", "add", 'alertname="PodCrashLooping"', "--duration", "1h",
                "--comment", "pods em loop, deploy revertendo", "--yes", config=config)
    assert added.returncode == 0, added.stderr
    ended = run("--alertmanager", am.url, "handoff", "end", config=config)
    assert ended.returncode == 0, ended.stderr
    text = ended.stdout
    shown = CRITICAL + INFO  # the inhibited warnings are not handled on their own
    assert "- Incidents: 1\n" in text, text
    [line] = numbered(text)
    assert line.startswith(f"1. PodCrashLooping ×{shown} (omnichannel / pod-001:8080, pod-002:8080, pod-003:8080"
                           f"\u00a0…\u00a0(+{shown - 3})) (+{WARNING} inhibited by PodCrashLooping) - "), line
    assert " - Open - " in line, line
    follow = [p for p in section(text, "Pending for the Next Shift") if "PodCrashLooping" in p]
    assert len(follow) == 1 and f"PodCrashLooping ×{shown} (omnichannel / pod-001:8080" in follow[0], follow
    portuguese = run("--alertmanager", am.url, "handoff", "end", config=config, env_lang="pt_BR.UTF-8").stdout
    assert "- Incidentes: 1\n" in portuguese and len(numbered(portuguese)) == 1, portuguese
    assert f"+{WARNING} inibidos por PodCrashLooping" in numbered(portuguese)[0], portuguese
    handed = run("--alertmanager", am.url, "handoff", "end", "--confirm", "--incoming", "Carla Dias", config=config)
    assert handed.returncode == 0, handed.stderr

    start = run("--alertmanager", am.url, "handoff", "start", config=config)
    assert start.returncode == 0, start.stderr
    assert "**Open Incidents**: 1\n" in start.stdout, start.stdout
    [incident] = section(start.stdout, "Open Incidents")
    assert incident.startswith(f"- PodCrashLooping ×{shown} (omnichannel / pod-001:8080"), incident
    assert " - acknowledged at " in incident and " by Bruno Lima" in incident, incident
    portuguese = run("--alertmanager", am.url, "handoff", "start", config=config, env_lang="pt_BR.UTF-8").stdout
    assert "**Incidentes Abertos**: 1\n" in portuguese, portuguese


def test_incidents_acknowledged_one_by_one_name_their_instance_and_are_capped(crash_looping, tmp_path):
    """Each pod acknowledged apart: an incident each, told apart by its instance, the start
    checklist's list cut as the active alerts' is ("… and N more")."""
    am = crash_looping
    config = settings_file(tmp_path, "engineer: Bruno Lima\n")
    assert run("--alertmanager", am.url, "handoff", "start", "--confirm", config=config).returncode == 0
    acknowledged = [f"pod-{n:03d}:8080" for n in [*range(1, 1 + CRITICAL), *range(201, 201 + INFO)]]
    for instance in acknowledged:
        silence(am, {"alertname": "PodCrashLooping", "instance": instance}, author="Bruno Lima", comment="ACK! vendo")
    ended = run("--alertmanager", am.url, "handoff", "end", "--confirm", "--incoming", "Carla Dias", config=config)
    assert ended.returncode == 0, ended.stderr
    assert len(numbered(ended.stdout)) == len(acknowledged), ended.stdout
    start = run("--alertmanager", am.url, "handoff", "start", config=config).stdout
    assert f"**Open Incidents**: {len(acknowledged)}\n" in start, start
    lines = section(start, "Open Incidents")
    assert len(lines) == 26 and lines[-1] == f"- … and {len(acknowledged) - 25} more", lines
    assert len(set(lines)) == len(lines), lines  # none reads as another
    assert lines[0].startswith("- PodCrashLooping (omnichannel / pod-001:8080) - acknowledged at "), lines
