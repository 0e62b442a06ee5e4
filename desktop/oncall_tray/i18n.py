"""Language choice and translations for the parts that run without Qt (the command line).

The translations live in Qt Linguist files, ``resources/translations/oncall_tray_<lang>.ts``
(sources) and ``.qm`` (compiled, loaded by the Qt interface with QTranslator). The command line
reads the same ``.ts`` source with ElementTree, so one catalogue serves both. A ``tr`` function
has Qt's signature: ``tr(context, source_text) -> str``.
"""

from __future__ import annotations

import locale
import os
import xml.etree.ElementTree as ET
from collections.abc import Callable
from importlib import resources

Translate = Callable[[str, str], str]
SHIPPED = ("pt_BR", "en")


def system_language() -> str:
    """The system's language as ``ll_CC`` or ``ll`` ("" when unknown); reads LC_ALL,
    LC_MESSAGES, LANG, then the locale module (Windows gives names like "Portuguese_Brazil")."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var, "")
        if value and value not in ("C", "POSIX") and not value.startswith("C."):
            return value.split(":")[0].split(".")[0]
    try:
        name = locale.getlocale()[0] or ""
    except ValueError:
        name = ""
    return name


def resolve_language(setting: str, system: str | None = None) -> str:
    """The language to use: ``setting`` if set (pt_BR or en), else pt_BR when the system speaks
    Portuguese, else en (design notes, "Users and their machines")."""
    if setting in SHIPPED:
        return setting
    system = system_language() if system is None else system
    return "pt_BR" if system.lower().startswith(("pt", "portuguese")) else "en"


def translation_file(language: str, suffix: str):
    """The Traversable of ``oncall_tray_<language>.<suffix>`` in the shipped resources."""
    return resources.files("oncall_tray.resources").joinpath("translations", f"oncall_tray_{language}.{suffix}")


def load_catalog(language: str) -> dict[tuple[str, str], str]:
    """(context, source) -> translation, from the shipped ``.ts`` of ``language``.

    Unfinished or empty translations are left out. A missing or unreadable file gives {}.
    """
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
    """A ``tr(context, source)`` function for ``language``; untranslated text passes through."""
    table = load_catalog(language)

    def tr(context: str, source: str) -> str:
        return table.get((context, source), source)

    return tr
