"""Where the alerts window's notes panel goes when the shift journal cannot be used (review 24:
the panel was simply missing, and nothing said why): a short line saying so and why, and a
button to try the journal again; once it opens, the notes panel takes the line's place."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from .handoff_common import plain_label
from .translations import translator_for

TR_CONTEXT = "shift"
tr = translator_for(TR_CONTEXT)


class JournalSlot(QWidget):
    """The notes panel's place in the alerts window while the journal cannot be used.

    Signals:
        retry_requested(): the engineer asked to try the journal again ("Try again").
    """

    retry_requested = Signal()

    def __init__(self, reason: str) -> None:
        """``reason``: why the journal cannot be used (its path and the error), translated."""
        super().__init__()
        self.line = plain_label()
        self.line.setStyleSheet("color: #8a5a00")
        self.retry = QPushButton(tr("Try again"))
        self.retry.setToolTip(tr("Open the shift journal again (after making its folder writable, for one)"))
        self.retry.clicked.connect(self.retry_requested.emit)
        self.panel: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(self.line)
        layout.addWidget(self.retry)
        layout.addStretch(1)
        self.set_reason(reason)

    def set_reason(self, reason: str) -> None:
        """Say why again (a new attempt failed, maybe otherwise)."""
        self.line.setText(tr("No notes here: the shift journal cannot be used (%1).").replace("%1", reason))

    def put(self, panel: QWidget) -> None:
        """The journal opened: show ``panel`` (the notes panel) instead of the line."""
        self.line.hide()
        self.retry.hide()
        layout = self.layout()
        layout.takeAt(layout.count() - 1)  # the stretch: the panel takes the height
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(panel)
        self.panel = panel
