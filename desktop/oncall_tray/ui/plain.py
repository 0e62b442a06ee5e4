"""Text from Alertmanager or Prometheus as the tray's windows show it: every control character
(a right-to-left override, an escape, a bell) as an escape, as the command line shows it
(review 59 U3: an override obeyed showed a summary reversed); escaped for rich text where Qt
guesses it (tooltips); an editable cell that shows it so and still gives back the exact value."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTableWidgetItem, QWidget

from ..markup import escape
from ..terminal_text import read_escapes, visible

#: The exact value behind a cell that shows it with escapes (``exact_item``).
_EXACT = Qt.ItemDataRole.UserRole + 40


def shown(text: str) -> str:
    """``text`` as a window shows it: each control character but tab and newline, and each bidi
    control (``terminal_text.visible``), as an escape such as ``\\u202e``; the rest as it is."""
    return visible(text, multiline=True)


def plain_rich_text(text: str) -> str:
    """``text`` wrapped so that Qt shows it literally where it would guess rich text
    (tooltips): escaped (controls shown as escapes: ``markup.escape``), line breaks kept."""
    return "<qt>" + escape(text).replace("\n", "<br>") + "</qt>"


class PlainLabel(QLabel):
    """A label that shows its text literally: never read as markup, its controls as escapes
    (``shown``), whatever ``setText`` is given: the words of a label that may hold text from
    Alertmanager, Prometheus or the journal (a silence's author, an error's answer)."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        QLabel.setText(self, shown(text))  # not a subclass's setText: it is not set up yet

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        super().setText(shown(text))


def exact_item(value: str) -> QTableWidgetItem:
    """An editable table cell showing ``value`` with its controls as escapes (``shown``) that
    remembers ``value`` itself: ``exact_value`` gives it back while the cell is not edited, so a
    silence made from an alert's labels matches them exactly (``\\u202e`` typed is taken as typed)."""
    item = QTableWidgetItem(shown(value))
    item.setData(_EXACT, value)
    return item


def exact_value(item: QTableWidgetItem | None) -> str:
    """The value of a cell made by ``exact_item`` (or any cell): the remembered value while the
    text shown is still its escaped form, else the text as typed, its ``\\u00ad`` /
    ``\\U000e0041`` / ``\\r`` / ``\\t`` / ``\\n`` escapes read as the characters they name, as the
    windows show them and a matcher reads them (``terminal_text.read_escapes``, reviews 62 Y11,
    63 CB4); "" for no cell."""
    if item is None:
        return ""
    exact = item.data(_EXACT)
    return exact if isinstance(exact, str) and shown(exact) == item.text() else read_escapes(item.text())
