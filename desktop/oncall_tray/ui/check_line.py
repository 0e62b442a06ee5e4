"""A check box whose words wrap to the width it is given, and a label that is as tall as its
wrapped lines (GUI thread only).

A ``QCheckBox`` keeps its text on one line, and its least width is that line's: the shift start
window's "Testei acesso a ferramentas (Grafana, Prometheus, Alertmanager)" made the checklist,
then the window's body, wider than a 683x400 screen (a 1366x800 one at QT_SCALE_FACTOR=2), which
scrolled sideways. Here the box has no text of its own (its accessible name is the text) and a
word-wrapped label beside it holds the words; a click on the label ticks the box, as a click on
a check box's text does.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QStyle, QWidget

from .plain import PlainLabel


class WrappedLabel(PlainLabel):
    """A plain-text label (never markup) whose lines wrap to the width it is given and which is
    always as tall as they are at that width, from its top: a wrapped label's own least height
    is that of another width, and in a scrolled body that no layout sizes for its width (a
    splitter's column) its lines were squeezed onto each other, or spread apart."""

    def __init__(self, text: str = "") -> None:
        super().__init__()
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)  # (its size policy: height for width)
        self.setText(text)

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        super().setText(text)
        self._fit()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        need = self.heightForWidth(self.width())
        if need > 0 and need != self.minimumHeight():
            self.setMinimumHeight(need)


class _Words(WrappedLabel):
    """The words of a ``CheckLine``: a left click on them clicks its box."""

    def __init__(self, text: str, box: QCheckBox) -> None:
        super().__init__(text)
        self._box = box

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()) \
                and self._box.isEnabled():
            self._box.click()
            self._box.setFocus(Qt.FocusReason.MouseFocusReason)
        super().mouseReleaseEvent(event)


class CheckLine(QWidget):
    """A check box (``box``: ticked, focused and read as any other) with ``text`` beside it in a
    label (``label``) that wraps to the width the layout gives, its least width that of its
    longest word rather than of the whole line.

    Args:
        text: the item's words, plain text (not markup).
    """

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QCheckBox()
        self.box.setAccessibleName(text)  # what a screen reader says of the box, which shows no text
        self.label = _Words(text, self.box)
        row = QHBoxLayout(self)
        # as far from the next line as a check box holding its words is (their margins)
        pad = max(0, (QCheckBox(text).sizeHint().height() - self.box.sizeHint().height()) // 2)
        row.setContentsMargins(0, pad, 0, pad)
        row.setSpacing(self.box.style().pixelMetric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing))
        row.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.label, 1)
