"""The alerts window's table view (issue 3): its columns, a header click to sort (review 15),
and painting that enters Python once per event (design notes: no GUI stall over 50 ms)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QStyledItemDelegate, QTableView

from ..core.alert_order import place_part, short_instance, where, where_labels
from .alerts_model import COLUMNS, FINGERPRINT_ROLE, AlertsModel

MIN_ROWS = 5
#: Pixels a column's title needs beside its text: the sort arrow and the margins.
SORT_ARROW_ROOM = 34
# the state's: "✓ until 14:05 · L2 answered" and "✓ Ana Revisora until 14:05" whole (review 48 R9); a
# longer name, or an end with its date, is cut in the name (``_State``)
WIDTHS = {"severity": 84, "alert": 190, "where": 170, "trend": 110, "age": 55, "respond": 104, "resolve": 96,
          "state": 175}  # the summary takes the rest: about 135 px at the window's first size
#: Of the room the other columns leave, the share of the service / instance (the summary has the rest).
PLACE_SHARE = 0.45


def title_width(header: QHeaderView, model: AlertsModel, column: int, whole: bool = False) -> int:
    """Pixels ``column``'s title needs in ``header``'s font: its widest line, a title of one
    line and several words wrapped in two (the header wraps it: its two lines hold "Resolve /\n
    investigate in"), or left whole with ``whole``."""
    lines = str(model.headerData(column, Qt.Orientation.Horizontal) or "").splitlines() or [""]
    advance = header.fontMetrics().horizontalAdvance
    if whole or len(lines) > 1:
        return max(advance(line) for line in lines)
    return max(min((max(advance(" ".join(words[:cut])), advance(" ".join(words[cut:])))
                    for cut in range(1, len(words))), default=advance(line))
               for line in lines for words in [line.split()])


def _text_room(option) -> int:
    """Pixels a cell's text has in ``option`` (its rect less the style's text margins, as
    ``QCommonStyle`` lays out an item view's text)."""
    style = option.widget.style() if option.widget is not None else None
    margin = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1) if style is not None else 6
    return option.rect.width() - margin


class _State(QStyledItemDelegate):
    """The state's column, whose end matters ("✓ Rafael Costa until 08:42", review 35: "✓ Rafael
    Costa até 0…"). Too long for the column, the acknowledgement's author gives way: cut on the
    right, "✓ Maria… until 12-08 00:09", so that "✓", the end with its date (after midnight) and
    the start of the name stay readable (review 48 R9: cut in the middle, "✓ Ana Rev…til 12-08
    00:09"); the tooltip has the whole name (``AlertsModel.state_author``). Whatever is still too
    long (no author, ", as last seen" after it) is cut in the middle."""

    def initStyleOption(self, option, index) -> None:  # noqa: N802 (Qt's name)
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideMiddle
        # in fractions of a pixel, as the painting decides to cut (whole pixels said 168 of 168.48)
        metrics, room = QFontMetricsF(option.font), _text_room(option)
        if metrics.horizontalAdvance(option.text) <= room:
            return
        model = self.parent().model()
        alert = model.alert(index.data(FINGERPRINT_ROLE) or "")
        author = model.state_author(alert) if alert is not None else ""
        if not author or author not in option.text:
            return
        left = room - metrics.horizontalAdvance(option.text.replace(author, "", 1))
        while left > 0:  # the widths do not quite add up (kerning): measured whole again
            cut = metrics.elidedText(author, Qt.TextElideMode.ElideRight, left)
            if not cut or cut == author:
                return
            text = option.text.replace(author, cut.rstrip("…. ") + "…", 1)  # "Maria…", not "Maria …"
            over = metrics.horizontalAdvance(text) - room
            if over <= 0:  # "…" alone too: the name is in the tooltip
                option.text = text
                return
            left -= max(over, 1.0)  # a pixel at least: a few rounds at most


