"""What the subcommands share: exit codes, messages on stderr, the translator, the client,
and the steps of the commands that silence (durations, problems, confirmation)."""

from __future__ import annotations

import datetime as dt
import sys

from ..alertmanager.client import AlertmanagerClient
from ..alertmanager.errors import AlertmanagerError, NotFound, Refused
from ..config import Config, LoadedConfig
from ..alertmanager.models import Alert, PostableSilence
from ..core.durations import format_duration, parse_duration
from ..core.severity import SeverityMap
from ..core.silencing import Problem, SeverityOf, critical_alerts, needs_confirmation, validate
from ..i18n import Translate, resolve_language, translator

#: Design notes, "Command line": 0 success, 1 usage or validation error, 2 Alertmanager
#: unreachable or refused.
EXIT_OK, EXIT_USAGE, EXIT_UNREACHABLE = 0, 1, 2

_YES = ("y", "yes", "s", "sim")


def error(message: str) -> None:
    """One line on stderr, prefixed with the program's name."""
    print(f"oncall-tray: {message}", file=sys.stderr)


def warn_problems(loaded: LoadedConfig) -> None:
    """Tell about faults in the settings file (the defaults apply to those keys)."""
    for problem in loaded.problems:
        error(f"{loaded.path}: {problem} (using the default)")


def tr_for(loaded: LoadedConfig) -> Translate:
    """The translator for the configured (or system) language."""
    return translator(resolve_language(loaded.config.language))


def open_client(config: Config) -> AlertmanagerClient:
    """A client for the configured Alertmanager, with the configured timeout (close it)."""
    return AlertmanagerClient(config.alertmanager_url, timeout=config.request_timeout)


def alertmanager_failed(exc: AlertmanagerError, url: str, tr: Translate) -> int:
    """Report a failed request on stderr and return exit code 2. A refusal shows
    Alertmanager's own message as it sent it; anything else the reason and the URL."""
    if isinstance(exc, NotFound):
        detail = f": {exc.body}" if exc.body else ""
        error(tr("cli", "Alertmanager has no such silence (HTTP 404)") + detail)
    elif isinstance(exc, Refused):
        error(tr("cli", "Alertmanager refused (HTTP %1): %2").replace("%1", str(exc.status))
              .replace("%2", exc.body or exc.reason))
    else:
        error(f"{tr('cli', 'Alertmanager unreachable or refused')}: {url}: {exc.describe()}")
    return EXIT_UNREACHABLE


def duration_arg(text: str, tr: Translate) -> dt.timedelta | None:
    """``text`` parsed as a duration (``15m``, ``1h30m``, ``24h``), or None after saying why."""
    try:
        return parse_duration(text)
    except ValueError:
        error(tr("cli", "Invalid duration %1: use a whole number and a unit (ms, s, m, h, d, w, y), "
                        "largest first, such as 15m, 1h30m or 24h.").replace("%1", repr(text)))
        return None


def refuse(problems: list[Problem], tr: Translate) -> int:
    """Print each problem on its own line and return exit code 1 (nothing was sent)."""
    for problem in problems:
        error(problem.text(tr))
    error(tr("cli", "Nothing was sent to Alertmanager."))
    return EXIT_USAGE


def confirm(question: str, tr: Translate, assume_yes: bool) -> bool:
    """Ask ``question`` on a terminal; without one, only ``--yes`` (``assume_yes``) confirms.

    Returns True to go on; on False the reason has been printed."""
    if assume_yes:
        return True
    if not sys.stdin or not sys.stdin.isatty():
        error(question)
        error(tr("cli", "Confirmation needed: run again with --yes to go ahead."))
        return False
    print(question, file=sys.stderr)
    print(tr("cli", "Go ahead? [y/N] "), end="", file=sys.stderr, flush=True)
    answer = sys.stdin.readline()  # "" at end of input: no
    if answer.strip().lower() in _YES:
        return True
    error(tr("cli", "Cancelled; nothing was sent."))
    return False


def severity_of(config: Config) -> SeverityOf:
    """The configured mapping from an alert to its severity."""
    return SeverityMap(config.severity_synonyms).of


def critical_question(critical: list[Alert], duration: dt.timedelta, tr: Translate) -> str:
    """The guide's confirmation: critical alerts silenced beyond the investigation window."""
    names = ", ".join(f"{a.alertname or '?'} ({a.fingerprint})" for a in critical)
    return (tr("cli", "This silences critical alerts for %1, longer than the 15-minute investigation window "
                      "(the guide: never silence a critical alert without investigating): %2")
            .replace("%1", format_duration(duration, dt.timedelta(seconds=1))).replace("%2", names))


def send_new_silence(client: AlertmanagerClient, draft: PostableSilence, alerts: list[Alert],
                     config: Config, tr: Translate, assume_yes: bool) -> int:
    """The last steps of ``ack`` and ``silence add``: the guide's rules against the current
    alerts, the confirmation for a critical alert, then the silence; prints its ID.

    Returns the exit code. Raises AlertmanagerError when creating the silence fails."""
    problems = validate(draft, alerts)
    if problems:
        return refuse(problems, tr)
    of = severity_of(config)
    if needs_confirmation(draft, alerts, of):
        question = critical_question(critical_alerts(draft.matchers, alerts, of), draft.duration, tr)
        if not confirm(question, tr, assume_yes):
            return EXIT_USAGE
    print(client.create_silence(draft))
    return EXIT_OK
