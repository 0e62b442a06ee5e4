"""The trend chart of the detail pane (issue 8): the alert's metric over 15 min, 1 h or 6 h,
one line per series (at most ``MAX_LINES``, "and N more"), the threshold as a dashed red line,
and the verdict in words with an arrow above it.

Drawn with pyqtgraph (pure Python over the installed PySide6; QtCharts is not in
PySide6-Essentials). This module is imported only when a chart is first shown, so the tray
does not load numpy and pyqtgraph until the engineer looks at an alert. GUI thread only.
"""

from __future__ import annotations

import datetime as dt
import math

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QStackedLayout, QVBoxLayout, QWidget

from ..core.trend import DEFAULT_RANGE_S, RANGES_S, Verdict, format_value, threshold_text, verdict_line
from ..markup import escape
from ..trend_fetch import TrendResult, problem_text
from .plain import PlainLabel, plain_rich_text
from .screen_fit import elastic
from .translations import translator_for

TR_CONTEXT = "trend_chart"
tr = translator_for(TR_CONTEXT)
#: Issue 8: at most 10 series, "and N more".
MAX_LINES = 10
#: Distinct line colours (colour-blind friendly first).
PALETTE = ("#1f77b4", "#ff7f0e", "#2ca02c", "#9467bd", "#8c564b", "#e377c2", "#17becf", "#bcbd22",
           "#7f7f7f", "#393b79")
VERDICT_COLOURS = {Verdict.WORSENING: "#c62828", Verdict.IMPROVING: "#2e7d32", Verdict.STABLE: "#455a64",
                   Verdict.RISING: "#b26a00", Verdict.FALLING: "#1565c0", Verdict.UNKNOWN: "#757575"}
THRESHOLD_COLOUR = "#d32f2f"


