"""What marks everything ``oncall-tray demo`` shows as the demo's (review 68 AF6): started while
the real tray ran, the demo's notifications ("Response target missed: DiskSpaceRunningOut", the
red flag), its icon, tooltip, menu and windows were word for word the real tray's, and a demo
alert could be taken for a real one (or a real one dismissed as the demo's).

The marks: a "[Demo]" prefix on every notification's title and every window's title
(``DemoMark``), a first line in the tooltip and a first, disabled line in the menu
(``tooltip_line``, ``add_menu_line``); the icon is painted hatched (``icons.paint``'s ``demo``).
The real tray's texts are left as they are. GUI thread only.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QMenu, QWidget

from ..config import LoadedConfig
from .translations import translator_for

TR_CONTEXT = "demo"
tr = translator_for(TR_CONTEXT)
#: The kinds of top-level widget whose title is marked (not menus, tooltips or popups).
TITLED = (Qt.WindowType.Window, Qt.WindowType.Dialog)


def marked(title: str) -> str:
    """``title`` with the demo's mark in front ("[Demo] Red flag: …"), in the interface's
    language; a title that has it already is returned as it is."""
    prefix = tr("[Demo] %1").replace("%1", "")
    return title if title.startswith(prefix) else prefix + title


def menu_text() -> str:
    """The menu's first line, disabled: "Demo — not your shift"."""
    return tr("Demo — not your shift")


def tooltip_line() -> str:
    """The tooltip's first line on the demo's tray."""
    return marked(tr("oncall-tray demo: made-up alerts, not your shift"))


def settings_file_line(loaded: LoadedConfig, line: str) -> str:
    """The Settings… dialog's first line: ``line`` ("Settings file: %1") with ``loaded``'s path,
    or on the demo's run, that what it edits is the demo's copy of the settings (gone with the
    demo), not the engineer's file (code review 72 AH9)."""
    if not loaded.demo:
        return line.replace("%1", str(loaded.path))
    return tr("The demo's own copy of your settings, gone when it quits (your own settings file is not "
              "changed):\n%1").replace("%1", str(loaded.path))


def add_menu_line(menu: QMenu) -> None:
    """Put the disabled "Demo — not your shift" line first in ``menu``, then a separator."""
    menu.addAction(menu_text()).setEnabled(False)
    menu.addSeparator()


class DemoMark(QObject):
    """Marks the title of every window of the demo's run, as it is set or shown (an event
    filter on the application, so that no window, message box or question is left out).

    ``install()`` starts it, ``remove()`` ends it (the controller's shutdown: a tray started
    later in the same process, as in the tests, is not marked).
    """

    def install(self) -> DemoMark:
        """Watch every widget of the application from now on; returns self."""
        from PySide6.QtWidgets import QApplication

        QApplication.instance().installEventFilter(self)
        for widget in QApplication.topLevelWidgets():
            self._mark(widget)
        return self

    def remove(self) -> None:
        """Stop marking (titles marked so far stay)."""
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        """Mark a window's title when it changes or the window shows; never stops an event."""
        if event.type() in (QEvent.Type.WindowTitleChange, QEvent.Type.Show) and isinstance(watched, QWidget):
            self._mark(watched)
        return False

    @staticmethod
    def _mark(widget: QWidget) -> None:
        if widget.isWindow() and widget.windowType() in TITLED:
            title = widget.windowTitle()
            if marked(title) != title:
                widget.setWindowTitle(marked(title or "oncall-tray"))
