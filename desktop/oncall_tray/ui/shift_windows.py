"""The shift windows of ``ShiftController`` (split out of it for size): the start, end,
history and incidents windows, built once each and again in a new language once hidden. GUI
thread."""

from __future__ import annotations


class ShiftWindows:
    """Mixin of ``ShiftController``: uses its ``_windows`` (kind -> window), ``_stale`` (kinds
    built in a language no longer set) and ``reopen``."""

    def show_window(self, kind: str, **options) -> None:
        """Show (creating it once) the ``start``, ``end``, ``history`` or ``incidents`` window;
        while the journal cannot be used, try it again first (``reopen``)."""
        if not self.reopen():
            return
        window = self._windows.get(kind)
        if window is not None and kind in self._stale and not window.isVisible():
            window.deleteLater()  # hidden, so its fields' drafts were saved: rebuilt in the new language
            window = None
        if window is None:
            window = self._make(kind)
            self._windows[kind] = window
            self._stale.discard(kind)
        window.present(**options)

    def retranslate(self) -> None:
        """The language setting changed: each window is built again in it the next time it is
        opened. One open now keeps its words until it is closed, so that nothing being typed in
        it is disturbed."""
        self._stale.update(self._windows)

    def _make(self, kind: str):
        if kind == "start":
            from .handoff_start import ShiftStartWindow
            return ShiftStartWindow(self)
        if kind == "end":
            from .handoff_end import ShiftEndWindow
            return ShiftEndWindow(self)
        if kind == "history":
            from .handoff_history import HistoryWindow
            return HistoryWindow(self)
        from .incidents_window import IncidentsWindow
        return IncidentsWindow(self)

    def window(self, kind: str):
        """The window of that kind if it was created (tests)."""
        return self._windows.get(kind)
