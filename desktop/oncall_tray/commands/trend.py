"""``oncall-tray trend FINGERPRINT [--range 1h] [--json]``: the alert's metric over the range,
one line per series, and the verdict: worsening, improving or stable (no Qt; issue 8)."""

from __future__ import annotations

import argparse
import datetime as dt
import json

from ..alertmanager.errors import AlertmanagerError
from ..config import LoadedConfig
from ..core.durations import parse_duration
from ..core.lookup import find_alert
from ..core.trend import CONTEXT, RANGES_S, Trend, format_value, threshold_text, trend_json, verdict_line, \
    verdict_word
from ..i18n import Message, Translate, english
from ..prometheus.client import PrometheusClient
from ..trend_fetch import Problem, fetch_trend, problem_text
from ..terminal_text import visible
from .common import EXIT_OK, EXIT_UNREACHABLE, EXIT_USAGE, error, failure_line, fingerprint_not_found, keyring_of, \
    open_client, out, out_json, tr_for, warn_problems

#: Series listed in the text output at most (issue 8: at most 10, "and N more").
SHOWN = 10


def register(sub, tr: Translate) -> None:
    """Add the ``trend`` subcommand, with help in ``tr``'s language."""
    parser = sub.add_parser("trend", help=tr("cli_help", "is it getting worse? the alert's metric from Prometheus "
                                                         "and the verdict"))
    parser.add_argument("fingerprint", help=tr("cli_help", "the alert's fingerprint (as `status` shows it), or a "
                                                           "unique prefix"))
    parser.add_argument("--range", default="1h", metavar="DURATION",
                        help=tr("cli_help", "how far back: 15m, 1h (the default) or 6h; any duration up to 6h works"))
    parser.add_argument("--json", action="store_true", help=tr("cli_help", "print JSON"))
    parser.set_defaults(handler=run)


class BadRange(ValueError):
    """``--range`` cannot be used; ``message`` says why, to be shown in the engineer's language."""

    def __init__(self, message: Message) -> None:
        self.message = message
        super().__init__(message.text())


def range_seconds(text: str) -> float:
    """``--range`` in seconds. Raises BadRange for a bad duration, zero, or more than 6 h."""
    try:
        seconds = parse_duration(text).total_seconds()
    except ValueError as exc:
        raise BadRange(Message("cli", "Invalid range %1: use a whole number and a unit (ms, s, m, h), such as 15m, "
                                      "1h or 6h.", (repr(text),))) from exc
    if not 0 < seconds <= max(RANGES_S):
        raise BadRange(Message("cli", "The range must be more than 0 and at most 6h, not %1.", (repr(text),)))
    return seconds


def run(args: argparse.Namespace, loaded: LoadedConfig) -> int:
    """Find the alert in Alertmanager, query Prometheus, print. Exit 1 for an unknown
    fingerprint, a bad range or an alert without a usable expression; 2 when Alertmanager or
    Prometheus cannot be reached or refuses (Prometheus's own error as it sent it)."""
    warn_problems(loaded)
    tr = tr_for(loaded)
    config = loaded.config
    try:
        range_s = range_seconds(args.range)
    except BadRange as exc:
        error(exc.message.text(tr))
        return EXIT_USAGE
    try:
        with open_client(config, keyring_of(loaded)) as am:  # the keyring's credentials, TLS, every member that answers
            alerts = am.alerts(config.alert_query())
    except AlertmanagerError as exc:
        error(failure_line(exc, config.alertmanager_url, tr))
        if args.json:  # JSON whatever happens, as status --json (review 19: nothing on stdout)
            out_json(json.dumps({"fingerprint": args.fingerprint, "alertmanager": config.alertmanager_url,
                                 "error": exc.describe()}, ensure_ascii=False, indent=2))
        return EXIT_UNREACHABLE
    try:
        alert = find_alert(alerts, args.fingerprint)
    except LookupError as exc:  # as for ack: none, too short a prefix, or several
        return fingerprint_not_found(exc, args.fingerprint, tr)
    with PrometheusClient(config.prometheus_url, timeout=config.request_timeout) as prometheus:
        result = fetch_trend(prometheus, alert, range_s)
    if result.trend is None:
        error(problem_text(result, tr))
        if args.json:
            out_json(json.dumps({"fingerprint": alert.fingerprint, "alertname": alert.alertname,
                                 "prometheus": config.prometheus_url, "range_s": range_s,
                                 "problem": result.problem.value, "error": problem_text(result, english)},
                                ensure_ascii=False, indent=2))
        return EXIT_UNREACHABLE if result.problem is Problem.QUERY_FAILED else EXIT_USAGE
    if args.json:
        out_json(json.dumps({"fingerprint": alert.fingerprint, "alertname": alert.alertname,
                          "prometheus": config.prometheus_url, "range_s": range_s, **trend_json(result.trend)},
                         ensure_ascii=False, indent=2))
    else:
        out(render_text(alert.alertname, result.trend, tr, config.zone()))
    return EXIT_OK


def render_text(name: str, trend: Trend, tr: Translate, zone: dt.tzinfo | None = None) -> str:
    """The text output: the alert and expression, one line per series (at most ``SHOWN``), the
    verdict (its time in ``zone``)."""
    expression = trend.expression
    lines = [f"{visible(name)}: {verdict_line(trend, tr, zone)}",
             tr(CONTEXT, "Expression: %1").replace("%1", " ".join(expression.expr.split()))]
    if expression.plot != expression.expr:
        lines.append(tr(CONTEXT, "Plotted: %1").replace("%1", " ".join(expression.plot.split())))
    if expression.threshold is not None:
        lines.append(threshold_text(expression, tr).capitalize())
    if not trend.series:
        lines.append(tr(CONTEXT, "Prometheus has no data for this range."))
    for series in trend.series[:SHOWN]:
        mark = "*" if any(series is own for own in trend.own) else " "
        legend = series.legend() if series.labels else tr(CONTEXT, "(no labels)")
        lines.append(f"{mark} {format_value(series.last):>9}  {verdict_word(series.verdict, tr):<11} {visible(legend)}")
    if len(trend.series) > SHOWN:
        lines.append(tr(CONTEXT, "and %1 more").replace("%1", str(len(trend.series) - SHOWN)))
    return "\n".join(lines)

