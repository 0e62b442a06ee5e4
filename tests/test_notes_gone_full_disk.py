"""A note refused as its Incidents row's incident is gone, on a full disk: its move to the
Observations fails, and so does its keep-for-restart as the gone incident's draft (a save that
then waits in ``PendingWrites``, given again at each poll). Once the disk has room the move
succeeds and empties that draft in the same transaction; the waiting save is dropped with the
move, so it never writes the draft back, and the next start does not move the note into the
Observations a second time (code review 78 AR5). Against a real Alertmanager (the ``desk``
fixture)."""

from __future__ import annotations

from test_handoff_windows import desk  # noqa: F401  (the fixture)
from test_notes_gone_kept import typed_on_a_gone_incident
from test_notes_incident_gone import TYPED

from oncall_tray.core import shifts
from oncall_tray.core.journal import JournalError
from oncall_tray.core.numbered_drafts import move_numbered_drafts
from oncall_tray.ui.incident_draft import after_draft
from oncall_tray.ui.incident_gone import gone_line


def test_a_gone_note_moved_after_a_full_disk_is_not_written_back_nor_moved_twice(desk, qtbot, monkeypatch):  # noqa: F811
    panel = typed_on_a_gone_incident(desk, qtbot)
    from oncall_tray.ui import incident_gone

    def disk_full(*_args, **_kwargs):
        raise JournalError("disk full")

    journal = desk.controller.journal
    monkeypatch.setattr(incident_gone, "add_observations", disk_full)
    monkeypatch.setattr(journal, "set_state", disk_full)  # a real full disk: the draft's save fails too
    panel.add_note()
    desk.settle()
    desk.poll()  # still full: the move and the waiting save tried again, failing
    desk.settle()
    assert TYPED in panel.status.text() and "disk full" in panel.status.text(), panel.status.text()
    monkeypatch.undo()  # room again
    desk.poll()  # the move and the waiting save tried again
    desk.settle()
    desk.poll()
    desk.settle()
    observations = shifts.shift_scope(desk.controller.shift.id)
    held = journal.query("SELECT scope FROM state WHERE value LIKE ?", (f"%{TYPED}%",))
    assert [r["scope"] for r in held] == [observations]  # no draft written back
    assert not desk.controller.pending  # nothing waits to be written
    assert move_numbered_drafts(journal, after_draft, gone_line) == []  # the next start: nothing moved again
    kept = str(journal.get_state(observations, "observations"))
    assert kept.count(TYPED) == 1, kept


def test_a_dropped_value_waits_no_more_and_its_failed_write_says_nothing():
    """``PendingWrites.drop``: forgotten, and a write of it that fails after does not leave an
    error said while nothing waits."""
    from oncall_tray.core.pending_writes import PendingWrites

    pending = PendingWrites()
    number = pending.given("incident-note:4b@t", "draft", TYPED)
    pending.drop("incident-note:4b@t", "draft")
    assert not pending.waiting("incident-note:4b@t", "draft") and not pending
    pending.written("incident-note:4b@t", "draft", number, JournalError("disk full"))
    assert pending.error is None and not pending
    again = pending.given("incident-note:4b@t", "draft", "de novo")  # given later: waits again
    assert pending.value("incident-note:4b@t", "draft") == "de novo"
    pending.written("incident-note:4b@t", "draft", again, None)
    assert not pending
