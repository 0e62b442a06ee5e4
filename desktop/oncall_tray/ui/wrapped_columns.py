"""Lists whose last column (a silence's reason) takes the width the others leave, every column
wrapping its text onto more lines and each row as tall as its tallest cell (the shift windows'
silences; ``handoff_common`` re-exports these)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QTreeWidget

#: The share of a list's width its last, wrapped column is given while the others can make room
#: for it (review 35: a silence's reason got 45 px beside a long alert name and author, "ACK!
#: invest…"), and the least it keeps before they are narrowed further (review 48 R7: the author's
#: "(you)" was cut to "Ana …" for the reason's share; the reason wraps, whole in its tooltip).
LAST_SHARE = 0.35
LEAST_SHARE = 0.2
#: Pixels beside a cell's text: the style's margins either side.
CELL_MARGINS = 12


class _TallerRows(QStyledItemDelegate):
    """Rows as tall as the wrapped text of each column at its width (a tree view measures a
    row without its columns' widths: review 48 R7, a row one line tall cut "Ana Revisora (você)"
    to "Ana …" where it would have wrapped)."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802 (Qt's name)
        natural = super().sizeHint(option, index)  # the width on one line: what the column's contents ask
        option = QStyleOptionViewItem(option)
        option.rect = QRect(0, 0, self.parent().header().sectionSize(index.column()), 1)  # valid: the style wraps
        return QSize(natural.width(), super().sizeHint(option, index).height())


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
    tree.viewport().installEventFilter(_LastRoom(tree))
    return tree


def keep_last_room(tree: QTreeWidget, share: float = LAST_SHARE) -> None:
    """Narrow ``tree``'s other columns until its last column has ``share`` of the visible width:
    first the first column (the alert's name) down to its longest word (it wraps, whole); then,
    the last column giving up room down to ``LEAST_SHARE``, the others, the widest first, down to
    their longest word or widget (an author with its "(you)" wraps rather than being cut: review
    48 R7); at the last the first column down to a quarter of the width (review 36: the alert's
    name was cut to "PodCra…" beside a whole "Created by"). None narrower than its title."""
    header, count = tree.header(), tree.columnCount()
    width = tree.viewport().width()
    middle = sorted(range(1, count - 1), key=header.sectionSize, reverse=True)
    plan = [(0, _longest_word(tree, 0), share)] + [(c, _longest_word(tree, c), LEAST_SHARE) for c in middle]
    for column, least, keep in plan + [(0, max(60, width // 4), LEAST_SHARE)]:
        excess = sum(header.sectionSize(c) for c in range(count - 1)) + int(width * keep) - width
        if excess <= 0:
            break
        least = max(least, header.fontMetrics().horizontalAdvance(tree.headerItem().text(column)) + 24)
        cut = min(excess, max(0, header.sectionSize(column) - least))
        if cut:
            header.resizeSection(column, header.sectionSize(column) - cut)


def _longest_word(tree: QTreeWidget, column: int) -> int:
    """The width ``column`` needs to wrap its cells at their spaces without cutting a word, or to
    show its widgets (the Expire buttons) whole."""
    widest = 0
    for row in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(row)
        widget = tree.itemWidget(item, column)
        if widget is not None:
            widest = max(widest, widget.sizeHint().width() + 2)
            continue
        font = item.font(column) if item.data(column, Qt.ItemDataRole.FontRole) is not None else tree.font()
        metrics = QFontMetrics(font)
        words = item.text(column).split()
        icon = 0 if item.icon(column).isNull() else tree.iconSize().width() + 4
        widest = max(widest, icon + max((metrics.horizontalAdvance(w) for w in words), default=0) + CELL_MARGINS)
    return widest


class _LastRoom(QObject):
    """Applies ``keep_last_room`` whenever the list's viewport is resized."""

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self._tree = tree

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Resize:
            keep_last_room(self._tree)
        return False
