"""A tray started on a journal holding a draft of the build between code review 75 AM7 and 76
AN2 (an Incidents row's note kept under ``incident-note:<number>``) shows it in that row's box
(code review 76 AN3: shown nowhere). Real tray and Alertmanager, pytest-qt offscreen."""

from __future__ import annotations

from conftest import running_tray
from test_notes_kept_scopes import box_of, incident_of
from test_notes_unwritable import controller, fingerprint, settle  # noqa: F401

from oncall_tray.core.journal import Journal

TYPED = "rascunho da versão desta manhã"


def test_a_draft_kept_by_number_shows_on_its_incidents_row(qtbot, controller, tmp_path):  # noqa: F811
    fp = fingerprint(controller, "APIDown")
    settle(qtbot, controller)
    incident_id = incident_of(qtbot, controller, fp)
    path = controller.shift.journal.path
    assert controller.shutdown()
    journal = Journal.open(path)
    try:  # as this morning's build left it
        journal.set_state(f"incident-note:{incident_id}", "draft", TYPED)
    finally:
        journal.close()
    with running_tray(qtbot, controller.config, tmp_path / "again") as again:
        settle(qtbot, again)
        panel = box_of(qtbot, again, "incidents", fp, incident_id)
        qtbot.waitUntil(lambda: panel.input.text() == TYPED, timeout=10000)
