"""Top-level windows that fit the screen they open on, with the keyboard able to reach their
buttons (a fresh-user review on a 1280x720 desktop: the shift start window, 1100x760, was taller
than the screen and its buttons could not be reached, not even with Tab, which the notes box took
as a character). Every window and dialog of the app calls ``fit_to_screen`` instead of
``resize``; a content that cannot shrink that far goes in ``scrolled``, its button row outside.
GUI thread only."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMargins, QObject, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (QAbstractScrollArea, QFrame, QLabel, QPlainTextEdit, QPushButton, QScrollArea,
                               QSizePolicy, QSplitter, QTextEdit, QTreeWidget, QWidget)

from .wrapped_columns import keep_rows

#: Room for the window manager's title bar and borders, in pixels, until the window was shown
#: once and its own frame is known.
FRAME_ALLOWANCE = QMargins(8, 40, 8, 8)


def capped_geometry(default: QSize, available: QRect, frame: QMargins = FRAME_ALLOWANCE) -> QRect:
    """Where a window whose default size is ``default`` (pixels, without its frame) goes on a
    screen whose free area (``QScreen.availableGeometry``, without the panels) is ``available``:
    its size capped so that it fits there with its ``frame`` around it, centred there."""
    room = available.marginsRemoved(frame)
    size = default.boundedTo(room.size())
    rect = QRect(0, 0, size.width(), size.height())
    rect.moveCenter(room.center())
    return rect


def available_geometry(window: QWidget) -> QRect:
    """The free area of the screen ``window`` is on (or will open on), in pixels."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def frame_margins(window: QWidget) -> QMargins:
    """The window manager's frame around ``window`` once it was shown, ``FRAME_ALLOWANCE``
    before."""
    outer, inner = window.frameGeometry(), window.geometry()
    if outer == inner:
        return FRAME_ALLOWANCE
    return QMargins(inner.left() - outer.left(), inner.top() - outer.top(),
                    outer.right() - inner.right(), outer.bottom() - inner.bottom())


def tab_leaves_text_boxes(window: QWidget) -> None:
    """Make Tab move the focus out of every multi-line text box of ``window`` instead of
    typing a tab character, so that the keyboard reaches the buttons after it."""
    for box in (*window.findChildren(QPlainTextEdit), *window.findChildren(QTextEdit)):
        box.setTabChangesFocus(True)


class _ScreenFit(QObject):
    """Fits its window again each time it is shown: the screen may have changed meanwhile (a
    laptop taken off its monitor)."""

    def __init__(self, window: QWidget, default: QSize) -> None:
        super().__init__(window)
        self._default = default
        self._shown = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow():
            tab_leaves_text_boxes(watched)  # also the boxes built after the window
            if not watched.windowState() & (Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen):
                self._fit(watched)
        return False

    def _fit(self, window: QWidget) -> None:
        available, frame = available_geometry(window), frame_margins(window)
        fitted = capped_geometry(self._default, available, frame)
        room = available.marginsRemoved(frame)
        size = window.size()
        if size.width() > room.width() or size.height() > room.height():
            window.resize(size.boundedTo(room.size()))
        first, self._shown = not self._shown, True
        if first and fitted.size() != self._default:  # capped: placed where all of it is seen
            window.move(fitted.left() - frame.left(), fitted.top() - frame.top())  # move() places the frame
        elif not room.contains(window.geometry()):  # moved off the screen, or a smaller screen now
            inside = QRect(window.geometry())
            inside.moveLeft(max(room.left(), min(inside.left(), room.right() - inside.width() + 1)))
            inside.moveTop(max(room.top(), min(inside.top(), room.bottom() - inside.height() + 1)))
            window.move(inside.left() - frame.left(), inside.top() - frame.top())


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Give the top-level ``window`` its default size, ``width`` x ``height`` pixels, capped to
    the free area of the screen it opens on, and keep it so: each time it is shown it is made
    to fit that screen again (smaller, and moved into it, when it does not) and Tab leaves its
    multi-line text boxes (``tab_leaves_text_boxes``). Call it instead of ``resize``; the
    window's content must be able to shrink that far (``scrolled``)."""
    default = QSize(width, height)
    window.resize(capped_geometry(default, available_geometry(window), frame_margins(window)).size())
    window.installEventFilter(_ScreenFit(window, default))


def scrolled(content: QWidget) -> QScrollArea:
    """``content`` in a frameless scroll area that gives it all the room there is and scrolls
    only what does not fit (a window's body, with its button row left outside, always seen)."""
    area = QScrollArea()
    area.setWidget(content)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    return area


def keep_lines(splitter: QSplitter, boxes: dict[QAbstractScrollArea, int]) -> None:
    """No pane of ``splitter`` collapses, and each of ``boxes`` keeps room for that many lines
    (a list: rows as tall as one holding a button, or as they are drawn when its cells wrap:
    ``wrapped_columns.keep_rows``), however small the screen: the window's body scrolls
    instead (``scrolled``). Review 51 G5: at 1024x600 the end window's
    Observations had no height and one silence showed, its Expire button cut in half."""
    splitter.setChildrenCollapsible(False)
    for box, count in boxes.items():
        line = box.fontMetrics().lineSpacing()
        if isinstance(box, QTreeWidget):
            row = max(line + 6, QPushButton("X").sizeHint().height() + 4)
            extra = 0 if box.isHeaderHidden() else box.header().sizeHint().height()
            height = extra + count * row
        else:
            height = count * line + 12  # the document's margins
        if isinstance(box, QTreeWidget) and box.wordWrap():  # rows of wrapped cells: as they are drawn
            keep_rows(box, count, height + 2 * box.frameWidth())
        else:
            box.setMinimumHeight(height + 2 * box.frameWidth())


def form_beside(form: QWidget, preview: QWidget, window: QWidget, width: int) -> QSplitter:
    """``form`` with ``preview`` beside it, in a splitter: 7 to 5 when ``window`` got ``width``
    pixels (its default), else two thirds to the form (review 51 G5: at 1024x600 the Markdown
    took half the width from the form). Below the form, the preview was squeezed to the
    form's least height or scrolled out of sight."""
    columns = QSplitter(Qt.Orientation.Horizontal)
    columns.addWidget(form)
    columns.addWidget(preview)
    columns.setChildrenCollapsible(False)
    wide = window.width() >= width
    columns.setSizes([width * 7 // 12, width * 5 // 12] if wide else [2 * window.width() // 3, window.width() // 3])
    return columns


def elastic(label: QLabel) -> QLabel:
    """``label`` taking the width its layout gives it, never its text's: an alert named with 300
    letters and no space must not widen the window past the screen (fresh-user reviews: the
    header, then the trend pane's "Asking Prometheus for the trend of …", review 32: 2,821 px on
    a 1,600 px screen); what does not fit is cut on screen. Returns ``label``."""
    label.setSizePolicy(QSizePolicy.Policy.Ignored, label.sizePolicy().verticalPolicy())
    label.setMinimumWidth(1)
    return label
