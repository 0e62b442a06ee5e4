"""The keyboard in the app's own windows (not dialogs), worked as a dialog is (fresh-user review
of the keyboard, Q1-Q3, Q13, Q14): an on-call engineer works a whole shift without the mouse.

``KeyboardWindow`` is the alerts window's, the shift windows' (take over, hand over), the
incidents' and past handoffs' base: Escape and Ctrl+W close each of them alike, a window opens
with the focus on its first field, Enter presses its default button, which is drawn as the
default only while Enter would press it, and a button disabled while it works does not throw
the focus into a text box. GUI thread only.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QApplication, QCheckBox, QLineEdit, QPushButton, QRadioButton, QWidget

from .tab_order import focusables

#: The fields from which Enter presses the window's default button: they give Enter no use of
#: their own. Not a text box (a new line), nor a list (a row is chosen there: Enter on an
#: incident must not hand the shift over).
ENTER_FIELDS = (QLineEdit, QCheckBox, QRadioButton)


def close_keys() -> list[QKeySequence]:
    """Escape, Ctrl+W and the platform's own close keys, each once (review 22)."""
    keys = [QKeySequence(Qt.Key.Key_Escape), QKeySequence("Ctrl+W"),
            *QKeySequence.keyBindings(QKeySequence.StandardKey.Close)]
    return list({key.toString(): key for key in keys}.values())


class KeyboardWindow(QWidget):
    """A top-level window worked from the keyboard.

    - Escape, Ctrl+W and the platform's close keys call ``dismiss`` (``close``), from any field
      of the window (a text field does not take them; the filter box takes its own Escape).
    - Opened, the focus is on ``first_field`` (when set; else the first Tab stop): keys typed
      at once go somewhere (review Q1: the start window opened with no focus, a typed letter and
      Enter were lost).
    - Enter in a line edit or on a check box presses ``default_button``; on a push button that
      has the focus, that button. The one Enter would press is drawn as the default button, and
      only that one (review Q2: a focused Close and the default *Take over the shift* looked
      alike); none while the focus is in a text box or a list.
    - A button disabled while it has the focus (it works: *Check again*), or removed (an
      *Expire* in a list rebuilt), leaves the focus on the list holding it, else on the window,
      rather than on the next widget, which Qt gives it to (review Q3: the keys went into the
      shift's Observations); a disabled one gets the focus back once enabled, unless the
      engineer moved it meanwhile.
    """

    default_button: QPushButton | None = None
    first_field: QWidget | None = None

    def __init__(self) -> None:
        super().__init__()
        closing = QShortcut(self)
        closing.setKeys(close_keys())
        closing.activated.connect(self.dismiss)
        QApplication.instance().focusChanged.connect(self._focus_moved)  # a method: Qt drops it with the window

    def dismiss(self) -> None:
        """Escape or Ctrl+W: close the window."""
        self.close()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if not event.spontaneous():  # opened, not brought back from minimized
            stops = [w for w in focusables(self) if w.isVisibleTo(self) and w.isEnabled()]
            first = self.first_field or (stops[0] if stops else None)
            if first is not None:
                first.setFocus(Qt.FocusReason.OtherFocusReason)
                self._opened = True
                self._show_default()

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        """Enter that a field left unused (a line edit, a check box) presses the default button;
        a close key that no shortcut took (the window not the active one yet) closes."""
        if QKeySequence(event.keyCombination()) in close_keys():
            self.dismiss()
            return
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            button = self._enter_presses()
            if button is not None and button is self.default_button and button.isEnabled() and button.isVisible():
                button.click()
                return
        super().keyPressEvent(event)

    def _enter_presses(self) -> QPushButton | None:
        """The button Enter presses with the focus where it is now, or None."""
        focused = self.focusWidget()
        if isinstance(focused, QPushButton):
            return focused  # (Qt's own: a default push button takes Enter)
        return self.default_button if isinstance(focused, ENTER_FIELDS) else None

    def _show_default(self) -> None:
        pressed = self._enter_presses()
        for button in self.findChildren(QPushButton):
            if button.window() is self:  # not a message box's
                button.setDefault(button is pressed)

    _opened = False  # shown, and not yet given the focus by the window manager

    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and (new is self or self.isAncestorOf(new)):
            if self._opened:  # drawn with its focus frame, as after a Tab (a check box has no caret)
                self._opened = False
                self.setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)  # (the activation cleared it)
                new.update()
            self._show_default()

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802, A002 (Qt's names)
        focused = self.focusWidget()
        if focused is not None and focused is not self and not (focused.isEnabled() and focused.isVisible()):
            # Qt asks for the next widget as the one with the focus is disabled or goes (a list's
            # row rebuilt): the focus waits on the list holding it, else on the window
            holder = focused.parentWidget()
            while holder is not self and not isinstance(holder, QAbstractItemView):
                holder = holder.parentWidget()
            holder.setFocus(Qt.FocusReason.OtherFocusReason)
            _FocusBack(focused, holder)
            return True
        return super().focusNextPrevChild(next)


class _FocusBack(QObject):
    """Gives ``widget`` the focus once it is enabled again, if it still waits on ``holder``."""

    def __init__(self, widget: QWidget, holder: QWidget) -> None:
        super().__init__(widget)
        self._holder = holder
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.EnabledChange and watched.isEnabled():
            if self._holder.window().focusWidget() is self._holder:
                watched.setFocus(Qt.FocusReason.OtherFocusReason)
            watched.removeEventFilter(self)
            self.deleteLater()
        return False
