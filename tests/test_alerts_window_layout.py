"""The alerts window's panes share its height: the table keeps a few rows whatever the panes
below ask for, and the side panel (notes, after-incident steps) scrolls (review 16: two rows of
twenty left, the reminders cut at top and bottom)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QVBoxLayout, QWidget

from oncall_tray.config import Config
from oncall_tray.ui.alerts_table import MIN_ROWS


def test_a_tall_side_panel_scrolls_and_the_table_keeps_its_rows(qtbot):
    from oncall_tray.ui.alerts_window import AlertsWindow

    window = AlertsWindow(Config())
    qtbot.addWidget(window)
    panel = QWidget()
    column = QVBoxLayout(panel)
    lines = [QLabel(f"Preencher Post-Mortem (use template em RUNBOOKS.md) — até 23:{n:02}") for n in range(30)]
    for line in lines:
        line.setWordWrap(True)
        column.addWidget(line)
    wide = QPushButton("Update the #incidents thread with the resolution, then dismiss the post-mortem reminder")
    column.addWidget(wide)
    window.add_side_panel(panel)
    window.red_flags.setText("\n".join(["⚑ Red flag: several critical alerts at once: " + "X, " * 40] * 2))
    window.red_flags.show()
    window.resize(1180, 720)
    window.show()
    QApplication.processEvents()
    row = window.table.verticalHeader().defaultSectionSize()
    assert window.table.height() >= window.table.horizontalHeader().height() + MIN_ROWS * row
    assert window.height() <= 720  # the panel did not grow the window
    assert all(line.height() >= line.heightForWidth(line.width()) for line in lines)  # none squeezed: it scrolls
    # never narrower than it needs (review 17: "Dismis", "Add n", cut at its right edge)
    scroll = window.lower.widget(window.lower.count() - 1)
    assert scroll.viewport().width() >= panel.minimumSizeHint().width() and wide.width() >= wide.sizeHint().width()


def test_the_table_stays_in_place_when_header_lines_and_red_flags_come_and_go(qtbot, portuguese):
    """Review 48 R4: the header gained and lost lines ("Silenciados: 1", "⚠ Alertmanager
    reiniciou: …") and the red banner went from 0 to 2 to 3 lines between polls, so the tabs, the
    filter and the first row moved by about 14 px at each: a double click aimed at a row hit the
    next one. The table stays where it is; what does not fit is in the tooltip, never lost."""
    import dataclasses
    import datetime as dt

    from PySide6.QtCore import QPoint

    from oncall_tray.core.attention import RedFlag
    from oncall_tray.core.overview import Light, Overview
    from oncall_tray.core.severity import Severity
    from oncall_tray.ui.alerts_window import AlertsWindow

    window = AlertsWindow(Config())
    qtbot.addWidget(window)
    window.resize(1180, 720)
    window.show()
    now = dt.datetime.now(dt.timezone.utc)
    names = ", ".join(["DiskSpaceRunningOut", "DatabaseConnectionPoolExhausted", "APIDown", "SLOAvailabilityViolation",
                       "HighLatencyP99"]) + " …\u00a0(+1)"
    calm = Overview(Light.CRITICAL, 3, unacknowledged={Severity.CRITICAL: 3}, total=3, last_success_at=now,
                    shown_at=now, connected_once=True)
    one_flag = dataclasses.replace(calm, red_flags={RedFlag.SEVERAL_CRITICAL: names})
    busy = dataclasses.replace(calm, acknowledged=1, restarted=("http://127.0.0.1:9093",), red_flags={
        RedFlag.SEVERAL_CRITICAL: names, RedFlag.RESPONSE_MISSED: names.replace("APIDown", "RedisDown")})
    stale = dataclasses.replace(busy, stale=True, error="connection refused", light=Light.UNREACHABLE,
                                red_flags={**busy.red_flags, RedFlag.UNREACHABLE: "3"})

    def table_at(view: Overview) -> tuple[int, int, int]:
        window.show_overview(view)
        QApplication.processEvents()
        return (window.tabs.mapTo(window, QPoint(0, 0)).y(), window.filter.mapTo(window, QPoint(0, 0)).y(),
                window.table.mapTo(window, QPoint(0, 0)).y())

    first = table_at(calm)
    for view in (one_flag, busy, calm, busy, stale):
        assert table_at(view) == first, view
    # nothing hidden for good: what is cut on screen is whole in the tooltip
    for label in (window.details_label, window.red_flags):
        assert (label.toolTip() or label.shown_text()) == label.text()
    assert "Silenciados: 1" in window.details_label.text() and "reiniciou" in window.details_label.text()
    flags = window.red_flags.text().split("\n")
    assert len(flags) == 3 and flags[1].endswith("RedisDown, SLOAvailabilityViolation, HighLatencyP99 …\u00a0(+1)")
    # each flag in view: the guide's red flag, then the app's own warnings (review 55 M6)
    assert [shown[0] for shown in window.red_flags.shown_text().split("\n")] == ["⚑", "⚠", "⚠"]


def fleet_window(qtbot, width: int, count: int = 1000, service: str = "svc-45"):
    """The alerts window ``width`` px wide on ``count`` alerts of one service on hosts
    ``host-NNNN.prod.conectcrm.internal:9100`` (review 51 G4), and the guide's scenario's."""
    import datetime as dt

    from oncall_tray.alertmanager.models import Alert, AlertStatus
    from oncall_tray.core.severity import SeverityMap
    from oncall_tray.core.tracker import AlertTracker
    from oncall_tray.ui.alerts_window import AlertsWindow

    alerts = [Alert(fingerprint=f"fp{n:04}", labels={"alertname": "NodeDown", "severity": "critical", "service": service,
                                                     "instance": f"host-{n:04}.prod.conectcrm.internal:9100"},
                    annotations={"summary": f"Node host-{n:04} is not answering the scrape"},
                    status=AlertStatus("active")) for n in range(count)]
    alerts.append(Alert(fingerprint="scenario", labels={"alertname": "APIDown", "severity": "critical",
                                                        "service": "backend", "instance": "conectsuite-backend:3001"},
                        annotations={"summary": "Backend não responde"}, status=AlertStatus("active")))
    snapshot = AlertTracker(SeverityMap()).update(alerts, dt.datetime.now(dt.timezone.utc)).snapshot
    window = AlertsWindow(Config())
    qtbot.addWidget(window)
    window.show()
    window.load(snapshot, {})
    qtbot.waitExposed(window)
    window.resize(width, 720)  # once shown: it opens capped to the (offscreen) screen
    qtbot.waitUntil(lambda: window.width() == width, timeout=3000)
    QApplication.processEvents()
    return window


def shown_text(table, row: int, column: int) -> str:
    """The text the table draws in a cell: its delegate's, cut as the style cuts it."""
    from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

    index = table.model().index(row, column)
    option = QStyleOptionViewItem()
    option.initFrom(table.viewport())
    option.rect = table.visualRect(index)
    option.textElideMode = table.textElideMode()  # as the view sets it
    (table.itemDelegateForColumn(column) or table.itemDelegate()).initStyleOption(option, index)
    room = table.style().subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, table).width()
    room -= 2 * (table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1)
    return option.fontMetrics.elidedText(option.text, option.textElideMode, room)


