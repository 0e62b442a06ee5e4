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

from oncall_tray.core.drafts import TAKEN_BACK_SCOPE, taking_back
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
    try:  # the take-back committed, as at a quit whose follow-up was dropped: the draft, then its mark
        journal.set_state(alert_scope(fp), "draft", written)
        journal.set_state(TAKEN_BACK_SCOPE, alert_scope(fp), "restart")
    finally:
        journal.close()
    with running_tray(qtbot, controller.config, tmp_path / "again") as again:
        qtbot.waitUntil(lambda: kept_notes() == {}, timeout=15000)
        settle(qtbot, again)
        assert draft_in_journal(fp) == written


def test_a_kept_note_whose_words_end_the_draft_is_added_all_the_same(qtbot, controller, tmp_path):  # noqa: F811
    """Code review 80 AV4: "waiting" typed over a draft that could not be read, its draft ending
    "now waiting" (written elsewhere meanwhile, never taken back into): the next start adds it."""
    locked = pytest.MonkeyPatch()
    panel, fp = _shown_unread(qtbot, controller, locked)
    panel.input.setText("waiting")
    assert controller.shutdown()
    locked.undo()
    journal = Journal.open(Folders.for_user().journal)
    try:
        journal.set_state(alert_scope(fp), "draft", "Paged the DB team, now waiting")
    finally:
        journal.close()
    with running_tray(qtbot, controller.config, tmp_path / "again") as again:
        qtbot.waitUntil(lambda: kept_notes() == {}, timeout=15000)
        settle(qtbot, again)
        assert draft_in_journal(fp) == "Paged the DB team, now waiting waiting"


@pytest.mark.parametrize("draft, typed, taken, held", [
    # the note taken back already (its mark), wherever it is in the draft now: held once
    ("half a note restart then more", "restart", "restart", "half a note restart then more"),
    ("restart the pods\nthen more", "restart the pods", "restart the pods", "restart the pods\nthen more"),
    # typed this run after the kept note taken back already: only that added
    ("half a note restart", "restart then more", "restart", "half a note restart then more"),
    # code review 80 AV4: text that only looks like the draft's words is no take-back: added
    ("Paged the DB team, now waiting", "waiting", "", "Paged the DB team, now waiting waiting"),
    ("Paged the DB team, now waiting", "waiting", "other note", "Paged the DB team, now waiting waiting"),
    ("half a note restart then more", "restart", "", "half a note restart then more restart"),
    ("half a note restarted", "restart", "", "half a note restarted restart"),
    ("X", "Y", "Y", "X"),
    ("", "Y", "", "Y"),
    ("X", "  ", "", "X"),
])
def test_only_the_note_taken_back_already_is_not_added_again(draft, typed, taken, held):
    assert taking_back(draft, typed, taken) == held


@pytest.mark.parametrize("draft, typed", [("Paged the DB team, now waiting", "waiting"), ("ok", "ok"),
                                          ("X Y", "Y"), ("done +1", "+1")])
def test_after_draft_keeps_every_text_typed(draft, typed):
    """Code review 80 AV4: the notes kept at the last quit merged with those typed this run, two
    texts kept for one alert: the second is never dropped for being the first one's tail."""
    from oncall_tray.ui.incident_draft import after_draft

    assert after_draft(draft, typed) == f"{draft} {typed}"
