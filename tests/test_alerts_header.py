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
