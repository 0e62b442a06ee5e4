"""Where the app shows itself: the tray icon where a system tray exists, else the alerts window
standing in for it (the issue: "show a small status window instead of exiting, and move to the
tray when one appears"; ``ui.stand_in``). GUI thread only."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QSystemTrayIcon

from .tray import TrayIcon

log = logging.getLogger(__name__)
TRAY_CHECK_MS = 5000


class Placement(QObject):
    """Looks for a system tray at ``place()`` and then every ``TRAY_CHECK_MS`` ms, also while in
    the tray: a panel that quits or crashes takes the icon with it, and the app was then nowhere
    on screen (review 19).

    Args:
        tray: the tray icon, shown while a tray exists.
        window: returns the alerts window (building it: ``TrayController.window``).
        built_window: returns the alerts window if it was built, else None.
        show_window: shows the window in front; called with ``asked=False``.

    Attributes:
        tray_shown: True while the icon is in a tray.
        timer: the ``QTimer`` of the looks.
    """

    def __init__(self, tray: TrayIcon, window: Callable, built_window: Callable, show_window: Callable,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tray, self._window, self._built, self._show = tray, window, built_window, show_window
        self.tray_shown = False
        self._looked = False
        self._stopped = False
        self.timer = QTimer(self)
        self.timer.setInterval(TRAY_CHECK_MS)
        self.timer.timeout.connect(self.place)

    def stop(self) -> None:
        """Look no more (the tray quits): a later look would show the icon ``shutdown`` hid, or
        build and show the window of a tray that stopped (which opens the journal again)."""
        self._stopped = True
        self.timer.stop()

    @property
    def standing_in(self) -> bool:
        """True while the window stands in for the icon (a look found no tray)."""
        return self._looked and not self.tray_shown

    def place(self) -> None:
        """Use the tray when one exists; otherwise show the window, standing in for the icon,
        once (later looks leave it as the engineer left it: minimized, say). Nothing after ``stop``."""
        if self._stopped:
            return
        available = QSystemTrayIcon.isSystemTrayAvailable()
        if available and not self.tray_shown:
            self._tray.set_visible(True)
            self.tray_shown = True
            window = self._built()
            if window is not None:
                window.stand_in.set_active(False)
                # only the automatic stand-in goes: not a window asked for, nor one in use (review 25)
                if window.isVisible() and window.stand_in.automatic and not window.stand_in.in_use():
                    window.hide()
                window.stand_in.automatic = False
            log.info("system tray found; showing the tray icon")
        elif not available and (self.tray_shown or not self._looked):
            if self.tray_shown:
                log.warning("the system tray went away; showing the status window instead")
                self._tray.set_visible(False)  # shown again once a tray is back: it docks into the new one
            else:
                log.info("no system tray; showing the status window instead")
            self.tray_shown = False
            window = self._window()
            window.stand_in.set_active(True)
            was_shown = window.isVisible()
            self._show(asked=False)
            if not was_shown:
                window.stand_in.shown_automatically()
        self._looked = True
        if not self.timer.isActive():
            self.timer.start()
