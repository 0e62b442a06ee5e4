"""The incidents handled of the shift end window (*Hand over the shift*), as rows (``handoff_end``,
split out for size): each incident's line, then the notes written on it before the latest, under
it, oldest first, as the end report's Markdown lists them (fresh-user review 71 AP1). GUI thread."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from ..core.handoff import EndReport, local_time
from ..core.handoff_markdown import described, earlier_shifts_text, incident_status
from ..i18n import Translate
from .translations import translator_for

TR_CONTEXT = "shift_end"  # the end window's words
tr = translator_for(TR_CONTEXT)
#: An incident row's incident ID (its earlier notes' rows too): double-clicking opens it.
INCIDENT_ROLE = Qt.ItemDataRole.UserRole + 1

#: One incident: (its ID, its earlier notes' rows, then its columns: name, time, status, description).
IncidentRow = tuple


def incident_rows(report: EndReport, translate: Translate, zone) -> list[IncidentRow]:
    """The rows of ``report``'s incidents handled, times in ``zone``: (incident ID, the notes
    before the latest as rows of four columns ("", their time, "earlier note" or "earlier note by
    Carla", their text), and the count of earlier shifts' notes (fresh-user review 72 AS2),
    then the incident's name, time, status and description, the latest note): what
    ``fill_incidents`` shows; equal when nothing shown changed."""
    rows = []
    for item in report.incidents:
        incident = item.incident
        when = local_time(incident.fired_at or incident.opened_at, zone, report.at, translate)
        earlier = tuple(("", local_time(at, zone, report.at, translate) if at else "",
                         tr("earlier note by %1").replace("%1", author) if author else tr("earlier note"), text)
                        for at, text, author in item.earlier_notes)
        if item.earlier_shifts:  # counted, not listed (fresh-user review 72 AS2)
            earlier += (("", "", "", earlier_shifts_text(item.earlier_shifts, translate)),)
        rows.append((incident.id, earlier, item.name, when,
                     incident_status(item, translate, report.outgoing, zone, report.at),
                     described(item, translate, zone, report.at)))
    return rows


def fill_incidents(tree: QTreeWidget, rows: list[IncidentRow]) -> None:
    """``tree`` emptied and filled with ``rows`` (``incident_rows``): a row per incident, its
    earlier notes under it, shown (expanded), each carrying its incident's ID (``INCIDENT_ROLE``)."""
    tree.clear()
    for incident_id, earlier, *texts in rows:
        row = QTreeWidgetItem(texts)
        for each in (row, *(QTreeWidgetItem(row, list(note)) for note in earlier)):
            each.setData(0, INCIDENT_ROLE, incident_id)
        tree.addTopLevelItem(row)
        row.setExpanded(True)
