"""``oncall-tray demo``: a local Alertmanager with the guide's alerts, and the tray on it."""

from __future__ import annotations

import argparse
import dataclasses
import shutil
import tempfile
from pathlib import Path

from ..config import LoadedConfig
from ..i18n import Translate
from ..logs import close_log_files, setup_logging
from ..paths import Folders
from .common import EXIT_USAGE, error, tr_for


def register(sub, tr: Translate) -> None:
    """Add the ``demo`` subcommand, with help in ``tr``'s language."""
    parser = sub.add_parser("demo", help=tr("cli_help", "start a local Alertmanager with the on-call guide's alerts "
                                                        "(and a Prometheus with some history, when installed) and "
                                                        "the tray"),
                            description=tr("cli_help", "Start a local Alertmanager (and a Prometheus with some "
                                                       "backfilled history, when Debian's prometheus is installed), "
                                                       "post the on-call guide's twelve alerts to it and start the "
                                                       "tray on it; quit from the tray menu. The demo keeps a folder "
                                                       "and a shift journal of its own, deleted when it quits: "
                                                       "nothing of your real shift is touched, and its made-up "
                                                       "alerts are marked [Demo]."))
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, loaded: LoadedConfig) -> int:
    """Start the Alertmanager, post the alerts, run the tray on a shift journal of its own (the
    engineer's real one is left alone); the Alertmanager and that journal go with the tray.
    Everything the demo's tray shows is marked as the demo's (``LoadedConfig.demo``), and the
    terminal says so first when another tray runs (review 68 AF6)."""
    from ..demo import AlertmanagerNotFound, LocalAlertmanager, guide_alerts
    from ..desktop_session import missing_display

    tr = tr_for(loaded)
    reason = missing_display()
    if reason:  # before any server starts: nothing to leave behind
        error(reason.text(tr))
        return EXIT_USAGE
    from ..ui.launch import run as run_tray
    from ..ui.single_instance import trays_running

    if trays_running():  # it still runs: everything it shows is marked as the demo's (review 68 AF6)
        error(tr("cli", "another oncall-tray is running: the demo's alerts are made up, and marked [Demo] in "
                        "its notifications, icon, menu and windows"))
    try:
        am = LocalAlertmanager().start()
    except (AlertmanagerNotFound, RuntimeError, OSError) as exc:
        error(str(exc))
        return EXIT_USAGE
    try:
        am.post_alerts(guide_alerts())
    except Exception as exc:
        am.stop()
        error(tr("cli", "cannot post the demo alerts to %1: %2").replace("%1", am.url).replace("%2", str(exc)))
        return EXIT_USAGE
    error(tr("cli", "demo Alertmanager at %1 (stopped when the tray quits)").replace("%1", am.url))
    # the demo's shift is not the engineer's: its own journal, gone with the demo; every file it
    # writes (drafts, notes, the settings' kept copy, notifications on screen, icons, its log) in
    # its own folders, passed down on ``LoadedConfig.folders``: the real tray beside it uses the
    # user's (code review 72 AH1: it withdrew the real tray's notifications at its start)
    scratch = Path(tempfile.mkdtemp(prefix="oncall-tray-demo-"))
    folders = Folders.inside(scratch)
    loaded = dataclasses.replace(loaded.overridden(alertmanager_url=am.url, alertmanager_peers=()),
                                 path=own_settings(loaded, scratch), journal=scratch / "journal.db", demo=True,
                                 folders=folders)
    cleanups = [am.stop]
    prometheus = start_demo_prometheus(tr)
    if prometheus is not None:
        cleanups.append(prometheus.stop)
        loaded = loaded.overridden(prometheus_url=prometheus.url)
    setup_logging(getattr(args, "verbose", False), folders.log)  # the demo's log apart from the real tray's
    removed: list[Path] = []  # the run ended with no crash: its folder's removal was tried

    def remove_scratch() -> None:
        removed.append(scratch)
        remove_demo_folder(scratch, folders.log, tr)

    code = run_tray(loaded, cleanups=cleanups, unless_crashed=[remove_scratch])
    if not removed:  # a crash: its log, which the crash dialog named, kept for a report (code review 73 AJ5)
        error(tr("cli", "the demo's files are kept in %1 (its log: %2)").replace("%1", str(scratch)).replace(
            "%2", str(folders.log)))
    return code


def remove_demo_folder(scratch: Path, log_folder: Path, tr: Translate) -> None:
    """Remove the demo's folder ``scratch`` after a run with no crash, its log files in
    ``log_folder`` (inside it) closed first: Windows refuses to remove an open file, and the
    folder left was taken for a crash's (code review 76 AN6). A removal that fails all the same
    is said on stderr with the folder's path, as no crash."""
    close_log_files(log_folder)
    try:
        shutil.rmtree(scratch)
    except OSError as exc:
        error(tr("cli", "the demo's folder %1 could not be removed (%2); it ended normally, and you can delete "
                        "the folder").replace("%1", str(scratch)).replace("%2", exc.strerror or str(exc)))


def own_settings(loaded: LoadedConfig, scratch: Path) -> Path:
    """A copy of ``loaded``'s settings file in ``scratch`` (none made when there is no such file),
    for the demo's Settings… to edit: the engineer's file, which the real tray applies, is left
    as it is (code review 72 AH9). Returns the copy's path."""
    copy = scratch / "config.yaml"
    try:
        shutil.copyfile(loaded.path, copy)  # ``scratch`` is the user's only (mkdtemp: 0700)
    except OSError:  # none, or unreadable: the demo's Settings… start from what was read
        pass
    return copy


def start_demo_prometheus(tr: Translate):
    """A Prometheus with the demo alerts' history (issue 8), or None (with a note on stderr)
    when it is not installed or does not start: the demo goes on without trends."""
    import time

    from ..local_prometheus import LocalPrometheus, PrometheusNotFound, guide_history

    try:
        prometheus = LocalPrometheus(guide_history(time.time())).start()
    except (PrometheusNotFound, RuntimeError, OSError) as exc:
        error(tr("cli", "no demo Prometheus, so no trends: %1").replace("%1", str(exc)))
        return None
    error(tr("cli", "demo Prometheus at %1 (stopped when the tray quits)").replace("%1", prometheus.url))
    return prometheus
