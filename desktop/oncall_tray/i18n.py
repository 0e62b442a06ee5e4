"""Language choice and translations for the parts that run without Qt (the command line).

The translations live in Qt Linguist files, ``resources/translations/oncall_tray_<lang>.ts``
(sources) and ``.qm`` (compiled, loaded by the Qt interface with QTranslator). The command line
reads the same ``.ts`` source with ElementTree, so one catalogue serves both. A ``tr`` function
has Qt's signature: ``tr(context, source_text) -> str``. A ``tr`` may carry a ``number``
attribute, ``number(value) -> str``, that writes a ``Number`` in its language (the command line's
from ``translator``; the Qt interface's, ``ui.translations.translate``, with QLocale).
"""

from __future__ import annotations

import locale
import os
import re
from collections.abc import Callable
from dataclasses import dataclass

from .paths import shipped

Translate = Callable[[str, str], str]
SHIPPED = ("pt_BR", "en")
_MARKER = re.compile(r"%(\d+)")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (Qt's name, for the extractor)
    """Mark ``text`` for translation in ``context`` without translating it here."""
    return text


def english(_context: str, source: str) -> str:
    """The ``Translate`` that keeps the English source text."""
    return source


#: The decimal separator of the languages that do not write a point (the command line's numbers).
_DECIMAL_SEPARATORS = {"pt_BR": ","}


@dataclass(frozen=True)
class Number:
    """A number in a ``Message`` (``0.5``), written when shown with the decimal separator of the
    language: by the translator's ``number`` hook when it has one, else as Python's ``:g``."""

    value: float

    def text(self, tr: Translate = english) -> str:
        """The number as ``tr``'s language writes it."""
        hook = getattr(tr, "number", None)
        return hook(self.value) if hook is not None else f"{self.value:g}"

    def __str__(self) -> str:
        return self.text()


@dataclass(frozen=True)
class Message:
    """A sentence kept untranslated until it is shown: ``template`` (English, with ``%1``, ``%2``
    markers) in translation ``context``, and the values of its markers. ``Message("ctx",
    "literal", ...)`` calls are extracted for translation like ``tr("ctx", "literal")``.

    Args (attributes):
        context: the catalogue context, e.g. "settings" or "keyring".
        template: the English text.
        args: the values of ``%1``, ``%2``...: plain strings, Messages (translated with the
            same ``tr``), Numbers (written with its decimal separator), or anything else with a
            ``text(tr)`` (``reasons.Reason``).
    """

    context: str
    template: str
    args: tuple[str | Message | Number, ...] = ()

    def text(self, tr: Translate = english) -> str:
        """The sentence in ``tr``'s language (``tr(context, source)``: the command line's
        translator or ``QCoreApplication.translate``); English by default. Markers are replaced
        in one pass, so a value holding ``%2`` stays as it is."""
        values = [a.text(tr) if callable(getattr(a, "text", None)) else str(a) for a in self.args]

        def value(match: re.Match) -> str:
            number = int(match.group(1))
            return values[number - 1] if 0 < number <= len(values) else match.group(0)

        lookup = tr  # (named so that the extractor does not take this call for a literal one)
        return _MARKER.sub(value, lookup(self.context, self.template))

    def __str__(self) -> str:
        return self.text()


def text_of(value: Message | str, tr: Translate = english) -> str:
    """``value`` in ``tr``'s language: a ``Message`` translated, a plain string as it is."""
    return value.text(tr) if isinstance(value, Message) else value


def _untranslated(value: str) -> bool:
    return value in ("C", "POSIX") or value.startswith(("C.", "POSIX."))


def system_language() -> str:
    """The system locale's language as ``ll_CC`` or ``ll`` ("" when unknown, or the locale is
    C/POSIX): the first of LC_ALL, LC_MESSAGES, LANG that is set decides, as for gettext
    (review 42 F7: ``LC_ALL=C`` before a script's command still gave Portuguese under
    ``LANG=pt_BR``); else the locale module (Windows gives names like "Portuguese_Brazil")."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value:
            return "" if _untranslated(value) else value.split(".")[0]
    try:
        name = locale.getlocale()[0] or ""
    except ValueError:
        name = ""
    return name


def system_languages() -> list[str]:
    """The languages the system asks for, first choice first, in gettext's order: the
    ``LANGUAGE`` list (``pt_BR:pt:en``), then the locale's language (``system_language``); not
    the list under a C or POSIX locale, which gettext ignores it for."""
    language = system_language()
    decisive = next((os.environ[var] for var in ("LC_ALL", "LC_MESSAGES", "LANG") if os.environ.get(var)), "")
    if _untranslated(decisive):
        return [language]
    wanted = [entry.split(".")[0] for entry in os.environ.get("LANGUAGE", "").split(":") if entry]
    return wanted + [language]


def resolve_language(setting: str, system: str | None = None) -> str:
    """The language to use: ``setting`` if set (pt_BR or en), else the first of the system's
    languages (``system``, or ``system_languages()``) that is Portuguese (pt_BR) or English,
    else en (design notes, "Users and their machines")."""
    if setting in SHIPPED:
        return setting
    for name in ([system] if system is not None else system_languages()):
        name = name.lower()
        if name.startswith(("pt", "portuguese")):
            return "pt_BR"
        if name.startswith(("en", "english")):
            return "en"
    return "en"


def translation_file(language: str, suffix: str):
    """The path of ``oncall_tray_<language>.<suffix>`` in the shipped resources."""
    return shipped("translations", f"oncall_tray_{language}.{suffix}")


def load_catalog(language: str) -> dict[tuple[str, str], str]:
    """(context, source) -> translation, from the shipped ``.ts`` of ``language``.

    Unfinished or empty translations are left out. A missing or unreadable file gives {}.
    Only the command line reads a ``.ts``, so ElementTree is imported here: the tray, which
    uses Qt's ``.qm``, does not carry it (memory, issue 2).
    """
    import xml.etree.ElementTree as ET

    try:
        root = ET.fromstring(translation_file(language, "ts").read_bytes())
    except (OSError, ET.ParseError):
        return {}
    table: dict[tuple[str, str], str] = {}
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None or not translation.text:
                continue
            if translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            table[(name, source)] = translation.text
    return table


def translator(language: str) -> Translate:
    """A ``tr(context, source)`` function for ``language``; untranslated text passes through.
    Its ``number`` attribute writes a ``Number`` with the language's decimal separator.

    The catalog is read on the first call, not before: the tray keeps one for messages it may
    never print, and reading the ``.ts`` costs about 2 MB of resident memory that stays (issue 2).
    """
    table: dict[tuple[str, str], str] | None = None

    def tr(context: str, source: str) -> str:
        nonlocal table
        if table is None:
            table = load_catalog(language)
        return table.get((context, source), source)

    separator = _DECIMAL_SEPARATORS.get(language, ".")
    tr.number = lambda value: f"{value:g}".replace(".", separator)
    return tr
