"""Logging: a rotating file in the user log folder; stderr as well with ``--verbose``.

One file per kind of process, so that no process rotates a file another one writes (code review
81 AX10: a command renamed ``oncall-tray.log`` to ``.1`` under the running tray, whose lines
then went there; on Windows the rename failed, a traceback at each record): the tray alone
writes ``oncall-tray.log`` (``TRAY_LOG``; one tray per user, ``instance``; the demo in a folder
of its own) and rotates it as it grows (``logging.handlers.RotatingFileHandler``); the one-shot
commands write ``oncall-tray-commands.log`` (``COMMANDS_LOG``), which several may hold at once:
it is rolled over only when a command starts and finds it past ``LOG_FILE_BYTES`` (the stdlib's
``doRollover``; a rename refused while another command holds it is left to the next one), never
during a run (a command writes a few lines: the file is at most one run past the size).

Secrets never reach a log: the client logs URLs and statuses only, never headers or bodies of
requests, and the settings hold no secret; a URL given to a log line as an argument of its own
(``log.info("... %s", url)``, httpx's "HTTP Request: GET <url>") has its password masked
(``MaskedUrls``), as the messages show it (``url_passwords.shown_url``).
"""

from __future__ import annotations

import datetime as dt
import logging
import logging.handlers
import os
import sys
from pathlib import Path

from .url_passwords import shown_url


LOG_FILE_BYTES = 1_000_000
LOG_FILE_COUNT = 3
#: The tray's log file, in the log folder, and the commands' (module docstring).
TRAY_LOG = "oncall-tray.log"
COMMANDS_LOG = "oncall-tray-commands.log"


class ZonedFormatter(logging.Formatter):
    """Log lines whose time is ISO 8601 with its UTC offset, to the millisecond
    ("2026-12-05 23:39:40.944-03:00"), in ``zone`` (a ``tzinfo``; None: the system's), so that
    a line can be matched to the times the windows, notifications and handoff show, which are in
    the settings' zone (review 51 G6)."""

    zone: dt.tzinfo | None = None

    def formatTime(self, record: logging.LogRecord, datefmt: str | None = None) -> str:  # noqa: N802 (logging's name)
        moment = dt.datetime.fromtimestamp(record.created, dt.timezone.utc).astimezone(self.zone)
        return moment.isoformat(sep=" ", timespec="milliseconds")


class MaskedUrls(logging.Filter):
    """Masks the password of every URL a log record is given as an argument (a ``str`` or an
    object such as ``httpx.URL`` whose text holds "://"), as messages show it
    (``url_passwords.shown_url``: ``https://alice:***@am:9093``, one typed before its "@host"
    too); an argument of several words (an error's reason) only when it holds an "@" (a user
    info, its password maybe holding a space: ``shown_url`` reads words after an address on its
    line as a password's, which would cut "http://am:9093 (timed out)"). The record is changed in
    place, before any handler formats it: the log file and stderr (``--verbose``) alike (code
    review 80 AU1)."""

    def filter(self, record: logging.LogRecord) -> bool:  # noqa: A003 (logging's name)
        if isinstance(record.args, dict):
            record.args = {key: _masked(value) for key, value in record.args.items()}
        elif isinstance(record.args, tuple):
            record.args = tuple(_masked(value) for value in record.args)
        return True


def _masked(value: object) -> object:
    """``value`` (a log record's argument) with its URL's password masked when its text is a
    single word holding "://"; itself otherwise."""
    if isinstance(value, (int, float)) or value is None:
        return value
    text = str(value)
    if "://" not in text or ("@" not in text and any(char.isspace() for char in text)):
        return value
    shown = shown_url(text)
    return value if shown == text else shown


def use_log_zone(zone: dt.tzinfo | None) -> None:
    """Write the times of the log lines in ``zone`` from now on (the settings' ``timezone``,
    ``Config.zone``), on every handler ``setup_logging`` installed."""
    for handler in logging.getLogger().handlers:
        if isinstance(handler.formatter, ZonedFormatter):
            handler.formatter.zone = zone


