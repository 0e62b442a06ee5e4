"""The Prometheus client, the threshold split and the verdicts against a real Prometheus
(Debian's ``prometheus``, history backfilled with promtool; issue 8)."""

from __future__ import annotations

import datetime as dt
import json
import math
from urllib.parse import quote_plus

import msgspec
import pytest
from conftest import settings_file
from fakeserver import FakeServer
from prom_history import AWKWARD

from oncall_tray.alertmanager.errors import BadResponse, CredentialsNeeded, Unreachable
from oncall_tray.alertmanager.models import Alert
from oncall_tray.core.trend import Verdict
from oncall_tray.demo import free_port
from oncall_tray.prometheus.client import PrometheusClient, QueryError
from oncall_tray.prometheus.expression import parse_alert_expression
from oncall_tray.trend_fetch import Problem, fetch_trend, fetch_trends

UTC = dt.timezone.utc


def at(prometheus) -> dt.datetime:
    return dt.datetime.fromtimestamp(prometheus.t0, UTC)


def alert(expr: str, fingerprint: str = "f1", host: str = "localhost:9090", **labels: str) -> Alert:
    url = f"http://{host}/graph?g0.expr={quote_plus(expr)}&g0.tab=1" if expr else ""
    return msgspec.convert({"fingerprint": fingerprint, "labels": {"alertname": "Test", **labels},
                            "status": {"state": "active"}, "generatorURL": url}, Alert)


def values(result) -> dict[tuple, float]:
    return {tuple(sorted((k, v) for k, v in s.labels.items() if k != "__name__")): s.points[-1][1]
            for s in result.series}


def test_instant_and_range_queries(prometheus):
    with PrometheusClient(prometheus.url) as client:
        now = client.query('cpu_busy_percent{instance="rising:9100"}', at(prometheus))
        assert now.result_type == "vector" and len(now.series) == 1
        assert now.series[0].labels["instance"] == "rising:9100"
        assert now.series[0].points[0][1] == pytest.approx(85)
        span = client.query_range("cpu_busy_percent", at(prometheus) - dt.timedelta(minutes=15), at(prometheus), 60)
        assert span.result_type == "matrix" and len(span.series) == 3
        assert all(len(s.points) == 16 for s in span.series)
        scalar = client.query("1 + 2", at(prometheus))
        assert scalar.result_type == "scalar" and scalar.series[0].points[0][1] == 3
        assert math.isnan(client.query("0/0", at(prometheus)).series[0].points[0][1])


def test_label_matchers_with_quotes_and_regexes(prometheus):
    exact = 'http_requests_total{path="say \\"hi\\" > 3 \\\\ back", status=~"5.."}'
    with PrometheusClient(prometheus.url) as client:
        found = client.query(exact, at(prometheus))
    assert [(s.labels["path"], s.labels["status"]) for s in found.series] == [(AWKWARD, "500")]


def test_prometheus_errors_are_shown_as_they_are(prometheus):
    with PrometheusClient(prometheus.url) as client:
        with pytest.raises(QueryError) as caught:
            client.query("cpu_busy_percent{", at(prometheus))
    error = caught.value
    assert error.error_type == "bad_data" and error.status == 400
    assert "unexpected end of input inside braces" in error.error
    assert error.describe() == f"bad_data: {error.error}"
    with PrometheusClient(prometheus.url) as client:
        with pytest.raises(QueryError) as caught:  # an execution error, not a syntax error
            client.query('label_replace(cpu_busy_percent, "a", "$1", "b", "(")', at(prometheus))
    assert caught.value.error_type in ("bad_data", "execution") and "(" in caught.value.error


@pytest.mark.parametrize(("expr", "threshold"), [
    ("cpu_busy_percent > 80", 80),
    ('avg by (instance) (avg_over_time(cpu_busy_percent{job=~"no.*"}[5m])) >= 75', 75),
    ('sum by (status) (rate(http_requests_total{path=~"say \\"hi\\" > .*", status!~"2.."}[5m])) > 0.5', 0.5),
    ('sum by (status) (rate(http_requests_total[5m])) / ignoring(status) group_left '
     'sum(rate(http_requests_total[5m])) > 0.1', 0.1),
    ("60 < cpu_busy_percent", 60),
])
def test_the_plotted_side_holds_the_values_the_alert_sees(prometheus, expr, threshold):
    """Where the alert's expression returns a series, the plotted side has the same series
    with the same value; where it returns nothing, the plotted value misses the threshold."""
    split = parse_alert_expression(expr)
    assert split.threshold == threshold
    with PrometheusClient(prometheus.url) as client:
        firing = values(client.query(expr, at(prometheus)))
        plotted = values(client.query(split.plot, at(prometheus)))
    assert firing and set(firing) <= set(plotted)
    for labels, value in plotted.items():
        meets = value > threshold if split.op == ">" else value >= threshold
        assert (labels in firing) == meets, labels
        if meets:
            assert firing[labels] == pytest.approx(value)


