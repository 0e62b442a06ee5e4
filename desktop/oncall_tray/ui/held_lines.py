"""A label that keeps its height whatever its text (review 48 R4: the alerts window's header
gained and lost lines between polls, and the table under it moved by a line each time), or grows
to say it whole and then keeps that height (review 62 Y13)."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics, QPainter
from PySide6.QtWidgets import QFrame, QSizePolicy

from .plain import PlainLabel, shown

ELLIPSIS = "…"
#: Between the lines put together on the last row when there are more than it holds.
JOINED = "  ·  "


class HeldLines(PlainLabel):
    """Plain text in at most ``rows`` lines, the label ``rows`` lines tall whether the text
    needs them or not: what does not fit is cut with "…" on screen and is whole in the label's
    tooltip (and ``text()``), never lost.

    Not ``wrap``: each line of the text on one row, cut at its end; lines past the last row are
    put on it one after another. ``wrap``: each line wraps onto the rows it needs, the rows
    shared out between the lines when they do not all fit, so that every line keeps one at
    least (one red flag cannot push another out of view). ``rows`` 0: as many as the height the
    layout gives (the label then asks for no height of its own).

    ``most`` (above ``rows``): the label grows, up to ``most`` rows, when its text needs more
    than ``rows`` at its width, and does not shrink again until it is hidden (``hideEvent``:
    the window closed), so that a line coming and going between polls does not move what is
    under it (review 62 Y13: "⚠ … restarted: …" never shown under a degraded cluster's lines).
    """

    def __init__(self, rows: int = 0, wrap: bool = False, most: int = 0) -> None:
        super().__init__()
        self._least, self._most, self._wrap = rows, max(rows, most), wrap
        self._rows = rows
        self._whole, self._spare_last = "", False
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setWordWrap(wrap)
        self.setMinimumWidth(1)  # the layout's width, never the text's (``screen_fit.elastic``)
        vertical = QSizePolicy.Policy.Fixed if rows else QSizePolicy.Policy.Ignored
        self.setSizePolicy(QSizePolicy.Policy.Ignored, vertical)
        self._hold()

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt's name)
        """False: the label's height is its rows' (or the layout's, ``rows`` 0), never its
        text's wrapped at a width (a long red flag made the alerts window 1,700 px tall)."""
        return False

    def _hold(self) -> None:
        if self._rows:
            margins = self.contentsMargins()
            self.setFixedHeight(self._rows * QFontMetrics(self.font()).lineSpacing()
                                + margins.top() + margins.bottom())

    def setText(self, text: str, whole: str = "", spare_last: bool = False) -> None:  # noqa: N802 (Qt's name)
        """Show ``text``; ``spare_last``: its last line (the least needed, an address) is left out
        when the others do not then fit whole. ``whole``, when given, is what the tooltip says
        whenever less is shown (``text`` leaving out what is said elsewhere)."""
        self._whole, self._spare_last = shown(whole), spare_last  # controls as escapes (``PlainLabel``)
        super().setText(text)
        self._grow()
        self._tell()

    def changeEvent(self, event) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:
            self._hold()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._grow()
        self._tell()

    def hideEvent(self, event) -> None:  # noqa: N802
        super().hideEvent(event)
        if self._rows != self._least:  # shown again: from ``rows`` (``_grow`` as it is shown)
            self._rows = self._least
            self._hold()

    def _grow(self) -> None:
        """Take the rows the text needs at the label's width, up to ``most``, never fewer than
        it has (``most`` above ``rows`` only)."""
        width = self.contentsRect().width()
        if self._most <= self._least or width <= 0 or not self.text():
            return
        metrics = QFontMetrics(self.font())
        lines = self.text().split("\n")
        if self._spare_last and len(lines) > 1:  # the least needed line never grows the label
            lines = lines[:-1]
        need = sum(rows_of(line, metrics, width) for line in lines) if self._wrap else len(lines)
        rows = min(self._most, max(self._rows, need))
        if rows != self._rows:
            self._rows = rows
            self._hold()

    def _tell(self) -> None:
        """The whole text as tooltip while the label cuts it."""
        whole = self._whole or self.text()
        self.setToolTip(whole if self.shown_text() != whole else "")

    def shown_text(self) -> str:
        """The text as it is drawn: cut to the label's width and rows."""
        text = self.text()
        shown = self._cut(text)
        if shown != text and self._spare_last and "\n" in text:
            return self._cut(text.rsplit("\n", 1)[0])
        return shown

    def _cut(self, text: str) -> str:
        """``text`` cut to the label's width and rows."""
        area = self.contentsRect()
        metrics = QFontMetrics(self.font())
        rows = self._rows or max(1, area.height() // metrics.lineSpacing())
        lines = text.split("\n") if text else []
        if not lines or area.width() <= 0:
            return text
        if not self._wrap:
            kept = lines[:rows - 1] + [JOINED.join(lines[rows - 1:])] if len(lines) > rows else lines
            return "\n".join(metrics.elidedText(line, Qt.TextElideMode.ElideRight, area.width()) for line in kept)
        need = [rows_of(line, metrics, area.width()) for line in lines]
        if sum(need) <= rows:
            return text
        if len(lines) > rows:  # one row each, the rest together on the last (cut there: it wrapped below)
            lines = lines[:rows - 1] + [JOINED.join(lines[rows - 1:])]
            need = [rows_of(line, metrics, area.width()) for line in lines]
        share = [1] * len(lines)  # each line one row, then one more in turn to those that want it
        spare = rows - len(lines)
        while spare > 0 and any(s < n for s, n in zip(share, need)):
            for i, wanted in enumerate(need):
                if spare and share[i] < wanted:
                    share[i] += 1
                    spare -= 1
        return "\n".join(line if n <= s else cut_to_rows(line, s, metrics, area.width())
                         for line, s, n in zip(lines, share, need))

    def paintEvent(self, event) -> None:  # noqa: N802
        QFrame.paintEvent(self, event)  # the frame, if any; the background is the palette's
        painter = QPainter(self)
        painter.setFont(self.font())
        painter.setPen(self.palette().color(self.foregroundRole()))
        flags = int(self.alignment()) | (int(Qt.TextFlag.TextWordWrap) if self._wrap else 0)
        painter.drawText(self.contentsRect(), flags, self.shown_text())
        painter.end()


def rows_of(line: str, metrics: QFontMetrics, width: int) -> int:
    """How many rows ``line`` takes wrapped at its spaces at ``width`` pixels."""
    height = metrics.boundingRect(QRect(0, 0, width, 1 << 20), int(Qt.TextFlag.TextWordWrap), line).height()
    return max(1, round(height / metrics.lineSpacing()))


def cut_to_rows(line: str, rows: int, metrics: QFontMetrics, width: int) -> str:
    """The longest beginning of ``line`` that, with "…", wraps onto ``rows`` rows at ``width``
    pixels (``line`` itself when it fits)."""
    if rows_of(line, metrics, width) <= rows:
        return line
    low, high = 0, len(line)
    while low < high:
        middle = (low + high + 1) // 2
        if rows_of(line[:middle].rstrip() + ELLIPSIS, metrics, width) <= rows:
            low = middle
        else:
            high = middle - 1
    return line[:low].rstrip() + ELLIPSIS
