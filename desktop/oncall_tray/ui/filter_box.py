"""The alerts window's filter box: the line the engineer types in, how many alerts a valid
filter shows beside it ("111 of 2000 shown"), and a message line under it that says when the
matchers are invalid (red frame, the parser's reason, every alert shown) or why nothing matches
(Alertmanager anchors regular expressions). GUI thread only."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ..core.alert_filter import NO_VALUE, UNCLOSED_QUOTE, AlertFilter, FilterProblem, parse_filter
from ..i18n import Message
from .translations import translator_for

TR_CONTEXT = "filter_box"
tr = translator_for(TR_CONTEXT)
RED = "#c62828"
INVALID_STYLE = f"QLineEdit {{ border: 2px solid {RED}; border-radius: 3px; padding: 2px; }}"


def problem_text(problem: FilterProblem) -> str:
    """The message for invalid matchers: a translated lead-in and the reason."""
    if problem.kind == NO_VALUE:
        reason = tr('%1 has no value after the operator (write %2 to match an empty value)').replace(
            "%1", problem.part).replace("%2", problem.part + '""')
    elif problem.kind == UNCLOSED_QUOTE:
        reason = tr("a quote is not closed in %1").replace("%1", problem.part)
    else:
        reason = problem.reason  # the matcher parser's own words
        reason = reason.text(QCoreApplication.translate) if isinstance(reason, Message) else reason
    return tr("Invalid filter, showing all alerts: %1").replace("%1", reason)


def no_match_text(parsed: AlertFilter) -> str:
    """The message when a valid filter hides every alert."""
    text = tr("No alert matches the filter.")
    partial = parsed.partial_regex()
    if partial:
        text += " " + tr("Regular expressions match the whole value: use %1 to match part of it.").replace(
            "%1", partial)
    return text


class FilterBox(QWidget):
    """The filter line and its message line.

    Signals:
        filter_changed(AlertFilter): after each edit; an invalid filter comes with ``problem``
            set and filters nothing (every alert stays visible: never an empty table that
            reads as "no alert").
    """

    filter_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.parsed = AlertFilter()
        self.edit = QLineEdit(objectName="filter")  # (a window made again finds it: ``remade``)
        self.edit.setClearButtonEnabled(True)
        self.edit.setPlaceholderText(
            tr('Filter: text, or matchers such as severity="critical", instance=~".*backend.*"'))
        self.edit.textChanged.connect(self._changed)
        self.edit.installEventFilter(self)
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # the typed text is shown as typed
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        self.count = QLabel()  # "N of M shown" while a valid filter is active (fresh-user review)
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        self.count.hide()
        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.edit, 1)
        line.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(line)
        layout.addWidget(self.message)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        """Escape in a filter that holds text clears it, before the window's Escape (which
        closes the window: review 23) sees the key."""
        if watched is self.edit and self.edit.text() and event.type() in (
                QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) and event.key() == Qt.Key.Key_Escape:
            if event.type() == QEvent.Type.KeyPress:
                self.edit.clear()
            event.accept()
            return event.type() == QEvent.Type.KeyPress
        return False

    @property
    def invalid(self) -> bool:
        """The typed matchers do not parse."""
        return self.parsed.problem is not None

    def _changed(self, text: str) -> None:
        self.parsed = parse_filter(text)
        self.edit.setStyleSheet(INVALID_STYLE if self.invalid else "")
        self.filter_changed.emit(self.parsed)

    def show_counts(self, shown: int, total: int) -> None:
        """Update the count and the message line for ``shown`` of ``total`` alerts passing the
        filter."""
        active = self.parsed.problem is None and not self.parsed.empty
        self.count.setText(tr("%1 of %2 shown").replace("%1", str(shown)).replace("%2", str(total)) if active else "")
        self.count.setVisible(active)
        if self.parsed.problem is not None:
            self._say(problem_text(self.parsed.problem), f"color: {RED}; font-weight: bold;")
        elif not self.parsed.empty and total and not shown:
            self._say(no_match_text(self.parsed), "font-weight: bold;")  # over an empty table
        else:
            self._say("", "")

    def _say(self, text: str, style: str) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(style)
        self.message.setVisible(bool(text))
        self.edit.setAccessibleDescription(text)
