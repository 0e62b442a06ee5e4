"""``oncall-tray config path|init|check``."""

from __future__ import annotations

import argparse

from ..config import LoadedConfig
from ..config_write import UnwritablePath, keep_aside, write_example
from ..config_aliases import alias_problems
from ..connect import aliases_of
from ..i18n import Translate, resolve_language
from .common import EXIT_OK, EXIT_USAGE, error, out, tr_for


def register(sub, tr: Translate) -> None:
    """Add the ``config`` subcommand, with help in ``tr``'s language."""
    parser = sub.add_parser("config", help=tr("cli_help", "where the settings are, write an example, check them"))
    parser.add_argument("action", choices=("path", "init", "check"),
                        help=tr("cli_help", "path: print where the settings file is; init: write a commented "
                                            "example; check: list its problems (exit 1 if any but warnings)"))
    parser.add_argument("--force", action="store_true", help=tr("cli_help", "init: replace an existing file"))
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, loaded: LoadedConfig) -> int:
    """``path`` prints the file's path; ``init`` writes a commented example (its comments in the
    configured or system language; with ``--force``, the file it replaces is kept aside, and
    its copy named on stderr); ``check`` lists
    every problem with its key and line, and each member that is the same Alertmanager as one
    listed before it when they answer (``connect.aliases_of``; a warning with its key, item and
    line: ``config_aliases.alias_problems``), and exits 1 if there is any but warnings
    (``Problem.warning``: a key written twice, a file read as Windows-1252, an Alertmanager
    listed again under another address, used as written)."""
    if args.action == "path":
        out(loaded.path)
        return EXIT_OK
    tr = tr_for(loaded)
    if args.action == "init":
        try:
            kept = keep_aside(loaded.path) if args.force and loaded.path.is_file() else None
            write_example(loaded.path, force=args.force, language=resolve_language(loaded.config.language))
        except FileExistsError:
            error(tr("cli", "%1 exists; use --force to replace it").replace("%1", str(loaded.path)))
            return EXIT_USAGE
        except UnwritablePath as exc:
            error(exc.text(tr))
            return EXIT_USAGE
        out(loaded.path)
        if kept is not None:
            error(tr("cli", "The file it replaces was kept as %1.").replace("%1", str(kept)))
        return EXIT_OK
    if not loaded.exists:
        out(tr("cli", "%1: no file; the defaults apply").replace("%1", str(loaded.path)))
        return EXIT_OK
    # one Alertmanager under two names, which only its answers tell (review 61 W9): a warning, with
    # its key, item and line, as the tray says it (review 67 AC7)
    problems = [*loaded.problems, *alias_problems(loaded.path, aliases_of(loaded.config)).values()]
    for problem in problems:
        out(f"{loaded.path}: {problem.text(tr)}")
    if any(not problem.warning for problem in problems):
        return EXIT_USAGE
    if problems:  # warnings only: the file is used as written (review 61 W3)
        out(tr("cli", "%1: OK, with the warnings above (the file is used as written)").replace("%1", str(loaded.path)))
        return EXIT_OK
    out(tr("cli", "%1: OK").replace("%1", str(loaded.path)))
    return EXIT_OK
