"""Fresh-user review 69 AI3, AI4: a silence over many alerts of one name, against a real
Alertmanager. ``silence list`` printed its covers as one ~1,500-character line of
"PodCrashLooping (fingerprint)"; the handoff's folded incident "PodCrashLooping ×50" carried
one pod's summary as the description of all."""

from __future__ import annotations

import re

from conftest import settings_file
from test_cli import run
from test_handoff_folded import CRITICAL, INFO, WARNING, crash_looping, numbered  # noqa: F401 (the fixture)


def covers_block(text: str) -> list[str]:
    lines = text.splitlines()
    start = next(n for n, line in enumerate(lines) if line.strip().startswith(("covers:", "cobre:")))
    block = [lines[start]]
    for line in lines[start + 1:]:
        if not line.startswith("    "):  # the next label ("  held by:") or the next silence
            break
        block.append(line)
    return block


def silence_the_pods(am, config) -> None:
    added = run("--alertmanager", am.url, "silence", "add", 'alertname="PodCrashLooping"', "--duration", "1h",
                "--comment", "pods em loop, deploy revertendo", "--yes", config=config)
    assert added.returncode == 0, added.stderr


def test_silence_list_folds_the_alerts_a_silence_covers_as_its_confirmation_does(crash_looping, tmp_path):
    am = crash_looping
    config = settings_file(tmp_path, "engineer: Bruno Lima\n")
    silence_the_pods(am, config)
    listed = run("--alertmanager", am.url, "silence", "list", config=config)
    assert listed.returncode == 0, listed.stderr
    block = covers_block(listed.stdout)
    assert all(len(line) < 200 for line in block), block
    shown = CRITICAL + WARNING + INFO  # the inhibited ones are covered too
    assert f"PodCrashLooping ×{shown}" in block[0], block
    assert "pod-001:8080" in block[1] and "pod-002:8080" in block[2] and "pod-003:8080" in block[3], block
    assert block[4].strip() == f"and {shown - 3} more", block
    portuguese = covers_block(run("--alertmanager", am.url, "silence", "list", config=config,
                                  env_lang="pt_BR.UTF-8").stdout)
    assert portuguese[-1].strip() == f"e mais {shown - 3}", portuguese


def test_a_folded_incident_is_not_described_by_one_pods_summary(crash_looping, tmp_path):
    am = crash_looping
    config = settings_file(tmp_path, "engineer: Bruno Lima\n")
    assert run("--alertmanager", am.url, "handoff", "start", "--confirm", config=config).returncode == 0
    silence_the_pods(am, config)
    shown = CRITICAL + INFO
    [line] = numbered(run("--alertmanager", am.url, "handoff", "end", config=config).stdout)
    assert re.search(rf" - Pod 001 reiniciando em loop \(and {shown - 1} others\)$", line), line
    [linha] = numbered(run("--alertmanager", am.url, "handoff", "end", config=config, env_lang="pt_BR.UTF-8").stdout)
    assert re.search(rf" - Pod 001 reiniciando em loop \(e {shown - 1} outros\)$", linha), linha
