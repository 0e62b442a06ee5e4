"""The alerts window's side panel in a vertical scroll area that is never narrower than the panel
needs. GUI thread only."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


class SidePanelScroll(QScrollArea):
    """Scrolls ``widget`` vertically (a tall panel scrolls instead of taking the table's rows,
    review 16), gives it the height its wrapped lines need, and keeps its own minimum width at
    what the panel needs as it is *now*: the
    after-incident steps and the "Expire the silence" button appear once an incident resolved,
    and a minimum taken when they were hidden let the panel be cut at its right ("Add n…",
    "Expire the silen…": reviews 17 and 18). A splitter beside it then gives it that width.

    Not a Tab stop of its own (it showed no focus: review 51 G3); the panel's fields are.

    Signals:
        laid_out(): the panel laid itself out again (it may have new fields, for the Tab order).
    """

    laid_out = Signal()

    def __init__(self, widget: QWidget) -> None:
        super().__init__()
        self.setWidget(widget)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        widget.installEventFilter(self)
        self._follow()

    def _follow(self) -> None:
        widget = self.widget()
        if widget is None:
            return
        needed = widget.minimumSizeHint().width() + self.verticalScrollBar().sizeHint().width()
        if needed != self.minimumWidth():
            self.setMinimumWidth(needed)
        # ... and never shorter than its wrapped lines need at the width it has: the scroll area
        # gives a resizable widget its minimum height, not its height for width, and the lines
        # of the reminders were squeezed onto each other (review 18)
        layout = widget.layout()
        if layout is not None and layout.hasHeightForWidth():
            height = layout.totalMinimumHeightForWidth(self.viewport().width())
            if height > 0 and height != widget.minimumHeight():
                widget.setMinimumHeight(height)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._follow()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self._follow()
            self.laid_out.emit()
        return super().eventFilter(watched, event)
