"""Trends from Prometheus off the GUI thread (design notes, "Threads"; issue 8).

``Trends`` owns a QThread with a ``TrendWorker`` that has its own ``PrometheusClient``. Two kinds
of request, each answered on the GUI thread:

- the detail pane's: one alert over the range the engineer picked (``pane_ready``);
- the board's: every current alert over the last hour, one query per distinct expression, for
  the alerts table, the notifications and the escalation message (``board_ready``).

Requests that pile up while Prometheus is slow are not all run: the worker takes only the
latest of each kind, so a slow or dead Prometheus costs one request at a time and the GUI
never waits for it. Everything that grows with the number of alerts (listing them worst first,
the table's cells, the trends kept for later) is done here too: the GUI thread only hands over
the poll's snapshot and takes a finished ``Board`` back.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

from ..alertmanager.models import Alert
from ..config import Config
from ..core.tracker import AlertSnapshot
from ..core.trend import CONTEXT, DEFAULT_RANGE_S, Trend, arrow, verdict_line, verdict_word
from ..i18n import Translate
from ..prometheus.client import PrometheusClient
from ..trend_fetch import TrendResult, fetch_trend, fetch_trends, problem_text
from .background import stop_as_it_ends

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Board:
    """The trends of one poll's alerts, ready for the GUI thread.

    Attributes:
        results: fingerprint -> ``TrendResult`` (with the reason when there is no trend).
        trends: fingerprint -> ``Trend``, for the alerts that have one.
        cells: fingerprint -> (short text such as "↗ worsening", the verdict's value, the
            tooltip): the alerts table's trend column (``AlertsModel.set_trends``). An alert
            without a trend gets "—", no value, and the reason the detail pane gives as tooltip
            (``problem_text``: no generatorURL, an expression that cannot be plotted, Prometheus
            unreachable); only an alert whose trend is not known yet has no cell (blank).
    """

    results: Mapping[str, TrendResult]
    trends: Mapping[str, Trend]
    cells: Mapping[str, tuple[str, str, str]]

    @classmethod
    def of(cls, results: Mapping[str, TrendResult], translate: Translate, zone: dt.tzinfo | None = None) -> Board:
        """From ``fetch_trends``'s results, the texts in the engineer's language (times in
        ``zone``, ``Config.zone()``)."""
        trends = {fp: r.trend for fp, r in results.items() if r.trend is not None}
        cells = {fp: (f"{arrow(t)} {verdict_word(t.verdict, translate)}", t.verdict.value,
                      verdict_line(t, translate, zone))
                 for fp, t in trends.items()}
        if len(trends) < len(results):  # a blank cell said nothing of why (a fresh-user review)
            none = translate(CONTEXT, "—", "trend column: no trend (the tooltip says why)")
            texts: dict = {}  # one text per reason, shared by the alerts that have it (10,000 when Prometheus is down)

            def reason(result: TrendResult) -> str:
                key = (result.problem, result.detail, result.error.url if result.error is not None else "")
                if key not in texts:
                    texts[key] = problem_text(result, translate)
                return texts[key]

            cells.update((fp, (none, "", reason(r))) for fp, r in results.items() if r.trend is None)
        return cls(results, trends, cells)


class TrendWorker(QObject):
    """Lives in the trends thread. ``pane`` and ``board`` run the latest request of their kind
    (the ``_latest`` slots are written by the GUI thread under a lock).

    Signals:
        pane_ready(TrendResult), board_ready(Board).
    """

    pane_ready = Signal(object)
    board_ready = Signal(object)

    def __init__(self, config: Config) -> None:
        super().__init__()
        self._config = config
        self._client: PrometheusClient | None = None
        self._lock = threading.Lock()
        self._latest: dict[str, tuple] = {}

    def offer(self, kind: str, request: tuple) -> None:
        """Called from the GUI thread: replace the pending request of ``kind``."""
        with self._lock:
            self._latest[kind] = request

    def _take(self, kind: str) -> tuple | None:
        with self._lock:
            return self._latest.pop(kind, None)

    def _http(self) -> PrometheusClient:
        if self._client is None:
            self._client = PrometheusClient(self._config.prometheus_url, timeout=self._config.request_timeout)
        return self._client

    @Slot()
    def pane(self) -> None:
        """Fetch the latest pane request, if any is still pending."""
        request = self._take("pane")
        if request is not None:
            alert, range_s = request
            self.pane_ready.emit(fetch_trend(self._http(), alert, range_s))

    @Slot()
    def board(self) -> None:
        """Fetch the latest board request, if any is still pending."""
        request = self._take("board")
        if request is not None:
            snapshot, resolved = request
            results = fetch_trends(self._http(), snapshot.ordered() + list(resolved), DEFAULT_RANGE_S)
            self.board_ready.emit(Board.of(results, QCoreApplication.translate,  # translate: thread-safe
                                           self._config.zone()))

    @Slot()
    def stop(self) -> None:
        """Close the client."""
        if self._client is not None:
            self._client.close()
            self._client = None


class Trends(QObject):
    """GUI-thread face of the worker.

    Signals:
        pane_ready(TrendResult): the detail pane's trend.
        board_ready(Board): the trends of the board's alerts.
    """

    pane_ready = Signal(object)
    board_ready = Signal(object)
    _pane = Signal()
    _board = Signal()

    def __init__(self, config: Config, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._thread.setObjectName("oncall-tray trends")
        self._worker = TrendWorker(config)
        self._worker.moveToThread(self._thread)
        self._pane.connect(self._worker.pane)
        self._board.connect(self._worker.board)
        stop_as_it_ends(self._thread, self._worker.stop)
        self._worker.pane_ready.connect(self.pane_ready)
        self._worker.board_ready.connect(self.board_ready)
        self._thread.start()

    def request_pane(self, alert: Alert, range_s: float) -> None:
        """Fetch one alert's trend over ``range_s`` seconds (replaces a pending request)."""
        self._worker.offer("pane", (alert, range_s))
        self._pane.emit()

    def request_board(self, snapshot: AlertSnapshot, resolved: Sequence[Alert] = ()) -> None:
        """Fetch the trends of the alerts of ``snapshot`` (worst first) and of the ``resolved``
        ones over the last hour (replaces a pending request). Costs the GUI thread nothing per
        alert: the worker lists them."""
        self._worker.offer("board", (snapshot, tuple(resolved)))
        self._board.emit()

    def shutdown(self, timeout_ms: int = 500) -> bool:
        """Stop the thread; False if a request is still hanging after ``timeout_ms``."""
        if not self._thread.isRunning():
            return True
        self._thread.quit()
        return self._thread.wait(timeout_ms)

