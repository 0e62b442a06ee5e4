"""The trend in the alerts window, the worker thread and the notifications (pytest-qt,
offscreen), against the session's real Prometheus (issue 8)."""

from __future__ import annotations

import datetime as dt
from urllib.parse import quote_plus

import pyqtgraph as pg

from oncall_tray.alertmanager.errors import Unreachable
from oncall_tray.alertmanager.models import Alert, AlertStatus
from oncall_tray.config import Config
from oncall_tray.core.severity import Severity, SeverityMap
from oncall_tray.core.tracker import AlertTracker
from oncall_tray.notify.messages import Notice
from oncall_tray.prometheus.client import PrometheusClient
from oncall_tray.trend_fetch import Problem, TrendResult, fetch_trend

UTC = dt.timezone.utc


def alert(name: str, expr: str, severity: str = "warning", **labels: str) -> Alert:
    url = "http://prometheus-a:9090/graph?g0.expr=" + quote_plus(expr) if expr else ""
    return Alert(fingerprint=name, labels={"alertname": name, "severity": severity, **labels},
                 status=AlertStatus("active"), generator_url=url, starts_at=dt.datetime.now(UTC))


def result_at(prometheus, target: Alert, range_s: int = 3600) -> TrendResult:
    with PrometheusClient(prometheus.url) as client:
        return fetch_trend(client, target, range_s, dt.datetime.fromtimestamp(prometheus.t0, UTC))


def test_chart_draws_the_series_the_threshold_and_the_verdict(qtbot, prometheus):
    from oncall_tray.ui.trend_chart import TrendChart

    chart = TrendChart()
    qtbot.addWidget(chart)
    chart.show_result(result_at(prometheus, alert("Cpu", "cpu_busy_percent > 80", instance="rising:9100", job="node")))
    assert chart.verdict.text().startswith("↗ worsening since ") and "threshold > 80" in chart.verdict.text()
    items = chart.plot.getPlotItem().items
    curves = [i for i in items if isinstance(i, pg.PlotDataItem) and i.isVisible()]
    lines = [i for i in items if isinstance(i, pg.InfiniteLine) and i.isVisible()]
    assert len(curves) == 3 and [line.value() for line in lines] == [80]
    assert chart.legend.text().count("&#9632;") == 3 and "rising:9100" in chart.legend.text()
    own = curves[0].getData()[1]
    assert own[0] < own[-1] and own[-1] > 80 and curves[0].opts["pen"].width() == 3
    low, high = chart.plot.getPlotItem().viewRange()[1]
    assert low < 60 and high > 95
    assert chart.more.isHidden()


def test_at_most_ten_lines_and_n_more(qtbot, prometheus):
    from oncall_tray.ui.trend_chart import TrendChart

    chart = TrendChart()
    qtbot.addWidget(chart)
    chart.show_result(result_at(prometheus, alert("Many", "many_series > 5", job="many", n="03"), 900))
    curves = [i for i in chart.plot.getPlotItem().items if isinstance(i, pg.PlotDataItem) and i.isVisible()]
    assert len(curves) == 10 and chart.more.text() == "and 4 more series"
    assert curves[0].getData()[1][-1] == 3  # the alert's own series first
    chart.show_result(result_at(prometheus, alert("Cpu", "cpu_busy_percent", instance="flat:9100", job="node")))
    curves = [i for i in chart.plot.getPlotItem().items if isinstance(i, pg.PlotDataItem) and i.isVisible()]
    lines = [i for i in chart.plot.getPlotItem().items if isinstance(i, pg.InfiniteLine) and i.isVisible()]
    assert len(curves) == 3 and not lines and chart.more.isHidden()  # reused, none left behind


def test_alerts_without_an_expression_say_so_instead_of_an_empty_chart(qtbot):
    from oncall_tray.ui.trend_chart import TrendChart

    chart = TrendChart()
    qtbot.addWidget(chart)
    chart.show_result(TrendResult("x", 3600, None, Problem.NO_EXPRESSION))
    assert chart._stack.currentIndex() == 0 and "no usable generatorURL" in chart.message.text()
    chart.show_result(TrendResult("x", 3600, None, Problem.QUERY_FAILED, 'bad_data: parse error: "x"'))
    assert chart.message.text() == 'Prometheus unreachable or refused: bad_data: parse error: "x"'
    # the Prometheus asked is named, as on the command line (its address as set, a prefix kept)
    down = Unreachable("http://prom.example:9090/prometheus/api/v1/query_range", "connection refused")
    chart.show_result(TrendResult("x", 3600, None, Problem.QUERY_FAILED, "connection refused", down))
    assert chart.message.text() == ("Prometheus unreachable or refused: http://prom.example:9090/prometheus: "
                                    "connection refused")


