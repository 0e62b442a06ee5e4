"""The alerts table's model, updated incrementally by fingerprint (issue 3).

Rows are kept worst first, then oldest first, in the order the tracker computed in the poller
thread, unless the engineer sorts by another column (``sort_by``: a header click). A poll's
events remove the rows of resolved alerts, insert fired ones at their sorted place (in runs) and
refresh acknowledged ones; only a change touching more than ``RESET_ABOVE`` rows (the first
poll, a mass resolution, a filter change) resets the model, which is cheaper than thousands of
single-row signals. In the tracker's order the GUI thread does no sorting and no full scan per
poll (design notes: no stall over 50 ms with 10,000 alerts); another order is sorted once when
chosen and at each reset. A changed ``startsAt`` does not move a row until the next reset. GUI
thread only.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Callable, Mapping

from PySide6.QtCore import (QAbstractTableModel, QCoreApplication, QModelIndex, QModelRoleDataSpan,
                            QPersistentModelIndex, Qt)
from PySide6.QtGui import QBrush, QColor

from ..alertmanager.matchers import matches_all
from ..alertmanager.models import Alert, Silence
from ..core.alert_order import SORTABLE, AlertOrder, told_place, where
from ..core.durations import format_age
from ..core.overview import Light
from ..core.severity import Severity
from ..core.sla import AMBER_FRACTION, Acknowledgements, SlaClock, SlaPolicy
from ..core.tracker import AlertSnapshot, EventKind, TrackerUpdate
from ..notify.messages import severity_word
from .icons import severity_chip
from .plain import plain_rich_text, shown
from .sla_cells import clock_text, clock_tip, clock_title, clock_title_tip
from .state_cells import Escalated, state_text
from .translations import translator_for

TR_CONTEXT = "alerts"
tr = translator_for(TR_CONTEXT)
RESET_ABOVE = 300
CLOCK_CACHE = 2000  # clocks kept for the rows painted at one moment (a screen is ~50 rows)
COLUMNS = ("severity", "alert", "where", "summary", "age", "respond", "resolve", "state", "trend")
TIMED = ("age", "respond", "resolve", "state")  #: columns that move with the clock (refreshed every second)
FINGERPRINT_ROLE = Qt.ItemDataRole.UserRole + 1


class AlertsModel(QAbstractTableModel):
    """Current alerts as a table: severity, alert, where, summary, age, state."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[str] = []  # fingerprints, display order
        self._keys: list[tuple] = []  # their sort keys, same order
        self._alerts: Mapping[str, Alert] = {}
        self._severities: Mapping[str, Severity] = {}
        self._silences: Mapping[str, Silence] = {}
        self._acknowledgements = Acknowledgements({})
        self._accept: Callable[[Alert], bool] | None = None
        self._ordering = AlertOrder()  # the tracker's order until the engineer sorts
        self._sequence, self._order = 0, ()
        self._telling: Mapping[str, str] = {}
        self.now = dt.datetime.now(dt.timezone.utc)
        self.stale = False
        self._escalated: Escalated = ({}, frozenset(), {})  # levels, answered, L2 resolve by (set_stale)
        self._unknown: Mapping[str, tuple[str, ...]] = {}  # held only by members not answering (set_stale)
        self._recorded_acks: dict[str, dt.datetime] = {}  # fingerprint -> acknowledged at (set_stale)
        self.on_call = ""  # whose silences acknowledge without ACK (set_stale; review 59 U1)
        self._in_flight: dict[str, str] = {}  # fingerprint -> its silence on its way (set_in_flight)
        self._chips = {severity: severity_chip(Light(severity.value)) for severity in Severity}
        self._grey = QBrush(QColor("#808080"))
        self._red = QBrush(QColor("#c62828"))
        self._amber = QBrush(QColor("#b26a00"))
        self.policy = SlaPolicy()
        self._trends: Mapping[str, tuple[str, str, str]] = {}
        self.trending = False  # an alert has a trend, not only "—" (``set_trends``; the column's width)
        self._clocks: dict[str, tuple] = {}  # fingerprint -> (alert, now, silences, policy, SlaClock)
        self._trend_brushes = {"worsening": self._red, "improving": QBrush(QColor("#2e7d32"))}

    # -- Qt model interface -------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.ToolTipRole and COLUMNS[section] in ("respond", "resolve"):
            return plain_rich_text(clock_title_tip(COLUMNS[section]))
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (tr("Severity"), tr("Alert"), tr("Service / instance"), tr("Summary"), tr("Age"),
                  clock_title("respond"), clock_title("resolve"), tr("State"), tr("Trend"))
        stale = COLUMNS[section] == "state" and self.stale  # said here, not in each narrow cell (review 48 R9)
        return titles[section] + (" " + tr("(stale)") if stale else "")

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        fp = self._rows[index.row()]
        alert = self._alerts.get(fp)
        if alert is None:  # a row being removed by a poll (the view, or its accessibility bridge, reads it as it goes)
            return None
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return shown(self._text(alert, fp, column))  # a summary's override shown, not obeyed (review 59 U3)
        if role == FINGERPRINT_ROLE:
            return fp
        if role == Qt.ItemDataRole.DecorationRole and column == "severity":
            return self._chips[self._severities[fp]]
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == "trend" and fp in self._trends and not self.stale:
                return self._trend_brushes.get(self._trends[fp][1])
            if column in ("respond", "resolve") and not self.stale:
                return self._clock_colour(self._clock(alert, fp), column)
            if self.stale or alert.silenced or alert.inhibited:
                return self._grey
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("age", "respond", "resolve"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == "trend" and fp in self._trends:
            return plain_rich_text(self._trends[fp][2])
        if role == Qt.ItemDataRole.ToolTipRole and column in ("respond", "resolve") and not self.stale:
            return clock_tip(self._clock(alert, fp), column, self.policy.business.zone, self.now)  # the whole sentence
        if role == Qt.ItemDataRole.ToolTipRole and column in ("summary", "where"):  # the whole of a cut text
            return plain_rich_text(self._text(alert, fp, column))
        if role == Qt.ItemDataRole.ToolTipRole and column == "state":
            return plain_rich_text(self.state_text(alert))
        return None

    def multiData(self, index: QModelIndex | QPersistentModelIndex,  # noqa: N802
                  roleDataSpan: QModelRoleDataSpan) -> None:  # noqa: N803
        """Every role the view asks of one cell, in one call (Qt 6 views ask this way). Each
        call from C++ into Python must take the GIL back, and while 10,000 alerts arrive the
        worker threads hold it often: one call per cell instead of one per role (about seven)
        keeps a repaint of the table short (design notes: no stall over 50 ms)."""
        for role_data in roleDataSpan:
            role_data.setData(self.data(index, role_data.role()))

    def _text(self, alert: Alert, fp: str, column: str) -> str:
        if column == "severity":
            return severity_word(self._severities[fp], QCoreApplication.translate)
        if column == "alert":
            return alert.display_name
        if column == "where":  # with what tells it from another of its name and place (review 34)
            return told_place(where(alert), self._telling.get(fp, ""))
        if column == "summary":
            return alert.summary
        if column == "trend":
            return self._trends[fp][0] if fp in self._trends else ""
        if column == "age":
            return format_age(alert.starts_at, self.now)
        if column in ("respond", "resolve"):
            return clock_text(self._clock(alert, fp), column)
        return self.state_text(alert, short=True)

    def _clock(self, alert: Alert, fp: str) -> SlaClock:
        """The SLA clock of one alert now (computed for the rows on screen only, once per row
        and moment: a cell asks for its text and its colour)."""
        cached = self._clocks.get(fp)
        if (cached is not None and cached[0] is alert and cached[1] is self.now and cached[2] is self._silences
                and cached[3] is self.policy):
            return cached[4]
        clock = self.policy.clock(alert, self._severities[fp], self._acknowledgements.at(alert), now=self.now)
        if len(self._clocks) > CLOCK_CACHE:
            self._clocks.clear()
        self._clocks[fp] = (alert, self.now, self._silences, self.policy, clock)
        return clock

    def _clock_colour(self, clock: SlaClock, column: str) -> QBrush | None:
        """Red once past, amber in the last fifth (issue 4); grey once responded in time."""
        if column == "respond" and (clock.responded or clock.paused):  # paused ("silenced"): none
            return None if clock.paused else self._red if clock.response_missed else self._grey
        remaining = clock.respond_remaining_s if column == "respond" else clock.resolve_remaining_s
        if remaining is None:
            return None
        if remaining < 0:
            return self._red
        fraction = clock.fraction_left(column)
        return self._amber if fraction is not None and fraction < AMBER_FRACTION else None

    def state_text(self, alert: Alert, short: bool = False) -> str:
        """The alert's state (``state_cells.state_text``): the ``short`` cell's, or the tooltip's
        and detail pane's sentence."""
        clock = self._clock(alert, alert.fingerprint) if alert.fingerprint in self._severities else None
        return state_text(alert, clock, self._silences.values(), self._escalated, self.now, self.policy.business.zone,
                          self.stale, short, self._in_flight.get(alert.fingerprint, ""),
                          ", ".join(self._unknown.get(alert.fingerprint, ())), self.on_call)

    def set_in_flight(self, marks: Mapping[str, str]) -> None:
        """The alerts whose silence is on its way (``in_flight.InFlight.marks``): their State
        reads "acknowledging…" or "silencing…"; the rows that change are repainted."""
        old, self._in_flight = self._in_flight, dict(marks)
        column = COLUMNS.index("state")
        for fp in {fp for fp in old.keys() | marks.keys() if old.get(fp) != marks.get(fp)}:
            row = self.row_of(fp)
            if row >= 0:
                self.dataChanged.emit(self.index(row, column), self.index(row, column))

    def in_flight(self, fingerprint: str) -> bool:
        """True while a silence for the alert is on its way (``set_in_flight``)."""
        return fingerprint in self._in_flight

    # -- access -----------------------------------------------------------------------------

    @property
    def sequence(self) -> int:
        """The ``sequence`` of the snapshot shown (0 before the first)."""
        return self._sequence

    def fingerprint(self, row: int) -> str:
        """The fingerprint shown in ``row``."""
        return self._rows[row]

    def alert(self, fingerprint: str) -> Alert | None:
        """The current alert with that fingerprint, None if gone."""
        return self._alerts.get(fingerprint)

    def severity(self, fingerprint: str) -> Severity:
        """Its severity."""
        return self._severities[fingerprint]

    def silences_of(self, alert: Alert) -> list[Silence]:
        """The known silences that mute ``alert``, then the pending ones that will (review 56 Q7)."""
        return [self._silences[i] for i in alert.status.silenced_by if i in self._silences] + sorted(
            (s for s in self._silences.values() if s.status.state == "pending" and matches_all(s.matchers, alert.labels)),
            key=lambda s: s.starts_at or self.now)

    def total(self) -> int:
        """How many current alerts there are, shown or filtered out."""
        return len(self._alerts)

    def row_of(self, fingerprint: str) -> int:
        """The row of a fingerprint, -1 if not shown."""
        return self._find(fingerprint, self._alerts, self._severities)

    @property
    def sorted_by(self) -> tuple[str, bool]:
        """(column, descending) of the rows' order; ("severity", False) is worst and oldest first."""
        return self._ordering.column, self._ordering.descending

    # -- updates ------------------------------------------------------------------------

    def sort_by(self, column: str, descending: bool = False) -> bool:
        """Order the rows by ``column`` (``alert_order.AlertOrder``: one of ``SORTABLE``,
        ascending as the cells read; "severity" ascending is worst and oldest first); a reset.
        False, and nothing changes, for another column (review 15: a header click did nothing)."""
        if column not in SORTABLE:
            return False
        if (column, descending) != self.sorted_by:
            self._ordering = AlertOrder(column, descending, self.policy)
            self._reload()
        return True

    def set_filter(self, accept: Callable[[Alert], bool] | None) -> None:
        """Show only the alerts ``accept`` lets through (None: all); a reset, the user asked."""
        self._accept = accept
        self._reload()

    def set_stale(self, stale: bool, escalated: Mapping[str, str] | None = None,
                  acknowledged_at: Mapping[str, dt.datetime] | None = None, answered: frozenset[str] = frozenset(),
                  unknown: Mapping[str, tuple[str, ...]] | None = None,
                  resolve_by: Mapping[str, dt.datetime] | None = None, on_call: str | None = None) -> None:
        """Mark every row as coming from an earlier poll (or not); with what the journal recorded
        (``Overview.escalated``, ``.answered``, ``.level_resolve_by``, ``.acknowledged_at``; None: as it was):
        the escalations made, answered, when L2 should have resolved, acknowledgements whose silence may be
        gone (response clocks stay stopped); ``unknown``: the rows only cluster members not answering held,
        with those members, their state "as last seen" (review 56 P5); ``on_call``: the engineer on call."""
        escalated = self._escalated if escalated is None else (dict(escalated), answered, dict(resolve_by or {}))
        unknown = dict(unknown or {})
        moved, self._unknown = unknown != self._unknown, unknown
        acks = self._recorded_acks if acknowledged_at is None else dict(acknowledged_at)
        on_call = self.on_call if on_call is None else on_call
        if acks != self._recorded_acks or on_call != self.on_call:
            self._recorded_acks, self.on_call = acks, on_call
            self._acknowledgements = Acknowledgements(self._silences, acks, on_call)
            self._clocks.clear()
        elif stale == self.stale and escalated == self._escalated and not moved:
            return
        changed, self.stale, self._escalated = stale != self.stale, stale, escalated
        if changed:  # the State column's title says it (review 48 R9)
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, COLUMNS.index("state"), COLUMNS.index("state"))
        self._changed_all()

    def load(self, snapshot: AlertSnapshot, silences: Mapping[str, Silence], now: dt.datetime) -> None:
        """Show ``snapshot`` from scratch (a model reset)."""
        self._take(snapshot, silences, now)
        self._reload()

    def apply(self, update: TrackerUpdate, silences: Mapping[str, Silence], now: dt.datetime) -> None:
        """Apply one poll's events by fingerprint: remove resolved rows, insert fired ones at
        their sorted place, refresh acknowledged ones. Falls back to ``load`` when the model
        missed a poll (it was hidden) or more than ``RESET_ABOVE`` rows change."""
        snapshot = update.snapshot
        if update.initial or not self._sequence or snapshot.sequence != self._sequence + 1:
            self.load(snapshot, silences, now)
            return
        old_alerts, old_severities = self._alerts, self._severities
        self._take(snapshot, silences, now)
        events = update.events
        resolved, fired, moved = EventKind.RESOLVED, EventKind.FIRED, EventKind.SEVERITY_CHANGED
        # (``is``, not a set of kinds: an Enum hashes in Python, thousands of calls when half resolve)
        gone_fps = [e.alert.fingerprint for e in events if e.kind is resolved or e.kind is moved]
        accept = self._accept
        key = self._ordering.key
        new = sorted((key(e.alert, e.severity), e.alert.fingerprint) for e in events
                     if (e.kind is fired or e.kind is moved) and (accept is None or accept(e.alert)))
        if len(gone_fps) + len(new) > RESET_ABOVE:
            self._reload()
            return
        gone = sorted(i for i in (self._find(fp, old_alerts, old_severities) for fp in gone_fps) if i >= 0)
        self._remove_rows(gone)
        self._insert_rows(new)
        changed = sorted(i for i in (self.row_of(e.alert.fingerprint) for e in events
                                     if e.kind in (EventKind.ACKNOWLEDGED, EventKind.UNACKNOWLEDGED)) if i >= 0)
        for start, end in _runs(changed):
            self.dataChanged.emit(self.index(start, 0), self.index(end, len(COLUMNS) - 1))
        self._changed_all()  # ages, clocks, acknowledgement times and edited annotations

    def set_trends(self, trends: Mapping[str, tuple[str, str, str]]) -> None:
        """The trend column: fingerprint -> (short text such as "↗ worsening", the verdict's
        value, the tooltip; "—" and the reason for an alert without one: ``trend_worker.Board``);
        alerts left out (trend not known yet) show nothing (issue 8). The same trends as before
        repaint nothing."""
        if trends == self._trends:
            return
        self._trends, self.trending = trends, any(verdict for _text, verdict, _tip in trends.values())
        if self._rows:
            column = COLUMNS.index("trend")
            self.dataChanged.emit(self.index(0, column), self.index(len(self._rows) - 1, column))

    def tick(self, now: dt.datetime) -> None:
        """Move the clocks to ``now`` (aware UTC): one signal for the timed columns."""
        self.now = now
        if self._rows:
            self.dataChanged.emit(self.index(0, COLUMNS.index(TIMED[0])),
                                  self.index(len(self._rows) - 1, COLUMNS.index(TIMED[-1])))

    def _take(self, snapshot: AlertSnapshot, silences: Mapping[str, Silence], now: dt.datetime) -> None:
        self._alerts, self._severities, self._silences, self.now = (
            snapshot.alerts, snapshot.severities, silences, now)
        self._acknowledgements = Acknowledgements(silences, self._recorded_acks, self.on_call)
        self._sequence = snapshot.sequence
        self._order, self._telling = snapshot.order, snapshot.telling

    def _reload(self) -> None:
        self.beginResetModel()
        accept, alerts = self._accept, self._alerts
        pairs = self._order if accept is None else [p for p in self._order if accept(alerts[p[1]])]
        if not self._ordering.tracker_order:
            severities, key = self._severities, self._ordering.key
            pairs = sorted((key(alerts[fp], severities[fp]), fp) for _k, fp in pairs)
        self._keys = [k for k, _fp in pairs]
        self._rows = [fp for _k, fp in pairs]
        self.endResetModel()

    def _find(self, fingerprint: str, alerts: Mapping[str, Alert], severities: Mapping[str, Severity]) -> int:
        alert = alerts.get(fingerprint)
        if alert is None:
            return -1
        i = bisect.bisect_left(self._keys, self._ordering.key(alert, severities[fingerprint]))
        return i if i < len(self._rows) and self._rows[i] == fingerprint else -1

    def _remove_rows(self, indexes: list[int]) -> None:
        for start, end in reversed(_runs(indexes)):
            self.beginRemoveRows(QModelIndex(), start, end)
            del self._rows[start:end + 1]
            del self._keys[start:end + 1]
            self.endRemoveRows()

    def _insert_rows(self, pairs: list[tuple[tuple, str]]) -> None:
        """Insert sorted (key, fingerprint) pairs, one signal per run that lands together."""
        i = 0
        while i < len(pairs):
            at = bisect.bisect_left(self._keys, pairs[i][0])
            j = i + 1
            while j < len(pairs) and (at == len(self._keys) or pairs[j][0] < self._keys[at]):
                j += 1
            run = pairs[i:j]
            self.beginInsertRows(QModelIndex(), at, at + len(run) - 1)
            self._keys[at:at] = [k for k, _fp in run]
            self._rows[at:at] = [fp for _k, fp in run]
            self.endInsertRows()
            i = j

    def _changed_all(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(COLUMNS) - 1))


def _runs(indexes: list[int]) -> list[tuple[int, int]]:
    """Sorted indexes as (start, end) runs of consecutive values."""
    runs: list[tuple[int, int]] = []
    for i in indexes:
        if runs and runs[-1][1] == i - 1:
            runs[-1] = (runs[-1][0], i)
        else:
            runs.append((i, i))
    return runs
