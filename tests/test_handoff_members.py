"""The start checklist asks every member of the Alertmanager cluster, not only the first: with the
first down and the second answering, each member has its own row, and the Alertmanager answers."""

from __future__ import annotations

import socket

import pytest
from fakeserver import FakeServer
from test_cli import run

from oncall_tray.config import Config
from oncall_tray.core.dashboards import DashboardCheck, dashboard_label
from oncall_tray.handoff_checks import check_dashboards


def refused_url() -> str:
    """An address where nothing listens (a port just freed)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{sock.getsockname()[1]}"


@pytest.fixture
def dashboards():
    with FakeServer(status=200, body=b"<html>ok</html>", content_type="text/html") as server:
        yield server


def test_every_member_is_asked(alertmanager, dashboards):
    down = refused_url()
    config = Config(alertmanager_url=down, alertmanager_peers=(alertmanager.url,), grafana_url=dashboards.url,
                    prometheus_url=dashboards.url, jaeger_url=dashboards.url)
    checks = [c for c in check_dashboards(config, timeout=5) if c.name == "Alertmanager"]
    assert [(c.url, c.ok) for c in checks] == [(down, False), (alertmanager.url, True)]
    assert "refused" in checks[0].detail


def test_a_member_is_labelled_by_its_address_only_when_there_are_several():
    one = [DashboardCheck("Grafana", "http://g:3002", True, "HTTP 200"),
           DashboardCheck("Alertmanager", "http://am1:9093", True, "HTTP 200")]
    assert [dashboard_label(c, one) for c in one] == ["Grafana", "Alertmanager"]
    two = one + [DashboardCheck("Alertmanager", "https://am2:9093/", False, "refused")]
    assert [dashboard_label(c, two) for c in two] == ["Grafana", "Alertmanager (am1:9093)",
                                                      "Alertmanager (am2:9093)"]


def test_the_command_line_says_which_member_does_not_answer(alertmanager, dashboards, tmp_path):
    down = refused_url()
    config = tmp_path / "c.yaml"
    config.write_text(f"engineer: ana\nalertmanager_url: {down}\nalertmanager_peers: [{alertmanager.url}]\n"
                      f"grafana_url: {dashboards.url}\nprometheus_url: {dashboards.url}\n"
                      f"jaeger_url: {dashboards.url}\n", encoding="utf-8")
    markdown = run("handoff", "start", "--markdown", config=str(config))
    assert markdown.returncode == 0, markdown.stderr
    down_host, up_host = down.split("://")[1], alertmanager.url.split("://")[1]
    assert "- [x] Checked that the dashboards are loading" in markdown.stdout  # the cluster answers
    assert f"  - Alertmanager ({down_host}): no answer (connection refused" in markdown.stdout, markdown.stdout
    assert f"Alertmanager ({up_host})" not in markdown.stdout  # only those that do not answer
    details = run("handoff", "start", config=str(config)).stdout
    assert f"Alertmanager ({down_host})" in details and f"Alertmanager ({up_host})" in details, details


def test_the_window_has_one_row_per_member(qtbot):
    from oncall_tray.ui.handoff_dashboards import DashboardChecks

    checks = DashboardChecks(controller=None, changed=lambda: None)
    qtbot.addWidget(checks.box)
    checks.checks = [DashboardCheck("Grafana", "http://g:3002", True, "HTTP 200, 5 ms"),
                     DashboardCheck("Alertmanager", "http://am1:9093", False, "connection refused"),
                     DashboardCheck("Alertmanager", "http://am2:9093", True, "HTTP 200, 3 ms")]
    checks.show()
    rows = [[checks.tree.topLevelItem(i).text(c) for c in range(3)] for i in range(checks.tree.topLevelItemCount())]
    assert rows == [["Grafana", "✓ answers", "HTTP 200, 5 ms"],
                    ["Alertmanager (am1:9093)", "✗ no answer", "connection refused"],
                    ["Alertmanager (am2:9093)", "✓ answers", "HTTP 200, 3 ms"]]
    assert checks.hint(("Grafana", "Alertmanager")) == "2 of 2 answered"


@pytest.mark.parametrize(("body", "content_type", "reason"), [
    (b'{"weird": [1, 2, 3]}', "application/json", "JSON of the wrong shape, HTTP 200"),
    (b"<html><body>Welcome</body></html>", "text/html",
     "an HTML page instead of the API's JSON (a proxy or a login page?), HTTP 200"),
])
def test_an_address_that_answers_but_not_as_alertmanager_is_not_counted(alertmanager, dashboards, tmp_path,
                                                                        body, content_type, reason):
    """Review 15: a server answering 200 with garbage "answered" in the start checklist, and was
    counted among the tools that load; its status must be Alertmanager's."""
    with FakeServer(status=200, body=body, content_type=content_type) as garbage:
        config = Config(alertmanager_url=garbage.url, alertmanager_peers=(alertmanager.url,),
                        grafana_url=dashboards.url, prometheus_url=dashboards.url, jaeger_url=dashboards.url)
        checks = [c for c in check_dashboards(config, timeout=5) if c.name == "Alertmanager"]
        assert [(c.url, c.ok, c.unexpected, c.state) for c in checks] == [
            (garbage.url, False, True, "unexpected answer"), (alertmanager.url, True, False, "answers")]
        assert checks[0].detail == reason and garbage.requests == ["/api/v2/status"]
        path = tmp_path / "c.yaml"
        path.write_text(f"engineer: ana\nalertmanager_url: {garbage.url}\ngrafana_url: {dashboards.url}\n"
                        f"prometheus_url: {dashboards.url}\njaeger_url: {dashboards.url}\nlanguage: en\n",
                        encoding="utf-8")
        markdown = run("handoff", "start", "--markdown", config=str(path)).stdout
        assert "- [ ] Checked that the dashboards are loading" in markdown, markdown
        assert f"  - Alertmanager: unexpected answer ({reason.split(',')[0]}" in markdown, markdown
