"""The command line as a user runs it: a subprocess against a real Alertmanager."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest

from conftest import make_alert, silence, settings_file
from fakeserver import FakeServer

from oncall_tray import __version__
from oncall_tray.demo import free_port
from oncall_tray.paths import Folders


def run(*args: str, env_lang: str = "en_US.UTF-8", config: str | None = None) -> subprocess.CompletedProcess:
    import os

    env = {**os.environ, "LANG": env_lang, "LC_ALL": "", "LC_MESSAGES": ""}
    base = [sys.executable, "-m", "oncall_tray"]
    if config:
        base += ["--config", config]
    return subprocess.run(base + list(args), capture_output=True, text=True, timeout=60, env=env)


def test_version():
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"oncall-tray {__version__}"


def test_status_json_lists_alerts_worst_first(alertmanager, tmp_path):
    alertmanager.post_alerts([make_alert("Info1", "info"), make_alert("Crit1", "critical"),
                              make_alert("Warn1", "warning"), make_alert("Odd", None)])
    silence(alertmanager, {"alertname": "Warn1"}, author="maria")
    result = run("--alertmanager", alertmanager.url, "status", "--json", config=settings_file(tmp_path))
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    assert doc["alertmanager"]["url"] == alertmanager.url
    assert doc["alertmanager"]["reachable"] is True
    assert doc["alertmanager"]["version"]
    names = [a["alertname"] for a in doc["alerts"]]
    assert names == ["Crit1", "Odd", "Info1", "Warn1"]  # the silenced (acknowledged) last (review 69 AI7)
    warn = doc["alerts"][3]
    assert set(warn) >= {"fingerprint", "alertname", "severity", "state", "startsAt", "summary",
                         "labels", "annotations", "silencedBy"}
    assert warn["state"] == "suppressed" and len(warn["silencedBy"]) == 1
    assert doc["alerts"][1]["severity"] == "unknown"
    assert warn["startsAt"].endswith("Z")


def test_an_alert_starting_in_year_9999_is_listed_not_a_traceback(alertmanager, tmp_path):
    """Review 19: Alertmanager accepts it from any client; status, status --json, escalate and
    handoff start printed an OverflowError traceback (and the tray crashed at every poll)."""
    future = {**make_alert("FutureCrit", "critical"), "startsAt": "9999-12-31T23:50:00Z",
              "endsAt": "9999-12-31T23:59:00Z"}
    alertmanager.post_alerts([future, make_alert("Crit1", "critical")])
    config = settings_file(tmp_path)
    listed = run("--alertmanager", alertmanager.url, "status", "--json", config=config)
    assert listed.returncode == 0, listed.stderr
    assert sorted(a["alertname"] for a in json.loads(listed.stdout)["alerts"]) == ["Crit1", "FutureCrit"]
    text = run("--alertmanager", alertmanager.url, "status", config=config)
    assert text.returncode == 0 and "FutureCrit" in text.stdout, text.stderr
    fingerprint = next(a["fingerprint"] for a in json.loads(listed.stdout)["alerts"] if a["alertname"] == "FutureCrit")
    escalation = run("--alertmanager", alertmanager.url, "escalate", fingerprint, "--dry-run", config=config)
    assert escalation.returncode == 0 and "FutureCrit" in escalation.stdout, escalation.stderr
    start = run("--alertmanager", alertmanager.url, "handoff", "start", config=config)
    assert start.returncode == 0 and "Traceback" not in start.stderr, start.stderr


def test_a_command_says_a_journal_problem_once_without_a_raw_log_line(alertmanager, tmp_path):
    """Review 19: the journal's error came twice on stderr, once as a raw log line
    ("2026-… ERROR oncall_tray.core.journal_file: …")."""

    Folders.for_user().journal.parent.mkdir(parents=True, exist_ok=True)
    Folders.for_user().journal.write_bytes(b"garbage" * 1000)
    result = run("--alertmanager", alertmanager.url, "handoff", "history", config=settings_file(tmp_path))
    assert result.stderr.count("cannot be read") == 1 and " ERROR " not in result.stderr, result.stderr
    assert Folders.for_user().journal.read_bytes() == b"garbage" * 1000  # only read: never set aside there (review 57 S10)
    note = run("--alertmanager", alertmanager.url, "handoff", "note", "abc", "x", config=settings_file(tmp_path))
    assert note.stderr.count("was damaged") == 1 and " ERROR " not in note.stderr, note.stderr
    verbose = run("--alertmanager", alertmanager.url, "--verbose", "status", config=settings_file(tmp_path))
    assert "INFO" in verbose.stderr or "DEBUG" in verbose.stderr  # --verbose still shows the log


def test_status_text_in_english_and_portuguese(alertmanager, tmp_path):
    alertmanager.post_alerts([make_alert("APIDown", "critical", summary="Backend não responde")])
    cfg = settings_file(tmp_path)
    english = run("--alertmanager", alertmanager.url, "status", config=cfg)
    assert english.returncode == 0
    assert "Alerts: 1 (critical: 1)" in english.stdout
    assert "CRITICAL" in english.stdout and "APIDown" in english.stdout and "Backend não responde" in english.stdout
    portuguese = run("--alertmanager", alertmanager.url, "status", config=cfg, env_lang="pt_BR.UTF-8")
    assert portuguese.returncode == 0
    assert "CRÍTICO" in portuguese.stdout


def test_status_unreachable_exits_2_with_one_line_reason(tmp_path):
    url = f"http://127.0.0.1:{free_port()}"
    result = run("--alertmanager", url, "status", config=settings_file(tmp_path))
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and url in lines[0] and "refused" in lines[0].lower()
    as_json = run("--alertmanager", url, "status", "--json", config=settings_file(tmp_path))
    assert as_json.returncode == 2
    doc = json.loads(as_json.stdout)
    assert doc["alertmanager"]["reachable"] is False
    assert doc["alerts"] is None  # unknown, not "nothing firing" (fresh-user review 5)


def test_status_credentials_needed_exits_2(tmp_path):
    with FakeServer(status=401, body=b"no") as server:
        result = run("--alertmanager", server.url, "status", config=settings_file(tmp_path))
    assert result.returncode == 2
    assert "credentials needed" in result.stderr


def test_one_shot_commands_never_import_qt(alertmanager, tmp_path):
    snippet = (
        "import sys\n"
        "from oncall_tray import cli\n"
        f"code = cli.main(['--config', {settings_file(tmp_path)!r}, '--alertmanager', {alertmanager.url!r}, 'status', '--json'])\n"
        "qt = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print('QT', qt, file=sys.stderr)\n"
        "sys.exit(code)\n")
    result = subprocess.run([sys.executable, "-c", snippet], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "QT []" in result.stderr


@pytest.mark.parametrize("argv, tray", [
    ([], True), (["tray"], True), (["--verbose", "--config", "c.yaml", "tray"], True),
    (["--alertmanager=http://a:9093", "--prometheus", "http://p:9090"], True),
    (["status"], False), (["--help"], False), (["--version"], False), (["tray", "extra"], False),
    (["--config"], False), (["demo"], False), (["-h"], False), (["tray", "--help"], False),
])
def test_only_a_plain_tray_start_skips_the_full_parser(argv, tray):
    from oncall_tray.cli import tray_arguments

    args = tray_arguments(argv)
    assert (args is not None) == tray, args
    if tray:
        assert args.command in (None, "tray")


def test_the_tray_start_imports_no_subcommand_module(tmp_path):
    # the tray runs for days: the subcommands' modules are memory it never uses (issue 2)
    snippet = (
        "import sys\n"
        "from oncall_tray import cli\n"
        "args = cli.tray_arguments(['--config', 'c.yaml', '--verbose'])\n"
        "assert args is not None and args.verbose\n"
        "print(sorted(m for m in sys.modules if m.startswith('oncall_tray.commands.') and not m.endswith('.common')))\n"
        "cli.build_parser()\n"
        "print(len([m for m in sys.modules if m.startswith('oncall_tray.commands.')]))\n")
    result = subprocess.run([sys.executable, "-c", snippet], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "[]" and int(lines[1]) >= 11, result.stdout


def test_tray_with_an_extra_argument_is_a_usage_error(tmp_path):
    result = run("tray", "extra", config=settings_file(tmp_path))
    assert result.returncode == 1 and "unrecognized arguments: extra" in result.stderr, result.stderr


def test_a_terminal_that_cannot_write_the_text_gets_escapes_not_a_traceback(alertmanager, tmp_path):
    import os

    alertmanager.post_alerts([make_alert("Ünïcødé_Ação_🔥", "critical")])
    env = {**os.environ, "PYTHONIOENCODING": "ascii", "LANG": "en_US.UTF-8"}
    for extra in ([], ["--json"]):
        result = subprocess.run([sys.executable, "-m", "oncall_tray", "--config", settings_file(tmp_path),
                                 "--alertmanager", alertmanager.url, "status", *extra],
                                capture_output=True, timeout=60, env=env)
        assert result.returncode == 0, result.stderr
        assert b"Traceback" not in result.stderr
        if extra:  # still valid JSON, the same values (second review: \\xNN escapes made it invalid)
            assert json.loads(result.stdout)["alerts"][0]["alertname"] == "Ünïcødé_Ação_🔥"
        else:
            assert b"\\xdcn\\xefc\\xf8d\\xe9_A\\xe7\\xe3o" in result.stdout, result.stdout


def test_demo_without_alertmanager_names_the_package(tmp_path):
    import os

    env = {**os.environ, "PATH": str(tmp_path)}  # no Alertmanager binary here
    result = subprocess.run([sys.executable, "-m", "oncall_tray", "--config", str(tmp_path / "c.yaml"), "demo"],
                            capture_output=True, text=True, timeout=60, env=env)
    assert result.returncode == 1
    assert "prometheus-alertmanager" in result.stderr


def test_logs_go_to_a_file_in_the_log_folder(alertmanager, tmp_path):
    import os

    env = {**os.environ, "XDG_STATE_HOME": str(tmp_path / "state"), "HOME": str(tmp_path)}
    subprocess.run([sys.executable, "-m", "oncall_tray", "--config", settings_file(tmp_path),
                    "--alertmanager", "http://127.0.0.1:1", "status"], capture_output=True, timeout=60, env=env)
    logs = list((tmp_path / "state").rglob("oncall-tray-commands.log"))  # a command's own (code review 81 AX10)
    assert len(logs) == 1


def test_bad_global_options_are_usage_errors_and_never_echo_a_password(tmp_path):
    cfg = settings_file(tmp_path)
    for url in ("ftp://x", "localhost:9093", ""):
        result = run("--alertmanager", url, "status", config=cfg)
        assert result.returncode == 1, (url, result.stderr)
        assert "Traceback" not in result.stderr
    for option in ("--alertmanager", "--prometheus"):  # urlsplit raises on these: no traceback, no password
        for url in ("http://[::1", "http://user:s3cr3t@[::1"):
            for command in (["status"], ["tray"]):
                result = run(option, url, *command, config=cfg)
                assert result.returncode == 1 and "a [ without its ]" in result.stderr, (option, url, result.stderr)
                assert "Traceback" not in result.stderr and "s3cr3t" not in result.stderr
    secret = run("--alertmanager", "http://user:s3cr3t@127.0.0.1:9", "status", config=cfg)
    assert secret.returncode == 1 and "s3cr3t" not in secret.stderr and "login" in secret.stderr
    # review 42 F12: `oncall-tray login` stores Alertmanager's credentials only
    secret = run("--prometheus", "http://user:s3cr3t@127.0.0.1:9", "status", config=cfg)
    assert secret.returncode == 1 and "s3cr3t" not in secret.stderr and "login" not in secret.stderr, secret.stderr


@pytest.mark.parametrize("args, option, fixed", [
    (["status", "--alertmanager", "http://127.0.0.1:19148"], "--alertmanager",
     "oncall-tray --alertmanager http://127.0.0.1:19148 status"),
    (["ack", "4113f4", "--config", "cfg/pt.yaml"], "--config", "oncall-tray --config cfg/pt.yaml ack 4113f4"),
    (["--verbose", "status", "--verbose"], "--verbose", "oncall-tray --verbose --verbose status"),
    (["silence", "add", "--comment", "two words", "x=1", "--prometheus=http://p:9090", "--duration", "1h"],
     "--prometheus", "oncall-tray --prometheus=http://p:9090 silence add --comment 'two words' x=1 --duration 1h"),
    (["--config", "c.yaml", "handoff", "note", "--alertmanager", "http://u:s3cr3t@am:9093", "abc", "text"],
     "--alertmanager", "oncall-tray --config c.yaml --alertmanager 'http://u:***@am:9093' handoff note abc text"),
])
def test_a_global_option_after_the_subcommand_is_said_to_go_before_it(args, option, fixed):
    """Review 38 F16: "error: unrecognized arguments: --alertmanager http://…" said nothing of
    where the option goes."""
    result = run(*args)
    assert result.returncode == 1
    assert result.stderr == f"oncall-tray: {option} is a global option: put it before the subcommand: {fixed}\n"


def test_a_settings_file_that_is_a_device_is_refused_not_read(tmp_path):
    result = run("config", "check", config="/dev/zero")
    assert result.returncode == 1 and "not a regular file" in result.stdout
    init = run("config", "init", "--force", config="/dev/null")
    assert init.returncode == 1 and "not a regular file" in init.stderr
    import os
    assert os.path.exists("/dev/null") and not os.path.isfile("/dev/null")


def test_no_display_gives_one_line_and_starts_nothing(tmp_path):
    import os

    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    for command in ([], ["demo"]):
        result = subprocess.run([sys.executable, "-m", "oncall_tray", "--config", str(tmp_path / "c.yaml"), *command],
                                capture_output=True, text=True, timeout=60, env=env)
        assert result.returncode == 1, result.stderr
        assert result.stderr.count("no graphical session") == 1 and "demo Alertmanager" not in result.stderr
    # a DISPLAY whose server is gone (second fresh-user review: Qt aborted, the demo's servers stayed)
    for command in ([], ["demo"]):
        result = subprocess.run([sys.executable, "-m", "oncall_tray", "--config", str(tmp_path / "c.yaml"), *command],
                                capture_output=True, text=True, timeout=60, env={**env, "DISPLAY": ":987"})
        assert result.returncode == 1, result.stderr
        assert "cannot open the X display :987" in result.stderr and "demo Alertmanager" not in result.stderr
    # review 42 F5: the first thing a Portuguese-speaking engineer sees over ssh
    portuguese = {**env, "LANG": "pt_BR.UTF-8", "LC_ALL": "", "LC_MESSAGES": "", "LANGUAGE": ""}
    result = subprocess.run([sys.executable, "-m", "oncall_tray", "--config", str(tmp_path / "c.yaml")],
                            capture_output=True, text=True, timeout=60, env=portuguese)
    assert result.stderr.startswith("oncall-tray: nenhuma sessão gráfica (nem DISPLAY nem WAYLAND_DISPLAY"), result.stderr


def test_a_closed_pipe_is_not_an_error(alertmanager, tmp_path):
    alertmanager.post_alerts([make_alert(f"Pipe{i}", "warning") for i in range(30)])
    result = subprocess.run(f"{sys.executable} -m oncall_tray --config {settings_file(tmp_path)} "
                            f"--alertmanager {alertmanager.url} status --json | head -1",
                            shell=True, capture_output=True, text=True, timeout=60)
    assert "Traceback" not in result.stderr and "BrokenPipe" not in result.stderr


def test_an_html_404_is_not_alertmanager(tmp_path):
    with FakeServer(status=404, body=b"<html><head><title>Error 404 Not Found</title></head><body>"
                                     + b"x" * 5000 + b"</body></html>", content_type="text/html") as server:
        result = run("--alertmanager", server.url, "silence", "list", config=settings_file(tmp_path))
    assert result.returncode == 2
    assert "HTML page" in result.stderr and "no such silence" not in result.stderr
    assert len(result.stderr) < 600


@pytest.mark.parametrize("command", [("silence", "list"), ("ack", "0123abcd"),
                                     ("silence", "add", "alertname=X", "--duration", "15m", "--comment", "x"),
                                     ("silence", "expire", "64d2e7a2-ca57-4ac1-b1fe-36012f3bb4cf"),
                                     ("silence", "extend", "64d2e7a2-ca57-4ac1-b1fe-36012f3bb4cf")])
def test_a_plain_404_from_another_server_is_not_a_missing_silence(tmp_path, command):
    """Prometheus (or any other server) at the Alertmanager address answers 404 "404 page not
    found" in plain text: that is the wrong address (exit 2), not an unknown silence (exit 1)."""
    with FakeServer(status=404, body=b"404 page not found", content_type="text/plain") as server:
        result = run("--alertmanager", server.url, *command, config=settings_file(tmp_path))
    assert result.returncode == 2, result.stderr
    assert "no such silence" not in result.stderr and "404" in result.stderr
    assert "Alertmanager" in result.stderr and len(result.stderr.splitlines()) == 1


