"""A note refused because its Incidents row's incident is no longer in the journal (code review
75 AM5's ``IncidentsGone``) stays where the engineer can read and edit it, and is never offered
on another incident that takes the gone one's number (code review 76 AN2: the text went back into
the box under the gone number; the window's next refresh showed another row and the text was
gone from sight; DiskFull, acknowledged later, took number 2 and its row's box offered APIDown's
note, which Enter wrote on DiskFull). Against a real Alertmanager (the ``desk`` fixture)."""

from __future__ import annotations

from conftest import make_alert, silence
from test_handoff_windows import desk  # noqa: F401  (the fixture)
from test_notes_box_per_incident import incidents_panel

from oncall_tray.core import shifts

TYPED = "rollback feito, causa: configmap"


def acknowledged(desk, name: str) -> shifts.Incident:
    """``name`` acknowledged (the guide's ACK silence): its incident."""
    silence(desk.am, {"alertname": name}, author="ana", comment="ACK! investigando — ana")
    desk.poll()
    return next(i for i in shifts.incidents(desk.outside()) if i.alertname == name and i.resolved_at is None)


def test_a_note_refused_as_gone_is_kept_in_sight_and_never_offered_on_the_next_number(desk, qtbot):  # noqa: F811
    desk.am.post_alerts([make_alert(name, severity) for name, severity in
                         (("HighCPUUsage", "warning"), ("APIDown", "critical"), ("DiskFull", "warning"))])
    desk.poll()
    journal = desk.outside()
    try:
        shifts.start_shift(journal, "ana")
    finally:
        journal.close()
    cpu = acknowledged(desk, "HighCPUUsage")
    api = acknowledged(desk, "APIDown")
    assert (cpu.id, api.id) == (1, 2)
    panel = incidents_panel(desk, qtbot, api.id)
    panel.input.setText(TYPED)
    panel.autosave.flush()
    desk.settle()
    journal = desk.outside()  # the journal replaced since the row was shown (a salvage, say): incident 2 gone
    try:
        with journal.transaction() as tx:
            tx.conn.execute("DELETE FROM incidents WHERE id = ?", (api.id,))
    finally:
        journal.close()
    panel.add_note()  # Enter: refused, nothing written
    desk.settle()
    said = panel.status.text()
    assert "not written" in said and "Observations" in said, said  # says where the text is
    desk.controller.journal_changed.emit()  # the window's next refresh: another row shown
    desk.settle()
    window = desk.controller.window("incidents")
    assert window.panel.incident is not None and window.panel.incident.id == cpu.id
    assert "Observations" in window.panel.status.text()  # still said on the row shown instead
    shift = desk.controller.shift
    kept = str(desk.controller.state(shifts.shift_scope(shift.id), "observations", ""))
    assert TYPED in kept and "APIDown" in kept, kept  # in the shift's observations: read and edited there
    end = desk.polled_window("end")
    assert TYPED in end.observations.toPlainText()  # where the engineer reads and changes it
    end.close()
    disk = acknowledged(desk, "DiskFull")
    assert disk.id == api.id  # the gone number taken again
    panel = incidents_panel(desk, qtbot, disk.id)
    assert panel.input.text() == "", panel.input.text()  # not APIDown's note in DiskFull's box
    panel.input.setText("disco limpo")
    panel.add_note()
    desk.settle()
    journal = desk.outside()
    try:
        assert journal.incident_note_texts(disk.id) == ["disco limpo"]
    finally:
        journal.close()
