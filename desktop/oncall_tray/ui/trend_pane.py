"""The alerts window's place for the selected alert's trend (issue 8), beside its details: empty
until a trend is first wanted, then a ``TrendChart`` (built then: it loads pyqtgraph, which costs
memory for nothing while the window is only looked at). GUI thread only."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ..alertmanager.models import Alert
from .translations import translator_for

if TYPE_CHECKING:
    from .trend_chart import TrendChart

TR_CONTEXT = "alerts_window"  # the window's words, as before they had a module of their own
tr = translator_for(TR_CONTEXT)


class TrendPane(QWidget):
    """Holds the trend chart of the selected alert.

    Args:
        zone: the settings' time zone for the chart's times (None: the system's).

    Signals:
        requested(fingerprint, range_s): that alert's trend over that range (seconds) is wanted.
        range_changed(): the engineer picked another range (ask again for the selected alert).
        built(): the chart was just built (new Tab stops).
    """

    requested = Signal(str, int)
    range_changed = Signal()
    built = Signal()

    def __init__(self, zone: dt.tzinfo | None) -> None:
        super().__init__()
        self.zone = zone
        self.chart: TrendChart | None = None
        self._box = QVBoxLayout(self)
        self._box.setContentsMargins(0, 0, 0, 0)

    def _chart(self) -> TrendChart:
        if self.chart is None:
            from .trend_chart import TrendChart

            self.chart = TrendChart()
            self.chart.zone = self.zone
            self.chart.range_changed.connect(lambda _s: self.range_changed.emit())
            self._box.addWidget(self.chart)
            self.built.emit()
        return self.chart

    def refresh(self, alert: Alert | None, fresh: bool = False) -> None:
        """Ask for ``alert``'s trend (``requested``): after a poll (the chart stays until the new
        one comes), or ``fresh`` for another alert or range. None: no alert selected, said in
        the chart if there is one."""
        if alert is None:
            if self.chart is not None:
                self.chart.show_message(tr("Select an alert to see its trend."))
            return
        chart = self._chart()
        chart.show_loading(alert.display_name, keep_chart=not fresh)
        self.requested.emit(alert.fingerprint, chart.range_s)

    def show_result(self, result, selected: str) -> None:
        """Show a ``TrendResult`` if it is the ``selected`` alert's, over the range picked."""
        if self.chart is not None and result.fingerprint == selected and result.range_s == self.chart.range_s:
            self.chart.show_result(result)
