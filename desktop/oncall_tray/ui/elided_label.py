"""A one-line-per-entry label that cuts what does not fit with "…" and shows the whole text in
its tooltip (the red-flag banner: a long flag must not be cut mid-word without a sign)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSizePolicy


class ElidedLabel(QLabel):
    """Plain text, each line cut at the label's width with "…" (``QFontMetrics.elidedText``);
    ``full_text()`` is what was set, also the tooltip while anything is cut."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(False)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def set_full_text(self, text: str) -> None:
        """Show ``text`` (lines separated by "\\n"), cut to the current width."""
        self._full = text
        self._elide()

    def full_text(self) -> str:
        """The text as set, uncut."""
        return self._full

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        width = max(1, self.contentsRect().width() - 2 * self.margin())
        metrics = self.fontMetrics()
        lines = [metrics.elidedText(line, Qt.TextElideMode.ElideRight, width) for line in self._full.split("\n")]
        shown = "\n".join(lines)
        super().setText(shown)
        self.setToolTip(self._full if shown != self._full else "")
