"""Splitting an alert's expression at its top-level comparison (issue 8), and reading it from a
``generatorURL``: what PromQL's grammar says, not what a search for ``>`` finds."""

from __future__ import annotations

from urllib.parse import quote_plus

import pytest

from oncall_tray.prometheus.expression import (
    InvalidExpression,
    NoExpression,
    expression_from_generator_url,
    parse_alert_expression,
)


@pytest.mark.parametrize(("expr", "plot", "op", "threshold"), [
    ('100 - avg(rate(node_cpu_seconds_total{mode="idle"}[5m]))*100 > 80',
     '100 - avg(rate(node_cpu_seconds_total{mode="idle"}[5m]))*100', ">", 80),
    ('up{job="backend"} == 0', 'up{job="backend"}', "==", 0),
    # a string holding ">" and escaped quotes stays as written (the parser's printer drops escapes)
    (r'x{path=~"/api/\\d+", msg="say \"hi\" > 3"} >= 0.5', r'x{path=~"/api/\\d+", msg="say \"hi\" > 3"}', ">=", 0.5),
    ("foo{a='x>y'} != -2", "foo{a='x>y'}", "!=", -2),
    ("foo{a=`x>y`} <= 1", "foo{a=`x>y`}", "<=", 1),
    # bool: still split, noted
    ("rate(x[5m]) > bool 0.1", "rate(x[5m])", ">", 0.1),
    # the constant on the left: the operator turns round
    ("0.95 < pool_ratio", "pool_ratio", ">", 0.95),
    ("21 * 86400 > probe_ssl_earliest_cert_expiry - time()", "probe_ssl_earliest_cert_expiry - time()", "<", 1814400),
    # constant arithmetic is evaluated; the comparison binds looser than arithmetic
    ("probe_ssl_earliest_cert_expiry - time() < 86400*21", "probe_ssl_earliest_cert_expiry - time()", "<", 1814400),
    ("a + b > 2 ^ 3", "a + b", ">", 8),
    # outer parentheses are looked through; inner ones are kept
    ("((x > 3))", "x", ">", 3),
    ("(x > 1) > 2", "(x > 1)", ">", 2),
    ("x > 1 > 2", "x > 1", ">", 2),  # left-associative: the last comparison is the top
    # functions with commas and nested brackets, vector matching inside the plotted side
    ("histogram_quantile(0.99, sum by (le) (rate(h_bucket{job=~\"api|web\"}[5m]))) > 5",
     "histogram_quantile(0.99, sum by (le) (rate(h_bucket{job=~\"api|web\"}[5m])))", ">", 5),
    ("sum by (job) (rate(e[5m])) / ignoring(code) group_left sum by (job) (rate(t[5m])) > 0.05",
     "sum by (job) (rate(e[5m])) / ignoring(code) group_left sum by (job) (rate(t[5m]))", ">", 0.05),
    ('label_replace(up, "a", "$1", "b", "(.*)>") < 1', 'label_replace(up, "a", "$1", "b", "(.*)>")', "<", 1),
    # and/unless take their values from the left: the filter stays
    ("rate(e[5m]) / rate(t[5m]) > 0.05 and on(instance) rate(t[5m]) > 1",
     "(rate(e[5m]) / rate(t[5m])) and on(instance) rate(t[5m]) > 1", ">", 0.05),
    ("x > 80 unless on() maintenance == 1", "(x) unless on() maintenance == 1", ">", 80),
    ("x # the usage\n > 80", "x # the usage", ">", 80),
])
def test_split(expr, plot, op, threshold):
    found = parse_alert_expression(expr)
    assert (found.plot, found.op, found.threshold) == (plot, op, pytest.approx(threshold))
    assert found.expr == expr and found.split


def test_bool_is_noted():
    assert parse_alert_expression("x > bool 1").bool_modifier
    assert not parse_alert_expression("x > 1").bool_modifier


@pytest.mark.parametrize("expr", [
    "rate(x[5m])",  # no comparison: plotted whole
    "a > on(instance) b",  # vector against vector: no constant threshold
    "a > b",
    "a or b > 1",  # or: the values come from either side
    "x > time()",
    'count_values("v>1", x)',
])
def test_not_split_plots_the_expression(expr):
    found = parse_alert_expression(expr)
    assert found.plot == expr and found.op is None and found.threshold is None and not found.split


@pytest.mark.parametrize("expr", ["foo{", "x >", "", "sum(", "histogram_quantile(0.99,...) > 5", '"text"', "42"])
def test_invalid_expressions_say_why(expr):
    with pytest.raises(InvalidExpression):
        parse_alert_expression(expr)


def test_comment_in_the_filtered_side_does_not_swallow_the_parenthesis():
    found = parse_alert_expression("x # note\n > 80 and on() y == 1")
    assert found.plot == "(x # note\n) and on() y == 1"


@pytest.mark.parametrize("url", [
    "http://localhost:9090/graph?g0.expr={}&g0.tab=1",
    # an HA pair's other replica, behind a path prefix, with other panels
    "https://prometheus-b.dc2.example.com:9091/prom/graph?g0.expr={}&g0.tab=0&g1.expr=up",
    "http://10.1.2.3:9090/graph?g0.range_input=1h&g0.expr={}",
])
def test_expression_from_generator_urls(url):
    expr = 'sum(rate(http_requests_total{status=~"5..", path="a&b=c"}[5m])) > 0.05'
    assert expression_from_generator_url(url.format(quote_plus(expr))) == expr


@pytest.mark.parametrize("url", ["", "   ", "http://vmalert:8880/vmalert/alert?group_id=1&alert_id=2",
                                 "http://localhost:9090/graph?g0.expr=", "not a url",
                                 "http://[prometheus:9090/graph?g0.expr=up"])  # urlsplit raises on this one
def test_no_expression_in_the_generator_url(url):
    with pytest.raises(NoExpression):
        expression_from_generator_url(url)
