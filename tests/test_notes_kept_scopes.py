"""A note typed over a draft the shift journal could not read, kept beside the journal at Quit,
comes back at the next start into the very box it was typed in, whatever box that was (code
review 76 AN1: one typed on an Incidents row was taken back into ``alert:<its key>``, a scope no
box reads, and the kept file forgotten: the note was gone). Real tray and Alertmanager; the
journal's reads of saved states fail (patched), pytest-qt offscreen."""

from __future__ import annotations

import pytest
from conftest import running_tray
from test_notes_unreadable import _locked
from test_notes_unwritable import controller, fingerprint, panel_of, press_enter_on, settle  # noqa: F401

from oncall_tray.core.journal import Journal
from oncall_tray.notes_draft import NOTES_DIR
from oncall_tray.paths import Folders
from oncall_tray.ui.incident_panel import IncidentPanel

TYPED = "post-mortem: causa raiz era o configmap"


def incident_of(qtbot, controller, fp: str) -> int:
    """The id of an incident of the alert ``fp`` (a note added on it in the alerts window, once
    the journal saw it fire)."""
    qtbot.waitUntil(lambda: bool(controller.shift.journal.query("SELECT 1 FROM firing WHERE fingerprint = ?", (fp,))),
                    timeout=10000)
    press_enter_on(qtbot, controller, panel_of(qtbot, controller), fp, "APIDown", "investigando")
    journal = Journal.open(controller.shift.journal.path)
    try:
        return journal.query("SELECT max(id) FROM incidents WHERE fingerprint = ?", (fp,))[0][0]
    finally:
        journal.close()


def box_of(qtbot, controller, where: str, fp: str, incident_id: int) -> IncidentPanel:
    """The notes panel of the alerts window showing APIDown (``where`` "alerts"), or of the
    Incidents window on the row of ``incident_id`` ("incidents")."""
    if where == "alerts":
        panel = panel_of(qtbot, controller)
        panel.show_alert("", "")  # (shown again: its draft read again)
        panel.show_alert(fp, "APIDown")
        return panel
    controller.shift.show_window("incidents", incident_id=incident_id)
    window = controller.shift.window("incidents")
    qtbot.waitExposed(window)
    assert window.panel.incident is not None and window.panel.incident.id == incident_id, (incident_id, window.list.count(), window.status.text())
    return window.panel


def kept_files() -> list:
    folder = Folders.for_user().data / NOTES_DIR
    return list(folder.iterdir()) if folder.exists() else []


@pytest.mark.parametrize("where", ["alerts", "incidents"])
def test_a_note_kept_at_quit_comes_back_in_the_box_it_was_typed_in(qtbot, controller, tmp_path, where):  # noqa: F811
    fp = fingerprint(controller, "APIDown")
    settle(qtbot, controller)
    incident_id = incident_of(qtbot, controller, fp)
    controller.shift.journal_changed.emit()
    locked = pytest.MonkeyPatch()  # its own: ``monkeypatch.undo`` would undo the private data folder too
    locked.setattr(controller.shift.journal, "get_state", _locked)
    panel = box_of(qtbot, controller, where, fp, incident_id)
    panel.input.setText(TYPED)  # over a draft the journal cannot read: kept, not saved
    panel.autosave.flush()
    assert TYPED in controller.shift.unread.values()
    assert controller.shutdown()
    locked.undo()
    assert kept_files()  # kept beside the journal at the quit
    with running_tray(qtbot, controller.config, tmp_path / "again") as again:
        settle(qtbot, again)
        new = box_of(qtbot, again, where, fp, incident_id)
        assert new.input.text() == TYPED  # back where it was typed
        settle(qtbot, again)
        journal = Journal.open(again.shift.journal.path)
        try:
            stray = [scope for scope, in journal.query("SELECT scope FROM state WHERE scope LIKE 'alert:incident-note%'")]
        finally:
            journal.close()
        assert stray == []  # nothing in a scope no box reads
    assert not kept_files()  # taken back into the journal: forgotten
