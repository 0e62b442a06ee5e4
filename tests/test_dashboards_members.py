"""Fresh-user review 70 AK2: with an Alertmanager cluster, the start window's Dashboards table
kept "✓ answers HTTP 200" for a member that had stopped, while the window beside it listed that
member's alert as last seen: the table was checked again only for a row named "Alertmanager" and
against the cluster's one answer. Each member's row is checked again when a poll finds that member
otherwise (down, or back). A real two-member cluster, the real tray; a fake server stands for
Grafana, Prometheus and Jaeger."""

from __future__ import annotations

import pytest
from conftest import running_tray
from fakeserver import FakeServer
from test_cluster import cluster  # noqa: F401 (the fixture)

from oncall_tray.config import Config
from oncall_tray.core.dashboards import DashboardCheck


def _rows(checks) -> dict[str, str]:
    tree = checks.tree
    return {tree.topLevelItem(i).text(0): tree.topLevelItem(i).text(1) for i in range(tree.topLevelItemCount())}


@pytest.mark.parametrize(("language", "answers", "none"), [("english", "✓ answers", "no answer"),
                                                           ("portuguese", "✓ responde", "sem resposta")])
def test_a_member_going_down_or_back_is_checked_again(qtbot, cluster, tmp_path, request, language, answers,  # noqa: F811
                                                     none):
    request.getfixturevalue(language)
    a, b = cluster
    with FakeServer(status=200, body=b"<html>ok</html>", content_type="text/html") as dashboards:
        config = Config(alertmanager_url=a.url, alertmanager_peers=(b.url,), grafana_url=dashboards.url,
                        prometheus_url=dashboards.url, jaeger_url=dashboards.url, notifications=False,
                        engineer="ana", poll_interval=1)
        with running_tray(qtbot, config, tmp_path) as controller:
            controller.shift.show_window("start")
            checks = controller.shift.window("start").dashboard_checks
            row_a, row_b = (f"Alertmanager ({m.url.partition('://')[2]})" for m in (a, b))
            qtbot.waitUntil(lambda: not checks.checking and _rows(checks).get(row_b, "").startswith(answers),
                            timeout=20000)
            b.stop()
            qtbot.waitUntil(lambda: b.url in controller.shift.down, timeout=20000)
            qtbot.waitUntil(lambda: not checks.checking and _rows(checks).get(row_b, "").startswith("✗"),
                            timeout=20000)
            assert none in _rows(checks)[row_b] or "✗" in _rows(checks)[row_b], _rows(checks)
            assert _rows(checks)[row_a].startswith(answers), _rows(checks)
            # and back: a member the last check found silent, answering the polls now
            checks.checks = [c if c.url != a.url else DashboardCheck("Alertmanager", a.url, False, "connection refused")
                             for c in checks.checks]
            qtbot.waitUntil(lambda: not checks.checking and all(c.ok for c in checks.checks if c.url == a.url),
                            timeout=20000)
