"""Review 48 R7: in the end-of-shift window at 1280x800, the active silences' author was cut to
"Ana …", so the "(você)" of the engineer's own silences showed on one row of three, and the
alert to "BackupOlderThan24h (postgr…". Every cell but the reason is whole (wrapped onto more
lines where it must, the row as tall); the reason gives up room first, whole in its tooltip."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication

from oncall_tray.alertmanager.models import Silence, SilenceStatus
from oncall_tray.core.handoff import SilenceLine

#: The width the end window gives its silences list on a 1280x800 screen (review 48's
#: screenshot: 660 px; the window is 1200 px wide there, the list in its left column).
LIST_WIDTH = 660
SILENCES = [("APIDown (backend / conectsuite-backend:3001)", "manutenção programada", True),
            ("BackupOlderThan24h (postgres / conectsuite-postgres:5432)", "teste zero", False),
            ("DiskSpaceRunningOut (node / conectsuite-host:9100)", "ACK! investigando — Ana Revisora", False)]


def whole(tree, item, column: int) -> bool:
    """Whether the cell shows all its text: wrapped at its column's width (no word wider than
    it) onto no more lines than its row is tall."""
    text = item.text(column)
    font = item.font(column) if item.data(column, Qt.ItemDataRole.FontRole) is not None else tree.font()
    room = tree.columnWidth(column) - 8  # the style's margins either side of a cell's text
    need = QFontMetrics(font).boundingRect(QRect(0, 0, room, 1 << 16), int(Qt.TextFlag.TextWordWrap), text)
    widest = max(QFontMetrics(font).horizontalAdvance(word) for word in text.split())
    return widest <= room and need.height() <= tree.visualItemRect(item).height()


@pytest.mark.parametrize("language, you", [("portuguese", "(você)"), ("english", "(you)")])
def test_the_authors_mark_and_the_alert_are_whole_beside_the_reason(qtbot, request, language, you):
    from oncall_tray.ui.handoff_silences import SilencesTable

    request.getfixturevalue(language)
    now = dt.datetime(2026, 12, 5, 21, 12, tzinfo=dt.timezone.utc)
    lines = [SilenceLine(Silence(id=f"s{i}", matchers=(), starts_at=now, ends_at=now + dt.timedelta(minutes=12 + i),
                                 created_by="Ana Revisora", comment=reason, status=SilenceStatus("active")),
                         name, own=True, idle=idle) for i, (name, reason, idle) in enumerate(SILENCES)]
    controller = SimpleNamespace(zone=dt.timezone.utc, translate=QApplication.translate, down=(),
                                 silence_holders={}, holders_down=lambda _silence_id="": ())
    table = SilencesTable(controller, lambda _text, _failed: None)
    box, tree = table.box, table.tree
    qtbot.addWidget(box)
    box.show()
    QApplication.processEvents()
    box.resize(LIST_WIDTH + box.width() - tree.width(), 300)  # the list LIST_WIDTH wide
    table.show(SimpleNamespace(silences=lines, silences_from_journal=False, at=now, silences_unknown=""))
    QApplication.processEvents()
    assert tree.width() == LIST_WIDTH
    for row in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(row)
        assert item.text(2) == "Ana Revisora " + you
        assert whole(tree, item, 2), (item.text(2), [tree.columnWidth(c) for c in range(5)])
        assert whole(tree, item, 0) and whole(tree, item, 1), (item.text(0), [tree.columnWidth(c) for c in range(5)])
        assert item.toolTip(4).endswith(lines[row].silence.comment)  # the reason, where the column cuts it
        button = tree.itemWidget(item, 3)
        assert button.width() >= button.sizeHint().width()
    # the author on one line, not "Ana" over "Revisora"
    assert tree.columnWidth(2) >= QFontMetrics(tree.topLevelItem(2).font(2)).horizontalAdvance("Ana Revisora " + you)
    assert tree.columnWidth(4) >= LIST_WIDTH // 5  # the reason keeps some room, wrapped
