"""Is it getting worse? The verdict on an alert's metric (no Qt, no I/O; issue 8).

The guide asks it of every warning ("Avaliar tendência (está piorando?)", "Escalar se tendência
de piora continuar") and after every incident ("Confirmar métricas normalizadas"). The series
come from Prometheus (the plotted side of the alert's comparison, ``AlertExpression.plot``); the
verdict is the slope of a least-squares line over the last ``WINDOW_S`` seconds, read in the
direction that brings the value towards firing (up for ``>``, down for ``<``, towards the
threshold for ``==``), and called stable when the change it predicts over the window is under
``STABLE_FRACTION`` of the threshold's size (of the values' size when the threshold is 0).

Series are pure data (``prometheus.Series``); times are Unix seconds inside, aware UTC
datetimes outside.
"""

from __future__ import annotations

import datetime as dt
import enum
import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from ..prometheus.client import Series
from ..prometheus.expression import AlertExpression

CONTEXT = "trend"
Translate = Callable[[str, str], str]  # i18n.Translate; core/ imports nothing above it
#: Issue 8: "the slope over the last 10 minutes".
WINDOW_S = 600.0
#: A predicted change over the window smaller than this share of the threshold is "stable".
STABLE_FRACTION = 0.02
#: The ranges the detail pane offers (issue 8: 15 min / 1 h / 6 h), in seconds; 1 h by default.
RANGES_S = (900, 3600, 21600)
DEFAULT_RANGE_S = 3600
#: Points per series asked of Prometheus; the step is never under ``MIN_STEP_S``.
POINTS = 240
MIN_STEP_S = 15.0
_UTC = dt.timezone.utc


class Verdict(enum.Enum):
    """The answer to "is it getting worse?". RISING and FALLING are for expressions without a
    threshold, where the direction of "worse" is not known."""

    WORSENING = "worsening"
    IMPROVING = "improving"
    STABLE = "stable"
    RISING = "rising"
    FALLING = "falling"
    UNKNOWN = "unknown"


#: Which verdict speaks for an alert when its series disagree (first wins).
_PRIORITY = (Verdict.WORSENING, Verdict.RISING, Verdict.FALLING, Verdict.IMPROVING, Verdict.STABLE,
             Verdict.UNKNOWN)


def step_for(range_s: float) -> float:
    """The query step in seconds for a range: ``POINTS`` points, at least ``MIN_STEP_S`` apart."""
    return max(MIN_STEP_S, math.ceil(range_s / POINTS))


@dataclass(frozen=True)
class SeriesTrend:
    """One plotted series and what it says.

    Attributes:
        labels: its labels (``__name__`` included when Prometheus kept it).
        points: (Unix seconds, value), oldest first, as Prometheus sent them.
        last: the latest finite value, None when none.
        slope: change per second over the window (least squares), None with under 2 points.
        direction: +1 rising, -1 falling, 0 flat (or unknown).
        verdict: see ``Verdict``.
        since: when the move began: the latest point where the value was furthest the other
            way (best for WORSENING, worst for IMPROVING), None when stable or unknown.
        firing: the latest value meets the alert's comparison (None without a threshold).
    """

    labels: Mapping[str, str]
    points: tuple[tuple[float, float], ...]
    last: float | None
    slope: float | None
    direction: int
    verdict: Verdict
    since: dt.datetime | None
    firing: bool | None

    def legend(self) -> str:
        """``name{a="1", b="2"}`` as Prometheus shows a series ("{}" without labels)."""
        name = self.labels.get("__name__", "")
        rest = ", ".join(f'{k}="{v}"' for k, v in sorted(self.labels.items()) if k != "__name__")
        return f"{name}{{{rest}}}" if rest or not name else name


