"""``silence add`` / ``silence extend`` over many critical alerts (review 68 AF7): the guide's
confirmation was one ~2,000-character line of "PodCrashLooping (fingerprint)" for each of 50
alerts, the pods concerned not named, the question lost below it. Folded as the Silence dialog
and the notices fold them ("PodCrashLooping ×50", ``core.names.name_list``), a few instances
named and "and N more", the question last. A real Alertmanager; the command run as the engineer
runs it (not on a terminal: the text precedes "run again with --yes")."""

from __future__ import annotations

from conftest import make_alert
from test_silence_cli import cli, silence  # noqa: F401 (the fixture)


def _crash_looping(am, count: int = 50) -> None:
    am.post_alerts([make_alert("PodCrashLooping", "critical", service="k8s", pod=f"api-{n:02d}")
                    for n in range(count)])


def _folded(stderr: str) -> list[str]:
    lines = stderr.splitlines()
    assert "PodCrashLooping ×50" in lines[0], stderr
    assert len(lines) <= 8 and all(len(line) < 300 for line in lines), stderr
    # a few instances, with what tells them apart
    assert [line.strip() for line in lines if "pod=api-" in line] == [
        f"PodCrashLooping (k8s / test:1 · pod=api-0{n})" for n in range(3)], stderr
    assert any(line.strip() == "and 47 more" for line in lines), stderr
    assert "--yes" in lines[-1], stderr  # the question (here: what to do) last
    return lines


def test_silence_add_over_50_critical_alerts_asks_folded(cli):  # noqa: F811
    _crash_looping(cli.am)
    asked = cli("silence", "add", 'alertname=~"PodCrash.*"', "--duration", "1h", "--comment", "pods em loop")
    assert asked.returncode == 1, asked.stderr
    _folded(asked.stderr)
    assert cli.silences() == []


def test_silence_extend_over_50_critical_alerts_asks_folded(cli):  # noqa: F811
    _crash_looping(cli.am)
    silence_id = silence(cli.am, {"alertname": "PodCrashLooping"})
    asked = cli("silence", "extend", silence_id, "--duration", "1h")
    assert asked.returncode == 1, asked.stderr
    lines = _folded(asked.stderr)
    assert f"silence {silence_id} keeps critical alerts silenced" in lines[0], asked.stderr


def test_one_critical_alert_is_named_with_where_it_fires(cli):  # noqa: F811
    cli.am.post_alerts([make_alert("APIDown", "critical", service="backend")])
    asked = cli("silence", "add", "alertname=APIDown", "--duration", "1h", "--comment", "x")
    assert asked.returncode == 1, asked.stderr
    assert "APIDown (backend / test:1)" in asked.stderr and "more" not in asked.stderr, asked.stderr
