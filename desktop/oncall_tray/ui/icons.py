"""Icons painted at run time: the tray icon per state with its badge, and the per-severity
notification icons (design notes, "Notifications": the colour travels in the icon).

Each size is painted on its own (16 to 128 px, and at the screen's device pixel ratio), and the
tray's icon once more for the very slot the tray host gives it (``slot_image``), so that the
icon stays crisp and whole instead of being scaled. GUI thread only.
"""

from __future__ import annotations

import math
import sys
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPainterPath, QPen, QTransform

from ..core.overview import Light
from .badge_glyphs import draw_badge

COLOURS = {
    Light.CRITICAL: "#d32f2f",
    Light.WARNING: "#f59f00",
    Light.INFO: "#1e6fd9",
    Light.UNKNOWN: "#8e24aa",
    Light.OK: "#2e7d32",
    Light.UNREACHABLE: "#757575",
}
OVERDUE_MARK = "#ffd600"
#: The badge's and glyph's ink: white, but near-black on amber, where white reads at 2.1:1 and
#: near-black at about 9:1 (review 25: "12" on a warning disc was faint at 16-24 px).
INK = {Light.WARNING: "#1a1a1a"}
#: The overdue mark on amber: red, as the yellow mark hardly showed there (review 26).
MARK = {Light.WARNING: "#d32f2f"}
GLYPHS = {Light.CRITICAL: "!", Light.WARNING: "!", Light.INFO: "i", Light.UNKNOWN: "?"}
#: The shape of each state, so that colour is not the only cue (review 25: info and unknown are
#: two blues, critical and warning two warm colours, for a colour-blind engineer): critical an
#: octagon (a stop sign), warning and unknown a rounded square, the rest a disc. Each fills the
#: same square, so a badge that fits the disc fits them all.
OCTAGON, SQUARE = "octagon", "square"
SHAPES = {Light.CRITICAL: OCTAGON, Light.WARNING: SQUARE, Light.UNKNOWN: SQUARE}
#: The rounded square's corner radius, as a fraction of the icon: round enough to keep the
#: corners clear, square enough to read apart from the disc and the octagon at 16 px.
SQUARE_CORNER = 0.16
SIZES = (16, 20, 22, 24, 32, 40, 48, 64, 128)
#: The demo's hatching (``paint``'s ``demo``): stripe pairs across the icon, and how much darker
#: than the state's colour the stripes are (``QColor.darker``).
DEMO_STRIPES = 4
DEMO_STRIPE_DARKER = 175


def badge_text(count: int) -> str:
    """The badge for ``count`` unacknowledged alerts: "" for 0, "99+" above 99."""
    if count <= 0:
        return ""
    return str(count) if count < 100 else "99+"


#: The overdue mark's diameter, and the badge text's scale and centre (from the mark's side, as
#: a fraction of the icon) while it shows, so that the mark covers no digit.
OVERDUE_MARK_SIZE = 0.38
OVERDUE_TEXT_SCALE = 0.8
OVERDUE_RAISED_SCALE = 0.9
OVERDUE_TEXT_SHIFT = 0.56


def overdue_mark_rect(text: str, size: float) -> QRectF:
    """Where the overdue mark goes, in logical pixels: top right; top left when the badge's
    raised "+" (of "99+", ``text``) is top right."""
    rim = max(1.0, size / 16)
    mark = size * OVERDUE_MARK_SIZE
    return QRectF(rim / 2 if text.endswith("+") else size - mark - rim / 2, rim / 2, mark, mark)


def overdue_text_transform(text: str, size: float) -> QTransform:
    """How the badge ``text`` is moved while the overdue mark shows: scaled by
    ``OVERDUE_TEXT_SCALE`` and centred low, on the side away from the mark."""
    raised = text.endswith("+")
    away = OVERDUE_TEXT_SHIFT if raised else 1 - OVERDUE_TEXT_SHIFT
    # "99+" keeps more of its size: its raised "+" is small already (a smudge at 80 %, review 14)
    scale = OVERDUE_RAISED_SCALE if raised else OVERDUE_TEXT_SCALE
    cx, cy = size * away, size * 0.58
    transform = QTransform()
    transform.translate(cx - size * scale / 2, cy - size * scale / 2)
    transform.scale(scale, scale)
    return transform


