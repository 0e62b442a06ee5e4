"""Review 59 U2: a recorded escalation read "L2 paged" (pt_BR "L2 acionado") in the alerts
table's State cell and "escalated to L2" in the detail pane, the notes and the README; "paged"
says the app paged someone, which it does not (it records that the engineer escalated). One
wording: "escalated to L2", which the narrow cell abbreviates "esc. to L2" (pt_BR "esc. p/ L2")
to keep the acknowledgement's end whole."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from oncall_tray.alertmanager.models import Alert, AlertStatus, Matcher, Silence, SilenceStatus
from oncall_tray.config import Config
from oncall_tray.core.local_times import local_time
from oncall_tray.core.severity import SeverityMap
from oncall_tray.core.tracker import AlertTracker
from oncall_tray.ui.alerts_model import COLUMNS

UTC = dt.timezone.utc
STATE = COLUMNS.index("state")
#: A fixed clock, mid-afternoon: the real one put the acknowledgement's end (8 min on) after
#: midnight from 23:52, with its date (see ``test_stale_state_cell``'s midnight test)
NOW = dt.datetime(2026, 12, 7, 14, 5, 30, tzinfo=UTC)
WORDS = {"english": ("✓ until %1 · esc. to L2", "firing · esc. to L2", "escalated to L2", "paged"),
         "portuguese": ("✓ até %1 · esc. p/ L2", "disparando · esc. p/ L2", "escalado para L2", "acionado")}


def alert(name: str, acknowledged: bool, now: dt.datetime) -> Alert:
    return Alert(fingerprint=name, labels={"alertname": name, "severity": "critical", "instance": "backend:3001"},
                 status=AlertStatus("suppressed" if acknowledged else "active", ("s-" + name,) if acknowledged else ()),
                 starts_at=now - dt.timedelta(minutes=16))


@pytest.mark.parametrize("language", ["english", "portuguese"])
def test_a_recorded_escalation_reads_escalated_in_the_state_cell_too(qtbot, request, language):
    from oncall_tray.ui.alerts_window import AlertsWindow

    request.getfixturevalue(language)
    cell, firing, words, paged = WORDS[language]
    now = NOW
    window = AlertsWindow(Config(timezone="UTC"))
    qtbot.addWidget(window)
    window.resize(1180, 720)  # its first size on a 1280x800 screen
    window.show()
    window._ticker.stop()  # the clocks stay at NOW (the load's), not the real clock's next second
    ends = now.replace(microsecond=0) + dt.timedelta(minutes=8)
    ack = Silence(id="s-APIDown", matchers=(Matcher("alertname", "APIDown", False, True),),
                  starts_at=now - dt.timedelta(minutes=7), ends_at=ends, created_by="Bruno Lima",
                  comment="ACK! Backend fora — Bruno Lima", status=SilenceStatus("active"))
    snapshot = AlertTracker(SeverityMap()).update([alert("APIDown", True, now), alert("Other", False, now)],
                                                  now).snapshot
    window.load(snapshot, {ack.id: ack})
    model, table = window.model, window.table
    model.set_stale(False, {"APIDown": "L2", "Other": "L2"})
    QApplication.processEvents()
    room = table.columnWidth(STATE) - 2 * (table.style().pixelMetric(table.style().PixelMetric.PM_FocusFrameHMargin) + 1)
    until = local_time(ends, UTC, now, QCoreApplication.translate, year=False)  # the narrow cell's rule
    shown = model.index(model.row_of("APIDown"), STATE).data()
    assert shown == cell.replace("%1", until)
    assert model.index(model.row_of("Other"), STATE).data() == firing
    for name in ("APIDown", "Other"):
        index = model.index(model.row_of(name), STATE)
        assert paged not in index.data() and paged not in model.state_text(model.alert(name))
        assert table.fontMetrics().horizontalAdvance(index.data()) <= room, index.data()  # whole
        assert model.state_text(model.alert(name)).endswith(" — " + words)  # the detail pane's
        assert words in index.data(Qt.ItemDataRole.ToolTipRole)
