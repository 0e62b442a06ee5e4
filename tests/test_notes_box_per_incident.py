"""The Incidents window's note box and its draft are per incident, and an escalation of an
incident that resolved since the row was shown says so (code review 75 AM7, AM5). AM7: two rows
of one pod (yesterday's resolved incident, today's) shared one box and draft: the post-mortem
note typed on yesterday's row, today's row selected, Enter wrote it on today's incident. AM5:
"Escalated to this level or higher already" for an incident that had resolved. Against a real
Alertmanager (the ``desk`` fixture: a shift controller fed by real polls)."""

from __future__ import annotations

import datetime as dt

from conftest import active_silences, make_alert, resolve, silence
from test_ack_rule import expire
from test_folded_row_acts import moved_back
from test_handoff_windows import desk  # noqa: F401  (the fixture)

from oncall_tray.core import shifts
from oncall_tray.core.shifts import alert_scope
from oncall_tray.ui.incident_draft import DRAFT


def two_incidents(desk):
    """APIDown acknowledged and resolved yesterday, firing again today and acknowledged again:
    its two incidents, oldest first, and its alert as posted."""
    api = make_alert("APIDown", "critical", service="backend")
    desk.am.post_alerts([api])
    desk.poll()
    silence(desk.am, {"alertname": "APIDown"}, author="ana", comment="ACK! investigando — ana")
    desk.poll()
    desk.am.post_alerts([resolve(api)])
    desk.poll()
    for each in active_silences(desk.am):
        expire(desk.am, each["id"])
    moved_back(desk)
    desk.am.post_alerts([{**api, "endsAt": (dt.datetime.now(dt.UTC) + dt.timedelta(hours=1)).isoformat()}])
    desk.poll()
    silence(desk.am, {"alertname": "APIDown"}, author="ana", comment="ACK! de novo — ana")
    desk.poll()
    found = [i for i in shifts.incidents(desk.outside()) if i.alertname == "APIDown"]
    assert len(found) == 2 and found[0].resolved_at is not None and found[1].resolved_at is None, found
    return found, api


def incidents_panel(desk, qtbot, incident_id: int):
    """The Incidents window on the row of ``incident_id``, and its notes panel."""
    desk.controller.show_window("incidents", incident_id=incident_id)
    window = desk.controller.window("incidents")
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    return window.panel


def test_a_note_typed_on_yesterdays_row_stays_there_when_todays_is_selected(desk, qtbot):  # noqa: F811
    (yesterday, today), _api = two_incidents(desk)
    panel = incidents_panel(desk, qtbot, yesterday.id)
    assert panel.incident.id == yesterday.id
    panel.input.setText("post-mortem: causa raiz era o configmap")
    panel.autosave.flush()
    desk.settle()
    panel = incidents_panel(desk, qtbot, today.id)  # the same pod's row of today
    assert panel.incident.id == today.id
    assert panel.input.text() == "", panel.input.text()  # not yesterday's words in today's box
    assert desk.controller.state(alert_scope(today.fingerprint), DRAFT, "") == ""  # nor the alerts window's draft
    panel.input.setText("ainda fora")
    panel.add_note()
    desk.settle()
    panel = incidents_panel(desk, qtbot, yesterday.id)
    assert panel.input.text() == "post-mortem: causa raiz era o configmap"  # its own draft, back
    panel.add_note()
    desk.settle()
    journal = desk.outside()
    try:
        assert [e.text for e in journal.incident_notes(yesterday.id)[1]] == ["post-mortem: causa raiz era o configmap"]
        assert [e.text for e in journal.incident_notes(today.id)[1]] == ["ainda fora"]
    finally:
        journal.close()


def test_escalating_an_incident_resolved_since_says_it_resolved(desk, qtbot):  # noqa: F811
    (_yesterday, today), api = two_incidents(desk)
    panel = incidents_panel(desk, qtbot, today.id)
    desk.am.post_alerts([resolve(api)])  # resolved between the last refresh and the click
    journal = desk.outside()
    try:
        with journal.transaction() as tx:
            tx.resolve_incident(today.fingerprint, tx.now)
    finally:
        journal.close()
    panel.record_escalation("L2")
    desk.settle()
    said = panel.status.text()
    assert "resolved since" in said and "already" not in said, said
    assert not panel.escalate_button.isVisible()