def paint(light: Light, count: int, size: float, ratio: float = 1.0, glyph: str = "", overdue: bool = False,
          demo: bool = False) -> QImage:
    """One square image of ``size`` logical pixels at ``ratio`` device pixels per pixel: its side
    is ``size`` x ``ratio`` rounded to whole device pixels, and the drawing fills it exactly (at
    1.5, 17 px was drawn 25.5 px wide in 26: one rim half a pixel, review 51 G7).

    A filled shape in the state's colour (``SHAPES``: octagon, rounded square or disc), with a dark rim for contrast on light and dark panels;
    inside it ``glyph`` if given, else the badge count, a check mark when all is well; when
    Alertmanager cannot be seen (grey), the count of the alerts last seen, or a question mark
    when none were. ``overdue`` adds a yellow (on amber: red) corner mark with a
    dark rim: a response target is missed (issue 4). ``demo`` hatches the shape with dark
    stripes (the tray of ``oncall-tray demo``, told apart from the real one at a glance, its
    colour kept: review 68 AF6).
    """
    pixels = max(1, round(size * ratio))
    image = QImage(pixels, pixels, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    image.setDevicePixelRatio(ratio)
    p = QPainter(image)
    try:  # the painter ends before the image can go, also when drawing raises (an unknown
        # glyph): a painter left active on a freed image crashed the process when collected
        _draw_icon(p, light, count, pixels / ratio, glyph, overdue, demo)
    finally:
        p.end()
    return image


def _draw_icon(p: QPainter, light: Light, count: int, size: float, glyph: str, overdue: bool,
               demo: bool = False) -> None:
    """``paint``'s drawing, on ``p``."""
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    rim = max(1.0, size / 16)
    disc = QRectF(rim / 2, rim / 2, size - rim, size - rim)
    colour = QColor(COLOURS[light])
    p.setPen(QPen(colour.darker(160), rim))
    p.setBrush(colour)
    p.drawPath(shape_path(light, disc))
    if demo:
        _hatch(p, shape_path(light, disc), size, colour.darker(DEMO_STRIPE_DARKER))
    white = QColor(INK.get(light, "white"))
    text = glyph or badge_text(count)
    if light is Light.UNREACHABLE and not text:  # with alerts last seen, their stale count
        text = "?"
    if light is Light.OK and not text:
        pen = QPen(white, max(1.5, size / 9), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                   Qt.PenJoinStyle.RoundJoin)
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        path = QPainterPath(QPointF(size * 0.28, size * 0.52))
        path.lineTo(QPointF(size * 0.44, size * 0.68))
        path.lineTo(QPointF(size * 0.73, size * 0.34))
        p.drawPath(path)
    elif text:
        if overdue:  # smaller, down and away from the mark, which covered a digit's top (review 13)
            p.save()
            p.setTransform(overdue_text_transform(text, size), True)
        draw_badge(p, text, size, white)  # strokes, not a font: see badge_glyphs
        if overdue:
            p.restore()
    if overdue:
        p.setPen(QPen(QColor("#1a1a1a"), max(1.0, size / 24)))
        p.setBrush(QColor(MARK.get(light, OVERDUE_MARK)))
        p.drawEllipse(overdue_mark_rect(text, size))


def _hatch(p: QPainter, shape: QPainterPath, size: float, ink: QColor) -> None:
    """Diagonal stripes of ``ink`` across ``shape`` (the demo's mark), ``DEMO_STRIPES`` of them
    whatever the size, so that they read at 16 px as at 128."""
    p.save()
    p.setClipPath(shape)
    p.setPen(QPen(ink, size / DEMO_STRIPES / 2.2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
    step = size / DEMO_STRIPES
    for index in range(-DEMO_STRIPES, DEMO_STRIPES + 1):
        x = index * step
        p.drawLine(QPointF(x, size), QPointF(x + size, 0))
    p.restore()


def shape_path(light: Light, box: QRectF) -> QPainterPath:
    """The outline of ``light``'s shape (``SHAPES``) filling ``box``: an octagon with flat
    sides on the box's edges, a square with rounded corners, or a disc."""
    path = QPainterPath()
    shape = SHAPES.get(light)
    if shape == OCTAGON:
        cut = box.width() * (1 - 1 / (1 + 2 ** 0.5)) / 2  # a regular octagon's corner cut
        left, top, right, bottom = box.left(), box.top(), box.right(), box.bottom()
        path.moveTo(left + cut, top)
        for x, y in ((right - cut, top), (right, top + cut), (right, bottom - cut), (right - cut, bottom),
                     (left + cut, bottom), (left, bottom - cut), (left, top + cut)):
            path.lineTo(x, y)
        path.closeSubpath()
    elif shape == SQUARE:
        radius = box.width() * SQUARE_CORNER
        path.addRoundedRect(box, radius, radius)
    else:
        path.addEllipse(box)
    return path


def severity_chip(light: Light, size: int = 12) -> QIcon:
    """A small icon of ``light``'s shape and colour, without badge, for a list's severity
    column (the alerts table, the handoff windows)."""
    from PySide6.QtGui import QPixmap

    return QIcon(QPixmap.fromImage(paint(light, 0, size)))


def tray_icon(light: Light, count: int, ratio: float = 1.0, overdue: bool = False, slot: QSize | None = None,
              demo: bool = False) -> QIcon:
    """A QIcon with every size in ``SIZES`` painted at 1x and at ``ratio`` (if above 1); given
    the ``slot`` the tray host gives the icon (logical pixels: ``QSystemTrayIcon.geometry``), one
    more painted for exactly that slot (``slot_image``), which the host then draws pixel for
    pixel: no other size scaled into it, nor placed half a device pixel off (review 51 G7).
    ``demo``: hatched, the demo's tray (``paint``)."""
    from PySide6.QtGui import QPixmap

    icon = QIcon()
    # Coloured, never a template: macOS would paint a mask icon monochrome in the menu bar.
    icon.setIsMask(False)
    ratios = {1.0, ratio} if ratio > 1 else {1.0}
    for size in SIZES:
        for r in ratios:
            icon.addPixmap(QPixmap.fromImage(paint(light, count, size, r, overdue=overdue, demo=demo)))
    if slot is not None and not slot.isEmpty():  # (at 1x too: Qt sizes an icon by its 1x pixmaps)
        for r in ratios:
            icon.addPixmap(QPixmap.fromImage(slot_image(light, count, slot, r, overdue, demo)))
    return icon


def slot_image(light: Light, count: int, slot: QSize, ratio: float = 1.0, overdue: bool = False,
               demo: bool = False) -> QImage:
    """The icon for a tray slot of ``slot`` logical pixels at ``ratio`` device pixels per pixel,
    as Qt draws it there, one device pixel to one (``slot`` x ``ratio``, rounded): a square
    centred on whole device pixels, as large as fits in the slot's device pixels whatever they
    are (a logical size is rounded from them: 20 at 1.5 is 30, 17 at 3 from 50 to 52), transparent
    around it (trayer's slot at QT_SCALE_FACTOR=1.5 is 33x30 device pixels, 22x20 logical)."""
    width, height = (max(1, math.floor(n * ratio + 0.5)) for n in (slot.width(), slot.height()))
    side = max(1, min(width, height, *(math.ceil((n - 0.5) * ratio) for n in (slot.width(), slot.height()))))
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    image.setDevicePixelRatio(ratio)
    shape = paint(light, count, side / ratio, ratio, overdue=overdue, demo=demo)
    p = QPainter(image)
    try:
        p.drawImage(QPointF((width - side) // 2 / ratio, (height - side) // 2 / ratio), shape)
    finally:
        p.end()
    return image


def notification_icon(light: Light, folder: Path) -> Path:
    """Write (once) and return the notification icon of a state: a 64 px PNG, or an ICO on
    Windows, where plyer requires one. Raises OSError when the folder cannot be written."""
    suffix = "ico" if sys.platform == "win32" else "png"
    path = folder / f"oncall-tray-{light.value}.{suffix}"
    if not path.exists():
        folder.mkdir(parents=True, exist_ok=True)
        image = paint(light, 0, 64, glyph=GLYPHS.get(light, ""))
        if not image.save(str(path)):
            raise OSError(f"cannot write the icon {path}")
    return path