def test_status_table_cuts_long_labels_with_an_ellipsis_and_keeps_the_columns(alertmanager, tmp_path):
    long_name = "DatabaseConnectionPoolExhaustedOnTheReportingReplica"
    long_instance = "reporting-replica-03.db.internal.conectcrm.example:5432"
    long_summary = "Pool esgotado " + "muito " * 900
    alertmanager.post_alerts([make_alert(long_name, "critical", instance=long_instance, summary=long_summary),
                              make_alert("APIDown", "warning", instance="backend:3001", summary="Backend")])
    cfg = settings_file(tmp_path)
    result = run("--alertmanager", alertmanager.url, "status", config=cfg)
    assert result.returncode == 0, result.stderr
    rows = [line for line in result.stdout.splitlines() if "Pool esgotado" in line or "Backend" in line]
    assert len(rows) == 2
    assert max(len(row) for row in rows) < 300 and any(row.endswith("…") for row in rows)  # the summary too
    long_row = rows[0] if "Pool" in rows[0] else rows[1]
    assert long_name not in long_row and long_name[:20] in long_row and "…" in long_row
    assert long_instance not in long_row and long_instance[:20] in long_row
    assert rows[0].index("firing") == rows[1].index("firing")  # the columns stay aligned
    assert long_row.index("Pool esgotado") == next(r for r in rows if r != long_row).index("Backend")  # summaries
    as_json = json.loads(run("--alertmanager", alertmanager.url, "status", "--json", config=cfg).stdout)
    alert = next(a for a in as_json["alerts"] if a["alertname"] == long_name)
    assert alert["labels"]["instance"] == long_instance and alert["summary"] == long_summary  # whole in --json


