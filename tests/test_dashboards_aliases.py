"""One Alertmanager listed under two names (``http://127.0.0.1:PORT`` and ``http://127.1:PORT``,
both in the settings; review 61 W9: the poll knows they are one, ``ClusterPoll.aliases``): the
shift start's dashboards check listed it twice, as "Alertmanager (127.0.0.1:PORT)" and
"Alertmanager (localhost:PORT)", as if it were a cluster of two. It is listed once, naming both,
in the start window, its Markdown and the command line. Real tray and Alertmanager; a fake
server stands for Grafana, Prometheus and Jaeger."""

from __future__ import annotations

import pytest
from conftest import another_name, make_alert, running_tray
from fakeserver import FakeServer
from test_cli import run

from oncall_tray.config import Config


def _other_name(url: str) -> str:
    return another_name(url)


def _host(url: str) -> str:
    return url.partition("://")[2]


@pytest.fixture
def dashboards():
    with FakeServer(status=200, body=b"<html>ok</html>", content_type="text/html") as server:
        yield server


@pytest.mark.parametrize(("language", "also"), [("english", "also"), ("portuguese", "também")])
def test_the_start_window_lists_one_alertmanager_once(qtbot, alertmanager, dashboards, tmp_path, request, language,
                                                      also):
    request.getfixturevalue(language)
    alertmanager.post_alerts([make_alert("APIDown", "critical")])  # (clustering off: paired by its answers too)
    alias = _other_name(alertmanager.url)
    config = Config(alertmanager_url=alertmanager.url, alertmanager_peers=(alias,), grafana_url=dashboards.url,
                    prometheus_url=dashboards.url, jaeger_url=dashboards.url, notifications=False, engineer="ana")
    with running_tray(qtbot, config, tmp_path) as controller:
        qtbot.waitUntil(lambda: controller.view.aliases == {alias: alertmanager.url}, timeout=10000)  # (the poll's)
        controller.shift.show_window("start")
        checks = controller.shift.window("start").dashboard_checks
        # checked again once the poll's aliases reach the shift's side (the window opened before the first poll)
        qtbot.waitUntil(lambda: not checks.checking and any(c.also for c in checks.checks), timeout=20000)
        tree = checks.tree
        rows = [(tree.topLevelItem(i).text(0), tree.topLevelItem(i).text(1), tree.topLevelItem(i).toolTip(0))
                for i in range(tree.topLevelItemCount())]
        alertmanagers = [row for row in rows if row[0].startswith("Alertmanager")]
        assert len(alertmanagers) == 1, rows
        label, state, tooltip = alertmanagers[0]
        assert label == f"Alertmanager ({_host(alertmanager.url)}, {also} {_host(alias)})", rows
        assert state.startswith("✓")
        assert alertmanager.url in tooltip and alias in tooltip, tooltip
        assert checks.hint(("Grafana", "Prometheus", "Alertmanager")) in ("3 of 3 answered", "3 de 3 responderam")


def test_the_command_line_lists_one_alertmanager_once(alertmanager, dashboards, tmp_path):
    alertmanager.post_alerts([make_alert("APIDown", "critical")])
    alias = _other_name(alertmanager.url)
    settings = tmp_path / "c.yaml"
    settings.write_text(f"engineer: ana\nalertmanager_url: {alertmanager.url}\nalertmanager_peers: [{alias}]\n"
                        f"grafana_url: {dashboards.url}\nprometheus_url: {dashboards.url}\n"
                        f"jaeger_url: {dashboards.url}\nlanguage: en\n", encoding="utf-8")
    details = run("handoff", "start", config=str(settings))
    assert details.returncode == 0, details.stderr
    listed = [line for line in details.stdout.splitlines() if line.strip().startswith("Alertmanager")]
    assert len(listed) == 1, details.stdout
    assert f"Alertmanager ({_host(alertmanager.url)}, also {_host(alias)})" in listed[0], listed
