"""The trends of the tray (issue 8): ``TrayController``'s (split out of ``app`` for size). The
detail pane's trend of one alert, the board of every alert's last hour (the table's trend column),
and the notices held a moment for their trend. The trends are fetched in their own thread
(``trend_worker``); everything here runs in the GUI thread.
"""

from __future__ import annotations

import itertools

from ..core.severity import Severity
from ..core.tracker import EventKind
from ..watch import PollResult
from .trend_worker import Board, Trends

TREND_MEMORY = 500  # trends kept for the after-incident checklist of resolved alerts


class TrendWiring:
    """Mixin of ``TrayController``: uses its ``config``, ``snapshot``, ``trends``, ``trend_notices``,
    ``board``, ``_trend_memory``, ``_trend_cells``, ``_window`` and ``_after_repaint``."""

    def request_trend(self, fingerprint: str, range_s: int) -> None:
        """The detail pane wants an alert's trend (fetched off the GUI thread)."""
        alert = self.snapshot.alerts.get(fingerprint) if self.snapshot else None
        if alert is not None:
            self.trends.request_pane(alert, range_s)

    def _hold_for_trends(self, result: PollResult, notices: list) -> list:
        """Ask for the board of this poll's alerts (and of those just resolved); the notices of
        new warnings, of second targets just missed (a warning's investigation; guide: "Escalar
        se tendência de piora continuar": is it still getting worse?) and of resolved alerts wait
        a moment for their trend."""
        if result.update is None or self.snapshot is None:
            return notices
        events = result.update.events
        resolved = [e.alert for e in events if e.kind is EventKind.RESOLVED]
        snapshot = self.snapshot
        self._after_repaint(lambda: self.trends.request_board(snapshot, resolved))
        fired = {e.alert.fingerprint for e in events if e.kind is EventKind.FIRED and e.severity is Severity.WARNING}
        if result.attention is not None:
            fired.update(result.attention.newly_unresolved)
        return self.trend_notices.offer(notices, fired, {a.fingerprint for a in resolved})

    def on_board(self, board: Board) -> None:
        """The board came back (built in the trends thread): the table's trend column, the
        held notices."""
        self.board = board.results
        memory = self._trend_memory
        memory.update(board.trends)
        for fp in list(itertools.islice(memory, max(0, len(memory) - TREND_MEMORY))):  # oldest first: bounded
            del memory[fp]
        self._trend_cells = board.cells
        if self._window is not None:
            self._window.model.set_trends(board.cells)
        self.trend_notices.on_board(board.results)

    def _make_trends(self) -> Trends:
        trends = Trends(self.config, self)
        trends.pane_ready.connect(lambda *args: self._window is not None and self._window.show_trend(*args))
        trends.board_ready.connect(self.on_board)
        return trends

    def _renew_trends(self) -> None:
        """New settings (the Prometheus address): a new trend thread; the old one is let go."""
        old, self.trends = self.trends, self._make_trends()
        old.shutdown(0)
