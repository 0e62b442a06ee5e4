"""The notes typed over unread drafts, kept beside the journal (``notes_draft``), belong to the
tray that holds the journal (code review 70 AE4): a second tray, started while another held it,
read the file at its start and wrote its stale copy over it at its quit (the holder's notes lost,
or taken back twice); a note taken back mid-run stayed in the file until the quit (a hard stop
took it back again at the next start); a file that could not be read was written over at the next
quit, said by a log line only. Real trays, journal and Alertmanager; the journal's reads of saved
states fail (patched), pytest-qt offscreen."""

from __future__ import annotations

import json

import pytest
from conftest import running_tray
from test_notes_unreadable import LOCKED, _locked, _shown_unread, started_unreadable
from test_notes_unwritable import controller, draft_outside, fingerprint, panel_of, settle  # noqa: F401

from oncall_tray.core.journal import Journal
from oncall_tray.notes_draft import NOTES_DIR
from oncall_tray.paths import Folders


def kept() -> dict[str, str]:
    """The notes kept in the notes folder's one file ({} without one)."""
    files = [f for f in (Folders.for_user().data / NOTES_DIR).iterdir() if f.suffix == ".json"]
    assert len(files) <= 1, files
    return json.loads(files[0].read_text("utf-8"))["typed"] if files else {}


def _kept_at_a_quit(qtbot, controller, typed: str = "t1") -> str:
    """``typed`` typed over APIDown's unread draft "half a note" and kept at the quit; returns its
    fingerprint."""
    locked = pytest.MonkeyPatch()  # its own: ``monkeypatch.undo`` would undo the private data folder too
    panel, fp = _shown_unread(qtbot, controller, locked)
    panel.input.setText(typed)
    assert controller.shutdown()
    locked.undo()
    assert kept() == {fp: typed}
    return fp


def test_a_second_tray_neither_reads_nor_writes_the_notes_kept(qtbot, controller, tmp_path):
    fp = _kept_at_a_quit(qtbot, controller)
    unreadable = pytest.MonkeyPatch()
    unreadable.setattr(Journal, "get_state", _locked)  # drafts unreadable in the next runs
    try:
        with running_tray(qtbot, controller.config, tmp_path / "one") as first:
            with running_tray(qtbot, controller.config, tmp_path / "two") as second:
                assert second.shift.journal is None  # held by the first
                assert second.shift.unread == {}
                panel = panel_of(qtbot, first)
                disk = fingerprint(first, "DiskFull")
                panel.show_alert(disk, "DiskFull")
                panel.input.setText("t2 typed in the first tray")
                panel.autosave.flush()
                first.shutdown()
                assert kept() == {fp: "t1", disk: "t2 typed in the first tray"}
            assert kept() == {fp: "t1", disk: "t2 typed in the first tray"}  # the second's quit left it
    finally:
        unreadable.undo()


def test_a_note_taken_back_mid_run_leaves_the_file_then(qtbot, controller, tmp_path):
    """Taken back by the panel once the draft reads, not only at the start: the file forgets it
    before the quit, so that a hard stop does not take it back twice."""
    fp = _kept_at_a_quit(qtbot, controller)
    with started_unreadable(qtbot, controller.config, tmp_path / "again", fp, {fp: "t1"}) as (again, panel, patch):
        patch.undo()
        again.shift.journal_changed.emit()
        assert panel.input.text() == "half a note t1"
        settle(qtbot, again)
        assert draft_outside(again, fp) == "half a note t1"
        qtbot.waitUntil(lambda: kept() == {}, timeout=5000)  # before the quit


def test_a_kept_file_that_cannot_be_read_is_set_aside_said_and_never_written_over(qtbot, controller, tmp_path):
    fp = _kept_at_a_quit(qtbot, controller)
    (kept_file,) = (Folders.for_user().data / NOTES_DIR).iterdir()
    kept_file.write_text('{"typed": {"' + fp + '": "t1 and more', "utf-8")  # cut short
    garbled = kept_file.read_bytes()
    unreadable = pytest.MonkeyPatch()
    unreadable.setattr(Journal, "get_state", _locked)
    try:
        with running_tray(qtbot, controller.config, tmp_path / "again") as again:
            panel = panel_of(qtbot, again)
            said = panel.kept_line.text()  # its own line, which the engineer may close (test_notes_unreadable_closed)
            assert "could not be read: what it holds is damaged" in said and kept_file.name in said, said
            panel.show_alert(fp, "APIDown")  # said under every alert shown, beside the draft's state
            assert "could not be read" in panel.kept_line.text() and LOCKED in panel.status.text(), panel.status.text()
            panel.input.setText("t3")
            panel.autosave.flush()
    finally:
        unreadable.undo()
    files = sorted((Folders.for_user().data / NOTES_DIR).iterdir())
    assert [f.read_bytes() for f in files if f != kept_file] == [garbled]  # set aside as it was
    assert kept() == {fp: "t3"}
