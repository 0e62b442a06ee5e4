"""argparse in the engineer's language: the program's own help texts are translated by the
command modules (``register(sub, tr)``, context ``"cli_help"``); argparse's own words
("usage:", "positional arguments", "options", "show this help message and exit", its error
messages) are translated here, context ``"argparse"``.

argparse looks its words up with ``gettext`` in module-level calls; rather than change that
module or install a gettext catalogue for the whole process, ``Parser`` sets the words it owns
(group titles, the help option, the usage prefix through ``Formatter``) and translates an error
message by recognising argparse's English templates. A message of another shape is shown as
argparse wrote it. Also where the language comes from before the arguments are parsed:
``early_language``.
"""

from __future__ import annotations

import argparse
import dataclasses
import re
import sys
from functools import partial
from pathlib import Path

from .i18n import Message, Translate, english, resolve_language

#: Design notes, "Command line": a usage error exits 1 (argparse's own 2 means "unreachable").
EXIT_USAGE = 1


class Formatter(argparse.HelpFormatter):
    """argparse's help formatter with a translated "usage: " prefix.

    Args:
        tr: the translator (``tr(context, source)``); the rest as ``argparse.HelpFormatter``.
    """

    def __init__(self, prog: str, *args, tr: Translate = english, **kwargs) -> None:
        super().__init__(prog, *args, **kwargs)
        self._tr = tr

    def add_usage(self, usage, actions, groups, prefix=None) -> None:
        """As argparse's, with "usage: " in the translator's language."""
        tr = self._tr
        if prefix is None:
            prefix = tr("argparse", "usage: ")
        super().add_usage(usage, actions, groups, prefix)


class StoreOnce(argparse.Action):
    """argparse's plain "store", refusing an option given twice (``--alertmanager A
    --alertmanager B``): argparse would silently keep the last value, and the engineer would
    watch, silence or hand over to something else than one of the two they typed."""

    def __call__(self, parser, namespace, values, option_string=None) -> None:
        given = namespace.__dict__.setdefault("_given", set())
        if option_string is not None and self.dest in given:
            raise argparse.ArgumentError(self, "given more than once")
        given.add(self.dest)
        setattr(namespace, self.dest, values)


def refuse_repeats(parser: argparse.ArgumentParser) -> None:
    """Make ``parser``'s value options (added after this call) ``StoreOnce``."""
    parser.register("action", None, StoreOnce)
    parser.register("action", "store", StoreOnce)


class Parser(argparse.ArgumentParser):
    """argparse in ``tr``'s language, exiting 1 on a usage error (design notes; argparse's own
    2 here means "Alertmanager unreachable or refused"). Its subcommand parsers are made the
    same way, with the same translator.

    Args:
        tr: the translator; keyword only. The rest as ``argparse.ArgumentParser``.
    """

    def __init__(self, *args, tr: Translate = english, **kwargs) -> None:
        self.tr = tr
        kwargs.setdefault("formatter_class", partial(Formatter, tr=tr))
        add_help = kwargs.pop("add_help", True)
        super().__init__(*args, add_help=False, **kwargs)
        refuse_repeats(self)
        self._positionals.title = tr("argparse", "positional arguments")
        self._optionals.title = tr("argparse", "options")
        if add_help:
            self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS,
                              help=tr("argparse", "show this help message and exit"))

    def add_subparsers(self, **kwargs):
        """As argparse's; the subcommand parsers are ``Parser`` with this translator."""
        kwargs.setdefault("parser_class", partial(type(self), tr=self.tr))
        return super().add_subparsers(**kwargs)

    def error(self, message: str):
        """Print the usage and the message (translated when argparse's) on stderr; exit 1."""
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, Message("argparse", "%1: error: %2", (self.prog, argparse_message(message)))
                  .text(self.tr) + "\n")


