"""The alerts window's table view (issue 3), whose painting enters Python once per event
(design notes: no GUI stall over 50 ms)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTableView


class AlertsTable(QTableView):
    """The alerts table: a ``QTableView`` whose viewport events (the paint above all) enter
    Python once.

    The model is Python (``AlertsModel``): painting the table calls it a few hundred times
    (``multiData``, ``rowCount``, ``columnCount``). When the event loop calls the view's C++
    directly, the GIL is free during the paint, and every one of those calls must take it back,
    each time waiting for the worker threads (the poller decoding 10,000 alerts, the trends,
    the journal) to let go of it: a 5 ms repaint took up to two seconds while a poll was
    running. Going through this Python override, the paint runs with the GIL already held by
    the GUI thread, so the model's calls do not wait (design notes: no stall over 50 ms).
    """

    def __init__(self) -> None:
        super().__init__()
        header = _Header(Qt.Orientation.Horizontal, self)  # headerData: the same
        header.setSectionsClickable(True)  # as QTableView sets up its own
        header.setHighlightSections(True)
        self.setHorizontalHeader(header)

    def viewportEvent(self, event) -> bool:  # noqa: N802
        return super().viewportEvent(event)


class _Header(QHeaderView):
    """The table's header, painted under one GIL acquisition too (see ``AlertsTable``)."""

    def viewportEvent(self, event) -> bool:  # noqa: N802
        return super().viewportEvent(event)
