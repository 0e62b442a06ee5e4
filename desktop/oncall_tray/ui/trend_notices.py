"""The trend in notifications, when it can be had quickly (issue 8).

A new warning's notification, and that of a second target just missed (a warning's
investigation), says whether it is getting worse ("Trend: ↗ worsening since 14:02 — now 85,
threshold > 80"; the guide, for warnings: escalate if the worsening continues), and a resolved
alert's says whether its metric is back to normal (the guide's post-incident "Confirmar métricas
normalizadas"). Those notices wait at most
``QUICK_MS`` for the trend board that the same poll asked for; past that they go out as they
are, so that a slow Prometheus never delays a notification by more than that. GUI thread only.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from ..core.trend import normalized_line, verdict_line
from ..notify.messages import Notice, notice
from ..trend_fetch import TrendResult

#: How long a notice may wait for its trend (design notes: a notification within 1 s of the poll).
QUICK_MS = 600
CONTEXT = "trend_notices"


class TrendNotices(QObject):
    """Holds the notices that a trend would improve.

    Signals:
        ready(list[Notice]): notices to show now (with their trend when it came in time).
    """

    ready = Signal(list)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._held: list[tuple[Notice, str]] = []  # (notice, "fired" | "resolved")
        self.zone: dt.tzinfo | None = None  # the settings' zone (set by the tray; None: the system's)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._release_all)

    def offer(self, notices: list[Notice], fired_warnings: set[str], resolved: set[str]) -> list[Notice]:
        """Keep the notices about ``fired_warnings`` and ``resolved`` fingerprints; return the
        others, to show at once."""
        now: list[Notice] = []
        for item in notices:
            kind = "fired" if item.fingerprint in fired_warnings and not item.quiet else \
                "resolved" if item.fingerprint in resolved and item.quiet else ""
            if kind:
                self._held.append((item, kind))
            else:
                now.append(item)
        if self._held and not self._timer.isActive():
            self._timer.start(QUICK_MS)
        return now

    def on_board(self, results: Mapping[str, TrendResult]) -> None:
        """A board arrived: release the held notices it has a trend for."""
        if not self._held:
            return
        translate = QCoreApplication.translate
        out, keep = [], []
        for item, kind in self._held:
            result = results.get(item.fingerprint)
            if result is None:
                keep.append((item, kind))
                continue
            out.append(with_trend(item, kind, result, translate, self.zone))
        self._held = keep
        if not keep:
            self._timer.stop()
        if out:
            self.ready.emit(out)

    def _release_all(self) -> None:
        held, self._held = self._held, []
        if held:
            self.ready.emit([item for item, _kind in held])


def with_trend(item: Notice, kind: str, result: TrendResult, tr, zone: dt.tzinfo | None = None) -> Notice:
    """``item`` with the trend's line added to its body (unchanged when there is no trend);
    times in ``zone`` (``Config.zone()``; None: the system's)."""
    trend = result.trend
    if trend is None:
        return item
    if kind == "fired":
        line = tr(CONTEXT, "Trend: %1").replace("%1", verdict_line(trend, tr, zone))
    else:
        line = normalized_line(trend, tr)
    if not line:
        return item
    body = f"{item.body}\n{line}" if item.body else line
    return dataclasses.replace(item, body=notice(item.title, body, item.severity).body)