#: argparse's English error templates (Python 3.9 to 3.13), as patterns, with our sentences.
_ERRORS: tuple[tuple[re.Pattern, Message], ...] = tuple((re.compile(pattern), message) for pattern, message in (
    (r"unrecognized arguments: (.*)", Message("argparse", "unrecognized arguments: %1")),
    (r"the following arguments are required: (.*)",
     Message("argparse", "the following arguments are required: %1")),
    (r"one of the arguments (.*) is required", Message("argparse", "one of the arguments %1 is required")),
    (r"invalid choice: (.*) \(choose from (.*)\)", Message("argparse", "invalid choice: %1 (choose from %2)")),
    (r"invalid (\S+) value: (.*)", Message("argparse", "invalid %1 value: %2")),
    (r"not allowed with argument (.*)", Message("argparse", "not allowed with argument %1")),
    (r"ignored explicit argument (.*)", Message("argparse", "ignored explicit argument %1")),
    (r"ambiguous option: (.*) could match (.*)", Message("argparse", "ambiguous option: %1 could match %2")),
    (r"expected one argument", Message("argparse", "expected one argument")),
    (r"given more than once", Message("argparse", "given more than once: give it once")),
    (r"expected at most one argument", Message("argparse", "expected at most one argument")),
    (r"expected at least one argument", Message("argparse", "expected at least one argument")),
    (r"expected (\d+) arguments?", Message("argparse", "expected %1 arguments")),
))
_ARGUMENT = re.compile(r"argument (\S+): (.*)", re.DOTALL)


def argparse_message(message: str) -> Message | str:
    """argparse's English error ``message`` as a translatable ``Message`` (context
    ``"argparse"``); one of another shape is returned as it is."""
    if match := _ARGUMENT.fullmatch(message):
        return Message("argparse", "argument %1: %2", (match[1], argparse_message(match[2])))
    for pattern, template in _ERRORS:  # template: a Message without its values
        if match := pattern.fullmatch(message):
            return dataclasses.replace(template, args=match.groups())
    return message


#: Global options that take a value (``--config`` is looked for; the others are skipped).
_VALUED = ("--alertmanager", "--prometheus")
#: The options of the command line as a whole (``cli``'s settings options): before the subcommand.
GLOBAL_OPTIONS = ("--config", *_VALUED, "--verbose")


def _subcommand_at(argv: list[str]) -> int | None:
    """Where the subcommand is in ``argv``: the first word that is neither an option nor the value
    of a global option; None when there is none (or ``--`` comes first)."""
    at = 0
    while at < len(argv):
        word = argv[at]
        if word == "--":
            return None
        if not word.startswith("-"):
            return at
        at += 2 if word in ("--config", *_VALUED) else 1
    return None


def misplaced_option(argv: list[str]) -> tuple[str, list[str]] | None:
    """The first global option (``GLOBAL_OPTIONS``, also written ``--option=value``) that ``argv``
    gives after the subcommand, and ``argv`` with it (and its value) moved before the subcommand;
    None when there is none. argparse only says "unrecognized arguments" (review 38 F16)."""
    start = _subcommand_at(argv)
    if start is None:
        return None
    for at in range(start + 1, len(argv)):
        word = argv[at]
        if word == "--":
            return None
        name = word.split("=", 1)[0]
        if word in GLOBAL_OPTIONS or (name in GLOBAL_OPTIONS and name != "--verbose"):
            end = at + 2 if word in ("--config", *_VALUED) else at + 1
            return name, argv[:start] + argv[at:end] + argv[start:at] + argv[end:]
    return None


def config_option(argv: list[str]) -> Path | None:
    """The ``--config PATH`` (or ``--config=PATH``) among the global options of ``argv``, read
    before argparse runs (the help texts need the language, and the language may be set in
    that file); the scan stops at the first word that is not an option (the subcommand)."""
    words = iter(argv)
    for word in words:
        if word == "--config":
            value = next(words, None)
            return Path(value) if value else None
        if word.startswith("--config="):
            value = word.split("=", 1)[1]
            return Path(value) if value else None
        if word in _VALUED:
            next(words, None)
        elif not word.startswith("-") or word == "--":
            break
    return None


#: Options whose value may start with a dash (a negative duration, refused with its reason).
DASHED_VALUES = ("--duration",)
_NEGATIVE = re.compile(r"-\d")


def attach_dashed_values(argv: list[str], options: tuple[str, ...] = DASHED_VALUES) -> list[str]:
    """``argv`` with ``--duration -5m`` written ``--duration=-5m``: argparse takes a word that
    starts with a dash for an option and would say only "expected one argument"; given the
    value, the duration check says what is wrong with it."""
    out: list[str] = []
    words = iter(argv)
    for word in words:
        out.append(word)
        if word == "--":
            out.extend(words)
        elif word in options:
            value = next(words, None)
            if value is not None and _NEGATIVE.match(value):
                out[-1] = f"{word}={value}"
            elif value is not None:
                out.append(value)
    return out


def early_language(argv: list[str]) -> str:
    """The language of the command line before argparse runs: the ``language`` setting of the
    file named by ``--config`` (or the default one), else the system's. Never raises (a bad or
    missing file gives the system's language)."""
    from .config import load_config

    return resolve_language(load_config(config_option(argv)).config.language)
