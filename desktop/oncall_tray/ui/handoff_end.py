"""The shift end window, "Passar turno" (issue 5): the guide's end template filled from the
journal and Alertmanager — duration, alerts received, incidents handled, pending items (the
suggested ones live and ticked, the engineer's own below: ``handoff_pending``), the active silences with expiry and
reason (the engineer's own flagged, with a one-click expire), observations, the outgoing and
incoming engineer — with its Markdown beside it, to copy or save. Confirming records the end.

Pending items, observations and the incoming engineer are saved as they are typed (journal state
``shift_scope(id)``) and come back after a crash. The draft is read again each time the window is
shown: the command line adds to it too (``handoff end --observation``).
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QLineEdit, QMessageBox, QPlainTextEdit, QPushButton, QSplitter,
                               QTreeWidget, QVBoxLayout)

from ..core.handoff import EndReport, end_report, local_time
from ..core.pending import PENDING, PENDING_ADDED, PENDING_DISMISSED, dismissed_keys, own_items
from ..core.handoff_languages import end_renderings
from ..core.handoff_markdown import end_markdown, format_duration, received_text
from ..core.journal import JournalError
from ..core.shifts import OBSERVATIONS, ShiftConflict, shift_scope
from .autosave import Autosave
from .saved_line import EXPORT, LatestRead, SavedLine
from .handoff_common import (copy_text, file_stamp, PaneFit, group,
                             markdown_view, plain_label, present, save_markdown)
from .handoff_end_incidents import INCIDENT_ROLE, fill_incidents, incident_rows
from .handoff_pending import PendingBox
from .handoff_silences import SilencesTable
from .questions import confirm_risky
from .screen_fit import fit_to_screen, form_beside, keep_lines, scrolled
from .translations import failure_text, translator_for
from .window_keys import KeyboardWindow

TR_CONTEXT = "shift_end"
tr = translator_for(TR_CONTEXT)


class ShiftEndWindow(KeyboardWindow):
    """The end report of the open shift."""

    CARRIED = ("_shift_id", "_report")  # what a window made again in another language keeps (``ShiftWindows``)

    def __init__(self, controller) -> None:
        super().__init__()
        self.controller = controller
        self._report: EndReport | None = None
        self._shift_id: int | None = None
        self._shown: dict[str, object] = {}
        self.setWindowTitle(tr("Hand over the shift — oncall-tray"))
        fit_to_screen(self, 1200, 800)
        self._build()
        self._reads = LatestRead(controller.submit, self.refresh_later, self.saved.read)
        controller.live_changed.connect(self._changed)
        controller.journal_changed.connect(self._changed)
        controller.shift_changed.connect(self._shift_changed)  # a method: Qt drops it with the window

    def _build(self) -> None:
        self.title = plain_label()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.summary = plain_label()
        self.incidents = QTreeWidget()
        self.incidents.setHeaderLabels([tr("Alert"), tr("Time"), tr("Status"), tr("Description")])
        self.incidents.setRootIsDecorated(False)
        self.incidents.itemDoubleClicked.connect(self._open_incident)
        self.pending_box = PendingBox()
        self.first_field = self.pending = self.pending_box.own  # the engineer's own items, focused on opening
        self.pending_box.changed.connect(self._show_markdown)
        self.pending_box.dismissed_changed.connect(lambda keys: self._save(PENDING_DISMISSED, keys))
        self.pending_save = Autosave(self.pending, self._save_pending)
        self.silences_table = SilencesTable(self.controller, self._said)
        self.silences = self.silences_table.tree
        self.observations = QPlainTextEdit(objectName="observations")  # (found again: ``remade``)
        self.observations.setPlaceholderText(tr("Unusual behaviour, worrying trends, planned maintenance"))
        self.observations_save = Autosave(self.observations, lambda t, base: self._save_text(
            OBSERVATIONS, t, base, self.observations_save))
        self.incoming = QLineEdit(objectName="incoming")
        self.incoming.setPlaceholderText(tr("Name"))
        self.incoming_save = Autosave(self.incoming, lambda t, _base: self._save("incoming", t, self.incoming_save))
        for widget in (self.observations, self.incoming):
            widget.textChanged.connect(self._show_markdown)
        self.outgoing = plain_label()
        names = QHBoxLayout()
        names.addWidget(self.outgoing, 1)
        names.addWidget(QLabel(tr("Incoming on-call engineer:")))
        names.addWidget(self.incoming, 1)
        self.saved = SavedLine(self.controller)
        self.copy_button = QPushButton(tr("Copy Markdown"))
        self.copy_button.clicked.connect(self.copy)
        self.save_button = QPushButton(tr("Save as…"))
        self.save_button.clicked.connect(self.save_as)
        history = QPushButton(tr("Past handoffs…"))
        history.clicked.connect(lambda: self.controller.show_window("history"))
        self.default_button = self.confirm_button = QPushButton(tr("&Hand over the shift"))  # Enter presses it
        self.confirm_button.clicked.connect(self.confirm)
        close = QPushButton(tr("Close"))
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        for button in (self.copy_button, self.save_button, history):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        buttons.addWidget(self.confirm_button)
        self.incidents_box = group("", self.incidents)
        self.silences_box = self.silences_table.box
        left = QSplitter(Qt.Orientation.Vertical)
        for widget in (self.incidents_box, self.pending_box, self.silences_box, group(tr("Observations"),
                                                                                         self.observations)):
            left.addWidget(widget)
        left.setSizes([110, 230, 170, 100])  # until the lists are filled
        self._panes = PaneFit(left, {0: (self.incidents, 8), 2: (self.silences_table.tree, 6)})
        keep_lines(left, {self.incidents: 2, self.pending_box.own: 2, self.silences: 3, self.observations: 3})
        self.preview = markdown_view(preview=True)
        columns = form_beside(left, group(tr("Markdown (as the guide lays it out)"), self.preview), self, 1200)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(scrolled(columns), 1)  # scrolls on a small screen; names and buttons stay in view
        layout.addLayout(names)
        layout.addWidget(self.saved)
        layout.addLayout(buttons)

    # -- showing ----------------------------------------------------------------------------

    def present(self) -> None:
        """Show in front, up to date: the draft is read again at every opening (the command line
        may have added to it meanwhile), keeping what was typed here."""
        shift = self.controller.shift
        if shift is not None and shift.id == self._shift_id:
            self.reload()
        self.sync()
        present(self)

    def reload(self) -> None:
        """Read the open shift's draft again, in the journal's thread after the writes queued
        before (the words typed here, saved first); a field typed in meanwhile keeps what is on
        screen."""
        for autosave in self._autosaves():
            autosave.flush()
        shift_id, shown, journal = self._shift_id, self._on_screen(), self.controller.journal
        self.controller.submit(journal.state, shift_scope(shift_id),
                               done=lambda saved, error: self._reloaded(shift_id, saved, error, shown))

    def _reloaded(self, shift_id: int, saved: dict, error: BaseException | None, shown: dict) -> None:
        self.saved.read(error)
        if error is not None:
            return
        if shift_id != self._shift_id:  # another shift meanwhile: its draft was loaded then
            return
        self._apply(saved, shown)
        self._show_markdown()  # the fields as they are now, at once
        self.refresh_later()  # then the report, also read in the journal's thread

    def _autosaves(self) -> tuple[Autosave, ...]:
        return self.pending_save, self.observations_save, self.incoming_save

    def _on_screen(self) -> dict:
        return {"pending": self.pending.toPlainText(), OBSERVATIONS: self.observations.toPlainText(),
                "incoming": self.incoming.text()}

    def _changed(self) -> None:
        if not self.isVisible():  # a hidden window is brought up to date when shown
            return
        shift = self.controller.shift
        if shift is not None and shift.id == self._shift_id:
            self.reload()  # the command line may have added to the draft: show it before more is typed
        else:
            self.refresh_later()

    def refresh_later(self) -> None:
        """Rebuild the report from the journal read in the journal's thread (after the writes
        queued before): a poll must not make the GUI thread wait for SQLite. One read at a
        time; a change during it asks for one more."""
        shift, controller = self.controller.shift, self.controller
        if shift is None or shift.id != self._shift_id:
            self.refresh()  # nothing to read
            return
        live, translate, zone, at = controller.live, controller.translate, controller.zone, controller.now()
        policy, engineer = controller.config.sla_policy(), controller.config.engineer
        self._reads.read(lambda: end_report(controller.journal, shift, live, translate, zone, at=at, policy=policy,
                                            engineer=engineer),
                         lambda report: self._show_current(shift, report))

    def _show_current(self, shift, report: EndReport) -> None:
        if self.controller.shift is not None and self.controller.shift.id == shift.id == self._shift_id:
            self._show(shift, report)

    def _shift_changed(self, _shift) -> None:
        self.sync()

    def sync(self) -> None:
        """Load the open shift's saved fields when the open shift changed, then refresh."""
        shift = self.controller.shift
        if (shift and shift.id) != self._shift_id:
            self._load(shift)
        self.refresh()

    def _load(self, shift) -> None:
        for autosave in self._autosaves():  # what was typed: written to the shift it was typed for
            autosave.flush()
        self._shift_id = shift.id if shift else None
        if shift is None:  # handed over elsewhere: what was typed stays on screen, to read and copy
            return
        self._apply(self.controller.journal.state(shift_scope(shift.id)), None)

    def _apply(self, saved: dict, shown: dict | None) -> None:
        """Show the draft ``saved`` in the journal; with ``shown`` (the fields when it was asked
        for), a field changed since then is left as it is (as in the start window); the
        suggestions left out follow the draft."""
        now = self._on_screen()

        def untouched(key: str) -> bool:
            return shown is None or now[key] == shown[key]

        if untouched("pending"):
            self.pending_save.show_read("\n".join(own_items(saved)))
        self.pending_box.set_dismissed(dismissed_keys(saved))
        if untouched(OBSERVATIONS):
            self.observations_save.show_read(saved.get(OBSERVATIONS, ""))
        if untouched("incoming"):
            self.incoming_save.show_read(saved.get("incoming", ""))

    def refresh(self) -> None:
        """Rebuild the report from the journal and Alertmanager."""
        shift = self.controller.shift
        enabled = shift is not None and shift.id == self._shift_id
        for field in (self.observations, self.incoming):
            field.setReadOnly(not enabled)  # not disabled: words typed for a shift gone can still be copied
        self.pending_box.set_read_only(not enabled)
        for button in (self.copy_button, self.save_button, self.confirm_button):
            button.setEnabled(enabled)
        if not enabled:
            self.summary.setToolTip("")
            self.title.setText(tr("No shift is open."))
            if self._report is None:
                self.summary.setText(tr("Start one with Take over the shift in the tray menu."))
                return
            # handed over elsewhere: the draft is no shift's record any more, but it is the
            # engineer's words; its Markdown stays on screen, to copy or save
            self.summary.setText(tr("This shift was handed over elsewhere. What you typed stays below: copy or "
                                    "save it."))
            self.copy_button.setEnabled(True)
            self.save_button.setEnabled(True)
            return
        try:
            report = end_report(self.controller.journal, shift, self.controller.live, self.controller.translate,
                                self.controller.zone, at=self.controller.now(),
                                policy=self.controller.config.sla_policy(), engineer=self.controller.config.engineer)
        except JournalError as exc:
            self.saved.read(exc)
            return
        self.saved.read(None)
        self._show(shift, report)

    def _show(self, shift, report: EndReport) -> None:
        self._report = report
        zone, translate = self.controller.zone, self.controller.translate
        since = local_time(shift.started_at, zone, report.at, translate)
        outgoing = report.outgoing  # who is on call: the engineer setting for a shift started nameless (AT5)
        self.title.setText(tr("Handing over the shift of %1, since %2 (%3)").replace("%1", outgoing).replace(
            "%2", since).replace("%3", format_duration(report.duration, translate)))
        self.summary.setText(tr("Alerts received: %1 · Incidents: %2").replace("%1", received_text(report, translate))
                             .replace("%2", str(len(report.incidents))))
        self.summary.setToolTip(tr("Alerts received: the alerts first seen during this shift, whatever time they "
                                   "started. Incidents: the alerts acknowledged, noted or escalated during it, or whose "
                                   "escalation's answer was recorded, and those handled before that resolved "
                                   "during it."))
        self.outgoing.setText(tr("Outgoing on-call engineer: %1").replace("%1", outgoing))
        self.pending_box.show_suggestions(report.suggestions)
        self._fill_incidents(report)
        self.silences_table.show(report)
        self.saved.follow_zone()  # one clock in the window (review 66 S3)
        self._panes.fit()
        self._show_markdown()

    def _fill_incidents(self, report: EndReport) -> None:
        self.incidents_box.setTitle(tr("Incidents handled (%1)").replace("%1", str(len(report.incidents))))
        rows = incident_rows(report, self.controller.translate, self.controller.zone)
        if rows == self._shown.get("incidents"):  # unchanged: no rebuild, no repaint
            return
        self._shown["incidents"] = rows
        fill_incidents(self.incidents, rows)
        for column in range(3):
            self.incidents.resizeColumnToContents(column)

    def _said(self, silence_id: str, text: str, failed: bool) -> None:
        """An expiry's outcome, about that silence (said as it is: an expiry refused is not a
        write "not saved")."""
        self.saved.say(("expire", silence_id), text, failed)

    def current_report(self) -> EndReport | None:
        """The report with what is on screen (pending items, observations, incoming engineer)."""
        if self._report is None:
            return None
        box = self.pending_box
        return dataclasses.replace(self._report, pending=box.pending(), dismissed=box.dismissed(),
                                   own=box.own_items(), observations=self.observations.toPlainText(), incoming=self.incoming.text().strip())

    def markdown(self) -> str:
        """The report as the guide's Markdown ("" when no shift is open)."""
        report = self.current_report()
        return end_markdown(report, self.controller.translate, self.controller.zone) if report else ""

    def _show_markdown(self) -> None:
        self.preview.show_markdown(self.markdown())

    # -- edits and actions ------------------------------------------------------------------

    def _save(self, key: str, value: str, autosave: Autosave | None = None) -> None:
        if self._shift_id is not None:
            done = self.saved.written(autosave, value, self._shift_shown) if autosave is not None else None
            self.controller.save_state(shift_scope(self._shift_id), key, value, done=done)

    def _save_text(self, key: str, text: str, base: str | None, autosave: Autosave) -> None:
        if self._shift_id is not None:
            self.controller.save_text(shift_scope(self._shift_id), key, text, base,
                                      done=self.saved.written(autosave, text, self._shift_shown))

    def _shift_shown(self) -> int | None:
        return self._shift_id

    def _save_pending(self, text: str, base: str | None) -> None:
        """The engineer's own items as typed (the command line's older ones among them)."""
        self._save_text(PENDING, text, base, self.pending_save)
        self._save(PENDING_ADDED, "")

    def _open_incident(self, item) -> None:
        self.controller.show_window("incidents", incident_id=item.data(0, INCIDENT_ROLE))

    def _as_of_now(self) -> None:
        """Everything typed written, and the report as of now: its header is the time it is
        copied, saved or handed over, not the last poll's (reviews 18, 28)."""
        for autosave in self._autosaves():
            autosave.flush()
        self.refresh()

    def copy(self) -> None:
        """Copy the Markdown, as of now, to the clipboard."""
        self._as_of_now()
        copy_text(self.markdown())
        self.saved.say(EXPORT, tr("Markdown copied to the clipboard."))

    def save_as(self) -> None:
        """Save the Markdown, as of now, to a file the engineer picks."""
        self._as_of_now()
        report = self.current_report()
        if report is None:
            return
        try:
            path = save_markdown(self, self.markdown(), f"handoff-{file_stamp(report.at, self.controller.zone)}.md")
        except OSError as exc:
            self.saved.failed(failure_text(exc), EXPORT)  # the settings' words (review 65 T7)
            return
        if path is not None:
            self.saved.say(EXPORT, tr("Saved to %1").replace("%1", str(path)))

    def confirm(self) -> None:
        """Record the handoff (and copy its Markdown to the clipboard)."""
        self._as_of_now()
        report = self.current_report()
        if report is None:
            return
        if not report.incoming:
            QMessageBox.warning(self, self.windowTitle(), tr("Type the incoming on-call engineer's name first."))
            self.incoming.setFocus()
            return
        if report.incoming.casefold() == report.outgoing.strip().casefold() and not confirm_risky(  # (review 41 F5)
                self, self.windowTitle(), tr("Hand the shift over to %1, who holds it now?").replace("%1", report.incoming)):
            return
        markdown = self.markdown()
        copy_text(markdown)
        self.confirm_button.setEnabled(False)
        live, zone, policy = self.controller.live, self.controller.zone, self.controller.config.sla_policy()
        self.controller.end_shift(report.shift.id, report.incoming, markdown, self._ended, report.handed_over(),
                                  rendered=lambda journal: end_renderings(journal, report, live, zone, policy),
                                  outgoing=report.outgoing)

    def _ended(self, shift, error) -> None:
        if error is not None:
            controller = self.controller
            why = error.text(controller.translate, controller.zone, controller.now()) \
                if isinstance(error, ShiftConflict) else failure_text(error)
            self.refresh()  # handed over elsewhere: no shift here any more, the words typed stay shown
            QMessageBox.warning(self, self.windowTitle(), tr("The shift was not handed over: %1").replace("%1", why))
            return
        self._report = None  # handed over here: nothing left to copy, the next shift starts blank
        for autosave in self._autosaves():
            autosave.load("")  # in the handoff recorded, even where a draft's write failed (review 60 V8)
        self.preview.clear()
        self.controller.notify(tr("Shift handed over"), tr("To %1. The handoff is on the clipboard and in Past handoffs.")
                               .replace("%1", shift.incoming))
        self.hide()
