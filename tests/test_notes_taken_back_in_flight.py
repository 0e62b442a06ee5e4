"""A note kept beside the journal at the last quit (typed over a draft the journal could not
read) stays in that file until its take-back into the draft is written: the file rewritten
meanwhile (another box's note kept, ``notes_taken_back``) no longer forgets it first, so a
SIGKILL or a crash between the two never loses it (code review 78 AR1's audit of the start's
moves: it was taken out of ``unread`` before it was written). Real tray and Alertmanager; the
journal's writes of drafts held back (patched) while the file is rewritten, pytest-qt offscreen."""

from __future__ import annotations

import json
import threading

import pytest
from conftest import running_tray
from test_notes_unread_kept import draft_in_journal
from test_notes_unreadable import _shown_unread
from test_notes_unwritable import controller, settle  # noqa: F401

from oncall_tray.core.journal import Journal
from oncall_tray.core.shifts import alert_scope
from oncall_tray.notes_draft import NOTES_DIR
from oncall_tray.paths import Folders


def kept_notes() -> dict[str, str]:
    """The notes kept beside the journal (fingerprint -> text), from every file of them."""
    folder = Folders.for_user().data / NOTES_DIR
    typed: dict[str, str] = {}
    for path in folder.glob("*.json") if folder.exists() else ():
        typed.update(json.loads(path.read_text("utf-8"))["typed"])
    return typed


def test_a_note_kept_at_quit_stays_in_its_file_until_taken_back(qtbot, controller, tmp_path):  # noqa: F811
    locked = pytest.MonkeyPatch()  # its own: ``monkeypatch.undo`` would undo the private data folder too
    panel, fp = _shown_unread(qtbot, controller, locked)
    panel.input.setText("restart")
    assert controller.shutdown()
    locked.undo()
    assert "restart" in kept_notes().get(fp, "")
    release = threading.Event()
    write = Journal.set_state

    def held_back(journal, scope, key, value):  # a busy journal: the take-back's write waits
        assert release.wait(30)
        return write(journal, scope, key, value)

    holding = pytest.MonkeyPatch()
    holding.setattr(Journal, "set_state", held_back)
    try:
        with running_tray(qtbot, controller.config, tmp_path / "again") as again:
            again.shift.notes_taken_back()  # the file rewritten while the take-back is not written
            assert "restart" in kept_notes().get(fp, ""), kept_notes()
            release.set()
            settle(qtbot, again)
            assert draft_in_journal(fp) == "half a note restart"
            assert kept_notes() == {}  # written: forgotten
    finally:
        release.set()
        holding.undo()


@pytest.mark.parametrize("written", ["half a note restart",
                                     # code review 80 AU4: typed after it, or moved before other words
                                     "half a note restart then the pods came back",
                                     "restart\nhalf a note"])
def test_a_note_taken_back_at_a_quit_but_still_kept_is_not_written_twice(qtbot, controller, tmp_path,  # noqa: F811
                                                                          written):
    """Code review 79 AT9: the take-back's write committed at the quit, its file not rewritten
    (the writer's follow-up dropped once closed, a SIGKILL, a file that cannot be rewritten): the
    next start takes it back again, and the draft holds it once, wherever in the draft it is
    now (code review 80 AU4: only its end was looked at)."""
    locked = pytest.MonkeyPatch()
    panel, fp = _shown_unread(qtbot, controller, locked)
    panel.input.setText("restart")
    assert controller.shutdown()
    locked.undo()
    assert "restart" in kept_notes().get(fp, "")
    journal = Journal.open(Folders.for_user().journal)
    try:  # the take-back committed, as at a quit whose follow-up was dropped
        journal.set_state(alert_scope(fp), "draft", written)
    finally:
        journal.close()
    with running_tray(qtbot, controller.config, tmp_path / "again") as again:
        qtbot.waitUntil(lambda: kept_notes() == {}, timeout=15000)
        settle(qtbot, again)
        assert draft_in_journal(fp) == written


@pytest.mark.parametrize("draft, typed, held", [
    ("half a note restart then more", "restart", "half a note restart then more"),
    ("restart the pods\nthen more", "restart the pods", "restart the pods\nthen more"),
    # words of the note only inside other words of the draft: added, never lost (code review 80 AU4)
    ("half a note restarted", "restart", "half a note restarted restart"),
    ("restart the podsX", "restart the pods", "restart the podsX restart the pods"),
])
def test_a_take_back_already_anywhere_in_the_draft_is_held_once(draft, typed, held):
    from oncall_tray.ui.incident_draft import after_draft

    assert after_draft(draft, typed) == held
