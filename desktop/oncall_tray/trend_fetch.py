"""Fetch the trend of alerts from Prometheus (no Qt; issue 8).

Used by ``oncall-tray trend`` and by the tray's trend worker thread. One ``query_range`` per
distinct expression: the alerts of one rule share their rule's expression, so 10,000 alerts of a
few rules cost a few queries, and each alert finds its own series in the shared result.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TypeVar

from .alertmanager.errors import AlertmanagerError, Unreachable
from .alertmanager.models import Alert
from .core.trend import CONTEXT, DEFAULT_RANGE_S, SeriesIndex, Trend, step_for
from .i18n import Translate
from .reasons import translate_reason
from .prometheus.client import API_PATH, PrometheusClient
from .prometheus.expression import (
    AlertExpression,
    ExpressionError,
    NoExpression,
    expression_from_generator_url,
    parse_alert_expression,
)

E = TypeVar("E", bound=BaseException)
#: Distinct expressions asked per round at most (the worst alerts' first).
MAX_EXPRESSIONS = 25


class Problem(enum.Enum):
    """Why an alert has no trend."""

    NO_EXPRESSION = "no_expression"  # no generatorURL, or none with g0.expr
    BAD_EXPRESSION = "bad_expression"  # g0.expr is not PromQL that can be plotted
    QUERY_FAILED = "query_failed"  # Prometheus unreachable, refused, or answered an error
    SKIPPED = "skipped"  # past MAX_EXPRESSIONS this round


@dataclass(frozen=True, slots=True)  # no __dict__: 10,000 of them per round, fewer objects for the collector
class TrendResult:
    """The trend of one alert, or why there is none.

    Attributes:
        fingerprint: the alert's.
        range_s: the range asked for, in seconds.
        trend: the trend, None when ``problem`` is set.
        problem: None, or why there is no trend.
        detail: the parser's message, or Prometheus's error as it sent it ("" otherwise).
        error: the client's error for QUERY_FAILED (``QueryError`` carries Prometheus's words).
        fetched_at: when the query ran (aware UTC).
    """

    fingerprint: str
    range_s: float
    trend: Trend | None
    problem: Problem | None = None
    detail: str = ""
    error: AlertmanagerError | None = None
    fetched_at: dt.datetime | None = None


def alert_expression(alert: Alert) -> AlertExpression:
    """The alert's split expression from its ``generatorURL``. Raises ExpressionError."""
    return parse_alert_expression(expression_from_generator_url(alert.generator_url))


def fetch_trend(client: PrometheusClient, alert: Alert, range_s: float = DEFAULT_RANGE_S,
                now: dt.datetime | None = None) -> TrendResult:
    """One alert's trend over the last ``range_s`` seconds; never raises for a bad expression
    or a failed query (the result says which)."""
    return fetch_trends(client, [alert], range_s, now)[alert.fingerprint]


def fetch_trends(client: PrometheusClient, alerts: Iterable[Alert], range_s: float = DEFAULT_RANGE_S,
                 now: dt.datetime | None = None, max_expressions: int = MAX_EXPRESSIONS) -> dict[str, TrendResult]:
    """The trends of ``alerts`` (in priority order), fingerprint -> result.

    One query per distinct expression, at most ``max_expressions`` (later ones are SKIPPED).
    Once Prometheus cannot be reached, the remaining expressions are not tried: they get the
    same error, so that a dead Prometheus costs one timeout, not one per rule.
    """
    now = (now or dt.datetime.now(dt.timezone.utc)).astimezone(dt.timezone.utc)
    start = now - dt.timedelta(seconds=range_s)
    results: dict[str, TrendResult] = {}
    groups: dict[str, list[Alert]] = {}
    parsed: dict[str, AlertExpression | ExpressionError] = {}
    for alert in alerts:
        url = alert.generator_url
        if url not in parsed:
            try:
                parsed[url] = alert_expression(alert)
            except ExpressionError as exc:
                parsed[url] = _detached(exc)
        expression = parsed[url]
        if isinstance(expression, ExpressionError):
            problem = Problem.NO_EXPRESSION if isinstance(expression, NoExpression) else Problem.BAD_EXPRESSION
            results[alert.fingerprint] = TrendResult(alert.fingerprint, range_s, None, problem, str(expression))
        else:
            groups.setdefault(expression.plot, []).append(alert)
    down: AlertmanagerError | None = None
    for count, (plot, members) in enumerate(groups.items()):
        if down is None and count >= max_expressions:
            for alert in members:
                results[alert.fingerprint] = TrendResult(alert.fingerprint, range_s, None, Problem.SKIPPED)
            continue
        error = down
        if error is None:
            try:
                answer = client.query_range(plot, start, now, step_for(range_s))
            except AlertmanagerError as exc:
                error = _detached(exc)
                if isinstance(exc, Unreachable):
                    down = error
        if error is not None:
            for alert in members:
                results[alert.fingerprint] = TrendResult(alert.fingerprint, range_s, None, Problem.QUERY_FAILED,
                                                         error.describe(), error, now)
            continue
        index = SeriesIndex(parsed[members[0].generator_url], answer.series, now)
        for alert in members:
            results[alert.fingerprint] = TrendResult(alert.fingerprint, range_s,
                                                     index.trend(alert.labels, start, now), fetched_at=now)
    return results


def _detached(error: E) -> E:
    """``error`` without its traceback (nor its causes'): a traceback holds the frames of
    ``fetch_trends`` and its callers, and so the alert list of a whole poll, for as long as the
    result that carries the error is kept; and ``fetch_trends``'s own locals hold the error
    again (``parsed``), a cycle that the collector frees only in a full collection, 10,000
    results at once with the GIL held."""
    cause: BaseException | None = error
    while cause is not None:
        cause.__traceback__ = None
        cause = cause.__cause__ or cause.__context__
    return error


def problem_text(result: TrendResult, tr: Translate) -> str:
    """Why there is no trend, in the engineer's language, with the parser's or Prometheus's
    own words; a failed query names the Prometheus asked (its address as set, from the
    error's URL), as Alertmanager's failures name theirs (review 38 F14; the tray's chart and
    trend column too)."""
    if result.problem is Problem.NO_EXPRESSION:
        return tr(CONTEXT, "No trend: the alert has no usable generatorURL (no g0.expr expression).")
    if result.problem is Problem.BAD_EXPRESSION:
        return tr(CONTEXT, "No trend: the alert's expression cannot be plotted: %1").replace(
            "%1", translate_reason(result.detail, tr))
    if result.problem is Problem.SKIPPED:
        return tr(CONTEXT, "No trend yet: too many different expressions at once.")
    reason = translate_reason(result.detail, tr)
    url = result.error.url.split(API_PATH)[0] if result.error is not None else ""
    return tr(CONTEXT, "Prometheus unreachable or refused: %1").replace("%1", f"{url}: {reason}" if url else reason)
