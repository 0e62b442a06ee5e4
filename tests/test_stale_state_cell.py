"""Review 48 R9: with Alertmanager unreachable, the alerts table's narrow State cell read
"(desatual.) …é 21:56 · L3": the stale mark before the state made it too long, and the cut in
the middle took out that the alert was acknowledged. The cell keeps the state whole; the column's
title says the rows are stale, the cell's tooltip too."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QApplication

from oncall_tray.alertmanager.models import Alert, AlertStatus, Matcher, Silence, SilenceStatus
from oncall_tray.config import Config
from oncall_tray.core.severity import SeverityMap
from oncall_tray.core.tracker import AlertTracker
from oncall_tray.ui.alerts_model import COLUMNS

UTC = dt.timezone.utc
STATE = COLUMNS.index("state")
#: A fixed clock, mid-afternoon: with the real one the acknowledgements' end (14 min on) fell
#: after midnight from 23:46, with its date, and the cell was cut (``test_..._near_midnight``)
NOW = dt.datetime(2026, 12, 7, 14, 5, 30, tzinfo=UTC)


def alert(name: str, minutes: int, silenced: bool, now: dt.datetime) -> Alert:
    return Alert(fingerprint=name, labels={"alertname": name, "severity": "critical", "service": "node",
                                           "instance": "conectsuite-host:9100"},
                 annotations={"summary": "Disco acima de 90%"},
                 status=AlertStatus("suppressed" if silenced else "active", ("s-" + name,) if silenced else ()),
                 starts_at=now - dt.timedelta(minutes=minutes))


@pytest.mark.parametrize("language", ["portuguese", "english"])
def test_a_stale_state_cell_keeps_the_acknowledgement_its_end_and_the_escalation(qtbot, request, language):
    from oncall_tray.ui.alerts_window import AlertsWindow

    request.getfixturevalue(language)
    now = NOW
    window = AlertsWindow(Config(timezone="UTC"))
    qtbot.addWidget(window)
    window.resize(1180, 720)  # its first size on a 1280x800 screen
    window.show()
    window._ticker.stop()  # the clocks stay at NOW (the load's), not the real clock's next second
    names = {"DiskSpaceRunningOut": (76, True), "APIDown": (7, True), "DatabaseConnectionPoolExhausted": (26, False)}
    snapshot = AlertTracker(SeverityMap()).update([alert(n, m, s, now) for n, (m, s) in names.items()], now).snapshot
    silences = {f"s-{n}": Silence(id=f"s-{n}", matchers=(Matcher("alertname", n, False, True),),
                                  starts_at=now - dt.timedelta(minutes=1), ends_at=now + dt.timedelta(minutes=14),
                                  created_by="Ana Revisora", comment="ACK! investigando — Ana Revisora",
                                  status=SilenceStatus("active")) for n, (_m, s) in names.items() if s}
    window.load(snapshot, silences)
    escalated = {"DiskSpaceRunningOut": "L2", "DatabaseConnectionPoolExhausted": "L2"}
    model, table = window.model, window.table
    model.set_stale(False, escalated)
    fresh = {name: model.index(model.row_of(name), STATE).data() for name in names}
    title = model.headerData(STATE, Qt.Orientation.Horizontal)
    model.set_stale(True)
    QApplication.processEvents()
    room = table.columnWidth(STATE) - 2 * (table.style().pixelMetric(table.style().PixelMetric.PM_FocusFrameHMargin) + 1)
    for name in names:
        index = model.index(model.row_of(name), STATE)
        cell = index.data()
        assert cell == fresh[name]  # acknowledged, until when, the escalation: as with contact
        assert table.fontMetrics().horizontalAdvance(cell) <= room, cell  # whole, not cut in the middle
        assert model.state_text(model.alert(name)) in index.data(Qt.ItemDataRole.ToolTipRole)  # whole, "(stale)"
    assert "✓" in fresh["DiskSpaceRunningOut"] and "L3" in fresh["DiskSpaceRunningOut"]
    stale_title = model.headerData(STATE, Qt.Orientation.Horizontal)
    assert stale_title.startswith(title) and stale_title != title  # the column says its rows are stale
    header = table.horizontalHeader()
    assert header.fontMetrics().horizontalAdvance(stale_title) + 12 <= header.sectionSize(STATE)  # whole
    model.set_stale(False)
    assert model.headerData(STATE, Qt.Orientation.Horizontal) == title


#: Authors as long as a team's real names: "Ana Revisora" is 200 px with a dated end, the cell 175
LONG_NAMES = ("Ana Revisora", "Maria Aparecida dos Santos Figueiredo")


def painted(table, index) -> tuple[str, int]:
    """The text the table paints in ``index``'s cell (its delegate's) and the room it has, pixels."""
    from PySide6.QtWidgets import QStyleOptionViewItem

    option = QStyleOptionViewItem()
    option.initFrom(table)
    option.rect = table.visualRect(index)
    table.itemDelegateForIndex(index).initStyleOption(option, index)
    margin = table.style().pixelMetric(table.style().PixelMetric.PM_FocusFrameHMargin) + 1
    return option.text, option.rect.width() - 2 * margin


def acknowledged_at(qtbot, now: dt.datetime, author: str):
    """An alerts window at ``now`` (UTC, its ticker stopped) with APIDown acknowledged by
    ``author`` a minute ago for 15 minutes; returns its model, table and APIDown's State index."""
    from oncall_tray.ui.alerts_window import AlertsWindow

    window = AlertsWindow(Config(timezone="UTC"))
    qtbot.addWidget(window)
    window.resize(1180, 720)  # its first size on a 1280x800 screen
    window.show()
    window._ticker.stop()
    snapshot = AlertTracker(SeverityMap()).update([alert("APIDown", 7, True, now)], now).snapshot
    ack = Silence(id="s-APIDown", matchers=(Matcher("alertname", "APIDown", False, True),),
                  starts_at=now - dt.timedelta(minutes=1), ends_at=now + dt.timedelta(minutes=14),
                  created_by=author, comment=f"ACK! investigando — {author}", status=SilenceStatus("active"))
    window.load(snapshot, {ack.id: ack})
    QApplication.processEvents()
    model = window.model
    return model, window.table, model.index(model.row_of("APIDown"), STATE)


