"""The shift start window, "Assumir turno" (issue 5): the guide's seven start items as
checkboxes, those the app can check ticked for the engineer, beside what it checked: the active
alerts, the active silences with their reasons and authors, the incidents still open, each
dashboard's answer, and the previous shift's handoff notes (or the ones the engineer pastes).

Ticks, observations, the engineer's name and pasted notes are saved as they are given (journal
state ``START_SCOPE``); confirming records the start with the checklist as Markdown.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QMessageBox,
                               QPlainTextEdit, QPushButton, QSplitter, QStyle, QVBoxLayout, QWidget)

from ..core.handoff import (START_ITEMS, StartChecklist, handed_notes, item_text, local_stamp, local_time,
                            next_engineer, offered_engineer, start_checklist)
from ..core.handoff_languages import start_renderings
from ..core.handoff_live import seen_title, seen_words
from ..core.handoff_markdown import one_line, open_folds, silences_unknown, start_markdown
from ..core.overview import Light
from ..core.severity import Severity
from ..core.journal import JournalError
from ..core.shifts import OBSERVATIONS, START_SCOPE, ShiftConflict, last_handoff
from .autosave import Autosave
from .check_line import CheckLine, WrappedLabel
from .saved_line import EXPORT, LatestRead, SavedLine
from .handoff_common import (FittedBox, copy_text, fill_tree, group,
                             plain_label, present, tree_widget, wrap_last_column)
from .handoff_dashboards import DashboardChecks
from .handoff_hints import start_hint
from .start_alerts import alert_rows
from .icons import severity_chip
from .screen_fit import fit_to_screen, scrolled
from .translations import failure_text, translator_for
from .window_keys import KeyboardWindow

TR_CONTEXT = "shift_start"
tr = translator_for(TR_CONTEXT)
#: Alerts listed at most (the count says how many there are).
SHOWN = 200
#: Widest the alerts' columns grow, in pixels: "DatabaseConnectionPoolExhausted ×50" whole (the state has its own).
ALERT_COLUMN_PX = 340


def _read_draft(journal, language: str) -> tuple[dict, object, str]:
    """The start window's draft, the latest handoff, and the notes shown as the previous shift's
    (pasted, or that handoff's end report in ``language``: review 68 AF4)."""
    with journal.snapshot():
        draft, previous = journal.state(START_SCOPE), last_handoff(journal)
        return draft, previous, handed_notes(draft, previous, journal, language)


class ShiftStartWindow(KeyboardWindow):
    """The start checklist of the shift about to begin."""

    CARRIED = ("_ticks", "_loaded")  # what a window made again in another language keeps (``ShiftWindows``)

    def __init__(self, controller) -> None:
        super().__init__()
        self.controller = controller
        self._ticks: dict[str, bool] = {}
        self._loaded = False
        self._chips = {severity: severity_chip(Light(severity.value)) for severity in Severity}
        self.setWindowTitle(tr("Take over the shift — oncall-tray"))
        fit_to_screen(self, 1240, 760)
        self._build()
        self._reads = LatestRead(controller.submit, self.refresh_later, self.saved.read)
        for signal in (controller.live_changed, controller.journal_changed, controller.shift_changed):
            signal.connect(self._changed)
        # a shift handed over elsewhere while this window is open leaves notes to show here
        controller.shift_changed.connect(self._handed_over_elsewhere)  # a method: Qt drops it with the window
        controller.live_changed.connect(self._answered)

    def _answered(self) -> None:
        """A poll found Alertmanager, or one member of its cluster, otherwise than the last check (a
        login, down or back): check again (reviews 26, 27; fresh-user review 70 AK2)."""
        if self.isVisible():
            reached, down = self.controller.live.reached, self.controller.down
            self.dashboard_checks.check_again_if("Alertmanager", lambda url: reached and url not in down)

    def _build(self) -> None:
        self.banner = plain_label()
        self.banner.setStyleSheet("background: #fff3cd; color: #5c4400; padding: 6px; border-radius: 4px")
        self.title = plain_label()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        checklist = FittedBox(tr("Start checklist"))
        items = QVBoxLayout(checklist)
        items.setSpacing(0)
        self.boxes: dict[str, QCheckBox] = {}
        self.hints: dict[str, QLabel] = {}
        translate = self.controller.translate
        for item in START_ITEMS:
            line = CheckLine(item_text(item, translate))  # its words wrap: no wider than a 683 px screen
            box = line.box
            box.toggled.connect(lambda checked, i=item: self._tick(i, checked))
            # under its item, as wide as the checklist: beside it, on a small screen, a narrow
            # column cut its lines in half (800x600: "listados aqui pelo app:" half shown)
            hint = WrappedLabel()
            hint.setStyleSheet("color: #666")
            hint.setContentsMargins(box.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) + 6, 0, 0, 6)
            self.boxes[item], self.hints[item] = box, hint
            items.addWidget(line)
            items.addWidget(hint)
        items.addStretch(1)  # the room its lines do not need under them, not between them
        self.observations = QPlainTextEdit(objectName="observations")  # (found again: ``remade``)
        self.observations.setPlaceholderText(tr("Anything important for this shift"))
        self.observations_save = Autosave(self.observations, lambda t, base: self._save_text(
            OBSERVATIONS, t, base, self.observations_save))
        self.engineer = QLineEdit(objectName="engineer")
        self.engineer_save = Autosave(self.engineer, lambda t, _base: self._save("engineer", t, self.engineer_save))
        name_row = QHBoxLayout()
        name_row.addWidget(QLabel(tr("On-call engineer:")))
        name_row.addWidget(self.engineer, 1)
        self.dashboard_checks = DashboardChecks(self.controller, self.refresh)
        self.saved = SavedLine(self.controller)
        self.copy_button = QPushButton(tr("Copy Markdown"))
        self.copy_button.clicked.connect(self.copy)
        self.default_button = self.confirm_button = QPushButton(tr("&Take over the shift"))  # Enter presses it
        self.confirm_button.clicked.connect(self.confirm)
        close = QPushButton(tr("Close"))
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        buttons.addWidget(self.confirm_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(checklist)
        left_layout.addWidget(self.dashboard_checks.box)
        left_layout.addWidget(group(tr("Observations"), self.observations), 1)
        left_layout.addLayout(name_row)
        left_layout.addWidget(self.saved)
        self.alerts = tree_widget(tr("Severity"), tr("Alert"), tr("State"), tr("Instance"), tr("Summary"))
        self.silences = wrap_last_column(tree_widget(tr("Alert"), tr("Expires"), tr("Created by"), tr("Reason")))
        self.incidents = QListWidget()
        self.incidents.setWordWrap(True)
        self.previous = QPlainTextEdit(objectName="previous")
        self.previous.setPlaceholderText(tr("No previous handoff in this journal: paste the one you received"))
        self.previous_save = Autosave(self.previous, lambda t, base: self._save_text(
            "previous_notes", t, base, self.previous_save))
        self.alerts_box, self.silences_box, self.incidents_box = (
            group("", self.alerts), group("", self.silences), group("", self.incidents))
        # the count in a line that wraps, not at a title's end, which is cut (review 59 U8)
        self.carried_line = plain_label()
        self.carried_line.hide()
        self.previous_box = group(tr("Previous shift's handoff notes"), self.carried_line, self.previous)
        right = QSplitter(Qt.Orientation.Vertical)
        for widget in (self.alerts_box, self.silences_box, self.incidents_box, self.previous_box):
            right.addWidget(widget)
        right.setSizes([280, 180, 100, 200])
        columns = QSplitter(Qt.Orientation.Horizontal)
        columns.addWidget(left)
        columns.addWidget(right)
        columns.setStretchFactor(1, 1)  # a wider window widens the lists, where names and reasons are cut
        columns.setSizes([self.width() // 2] * 2)  # of the width it got: a small screen's too (not 420 to 207 at 683)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.title)
        layout.addWidget(scrolled(columns), 1)  # scrolls on a small screen; the buttons stay in view below
        layout.addLayout(buttons)

    # -- showing ----------------------------------------------------------------------------

    def present(self) -> None:
        """Show in front with the journal as it is now: the saved draft and the previous handoff
        are read again at every opening (a shift may have been started or handed over from the
        command line meanwhile), keeping what was typed here; the dashboards are checked again
        when the window was closed."""
        if not self._loaded:
            self.load()
        else:
            self.reload()
        hidden = not self.isVisible()
        self.refresh()
        if hidden or not self.dashboard_checks.checks:
            self.dashboard_checks.check()
        present(self)

    def _handed_over_elsewhere(self, _shift) -> None:
        if self._loaded and self.isVisible():
            self.reload()

    def _changed(self, *_args) -> None:
        if not self.isVisible():  # a hidden window is brought up to date when shown
            return
        if self._loaded:
            self.reload()  # the command line may have added to the draft: show it before more is typed
        else:
            self.refresh_later()

    def refresh_later(self) -> None:
        """Show the checklist as it stands, read in the journal's thread (after the writes
        queued before, such as the poll's): a poll must not make the GUI thread wait for SQLite.
        One read at a time; a change during it asks for one more."""
        if not self._loaded or self.controller.journal is None:
            return
        controller = self.controller
        journal, engineer, live = controller.journal, controller.config.engineer, controller.live
        self._reads.read(lambda: start_checklist(journal, engineer, live), self._show_checklist)

    def _show_checklist(self, checklist: StartChecklist) -> None:
        if self._loaded:
            self._show(self._with_screen(checklist))

    def load(self) -> None:
        """Fill the fields from the journal's draft (after a crash too), read here: nothing of
        this window's is waiting to be written yet (the first opening, or after the start, which
        cleared the draft)."""
        journal = self.controller.journal
        self._apply(_read_draft(journal, self.controller.language()), None)
        self._loaded = True

    def reload(self) -> None:
        """Read the draft and the previous handoff again, in the journal's thread after the
        writes queued before (the words typed here, saved as the window closed); a field
        edited meanwhile keeps what is on screen."""
        for autosave in self._autosaves():
            autosave.flush()
        shown = self._on_screen()
        journal = self.controller.journal
        self.controller.submit(_read_draft, journal, self.controller.language(), done=lambda read, error: self._reloaded(read, error, shown))

    def _reloaded(self, read, error: BaseException | None, shown: dict) -> None:
        self.saved.read(error)
        if error is not None:
            return
        self._apply(read, shown)
        self.refresh_later()  # the checklist too, also read in the journal's thread

    def _autosaves(self) -> tuple[Autosave, ...]:
        return self.observations_save, self.engineer_save, self.previous_save

    def _on_screen(self) -> dict:
        return {"ticks": dict(self._ticks), OBSERVATIONS: self.observations.toPlainText(),
                "engineer": self.engineer.text(), "previous": self.previous.toPlainText()}

    def _apply(self, read: tuple[dict, object], shown: dict | None) -> None:
        """Show the journal's ``read`` (draft, previous handoff); with ``shown`` (the fields when it
        was asked for), a field changed since then is left as it is; one emptied stays so (BB2)."""
        draft, previous, notes = read
        now = self._on_screen()

        def unchanged(key: str) -> bool:
            return shown is None or now[key] == shown[key]
        if unchanged("ticks"):
            self._ticks = {k: bool(v) for k, v in draft.get("ticks", {}).items()}
        if unchanged(OBSERVATIONS):
            self.observations_save.show_read(draft.get(OBSERVATIONS, ""))
        offered = offered_engineer(previous, self.controller.config.engineer, self.controller.now())
        self.engineer.setPlaceholderText(offered)  # the hint in a field emptied, which stays so
        if unchanged("engineer"):
            self.engineer_save.show_read(next_engineer(draft, offered))
        if unchanged("previous"):
            self.previous_save.show_read(notes)

    def checklist(self) -> StartChecklist:
        """The checklist from the journal and Alertmanager, with what is on screen."""
        return self._with_screen(start_checklist(self.controller.journal, self.controller.config.engineer,
                                                 self.controller.live, at=self.controller.now()))

    def _with_screen(self, base: StartChecklist) -> StartChecklist:
        """``base`` with what is on screen: the dashboards' answers, ticks and fields typed."""
        return dataclasses.replace(base, dashboards=tuple(self.dashboard_checks.checks), ticks=dict(self._ticks),
                                   contacts=tuple(self.controller.config.contacts.items()),
                                   observations=self.observations.toPlainText(), engineer=self.engineer.text().strip(),
                                   previous_notes=self.previous.toPlainText())

    def refresh(self) -> None:
        """Show the checklist as it stands now (reading the journal on this thread: for the
        engineer's own actions; what a poll changes goes through ``refresh_later``)."""
        if not self._loaded or self.controller.journal is None:
            return
        try:
            checklist = self.checklist()
        except JournalError as exc:
            self.saved.read(exc)
            return
        self.saved.read(None)
        self._show(checklist)

    def _show(self, checklist: StartChecklist) -> None:
        zone, at = self.controller.zone, checklist.at
        translate = self.controller.translate
        self.title.setText(tr("Taking over the shift — %1").replace("%1", local_stamp(at, zone, translate)))
        self.saved.follow_zone()  # one clock in the window (review 66 S3)
        self._banner()
        for item in START_ITEMS:
            box = self.boxes[item]
            blocked = box.blockSignals(True)
            box.setChecked(checklist.checked(item))
            box.blockSignals(blocked)
            text, tip = start_hint(item, checklist, self.dashboard_checks, translate)
            self.hints[item].setText(text)
            self.hints[item].setToolTip(tip)
            self.hints[item].setVisible(bool(text))  # no blank line under an item with nothing to add
        self._show_alerts(checklist)
        seen = " — " + seen_title(checklist.live.seen_at, checklist.live.error, zone, at, translate) \
            if checklist.silences_from_journal else ""  # when, and why (review 59 U7)
        self.silences_box.setTitle(tr("Active silences: unknown (nothing received from Alertmanager)")
                                   if silences_unknown(checklist) else  # no "0, as last seen" (review 71 AP2)
                                   tr("Active silences (%1)").replace("%1", str(len(checklist.silences))) + seen)
        # the year left out as the alerts window's cells do (review 46 F9: "06/12/2…")
        held = {line.silence.id: f" ({seen_words(line.seen_at, zone, at, translate, one=True)})"  # review 60 V9
                for line in checklist.silences if line.held}
        fill_tree(self.silences, [(line.name + held.get(line.silence.id, ""), local_time(
            line.silence.ends_at, zone, at, translate, year=False) if line.silence.ends_at else "?",
                                   line.silence.created_by, one_line(line.silence.comment))
                                  for line in checklist.silences])
        folds = open_folds(checklist, translate, zone)  # as the start Markdown says them (review 68 AF3)
        self.incidents_box.setTitle(tr("Incidents still open (%1)").replace("%1", str(len(folds))))
        lines = [" — ".join([one_line(name), tr("incident opened at %1").replace(  # when it began
            "%1", local_time(incident.fired_at or incident.opened_at, zone, at, translate)), *status])
            for incident, name, status in folds]
        if lines != [self.incidents.item(i).text() for i in range(self.incidents.count())]:
            self.incidents.clear()
            self.incidents.addItems(lines)
            for index, text in enumerate(lines):
                self.incidents.item(index).setToolTip(text)
        # the previous handoff's own items: Hand over the shift offers them (review 35: not all)
        self.carried_line.setText(tr("The outgoing engineer's own pending items carried on to this shift: %1").replace(
            "%1", str(len(checklist.carried))))
        self.carried_line.setVisible(bool(checklist.carried))
        self.dashboard_checks.show()

    def _show_alerts(self, checklist: StartChecklist) -> None:
        """The first ``SHOWN`` alerts, worst first (``start_alerts.alert_rows``)."""
        title, rows, icons = alert_rows(checklist, self._chips, self.controller.translate, SHOWN, self.controller.zone)
        self.alerts_box.setTitle(title)
        fill_tree(self.alerts, rows, icons, widest=ALERT_COLUMN_PX)

    def _banner(self) -> None:
        shift, problem, controller = self.controller.shift, self.controller.problem, self.controller
        texts = [problem] if problem else []
        if shift is not None:
            texts.append(tr("%1's shift has been open since %2: hand it over (Hand over the shift) before another "
                            "begins.").replace("%1", shift.engineer or "?").replace(  # as the CLI (review 73 AW4)
                "%2", local_time(shift.started_at, controller.zone, controller.now(), controller.translate)))
        self.banner.setText("\n".join(texts))
        self.banner.setVisible(bool(texts))
        self.confirm_button.setEnabled(shift is None)

    # -- edits and actions ----------------------------------------------------------------

    def _save(self, key: str, value, autosave: Autosave | None = None) -> None:
        self.controller.save_state(START_SCOPE, key, value,
                                   done=self.saved.written(autosave, value) if autosave is not None else None)

    def _save_text(self, key: str, text: str, base: str | None, autosave: Autosave) -> None:
        self.controller.save_text(START_SCOPE, key, text, base, done=self.saved.written(autosave, text))

    def _tick(self, item: str, checked: bool) -> None:
        self._ticks[item] = checked
        self._save("ticks", dict(self._ticks))

    def markdown(self) -> str:
        """The checklist as the guide's Markdown."""
        return start_markdown(self.checklist(), self.controller.translate, self.controller.zone)

    def copy(self) -> None:
        """Copy the Markdown to the clipboard."""
        copy_text(self.markdown())
        self.saved.say(EXPORT, tr("Markdown copied to the clipboard."))

    def confirm(self) -> None:
        """Record the start of the shift (engineer's name required)."""
        for autosave in self._autosaves():
            autosave.flush()
        engineer = self.engineer.text().strip()
        if not engineer:
            QMessageBox.warning(self, self.windowTitle(), tr("Type the on-call engineer's name first."))
            self.engineer.setFocus()
            return
        self.confirm_button.setEnabled(False)
        self.controller.start_shift(engineer, self.markdown(), self._started,
                                    rendered=start_renderings(self.checklist(), self.controller.zone))

    def _started(self, shift, error) -> None:
        if error is not None:
            controller = self.controller
            why = error.text(controller.translate, controller.zone, controller.now()) \
                if isinstance(error, ShiftConflict) else failure_text(error)
            self.confirm_button.setEnabled(True)
            self.refresh()  # a shift open elsewhere: the banner says whose, the button stays off
            QMessageBox.warning(self, self.windowTitle(), tr("The shift was not started: %1").replace("%1", why))
            return
        self.controller.notify(tr("Shift started"), tr("%1 is on call since %2.").replace("%1", shift.engineer).replace(
            "%2", local_time(shift.started_at, self.controller.zone, shift.started_at)))
        self._loaded = False  # the draft was cleared with the start
        self.dashboard_checks.checks = []
        self.hide()
