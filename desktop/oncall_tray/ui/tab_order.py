"""Tab order of the dialogs (review 51 G2).

Qt's Tab order is the order the widgets were made in, not where they are: a
``QDialogButtonBox(Cancel)`` given its "Silence" button afterwards put Cancel first, and "type
the comment, Tab, Enter" threw the silence away. Here the button box follows the last field
with the dialog's own action first (its default button, else the accepting one), then the
others, Cancel or Close last, on every platform's button layout: on Windows and KDE, the
first platforms, that is also their order on screen (the action on the left); where a layout
puts Cancel first on screen (GNOME, macOS), Tab still reaches the action first, so Tab then
Enter never discards what was typed.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QDialogButtonBox, QPushButton, QWidget

Role = QDialogButtonBox.ButtonRole
#: The order of the roles after the default button: what the dialog is for first, leaving it last.
ROLES = (Role.AcceptRole, Role.YesRole, Role.ApplyRole, Role.ActionRole, Role.ResetRole, Role.HelpRole,
         Role.NoRole, Role.DestructiveRole, Role.RejectRole)


def button_order(box: QDialogButtonBox) -> list[QAbstractButton]:
    """``box``'s buttons in Tab order: the default one, then by role (``ROLES``), each role's
    in the order they were added."""
    buttons = box.buttons()

    def key(button: QAbstractButton) -> tuple[bool, int, int]:
        default = isinstance(button, QPushButton) and button.isDefault()
        role = box.buttonRole(button)
        return (not default, ROLES.index(role) if role in ROLES else len(ROLES), buttons.index(button))

    return sorted(buttons, key=key)


def focusables(container: QWidget) -> list[QWidget]:
    """The widgets inside ``container`` that Tab may reach (hidden ones too: Tab skips them while
    hidden), in their Tab order now."""
    found, widget = [], container.nextInFocusChain()
    while widget is not container:  # the whole ring: some may come before ``container``
        if container.isAncestorOf(widget) and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            found.append(widget)
        widget = widget.nextInFocusChain()
    return found


def show_focus(view: QAbstractScrollArea) -> None:
    """A frame in the highlight colour around ``view`` while it has the focus (a text pane or a
    list drew none: review 51 G3), as wide as its frame without it, so nothing moves."""
    kind = next(c for c in type(view).__mro__ if c.__module__.startswith("PySide6")).__name__
    view.setStyleSheet(f"{kind} {{ border: 1px solid palette(mid); padding: 1px }}"
                       f"{kind}:focus {{ border: 2px solid palette(highlight); padding: 0px }}")


def chain(*widgets: QWidget) -> None:
    """Tab goes from each of ``widgets`` to the next (the others keep their place)."""
    for first, second in zip(widgets, widgets[1:]):
        QWidget.setTabOrder(first, second)


class _ButtonsAfter(QObject):
    """Keeps ``box``'s buttons after ``last`` in Tab order, also once a new style made the box
    lay its buttons out again (Qt then chains them in their order on screen)."""

    def __init__(self, last: QWidget, box: QDialogButtonBox) -> None:
        super().__init__(box)
        self._last, self._box = last, box
        box.installEventFilter(self)
        self.apply()

    def apply(self) -> None:
        # the box's focus proxy (Qt makes it the button first on screen) takes the place of the
        # buttons after it in the chain: Tab never reached Close in the escalation dialog
        self._box.setFocusProxy(None)
        chain(self._last, *button_order(self._box))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.LayoutDirectionChange):
            QTimer.singleShot(0, self, self.apply)  # once the box has laid its buttons out
        return False


def buttons_after(last: QWidget, box: QDialogButtonBox) -> None:
    """Tab goes from ``last`` (the dialog's last field) to ``box``'s buttons, in ``button_order``."""
    _ButtonsAfter(last, box)
