"""``oncall-tray demo``: a local Alertmanager with the guide's alerts, and the tray on it."""

from __future__ import annotations

import argparse

from ..config import LoadedConfig
from ..i18n import Translate
from .common import EXIT_USAGE, error


def register(sub, tr: Translate) -> None:
    """Add the ``demo`` subcommand, with help in ``tr``'s language."""
    parser = sub.add_parser("demo", help=tr("cli_help", "start a local Alertmanager with the on-call guide's alerts "
                                                        "(and a Prometheus with some history, when installed) and "
                                                        "the tray"))
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, loaded: LoadedConfig) -> int:
    """Start the Alertmanager, post the alerts, run the tray; the Alertmanager stops with it."""
    from ..demo import AlertmanagerNotFound, LocalAlertmanager, guide_alerts
    from ..desktop_session import missing_display

    reason = missing_display()
    if reason:  # before any server starts: nothing to leave behind
        error(reason)
        return EXIT_USAGE
    from ..ui.app import run as run_tray

    try:
        am = LocalAlertmanager().start()
    except (AlertmanagerNotFound, RuntimeError, OSError) as exc:
        error(str(exc))
        return EXIT_USAGE
    try:
        am.post_alerts(guide_alerts())
    except Exception as exc:
        am.stop()
        error(f"cannot post the demo alerts to {am.url}: {exc}")
        return EXIT_USAGE
    error(f"demo Alertmanager at {am.url} (stopped when the tray quits)")
    loaded = loaded.overridden(alertmanager_url=am.url, alertmanager_peers=())
    cleanups = [am.stop]
    prometheus = start_demo_prometheus()
    if prometheus is not None:
        cleanups.append(prometheus.stop)
        loaded = loaded.overridden(prometheus_url=prometheus.url)
    return run_tray(loaded, cleanups=cleanups)


def start_demo_prometheus():
    """A Prometheus with the demo alerts' history (issue 8), or None (with a note on stderr)
    when it is not installed or does not start: the demo goes on without trends."""
    import time

    from ..local_prometheus import LocalPrometheus, PrometheusNotFound, guide_history

    try:
        prometheus = LocalPrometheus(guide_history(time.time())).start()
    except (PrometheusNotFound, RuntimeError, OSError) as exc:
        error(f"no demo Prometheus, so no trends: {exc}")
        return None
    error(f"demo Prometheus at {prometheus.url} (stopped when the tray quits)")
    return prometheus
