"""The silence dialog (issue 3): the guide's durations, a mandatory comment, editable matchers
with a live preview of what they match, the guide's rules checked before anything is sent, and
a confirmation before silencing a critical alert for longer than the ack window.

The dialog never closes on a refusal: Alertmanager's answer is shown and everything typed
stays. Sending goes through ``Actions`` (off the GUI thread); ``submitted`` carries the draft.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..alertmanager.matchers import RegexError
from ..alertmanager.models import Alert, Matcher, PostableSilence
from ..core.durations import DurationTooLong, format_duration, parse_duration
from ..core.severity import Severity
from ..core.silencing import (ACK_WINDOW, PRESETS, ProblemCode, length_problem, needs_confirmation, new_silence, preview,
                              validate)
from ..core.names import name_list
from ..reasons import translate_reason
from .plain import PlainLabel, exact_item, exact_value
from .questions import confirm_risky, critical_named
from .screen_fit import fit_to_screen
from .tab_order import buttons_after, chain
from .translations import translator_for

TR_CONTEXT = "silence_dialog"
tr = translator_for(TR_CONTEXT)
OPERATORS = ("=", "!=", "=~", "!~")
LABEL_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_FLAGS = {"=": (False, True), "!=": (False, False), "=~": (True, True), "!~": (True, False)}


def operator_of(matcher: Matcher) -> str:
    """The operator text of a matcher."""
    return {v: k for k, v in _FLAGS.items()}[(matcher.is_regex, matcher.is_equal)]


def _quoted(value: str) -> bool:
    """Whether ``value`` is wrapped in quotes, straight or typographic (as in amtool's or the
    filter box's ``name="value"``, or pasted from a chat)."""
    quotes = "\"'“”„‟‘’‚‛"
    return len(value) >= 2 and value[0] in quotes and value[-1] in quotes


class SilenceDialog(QDialog):
    """Create a silence.

    Args:
        matchers: prefilled matchers (the alert's labels, exact).
        author: prefilled author (the engineer).
        alerts: the current alerts, for the preview and the guide's checks.
        severity_of: alert -> severity.

    Signals:
        submitted(PostableSilence): the engineer confirmed a draft that passed every check.
        duration_chosen(str): the engineer chose or typed a duration (``duration_choice``).
    """

    submitted = Signal(object)
    duration_chosen = Signal(str)

    def __init__(self, matchers: Sequence[Matcher], author: str, alerts: Sequence[Alert],
                 severity_of: Callable[[Alert], Severity], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("New silence"))
        fit_to_screen(self, 680, 600)
        self._alerts, self._severity_of = list(alerts), severity_of
        self.acknowledging: Callable[[list[Matcher], str, str], str] | None = None  # ``silence_dialogs.ack_note``
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([tr("Label"), tr("Operator"), tr("Value")])
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table (review 22: the comment was out of reach)
        self.table.itemChanged.connect(lambda _item: self.refresh())
        add = QPushButton(tr("Add matcher"))
        add.clicked.connect(lambda: self.add_matcher(Matcher(name="", value="")))
        remove = QPushButton(tr("Remove selected"))
        remove.clicked.connect(self._remove_selected)
        self.preview = PlainLabel()
        self.preview.setWordWrap(True)
        self.durations = QButtonGroup(self)
        durations = QHBoxLayout()
        for i, preset in enumerate(PRESETS):
            button = QRadioButton(f"{format_duration(preset.duration)} ({QCoreApplication.translate('silencing', preset.label)})")
            self.durations.addButton(button, i)
            durations.addWidget(button)
        custom = QRadioButton(tr("other:"))
        self.durations.addButton(custom, len(PRESETS))
        self.custom = QLineEdit()
        self.custom.setPlaceholderText("1h30m")
        self.custom.setMinimumWidth(90)
        self.custom.textEdited.connect(lambda _t: custom.setChecked(True))
        durations.addWidget(custom)
        durations.addWidget(self.custom)
        durations.addStretch(1)
        self.durations.button(0).setChecked(True)
        self.durations.idToggled.connect(lambda *_: self.refresh())
        self.custom.textChanged.connect(lambda _t: self.refresh())
        self.durations.idToggled.connect(lambda _id, on: on and self.duration_chosen.emit(self.duration_choice()))
        self.custom.textChanged.connect(lambda _t: self.duration_chosen.emit(self.duration_choice()))
        self.author = QLineEdit(author)
        self.author.textChanged.connect(lambda _t: self.refresh())
        self.comment = QPlainTextEdit()
        self.comment.setPlaceholderText(tr("Why? (required: the guide says never silence without a comment)"))
        self.comment.setMaximumHeight(90)
        self.comment.textChanged.connect(self.refresh)
        self.restored = QLabel(tr("This is your comment not sent before: go on writing, or select it all "
                                  "(Ctrl+A) to write another."))  # ``show_restored``
        self.restored.setWordWrap(True)
        self.restored.setStyleSheet("color: #616161")
        self.restored.hide()
        self.problems = PlainLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color:#b71c1c")
        # what became of the last send: kept apart from the live checks above, which each poll
        # and key rewrites (review 57 S1: a poll wiped "Unknown whether the silence was created")
        self.outcome = PlainLabel()
        self.outcome.setWordWrap(True)
        self.outcome.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.silence_button = self.buttons.addButton(tr("Silence"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        matcher_buttons = QHBoxLayout()
        matcher_buttons.addWidget(add)
        matcher_buttons.addWidget(remove)
        matcher_buttons.addStretch(1)
        form = QFormLayout()
        form.addRow(tr("Duration"), durations)
        form.addRow(tr("Author"), self.author)
        form.addRow(tr("Comment"), self.comment)
        form.addRow("", self.restored)
        # room kept for three lines of each: as they grew and shrank while typing, the fields
        # between them moved, and a click meant for "other:" typed into the comment (review 40 F13)
        for hint in (self.preview, self.problems):
            hint.setMinimumHeight(3 * self.fontMetrics().lineSpacing())
            hint.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        self.already = PlainLabel()  # the alert is acknowledged already (``set_already``)
        self.already.setWordWrap(True)
        self.already.setStyleSheet("background: #fff3cd; color: #5c4400; padding: 6px; border-radius: 4px")
        self.already.hide()
        layout.addWidget(self.already)
        layout.addWidget(QLabel(tr("Matchers (all must match; regular expressions are anchored):")))
        layout.addWidget(self.table, 1)
        layout.addLayout(matcher_buttons)
        layout.addWidget(self.preview)
        layout.addLayout(form)
        layout.addWidget(self.problems)
        layout.addWidget(self.outcome)
        layout.addWidget(self.buttons)
        self._sending = False
        self._maybe_sent = False  # a try got no answer: it may have created the silence
        # in the order they are shown, the comment followed by Silence, then Cancel (review 51 G2:
        # Cancel came first, and "comment, Tab, Enter" threw the silence away)
        chain(self.table, add, remove, *self.durations.buttons(), self.custom, self.author, self.comment)
        buttons_after(self.comment, self.buttons)
        for sequence in ("Ctrl+Return", "Ctrl+Enter"):  # Enter alone is a new line in the comment
            QShortcut(QKeySequence(sequence), self, self.submit)
        for matcher in matchers:
            self.add_matcher(matcher)
        self.refresh()
        self.comment.setFocus()  # what is still to be written (typing went into the first label's name)

    # -- matchers -----------------------------------------------------------------------------

    def add_matcher(self, matcher: Matcher) -> None:
        """Append one editable matcher row."""
        row = self.table.rowCount()
        self.table.blockSignals(True)
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(matcher.name))
        operator = QComboBox()
        operator.addItems(list(OPERATORS))
        operator.setCurrentText(operator_of(matcher))
        operator.currentTextChanged.connect(lambda _t: self.refresh())
        self.table.setCellWidget(row, 1, operator)
        QWidget.setTabOrder(self.table.cellWidget(row - 1, 1) if row else self.table, operator)  # Tab: the table,
        # then each row's operator, then Add matcher
        self.table.setItem(row, 2, exact_item(matcher.value))  # shown with escapes, sent exact (review 59 U3)
        self.table.blockSignals(False)
        self.refresh()

    def _remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            self.table.removeRow(row)
        self.refresh()

    def matchers(self) -> tuple[list[Matcher], list[str]]:
        """The matchers as typed, and a message per row that is not a valid matcher. Values
        are taken literally (no quoting needed); the encoder escapes them when sending."""
        matchers, errors = [], []
        for row in range(self.table.rowCount()):
            name = (self.table.item(row, 0).text() if self.table.item(row, 0) else "").strip()
            value = exact_value(self.table.item(row, 2))
            op = self.table.cellWidget(row, 1).currentText()
            if not name and not value:
                continue
            if not LABEL_NAME.fullmatch(name):  # review 35: "1abc" is letters and digits
                errors.append(tr("Row %1: %2 is not a label name (letters, digits and _, not starting with a digit).")
                              .replace("%1", str(row + 1)).replace("%2", repr(name)))
                continue
            if _quoted(value) and not any(a.labels.get(name) == value for a in self._alerts):
                # review 35: '"HighLatencyP95"' made a silence that matched nothing
                errors.append(tr("Row %1: the quotes around %2 would be part of the value, which no alert has: type "
                                 "the value without them.").replace("%1", str(row + 1)).replace("%2", value[1:-1]))
            is_regex, is_equal = _FLAGS[op]  # a bad regex is reported by the guide's checks
            matcher = Matcher(name=name, value=value, is_regex=is_regex, is_equal=is_equal)
            matchers.append(matcher)
        return matchers, errors

    def duration_choice(self) -> str:
        """The duration chosen, to keep with the draft: a preset's length as the guide writes it
        ("1h"), or "other:" and the text typed ("other:2h30m")."""
        chosen = self.durations.checkedId()
        if chosen < len(PRESETS):
            return format_duration(PRESETS[chosen].duration)
        return "other:" + self.custom.text()

    def choose_duration(self, choice: str) -> None:
        """Choose again what ``duration_choice`` gave (a draft brought back); "" or an unknown
        text leaves the guide's first choice."""
        if choice.startswith("other:"):
            self.custom.setText(choice.removeprefix("other:"))
            self.durations.button(len(PRESETS)).setChecked(True)
            return
        for i, preset in enumerate(PRESETS):
            if format_duration(preset.duration) == choice:
                self.durations.button(i).setChecked(True)

    # -- checking -------------------------------------------------------------------------------

    def duration(self) -> dt.timedelta | None:
        """The chosen duration, None when the custom text is none a silence may last
        (``_duration_error`` says why)."""
        chosen = self.durations.checkedId()
        if chosen < len(PRESETS):
            return PRESETS[chosen].duration
        text = self.custom.text().strip()
        try:
            duration = parse_duration(text)
        except ValueError:  # DurationTooLong too
            return None
        return None if length_problem(text, duration) is not None else duration

    def _duration_error(self) -> str:
        """Why the custom duration is none: too long (review 35: "8000y" crashed the tray), no
        time, under a minute (review 48 R1: "0m" made a 15-minute silence; the command line's
        rule, ``length_problem``), or not a duration."""
        text = self.custom.text().strip()
        try:
            duration = parse_duration(text)
        except DurationTooLong:
            duration = None
        except ValueError:
            return tr("Duration: use a duration such as 15m, 1h or 1h30m.")
        problem = length_problem(text, duration)
        return problem.text(QCoreApplication.translate) if problem is not None else ""

    def draft(self) -> tuple[PostableSilence | None, list[str]]:
        """The silence as it would be sent now (None while its duration is none), and every reason
        not to send it: a bad duration beside the others (review 46 F8: it hid a missing comment)."""
        matchers, errors = self.matchers()
        duration = self.duration()
        draft = new_silence(matchers, self.author.text().strip(), self.comment.toPlainText().strip(),
                            dt.datetime.now(dt.timezone.utc), duration or ACK_WINDOW)  # the others, checked as for 15 min
        errors += [p.text(QCoreApplication.translate) for p in validate(draft, self._alerts, self._severity_of)
                   if not (errors and p.code is ProblemCode.NO_MATCHERS)]  # a row is there: said wrong (review 48 R8)
        if duration is None:  # last, where "25h" is said too (review 47 N6)
            errors.append(self._duration_error())
        return (draft if duration is not None else None), errors

    def set_alerts(self, alerts: Sequence[Alert]) -> None:
        """The alerts firing now (each poll): the preview and the checks follow them."""
        self._alerts = list(alerts)
        self.refresh()

    def refresh(self) -> None:
        """Update the preview and the problems as the engineer types."""
        matchers, errors = self.matchers()
        matched = None
        if errors:  # review 40 F14: "Matches 1 of 11" beside "Row 2: … is not a label name"
            self.preview.setText(tr("Matches nothing yet: a matcher row is not valid (see below)."))
        else:
            try:
                matched = preview(matchers, self._alerts) if matchers else []
            except RegexError as exc:  # a regular expression half typed (review 34: "resolved meanwhile?")
                # not "(missing ): High(.*)." (review 46 F10: read as the valid "High(.*)")
                self.preview.setText(tr("Matches nothing yet: a regular expression is not valid: %1").replace(
                    "%1", translate_reason(str(exc), QCoreApplication.translate)))
        if matched is not None:
            names = name_list((a.display_name for a in matched), 8)  # "PodCrashLooping ×3" (review 36)
            self.preview.setText(tr("Matches %1 of %2 current alerts").replace("%1", str(len(matched))).replace(
                "%2", str(len(self._alerts))) + (f": {names}" if names else "") + (
                "\n" + tr("It matches no alert firing now (a typo, or did it resolve meanwhile?): it would silence "
                           "nothing yet.") if matchers and not matched else ""))
            note = self.acknowledging(matchers, self.author.text().strip(), self.comment.toPlainText().strip()) \
                if matched and self.acknowledging is not None else ""
            self.preview.setText(self.preview.text() + "\n" + note if note else self.preview.text())
        _draft, problems = self.draft()
        self.problems.setText("\n".join(problems))
        self.silence_button.setEnabled(not problems and not self._sending)

    def submit(self) -> None:
        """Check, confirm a long silence of a critical alert, or one that matches no alert firing
        now, then emit ``submitted``."""
        draft, problems = self.draft()
        if problems or draft is None or self._sending:
            self.refresh()
            return
        if needs_confirmation(draft, self._alerts, self._severity_of):
            if not confirm_risky(
                    self, tr("Silence a critical alert?"),
                    tr("This silences a critical alert for %1, longer than the 15-minute investigation window. "
                       "The guide says: never silence a critical alert without investigating. Silence anyway?")
                    .replace("%1", format_duration(draft.duration))
                    + "\n\n" + critical_named(draft.matchers, self._alerts, self._severity_of)):
                return
        if not preview(draft.matchers, self._alerts) and not confirm_risky(
                self, tr("Silence no alert firing now?"),
                tr("This silence matches no alert firing now: a typo, or did the alert resolve meanwhile? The guide "
                   "says to remove silences once the alert is resolved. Create it anyway (for a maintenance to "
                   "come, say)?")):
            return  # review 40 F17: an alert resolved while the dialog was open got its silence at once
        if self._maybe_sent and not confirm_risky(
                self, tr("Send the silence again?"),
                tr("Alertmanager did not answer the last try, which may have created the silence. Look in the "
                   "Silences tab first: sending again may make a second one. Send anyway?")):
            return
        draft, problems = self.draft()  # from now: a question may have stayed open a while (review 15)
        if problems or draft is None:
            self.refresh()
            return
        self._sending = True
        self.silence_button.setEnabled(False)
        self._say_outcome(tr("Sending to Alertmanager…"), "#444")
        self.submitted.emit(draft)

    def show_restored(self) -> None:
        """The comment holds the alert's draft, brought back: the cursor at its end, nothing
        selected, so that typing goes on with it (review 56 Q9: selected, the first key replaced
        it), and a line under it says so (review 40 F16: a new comment was glued onto it unseen)."""
        self.comment.moveCursor(QTextCursor.MoveOperation.End)
        self.restored.show()

    def set_already(self, text: str) -> None:
        """Say above the matchers that the alert is silenced already, by whom and until when
        (review 40 F15: a second, overlapping silence was one click away, unsaid)."""
        self.already.setText(text)
        self.already.setVisible(bool(text))

    def uncertain(self, message: str) -> None:
        """No answer from Alertmanager, nor to the look for the silence afterwards: show
        ``message`` (it says that the silence may exist and where to look), keep everything
        typed; sending again stays possible, after a question (a second silence is one click away)."""
        self._sending, self._maybe_sent = False, True
        self._say_outcome(message, "#b26a00")
        self.refresh()

    def refused(self, message: str) -> None:
        """Alertmanager refused or could not be reached: show why, keep everything typed."""
        self._sending = False
        self._say_outcome(tr("Not created: %1").replace("%1", message), "#b71c1c")
        self.refresh()

    def _say_outcome(self, text: str, colour: str) -> None:
        """Show what became of the last send (``text``, plain) under the live checks, until the
        next send replaces it."""
        self.outcome.setStyleSheet(f"color:{colour}")
        self.outcome.setText(text)
        self.outcome.setVisible(bool(text))