@pytest.mark.parametrize("width", [1180, 1000], ids=["1280x800", "1024x600"])
def test_the_place_column_keeps_what_tells_the_rows_apart(qtbot, width):
    """Review 51 G4: every row read "svc-45 / hos…nternal:9100": the host's number was cut."""
    from oncall_tray.ui.alerts_model import COLUMNS

    window = fleet_window(qtbot, width)
    where = COLUMNS.index("where")
    rows = range(min(window.model.rowCount(), 30))
    shown = [shown_text(window.table, row, where) for row in rows]
    assert len(set(shown)) == len(shown), shown[:3]
    assert all("host-" in text for text in shown if "svc-45" in text), shown[:3]


@pytest.mark.parametrize("width", [1180, 1000], ids=["1280x800", "1024x600"])
@pytest.mark.parametrize("service", ["node-exporter", "kube-state-metrics-exporter"])
def test_a_long_service_name_gives_way_to_the_host(qtbot, width, service):
    """Review 53 K1: with the service "node-exporter" the short host was never seen whole:
    "node-exporter / host-004..." for host-0042 and host-0043. The service is cut (or left out)
    before the instance is."""
    from oncall_tray.ui.alerts_model import COLUMNS

    window = fleet_window(qtbot, width, count=60, service=service)
    where = COLUMNS.index("where")
    rows = range(min(window.model.rowCount(), 60))
    for row in rows:
        fingerprint = window.model.fingerprint(row)
        if fingerprint.startswith("fp"):
            assert f"host-{fingerprint[2:]}…:9100" in shown_text(window.table, row, where)


def test_spare_width_goes_to_the_place_and_the_summary(qtbot):
    """Review 51 G4: on a wide window the service / instance stays whole, not the state's room."""
    from oncall_tray.ui.alerts_model import COLUMNS

    window = fleet_window(qtbot, 1700, count=20)
    where, summary, state = (COLUMNS.index(n) for n in ("where", "summary", "state"))
    for row in range(window.model.rowCount()):
        full = window.model.index(row, where).data()
        assert shown_text(window.table, row, where) == full
    header = window.table.horizontalHeader()
    assert header.sectionSize(summary) > header.sectionSize(state)


@pytest.mark.parametrize("language", ["portuguese", "english"])
def test_the_summary_gets_the_room_of_long_titles_and_of_trends_not_known(qtbot, request, language):
    """Review 59 U6: in pt_BR at the default size the summary was about 80 px ("Backend n…")
    while "Responder em" took its one-line title's width and the trend column, "—" on every row
    (Prometheus down), kept 110 px. A title of several words wraps in the header's two lines; the
    trend column is as narrow as its title until an alert has a trend."""
    from oncall_tray.ui.alerts_model import COLUMNS

    request.getfixturevalue(language)
    window = fleet_window(qtbot, 1180, count=0)
    header = window.table.horizontalHeader()
    summary, trend = COLUMNS.index("summary"), COLUMNS.index("trend")
    window.model.set_trends({"scenario": ("—", "", "Prometheus unreachable")})
    QApplication.processEvents()
    assert header.sectionSize(summary) >= 110, [header.sectionSize(i) for i in range(len(COLUMNS))]
    assert shown_text(window.table, 0, summary).startswith("Backend não re")
    narrow = header.sectionSize(trend)
    window.model.set_trends({"scenario": ("↗ worsening", "worsening", "")})  # a trend: room for its words
    QApplication.processEvents()
    assert header.sectionSize(trend) > narrow and shown_text(window.table, 0, trend) == "↗ worsening"
    assert header.height() <= 2 * header.fontMetrics().lineSpacing() + 16  # two lines of title, as before
