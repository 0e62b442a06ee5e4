"""The command line: ``oncall-tray`` starts the tray; subcommands do one thing and exit.

Subcommands live in ``commands/``, one module each. One-shot subcommands never import Qt.
The help texts and argparse's own words are in the engineer's language: it is known before the
arguments are parsed from the ``language`` setting of the file named by ``--config`` (or the
default file), else the system's (``cli_parser.early_language``).
Exit codes (design notes, "Command line"): 0 success, 1 usage or validation error,
2 Alertmanager unreachable or refused.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import shlex
import sys
from pathlib import Path

from . import __version__
from .alertmanager.errors import AlertmanagerError
from .cli_parser import Parser, attach_dashed_values, early_language, misplaced_option, refuse_repeats
from .commands import modules
from .commands.common import EXIT_OK, EXIT_USAGE, Cancelled, alertmanager_failed, error, tr_for, waiting_store
from .config import LoadedConfig, load_config
from .config_problems import Problem
from .config_urls import check_url
from .connect import with_its_own_login
from .i18n import Message, Translate, english, translator
from .url_passwords import shown_url


def build_parser(tr: Translate = english) -> argparse.ArgumentParser:
    """The argument parser: global options and every subcommand, in ``tr``'s language."""
    parser = Parser(
        prog="oncall-tray", tr=tr,
        description=tr("cli_help", "System-tray companion for the on-call engineer: watches Prometheus "
                                   "Alertmanager."))
    parser.add_argument("--version", action="version", version=f"oncall-tray {__version__}",
                        help=tr("argparse", "show program's version number and exit"))
    _add_settings_options(parser, tr)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in modules():
        module.register(sub, tr)
    sub.add_parser("tray", help=tr("cli_help", "start the tray (the default)"), description=tr(
        "cli_help", "Start the tray on the settings' Alertmanager (or the --alertmanager URL given before `tray`): "
                    "it polls it, notifies, keeps the SLA clocks and the shift journal. The same as oncall-tray "
                    "with no command. It needs a graphical session; started again with the same settings, it "
                    "brings the running tray's alerts window to the front."))
    return parser


def _add_settings_options(parser: argparse.ArgumentParser, tr: Translate) -> None:
    """The global options every command shares: ``--config``, ``--alertmanager``,
    ``--prometheus``, ``--verbose``."""
    def settings_path(text: str) -> Path:
        if not text.strip():  # Path("") is the current folder: "cannot read ." would puzzle
            raise argparse.ArgumentTypeError(tr("cli", "no path given"))
        return Path(text)

    parser.add_argument("--config", type=settings_path, metavar="PATH",
                        help=tr("cli_help", "settings file (default: the user config folder)"))
    parser.add_argument("--alertmanager", metavar="URL",
                        help=tr("cli_help", "Alertmanager URL (overrides the settings); several, comma-separated, "
                                            "for an HA cluster"))
    parser.add_argument("--prometheus", metavar="URL",
                        help=tr("cli_help", "Prometheus URL for trends (overrides the settings)"))
    parser.add_argument("--verbose", action="store_true", help=tr("cli_help", "log debug messages to stderr too"))


class _NotTheTray(Exception):
    """Raised by ``_TrayOnlyParser`` for anything but the global options."""


class _TrayOnlyParser(argparse.ArgumentParser):
    """Knows only the settings options and ``tray``; raises ``_NotTheTray`` where argparse
    would print an error, so that the full parser then says what is wrong."""

    def error(self, message: str):
        raise _NotTheTray(message)


def tray_arguments(argv: list[str]) -> argparse.Namespace | None:
    """The parsed arguments when ``argv`` only starts the tray (global options, optionally
    ``tray``), else None (a subcommand, ``--help``, ``--version``, or anything wrong: the full
    parser handles those). Saves importing the subcommand modules, which the tray, running for
    days, never uses (memory: issue 2)."""
    parser = _TrayOnlyParser(prog="oncall-tray", add_help=False, exit_on_error=False)
    refuse_repeats(parser)  # a repeat goes to the full parser, which says so
    _add_settings_options(parser, english)
    parser.add_argument("command", nargs="?", choices=("tray",))
    try:
        args, rest = parser.parse_known_args(argv)
    except (_NotTheTray, argparse.ArgumentError):
        return None
    return None if rest else args


class UsageError(ValueError):
    """A global option with a bad value (exit 1): ``subject`` (the option and its value) and
    the translatable ``reason``; ``str()`` is English, ``text(tr)`` translated."""

    def __init__(self, reason: Message, subject: str = "") -> None:
        self.reason, self.subject = reason, subject
        super().__init__(self.text())

    def text(self, tr: Translate = english) -> str:
        """``subject: reason`` in ``tr``'s language."""
        return f"{self.subject}: {self.reason.text(tr)}" if self.subject else self.reason.text(tr)


