"""The alerts window's header says a degraded cluster and a member's restart whole at the
window's ordinary widths, beside the red flags: a long line wraps onto the rows the others
leave, the member that does not answer is named once, and what the header leaves out or cuts is
whole in its tooltip (review 51 G8, review 52 H11)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtWidgets import QApplication

from oncall_tray.config import Config
from oncall_tray.core.attention import Deadline, RedFlag
from oncall_tray.core.overview import Light, Overview
from oncall_tray.core.severity import Severity

CLUSTER = ("http://127.0.0.1:49211", "http://127.0.0.1:49212")
NOW = dt.datetime.now(dt.timezone.utc)
#: The reviewer's window: ten alerts, two silenced, the next deadline and two red flags beside.
BUSY = Overview(Light.CRITICAL, 10, unacknowledged={Severity.CRITICAL: 3, Severity.WARNING: 5, Severity.INFO: 2},
                acknowledged=2, total=12, last_success_at=NOW, shown_at=NOW, connected_once=True, overdue=True,
                nearest=Deadline("fp", "DatabaseConnectionPoolExhausted", "respond", NOW + dt.timedelta(minutes=1)),
                red_flags={RedFlag.SEVERAL_CRITICAL: "SLOAvailabilityViolation, DiskSpaceRunningOut, APIDown",
                           RedFlag.RESPONSE_MISSED: "SLOAvailabilityViolation, DiskSpaceRunningOut"},
                members=2)


def header(qtbot, width: int, view: Overview):
    """The details lines of an alerts window ``width`` px wide on ``CLUSTER``, showing ``view``."""
    from oncall_tray.ui.alerts_window import AlertsWindow

    window = AlertsWindow(Config(alertmanager_url=CLUSTER[0], alertmanager_peers=[CLUSTER[1]]))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.resize(width, 720)
    qtbot.waitUntil(lambda: window.width() == width, timeout=3000)
    window.show_overview(view)
    QApplication.processEvents()
    assert window.red_flags.isVisible()
    return window.details_label


@pytest.mark.parametrize("language", ["portuguese", "english"])
def test_a_degraded_cluster_is_said_whole_and_names_its_down_member_once(qtbot, request, language):
    """G8: "http://127.0.0.1:49211: connection refused · http://127.0.0.1:49211,…": the member
    list was cut, and the member down came first in it."""
    request.getfixturevalue(language)
    label = header(qtbot, 1180, dataclasses.replace(BUSY, members_down=(f"{CLUSTER[0]}: connection refused",)))
    shown = label.shown_text()
    assert "…" not in shown and shown.count(CLUSTER[0]) == 1, shown
    assert CLUSTER[1] in label.toolTip() and CLUSTER[0] in label.toolTip()  # every member, in the tooltip


@pytest.mark.parametrize("language", ["portuguese", "english"])
@pytest.mark.parametrize("width", [1180, 1008])
def test_a_members_restart_is_said_whole(qtbot, request, language, width):
    """H11: "⚠ http://127.0.0.1:55243 reiniciou: os alertas de antes são mantidos a…"."""
    request.getfixturevalue(language)
    view = dataclasses.replace(BUSY, restarted=(CLUSTER[1],))
    label = header(qtbot, width, view)
    shown = label.shown_text()
    assert "…" not in shown, shown
    restart = next(line for line in shown.split("\n") if CLUSTER[1] in line and line.startswith("⚠"))
    assert restart.endswith(("again", "de novo")), restart


#: Review 62 Y13's window: one member down, the other restarted, not one cluster, nine silenced,
#: the next deadline, the red flags beside.
CROWDED = dataclasses.replace(BUSY, acknowledged=9, members_down=(f"{CLUSTER[1]}: connection refused",), apart=True,
                              restarted=(CLUSTER[0],))


@pytest.mark.parametrize("language", ["portuguese", "english"])
@pytest.mark.parametrize("width", [1500, 1180, 1008])
def test_every_warning_line_is_shown_whole(qtbot, request, language, width):
    """Y13: the header stopped at six rows: "⚠ http://…:19341 restarted: its alerts from before
    are kept …", under the degraded cluster and "⚠ These Alertmanagers are not one cluster", was
    never shown, even in a window 1500 px wide. Every line the tooltip says (but the addresses,
    which the degraded cluster's lines name) is shown whole, and the table keeps its room."""
    request.getfixturevalue(language)
    label = header(qtbot, width, CROWDED)
    shown = label.shown_text()
    assert "…" not in shown, shown
    whole = (label.toolTip() or label.text()).split("\n")
    for line in whole:
        assert line.startswith("Alertmanager") or line in shown, (line, shown)
    warnings = [line for line in shown.split("\n") if line.startswith("⚠")]
    assert len(warnings) == 2 and warnings[-1].startswith(f"⚠ {CLUSTER[0]}"), shown
    window = label.window()
    assert window.header.height() < window.height() / 3  # the table below keeps its room
    assert label.geometry().bottom() <= window.header.height()  # not cut by the header


def test_the_header_keeps_its_height_when_lines_come_and_go(qtbot, english):
    """Review 48 R4 still: grown for the crowded lines, the header does not shrink at the next
    poll when one goes (the table would move under the pointer each time); a window closed and
    opened again starts from the six rows."""
    label = header(qtbot, 1180, CROWDED)
    window = label.window()
    grown = window.header.height()
    window.show_overview(BUSY)
    QApplication.processEvents()
    assert window.header.height() == grown
    window.hide()
    window.show()
    qtbot.waitExposed(window)
    window.show_overview(BUSY)
    QApplication.processEvents()
    assert window.header.height() < grown