def test_verdicts_of_a_rising_a_falling_and_a_flat_series(prometheus):
    expr = "cpu_busy_percent > 80"
    with PrometheusClient(prometheus.url) as client:
        trends = fetch_trends(client, [alert(expr, "r", instance="rising:9100", job="node"),
                                       alert(expr, "f", instance="falling:9100", job="node"),
                                       alert(expr, "s", instance="flat:9100", job="node")], now=at(prometheus))
    rising, falling, flat = (trends[fp].trend for fp in "rfs")
    assert rising.verdict is Verdict.WORSENING and rising.current == pytest.approx(85)
    # the climb began an hour ago; "since" is where the value left its floor by more than
    # SINCE_TOLERANCE of the move (3 % of a 35-point climb over an hour: under 2 minutes)
    assert dt.timedelta(0) <= rising.since - (at(prometheus) - dt.timedelta(hours=1)) <= dt.timedelta(minutes=3)
    assert falling.verdict is Verdict.IMPROVING and falling.current == pytest.approx(70)
    assert flat.verdict is Verdict.STABLE and flat.since is None
    assert [s.labels["instance"] for s in rising.own] == ["rising:9100"]
    assert [s.labels["instance"] for s in rising.series] == ["rising:9100", "falling:9100", "flat:9100"]
    assert rising.normalized is False and falling.normalized is True
    # "below" thresholds turn the reading round: a falling value is getting worse
    with PrometheusClient(prometheus.url) as client:
        below = fetch_trend(client, alert("cpu_busy_percent < 75", instance="falling:9100", job="node"),
                            now=at(prometheus)).trend
    assert below.verdict is Verdict.WORSENING


def test_a_generator_url_from_another_ha_replica_asks_the_configured_prometheus(prometheus):
    expr = 'cpu_busy_percent{instance=~"ris.*"} > 80'
    replica = alert(expr, host="prometheus-b.dc2.example.com:9091/prom", instance="rising:9100", job="node")
    with PrometheusClient(prometheus.url) as client:
        result = fetch_trend(client, replica, range_s=900, now=at(prometheus))
    assert result.problem is None and result.trend.verdict is Verdict.WORSENING
    assert len(result.trend.series[0].points) == 61  # 15 min, a point every 15 s


def test_alerts_without_a_usable_expression_say_so(prometheus):
    with PrometheusClient(prometheus.url) as client:
        results = fetch_trends(client, [alert("", "none"), alert("histogram_quantile(0.99,...) > 5", "bad"),
                                        alert("nothing_here > 1", "empty")], now=at(prometheus))
    assert results["none"].problem is Problem.NO_EXPRESSION
    assert results["bad"].problem is Problem.BAD_EXPRESSION and "PromQL" in results["bad"].detail
    assert results["empty"].problem is None and results["empty"].trend.verdict is Verdict.UNKNOWN


def test_one_query_per_expression_and_many_series(prometheus):
    alerts = [alert("many_series > 5", f"m{i}", job="many", n=f"{i:02d}") for i in range(14)]
    with PrometheusClient(prometheus.url) as client:
        results = fetch_trends(client, alerts, now=at(prometheus))
    trends = [results[f"m{i}"].trend for i in range(14)]
    assert all(t.series is trends[0].series for t in trends)  # one result, shared
    assert [t.own[0].labels["n"] for t in trends] == [f"{i:02d}" for i in range(14)]
    assert trends[13].series[0].labels["n"] == "13"  # the closest to firing first


def test_unreachable_prometheus_costs_one_attempt():
    with PrometheusClient(f"http://127.0.0.1:{free_port()}", timeout=2) as client:
        results = fetch_trends(client, [alert("a > 1", "a"), alert("b > 1", "b")])
    assert {r.problem for r in results.values()} == {Problem.QUERY_FAILED}
    assert results["a"].error is results["b"].error and isinstance(results["a"].error, Unreachable)
    assert "connection refused" in results["a"].detail


@pytest.mark.parametrize(("status", "body", "error"), [
    (401, b"no", CredentialsNeeded),
    (200, b"<html>login</html>", BadResponse),
    (502, b"bad gateway", BadResponse),
    (200, b'{"status":"success","data":{"resultType":"string","result":[1,"x"]}}', BadResponse),
])
def test_failures_of_whatever_answers(status, body, error):
    content_type = "text/html" if body.startswith(b"<") else "application/json"
    with FakeServer(status, body, content_type) as server:
        with PrometheusClient(server.url) as client, pytest.raises(error):
            client.query("up")


def test_a_404_is_no_prometheus_here_not_json_of_the_wrong_type():
    """Review 19: Alertmanager's address given as Prometheus's answered "404 page not found",
    read as the JSON number 404: "not the API's JSON: expected object, got int"."""
    with FakeServer(404, b"404 page not found\n", "text/plain") as server:
        with PrometheusClient(server.url) as client, pytest.raises(BadResponse) as info:
            client.query("up")
    assert info.value.reason == "not found (no Prometheus API at this address?)"


