"""One editor of the settings dialog (``Field``): the widget a key's type calls for, how it shows
a value (numbers with the language's decimal separator, weekdays by their short names in the
language) and how it reads the typed value back as the YAML would hold it (GUI thread only).
"""

from __future__ import annotations

from collections.abc import Callable

import msgspec
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QPlainTextEdit

from ..config import Config
from ..i18n import Message
from ..sla_settings import canonical_days, day_number
from .settings_layout import CHOICES, MAPPINGS, MULTILINE
from .translations import format_number, parse_number, translate, translator_for

TR_CONTEXT = "settings"
tr = translator_for(TR_CONTEXT)
#: The settings' fields by name (their types choose the editors).
CONFIG_FIELDS = {f.name: f for f in msgspec.structs.fields(Config)}
#: The short weekday names shown in ``business_days`` (context "weekday"; each translation must
#: be a name ``sla_settings.day_number`` knows), in the order of ``sla_settings.DAY_KEYS``.
DAY_LABELS = (Message("weekday", "mon"), Message("weekday", "tue"), Message("weekday", "wed"),
              Message("weekday", "thu"), Message("weekday", "fri"), Message("weekday", "sat"),
              Message("weekday", "sun"))


def day_label(name: str) -> str:
    """A weekday of the settings (any form ``sla_settings.day_number`` knows) by its short name in
    the interface's language; an unknown name as it is."""
    number = day_number(name)
    return name if number is None else DAY_LABELS[number].text(translate)


def translated(text: str) -> str:
    """``text`` (a label or hint of ``settings_layout``, marked with QT_TR_NOOP) translated; "" stays ""."""
    return tr(text) if text else ""


def shown_text(key: str, value: object) -> str:
    """``value`` of the setting ``key`` (as the settings hold it, or as YAML reads it back) in the
    words its field shows it: a choice by its translated label, a check box "on" / "off"
    (translated), a mapping or its pairs as written (a key twice) "key: value" a line, a box of
    lines (``MULTILINE``) a line an entry, the weekdays by their short names, other lists
    comma-separated, a number with the language's decimal separator. Used by ``Field.set`` and
    by Save's clash message (code review 67 AA8: it said "True", a list's repr)."""
    if key in CHOICES:
        return next((translated(label) for data, label in CHOICES[key] if data == value), str(value))
    if key in CONFIG_FIELDS and CONFIG_FIELDS[key].type is bool or isinstance(value, bool):
        return tr("on") if value else tr("off")
    if key in MAPPINGS and isinstance(value, (dict, list, tuple)):  # a mapping, or its pairs as written
        return "\n".join(f"{k}: {v}" for k, v in (value.items() if isinstance(value, dict) else value))
    if key == "business_days" and isinstance(value, (list, tuple)):
        return ", ".join(day_label(str(name)) for name in value)
    if isinstance(value, (tuple, list)):
        return ("\n" if key in MULTILINE else ", ").join(str(item) for item in value)
    if isinstance(value, float):
        return format_number(value)
    return str(value)


