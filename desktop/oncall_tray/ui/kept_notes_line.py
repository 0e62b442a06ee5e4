"""The notes panel's line saying that the notes kept at the last quit could not be read and
where their file is (code review 70 AE4), with a button that closes it: it stood under every
alert for the whole shift (the brief after code review 73). The file's path stays in the log
(``notes_draft.read_notes``'s warning, and a line when it is closed). GUI thread."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from .saved_line import RED
from .translations import translator_for

TR_CONTEXT = "incident_panel"  # the panel's words
tr = translator_for(TR_CONTEXT)


class KeptNotesLine(QWidget):
    """The line (red, wrapped, plain text) and its "Close" button; hidden until ``say``.

    Args:
        close: called when the engineer closes it (``ShiftController.close_notes_unreadable``:
            every panel hides its line then, ``hide_line``).
    """

    def __init__(self, close) -> None:
        super().__init__()
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setStyleSheet(f"color: {RED}")
        self.close_button = QToolButton()
        self.close_button.setText(tr("Close"))
        self.close_button.setToolTip(tr("Hide this message; the file stays where it says, and its path is in the log"))
        self.close_button.clicked.connect(close)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.close_button)
        self.hide()

    def say(self, text: str) -> None:
        """Show ``text`` (the message, plain text) with its button."""
        self.label.setText(text)
        self.show()

    def hide_line(self) -> None:
        """Hide the line (closed here or in another panel)."""
        self.label.clear()
        self.hide()

    def text(self) -> str:
        """What the line says ("" when hidden)."""
        return self.label.text() if not self.isHidden() else ""
