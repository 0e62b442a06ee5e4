"""The few characters an icon's badge shows (digits, "+", "!", "i", "?"), drawn as strokes.

Why not ``QPainter.drawText``: the first text a process draws loads the font stack (fontconfig's
configuration and caches, FreeType, HarfBuzz shaping, the font database), 3.1 MB of resident
memory measured in a bare tray app on a virtual desktop, against 0.1 MB for the same icon with
stroked paths (benchmarks/README.md, memory, issue 2). The tray draws no other text while it sits
in the panel, so its badge alone would pay that for the whole session. Strokes are also
resolution-free: crisp at 16 px and on high-DPI screens alike.

Glyphs live in a box of ``GLYPH_W`` x ``GLYPH_H`` units (y down) and are stroked with round caps
and joins; dots are filled discs. GUI thread only (QPainter).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen

GLYPH_W, GLYPH_H = 6.0, 10.0
#: Between two glyphs, and the stroke width (bold), in glyph units.
GAP, STROKE = 2.6, 2.0
#: Glyph height as a part of the icon's size, by the number of characters (1, 2, 3 or more).
HEIGHT_OF_SIZE = (0.46, 0.38, 0.27)
#: The badge never gets wider than this part of the icon (it sits inside the disc).
MAX_WIDTH_OF_SIZE = 0.78
#: Height of a raised "+" (of "99+") as a part of the icon's size.
SUPERSCRIPT = 0.25


def _arc(path: QPainterPath, rect: QRectF, start: float, sweep: float, *, move: bool = False) -> None:
    """An arc of the ellipse in ``rect`` from ``start`` degrees (3 o'clock, counter-clockwise),
    ``sweep`` degrees long (negative: clockwise); ``move`` starts a new stroke there."""
    if move:
        path.arcMoveTo(rect, start)
    path.arcTo(rect, start, sweep)


def _polyline(path: QPainterPath, *points: tuple[float, float]) -> None:
    path.moveTo(*points[0])
    for point in points[1:]:
        path.lineTo(*point)


def _zero(p: QPainterPath) -> None:
    p.addEllipse(QRectF(0, 0, 6, 10))


def _one(p: QPainterPath) -> None:
    _polyline(p, (1.2, 2.2), (3.6, 0), (3.6, 10))


def _two(p: QPainterPath) -> None:
    _arc(p, QRectF(0, 0, 6, 6), 155, -185, move=True)
    p.lineTo(0, 10)
    p.lineTo(6, 10)


def _three(p: QPainterPath) -> None:
    _arc(p, QRectF(0.4, 0, 5.2, 4.8), 150, -240, move=True)
    _arc(p, QRectF(0, 4.6, 6, 5.4), 90, -240)


def _four(p: QPainterPath) -> None:
    _polyline(p, (4.4, 10), (4.4, 0), (0, 6.8), (6, 6.8))


def _five(p: QPainterPath) -> None:
    _polyline(p, (5.6, 0), (0.9, 0), (0.5, 4.6))
    _arc(p, QRectF(0, 3.6, 6, 6.4), 130, -270)


def _six(p: QPainterPath) -> None:
    p.addEllipse(QRectF(0, 4, 6, 6))
    p.moveTo(0.02, 7)
    p.cubicTo(0, 2.5, 2.5, 0, 5.3, 0.6)


def _seven(p: QPainterPath) -> None:
    _polyline(p, (0, 0), (6, 0), (2.2, 10))


def _eight(p: QPainterPath) -> None:
    p.addEllipse(QRectF(0.5, 0, 5, 4.6))
    p.addEllipse(QRectF(0, 4.6, 6, 5.4))


def _nine(p: QPainterPath) -> None:
    p.addEllipse(QRectF(0, 0, 6, 6))
    p.moveTo(5.98, 3)
    p.cubicTo(6, 7.5, 3.5, 10, 0.7, 9.4)


def _plus(p: QPainterPath) -> None:
    _polyline(p, (0.5, 5), (5.5, 5))
    _polyline(p, (3, 2.5), (3, 7.5))


def _bang(p: QPainterPath) -> None:
    _polyline(p, (3, 0), (3, 6.2))


def _info(p: QPainterPath) -> None:
    _polyline(p, (3, 3.8), (3, 10))


def _question(p: QPainterPath) -> None:
    _arc(p, QRectF(0.2, 0, 5.6, 5.2), 160, -250, move=True)
    p.lineTo(3, 6.6)


#: character -> (its strokes, its dots' centres).
GLYPHS: dict[str, tuple[Callable[[QPainterPath], None], tuple[tuple[float, float], ...]]] = {
    "0": (_zero, ()), "1": (_one, ()), "2": (_two, ()), "3": (_three, ()), "4": (_four, ()),
    "5": (_five, ()), "6": (_six, ()), "7": (_seven, ()), "8": (_eight, ()), "9": (_nine, ()),
    "+": (_plus, ()), "!": (_bang, ((3, 9.3),)), "i": (_info, ((3, 0.7),)), "?": (_question, ((3, 9.3),)),
}


def draw_badge(painter: QPainter, text: str, size: float, colour: QColor) -> None:
    """Draw ``text`` centred in a square of ``size`` logical pixels at the painter's origin.

    Args:
        text: characters of ``GLYPHS`` only (a badge count, "99+", or one of "!", "i", "?").
            A trailing "+" after digits is drawn small, raised at the top right
            (``SUPERSCRIPT``): "99+" in three full-size glyphs cannot be read at 16-24 px.
        size: the icon's side in logical pixels; the text's height and width follow from it
            and from its length (``HEIGHT_OF_SIZE``, ``MAX_WIDTH_OF_SIZE``).
        colour: the strokes' and dots' colour.
    Raises:
        KeyError: a character without a glyph.
    """
    if len(text) > 1 and text.endswith("+"):  # the digits a little low left, the "+" high right, inside the disc
        _draw(painter, text[:-1], size * 0.92, colour, size * 0.43, size * 0.56)
        _draw(painter, "+", size * SUPERSCRIPT / HEIGHT_OF_SIZE[0], colour, size * 0.76, size * 0.29)
    elif text:
        _draw(painter, text, size, colour, size / 2, size / 2)


def _draw(painter: QPainter, text: str, size: float, colour: QColor, cx: float, cy: float) -> None:
    """``text`` laid out for an icon of ``size`` px, centred on (``cx``, ``cy``)."""
    glyphs = [GLYPHS[c] for c in text]
    n = len(glyphs)
    width_units = n * GLYPH_W + (n - 1) * GAP + STROKE
    height_units = GLYPH_H + STROKE
    height = size * HEIGHT_OF_SIZE[min(n, len(HEIGHT_OF_SIZE)) - 1]
    scale = min(height / height_units, size * MAX_WIDTH_OF_SIZE / width_units)
    path = QPainterPath()
    dots: list[QPointF] = []
    for index, (strokes, centres) in enumerate(glyphs):
        x = index * (GLYPH_W + GAP)
        glyph = QPainterPath()
        strokes(glyph)
        path.addPath(glyph.translated(x, 0))
        dots.extend(QPointF(x + cx_, cy_) for cx_, cy_ in centres)
    painter.save()
    painter.translate(cx - (width_units * scale) / 2 + STROKE * scale / 2,
                      cy - (height_units * scale) / 2 + STROKE * scale / 2)
    painter.scale(scale, scale)
    painter.setPen(QPen(colour, STROKE, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    for centre in dots:  # a dot is as wide as a stroke, a little more to read as a dot
        painter.drawEllipse(centre, STROKE * 0.62, STROKE * 0.62)
    painter.restore()