class Field:
    """One editor: the widget, how to show a value, how to read the raw value back."""

    def __init__(self, key: str, value: object, on_change: Callable[[], None]) -> None:
        self.key = key
        self.kind = CONFIG_FIELDS[key].type if key in CONFIG_FIELDS else tuple
        self.error = QLabel()
        self.error.setObjectName(f"error_{key}")
        self.error.setStyleSheet("color: #c62828")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.setMinimumHeight(self.error.fontMetrics().lineSpacing())  # room kept while empty
        self.zero_note: QLabel | None = None  # what 0 means, beside a field of minutes (ZERO_MEANS)
        if key in CHOICES:
            self.widget = QComboBox()
            for data, label in CHOICES[key]:
                self.widget.addItem(translated(label), data)
            self.widget.currentIndexChanged.connect(on_change)
        elif self.kind is bool:
            self.widget = QCheckBox()
            self.widget.toggled.connect(on_change)
        elif key in MULTILINE:
            self.widget = QPlainTextEdit()
            self.widget.setTabChangesFocus(True)
            self.widget.setFixedHeight(self.widget.fontMetrics().lineSpacing() * 4 + 12)
            self.widget.textChanged.connect(on_change)
        else:
            self.widget = QLineEdit()
            self.widget.textChanged.connect(on_change)
        self.widget.setObjectName(key)
        self.set(value)

    def set(self, value: object) -> None:
        """Show ``value`` (as the settings hold it)."""
        widget = self.widget
        if isinstance(widget, QComboBox):
            index = widget.findData(value)
            widget.setCurrentIndex(max(index, 0))
        elif isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))
        else:
            (widget.setPlainText if isinstance(widget, QPlainTextEdit) else widget.setText)(shown_text(self.key, value))

    def typed(self) -> object:
        """What the editor holds, to show again in another language (``retype``): the text as
        typed, but a number or the weekdays, which each language writes its way, as values
        (a number not understood as its text)."""
        widget = self.widget
        if isinstance(widget, (QComboBox, QCheckBox)) or self.kind is float or self.key == "business_days":
            return self.raw()
        return widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()

    def retype(self, typed: object) -> None:
        """Show again what ``typed`` (from ``typed``) holds."""
        if isinstance(typed, str) and isinstance(self.widget, QPlainTextEdit):
            self.widget.setPlainText(typed)
        elif isinstance(typed, str) and isinstance(self.widget, QLineEdit):
            self.widget.setText(typed)
        else:
            self.set(typed)

    def cursor(self) -> int:
        """Where the text cursor of a text editor is (a character index of ``typed``'s text); 0 in
        a box, a choice or a tick."""
        widget = self.widget
        if isinstance(widget, QPlainTextEdit):
            return widget.textCursor().position()
        return widget.cursorPosition() if isinstance(widget, QLineEdit) else 0

    def focus(self, cursor: int) -> None:
        """Give the editor the focus (the program's move) with its text cursor at ``cursor`` (from
        ``cursor``: the field made again, ``SettingsDialog.retranslate``, the engineer's typing going
        on where it was)."""
        widget = self.widget
        if isinstance(widget, QPlainTextEdit):
            moved = widget.textCursor()
            moved.setPosition(min(cursor, len(widget.toPlainText())))
            widget.setTextCursor(moved)
        elif isinstance(widget, QLineEdit):
            widget.setCursorPosition(cursor)
        widget.setFocus()

    def pairs(self) -> list[tuple[str, str, int]]:
        """A mapping box's lines (``MAPPINGS``) as ``(key, value, line number from 1)``, blank lines
        left out, in the order typed (a key typed twice is there twice: ``raw`` keeps the last)."""
        text = self.widget.toPlainText()
        split = [(number, line.split(":", 1)) for number, line in enumerate(text.splitlines(), 1) if line.strip()]
        return [(key.strip(), value[0].strip() if value else "", number) for number, (key, *value) in split]

    def raw(self) -> object:
        """What the editor holds, as the YAML would (a string, a list, a mapping...)."""
        widget = self.widget
        if isinstance(widget, QComboBox):
            return widget.currentData()
        if isinstance(widget, QCheckBox):
            return widget.isChecked()
        text = widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()
        if self.key in MAPPINGS:
            return {key: value for key, value, _line in self.pairs()}
        if self.key in MULTILINE:
            return [line.strip() for line in text.splitlines() if line.strip()]
        if self.key == "business_days":
            return list(canonical_days(part.strip() for part in text.split(",") if part.strip()))
        if str(self.kind).startswith("tuple"):
            return [part.strip() for part in text.split(",") if part.strip()]
        if self.kind is float:
            number = parse_number(text)
            return text.strip() if number is None else number
        return text.strip() if self.kind is int else text
