"""Past handoffs (issue 5, "Past handoffs can be browsed"): the shifts handed over, newest first,
each with its start checklist and end report as they were confirmed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QPushButton, QSplitter, QVBoxLayout

from ..core.handoff_languages import listed_times, shown_in
from ..core.journal import JournalError
from ..core.shifts import handed_over_by, past_shifts
from .handoff_common import copy_markdown, markdown_view, plain_label, present
from .screen_fit import fit_to_screen
from .translations import failure_text, translator_for
from .window_keys import KeyboardWindow

TR_CONTEXT = "shift_history"
tr = translator_for(TR_CONTEXT)
SHIFT_ROLE = Qt.ItemDataRole.UserRole + 1


class HistoryWindow(KeyboardWindow):
    """The list of past shifts and the Markdown of the one selected."""

    def __init__(self, controller) -> None:
        super().__init__()
        self.controller = controller
        self._shifts: dict[int, object] = {}
        self.setWindowTitle(tr("Past handoffs — oncall-tray"))
        fit_to_screen(self, 1000, 700)
        self.list = QListWidget()
        self.list.currentItemChanged.connect(lambda *_: self._show_selected())
        self.view = markdown_view()
        self.status = plain_label()
        copy = QPushButton(tr("Copy Markdown"))
        copy.clicked.connect(lambda: copy_markdown(self.view))  # as written (review 61 X10)
        close = QPushButton(tr("Close"))
        close.clicked.connect(self.close)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.list)
        splitter.addWidget(self.view)
        splitter.setSizes([300, 700])
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(copy)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        controller.shift_changed.connect(self._shift_changed)  # a method: Qt drops it with the window

    def _shift_changed(self, _shift) -> None:
        self.refresh()

    def present(self, shift_id: int | None = None) -> None:
        """Show in front, up to date, with ``shift_id``'s handoff selected when given."""
        self.refresh(shift_id)
        present(self)

    def reopening(self) -> dict:
        """``present``'s options for this window made again (in another language): its selection."""
        return {"shift_id": self.list.currentItem().data(SHIFT_ROLE) if self.list.currentItem() else None}

    def refresh(self, selected: int | None = None) -> None:
        """Read the past shifts again, keeping (or setting) the selection."""
        if selected is None and self.list.currentItem() is not None:
            selected = self.list.currentItem().data(SHIFT_ROLE)
        try:
            shifts = past_shifts(self.controller.journal)
        except JournalError as exc:
            self.status.setText(failure_text(exc))
            return
        self._shifts = {s.id: s for s in shifts}
        self.list.clear()
        zone = self.controller.zone
        for shift in shifts:
            translate = self.controller.translate
            began, ended = listed_times(self.controller.journal, shift, zone, translate)  # one zone (review 66 S8)
            text = tr("%1 – %2\n%3 → %4").replace("%1", began).replace("%2", ended).replace(
                "%3", handed_over_by(self.controller.journal, shift, self.controller.config.engineer)).replace(
                "%4", shift.incoming or "?")  # a nameless shift's: who handed it over (EndReport.outgoing)
            item = QListWidgetItem(text)
            item.setData(SHIFT_ROLE, shift.id)
            self.list.addItem(item)
            if shift.id == selected:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self.status.setText("" if shifts else tr("No shift was handed over in this journal yet."))
        self._show_selected()

    def _show_selected(self) -> None:
        item = self.list.currentItem()
        shift = self._shifts.get(item.data(SHIFT_ROLE)) if item else None
        if shift is None:
            self.view.show_markdown("")
            return
        try:  # in the language of the day where the handoff kept it so (review Q16)
            start, end = shown_in(self.controller.journal, shift, self.controller.language())
        except JournalError as exc:
            self.status.setText(failure_text(exc))
            start, end = shift.start_markdown, shift.end_markdown
        parts = [text.strip() for text in (end, start) if text.strip()]
        self.view.show_markdown("\n\n---\n\n".join(parts) + "\n", keep_place=False)  # escapes shown (review 59 U3)