def assert_name_cut(table, index, author: str, end: str) -> str:
    """The cell painted whole in its room, ``end`` whole at its end, only ``author`` cut, on
    the right, its start kept ("✓ Maria… until 12-08 00:04"); the tooltip names them whole.
    Returns the painted text."""
    assert index.data().startswith(f"✓ {author} ") and index.data().endswith(end), index.data()  # the model: whole
    text, room = painted(table, index)
    # whole: not cut again in the middle; measured as the painting does, in fractions of a pixel
    # (the whole pixels' 168 of "✓ Ana R… until 12-08 00:04" were 168.48 > 168: "✓ Ana R… un…12-08 00:04")
    assert QFontMetricsF(table.font()).horizontalAdvance(text) <= room, text
    assert text.endswith(" " + end), text  # the end, with its date
    head = text[len("✓ "):text.find("…")]
    assert len(head) >= 3 and author.startswith(head) and head == head.rstrip(), text  # the name's start, readable
    assert text == index.data().replace(author, head + "…", 1), text  # only the name cut, on the right
    assert author in index.data(Qt.ItemDataRole.ToolTipRole)  # the whole name
    return text


@pytest.mark.parametrize("author", LONG_NAMES)
@pytest.mark.parametrize("language, end", [("english", "12-08 00:04"), ("portuguese", "08/12 00:04")])
def test_an_acknowledgement_ending_after_midnight_keeps_its_state_cell_whole(qtbot, request, language, end, author):
    """Found auditing the tests that read the real clock: from 23:46 the acknowledgement's end
    (14 min on) is on the next day, written with its date ("✓ Ana Revisora until 12-08 00:09",
    200 px), and the narrow State cell (175 px) no longer held it whole: cut in the middle
    (review 48 R9's fault: "✓ Ana Rev…til 12-08 00:09") every night in the last quarter hour.
    The cell keeps "✓", the end and its date whole and the start of the author's name, cut on
    the right ("✓ Ana… until 12-08 00:04"); the tooltip has the whole sentence. The model's
    text keeps the whole name (what the tests of an acknowledgement made now expect)."""
    request.getfixturevalue(language)
    _model, table, index = acknowledged_at(qtbot, dt.datetime(2026, 12, 7, 23, 50, tzinfo=UTC), author)
    assert_name_cut(table, index, author, end)


def test_a_long_name_is_cut_in_the_name_by_day_and_left_out_beside_an_escalation(qtbot, english):
    """By day a name as long as a team's real ones is cut on the right too, not in the middle
    ("✓ Maria Aparec…eiredo until 14:19" hid where the name ended); one that fits stays whole;
    with an escalation the cell names no author (review 46 F9) and nothing is cut in a name."""
    now = dt.datetime(2026, 12, 7, 14, 5, tzinfo=UTC)
    model, table, index = acknowledged_at(qtbot, now, LONG_NAMES[1])
    assert_name_cut(table, index, LONG_NAMES[1], "14:19")
    model.set_stale(False, {"APIDown": "L2"})
    assert model.state_author(model.alert("APIDown")) == ""
    assert painted(table, index)[0] == index.data() == "✓ until 14:19 · esc. to L2"
    model, table, index = acknowledged_at(qtbot, now, LONG_NAMES[0])
    assert painted(table, index)[0] == index.data() == "✓ Ana Revisora until 14:19"  # whole (review 48 R9)
