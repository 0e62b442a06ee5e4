"""Lists whose last column (a silence's reason) takes the width the others leave, every column
wrapping its text onto at most ``MOST_LINES`` lines (cut there with "…", whole in the cell's
tooltip) and each row as tall as its tallest cell (the shift windows' silences;
``handoff_common`` re-exports these)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTreeWidget

from .held_lines import cut_to_rows, rows_of

#: The share of a list's width its last, wrapped column is given while the others can make room
#: for it (review 35: a silence's reason got 45 px beside a long alert name and author, "ACK!
#: invest…"), and the least it keeps before they are narrowed further (review 48 R7: the author's
#: "(you)" was cut to "Ana …" for the reason's share; the reason wraps, whole in its tooltip).
LAST_SHARE = 0.35
LEAST_SHARE = 0.2
#: Pixels beside a cell's text: the style's margins either side.
CELL_MARGINS = 12
#: Lines a cell wraps onto at most: a row of a long alert name and a long reason in a narrow
#: column was 75 px tall, one row in view at a time at 1024x600 (review 53 K7).
MOST_LINES = 2


class _TallerRows(QStyledItemDelegate):
    """Rows as tall as the wrapped text of each column at its width, up to ``MOST_LINES`` lines
    (a tree view measures a row without its columns' widths: review 48 R7, a row one line tall
    cut "Ana Revisora (você)" to "Ana …" where it would have wrapped)."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex) -> None:  # noqa: N802 (Qt's name)
        super().initStyleOption(option, index)
        room = option.rect.width() - 2 * _text_margin(self.parent())
        if option.features & QStyleOptionViewItem.ViewItemFeature.HasDecoration:
            room -= option.decorationSize.width() + _text_margin(self.parent())
        if option.text and room > 0:  # (a size asked for without a width: the text as it is)
            option.text = cut_to_rows(option.text, MOST_LINES, QFontMetrics(option.font), room)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802 (Qt's name)
        natural = super().sizeHint(option, index)  # the width on one line: what the column's contents ask
        option = QStyleOptionViewItem(option)
        option.rect = QRect(0, 0, self.parent().header().sectionSize(index.column()), 1)  # valid: the style wraps
        return QSize(natural.width(), super().sizeHint(option, index).height())


def _text_margin(tree: QTreeWidget) -> int:
    """Pixels the style leaves on either side of a cell's text (``QCommonStyle``'s view items)."""
    return tree.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, tree) + 1


def rows_height(tree: QTreeWidget, rows: int) -> int:
    """Pixels that show ``tree``'s frame, header and ``rows`` rows without scrolling: its first
    rows as they are, and as many more (empty) as tall as the first, or as a line of text."""
    count = tree.topLevelItemCount()
    heights = [tree.sizeHintForRow(row) for row in range(min(rows, count))]
    one = heights[0] if heights else tree.fontMetrics().height() + 6
    header = 0 if tree.isHeaderHidden() else tree.header().sizeHint().height()
    return 2 * tree.frameWidth() + header + sum(heights) + one * (rows - len(heights))


def keep_rows(tree: QTreeWidget, rows: int, least: int) -> None:
    """Keep ``tree`` (``wrap_last_column``) tall enough for its first ``rows`` rows as they are
    drawn, two lines tall or one, and at least ``least`` pixels: its minimum height follows its
    rows and its columns' widths (``keep_last_room``). Review 53 K7: the silences kept room for
    three rows one button tall, and showed one of 75 px."""
    tree._kept_rows = (rows, least)
    _keep_height(tree)


def _keep_height(tree: QTreeWidget) -> None:
    kept = getattr(tree, "_kept_rows", None)
    if kept is not None:
        rows, least = kept
        tree.setMinimumHeight(max(least, rows_height(tree, rows)))