@dataclass(frozen=True)
class Trend:
    """The verdict for one alert over one range.

    Attributes:
        expression: what was plotted and the threshold.
        series: every series of the query, the closest to firing first (shared by the alerts
            of one expression).
        own: those that carry the alert's labels (the alert is about them), same order.
        verdict: the verdict of the alert's own series (of all series when none carries the
            alert's labels), the most alarming when they differ.
        lead: the series that gave the verdict (None without series).
        start, end: the range asked for (aware UTC).
    """

    expression: AlertExpression
    series: tuple[SeriesTrend, ...]
    own: tuple[SeriesTrend, ...]
    verdict: Verdict
    lead: SeriesTrend | None
    start: dt.datetime
    end: dt.datetime

    @property
    def current(self) -> float | None:
        """The lead series' latest value."""
        return self.lead.last if self.lead else None

    @property
    def since(self) -> dt.datetime | None:
        """When the lead series began to move the way the verdict says."""
        return self.lead.since if self.lead else None

    @property
    def normalized(self) -> bool | None:
        """Post-incident check (guide: "Confirmar métricas normalizadas"): True when none of the
        alert's series (of all, when none is its own) meets the comparison now, False when one
        does, None when it cannot be told (no threshold or no data)."""
        known = [s.firing for s in (self.own or self.series) if s.firing is not None]
        if not known or self.expression.threshold is None:
            return None
        return not any(known)


def badness(expression: AlertExpression, value: float) -> float:
    """How far ``value`` is towards firing: grows as the alert gets closer to (or deeper into)
    firing. ``value`` itself without a threshold."""
    op, threshold = expression.op, expression.threshold
    if threshold is None or op is None:
        return value
    if op in (">", ">="):
        return value - threshold
    if op in ("<", "<="):
        return threshold - value
    distance = abs(value - threshold)
    return -distance if op == "==" else distance


def fires(expression: AlertExpression, value: float) -> bool | None:
    """Whether ``value`` meets the comparison (None without a threshold)."""
    op, threshold = expression.op, expression.threshold
    if threshold is None or op is None:
        return None
    return {">": value > threshold, ">=": value >= threshold, "<": value < threshold,
            "<=": value <= threshold, "==": value == threshold, "!=": value != threshold}[op]


class SeriesIndex:
    """The series of one query, analysed once, and looked up by an alert's labels without a
    scan (10,000 alerts of one rule find their own series each in a few dictionary look-ups).

    Args:
        expression: the split alert expression.
        series: Prometheus's series for ``expression.plot``.
        end: the end of the range (aware); the window is the last ``window_s`` seconds.
    """

    def __init__(self, expression: AlertExpression, series: Sequence[Series], end: dt.datetime,
                 window_s: float = WINDOW_S) -> None:
        self.expression = expression
        trends = [_series_trend(expression, s, end.timestamp() - window_s, window_s) for s in series]
        trends.sort(key=lambda t: -badness(expression, t.last) if t.last is not None else math.inf)
        self.series = tuple(trends)
        self.lead = _lead(self.series)
        self._by_names: dict[tuple[str, ...], dict[tuple[str, ...], list[SeriesTrend]]] = {}
        for trend in self.series:
            names = tuple(sorted(k for k in trend.labels if k != "__name__"))
            key = tuple(trend.labels[k] for k in names)
            self._by_names.setdefault(names, {}).setdefault(key, []).append(trend)

    def own(self, alert_labels: Mapping[str, str]) -> tuple[SeriesTrend, ...]:
        """The series whose labels (but ``__name__``) all have the same value on the alert:
        Prometheus makes an alert's labels from its series' labels plus the rule's."""
        found: list[SeriesTrend] = []
        for names, table in self._by_names.items():
            key = tuple(alert_labels.get(k) for k in names)
            found += table.get(key, ())
        if len(self._by_names) > 1:
            order = {id(t): i for i, t in enumerate(self.series)}
            found.sort(key=lambda t: order[id(t)])
        return tuple(found)

    def trend(self, alert_labels: Mapping[str, str], start: dt.datetime, end: dt.datetime) -> Trend:
        """The trend for the alert with ``alert_labels``."""
        own = self.own(alert_labels)
        lead = _lead(own) if own else self.lead
        return Trend(self.expression, self.series, own, lead.verdict if lead else Verdict.UNKNOWN, lead,
                     start.astimezone(_UTC), end.astimezone(_UTC))


def analyze(expression: AlertExpression, series: Sequence[Series], alert_labels: Mapping[str, str],
            start: dt.datetime, end: dt.datetime, window_s: float = WINDOW_S) -> Trend:
    """The trend of ``series`` (the result of ``expression.plot`` from ``start`` to ``end``, aware)
    for the alert with ``alert_labels``; the slope is taken over the last ``window_s`` seconds."""
    return SeriesIndex(expression, series, end, window_s).trend(alert_labels, start, end)