@pytest.mark.parametrize("args", [
    ("--alertmanager", "http://a:9093", "--alertmanager", "http://b:9093"),  # the tray
    ("--alertmanager", "http://a:9093", "--alertmanager", "http://b:9093", "status"),
    ("handoff", "end", "--incoming", "ana", "--incoming", "bruno"),
    ("escalate", "abcdef", "--level", "L2", "--level", "L3"),
])
def test_an_option_given_twice_is_a_usage_error(tmp_path, args):
    """Fresh-user review 5: argparse silently kept the last value."""
    config = tmp_path / "c.yaml"
    config.write_text("alertmanager_url: http://127.0.0.1:9\n")
    result = run(*args, config=str(config))
    option = next(a for a in args if a.startswith("--") and args.count(a) == 2)
    assert result.returncode == 1
    assert f"argument {option}: given more than once: give it once" in result.stderr
    pt = run(*args, config=str(config), env_lang="pt_BR.UTF-8")
    assert pt.returncode == 1 and "given more than once" not in pt.stderr


def test_status_says_when_alertmanager_started_a_moment_ago(alertmanager):
    """Review 24: right after a restart, `status` said "No alert is firing." while the tray kept
    the 12 alerts Alertmanager had not been sent again yet."""
    text = run("--alertmanager", alertmanager.url, "status")
    assert text.returncode == 0, text.stderr
    lines = text.stdout.splitlines()
    assert re.fullmatch(r"Alertmanager started (less than a minute ago: alerts it held before may be missing until "
                        r"Prometheus sends them again \(about a minute\)|\d+ min ago: alerts it held before may be "
                        r"missing until Prometheus sends them again)\.", lines[1]), lines
    assert lines[2] == "No alert listed yet."  # not an all-clear (review 26)
    doc = json.loads(run("--alertmanager", alertmanager.url, "status", "--json").stdout)
    assert doc["alertmanager"]["started_lately"].endswith("Z")