def setup_logging(verbose: bool, directory: Path, command: bool = False) -> Path | None:
    """Configure the root logger; returns the log file path (None if it could not be opened,
    in which case a warning goes to stderr and logging goes on there).

    Args:
        verbose: also log DEBUG and above to stderr (otherwise only errors reach stderr: a
            tray started from a terminal does not repeat there every failed poll; warnings
            too when the file cannot be written).
        directory: the log folder (``paths.Folders.log`` of the run).
        command: a one-shot command, which says each of its failures itself in plain words:
            nothing of the log reaches stderr without ``verbose`` (review 19: a journal error
            came twice, once as a raw log line); it writes ``COMMANDS_LOG``, rolled over at
            its start only, the tray ``TRAY_LOG`` (module docstring).
    """
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    for handler in list(root.handlers):
        root.removeHandler(handler)
        if isinstance(handler, logging.FileHandler):  # a log file of an earlier call: its descriptor
            handler.close()
    fmt = ZonedFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    stderr: logging.Handler | None = None
    if sys.stderr is not None:  # a windowed (GUI-script) process on Windows has no stderr
        stderr = logging.StreamHandler()
        stderr.setLevel(logging.DEBUG if verbose else logging.CRITICAL if command else logging.ERROR)
        stderr.setFormatter(fmt)
        stderr.addFilter(MaskedUrls())
        root.addHandler(stderr)
    # httpx logs every request at INFO; keep that for --verbose only.
    logging.getLogger("httpx").setLevel(logging.INFO if verbose else logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)
    path = directory / (COMMANDS_LOG if command else TRAY_LOG)
    try:
        directory.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(  # a command's: never rotated while it runs
            path, maxBytes=0 if command else LOG_FILE_BYTES, backupCount=LOG_FILE_COUNT, encoding="utf-8")
        if command:
            _roll_over_if_full(handler, path)
    except OSError as exc:
        if stderr is not None and not verbose and not command:
            stderr.setLevel(logging.WARNING)  # no file: stderr is all there is
        logging.getLogger(__name__).warning("cannot write the log file %s: %s", path, exc)
        return None
    handler.setFormatter(fmt)
    handler.addFilter(MaskedUrls())
    root.addHandler(handler)
    return path


def _roll_over_if_full(handler: logging.handlers.RotatingFileHandler, path: Path) -> None:
    """Roll ``handler``'s file (a command's, at its start) over when it is ``LOG_FILE_BYTES`` or
    more; a rename refused (another command holds the file, on Windows) leaves it to grow until
    the next command's start: the handler opens the file again at its first record."""
    try:
        if path.stat().st_size >= LOG_FILE_BYTES:
            handler.doRollover()
    except OSError:
        pass


def close_log_files(directory: Path) -> None:
    """Take off and close the root logger's log files in ``directory`` (a folder, looked at
    resolved), the others left as they are: before that folder is removed, which Windows refuses
    while a file in it is open (the demo's folder at a normal Quit: code review 76 AN6). Logging
    goes on in the handlers left (stderr)."""
    inside = directory.resolve()
    root = logging.getLogger()
    for handler in list(root.handlers):
        if isinstance(handler, logging.FileHandler) and Path(handler.baseFilename).resolve().is_relative_to(inside):
            root.removeHandler(handler)
            handler.close()


def attach_missing_streams() -> None:
    """Give the process a ``sys.stdout`` / ``sys.stderr`` that swallows output where it has
    none: a windowed build (PyInstaller ``console=False``, ``pythonw``, the ``oncall-tray-gui``
    script on Windows) or a start with those descriptors closed sets them to None, and any
    library's ``sys.stderr.write`` would then raise. The log file keeps what matters.

    Streams whose encoding cannot write every character (``PYTHONIOENCODING=ascii``, a legacy
    Windows console code page) write what they cannot as ``\\xNN`` escapes instead of raising
    ``UnicodeEncodeError`` in the middle of the output (alert names and labels are any text)."""
    for name in ("stdout", "stderr"):
        stream = getattr(sys, name)
        if stream is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115 (process lifetime)
        elif hasattr(stream, "reconfigure") and (stream.errors or "strict") == "strict":
            stream.reconfigure(errors="backslashreplace")
