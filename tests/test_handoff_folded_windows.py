"""The shift windows after a busy shift (review 68 AF1, AF3): the end window's incidents, the
start window's open incidents and the *Incidents* window, with many alerts of one name silenced
at once, some inhibited; against a real Alertmanager with an inhibit rule, polled by the tray's
shift controller."""

from __future__ import annotations

import pytest
from conftest import silence
from fakeserver import FakeServer
from test_handoff_folded import CRITICAL, INFO, WARNING, crash_looping  # noqa: F401 (the fixture)
from test_handoff_windows import Desk

from oncall_tray.core import shifts
from oncall_tray.paths import Folders


@pytest.fixture
def busy_desk(qtbot, crash_looping):  # noqa: F811 (the fixture imported)
    with FakeServer(status=200, body=b"<html>ok</html>", content_type="text/html") as dashboards:
        desk = Desk(qtbot, crash_looping, Folders.for_user().journal, dashboards.url)
        try:
            shifts.start_shift(desk.controller.journal, "ana")
            desk.controller._follow_shift()
            desk.poll()
            silence(crash_looping, {"alertname": "PodCrashLooping"}, minutes=60, author="ana",
                    comment="ACK pods em loop, deploy revertendo")
            desk.poll()
            yield desk
        finally:
            desk.close()


def test_the_shift_windows_fold_one_silence_over_many_pods(busy_desk, qtbot):
    shown = CRITICAL + INFO
    end = busy_desk.polled_window("end")
    assert end.summary.text().endswith(" · Incidents: 1"), end.summary.text()
    assert end.incidents.topLevelItemCount() == 1
    row = end.incidents.topLevelItem(0)
    assert row.text(0).startswith(f"PodCrashLooping ×{shown} (omnichannel / pod-001:8080, pod-002:8080, "), row.text(0)
    assert row.text(0).endswith(f" (+{WARNING} inhibited by PodCrashLooping)"), row.text(0)
    assert end.incidents_box.title() == "Incidents handled (1)"

    start = busy_desk.polled_window("start")
    assert start.incidents_box.title() == "Incidents still open (1)"
    assert start.incidents.count() == 1
    assert start.incidents.item(0).text().startswith(f"PodCrashLooping ×{shown} (omnichannel / pod-001:8080"), \
        start.incidents.item(0).text()

    incidents = busy_desk.polled_window("incidents")
    rows = [incidents.list.item(r).text() for r in range(incidents.list.count())]
    # one row, as the handoff folds them (it listed each pod); the pods in its tooltip
    assert len(rows) == 1 and rows[0].startswith(f"PodCrashLooping ×{shown} (omnichannel / pod-001:8080, "), rows
    assert incidents.list.item(0).toolTip().startswith("PodCrashLooping (omnichannel / pod-001:8080)\n"), \
        incidents.list.item(0).toolTip()
