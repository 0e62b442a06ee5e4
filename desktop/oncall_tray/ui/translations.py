"""Qt translations: our compiled catalogue (``resources/translations/oncall_tray_<lang>.qm``)
and Qt's own (``qtbase_<lang>.qm``, for standard buttons). GUI side of ``oncall_tray.i18n``."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ..core.journal_file import JournalError
from ..i18n import translation_file

log = logging.getLogger(__name__)


def translator_for(context: str) -> Callable[[str], str]:
    """``tr(text)`` for one translation context (modules set ``TR_CONTEXT`` and use this, so
    that the string extractor finds their strings)."""

    def tr(text: str) -> str:
        return QCoreApplication.translate(context, text)

    return tr


def failure_text(error: BaseException) -> str:
    """What went wrong, for the engineer: a ``JournalError`` in their language (its ``text``),
    anything else as it says itself."""
    if isinstance(error, JournalError):
        return error.text(QCoreApplication.translate)
    return str(error)


def install(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load and install the translators for ``language`` ("pt_BR" or "en"); returns them (keep
    references for the application's lifetime). A missing catalogue is logged, not fatal."""
    QLocale.setDefault(QLocale(language))
    installed = []
    ours = QTranslator(app)
    data = translation_file(language, "qm").read_bytes() if translation_file(language, "qm").is_file() else b""
    if data and ours.load(data):
        app.installTranslator(ours)
        installed.append(ours)
        ours._data = data  # QTranslator.load(bytes) keeps a pointer: keep the bytes alive
    elif language != "en":
        log.warning("no compiled translation for %s", language)
    qt = QTranslator(app)
    if qt.load(QLocale(language), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    return installed
