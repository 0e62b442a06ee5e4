"""Qt translations: our compiled catalogue (``resources/translations/oncall_tray_<lang>.qm``)
and Qt's own (``qtbase_<lang>.qm``, for standard buttons). GUI side of ``oncall_tray.i18n``."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ..alertmanager.errors import AlertmanagerError
from ..config_problems import UnreadableSettings
from ..config_write import UnwritablePath, save_failure_text
from ..connect import describe_error
from ..core.journal_file import JournalError
from ..i18n import translation_file

log = logging.getLogger(__name__)


def translator_for(context: str) -> Callable[[str], str]:
    """``tr(text)`` for one translation context (modules set ``TR_CONTEXT`` and use this, so
    that the string extractor finds their strings)."""

    def tr(text: str) -> str:
        return QCoreApplication.translate(context, text)

    return tr


def _number_locale(locale: QLocale) -> QLocale:
    """``locale`` writing numbers without group separators and refusing them when reading
    ("1.000" is not a thousand in a settings field)."""
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator | QLocale.NumberOption.RejectGroupSeparator)
    return locale


def format_number(value: float) -> str:
    """``value`` as the interface's language writes it (QLocale: "0,5" in pt_BR), shortest."""
    return _number_locale(QLocale()).toString(float(value), "g",
                                              QLocale.FloatingPointPrecisionOption.FloatingPointShortest)


def parse_number(text: str) -> float | None:
    """The number in ``text`` as the interface's language writes it ("2,5" in pt_BR) or as the
    settings file does ("2.5"); None when it is not one."""
    for locale in (QLocale(), QLocale.c()):
        value, ok = _number_locale(locale).toDouble(text.strip())
        if ok:
            return value
    return None


def translate(context: str, text: str) -> str:
    """``QCoreApplication.translate`` as an ``i18n.Translate`` whose ``i18n.Number`` s follow the
    interface's QLocale (``format_number``): give it to ``Message.text`` / ``Problem.text``."""
    return QCoreApplication.translate(context, text)


translate.number = format_number


def failure_text(error: BaseException) -> str:
    """What went wrong, for the engineer, in their language (code review 65 T7: the windows
    said ``str(error)``, English, in a Portuguese interface): a ``JournalError`` by its ``text``,
    an ``AlertmanagerError`` as the alerts window says it (``connect.describe_error``), a file
    that cannot be written (``config_write.UnwritablePath``, as ``atomic_write_text`` raises it)
    or a settings file that cannot be read in the settings' words (``save_failure_text``);
    anything else as it says itself."""
    translate = QCoreApplication.translate
    if isinstance(error, JournalError):
        return error.text(translate)
    if isinstance(error, AlertmanagerError):
        return describe_error(error, translate)
    if isinstance(error, (UnwritablePath, UnreadableSettings)):
        return save_failure_text(error, translate)
    return str(error)


#: Qt's own texts that its shipped catalogues lack in this version (QFileDialog's labels gained
#: their "&" after qtbase_pt_BR.qm was made: review 28 saw "Look in:" in a Portuguese dialog);
#: translated in the project's catalogue, which is asked before Qt's.
QT_TEXTS = (QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"), QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"))


def install(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load and install the translators for ``language`` ("pt_BR" or "en"); returns them (keep
    references for the application's lifetime). A missing catalogue is logged, not fatal."""
    QLocale.setDefault(QLocale(language))
    installed = []
    ours = QTranslator(app)
    catalogue = translation_file(language, "qm")
    # By name, Qt maps the file: its pages are read as they are needed and shared with other
    # processes, where loading its bytes kept a copy in the process's own memory (issue 2).
    if catalogue.is_file() and ours.load(str(catalogue)):
        app.installTranslator(ours)
        installed.append(ours)
    elif language != "en":
        log.warning("no compiled translation for %s", language)
    qt = QTranslator(app)
    if qt.load(QLocale(language), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    return installed