def test_query_range_refuses_what_prometheus_would():
    now = dt.datetime.now(UTC)
    with PrometheusClient("http://127.0.0.1:9") as client:
        for start, end, step in ((now, now - dt.timedelta(1), 15), (now, now, 0),
                                 (now - dt.timedelta(days=30), now, 15)):
            with pytest.raises(ValueError):
                client.query_range("up", start, end, step)
        with pytest.raises(ValueError):
            client.query("up", dt.datetime(2024, 1, 1))


def test_trend_command(alertmanager, prometheus, tmp_path):
    from conftest import make_alert
    from test_cli import run

    firing = make_alert("HighCPU", "warning", instance="rising:9100", job="node")
    firing["generatorURL"] = "http://prometheus-b.example:9090/graph?g0.expr=" + quote_plus("cpu_busy_percent > 80")
    broken = make_alert("Broken", "warning")
    broken["generatorURL"] = "http://x:9090/graph?g0.expr=" + quote_plus("histogram_quantile(0.99,...) > 5")
    alertmanager.post_alerts([firing, broken])
    config = settings_file(tmp_path)
    fp = next(a["fingerprint"] for a in httpx_alerts(alertmanager) if a["labels"]["alertname"] == "HighCPU")
    base = ("--alertmanager", alertmanager.url, "--prometheus", prometheus.url, "trend")
    text = run(*base, fp, config=config)
    assert text.returncode == 0, text.stderr
    lines = text.stdout.splitlines()
    assert lines[0].startswith("HighCPU: ↗ worsening since ") and "threshold > 80" in lines[0]
    assert lines[1] == "Expression: cpu_busy_percent > 80" and lines[2] == "Plotted: cpu_busy_percent"
    assert lines[4].startswith("*") and 'cpu_busy_percent{instance="rising:9100", job="node"}' in lines[4]
    doc = json.loads(run(*base, fp[:8], "--range", "15m", "--json", config=config).stdout)
    assert doc["verdict"] == "worsening" and doc["threshold"] == 80 and doc["range_s"] == 900
    assert [s["own"] for s in doc["series"]] == [True, False, False]
    pt = run(*base, fp, env_lang="pt_BR.UTF-8", config=config)
    assert pt.stdout.startswith("HighCPU: ↗ piorando desde "), pt.stdout
    bad_fp = next(a["fingerprint"] for a in httpx_alerts(alertmanager) if a["labels"]["alertname"] == "Broken")
    bad = run(*base, bad_fp, config=config)
    assert bad.returncode == 1 and "cannot be plotted" in bad.stderr and "PromQL" in bad.stderr
    assert run(*base, fp, "--range", "7h", config=config).returncode == 1
    down = run("--alertmanager", alertmanager.url, "--prometheus", f"http://127.0.0.1:{free_port()}", "trend", fp,
               config=config)
    assert down.returncode == 2 and "Prometheus unreachable or refused" in down.stderr
    # review 19: --json printed nothing when it failed; JSON whatever happens, as status --json
    down_json = run("--alertmanager", alertmanager.url, "--prometheus", f"http://127.0.0.1:{free_port()}", "trend",
                    fp, "--json", config=config)
    failed = json.loads(down_json.stdout)
    assert down_json.returncode == 2 and failed["problem"] == "query_failed" and "connection refused" in failed["error"]
    no_am = run("--alertmanager", f"http://127.0.0.1:{free_port()}", "trend", fp, "--json", config=config)
    assert no_am.returncode == 2 and "connection refused" in json.loads(no_am.stdout)["error"]


def test_trend_names_the_prometheus_it_could_not_use(alertmanager, tmp_path):
    """Review 38 F14: "Prometheus unreachable or refused: connection refused" named no address,
    where Alertmanager's errors all do (the default http://localhost:9090 is easy to forget)."""
    from conftest import make_alert
    from test_cli import run

    alertmanager.post_alerts([make_alert("InstanceDown", "critical")])
    (alert,) = httpx_alerts(alertmanager)
    config = settings_file(tmp_path)
    refused = f"http://127.0.0.1:{free_port()}"
    down = run("--alertmanager", alertmanager.url, "--prometheus", refused, "trend", alert["fingerprint"],
               config=config)
    assert down.returncode == 2
    assert down.stderr == f"oncall-tray: Prometheus unreachable or refused: {refused}: connection refused\n"
    with FakeServer(404, b"404 page not found\n", "text/plain") as server:
        elsewhere = run("--alertmanager", alertmanager.url, "--prometheus", server.url, "trend", alert["fingerprint"],
                        config=config)
    assert elsewhere.returncode == 2
    assert elsewhere.stderr.startswith(f"oncall-tray: Prometheus unreachable or refused: {server.url}: not found (no "
                                       "Prometheus API at this address?)"), elsewhere.stderr


def httpx_alerts(alertmanager) -> list[dict]:
    import httpx

    return httpx.get(alertmanager.url + "/api/v2/alerts", timeout=10).json()