class _Place(QStyledItemDelegate):
    """The service / instance, when too long for its column: the instance's host without its
    domain (``core.alert_order.short_instance``), then the service cut or left out, then the rest cut
    on the right. What tells rows apart
    is at the start of each part (a service, a host's name and number) and in what follows the
    place ("· pod=api-1", review 34); a fleet shares the domain: cut in the middle, every row of
    1,000 hosts read "svc-45 / hos…nternal:9100" (review 51 G4). The tooltip has it whole."""

    def initStyleOption(self, option, index) -> None:  # noqa: N802 (Qt's name)
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideRight
        alert = self.parent().model().alert(index.data(FINGERPRINT_ROLE) or "")
        metrics, room = option.fontMetrics, _text_room(option)
        if alert is None or metrics.horizontalAdvance(option.text) <= room:
            return
        place = where(alert)
        rest = option.text.partition(place)[2]  # " · pod=api-1" (review 34)
        option.text = option.text.replace(place, where_labels(alert.labels, short=True), 1)
        # the parts as ``where`` shows them (review 59 U3: raw, an override reversed the cell)
        service, instance = place_part(alert.labels.get("service", "")), alert.labels.get("instance", "")
        if service and instance and metrics.horizontalAdvance(option.text) > room:
            # then the service gives way to the host (review 53 K1: "node-exporter / host-004…" for two hosts)
            tail = " / " + place_part(short_instance(instance)) + rest
            left = room - metrics.horizontalAdvance(tail)
            cut = metrics.elidedText(service, Qt.TextElideMode.ElideRight, left) if left > 0 else ""
            option.text = (cut + tail) if cut and cut != "…" else tail[3:]


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

    One row selected at a time. A click on a column's header sorts by it, a second click
    reverses (``AlertsModel.sort_by``); the state and trend columns, which each poll may change,
    keep the order shown and its indicator.

    Enter or Return on the current row does what a double click does (``chosen``: acknowledge;
    review 51 G3). Not Qt's ``activated``: a desktop set to open items with a single click (KDE)
    sends it on a single click, which must only select.

    Signals:
        reordered(): the rows were sorted again after a header click.
        chosen(): a double click on a row, or Enter on the current one.
    """

    reordered = Signal()
    chosen = Signal()

    def __init__(self, model: AlertsModel, row_height: int) -> None:
        super().__init__()
        header = _Header(Qt.Orientation.Horizontal, self)  # headerData: the same
        header.setSectionsClickable(True)  # as QTableView sets up its own
        header.setHighlightSections(True)
        self.setHorizontalHeader(header)
        self.setModel(model)
        self.setTabKeyNavigation(False)  # Tab leaves the table: arrows move the selection (review 22)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(row_height)
        # a title of several words wraps in the header's two lines ("Responder\nem"), not wider
        # than its column's width: the room goes to the summary (review 59 U6)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        self._least = {name: max(width, title_width(header, model, COLUMNS.index(name)) + SORT_ARROW_ROOM)
                       for name, width in WIDTHS.items()}  # never narrower than its title and the sort arrow
        self._least_trend = min(self._least["trend"], title_width(header, model, COLUMNS.index("trend"),
                                                                  whole=True) + SORT_ARROW_ROOM)
        for name, width in self._least.items():  # (review 18: "Severidade" sorted read "everidade")
            header.resizeSection(COLUMNS.index(name), self._least_trend if name == "trend" else width)
        header.setSectionResizeMode(COLUMNS.index("summary"), QHeaderView.ResizeMode.Stretch)
        self.setItemDelegateForColumn(COLUMNS.index("state"), _State(self))  # an acknowledgement's end time
        self.setItemDelegateForColumn(COLUMNS.index("where"), _Place(self))
        self._place_width = header.sectionSize(COLUMNS.index("where"))  # its least: the room shared out below
        self._place_sized = False  # by the engineer (dragged): kept
        header.sectionResized.connect(self._place_resized)
        model.dataChanged.connect(self._fit_trend)
        header.setSortIndicatorShown(True)
        self.show_order()  # worst and oldest first
        # at least a few rows, whatever the panes below ask for (review 16: two rows of twenty)
        self.setMinimumHeight(header.sizeHint().height() + MIN_ROWS * row_height + 2 * self.frameWidth())
        header.sortIndicatorChanged.connect(self._sort_by)
        self.doubleClicked.connect(lambda _index: self.chosen.emit())

    def _place_resized(self, section: int, _old: int, new: int) -> None:
        if section == COLUMNS.index("where") and new != self._sharing:
            self._place_sized = True

    _sharing = -1  # the width ``resizeEvent`` is giving the place column
    _trending = False  # the trend column has its usual width (``_fit_trend``)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        """The room the fixed columns leave goes to the service / instance and the summary,
        not only the summary (review 51 G4: hosts were cut on a wide window), unless the
        engineer sized the column."""
        super().resizeEvent(event)
        self._share()

    def _share(self) -> None:
        if self._place_sized:
            return
        header, place = self.horizontalHeader(), COLUMNS.index("where")
        fixed = sum(header.sectionSize(i) for i in range(len(COLUMNS)) if COLUMNS[i] not in ("where", "summary"))
        self._sharing = max(self._place_width, int((self.viewport().width() - fixed) * PLACE_SHARE))
        header.resizeSection(place, self._sharing)
        self._sharing = -1

    def _fit_trend(self, first, last) -> None:
        """The trend column as narrow as its title while no alert has a trend ("—" on every row:
        Prometheus down, review 59 U6), its usual width once one has (``AlertsModel.trending``);
        resized only when that changes: a width the engineer dragged stays meanwhile."""
        column, trending = COLUMNS.index("trend"), self.model().trending
        if not first.column() <= column <= last.column() or trending == self._trending:
            return
        self._trending = trending
        self.horizontalHeader().resizeSection(column, self._least["trend"] if trending else self._least_trend)
        self._share()

    def focusInEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        """Tab into the table with no row selected makes a row current (its details shown, Enter
        acknowledges it) without selecting it: it is selected too, so the row the window acts on
        is the row drawn selected (review 53 K9)."""
        super().focusInEvent(event)
        current = self.currentIndex()
        if current.isValid() and not self.selectionModel().isRowSelected(current.row()):
            self.selectRow(current.row())

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            event.accept()
            self.chosen.emit()
            return
        super().keyPressEvent(event)

    def _sort_by(self, section: int, order: Qt.SortOrder) -> None:
        if self.model().sort_by(COLUMNS[section], order == Qt.SortOrder.DescendingOrder):
            self.reordered.emit()
        else:
            self.show_order()

    def show_order(self) -> None:
        """The header's indicator on the model's order (``AlertsModel.sorted_by``)."""
        column, descending = self.model().sorted_by
        header = self.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(COLUMNS.index(column),
                                Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder)
        header.blockSignals(False)

    def viewportEvent(self, event) -> bool:  # noqa: N802
        return super().viewportEvent(event)


class _Header(QHeaderView):
    """The table's header, painted under one GIL acquisition too (see ``AlertsTable``)."""

    def viewportEvent(self, event) -> bool:  # noqa: N802
        return super().viewportEvent(event)
