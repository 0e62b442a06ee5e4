"""A settings file that exists but cannot be read at all (not UTF-8, not YAML, a folder,
/dev/null): the commands that change something or store a secret refuse it, as they refuse a
missing ``--config`` file, instead of acting on the default Alertmanager with the default name
and credentials (review 38 F3, F10: ``silence add`` went to http://localhost:9093, ``login``
stored the password for it); ``status``, ``config``, ``--help`` and ``--version`` still run."""

from __future__ import annotations

import os
import subprocess
import sys

import httpx
import pytest

from conftest import make_alert, silence

from oncall_tray.paths import Folders

NOT_UTF8 = b"alertmanager_url: http://127.0.0.1:19148\n# coment\xe1rio do Jo\xe3o\nengineer: Joao\n"
NOT_TEXT = b"alertmanager_url: http://127.0.0.1:19148\n\x00\x01\xe1\x02\n"  # a file damaged, or not a settings file
TAB = b"alertmanager_url: http://127.0.0.1:19148\nengineer:\tAna\n"


def run(config, *args: str, stdin: str = "") -> subprocess.CompletedProcess:
    env = {**os.environ, "LANG": "en_US.UTF-8", "LC_ALL": "", "LC_MESSAGES": "",
           "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}  # never the machine's own keyring
    return subprocess.run([sys.executable, "-m", "oncall_tray", "--config", str(config), *args], input=stdin,
                          capture_output=True, text=True, timeout=60, env=env)


def refusal(result: subprocess.CompletedProcess, config, command: str) -> str:
    """The refusal's line (the first of stderr), after checking what it says."""
    assert result.returncode == 1, (command, result.stdout, result.stderr)
    line = result.stderr.splitlines()[0]
    assert line.startswith(f"oncall-tray: settings file {config} cannot be read ("), (command, result.stderr)
    assert f"oncall-tray {command} would run without your settings (on Alertmanager " in line, line
    assert "so nothing was done; fix the file first (see: oncall-tray --config " in line, line
    assert "every setting has its default" not in result.stderr and result.stdout == "", result.stderr
    return line


def test_the_commands_that_change_something_refuse_a_file_that_is_not_text(alertmanager, tmp_path):
    config = tmp_path / "damaged.yaml"
    config.write_bytes(NOT_TEXT)
    alertmanager.post_alerts([make_alert("APIDown", "critical")])
    (alert,) = httpx.get(alertmanager.url + "/api/v2/alerts", timeout=10).json()
    fingerprint = alert["fingerprint"]
    silence_id = silence(alertmanager, {"alertname": "APIDown"}, author="Joao")
    before = httpx.get(alertmanager.url + "/api/v2/silences", timeout=10).json()
    am = ("--alertmanager", alertmanager.url)
    for command, args in (
            ("login", ("login", "--username", "alice", "--password-stdin")),
            ("logout", ("logout",)),
            ("ack", (*am, "ack", fingerprint)),
            ("silence add", (*am, "silence", "add", "alertname=APIDown", "--duration", "15m", "--comment", "x")),
            ("silence extend", (*am, "silence", "extend", silence_id)),
            ("silence expire", (*am, "silence", "expire", silence_id)),
            ("escalate", (*am, "escalate", fingerprint)),
            ("handoff start", (*am, "handoff", "start", "--confirm")),
            ("handoff end", (*am, "handoff", "end"))):
        result = run(config, *args, stdin="secret\n")
        line = refusal(result, config, command)
        assert len(result.stderr.splitlines()) == 1, result.stderr
        assert "not UTF-8 text (byte 0xe1 at position" in line and "as " in line, line
    noted = run(config, *am, "handoff", "note", fingerprint, "reiniciei o backend")
    refusal(noted, config, "handoff note")
    assert "reiniciei o backend" in noted.stderr  # given back: nothing typed is lost (review 24)
    assert httpx.get(alertmanager.url + "/api/v2/silences", timeout=10).json() == before
    assert not Folders.for_user().journal.exists()


def test_login_names_the_default_alertmanager_it_would_have_used(tmp_path):
    config = tmp_path / "config.yaml"
    config.write_bytes(TAB)
    result = run(config, "login", "--username", "alice", "--password-stdin", stdin="secret\n")
    line = refusal(result, config, "login")
    assert "line 2: not valid YAML: a tab at column 10" in line
    assert "(on Alertmanager http://localhost:9093, as " in line, line


@pytest.mark.parametrize("kind", ["folder", "/dev/null"])
def test_a_folder_or_a_device_is_refused_too(kind, tmp_path, alertmanager):
    config = tmp_path if kind == "folder" else "/dev/null"
    result = run(config, "--alertmanager", alertmanager.url, "silence", "add", "alertname=X", "--duration", "15m",
                 "--comment", "x")
    assert "not a regular file" in refusal(result, config, "silence add")
    assert httpx.get(alertmanager.url + "/api/v2/silences", timeout=10).json() == []


def test_a_file_in_windows_1252_is_read_with_a_warning_and_its_settings_used(alertmanager, tmp_path):
    """Review 54 M8: one Latin-1 letter in a comment threw every setting away, the Alertmanager
    too; the commands that change something refused to run at all."""
    config = tmp_path / "latin1.yaml"
    config.write_bytes(NOT_UTF8.replace(b"http://127.0.0.1:19148", alertmanager.url.encode()))
    alertmanager.post_alerts([make_alert("APIDown", "critical")])
    status = run(config, "status")
    assert status.returncode == 0 and "APIDown" in status.stdout, (status.stdout, status.stderr)
    at = config.read_bytes().index(0xE1)
    assert status.stderr == (f"oncall-tray: {config}: line 2: not UTF-8 text (byte 0xe1 at position {at}): read as "
                             "Windows-1252 (Latin-1); save it as UTF-8\n"), status.stderr
    added = run(config, "silence", "add", "alertname=APIDown", "--duration", "15m", "--comment", "manutenção")
    assert added.returncode == 0, added.stderr
    (made,) = httpx.get(alertmanager.url + "/api/v2/silences", timeout=10).json()
    assert made["createdBy"] == "Joao"


def test_the_commands_that_only_read_still_run_on_the_defaults(alertmanager, tmp_path):
    config = tmp_path / "damaged.yaml"
    config.write_bytes(NOT_TEXT)
    status = run(config, "--alertmanager", alertmanager.url, "status")
    assert status.returncode == 0 and "every setting has its default" in status.stderr, status.stderr
    listed = run(config, "--alertmanager", alertmanager.url, "silence", "list")
    assert listed.returncode == 0, listed.stderr
    check = run(config, "config", "check")
    assert check.returncode == 1 and "not UTF-8 text" in check.stdout, check.stdout
    assert run(config, "config", "path").stdout.strip() == str(config)
    assert run(config, "--help").returncode == 0 and run(config, "--version").returncode == 0
    assert run(config, "silence", "add", "--help").returncode == 0


def test_a_mistyped_alertmanager_or_engineer_stops_the_commands_that_change_something(alertmanager, tmp_path):
    """Review 42 F3: ``alertmanager_url: htp://…`` fell back to http://localhost:9093 with one
    warning line, where ``ack`` and ``silence`` would have acted on whatever answers there."""
    alertmanager.post_alerts([make_alert("APIDown", "critical")])
    (alert,) = httpx.get(alertmanager.url + "/api/v2/alerts", timeout=10).json()
    for text, problem in ((f"alertmanager_url: htp{alertmanager.url[4:]}\nengineer: ana\n",
                           "line 1: alertmanager_url: must be an http:// or https:// URL with a host"),
                          (f"alertmanager_url: {alertmanager.url}\nengineer: [ana]\n", "line 2: engineer: ")):
        config = tmp_path / "typo.yaml"
        config.write_text(text, encoding="utf-8")
        result = run(config, "ack", alert["fingerprint"])
        assert result.returncode == 1, result.stderr
        line = result.stderr.splitlines()[0]
        assert line.startswith(f"oncall-tray: settings file {config}: {problem}"), line
        assert " oncall-tray ack would run on the default (on Alertmanager " in line, line
        assert line.endswith(f"so nothing was done; fix the file first (see: oncall-tray --config {config} "
                             "config check)"), line
        assert httpx.get(alertmanager.url + "/api/v2/silences", timeout=10).json() == []
        assert run(config, "status").returncode in (0, 2)  # reading still runs, with the warning
    # the Alertmanager given on the command line decides where: the engineer's name is fine here
    config.write_text("alertmanager_url: htp://nowhere\nengineer: ana\n", encoding="utf-8")
    given = run(config, "--alertmanager", alertmanager.url, "ack", alert["fingerprint"], "--yes")
    assert given.returncode == 0, given.stderr


def test_with_a_shift_open_its_engineer_signs_and_a_bad_engineer_setting_stops_nothing(alertmanager, tmp_path):
    """Review 44 F8: with Rita's shift open and ``engineer: ["Rita"]``, ``ack`` was refused "as
    root", while Rita, the open shift's engineer, would have signed."""
    alertmanager.post_alerts([make_alert("APIDown", "critical")])
    (alert,) = httpx.get(alertmanager.url + "/api/v2/alerts", timeout=10).json()
    good = tmp_path / "good.yaml"
    good.write_text(f"alertmanager_url: {alertmanager.url}\nengineer: rita\n", encoding="utf-8")
    assert run(good, "handoff", "start", "--confirm").returncode == 0
    bad = tmp_path / "bad.yaml"
    bad.write_text(f"alertmanager_url: {alertmanager.url}\nengineer: [rita]\n", encoding="utf-8")
    acked = run(bad, "ack", alert["fingerprint"], "--yes")
    assert acked.returncode == 0, acked.stderr
    (made,) = httpx.get(alertmanager.url + "/api/v2/silences", timeout=10).json()
    assert made["createdBy"] == "rita"
    typo = tmp_path / "typo.yaml"
    typo.write_text(f"alertmanager_url: htp{alertmanager.url[4:]}\nengineer: [rita]\n", encoding="utf-8")
    refused = run(typo, "ack", alert["fingerprint"])
    assert refused.returncode == 1 and ", as rita), so nothing was done" in refused.stderr, refused.stderr
