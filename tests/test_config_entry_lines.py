"""Code review 81 AX15: a bad entry inside ``severity_synonyms`` or ``filter`` was said on the
key's line, while the check of twin entries of the same mapping already named the entry's line:
``config check`` names the entry's own line (issue 2: "names every problem with its key and line
where possible")."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from oncall_tray.config import load_config

SYNONYMS = "engineer: ana\nseverity_synonyms:\n  sev1: critical\n  sev2: warning\n  sev3: urgent\n  sev4: info\n"
FILTER = 'engineer: ana\nfilter:\n  - team="a"\n  - team=~"(a"\n  - env="prod"\n'
FLOW = 'engineer: ana\nfilter: [team="a",\n  team=~"(a"]\n'


@pytest.mark.parametrize("text, key, line", [(SYNONYMS, "severity_synonyms", 5), (FILTER, "filter", 4),
                                             (FLOW, "filter", 3)])
def test_a_bad_entry_is_said_on_its_own_line(tmp_path, text, key, line):
    path = tmp_path / "config.yaml"
    path.write_text(text, encoding="utf-8")
    loaded = load_config(path)
    assert [(p.key, p.line) for p in loaded.problems] == [(key, line)], loaded.problems
    done = subprocess.run([sys.executable, "-m", "oncall_tray", "--config", str(path), "config", "check"],
                          capture_output=True, text=True, timeout=60,
                          env={**os.environ, "LANG": "C.UTF-8", "LANGUAGE": "", "LC_ALL": "", "LC_MESSAGES": ""})
    assert f"line {line}: {key}" in done.stdout + done.stderr, (done.stdout, done.stderr)


def test_a_whole_value_of_the_wrong_kind_stays_on_the_key_line(tmp_path):
    path = tmp_path / "config.yaml"
    path.write_text("engineer: ana\nseverity_synonyms: [a, b]\n", encoding="utf-8")
    assert [(p.key, p.line) for p in load_config(path).problems] == [("severity_synonyms", 2)]
