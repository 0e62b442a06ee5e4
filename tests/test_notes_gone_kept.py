"""A note refused as its Incidents row's incident is gone from the shift journal is moved into
the Observations of the shift open *at the write* (code review 77 AQ8: the tray's last-known
shift, handed over by the command line meanwhile, got it where no window shows it), and when
that move fails it stays in sight and is moved at a later poll (code review 77 AQ1: it went into
the gone incident's draft, which no row shows again). Against a real Alertmanager (the ``desk``
fixture) and the real command line."""

from __future__ import annotations

import subprocess
import sys

from conftest import make_alert
from test_handoff_windows import desk  # noqa: F401  (the fixture)
from test_notes_box_per_incident import incidents_panel
from test_notes_incident_gone import TYPED, acknowledged

from oncall_tray.core import shifts
from oncall_tray.core.journal import JournalError


def typed_on_a_gone_incident(desk, qtbot):  # noqa: F811
    """HighCPUUsage and APIDown acknowledged in ana's shift, ``TYPED`` in APIDown's row's box,
    then APIDown's incident gone from the journal (set aside, salvaged): the panel."""
    desk.am.post_alerts([make_alert(name, severity) for name, severity in
                         (("HighCPUUsage", "warning"), ("APIDown", "critical"))])
    shifts.start_shift(desk.controller.journal, "ana")
    desk.poll()
    acknowledged(desk, "HighCPUUsage")
    api = acknowledged(desk, "APIDown")
    panel = incidents_panel(desk, qtbot, api.id)
    panel.input.setText(TYPED)
    panel.autosave.flush()
    desk.settle()
    journal = desk.outside()
    try:
        with journal.transaction() as tx:
            tx.conn.execute("DELETE FROM incidents WHERE id = ?", (api.id,))
    finally:
        journal.close()
    return panel


def test_a_gone_note_whose_move_fails_stays_in_sight_and_is_moved_later(desk, qtbot, monkeypatch):  # noqa: F811
    panel = typed_on_a_gone_incident(desk, qtbot)
    from oncall_tray.ui import incident_gone

    def disk_full(*_args, **_kwargs):  # the write's failure only (a full disk cannot be made here)
        raise JournalError("disk full")

    monkeypatch.setattr(incident_gone, "add_observations", disk_full)
    panel.add_note()
    desk.settle()
    assert TYPED in panel.status.text() and "disk full" in panel.status.text(), panel.status.text()
    desk.controller.journal_changed.emit()  # the window's next refresh: another row shown
    desk.settle()
    window = desk.controller.window("incidents")
    assert window.panel.input.text() == ""  # not put in another incident's box
    assert TYPED in window.panel.status.text(), window.panel.status.text()  # still in sight
    desk.poll()  # still failing: still said
    assert TYPED in window.panel.status.text(), window.panel.status.text()
    monkeypatch.undo()  # the journal writable again
    desk.poll()  # the move tried again
    desk.settle()
    kept = str(desk.controller.state(shifts.shift_scope(desk.controller.shift.id), "observations", ""))
    assert kept.count(TYPED) == 1, kept
    assert "Observations" in window.panel.status.text() and "could not" not in window.panel.status.text()
    held = desk.controller.journal.query("SELECT scope FROM state WHERE value LIKE ?", (f"%{TYPED}%",))
    assert [r["scope"] for r in held] == [shifts.shift_scope(desk.controller.shift.id)]  # in no draft left behind
    desk.poll()  # moved once only
    kept = str(desk.controller.state(shifts.shift_scope(desk.controller.shift.id), "observations", ""))
    assert kept.count(TYPED) == 1, kept
    end = desk.polled_window("end")
    assert TYPED in end.observations.toPlainText()
    end.close()


def test_a_gone_note_goes_to_the_start_window_when_the_shift_was_handed_over_elsewhere(desk, qtbot, tmp_path):  # noqa: F811
    panel = typed_on_a_gone_incident(desk, qtbot)
    handed = desk.controller.shift
    config = tmp_path / "c.yaml"
    config.write_text("engineer: ana\n", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "oncall_tray", "--config", str(config), "--alertmanager",
                             desk.am.url, "handoff", "end", "--confirm", "--incoming", "Bia"],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    panel.add_note()  # the tray still thinks ana's shift open
    desk.settle()
    journal = desk.outside()
    try:
        assert TYPED not in str(journal.get_state(shifts.shift_scope(handed.id), "observations", ""))
        assert TYPED in str(journal.get_state(shifts.START_SCOPE, "observations", ""))
    finally:
        journal.close()
    assert "Take over the shift" in panel.status.text(), panel.status.text()


def test_a_gone_note_not_moved_when_the_tray_stops_is_moved_at_the_next_start(desk, qtbot, monkeypatch):  # noqa: F811
    from oncall_tray.paths import Folders
    from oncall_tray.ui import incident_gone
    from oncall_tray.ui.shift_controller import ShiftController

    panel = typed_on_a_gone_incident(desk, qtbot)
    shift = desk.controller.shift

    def disk_full(*_args, **_kwargs):
        raise JournalError("disk full")

    monkeypatch.setattr(incident_gone, "add_observations", disk_full)
    panel.input.setText(f"{TYPED}, e mais")  # Enter before the autosave wrote what was typed last
    panel.add_note()
    desk.settle()
    assert "could not be moved" in panel.status.text(), panel.status.text()
    monkeypatch.undo()
    desk.controller.release_hold()  # the tray stops before a poll moved it
    again = ShiftController(desk.config, [].extend, path=desk.path, folders=Folders.for_user())
    try:
        qtbot.waitUntil(lambda: not again.writer.busy, timeout=10000)
        kept = str(again.state(shifts.shift_scope(shift.id), "observations", ""))
        assert f"{TYPED}, e mais" in kept and "APIDown" in kept, kept
        held = again.journal.query("SELECT scope FROM state WHERE value LIKE ?", (f"%{TYPED}%",))
        assert [r["scope"] for r in held] == [shifts.shift_scope(shift.id)]
    finally:
        again.shutdown()
