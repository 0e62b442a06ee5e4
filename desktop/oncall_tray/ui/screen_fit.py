"""Top-level windows that fit the screen they open on, with the keyboard able to reach their
buttons (a fresh-user review on a 1280x720 desktop: the shift start window, 1100x760, was taller
than the screen and its buttons could not be reached, not even with Tab, which the notes box took
as a character). Every window and dialog of the app calls ``fit_to_screen`` instead of
``resize``; a content that cannot shrink that far goes in ``scrolled``, its button row outside.
GUI thread only."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMargins, QObject, QPoint, QRect, QSize, Qt, QTimer
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


#: Events after which a window shown is checked for its frame inside the screen, how many of
#: them once it is framed, and how many times at the most it is moved there (``_ScreenFit``).
_FRAMING = (QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.WindowActivate)
FRAMING_EVENTS, FRAMING_TRIES = 8, 3


class _ScreenFit(QObject):
    """Fits its window again each time it is shown (the screen may have changed meanwhile: a
    laptop taken off its monitor), and once more when the window manager has framed it: the
    frame, its title bar too, inside the free area (review 51 G9: at QT_SCALE_FACTOR=1.5 under
    openbox the end window's title bar was above the screen, the frame not known when placed)."""

    def __init__(self, window: QWidget, default: QSize) -> None:
        super().__init__(window)
        self._default = default
        self._shown = self._framing = False
        self._events = self._tries = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if not (isinstance(watched, QWidget) and watched.isWindow()):
            return False
        free = not watched.windowState() & (Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen)
        if event.type() == QEvent.Type.Show:
            tab_leaves_text_boxes(watched)  # also the boxes built after the window
            if free:
                self._fit(watched)
            self._framing, self._events, self._tries = True, 0, 0
        elif self._framing and event.type() in _FRAMING and _framed(watched):
            # its frame is known: moved inside when it is not, while the window manager settles it
            # (it may place the frame, then apply the position asked for before: review 51 G9; a
            # move asked for meanwhile may be lost), a few times at the most
            self._events += 1
            self._framing = self._events < FRAMING_EVENTS
            if free and self._tries < FRAMING_TRIES and _in_view(watched) != watched.frameGeometry().topLeft():
                self._tries += 1
                QTimer.singleShot(0, self, lambda window=watched: window.move(_in_view(window)))  # (the frame's place)
        return False

    def _fit(self, window: QWidget) -> None:
        available, frame = available_geometry(window), frame_margins(window)
        fitted = capped_geometry(self._default, available, frame)
        first, self._shown = not self._shown, True
        if first and fitted.size() != self._default:  # capped: placed where all of it is seen
            window.resize(window.size().boundedTo(fitted.size()))
            window.move(fitted.left() - frame.left(), fitted.top() - frame.top())  # move() places the frame
        else:  # moved off the screen, or a smaller screen now
            _inside(window)


def _framed(window: QWidget) -> bool:
    """Whether the window manager's frame around ``window`` is known (while it frames the window,
    Qt may tell a frame of 1x1)."""
    frame, inner = window.frameGeometry(), window.geometry()
    return frame != inner and frame.contains(inner)


def _in_view(window: QWidget) -> QPoint:
    """Where ``window``'s frame goes to be in the free area of its screen (its title bar at
    least, when it is larger): where it is when it is in it."""
    return _clamped(window.frameGeometry(), available_geometry(window))


def _clamped(rect: QRect, area: QRect) -> QPoint:
    """Where ``rect`` goes to be in ``area``, its top left corner at least; where it is if it is."""
    return QPoint(max(area.left(), min(rect.left(), area.right() - rect.width() + 1)),
                  max(area.top(), min(rect.top(), area.bottom() - rect.height() + 1)))


def _inside(window: QWidget) -> None:
    """Make ``window`` and its frame fit the free area of its screen: smaller when they do not,
    moved into it when they are not in it."""
    available, frame = available_geometry(window), frame_margins(window)
    size = window.size().boundedTo(available.marginsRemoved(frame).size())
    if size != window.size():
        window.resize(size)
    outer = QRect(window.geometry().topLeft(), size).marginsAdded(frame)
    if _clamped(outer, available) != outer.topLeft():
        window.move(_clamped(outer, available))  # move() places the frame


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
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no Tab stop of its own, where typing went nowhere (review Q1)
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
