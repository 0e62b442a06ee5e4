"""The verdict's arithmetic and words, on series made in the test (no server)."""

from __future__ import annotations

import datetime as dt

import pytest

from oncall_tray.core.trend import (
    Verdict,
    analyze,
    escalation_line,
    format_value,
    normalized_line,
    step_for,
    trend_json,
    verdict_line,
)
from oncall_tray.prometheus.client import Series
from oncall_tray.prometheus.expression import parse_alert_expression

UTC = dt.timezone.utc
END = dt.datetime(2026, 3, 2, 14, 30, tzinfo=UTC)
START = END - dt.timedelta(hours=1)


def tr(_context: str, text: str) -> str:
    return text


def line(value_at, labels=None, step=60) -> Series:
    """A series from START to END: ``value_at(minutes before END)``."""
    points = tuple((END.timestamp() - m * 60, float(value_at(m))) for m in range(60, -1, -step // 60))
    return Series(labels or {}, points)


def trend(expr: str, *series: Series, labels=None):
    return analyze(parse_alert_expression(expr), series, labels or {}, START, END)


@pytest.mark.parametrize(("expr", "value_at", "verdict"), [
    ("x > 80", lambda m: 90 - m * 0.5, Verdict.WORSENING),
    ("x > 80", lambda m: 60 + m * 0.5, Verdict.IMPROVING),
    ("x > 80", lambda m: 70 + (m % 2) * 0.5, Verdict.STABLE),  # noise under 2 % of 80 in 10 min
    ("x < 20", lambda m: 30 + m * 0.5, Verdict.WORSENING),
    ("up == 0", lambda m: 1 if m > 5 else 0, Verdict.WORSENING),
    ("up == 0", lambda m: 0 if m > 5 else 1, Verdict.IMPROVING),
    ("x != 1", lambda m: 1 + m / 60 if m < 10 else 1, Verdict.IMPROVING),
    ("rate(x[5m])", lambda m: 10 - m * 0.1, Verdict.RISING),
    ("rate(x[5m])", lambda m: 10 + m * 0.1, Verdict.FALLING),
    ("x > 0", lambda m: 0.001 - m * 0.00001, Verdict.WORSENING),  # a threshold of 0: the values' size
])
def test_verdicts(expr, value_at, verdict):
    assert trend(expr, line(value_at)).verdict is verdict


def test_only_the_last_ten_minutes_count():
    # climbed for 50 minutes, flat for the last 10: stable now
    found = trend("x > 80", line(lambda m: 75 if m < 10 else 75 - (m - 10) * 0.3))
    assert found.verdict is Verdict.STABLE and found.since is None


def test_since_does_not_move_with_the_range_over_a_noisy_flat_stretch():
    """Review 16: flat around 56.5 with noise, then a climb from 20 minutes ago: "since" was the
    lowest dip of the flat stretch, which moved with the range asked (hours off over 6 h)."""
    noisy = [0.0, -0.4, 0.3, -0.2, 0.4, -0.3, 0.1, -0.1]
    found = trend("x > 80", line(lambda m: 56.5 + noisy[m % 8] if m > 20 else 56.5 + (20 - m) * 1.5))
    assert found.verdict is Verdict.WORSENING
    assert found.since == END - dt.timedelta(minutes=20)  # where the climb left the flat stretch


def test_since_is_where_the_move_began():
    found = trend("x > 80", line(lambda m: 60 if m > 20 else 60 + (20 - m)))
    assert found.verdict is Verdict.WORSENING
    assert found.since == END - dt.timedelta(minutes=20)
    assert verdict_line(found, tr, UTC) == "↗ worsening since 14:10 — now 80, threshold > 80"
    assert escalation_line(found, tr, UTC) == "worsening since 14:10 (now 80, threshold > 80)"


def test_nan_and_gaps_and_too_little_data():
    nan = Series({}, ((START.timestamp(), float("nan")), (END.timestamp(), float("nan"))))
    assert trend("x > 1", nan).verdict is Verdict.UNKNOWN
    one = Series({}, ((END.timestamp(), 3.0),))
    found = trend("x > 1", one)
    assert found.verdict is Verdict.UNKNOWN and found.current == 3 and found.normalized is False
    assert trend("x > 1").verdict is Verdict.UNKNOWN and trend("x > 1").lead is None
    assert verdict_line(trend("x > 1"), tr) == "? no data"


def test_the_alerts_own_series_decide():
    mine = line(lambda m: 50 + m * 0.2, {"__name__": "x", "instance": "a"})  # falling: improving
    other = line(lambda m: 90 - m * 0.5, {"__name__": "x", "instance": "b"})  # worsening
    found = trend("x > 80", mine, other, labels={"alertname": "A", "instance": "a", "severity": "warning"})
    assert found.verdict is Verdict.IMPROVING and found.own == (found.series[1],)
    assert found.series[0].legend() == 'x{instance="b"}'
    # no series carries the alert's labels: all of them decide, the most alarming wins
    assert trend("x > 80", mine, other, labels={"instance": "c"}).verdict is Verdict.WORSENING


def test_post_incident_check():
    assert normalized_line(trend("x > 80", line(lambda m: 40)), tr) == "Metrics normalized: 40 (threshold > 80)"
    assert normalized_line(trend("x > 80", line(lambda m: 81)), tr) == \
        "Metrics not normalized yet: 81 (threshold > 80)"
    assert normalized_line(trend("rate(x[5m])", line(lambda m: 1)), tr) == ""


def test_words_and_numbers():
    assert [format_value(v) for v in (None, 0.000123, 85.3333, 1814400, 2.5e9, float("inf"))] == \
        ["—", "0.000123", "85.33", "1.814M", "2.5G", "inf"]
    assert [step_for(s) for s in (900, 3600, 21600)] == [15, 15, 90]
    doc = trend_json(trend("x > 80", line(lambda m: 90 - m, {"i": "1"}), labels={"i": "1"}))
    assert doc["verdict"] == "worsening" and doc["threshold"] == 80 and doc["series"][0]["own"] is True
    assert doc["series"][0]["slope_per_minute"] == pytest.approx(1) and doc["end"] == "2026-03-02T14:30:00Z"


def test_why_there_is_no_trend_is_in_the_engineers_language_up_to_the_parsers_own_words():
    # found by a fresh-user review: "Sem tendência: ...: not valid PromQL: ..." and "connection refused"
    from oncall_tray.i18n import translator
    from oncall_tray.trend_fetch import Problem, TrendResult, problem_text

    tr = translator("pt_BR")
    bad = TrendResult("fp", 3600, None, Problem.BAD_EXPRESSION, "not valid PromQL: unexpected character after '.'")
    assert problem_text(bad, tr).endswith(": PromQL inválido: unexpected character after '.'")  # not a whole one
    down = TrendResult("fp", 3600, None, Problem.QUERY_FAILED, "connection refused")
    assert problem_text(down, tr).endswith(": conexão recusada")
