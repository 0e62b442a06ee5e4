"""The alerts window's *Shift* button (fresh-user review of the keyboard, Q12): the shift windows
(take over, hand over, incidents, past handoffs) and the settings, by keyboard, without the tray
icon's menu, which needs a click. GUI thread only."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QPushButton

from .translations import translator_for

TR_CONTEXT = "alerts_window"  # the alerts window's words: its mnemonics are checked together
tr = translator_for(TR_CONTEXT)


class ShiftMenuButton(QPushButton):
    """"Shift", Alt+H ("Turno", Alt+T), with a menu of the tray menu's own entries (``offer``):
    the same state (no *Take over* while a shift is open), the same letters, tooltips and
    submenus (a side tray's shift journal details)."""

    def __init__(self) -> None:
        super().__init__(tr("S&hift"))
        self.setToolTip(tr("Take over or hand over the shift, the incidents, past handoffs, settings"))
        self.setMenu(QMenu(self))
        self.menu().setToolTipsVisible(True)  # a line's whole, as the tray menu shows it (``tray_lines.show_line``)

    def offer(self, entries: Callable[[], list[QAction | None]]) -> None:
        """Show ``entries()`` (None: a separator) each time the menu opens: the tray may have
        built its menu again since (new settings)."""
        menu = self.menu()

        def fill() -> None:
            # not menu.clear(): PySide's deletes every action shown, the tray menu's own with them
            # (review 57 S6: the next opening crashed the tray); only the separators are this menu's
            for action in menu.actions():
                menu.removeAction(action)
                if action.isSeparator():
                    action.deleteLater()
            for action in entries():
                if action is None:
                    menu.addSeparator()
                else:
                    menu.addAction(action)
        menu.aboutToShow.connect(fill)
