"""YAML merge keys (``<<:``) in the settings file (code review 63A CA7): a key both written and
merged was said "written twice (also on line 2): the last one counts", read as the merged value
winning, while YAML (and PyYAML, which the tray and the commands use) keep the key written in
the mapping itself, wherever the merge is. A merge is not a key written twice by mistake: no
warning; keys written twice in the mapping itself still are, and a problem is said on the line
of the value in force."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
import yaml

from oncall_tray.config import load_config


def _check(path, lang: str = "C.UTF-8") -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "oncall_tray", "--config", str(path), "config", "check"],
                          capture_output=True, text=True, timeout=60,
                          env={**os.environ, "LANG": lang, "LANGUAGE": "", "LC_ALL": "", "LC_MESSAGES": ""})


@pytest.mark.parametrize("text", [
    "engineer: Ana\n<<: {engineer: Bia}\n",
    "<<: {engineer: Bia}\nengineer: Ana\n",
    "<<:\n  - {engineer: Bia}\nengineer: Ana\n",
    "<<: {engineer: Carla}\n<<: {engineer: Bia}\nengineer: Ana\n",
])
def test_a_key_written_beside_a_merge_is_the_one_used_and_no_warning_says_otherwise(tmp_path, text):
    path = tmp_path / "config.yaml"
    path.write_text(text, encoding="utf-8")
    loaded = load_config(path)
    assert loaded.config.engineer == "Ana" and loaded.problems == ()
    done = _check(path)
    assert done.returncode == 0 and done.stdout == f"{path}: OK\n", done.stdout


def test_merged_keys_take_their_values_and_say_their_problems_on_their_lines(tmp_path):
    """Which mapping of a merged list wins is PyYAML's to say (the YAML spec: the first; PyYAML
    6.0.4: the last): the settings follow what it loads."""
    path = tmp_path / "config.yaml"
    text = "<<:\n  - {engineer: Bia, request_timeout: 4}\n  - {engineer: Carla, poll_interval: -1}\n"
    path.write_text(text, encoding="utf-8")
    loaded = load_config(path)
    assert (loaded.config.engineer, loaded.config.request_timeout) == (yaml.safe_load(text)["engineer"], 4)
    assert [(p.key, p.line, p.warning) for p in loaded.problems] == [("poll_interval", 3, False)]
    done = _check(path)
    assert done.returncode == 1 and "line 3: poll_interval:" in done.stdout and "twice" not in done.stdout, done.stdout


@pytest.mark.parametrize(("lang", "said"), [
    ("C.UTF-8", "line 3: engineer: written twice (also on line 2): the last one counts"),
    ("pt_BR.UTF-8", "linha 3: engineer: escrito duas vezes (também na linha 2): vale o último"),
])
def test_a_key_written_twice_beside_a_merge_is_still_said(tmp_path, lang, said):
    path = tmp_path / "config.yaml"
    path.write_text("<<: {engineer: Bia}\nengineer: Ana\nengineer: Carla\n", encoding="utf-8")
    loaded = load_config(path)
    assert loaded.config.engineer == "Carla"
    assert [(p.key, p.line) for p in loaded.problems] == [("engineer", 3)]
    done = _check(path, lang)
    assert done.returncode == 0 and done.stdout.splitlines()[0] == f"{path}: {said}", done.stdout
