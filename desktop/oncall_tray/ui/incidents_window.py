"""The incidents of the last days (issue 5): every alert the engineer handled, still open or
resolved, with its notes and, once resolved, the after-incident checklist and reminders. Where a
resolved alert, gone from the alerts window, keeps its checklist.

The incidents of one act (one silence over 250 pods) are one row, as the handoff folds them
(``core.handoff_folded.fold``, review 68 AF1's rule): "PodCrashLooping ×250 (omnichannel /
pod-001:8080, … (+247))", its members named in its tooltip; the panel shows the first, and its
ticks and dismissed reminders are saved for every member (``IncidentPanel.show_incident``)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QPushButton, QSplitter, QVBoxLayout

from ..core.alert_order import telling_all, telling_places
from ..core.handoff import incident_name, local_time
from ..core.handoff_folded import IncidentFold, fold, inhibited_now
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
#: A row's incidents (ids, the first's first): more than one for a folded row.
MEMBERS_ROLE = Qt.ItemDataRole.UserRole + 2
#: Members a folded row's tooltip names, one a line, before "… and N more".
MEMBERS_NAMED = 20
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
        now, translate = self.controller.now(), self.controller.translate
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
        live = self.controller.live
        # those of one act one row, as the handoff folds them (review 68 AF1)
        for group in fold(found, lambda _i: "", inhibited_now(live.alerts, live.inhibited), live.alerts or {},
                          translate):
            item = self._row(group, told)
            self.list.addItem(item)
            if select in item.data(MEMBERS_ROLE):  # a member asked for: its row
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self.list.blockSignals(blocked)
        self.status.setText("" if found else tr("No incident in the last 7 days."))
        self._show_selected()

    def _row(self, group: IncidentFold, told: dict[str, str]) -> QListWidgetItem:
        """The row of one fold: its name ("PodCrashLooping ×60 (omnichannel / pod-001:8080, … (+57))"),
        when the first of them began firing, and their state (resolved: when the last was)."""
        now, zone, translate = self.controller.now(), self.controller.zone, self.controller.translate
        members = (*group.incidents, *group.inhibited)
        since = min(i.fired_at or i.opened_at for i in members)  # when it began firing, as in the handoff (review 30)
        ends = [i.resolved_at for i in members if i.resolved_at is not None]
        state = (tr("resolved at %1").replace("%1", local_time(max(ends), zone, now, translate))
                 if len(ends) == len(members) else tr("open"))
        name = group.name(incident_name(group.first, told.get(group.first.fingerprint, "")))
        item = QListWidgetItem(shown(f"{name}\n{local_time(since, zone, now, translate)} — {state}"))  # review 59 U3
        item.setData(INCIDENT_ROLE, group.first.id)
        item.setData(MEMBERS_ROLE, tuple(i.id for i in members))
        if group.folded:  # its members, by place
            names = sorted(incident_name(i, told.get(i.fingerprint, "")) for i in members)
            more = [tr("… and %1 more").replace("%1", str(len(names) - MEMBERS_NAMED))] \
                if len(names) > MEMBERS_NAMED else []
            item.setToolTip(shown("\n".join([*names[:MEMBERS_NAMED], *more])))
        return item

    def _show_selected(self) -> None:
        item = self.list.currentItem()
        members = [self._incidents[i] for i in item.data(MEMBERS_ROLE)] if item else []
        self.panel.show_incident(members[0] if members else None, members)
