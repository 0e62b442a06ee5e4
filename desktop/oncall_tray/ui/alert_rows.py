"""The alerts table's rows, kept in order and updated incrementally by fingerprint (issue 3):
``AlertsModel``'s row keeping, split out for size.

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

from PySide6.QtCore import QModelIndex

from ..alertmanager.models import Alert, Silence
from ..core.alert_order import SORTABLE, AlertOrder
from ..core.severity import Severity
from ..core.tracker import AlertSnapshot, EventKind, TrackerUpdate

RESET_ABOVE = 300


class AlertRows:
    """Mixin of ``AlertsModel`` (a ``QAbstractTableModel``): the rows shown, in order.

    Keeps ``_rows`` (fingerprints, display order) and ``_keys`` (their sort keys, same order),
    ``_accept`` (the filter, None: all), ``_ordering`` (``alert_order.AlertOrder``) and
    ``_sequence`` (the snapshot shown), all set by the model's ``__init__``; uses its ``_alerts``,
    ``_severities``, ``_order`` (the tracker's), ``policy``, ``_take(snapshot, silences, now)``
    and the Qt model's signals."""

    # -- access -----------------------------------------------------------------------------

    @property
    def sequence(self) -> int:
        """The ``sequence`` of the snapshot shown (0 before the first)."""
        return self._sequence

    def fingerprint(self, row: int) -> str:
        """The fingerprint shown in ``row``."""
        return self._rows[row]

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
        fired, moved = EventKind.FIRED, EventKind.SEVERITY_CHANGED
        acked, unacked = EventKind.ACKNOWLEDGED, EventKind.UNACKNOWLEDGED  # they move too (``order_key``)
        # (``is``, not a set of kinds: an Enum hashes in Python, thousands of calls when half resolve)
        gone_fps = list(dict.fromkeys(e.alert.fingerprint for e in events if e.kind is not fired))  # once each
        # the row of an alert whose severity label changed has the old fingerprint (review 74 BB6)
        gone_fps += [e.replaces.fingerprint for e in events if e.replaces is not None]
        accept = self._accept
        key = self._ordering.key
        new = sorted({(key(e.alert, e.severity), e.alert.fingerprint) for e in events
                     if (e.kind is fired or e.kind is moved or e.kind is acked or e.kind is unacked)
                     and (accept is None or accept(e.alert))})
        if len(gone_fps) + len(new) > RESET_ABOVE:
            self._reload()
            return
        gone = sorted(i for i in (self._find(fp, old_alerts, old_severities) for fp in gone_fps) if i >= 0)
        self._remove_rows(gone)
        self._insert_rows(new)
        self._changed_all()  # ages, clocks, acknowledgement times and edited annotations

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
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self.columnCount() - 1))


def _runs(indexes: list[int]) -> list[tuple[int, int]]:
    """Sorted indexes as (start, end) runs of consecutive values."""
    runs: list[tuple[int, int]] = []
    for i in indexes:
        if runs and runs[-1][1] == i - 1:
            runs[-1] = (runs[-1][0], i)
        else:
            runs.append((i, i))
    return runs
