"""The alerts table's model (issue 3): what each cell shows, its colour and tooltip (severity,
alert, place, summary, age, the SLA clocks, state, trend), and the alerts, silences and journal
records they are made from. Its rows, kept in order and updated incrementally by fingerprint,
are ``alert_rows.AlertRows``'s. GUI thread only.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping

from PySide6.QtCore import (QAbstractTableModel, QCoreApplication, QModelIndex, QModelRoleDataSpan,
                            QPersistentModelIndex, Qt)
from PySide6.QtGui import QBrush, QColor

from ..alertmanager.matchers import matches_all
from ..alertmanager.models import Alert, Silence
from ..core.acknowledged import acknowledgement
from ..core.alert_order import AlertOrder, told_place, where
from ..core.durations import format_age
from ..core.overview import Light
from ..core.severity import Severity
from ..core.sla import AMBER_FRACTION, Acknowledgements, SlaClock, SlaPolicy
from ..core.tracker import AlertSnapshot
from ..notify.messages import severity_word
from .alert_rows import AlertRows
from .icons import severity_chip
from .plain import plain_rich_text, shown
from .sla_cells import clock_text, clock_tip, clock_title, clock_title_tip
from .state_cells import Escalated, state_text
from .translations import translator_for

TR_CONTEXT = "alerts"
tr = translator_for(TR_CONTEXT)
CLOCK_CACHE = 2000  # clocks kept for the rows painted at one moment (a screen is ~50 rows)
COLUMNS = ("severity", "alert", "where", "summary", "age", "respond", "resolve", "state", "trend")
TIMED = ("age", "respond", "resolve", "state")  #: columns that move with the clock (refreshed every second)
FINGERPRINT_ROLE = Qt.ItemDataRole.UserRole + 1


class AlertsModel(AlertRows, QAbstractTableModel):
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

    def state_author(self, alert: Alert) -> str:
        """The author of the acknowledgement the ``short`` State cell names, as the cell shows it
        (``plain.shown``), "" when it names none (no acknowledgement, nameless, escalated, on its
        way, ended while stale): the part of the cell that may be cut when it is too long
        (``alerts_table._State``; the tooltip has it whole)."""
        found = acknowledgement(alert, self._silences.values(), self.on_call) if alert.silenced else None
        author = shown(found.author) if found is not None and found.author else ""
        named = tr("✓ %1 until %2").partition("%1")[0] + author  # "✓ Ana": the cell's words before the name
        return author if author and named in shown(self.state_text(alert, short=True)) else ""

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

    # -- updates ------------------------------------------------------------------------

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
