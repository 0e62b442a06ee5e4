"""The command line: ``oncall-tray`` starts the tray; subcommands do one thing and exit.

One-shot subcommands never import Qt. Exit codes (design notes, "Command line"): 0 success,
1 usage or validation error, 2 Alertmanager unreachable or refused.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from . import __version__
from .config import LoadedConfig, load_config, write_example
from .i18n import resolve_language, translator

EXIT_OK, EXIT_USAGE, EXIT_UNREACHABLE = 0, 1, 2
log = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every subcommand of this version."""
    parser = argparse.ArgumentParser(
        prog="oncall-tray",
        description="System-tray companion for the on-call engineer: watches Prometheus Alertmanager.")
    parser.add_argument("--version", action="version", version=f"oncall-tray {__version__}")
    parser.add_argument("--config", type=Path, metavar="PATH", help="settings file (default: the user config folder)")
    parser.add_argument("--alertmanager", metavar="URL", help="Alertmanager URL (overrides the settings)")
    parser.add_argument("--verbose", action="store_true", help="log debug messages to stderr too")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    status = sub.add_parser("status", help="poll once and print the alerts, worst first")
    status.add_argument("--json", action="store_true", help="print JSON")
    config = sub.add_parser("config", help="where the settings are, write an example, check them")
    config.add_argument("action", choices=("path", "init", "check"))
    config.add_argument("--force", action="store_true", help="init: replace an existing file")
    sub.add_parser("demo", help="start a local Alertmanager with the on-call guide's alerts and the tray")
    sub.add_parser("tray", help="start the tray (the default)")
    return parser


def settings(args: argparse.Namespace) -> LoadedConfig:
    """Load the settings named by ``--config`` and apply ``--alertmanager``; problems in the file
    are logged (the caller decides whether they are fatal)."""
    loaded = load_config(args.config)
    config = loaded.config
    if args.alertmanager:
        config = config.with_overrides(alertmanager_url=args.alertmanager)
    return LoadedConfig(config, loaded.path, loaded.exists, loaded.problems)


def _warn_problems(loaded: LoadedConfig) -> None:
    for problem in loaded.problems:
        print(f"oncall-tray: {loaded.path}: {problem} (using the default)", file=sys.stderr)


def cmd_status(args: argparse.Namespace, loaded: LoadedConfig) -> int:
    """Poll once; print text or JSON; exit 2 with a one-line reason on stderr when it fails."""
    from .status import poll_once, render_json, render_text

    _warn_problems(loaded)
    result = poll_once(loaded.config)
    tr = translator(resolve_language(loaded.config.language))
    if args.json:
        print(render_json(result))
    elif result.error is None:
        print(render_text(result, tr))
    if result.error is not None:
        print(f"oncall-tray: {tr('cli', 'Alertmanager unreachable or refused')}: "
              f"{result.url}: {result.error.describe()}", file=sys.stderr)
        return EXIT_UNREACHABLE
    return EXIT_OK


def cmd_config(args: argparse.Namespace, loaded: LoadedConfig) -> int:
    """``config path`` prints the file's path; ``init`` writes a commented example;
    ``check`` lists every problem with its key and line and exits 1 if there is any."""
    if args.action == "path":
        print(loaded.path)
        return EXIT_OK
    if args.action == "init":
        try:
            write_example(loaded.path, force=args.force)
        except FileExistsError:
            print(f"oncall-tray: {loaded.path} exists; use --force to replace it", file=sys.stderr)
            return EXIT_USAGE
        except OSError as exc:
            print(f"oncall-tray: cannot write {loaded.path}: {exc}", file=sys.stderr)
            return EXIT_USAGE
        print(loaded.path)
        return EXIT_OK
    if not loaded.exists:
        print(f"{loaded.path}: no file; the defaults apply")
        return EXIT_OK
    for problem in loaded.problems:
        print(f"{loaded.path}: {problem}")
    if loaded.problems:
        return EXIT_USAGE
    print(f"{loaded.path}: OK")
    return EXIT_OK


def cmd_demo(args: argparse.Namespace, loaded: LoadedConfig) -> int:
    """Start a local Alertmanager with the guide's alerts, run the tray against it, stop it."""
    from .demo import AlertmanagerNotFound, LocalAlertmanager, guide_alerts

    try:
        am = LocalAlertmanager().start()
    except (AlertmanagerNotFound, RuntimeError, OSError) as exc:
        print(f"oncall-tray: {exc}", file=sys.stderr)
        return EXIT_USAGE
    try:
        am.post_alerts(guide_alerts())
    except Exception as exc:
        am.stop()
        print(f"oncall-tray: cannot post the demo alerts to {am.url}: {exc}", file=sys.stderr)
        return EXIT_USAGE
    print(f"oncall-tray: demo Alertmanager at {am.url} (stopped when the tray quits)", file=sys.stderr)
    config = loaded.config.with_overrides(alertmanager_url=am.url)
    return run_tray(LoadedConfig(config, loaded.path, loaded.exists, loaded.problems), cleanups=[am.stop])


def run_tray(loaded: LoadedConfig, cleanups=()) -> int:
    """Start the Qt application (imported only here); ``cleanups`` run when it ends."""
    from .ui.app import run

    return run(loaded, cleanups)


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``oncall-tray`` and ``oncall-tray-gui``; returns the exit code."""
    from .logs import setup_logging

    parser = build_parser()
    args = parser.parse_args(argv)
    setup_logging(args.verbose)
    loaded = settings(args)
    if args.command == "status":
        return cmd_status(args, loaded)
    if args.command == "config":
        return cmd_config(args, loaded)
    if args.command == "demo":
        return cmd_demo(args, loaded)
    return run_tray(loaded)


if __name__ == "__main__":
    sys.exit(main())
