"""The end window's "Pending for the next shift" box: the suggested items, live and ticked, and
the engineer's own items below them (``core.pending``). GUI thread only."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGroupBox, QListWidget, QListWidgetItem, QPlainTextEdit, QVBoxLayout

from ..core.pending import Suggestion, pending_items, split_items
from .handoff_common import plain_label
from .plain import shown
from .wrapped_columns import on_resize
from .translations import translator_for

TR_CONTEXT = "shift_end"
tr = translator_for(TR_CONTEXT)
#: Rows the suggestions take at most before they scroll: four, since the help text above them
#: keeps its whole lines (fresh-user review P10; six rows had it drawn over them), for seven
#: incidents to stay in view at the window's first size (review 36).
LIST_ROWS = 4


class PendingBox(QGroupBox):
    """Suggestions (from the open incidents, the alerts nobody acknowledged and the post-mortems
    due) as ticked rows that follow each report, in its language; unticking one leaves it out of
    the handoff. Under them, a text box for the engineer's own items, one per line (``own``).

    Signals:
        dismissed_changed(str): a row ticked or unticked: those left out (``Suggestion.dismissal``), one per line (to
            save in the shift's draft, ``core.pending.PENDING_DISMISSED``).
        changed(): the list handed over changed (a tick, or the own items typed).
    """

    dismissed_changed = Signal(str)
    changed = Signal()

    def __init__(self) -> None:
        super().__init__(tr("Pending for the next shift"))
        self._suggestions: tuple[Suggestion, ...] = ()
        self._dismissed: set[str] = set()
        self.hint = plain_label()
        self.hint.setStyleSheet("color: #666")
        self.suggested = QListWidget()
        # long items wrap rather than scroll sideways (review 41 F16: "… — escalado para L2 — escalação
        # para L3 atrasada" ran past the box at 1280 px)
        self.suggested.setWordWrap(True)
        self.suggested.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.suggested.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.suggested.itemChanged.connect(self._ticked)
        self.own = QPlainTextEdit(objectName="pending")  # (a window made again finds it: ``remade``)
        self.own.setPlaceholderText(tr("Your own pending items, one per line"))
        self.own.textChanged.connect(self.changed.emit)
        layout = QVBoxLayout(self)
        for widget in (self.hint, self.suggested, self.own):
            layout.addWidget(widget)
        on_resize(self, self.fit_rows, self.hint, self.suggested.viewport())

    def show_suggestions(self, suggestions: Sequence[Suggestion]) -> None:
        """Show a report's suggestions, ticked unless left out; the rows are rebuilt only when
        they changed (a tick being made is not disturbed by a poll)."""
        suggestions = tuple(suggestions)
        if suggestions == self._suggestions:
            return
        self._suggestions = suggestions
        self.suggested.blockSignals(True)
        self.suggested.clear()
        for suggestion in suggestions:
            row = QListWidgetItem(shown(suggestion.text))  # an alert's name: controls as escapes (review 59 U3)
            row.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(Qt.CheckState.Unchecked if suggestion.left_out(self._dismissed)
                              else Qt.CheckState.Checked)
            row.setToolTip(shown(suggestion.text))
            self.suggested.addItem(row)
        self.suggested.blockSignals(False)
        self.suggested.setVisible(bool(suggestions))
        self.fit_rows()
        self.hint.setText(tr("Suggested from the open incidents, the alerts nobody acknowledged and the post-mortems "
                             "due; they follow the shift until the handoff. Untick what the next shift need not "
                             "follow up; add your own below.") if suggestions else
                          tr("Nothing to suggest now; add your own below."))
        self.changed.emit()

    def fit_rows(self) -> None:
        """The help text as tall as its lines at its width, and the suggestions' list as tall as
        its first ``LIST_ROWS`` rows as they wrap at its width: whole lines, the window's body
        scrolling when they do not fit (fresh-user review P10: at 683x400 logical pixels, the
        help text's first and last lines and the first item were cut through the middle)."""
        hint, listed = self.hint, self.suggested
        need = hint.heightForWidth(hint.width())
        if need > 0 and hint.minimumHeight() != need:
            hint.setMinimumHeight(need)
        if listed.count():
            listed.doItemsLayout()  # the rows' heights at the list's width now
            rows = sum(listed.visualItemRect(listed.item(i)).height() for i in range(min(listed.count(), LIST_ROWS)))
            height = rows + 2 * listed.frameWidth() + 2
            if listed.height() != height:
                listed.setFixedHeight(height)

    def set_dismissed(self, keys: Iterable[str]) -> None:
        """The suggestions left out, as the shift's draft keeps them (ticks follow)."""
        self._dismissed = set(keys)
        self.suggested.blockSignals(True)
        for index, suggestion in enumerate(self._suggestions):  # the rows, in order
            self.suggested.item(index).setCheckState(Qt.CheckState.Unchecked if suggestion.left_out(self._dismissed)
                                                     else Qt.CheckState.Checked)
        self.suggested.blockSignals(False)
        self.changed.emit()

    def dismissed(self) -> frozenset[str]:
        """The keys of the suggestions left out."""
        return frozenset(self._dismissed)

    def pending(self) -> list[str]:
        """The list handed over, as on screen (``core.pending.pending_items``)."""
        return pending_items(self._suggestions, self._dismissed, self.own_items())

    def own_items(self) -> list[str]:
        """The engineer's own items, as typed."""
        return split_items(self.own.toPlainText())

    def set_read_only(self, read_only: bool) -> None:
        """No ticks nor typing once the shift is not this window's (what was typed stays to copy)."""
        self.own.setReadOnly(read_only)
        self.suggested.setEnabled(not read_only)

    def _ticked(self, row: QListWidgetItem) -> None:
        suggestion = self._suggestions[self.suggested.row(row)]
        if row.checkState() == Qt.CheckState.Checked:  # the key an earlier version kept for it too
            self._dismissed -= suggestion.dismissals
        else:  # a fold: each of its incidents' keys (code review 72 AH2)
            self._dismissed |= suggestion.dismissal_keys
        self.dismissed_changed.emit("\n".join(sorted(self._dismissed)))
        self.changed.emit()