def test_window_asks_for_the_selected_alerts_trend_and_shows_it(qtbot, prometheus):
    from oncall_tray.ui.alerts_window import AlertsWindow
    from oncall_tray.ui.trend_worker import Trends

    target = alert("Cpu", "cpu_busy_percent > 80", instance="rising:9100", job="node")
    window = AlertsWindow(Config(prometheus_url=prometheus.url))
    qtbot.addWidget(window)
    bad = alert("Bad", "histogram_quantile(0.99, ...) > 5")  # the parser refuses it
    snapshot = AlertTracker(SeverityMap()).update([target, alert("Plain", ""), bad], dt.datetime.now(UTC)).snapshot
    window.load(snapshot, {})
    trends = Trends(Config(prometheus_url=prometheus.url))
    window.trend_requested.connect(lambda fp, range_s: trends.request_pane(snapshot.alerts[fp], range_s))
    trends.pane_ready.connect(window.show_trend)
    try:
        with qtbot.waitSignal(trends.pane_ready, timeout=10_000) as got:
            window.table.selectRow(window.model.row_of("Cpu"))
        assert got.args[0].fingerprint == "Cpu" and got.args[0].range_s == 3600
        assert window.chart._stack.currentIndex() == 1 and "worsening" in window.chart.verdict.text()
        with qtbot.waitSignal(trends.pane_ready, timeout=10_000) as got:
            window.chart.range.setCurrentIndex(0)  # 15 min
        assert got.args[0].range_s == 900 and len(got.args[0].trend.series[0].points) == 61
        with qtbot.waitSignal(trends.pane_ready, timeout=10_000):
            window.table.selectRow(window.model.row_of("Plain"))
        assert window.chart._stack.currentIndex() == 0 and "generatorURL" in window.chart.message.text()
        with qtbot.waitSignal(trends.board_ready, timeout=10_000) as board:
            trends.request_board(snapshot)  # the worker lists the alerts and formats the cells
        from PySide6.QtCore import Qt

        from oncall_tray.ui.alerts_model import COLUMNS

        def cell(name: str, role=Qt.ItemDataRole.DisplayRole):
            return window.model.index(window.model.row_of(name), COLUMNS.index("trend")).data(role)

        assert cell("Plain") == cell("Bad") == ""  # not known yet: blank
        assert set(board.args[0].results) == set(board.args[0].cells) == {"Cpu", "Plain", "Bad"}
        window.model.set_trends(board.args[0].cells)
        assert cell("Cpu") == "↗ worsening"
        # no trend: "—", and why in its tooltip, as the detail pane says it (a fresh-user review: blank)
        assert cell("Plain") == cell("Bad") == "—"
        assert "no usable generatorURL" in cell("Plain", Qt.ItemDataRole.ToolTipRole)
        assert "expression cannot be plotted" in cell("Bad", Qt.ItemDataRole.ToolTipRole)
        assert cell("Bad", Qt.ItemDataRole.ForegroundRole) is None
        with qtbot.waitSignal(trends.pane_ready, timeout=10_000):
            window.table.selectRow(window.model.row_of("Bad"))
        from oncall_tray.ui.plain import plain_rich_text

        assert cell("Bad", Qt.ItemDataRole.ToolTipRole) == plain_rich_text(window.chart.message.text())
    finally:
        assert trends.shutdown(2000)


def test_notices_wait_briefly_for_their_trend(qtbot, prometheus):
    from oncall_tray.ui.trend_notices import TrendNotices

    hold = TrendNotices()
    fired = Notice("[WARNING] Cpu", "CPU high", Severity.WARNING, fingerprint="Cpu")
    gone = Notice("Resolved: Old", "", Severity.WARNING, quiet=True, fingerprint="Old")
    other = Notice("[CRITICAL] Down", "down", Severity.CRITICAL, fingerprint="Down")
    assert hold.offer([fired, gone, other], {"Cpu"}, {"Old"}) == [other]
    rising = result_at(prometheus, alert("Cpu", "cpu_busy_percent > 80", instance="rising:9100", job="node"))
    back = result_at(prometheus, alert("Old", "cpu_busy_percent > 80", instance="falling:9100", job="node"))
    with qtbot.waitSignal(hold.ready, timeout=1000) as got:
        hold.on_board({"Cpu": rising, "Old": TrendResult("Old", 3600, back.trend)})
    bodies = [n.body for n in got.args[0]]
    assert bodies[0].startswith("CPU high\nTrend: ↗ worsening since ")
    assert bodies[1] == "Metrics normalized: 70 (threshold > 80)"
    # no board in time: the notice goes out as it was, within the bound
    assert hold.offer([fired], {"Cpu"}, set()) == []
    with qtbot.waitSignal(hold.ready, timeout=2000) as late:
        pass
    assert late.args[0] == [fired]


def test_a_warning_past_its_resolution_target_is_told_whether_it_still_gets_worse(qtbot, prometheus, alertmanager,
                                                                                  tmp_path, monkeypatch):
    """The guide, for warnings: "Escalar se tendência de piora continuar". The notice that the
    30 minutes of investigation are over carries the metric's trend (it said only "escalate if it
    keeps getting worse", leaving the engineer to open the chart)."""
    from conftest import make_alert, shut_down

    from oncall_tray.config import LoadedConfig
    from oncall_tray.ui.app import TrayController

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    started = dt.datetime.now(UTC) - dt.timedelta(minutes=31)
    cpu = make_alert("HighCPUUsage", "warning", starts_at=started, instance="rising:9100", job="node")
    cpu["generatorURL"] = "http://prometheus-a:9090/graph?g0.expr=" + quote_plus("cpu_busy_percent > 80")
    alertmanager.post_alerts([cpu])
    config = Config(alertmanager_url=alertmanager.url, prometheus_url=prometheus.url, notifications=False,
                    engineer="maria", poll_interval=60, language="en")
    controller = TrayController(LoadedConfig(config, tmp_path / "c.yaml", False, ()))
    notices: list[Notice] = []
    controller.notifier.show = notices.extend
    try:
        controller.start()
        qtbot.waitUntil(lambda: any(n.title == "Investigation target missed: HighCPUUsage" and "Trend:" in n.body
                                    for n in notices), timeout=15_000)
    finally:
        shut_down(controller)
    (said,) = [n for n in notices if n.title.startswith("Investigation target missed")]
    assert said.body.startswith("Still firing 31 min after it started. The guide: escalate if it keeps getting "
                                "worse.\nrising:9100\nTrend: ↗ worsening since "), said.body  # where (review 25)
