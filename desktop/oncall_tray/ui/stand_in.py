"""The alerts window standing in for the tray icon where no system tray exists (review 25).

While there is no tray, closing the window (Escape, Ctrl+W, the window manager's close button)
minimizes it, so that the app stays in the taskbar instead of vanishing, and a line in the window
says there is no tray and how to quit. Once a tray appears the line goes, closing hides the window
again, and the window is hidden only if it was shown automatically and the engineer is not using
it. GUI thread only.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QPushButton, QTextEdit, QWidget

from .screen_fit import elastic
from .translations import translator_for

TR_CONTEXT = "stand_in"
tr = translator_for(TR_CONTEXT)
TEXT_BOXES = (QLineEdit, QTextEdit, QPlainTextEdit)
#: what the engineer does in the window that shows it is in use: a key, a click, coming back to it
TOUCHES = (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.InputMethod)


class StandIn(QObject):
    """How ``window`` behaves as the stand-in for the tray icon.

    Args:
        window: the alerts window (a top-level ``QWidget``).
        quit_button: its Quit button, whose tooltip follows (with no tray, minimizing keeps
            watching, not closing).

    Attributes:
        banner: the line that says there is no system tray; put it in the window's layout.
        active: True while no system tray exists (``set_active``).
        automatic: True while the window is one shown automatically for want of a tray, not
            asked for (``shown_automatically``, ``asked_for``).
    """

    def __init__(self, window: QWidget, quit_button: QPushButton) -> None:
        super().__init__(window)
        self.window = window
        self.quit_button = quit_button
        self.banner = QLabel()
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setWordWrap(True)
        elastic(self.banner)
        self.banner.setStyleSheet("background:#fff3cd; color:#3e2f00; padding:6px;")
        self.banner.hide()
        self.active = False
        self.automatic = False
        self._touched = False  # the engineer did something in the window since it was shown automatically
        self._left = False  # it lost the focus since then (coming back to it is a touch)
        self._watched = None  # the QWindow whose input is watched
        self.retranslate()

    def retranslate(self) -> None:
        """Set the texts in the interface's language, for the state now."""
        self.banner.setText(tr("There is no system tray on this desktop, so this window stands in for the oncall-tray "
                               "icon: closing it only minimizes it, and alerts are still watched. To stop watching, "
                               "use Quit."))
        self.quit_button.setToolTip(tr("Stop watching Alertmanager: minimize the window to keep watching")
                                    if self.active else tr("Stop watching Alertmanager: close the window to keep watching"))

    def set_active(self, active: bool) -> None:
        """True while no system tray exists: show the line, minimize on close."""
        self.active = active
        self.banner.setVisible(active)
        self.retranslate()

    def dismiss(self) -> None:
        """Escape or Ctrl+W: minimize while standing in for the tray icon, else close."""
        if self.active:
            self.window.showMinimized()
        else:
            self.window.close()

    def keeps_open(self, event: QCloseEvent) -> bool:
        """For the window's ``closeEvent``: True (the event ignored, the window minimized) when it
        is the window manager's close while standing in. A close from the program (the
        application quitting: Quit, session logout, SIGTERM) is not spontaneous and goes on:
        refused, it would cancel the quit."""
        if not (self.active and event.spontaneous()):
            return False
        event.ignore()
        self.window.showMinimized()
        return True

    def shown_automatically(self) -> None:
        """The window was just shown because there is no tray: watch whether the engineer uses it."""
        self.automatic, self._touched, self._left = True, False, False
        handle = self.window.windowHandle()
        if handle is not None and handle is not self._watched:
            handle.installEventFilter(self)
            self._watched = handle

    def asked_for(self) -> None:
        """The engineer asked for the window (its icon, ``oncall-tray`` run again): not automatic."""
        self.automatic = False

    def in_use(self) -> bool:
        """True if the engineer is using the window: shown, touched since it was shown
        automatically, and active or with the focus in a text box."""
        window = self.window
        return window.isVisible() and self._touched and (
            window.isActiveWindow() or isinstance(window.focusWidget(), TEXT_BOXES))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802  (Qt's name)
        kind = event.type()
        if kind in TOUCHES or (kind == QEvent.Type.FocusIn and self._left):
            self._touched = True
        elif kind == QEvent.Type.FocusOut:
            self._left = True
        return False
