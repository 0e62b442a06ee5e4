"""A tray started on a journal holding a draft of the build between code review 75 AM7 and 76
AN2 (an Incidents row's note kept under ``incident-note:<number>``) shows it in that row's box
(code review 76 AN3: shown nowhere). Real tray and Alertmanager, pytest-qt offscreen."""

from __future__ import annotations

from conftest import running_tray
from test_notes_kept_scopes import box_of, incident_of
from test_notes_unwritable import controller, fingerprint, settle  # noqa: F401

import pytest

from oncall_tray.core.journal import Journal, utc_now
from oncall_tray.notes_draft import keep_notes

TYPED = "rascunho da versão desta manhã"


@pytest.mark.parametrize("kept", ["draft", "taken back", "kept at Quit"])
def test_a_draft_kept_by_number_shows_on_its_incidents_row(qtbot, controller, tmp_path, kept):  # noqa: F811
    """``kept``: as this morning's build left it: the row's draft; a note kept at its Quit and
    taken back at its next start (into ``alert:incident-note:N``, code review 76 AN1); a note
    kept at its Quit, in the file beside the journal still (under ``incident-note:N``)."""
    fp = fingerprint(controller, "APIDown")
    settle(qtbot, controller)
    incident_id = incident_of(qtbot, controller, fp)
    path, folders = controller.shift.journal.path, controller.shift.folders
    assert controller.shutdown()
    if kept == "kept at Quit":
        keep_notes(folders, path, {f"incident-note:{incident_id}": TYPED}, utc_now())
    else:
        journal = Journal.open(path)
        try:
            scope = f"incident-note:{incident_id}" if kept == "draft" else f"alert:incident-note:{incident_id}"
            journal.set_state(scope, "draft", TYPED)
        finally:
            journal.close()
    with running_tray(qtbot, controller.config, tmp_path / "again") as again:
        settle(qtbot, again)
        panel = box_of(qtbot, again, "incidents", fp, incident_id)
        qtbot.waitUntil(lambda: panel.input.text() == TYPED, timeout=10000)
        journal = Journal.open(path)
        try:
            left = journal.query("SELECT scope FROM state WHERE scope GLOB '*incident-note:[0-9]*'")
        finally:
            journal.close()
        assert [row[0] for row in left] == []
