"""The incidents of the last days (issue 5): every alert the engineer handled, still open or
resolved, with its notes and, once resolved, the after-incident checklist and reminders. Where a
resolved alert, gone from the alerts window, keeps its checklist."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QPushButton, QSplitter, QVBoxLayout

from ..core.alert_order import telling_all, telling_places
from ..core.handoff import incident_name, local_time
from ..core.journal import JournalError
from ..core.shifts import incidents
from .handoff_common import plain_label, present
from .incident_panel import IncidentPanel
from .plain import shown
from .screen_fit import fit_to_screen
from .translations import failure_text, translator_for
from .window_keys import KeyboardWindow

TR_CONTEXT = "incidents_window"
tr = translator_for(TR_CONTEXT)
INCIDENT_ROLE = Qt.ItemDataRole.UserRole + 1
#: Incidents resolved longer ago than this are not listed.
LISTED_FOR = dt.timedelta(days=7)


class IncidentsWindow(KeyboardWindow):
    """Incidents on the left, the selected one's notes and after-incident steps on the right."""

    def __init__(self, controller) -> None:
        super().__init__()
        self.controller = controller
        self._incidents: dict[int, object] = {}
        self.setWindowTitle(tr("Incidents — oncall-tray"))
        fit_to_screen(self, 1000, 650)
        self.list = QListWidget(objectName="incidents")  # (a window made again finds it: ``remade``)
        self.list.currentItemChanged.connect(lambda *_: self._show_selected())
        self.panel = IncidentPanel(controller)
        self.status = plain_label()
        close = QPushButton(tr("Close"))
        close.clicked.connect(self.close)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.list)
        splitter.addWidget(self.panel)
        splitter.setSizes([350, 650])
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        controller.journal_changed.connect(self._journal_changed)  # a method: Qt drops it with the window

    def _journal_changed(self) -> None:
        if self.isVisible():
            self.refresh()

    def present(self, incident_id: int | None = None) -> None:
        """Show in front, with ``incident_id`` selected when given."""
        self.refresh(incident_id)
        present(self)

    def reopening(self) -> dict:
        """``present``'s options for this window made again (in another language): its selection."""
        return {"incident_id": self.list.currentItem().data(INCIDENT_ROLE) if self.list.currentItem() else None}

    def refresh(self, select: int | None = None) -> None:
        """Read the incidents again, keeping (or setting) the selection."""
        if select is None and self.list.currentItem() is not None:
            select = self.list.currentItem().data(INCIDENT_ROLE)
        now, zone, translate = self.controller.now(), self.controller.zone, self.controller.translate
        try:
            found = list(reversed(incidents(self.controller.journal, since=now - LISTED_FOR)))
        except JournalError as exc:
            self.status.setText(failure_text(exc))
            return
        self._incidents = {i.id: i for i in found}
        # two pods' incidents told apart, among each other and the alerts firing (review 36)
        names = {i.alertname for i in found}  # (the GUI thread: not a pass over 10,000 alerts' labels)
        alike = [*found, *(a for a in (self.controller.live.alerts or {}).values() if a.alertname in names)]
        told = telling_places(alike, telling_all(alike))  # and where, when one name fires in places (review 68 AF3)
        blocked = self.list.blockSignals(True)
        self.list.clear()
        for incident in found:
            since = incident.fired_at or incident.opened_at  # when it began firing, as in the handoff (review 30)
            state = (tr("resolved at %1").replace("%1", local_time(incident.resolved_at, zone, now, translate))
                     if incident.resolved_at else tr("open"))
            name = incident_name(incident, told.get(incident.fingerprint, ""))
            item = QListWidgetItem(shown(f"{name}\n{local_time(since, zone, now, translate)} — {state}"))  # review 59 U3
            item.setData(INCIDENT_ROLE, incident.id)
            self.list.addItem(item)
            if incident.id == select:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self.list.blockSignals(blocked)
        self.status.setText("" if found else tr("No incident in the last 7 days."))
        self._show_selected()

    def _show_selected(self) -> None:
        item = self.list.currentItem()
        self.panel.show_incident(self._incidents.get(item.data(INCIDENT_ROLE)) if item else None)