def _lead(trends: Sequence[SeriesTrend]) -> SeriesTrend | None:
    """The most alarming verdict, the closest to firing among equals (``trends`` is sorted)."""
    return min(trends, key=lambda t: _PRIORITY.index(t.verdict)) if trends else None


def _series_trend(expression: AlertExpression, series: Series, window_start: float,
                  window_s: float) -> SeriesTrend:
    finite = [(t, v) for t, v in series.points if math.isfinite(v)]
    last = finite[-1][1] if finite else None
    recent = [(t, v) for t, v in finite if t >= window_start]
    fit = _fit(recent)
    firing = fires(expression, last) if last is not None else None
    if fit is None:
        return SeriesTrend(series.labels, series.points, last, None, 0, Verdict.UNKNOWN, None, firing)
    slope, mean_t, mean_v = fit
    change = slope * window_s
    direction = 0 if abs(change) < STABLE_FRACTION * _scale(expression, recent) else (1 if change > 0 else -1)
    if direction == 0:
        verdict = Verdict.STABLE
    elif expression.threshold is None:
        verdict = Verdict.RISING if direction > 0 else Verdict.FALLING
    else:  # along the fitted line across the window (== and != care which side of the threshold)
        first, end = recent[0][0], recent[-1][0]
        before, after = mean_v + slope * (first - mean_t), mean_v + slope * (end - mean_t)
        verdict = Verdict.WORSENING if badness(expression, after) > badness(expression, before) else Verdict.IMPROVING
    since = _since(expression, finite, verdict)
    return SeriesTrend(series.labels, series.points, last, slope, direction, verdict, since, firing)


def _fit(points: Sequence[tuple[float, float]]) -> tuple[float, float, float] | None:
    """Least-squares line as (slope per second, mean time, mean value); None with fewer than
    2 distinct times."""
    n = len(points)
    if n < 2:
        return None
    mean_t = sum(t for t, _ in points) / n
    mean_v = sum(v for _, v in points) / n
    var = sum((t - mean_t) ** 2 for t, _ in points)
    if var == 0:
        return None
    return sum((t - mean_t) * (v - mean_v) for t, v in points) / var, mean_t, mean_v


def _scale(expression: AlertExpression, points: Sequence[tuple[float, float]]) -> float:
    """What "2 %" is taken of: the threshold's size, else the values' size, else 1."""
    if expression.threshold:
        return abs(expression.threshold)
    size = max((abs(v) for _t, v in points), default=0.0)
    return size or 1.0


#: How near its best a value counts as "not moved yet", as a part of the move since: the
#: noise of a flat stretch before the climb must not date the move from its lowest dip.
SINCE_TOLERANCE = 0.03


def _since(expression: AlertExpression, points: Sequence[tuple[float, float]], verdict: Verdict) -> dt.datetime | None:
    """Where the move began: the latest time the value was at its best (worsening, rising) or
    worst (improving, falling) over the range, within ``SINCE_TOLERANCE`` of the move made
    since (review 16: a flat but noisy hour before the climb dated it from its lowest dip, 17:57
    over 6 hours against 20:37 over one hour; the range must not move it)."""
    if verdict in (Verdict.WORSENING, Verdict.RISING):
        sign = 1
    elif verdict in (Verdict.IMPROVING, Verdict.FALLING):
        sign = -1
    else:
        return None
    measure = (lambda v: badness(expression, v)) if expression.threshold is not None else (lambda v: v)
    measured = [(t, sign * measure(v)) for t, v in points]
    if len(measured) < 2:
        return None
    best = min(m for _t, m in measured[:-1])
    near = best + SINCE_TOLERANCE * max(0.0, measured[-1][1] - best)
    since = max(t for t, m in measured[:-1] if m <= near)
    return dt.datetime.fromtimestamp(since, _UTC)


# -- words -------------------------------------------------------------------------------------

def verdict_word(verdict: Verdict, tr: Translate) -> str:
    """The translated verdict ("piorando", "melhorando", "estável"...)."""
    words = {
        Verdict.WORSENING: tr(CONTEXT, "worsening"),
        Verdict.IMPROVING: tr(CONTEXT, "improving"),
        Verdict.STABLE: tr(CONTEXT, "stable"),
        Verdict.RISING: tr(CONTEXT, "rising"),
        Verdict.FALLING: tr(CONTEXT, "falling"),
        Verdict.UNKNOWN: tr(CONTEXT, "no data"),
    }
    return words[verdict]