def wrap_last_column(tree: QTreeWidget) -> QTreeWidget:
    """Let ``tree``'s last column (a silence's reason) take the width the others leave and wrap
    its text onto more lines, rows as tall as they need: the reason stays in view however long
    the alert's name (a fresh-user review: only "Backup r…" of it was seen), and keeps at least
    ``LEAST_SHARE`` of the width (``keep_last_room``)."""
    tree.setWordWrap(True)
    tree.setUniformRowHeights(False)
    tree.setItemDelegate(_TallerRows(tree))
    tree.header().setStretchLastSection(True)
    tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    tree.header().sectionResized.connect(lambda *_: tree.doItemsLayout())  # heights for the new width
    on_resize(tree, lambda: keep_last_room(tree), tree.viewport())
    return tree


def keep_last_room(tree: QTreeWidget, share: float = LAST_SHARE) -> None:
    """Narrow ``tree``'s other columns until its last column has ``share`` of the visible width:
    first the first column (the alert's name) down to the width that shows it whole on
    ``MOST_LINES`` lines; then, the last column giving up room down to ``LEAST_SHARE``, the
    others, the widest first, down to the same for their text, or their widget's width (an
    author with its "(you)" wraps rather than being cut: review 48 R7); at the last the first
    column down to a quarter of the width, its name cut with "…" (review 36: the alert's name was
    cut to "PodCra…" beside a whole "Created by"). None narrower than its title."""
    header, count = tree.header(), tree.columnCount()
    width = tree.viewport().width()
    middle = sorted(range(1, count - 1), key=header.sectionSize, reverse=True)
    plan = [(0, _least_width(tree, 0), share)] + [(c, _least_width(tree, c), LEAST_SHARE) for c in middle]
    for column, least, keep in plan + [(0, max(60, width // 4), LEAST_SHARE)]:
        excess = sum(header.sectionSize(c) for c in range(count - 1)) + int(width * keep) - width
        if excess <= 0:
            break
        least = max(least, header.fontMetrics().horizontalAdvance(tree.headerItem().text(column)) + 24)
        cut = min(excess, max(0, header.sectionSize(column) - least))
        if cut:
            header.resizeSection(column, header.sectionSize(column) - cut)
    _keep_height(tree)  # its rows' heights for these widths


def _least_width(tree: QTreeWidget, column: int) -> int:
    """The width ``column`` needs to show its cells whole, wrapped at their spaces onto
    ``MOST_LINES`` lines at most without cutting a word, or its widgets (the Expire buttons).
    A cell it cannot show whole at its width now (a silence named with a long matcher) is cut
    anyway: it holds no width (review 53 K7: it left the reason 20 % of the list)."""
    widest, now = 0, tree.header().sectionSize(column)
    for row in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(row)
        widget = tree.itemWidget(item, column)
        if widget is not None:
            widest = max(widest, widget.sizeHint().width() + 2)
            continue
        font = item.font(column) if item.data(column, Qt.ItemDataRole.FontRole) is not None else tree.font()
        metrics, text = QFontMetrics(font), item.text(column)
        low = max((metrics.horizontalAdvance(w) for w in text.split()), default=0)  # the longest word
        high = max(low, metrics.horizontalAdvance(text))  # on one line
        while low < high:  # the narrowest text width that wraps onto MOST_LINES lines
            middle = (low + high) // 2
            low, high = (low, middle) if rows_of(text, metrics, middle) <= MOST_LINES else (middle + 1, high)
        icon = 0 if item.icon(column).isNull() else tree.iconSize().width() + 4
        if icon + low + CELL_MARGINS <= now:
            widest = max(widest, icon + low + CELL_MARGINS)
    return widest


class _OnResize(QObject):
    """Calls a function whenever one of the widgets it watches is resized (``on_resize``)."""

    def __init__(self, owner: QObject, callback) -> None:
        super().__init__(owner)
        self._callback = callback

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Resize:
            self._callback()
        return False


def on_resize(owner: QObject, callback, *watched: QObject) -> None:
    """Call ``callback()`` (no arguments) whenever one of ``watched`` is resized, while ``owner``
    lives. GUI thread."""
    fit = _OnResize(owner, callback)
    for widget in watched:
        widget.installEventFilter(fit)