def settings(args: argparse.Namespace) -> LoadedConfig:
    """Load the settings named by ``--config`` and apply ``--alertmanager`` and ``--prometheus``.
    The keyring of the run (``commands.common.waiting_store``) is opened here as
    ``LoadedConfig.store``, and reads the login recorded for an ``--alertmanager`` address: said
    before the desktop's unlock prompt, bounded, and a command's later reads share it (one
    prompt per command: review 46 F2); the tray's start waits no longer than a command's.

    Raises:
        UsageError: an option's URL is not an http(s) URL with a host, or holds a password
            (the same check as the settings file's).
    """
    loaded = load_config(args.config, named=_named(args.config))
    loaded = dataclasses.replace(loaded, store=waiting_store(loaded.config))
    if args.alertmanager is not None:
        urls = [url.strip() for url in args.alertmanager.split(",") if url.strip()]
        if not urls:
            raise UsageError(Message("cli", "--alertmanager: no URL given"))
        for url in urls:
            problem = check_url(url)
            if problem:
                raise UsageError(problem, f"--alertmanager {shown_url(url)}")
        loaded = with_its_own_login(loaded.overridden(alertmanager_url=urls[0], alertmanager_peers=tuple(urls[1:])),
                                    loaded.store)
    if args.prometheus is not None:
        problem = check_url(args.prometheus, alertmanager=False)  # its password is not for `login` (review 42 F12)
        if problem:
            raise UsageError(problem, f"--prometheus {shown_url(args.prometheus)}")
        loaded = loaded.overridden(prometheus_url=args.prometheus)
    return loaded


def _named(path: Path | None) -> bool:
    """Whether ``--config`` names a file other than the default one (whose absence is normal)."""
    from .paths import default_config_path

    return path is not None and path.expanduser().absolute() != default_config_path().absolute()


def _works_without_the_file(args: argparse.Namespace) -> bool:
    """Whether the command may run when the settings file named by ``--config`` does not exist:
    ``config path`` and ``config init`` (which creates it), and the tray (``demo`` too), which
    starts on the defaults and says so. Every other command refuses: one run against the
    default Alertmanager, with the default name and credentials, because of a mistyped path,
    would show or silence the wrong alerts."""
    if args.command == "config":
        return args.action in ("path", "init")
    return args.command in (None, "tray", "demo")


def _acts(args: argparse.Namespace) -> bool:
    """Whether the command changes something or stores a secret: ``login``, ``logout``, ``ack``,
    ``escalate``, ``silence add|extend|expire``, ``handoff start|end|note``. With a settings file
    that cannot be read at all these refuse, as for a missing one (``_works_without_the_file``):
    they would act on the default Alertmanager with the default name (review 38 F3, F10)."""
    action = getattr(args, "action", None)
    return args.command in ("login", "logout", "ack", "escalate") or (
        args.command == "silence" and action in ("add", "extend", "expire")) or (
        args.command == "handoff" and action in ("start", "end", "note"))


#: The settings that decide where and as whom a command acts: one of them fallen back to its
#: default (a typo such as ``htp://``) stops the commands that ``_acts`` (review 42 F3).
_DECIDING = ("alertmanager_url", "engineer")


def _deciding_problem(loaded: LoadedConfig) -> Problem | None:
    """The problem that would make a command act elsewhere or as someone else than the
    settings say: the file unreadable (every setting has its default), else ``alertmanager_url``
    (unless given with ``--alertmanager``) or ``engineer`` fallen back to its default."""
    problems = loaded.problems
    return next((p for p in problems if p.kind == "file"), None) or next(
        (p for p in problems if p.key in _DECIDING and p.uses_default and p.key not in loaded.overrides), None)


def _refusal(args: argparse.Namespace, loaded: LoadedConfig, problem: Problem, tr: Translate, signer: str) -> str:
    """Why a command that ``_acts`` did nothing (``problem``: ``_deciding_problem``): the file
    and why, the command, the Alertmanager and the name it would have signed with (``signer``),
    and how to see what is wrong with the file; one line, in ``tr``'s language."""
    command = " ".join(word for word in (args.command, getattr(args, "action", None)) if word)
    check = f"oncall-tray --config {loaded.path} config check" if args.config is not None else "oncall-tray config check"
    if problem.kind == "file":
        return Message("cli", "settings file %1 cannot be read (%2): oncall-tray %3 would run without your settings "
                              "(on Alertmanager %4, as %5), so nothing was done; fix the file first (see: %6)", (
            str(loaded.path), problem.cause_text(tr), command, loaded.config.alertmanager_url, signer, check)).text(tr)
    return Message("cli", "settings file %1: %2: oncall-tray %3 would run on the default (on Alertmanager %4, as %5), "
                          "so nothing was done; fix the file first (see: %6)", (
        str(loaded.path), problem.text(tr), command, loaded.config.alertmanager_url, signer, check)).text(tr)