def range_label(seconds: int) -> str:
    """"15 min", "1 h", "6 h"."""
    return tr("%1 min").replace("%1", str(seconds // 60)) if seconds < 3600 else \
        tr("%1 h").replace("%1", str(seconds // 3600))


class TrendChart(QWidget):
    """Verdict line, range picker and chart; or a message instead of an empty chart.

    Signals:
        range_changed(int): the engineer picked another range (seconds).
    """

    range_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.zone: dt.tzinfo | None = None  # the settings' zone, set by the window (None: the system's)
        self.verdict = PlainLabel()
        font = self.verdict.font()
        font.setBold(True)
        self.verdict.setFont(font)
        self.range = QComboBox()
        for seconds in RANGES_S:
            self.range.addItem(range_label(seconds), seconds)
        self.range.setCurrentIndex(RANGES_S.index(DEFAULT_RANGE_S))
        self.range.currentIndexChanged.connect(lambda _i: self.range_changed.emit(self.range_s))
        self.message = PlainLabel()
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setStyleSheet("color:#616161; padding:12px;")
        for label in (self.verdict, self.message):  # they name the alert (review 32: 2,821 px wide)
            elastic(label)
        self.plot = pg.PlotWidget(background="w", axisItems={"bottom": pg.DateAxisItem()})  # local time
        self.plot.showGrid(x=True, y=True, alpha=0.25)
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        for axis in ("left", "bottom"):
            self.plot.getAxis(axis).setTextPen("#424242")
            self.plot.getAxis(axis).setPen("#9e9e9e")
        # Items are made once and reused on every refresh (nothing is removed from the scene),
        # and the legend is a Qt label that wraps, under the chart rather than over the lines.
        self.curves = [self.plot.plot([], []) for _ in range(MAX_LINES)]
        self.threshold = pg.InfiniteLine(angle=0, pen=pg.mkPen(THRESHOLD_COLOUR, width=2, style=Qt.PenStyle.DashLine),
                                         label="", labelOpts={"position": 0.97, "color": THRESHOLD_COLOUR,
                                                              "anchors": [(1, 1), (1, 1)]})
        self.plot.addItem(self.threshold)
        self.legend = QLabel()
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setWordWrap(True)
        self.more = PlainLabel()
        self.more.setStyleSheet("color:#616161;")
        chart = QWidget()
        chart_layout = QVBoxLayout(chart)
        chart_layout.setContentsMargins(0, 0, 0, 0)
        chart_layout.addWidget(self.plot, 1)
        chart_layout.addWidget(self.legend)
        chart_layout.addWidget(self.more)
        self._stack = QStackedLayout()
        self._stack.addWidget(self.message)
        self._stack.addWidget(chart)
        top = QHBoxLayout()
        top.addWidget(self.verdict, 1)
        top.addWidget(QLabel(tr("Range")))
        top.addWidget(self.range)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addLayout(self._stack, 1)
        self.show_message(tr("Select an alert to see its trend."))

    @property
    def range_s(self) -> int:
        """The range picked, in seconds."""
        return int(self.range.currentData())

    def show_message(self, text: str, verdict: str = "") -> None:
        """A message instead of the chart (no alert, no expression, an error...)."""
        self.verdict.setText(verdict)
        self.verdict.setStyleSheet("")
        self.message.setText(text)
        self._stack.setCurrentIndex(0)

    def show_loading(self, name: str, keep_chart: bool = False) -> None:
        """Waiting for Prometheus; with ``keep_chart`` the chart shown stays until the new one
        comes (a refresh of the same alert and range)."""
        if not keep_chart or self._stack.currentIndex() == 0:
            self.show_message(tr("Asking Prometheus for the trend of %1…").replace("%1", name))

    def show_result(self, result: TrendResult) -> None:
        """The chart for ``result``, or why there is none (Prometheus's error as it sent it)."""
        translate = QCoreApplication.translate
        trend = result.trend
        if trend is None:
            self.show_message(problem_text(result, translate), tr("No trend"))
            return
        if not trend.series:
            self.show_message(tr("Prometheus has no data for %1 over this range.").replace(
                "%1", trend.expression.plot), verdict_line(trend, translate, self.zone))
            return
        self.verdict.setText(verdict_line(trend, translate, self.zone))
        self.verdict.setStyleSheet(f"color:{VERDICT_COLOURS[trend.verdict]};")
        expression = trend.expression
        own = {id(s) for s in trend.own}
        shown = list(trend.own[:MAX_LINES]) + [s for s in trend.series if id(s) not in own][:MAX_LINES - len(trend.own)]
        legend = []
        for index, curve in enumerate(self.curves):
            if index >= len(shown):
                curve.setData([], [])
                curve.setVisible(False)
                continue
            series = shown[index]
            colour = PALETTE[index % len(PALETTE)]
            curve.setData([t for t, _v in series.points], [v for _t, v in series.points], connect="finite")
            curve.setPen(pg.mkPen(colour, width=3 if id(series) in own else 1.5))
            curve.setVisible(True)
            name = series.legend() if series.labels else expression.plot
            legend.append(f"<span style='color:{colour}'>&#9632;</span>&nbsp;{escape(_legend(name, series.last))}")
        self.legend.setText("&emsp; ".join(legend))
        self.threshold.setVisible(expression.threshold is not None)
        if expression.threshold is not None:
            self.threshold.setValue(expression.threshold)
            self.threshold.label.setFormat(threshold_text(expression, translate))
        self.plot.setXRange(trend.start.timestamp(), trend.end.timestamp(), padding=0.01)
        ys = [v for s in shown for _t, v in s.points if math.isfinite(v)]
        if expression.threshold is not None:
            ys.append(expression.threshold)  # the threshold stays in sight, however far
        if ys:
            self.plot.setYRange(min(ys), max(ys), padding=0.08)
        hidden = len(trend.series) - len(shown)
        self.more.setText(tr("and %1 more series").replace("%1", str(hidden)) if hidden > 0 else "")
        self.more.setVisible(hidden > 0)
        self.plot.setToolTip(plain_rich_text(tr("Plotted: %1").replace("%1", expression.plot)))  # "<", controls: as typed
        self._stack.setCurrentIndex(1)


def _legend(text: str, last: float | None, limit: int = 70) -> str:
    text = " ".join(text.split())
    text = text if len(text) <= limit else text[: limit - 1] + "…"
    return f"{text}  {format_value(last)}"

