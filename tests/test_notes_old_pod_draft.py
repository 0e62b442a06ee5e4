"""A note typed on an Incidents row by a version before code review 75 AM7 was saved as the
pod's draft (``alert_scope``); since AM7 the row's box reads its own draft only (code review 76
AN3: the row showed nothing, the text sat where no box of a pod no longer firing shows it, and
Enter in the alerts window, once the pod fired again, wrote it on that day's incident). Such a
draft of a pod not firing comes back in the box of the pod's Incidents row shown, said so; a
firing pod's stays in its alerts window's box, where it is shown. Against a real Alertmanager
(the ``desk`` fixture)."""

from __future__ import annotations

from conftest import make_alert, resolve, silence
from test_handoff_windows import desk  # noqa: F401  (the fixture)
from test_notes_box_per_incident import incidents_panel

from oncall_tray.core import shifts
from oncall_tray.core.shifts import alert_scope
from oncall_tray.ui.incident_draft import DRAFT

OLD = "post-mortem: o configmap estava errado"


def handled(desk, still_firing: bool) -> shifts.Incident:
    """APIDown acknowledged (and resolved unless ``still_firing``), with the pod's draft ``OLD``
    saved as a version before AM7 saved it: its incident."""
    api = make_alert("APIDown", "critical", service="backend")
    desk.am.post_alerts([api])
    desk.poll()
    silence(desk.am, {"alertname": "APIDown"}, author="ana", comment="ACK! investigando — ana")
    desk.poll()
    if not still_firing:
        desk.am.post_alerts([resolve(api)])
        desk.poll()
    incident = next(i for i in shifts.incidents(desk.outside()) if i.alertname == "APIDown")
    journal = desk.outside()
    try:
        journal.set_state(alert_scope(incident.fingerprint), DRAFT, OLD)
    finally:
        journal.close()
    return incident


def test_an_old_draft_of_a_pod_no_longer_firing_comes_back_on_its_incidents_row(desk, qtbot):  # noqa: F811
    incident = handled(desk, still_firing=False)
    panel = incidents_panel(desk, qtbot, incident.id)
    assert panel.input.text() == OLD, panel.input.text()
    assert "earlier" in panel.status.text(), panel.status.text()
    desk.settle()
    assert desk.controller.state(alert_scope(incident.fingerprint), DRAFT, "") == ""  # moved, not copied
    panel.add_note()
    desk.settle()
    journal = desk.outside()
    try:
        assert journal.incident_note_texts(incident.id) == [OLD]
    finally:
        journal.close()


def test_an_old_draft_of_a_firing_pod_stays_in_its_alerts_window_box(desk, qtbot):  # noqa: F811
    incident = handled(desk, still_firing=True)
    panel = incidents_panel(desk, qtbot, incident.id)
    assert panel.input.text() == ""
    desk.settle()
    assert desk.controller.state(alert_scope(incident.fingerprint), DRAFT, "") == OLD


def test_the_draft_the_alerts_window_is_typing_is_not_taken_by_the_incidents_row(desk, qtbot):  # noqa: F811
    """Code review 77 AQ6: an alert noted (its incident), a second note being typed in the alerts
    window when the alert resolves (its panel stays on it): the Incidents row of that incident
    took the alerts window's live draft, the same text was in two boxes and Enter in each wrote
    it twice. It stays in the alerts window's box only, and is written once."""
    from PySide6.QtCore import Qt
    from test_handoff_windows import fingerprint, type_into
    from test_notes_follow import poll_into, window_with_panel

    latency = make_alert("HighLatencyP99", "warning")
    desk.am.post_alerts([latency, make_alert("SlowDatabaseQueries", "warning")])
    shifts.start_shift(desk.controller.journal, "ana")
    alerts_window, panel = window_with_panel(desk, qtbot)
    poll_into(desk, alerts_window)
    fp = fingerprint(desk.am, "HighLatencyP99")
    alerts_window.table.selectRow(alerts_window.model.row_of(fp))
    type_into(qtbot, panel.input, "primeira nota")
    qtbot.keyClick(panel.input, Qt.Key.Key_Return)  # a note: opens its incident
    desk.settle()
    typing = "Rollback da release 2.3"
    type_into(qtbot, panel.input, typing)
    panel.autosave.flush()
    desk.settle()
    desk.am.post_alerts([resolve(latency)])
    poll_into(desk, alerts_window)
    assert panel.fingerprint == fp and panel.input.text() == typing  # the panel stays on it
    incident = shifts.latest_incident(desk.controller.journal, fp)
    row = incidents_panel(desk, qtbot, incident.id)
    desk.settle()
    assert row.input.text() == "", row.input.text()  # not a second box holding the same text
    assert desk.controller.state(alert_scope(fp), DRAFT, "") == typing  # the alerts window's draft, kept
    row.add_note()  # nothing to add
    qtbot.keyClick(panel.input, Qt.Key.Key_Return)
    desk.settle()
    journal = desk.outside()
    try:
        assert journal.incident_note_texts(incident.id) == ["primeira nota", typing]
    finally:
        journal.close()
