"""The command line with an HA cluster whose first member is down: every command falls over to
the member that answers (found by a new user: a dead first member blocked ack and silence)."""

from __future__ import annotations

import json
import subprocess
import sys

from conftest import make_alert, settings_file
from fakeserver import FakeServer

from oncall_tray.demo import free_port


def run(*args, config):
    return subprocess.run([sys.executable, "-m", "oncall_tray", "--config", config, *args],
                          capture_output=True, text=True, timeout=90)


def test_a_dead_first_member_does_not_stop_the_command_line(alertmanager, tmp_path):
    alertmanager.post_alerts([make_alert("ClusterDown", "warning", instance="db:5432")])
    dead = f"http://127.0.0.1:{free_port()}"
    urls = f"{dead},{alertmanager.url}"
    cfg = settings_file(tmp_path)
    status = run("--alertmanager", urls, "status", "--json", config=cfg)
    assert status.returncode == 0, status.stderr
    doc = json.loads(status.stdout)
    assert doc["alertmanager"]["url"] == alertmanager.url
    fp = doc["alerts"][0]["fingerprint"]
    ack = run("--alertmanager", urls, "ack", fp, config=cfg)
    assert ack.returncode == 0, ack.stderr
    silence_id = ack.stdout.strip().split()[-1]
    listed = run("--alertmanager", urls, "silence", "list", "--json", config=cfg)
    assert listed.returncode == 0 and silence_id in listed.stdout
    added = run("--alertmanager", urls, "silence", "add", 'alertname="ClusterDown"', "--duration", "1h",
                "--comment", "manutenção", config=cfg)
    assert added.returncode == 0, added.stderr
    expired = run("--alertmanager", urls, "silence", "expire", silence_id, config=cfg)
    assert expired.returncode == 0, expired.stderr


def test_with_every_member_down_each_ones_reason_is_named(tmp_path):
    """Review 38 F15: ``status`` named only the first member's error (``status --json`` had
    both); with a member asking for credentials, the first member's address came with the other's
    reason."""
    dead = f"http://127.0.0.1:{free_port()}"
    cfg = settings_file(tmp_path)
    with FakeServer(502, b"<html><title>502 Bad Gateway</title></html>", "text/html") as proxy, \
            FakeServer(401, b"no", "text/plain") as guarded:
        for command in (("status",), ("silence", "list"), ("ack", "abcdef12")):
            down = run("--alertmanager", f"{dead},{proxy.url}", *command, config=cfg)
            assert down.returncode == 2, down.stderr
            assert down.stderr == (f"oncall-tray: Alertmanager unreachable or refused: {dead}: connection refused; "
                                   f"{proxy.url}: server error — HTTP 502 Bad Gateway\n"), (command, down.stderr)
        for command in (("silence", "list"), ("ack", "abcdef12")):  # review 39: the 401 was the first member's
            refused = run("--alertmanager", f"{proxy.url},{guarded.url}", *command, config=cfg)
            assert refused.returncode == 2  # every member read (an alert may be on one alone): each one's reason
            assert refused.stderr.startswith(f"oncall-tray: Alertmanager unreachable or refused: {proxy.url}: server "
                                             f"error — HTTP 502 Bad Gateway; {guarded.url}: credentials needed "
                                             "— HTTP 401"), (command, refused.stderr)
        guarded_too = run("--alertmanager", f"{dead},{guarded.url}", "status", config=cfg)
        assert guarded_too.returncode == 2
        assert guarded_too.stderr.startswith(f"oncall-tray: Alertmanager unreachable or refused: {dead}: connection "
                                             f"refused; {guarded.url}: credentials needed — HTTP 401 — no ("), \
            guarded_too.stderr
