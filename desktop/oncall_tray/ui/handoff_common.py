"""What the shift windows share: showing in front, the "saved" line, the Markdown preview, copying
and saving Markdown, local times."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QStandardPaths, Qt, QTimer
from PySide6.QtGui import QFontDatabase, QGuiApplication, QIcon
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QFileDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..config_write import atomic_write_text
from .plain import PlainLabel
from .plain import shown as shown_text
from .translations import translator_for
from .wrapped_columns import LAST_SHARE, keep_last_room, rows_height, wrap_last_column  # noqa: F401 (re-exported)

TR_CONTEXT = "shift_windows"
tr = translator_for(TR_CONTEXT)


def present(window: QWidget) -> None:
    """Show ``window`` in front."""
    window.show()
    window.raise_()
    window.activateWindow()


class FittedBox(QGroupBox):
    """A titled box whose title is cut with "…" to the box's width, whole in its tooltip: a
    title does not wrap, and a long one (an error's words: "as last seen: TLS error: the
    certificate is not signed by …") made its column, then the window, wider than the screen
    (fresh-user review P3). GUI thread."""

    def __init__(self, title: str = "") -> None:
        super().__init__()
        self._full = ""
        self.setTitle(title)

    def setTitle(self, title: str) -> None:  # noqa: N802  (Qt's name)
        """Show ``title``, cut to the box's width when it is wider."""
        self._full = title
        self._fit()

    def full_title(self) -> str:
        """The title as given, uncut."""
        return self._full

    def resizeEvent(self, event) -> None:  # noqa: N802  (Qt's name)
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        metrics = self.fontMetrics()
        room = max(self.width() - 4 * metrics.averageCharWidth(), 0)  # the frame's and the title's margins
        shown = metrics.elidedText(self._full, Qt.TextElideMode.ElideRight, room) if self._full else ""
        if shown != self.title():
            super().setTitle(shown)
        self.setToolTip(self._full if shown != self._full else "")


def group(title: str, *widgets: QWidget) -> QGroupBox:
    """A titled box (``FittedBox``) holding ``widgets`` one under the other."""
    box = FittedBox(title)
    layout = QVBoxLayout(box)
    for widget in widgets:
        layout.addWidget(widget)
    return box


def plain_label(text: str = "", wrap: bool = True) -> QLabel:
    """A label that never reads its text as markup, its controls shown as escapes
    (``plain.PlainLabel``: text from Alertmanager or the engineer)."""
    label = PlainLabel(text)
    label.setWordWrap(wrap)
    return label


class MarkdownView(QPlainTextEdit):
    """A read-only, fixed-width view of Markdown that shows its controls as escapes
    (``plain.shown``: review 59 U3) and keeps the Markdown as written (``markdown``), which is
    what Copy puts on the clipboard (``copy_markdown``; review 61 X10: *Past handoffs* copied
    the escapes, the end window the text)."""

    def __init__(self) -> None:
        super().__init__()
        self.markdown = ""  # as written, before the escapes

    def show_markdown(self, text: str, keep_place: bool = True) -> None:
        """Put ``text`` here where it is being read: nothing is done when it did not change,
        and, with ``keep_place``, the view stays scrolled where it was when it did (review 53
        K7: the preview jumped back to the top at each poll, the shift's duration having
        changed); without, another text is read from its top."""
        self.markdown = text
        shown = shown_text(text)
        if self.toPlainText() == shown:
            return
        bar = self.verticalScrollBar()
        place = bar.value() if keep_place else 0
        self.setPlainText(shown)
        bar.setValue(min(place, bar.maximum()))


def markdown_view(preview: bool = False) -> MarkdownView:
    """A ``MarkdownView``; a ``preview`` of the form beside it is no Tab stop (review Q13:
    Shift+Tab went into it, where typing is dropped); a click gives it the focus, to select and
    copy."""
    view = MarkdownView()
    if preview:
        view.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
    view.setReadOnly(True)
    view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
    view.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
    return view


def copy_markdown(view: MarkdownView) -> None:
    """Put the Markdown ``view`` shows on the clipboard as written: its escapes are the
    screen's only (an invisible character pasted in a note stays one in Slack)."""
    copy_text(view.markdown)


def copy_text(text: str) -> None:
    """Put ``text`` on the clipboard."""
    QGuiApplication.clipboard().setText(text)


def save_markdown(parent: QWidget, text: str, name: str) -> Path | None:
    """Ask where, then write ``text`` there atomically; the path, or None when cancelled.
    Raises OSError when it cannot be written."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    # a Documents folder that does not exist made the dialog open in the working directory (review 18)
    folder = documents if documents and Path(documents).is_dir() else str(Path.home())
    chosen, _filter = QFileDialog.getSaveFileName(parent, tr("Save the handoff as Markdown"),
                                                  str(Path(folder) / name), tr("Markdown (*.md);;All files (*)"))
    if not chosen:
        return None
    path = Path(chosen)
    atomic_write_text(path, text)
    return path


def file_stamp(at: dt.datetime, zone: dt.tzinfo | None = None) -> str:
    """``2026-11-30-1600`` in ``zone`` (the settings'; None: the system's), for file names."""
    return at.astimezone(zone).strftime("%Y-%m-%d-%H%M")


def tree_widget(*headers: str) -> QTreeWidget:
    """A flat list with column ``headers`` (no tree lines), rows of one height."""
    tree = QTreeWidget()
    tree.setHeaderLabels(list(headers))
    tree.setRootIsDecorated(False)
    tree.setUniformRowHeights(True)
    return tree


def fill_tree(tree: QTreeWidget, rows: list[tuple[str, ...]], icons: list[QIcon | None] | None = None,
              widest: int | None = None) -> None:
    """Show ``rows`` (column texts, from Alertmanager too: their controls shown as escapes,
    ``plain.shown``, review 59 U3) with their ``icons`` (first column), unless the tree shows
    them already: a refresh at every poll must not rebuild and repaint what did not change.
    The columns but the last fit their text up to ``widest`` pixels (``COLUMN_MAX_PX``)."""
    shown = (rows, icons)
    if getattr(tree, "_shown", None) == shown:
        return
    tree._shown = shown
    tree.clear()
    items = [QTreeWidgetItem([shown_text(text) for text in row]) for row in rows]
    for item, icon in zip(items, icons or ()):
        if icon is not None:
            item.setIcon(0, icon)
    for item in items:
        for column, text in enumerate(item.text(c) for c in range(item.columnCount())):
            if text:
                item.setToolTip(column, text)  # the whole text where the column cuts it
    tree.addTopLevelItems(items)
    fit_columns(tree, range(tree.columnCount() - 1), widest or COLUMN_MAX_PX)


#: Height a pane without a list keeps at least when the lists are fitted, in pixels.
OTHER_PANE_PX = 90
#: The least height of a list or text box in those panes (``PaneFit``): two lines.
SCROLLING_MIN_PX = 44


def fit_panes(splitter: QSplitter, lists: dict[int, tuple[QTreeWidget, int]], least: int = 2) -> None:
    """Give the panes of a vertical ``splitter`` that hold a list (pane index -> (the list, most
    rows), the first the most important) the height of their rows, between ``least`` and most;
    the other panes share what is left as they shared it before, each at least
    ``OTHER_PANE_PX``. When the lists do not fit, the last ones give up rows first (down to
    ``least``). Review 31: the incidents handled showed 3.5 rows and scrolled beside a
    half-empty list of silences; review 36: seven incidents at the window's first size."""
    sizes = splitter.sizes()
    total = sum(sizes)
    if total <= 0:
        return
    floor = {}
    for index, (tree, most) in lists.items():
        box = splitter.widget(index)
        # the group's title and margins: as laid out once shown, else as hinted
        frame = box.height() - tree.height() if box.isVisible() else box.sizeHint().height() - tree.sizeHint().height()
        wide = tree.header().length() > tree.width() - 2 * tree.frameWidth()  # (review 36: it took a row)
        if tree.horizontalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff and wide:
            frame += tree.horizontalScrollBar().sizeHint().height()
        frame = max(0, frame)
        lowest = box.minimumSizeHint().height()  # the splitter keeps to it anyway
        sizes[index] = max(frame + rows_height(tree, max(least, min(most, tree.topLevelItemCount()))), lowest)
        floor[index] = max(frame + rows_height(tree, least), lowest)
    others = [i for i in range(len(sizes)) if i not in lists]
    short = sum(sizes[i] for i in lists) + OTHER_PANE_PX * len(others) - total
    for index in reversed(list(lists)):  # the last lists give up their rows first
        if short <= 0:
            break
        cut = min(short, sizes[index] - floor[index])
        sizes[index] -= cut
        short -= cut
    room = max(0, total - sum(sizes[i] for i in lists))
    shared = sum(sizes[i] for i in others) or 1
    for i in others:
        sizes[i] = max(60, room * sizes[i] // shared)
    if others:  # the same total, or the splitter scales every pane to it, the lists' too
        sizes[others[0]] = max(60, sizes[others[0]] + total - sum(sizes))
    splitter.setSizes(sizes)


class PaneFit(QObject):
    """``fit_panes`` on a splitter now (``fit``) and whenever it is resized (the window shown,
    moved to a smaller screen), until the engineer drags a handle: their sizes are kept."""

    def __init__(self, splitter: QSplitter, lists: dict[int, tuple[QTreeWidget, int]]) -> None:
        super().__init__(splitter)
        self._splitter, self._lists, self.dragged = splitter, lists, False
        splitter.splitterMoved.connect(self._drag)
        splitter.installEventFilter(self)
        # the panes' lists and text boxes may be short (they scroll): at their own minimum (about
        # 70 px each) the other panes left seven incidents 4.5 rows (review 36)
        for index in range(splitter.count()):
            for area in splitter.widget(index).findChildren(QAbstractScrollArea):
                if not isinstance(area, QHeaderView):  # (an item view too: not its header)
                    area.setMinimumHeight(min(area.minimumSizeHint().height(), SCROLLING_MIN_PX))

    def _drag(self, *_args) -> None:
        self.dragged = True

    def fit(self) -> None:
        """Fit the panes to their lists, unless the engineer sized them."""
        if not self.dragged:
            fit_panes(self._splitter, self._lists)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Resize:  # once the splitter has shared out its new height
            QTimer.singleShot(0, self.fit)
        return False


#: Widest a column of the checklists' lists grows to fit its text, in pixels: a long value (a
#: silence on every label of an alert) is cut there, with the whole text in the cell's tooltip,
#: instead of pushing the other columns out of sight.
COLUMN_MAX_PX = 260


def fit_columns(tree: QTreeWidget, columns: Iterable[int], widest: int = COLUMN_MAX_PX) -> None:
    """Size each of ``columns`` to its contents, but no wider than ``widest`` pixels."""
    for column in columns:
        tree.resizeColumnToContents(column)
        tree.setColumnWidth(column, min(tree.columnWidth(column), widest))
    if tree.wordWrap():  # a wrapped last column (``wrap_last_column``) keeps its share
        keep_last_room(tree)
