"""Review 66 S3: after a ``timezone`` change, the handoff end window (reused) kept the old zone
in its silences table ("Expira 23:20" beside a title "desde 20:00") and in "Tudo salvo às
23:10:53": the table's rows were kept as they were (their cache did not hold the zone) and the
saved line kept the zone it was built with. One clock in the window: both follow the setting."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from oncall_tray.alertmanager.models import Silence, SilenceStatus
from oncall_tray.core.handoff import SilenceLine

SAO_PAULO = ZoneInfo("America/Sao_Paulo")
NOW = dt.datetime(2026, 12, 6, 23, 10, 53, tzinfo=dt.timezone.utc)


def _controller() -> SimpleNamespace:
    return SimpleNamespace(zone=dt.timezone.utc, translate=QApplication.translate, down=(), silence_holders={},
                           holders_down=lambda _silence_id="": (), writer=None, now=lambda: NOW)


@pytest.mark.parametrize("language", ["english", "portuguese"])
def test_the_silences_table_follows_a_change_of_zone(qtbot, request, language):
    from oncall_tray.ui.handoff_silences import SilencesTable

    request.getfixturevalue(language)
    silence = Silence(id="s1", matchers=(), starts_at=NOW, ends_at=NOW.replace(minute=20, second=0),
                      created_by="ana", comment="ACK! investigando — ana", status=SilenceStatus("active"))
    report = SimpleNamespace(silences=[SilenceLine(silence, "APIDown", own=True)], silences_from_journal=False, at=NOW,
                             silences_unknown="")
    controller = _controller()
    table = SilencesTable(controller, lambda _text, _failed: None)
    qtbot.addWidget(table.box)
    table.show(report)
    assert table.tree.topLevelItem(0).text(1) == "23:20"
    controller.zone = SAO_PAULO  # the settings saved with another zone; the window reused
    table.show(report)
    assert table.tree.topLevelItem(0).text(1) == "20:20"


def test_the_saved_line_follows_a_change_of_zone(qtbot, english):
    from oncall_tray.ui.saved_line import SavedLine

    controller = _controller()
    line = SavedLine(controller)
    qtbot.addWidget(line)
    line._idle()  # the journal writer idle: everything written
    assert line.text() == "All changes saved at 23:10:53"
    controller.zone = SAO_PAULO
    line.follow_zone()
    assert line.text() == "All changes saved at 20:10:53"


def test_an_item_left_out_by_an_earlier_version_is_unticked_and_ticked_back_for_good(qtbot, english):
    """Review 66 S2 in the end window: a dismissal kept by an earlier version (its ``former``
    situation) leaves the row unticked; ticking it back drops that key too, not only the new one."""
    from oncall_tray.core.pending import Suggestion
    from oncall_tray.ui.handoff_pending import PendingBox

    item = Suggestion("acknowledge:abc", "Acknowledge X (critical, firing since 19:57, not acknowledged)",
                      situation="Acknowledge %1 (critical, firing since 2026-12-06T22:57Z, not acknowledged)",
                      former="Acknowledge %1 (critical, firing since 22:57, not acknowledged)")
    old_key = Suggestion(item.key, item.text, situation=item.former).dismissal
    box = PendingBox()
    qtbot.addWidget(box)
    box.show_suggestions([item])
    box.set_dismissed({old_key})
    row = box.suggested.item(0)
    assert row.checkState() == Qt.CheckState.Unchecked and box.pending() == []
    with qtbot.waitSignal(box.dismissed_changed) as saved:
        row.setCheckState(Qt.CheckState.Checked)
    assert saved.args == [""] and box.pending() == [item.text]
