"""The shift windows of ``ShiftController`` (split out of it for size): the start, end,
history and incidents windows, built once each, and again in a new language: at once when
shown, keeping what is typed in them, else the next time they are opened. GUI thread."""

from __future__ import annotations

from ..i18n import resolve_language
from .remade import Focus, carry_typing


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
            self._when_idle(window, window.deleteLater)  # hidden: its drafts saved; built in the new language
            window = None
        if window is None:
            window = self._make(kind)
            self._windows[kind] = window
            self._stale.discard(kind)
        window.present(**options)

    def language(self) -> str:
        """The interface's language now ("en", "pt_BR"): the one a handoff kept in several is read in."""
        return resolve_language(self.config.language)

    def retranslate(self) -> None:
        """The language setting changed (translators already installed): each window shown is
        made again in it, whole, where it stood, keeping what is typed in it, written or not
        (review 68 AF2: the end window's labels, headers and buttons stayed in the old language
        under texts in the new; the alerts window and the settings dialog switch so): at once
        when idle, else once it is (``window_idle.when_idle``: no question or file chooser of it
        open, no journal write or action in flight; code review 72 AH4, AH6, AH7); a hidden one is
        built again the next time it is opened."""
        self._stale.update(self._windows)
        for kind, window in list(self._windows.items()):
            if window.isVisible():
                self._when_idle(window, lambda kind=kind, window=window: self._remake(kind, window))

    def _when_idle(self, window, then) -> None:
        from .window_idle import when_idle

        when_idle(window, [background for background in (self.writer, self.actions) if background is not None], then)

    def _remake(self, kind: str, old) -> None:
        """``old`` (shown, idle) replaced by a window of ``kind`` made in the language now, unless
        it was closed, replaced or made again meanwhile: the typed fields carry on, and the focus
        (``remade``: by name, wherever they sit; ``Autosave.take_over``: text, cursor, base, a
        failed write), with what the window lists in ``CARRIED`` and the options it would be
        opened with (``reopening``)."""
        if self._windows.get(kind) is not old or kind not in self._stale or not old.isVisible():
            return
        new = self._make(kind)
        for name in getattr(new, "CARRIED", ()):
            setattr(new, name, getattr(old, name))
        options = old.reopening() if hasattr(old, "reopening") else {}
        focus = Focus.of(old)
        new.restoreGeometry(old.saveGeometry())
        self._windows[kind] = new
        self._stale.discard(kind)
        carry_typing(old, new)  # every text box, wherever it sits (code review 73 AJ3)
        new.present(**options)
        carry_typing(old, new)  # those showing what ``old`` showed only now (the Incidents window's note)
        old.hide()  # (what it holds went over above: its fields' hide writes nothing more)
        self._when_idle(old, old.deleteLater)  # (the write ``take_over`` asked: answered to ``new``)
        focus.give(new)

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
