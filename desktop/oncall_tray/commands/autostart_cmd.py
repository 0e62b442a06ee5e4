"""``oncall-tray autostart on|off|status``: start the tray with the session (no Qt)."""

from __future__ import annotations

import argparse
import shlex
import shutil

from .. import autostart
from ..config import LoadedConfig
from ..i18n import Translate
from .common import EXIT_OK, EXIT_USAGE, error, out, tr_for, warn_problems


def register(sub, tr: Translate) -> None:
    """Add the ``autostart`` subcommand, with help in ``tr``'s language."""
    parser = sub.add_parser("autostart", help=tr("cli_help", "start the tray when you log in: on, off, or show the "
                                                             "status"))
    parser.add_argument("action", choices=("on", "off", "status"),
                        help=tr("cli_help", "on: start with the session; off: do not; status: say which"))
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, loaded: LoadedConfig) -> int:
    """``on`` writes the entry for this installation (with ``--config``, ``--alertmanager`` and
    ``--prometheus`` when they were given), ``off`` removes it, ``status`` tells. Prints "on"
    or "off", where, and the command; exit 1 when the entry cannot be written or removed."""
    tr = tr_for(loaded)
    if args.action == "on" and loaded.problems:  # review 42 F9: said "on", each login then on the defaults
        warn_problems(loaded)
        error(tr("cli", "Until the settings file is fixed, the tray started with the session says what is wrong with "
                        "it and runs on the defaults where it is wrong."))
    mechanism = autostart.for_platform()
    try:
        if args.action == "on":
            options = [part for option, value in (("--alertmanager", args.alertmanager),
                                                  ("--prometheus", args.prometheus)) if value
                       for part in (option, value)]
            state = mechanism.enable(autostart.launch_command(args.config, options=options))
        elif args.action == "off":
            state = mechanism.disable()
        else:
            state = mechanism.state()
    except OSError as exc:
        from ..config_write import save_failure_text  # the error path only

        error(f"{tr('cli', 'cannot change the autostart entry')}: {save_failure_text(exc, tr)}")
        return EXIT_USAGE
    out(f"{tr('cli', 'Start with the session')}: {tr('cli', 'on') if state.enabled else tr('cli', 'off')}")
    out(state.location)
    if state.command:
        out(shlex.join(state.command))
        program = shutil.which(state.command[0])
        if state.enabled and program is None:
            error(tr("cli", "the entry starts %1, which does not exist any more; "
                            "run 'oncall-tray autostart on' again").replace("%1", state.command[0]))
    return EXIT_OK
