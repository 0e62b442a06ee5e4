"""What the subcommands share: exit codes, messages on stderr, the translator."""

from __future__ import annotations

import sys

from ..config import LoadedConfig
from ..i18n import Translate, resolve_language, translator

#: Design notes, "Command line": 0 success, 1 usage or validation error, 2 Alertmanager
#: unreachable or refused.
EXIT_OK, EXIT_USAGE, EXIT_UNREACHABLE = 0, 1, 2


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