def test_status_json_words_an_error_as_the_text_does():
    """Review 24: the text said "not valid JSON: the answer ends in the middle" and the JSON's
    "error" msgspec's "Input data was truncated"."""
    from fakeserver import FakeServer

    with FakeServer(body=b'{"alerts": [tru') as server:
        text = run("--alertmanager", server.url, "status")
        doc = json.loads(run("--alertmanager", server.url, "status", "--json").stdout)
    assert "not valid JSON: the answer ends in the middle" in text.stderr, text.stderr
    assert "not valid JSON: the answer ends in the middle" in doc["alertmanager"]["error"], doc
    assert "truncated" not in doc["alertmanager"]["error"]


def test_status_tells_apart_alerts_of_one_name_and_instance(alertmanager, tmp_path):
    """Review 33: two pods' PodCrashLooping rows were the same but for the fingerprint."""
    alertmanager.post_alerts([make_alert("PodCrashLooping", "warning", instance="k8s-node-1:10250", pod="api-1"),
                              make_alert("PodCrashLooping", "warning", instance="k8s-node-1:10250", pod="api-2"),
                              make_alert("APIDown", "critical", instance="backend:3001", pod="api-3")])
    result = run("--alertmanager", alertmanager.url, "status", config=settings_file(tmp_path))
    assert result.returncode == 0, result.stderr
    lines = [line for line in result.stdout.splitlines() if "PodCrashLooping" in line]
    assert sorted("pod=api-1" in line for line in lines) == [False, True]
    assert all("k8s-node-1:10250 · pod=api-" in line for line in lines), result.stdout
    assert "pod=" not in next(line for line in result.stdout.splitlines() if "APIDown" in line)  # alone


def test_status_cuts_the_instance_rather_than_what_tells_alerts_apart():
    """Review 36: ``status`` printed "kube-state-metrics:8080 · pod=api-1, na…": the namespace that
    told two pods apart was cut off, the instance shown whole."""
    from oncall_tray.commands.status_text import where_cell

    cell = where_cell("kube-state-metrics:8080", "pod=api-1, namespace=prod")
    assert cell == "kube-state-… · pod=api-1, namespace=prod" and len(cell) == 40
    assert where_cell("backend:3001", "pod=api-1") == "backend:3001 · pod=api-1"
