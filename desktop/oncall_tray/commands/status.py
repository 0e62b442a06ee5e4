"""``oncall-tray status [--json]``: one poll of Alertmanager, printed as text or JSON (no Qt)."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from dataclasses import dataclass

from ..alertmanager.client import AlertmanagerClient
from ..alertmanager.errors import AlertmanagerError
from ..alertmanager.models import Alert, Status
from ..config import Config, LoadedConfig
from ..core.durations import format_age
from ..core.severity import Severity, SeverityMap
from ..core.tracker import AlertSnapshot, AlertTracker
from ..i18n import Translate
from ..notify.messages import count_line, severity_word
from .common import EXIT_OK, EXIT_UNREACHABLE, error, tr_for, warn_problems


def register(sub) -> None:
    """Add the ``status`` subcommand."""
    parser = sub.add_parser("status", help="poll once and print the alerts, worst first")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, loaded: LoadedConfig) -> int:
    """Poll once; print text or JSON; exit 2 with a one-line reason on stderr when it fails."""
    warn_problems(loaded)
    result = poll_once(loaded.config)
    tr = tr_for(loaded)
    if args.json:
        print(render_json(result))
    elif result.error is None:
        print(render_text(result, tr))
    if result.error is not None:
        error(f"{tr('cli', 'Alertmanager unreachable or refused')}: {result.url}: {result.error.describe()}")
        return EXIT_UNREACHABLE
    return EXIT_OK


@dataclass(frozen=True)
class OneShot:
    """Outcome of one poll: the snapshot, or the error that prevented it."""

    url: str
    status: Status | None
    snapshot: AlertSnapshot | None
    error: AlertmanagerError | None


def poll_once(config: Config, client: AlertmanagerClient | None = None) -> OneShot:
    """Ask Alertmanager for its status and alerts once. Never raises ``AlertmanagerError``:
    the error is returned in ``OneShot.error``."""
    own = client is None
    client = client or AlertmanagerClient(config.alertmanager_url, timeout=config.request_timeout)
    try:
        status = client.status()
        alerts = client.alerts(config.alert_query())
    except AlertmanagerError as exc:
        return OneShot(config.alertmanager_url, None, None, exc)
    finally:
        if own:
            client.close()
    tracker = AlertTracker(SeverityMap(config.severity_synonyms))
    snapshot = tracker.update(alerts, dt.datetime.now(dt.timezone.utc)).snapshot
    return OneShot(config.alertmanager_url, status, snapshot, None)


def _iso(value: dt.datetime | None) -> str | None:
    return value.isoformat().replace("+00:00", "Z") if value else None


def alert_json(alert: Alert, severity: Severity) -> dict:
    """One alert in ``status --json`` (issue 2's keys, plus ``endsAt``, ``inhibitedBy``,
    ``receivers``, ``generatorURL``)."""
    return {
        "fingerprint": alert.fingerprint,
        "alertname": alert.alertname,
        "severity": severity.value,
        "state": alert.status.state,
        "startsAt": _iso(alert.starts_at),
        "endsAt": _iso(alert.ends_at),
        "summary": alert.summary,
        "labels": alert.labels,
        "annotations": alert.annotations,
        "silencedBy": list(alert.status.silenced_by),
        "inhibitedBy": list(alert.status.inhibited_by),
        "receivers": [r.name for r in alert.receivers],
        "generatorURL": alert.generator_url,
    }


def render_json(result: OneShot) -> str:
    """The ``status --json`` document (see issue 2 for the shape)."""
    doc: dict = {"alertmanager": {
        "url": result.url,
        "reachable": result.error is None,
        "version": result.status.version if result.status else None,
        "cluster": result.status.cluster.status if result.status else None,
    }}
    if result.error is not None:
        doc["alertmanager"]["error"] = result.error.describe()
    snapshot = result.snapshot
    doc["alerts"] = [alert_json(a, snapshot.severities[a.fingerprint]) for a in snapshot.ordered()] if snapshot else []
    return json.dumps(doc, ensure_ascii=False, indent=2)


def render_text(result: OneShot, tr: Translate, now: dt.datetime | None = None) -> str:
    """Human-readable status: a header line, then one line per alert, worst first."""
    now = now or dt.datetime.now(dt.timezone.utc)
    snapshot = result.snapshot
    version = result.status.version if result.status else "?"
    lines = [tr("status", "Alertmanager %1 (version %2)").replace("%1", result.url).replace("%2", version)]
    if snapshot is None:
        return "\n".join(lines)
    alerts = snapshot.ordered()
    if not alerts:
        lines.append(tr("status", "No alert is firing."))
        return "\n".join(lines)
    counts: dict[Severity, int] = {}
    for severity in snapshot.severities.values():
        counts[severity] = counts.get(severity, 0) + 1
    parts = count_line(counts, tr)
    lines.append(tr("status", "Alerts: %1 (%2)").replace("%1", str(len(alerts))).replace("%2", parts))
    acked = tr("status", "acknowledged")
    firing = tr("status", "firing")
    for alert in alerts:
        severity = snapshot.severities[alert.fingerprint]
        where = alert.labels.get("instance") or alert.labels.get("service", "")
        state = acked if alert.silenced else firing
        lines.append(
            f"{alert.fingerprint}  {severity_word(severity, tr).upper():<9} {alert.alertname:<32} "
            f"{state:<12} {format_age(alert.starts_at, now):>6}  {where}  {alert.summary}".rstrip())
    return "\n".join(lines)