def _changes_what_the_tray_shows(args) -> bool:
    """Whether the command just changed a silence or the journal (ack, silence add, expire or
    extend, escalate, a handoff note), or the credentials (login, logout: review 54 M13, the
    tray's next poll sent the old password): the running tray of the same settings is asked to
    poll, its connection opened again with what the keyring holds then."""
    action = getattr(args, "action", None)
    return (args.command in ("ack", "escalate") and not getattr(args, "dry_run", False)) or (
        args.command in ("login", "logout")) or (
        args.command == "silence" and action in ("add", "expire", "extend")) or (
        args.command == "handoff" and action == "note")


#: The exit code after Ctrl-C (128 + SIGINT, as shells report it).
EXIT_INTERRUPTED = 130


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``oncall-tray`` and ``oncall-tray-gui``; returns the exit code:
    ``EXIT_INTERRUPTED`` after Ctrl-C, without a traceback (review 32). What a command had
    written is in the journal's committed transactions or not at all."""
    try:
        return _main(argv)
    except KeyboardInterrupt as exc:
        if not isinstance(exc, Cancelled):  # not said by the command (``commands.common.interrupted``)
            print(file=sys.stderr)  # after the terminal's "^C"
        return EXIT_INTERRUPTED


def _main(argv: list[str] | None) -> int:
    from .logs import attach_missing_streams, setup_logging, use_log_zone
    from .paths import Folders

    attach_missing_streams()
    argv = attach_dashed_values(sys.argv[1:] if argv is None else argv)
    tr = translator(early_language(argv))
    args = tray_arguments(argv)
    if args is None and (misplaced := misplaced_option(argv)) is not None:
        option, moved = misplaced
        error(Message("cli", "%1 is a global option: put it before the subcommand: %2", (
            option, shlex.join(["oncall-tray", *(shown_url(word) for word in moved)]))).text(tr))
        return EXIT_USAGE
    args = args or build_parser(tr).parse_args(argv)
    folders = Folders.for_user()  # this run's folders, passed down (paths.Folders); the demo's are its own
    if getattr(args, "command", None) != "demo":  # the demo logs in its own folder (code review 72 AH1)
        setup_logging(args.verbose, folders.log, command=getattr(args, "handler", None) is not None)
    handler = getattr(args, "handler", None)
    try:
        loaded = dataclasses.replace(settings(args), folders=folders)
    except UsageError as exc:
        error(exc.text(tr))
        return EXIT_USAGE
    use_log_zone(loaded.config.zone())  # the times the windows and the handoff show (review 51 G6)
    if _named(args.config) and not loaded.exists and not _works_without_the_file(args):
        tr = tr_for(loaded)
        error(tr("cli", "settings file %1 does not exist: check --config, or create it with "
                        "oncall-tray --config %1 config init").replace("%1", str(loaded.path)))
        return EXIT_USAGE
    unreadable = _deciding_problem(loaded)
    if unreadable is not None and handler is not None and _acts(args):
        from .commands.journal_common import on_call
        from .core.journal_file import present

        # the open shift's engineer signs, whatever ``engineer`` says (review 44 F8); no journal made for it
        signer = on_call(loaded) if present(loaded.journal_file()) else loaded.config.engineer
        if unreadable.key != "engineer" or signer == loaded.config.engineer:
            tr = tr_for(loaded)
            error(_refusal(args, loaded, unreadable, tr, signer)
                  + getattr(args, "given_back", lambda _args, _tr: "")(args, tr))
            return EXIT_USAGE
    if handler is not None:
        try:
            code = handler(args, loaded)
            if code == EXIT_OK and _changes_what_the_tray_shows(args):  # review 28: seen at once, not at its next poll
                from .instance import refresh_running_tray

                refresh_running_tray(loaded.path, loaded.config.alertmanager_urls())
            return code
        except AlertmanagerError as exc:  # opening the connection failed (keyring, TLS settings)
            return alertmanager_failed(exc, loaded, tr_for(loaded))
        except BrokenPipeError:  # `oncall-tray silence list | head`: the reader left, not an error
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            return EXIT_OK
    from .allocator import keep_large_blocks_returnable, share_one_heap

    keep_large_blocks_returnable()  # the tray runs for days: give large freed buffers back
    share_one_heap()  # and keep one heap's free space, not one per thread (before any thread starts)
    from .ui.launch import run

    return run(loaded)


if __name__ == "__main__":
    sys.exit(main())