def arrow(trend: Trend) -> str:
    """The value's direction: ↗ rising, ↘ falling, → flat, ? unknown."""
    if trend.lead is None or trend.verdict is Verdict.UNKNOWN:
        return "?"
    return {1: "↗", -1: "↘", 0: "→"}[trend.lead.direction]


def format_value(value: float | None) -> str:
    """A value for people: 4 significant digits, k/M/G/T past a million ("—" for None)."""
    if value is None:
        return "—"
    if not math.isfinite(value):
        return str(value)
    for size, suffix in ((1e12, "T"), (1e9, "G"), (1e6, "M")):
        if abs(value) >= size:
            return f"{value / size:.4g}{suffix}"
    return f"{value:.4g}"


def verdict_line(trend: Trend, tr: Translate, zone: dt.tzinfo | None = None) -> str:
    """"↗ worsening since 14:02 — now 85.3, threshold > 80" (local time in ``zone``)."""
    text = f"{arrow(trend)} {verdict_word(trend.verdict, tr)}"
    if trend.since is not None and trend.verdict is not Verdict.STABLE:
        text += " " + tr(CONTEXT, "since %1").replace("%1", trend.since.astimezone(zone).strftime("%H:%M"))
    if trend.current is not None:
        text += " — " + tr(CONTEXT, "now %1").replace("%1", format_value(trend.current))
        if trend.expression.threshold is not None:
            text += ", " + threshold_text(trend.expression, tr)
    return text


def threshold_text(expression: AlertExpression, tr: Translate) -> str:
    """"threshold > 80" ("limite > 80"); "" without a threshold."""
    if expression.threshold is None:
        return ""
    return tr(CONTEXT, "threshold %1").replace("%1", f"{expression.op} {format_value(expression.threshold)}")


def escalation_line(trend: Trend, tr: Translate, zone: dt.tzinfo | None = None) -> str:
    """For the escalation message: "worsening since 14:02 (now 85.3, threshold > 80)"."""
    text = verdict_word(trend.verdict, tr)
    if trend.since is not None and trend.verdict is not Verdict.STABLE:
        text += " " + tr(CONTEXT, "since %1").replace("%1", trend.since.astimezone(zone).strftime("%H:%M"))
    details = [tr(CONTEXT, "now %1").replace("%1", format_value(trend.current))] if trend.current is not None else []
    if trend.expression.threshold is not None:
        details.append(threshold_text(trend.expression, tr))
    return text + (f" ({', '.join(details)})" if details else "")


def normalized_line(trend: Trend, tr: Translate) -> str:
    """Post-incident checklist item (guide: "Confirmar métricas normalizadas"): "Metrics
    normalized: 42 (threshold > 80)" or "Metrics not normalized yet: ...", or "" when it cannot
    be told."""
    state = trend.normalized
    if state is None:
        return ""
    text = tr(CONTEXT, "Metrics normalized: %1") if state else tr(CONTEXT, "Metrics not normalized yet: %1")
    return text.replace("%1", f"{format_value(trend.current)} ({threshold_text(trend.expression, tr)})")


def trend_json(trend: Trend) -> dict:
    """The trend as JSON-ready data (``oncall-tray trend --json``); times RFC 3339 UTC."""
    def iso(when: dt.datetime | None) -> str | None:
        return when.isoformat().replace("+00:00", "Z") if when else None

    expression = trend.expression
    return {
        "expression": expression.expr, "plotted": expression.plot, "op": expression.op,
        "threshold": expression.threshold, "start": iso(trend.start), "end": iso(trend.end),
        "verdict": trend.verdict.value, "since": iso(trend.since), "current": trend.current,
        "normalized": trend.normalized,
        "series": [{
            "labels": dict(s.labels), "own": any(s is o for o in trend.own), "last": s.last,
            "slope_per_minute": None if s.slope is None else s.slope * 60, "verdict": s.verdict.value,
            "since": iso(s.since), "firing": s.firing, "points": len(s.points),
        } for s in trend.series],
    }
