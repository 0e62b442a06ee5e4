"""What is typed over an alert's draft that the shift journal cannot read (``unread``) is kept
beside the journal (``notes_draft``) as it is typed, not only at an orderly quit (code review 71
AG7: a SIGKILL, the OOM killer or a crash of Qt lost it, where every other box loses at most its
last second: guide, "nothing typed may be lost"); and by every tray that uses the journal, also
one that could not lock it (code review 71 AG1: a file system without locks, a read-only lock
folder; such a tray neither kept nor took back the notes, lost at the quit without a word).
Real trays, journal and Alertmanager; the journal's reads of saved states fail (patched), and
for AG1 its lock cannot be taken (patched as on a file system without locks); pytest-qt
offscreen. The tray killed by SIGKILL: ``test_notes_kept_at_sigkill``."""

from __future__ import annotations

import pytest
from conftest import running_tray
from test_notes_kept_by_the_holder import kept as kept_in_the_file
from test_notes_unreadable import _shown_unread, started_unreadable
from test_notes_unwritable import controller, panel_of  # noqa: F401

from oncall_tray.core.journal_hold import JournalHold
from oncall_tray.notes_draft import NOTES_DIR
from oncall_tray.paths import Folders
from oncall_tray.ui.autosave import RETRY_MS


def kept() -> dict[str, str]:
    """The notes kept beside the journal ({} without a file, or without their folder)."""
    return kept_in_the_file() if (Folders.for_user().data / NOTES_DIR).is_dir() else {}


def test_notes_typed_over_an_unread_draft_are_kept_as_typed(qtbot, controller):
    locked = pytest.MonkeyPatch()
    try:
        panel, fp = _shown_unread(qtbot, controller, locked)
        panel.input.setText("restarted the pod")
        qtbot.waitUntil(lambda: kept() == {fp: "restarted the pod"}, timeout=5000)  # no quit asked for it
        panel.input.setText("restarted the pod, no change")  # typing on: the file follows
        qtbot.waitUntil(lambda: kept() == {fp: "restarted the pod, no change"}, timeout=5000)
        panel.input.setText("")  # typed away: nothing left to keep
        qtbot.waitUntil(lambda: kept() == {}, timeout=5000)
    finally:
        locked.undo()


@pytest.fixture
def no_lock(monkeypatch):
    """The journal's lock cannot be taken for another reason than another tray (``JournalHold.take``
    returns None: a file system without locks): the tray runs unguarded and uses the journal."""
    monkeypatch.setattr(JournalHold, "take", classmethod(lambda cls, journal, holder: None))


def test_a_tray_without_a_lock_keeps_and_takes_back_the_notes(qtbot, no_lock, controller, tmp_path):
    assert controller.shift.journal is not None and controller.shift.hold is None  # used, unguarded
    locked = pytest.MonkeyPatch()
    panel, fp = _shown_unread(qtbot, controller, locked)
    panel.input.setText("typed over the unread draft")
    panel.autosave.flush()
    assert controller.shutdown()
    locked.undo()
    assert kept() == {fp: "typed over the unread draft"}

    with running_tray(qtbot, controller.config, tmp_path / "again") as again:  # the draft reads: taken back
        assert again.shift.hold is None
        again.shift.journal_changed.emit()
        panel = panel_of(qtbot, again)
        panel.show_alert(fp, "APIDown")
        assert panel.input.text() == "half a note typed over the unread draft"
        qtbot.waitUntil(lambda: kept() == {}, timeout=5000)


def test_a_tray_without_a_lock_reads_the_notes_kept_while_the_draft_cannot_be_read(qtbot, no_lock, controller,
                                                                                     tmp_path):
    locked = pytest.MonkeyPatch()
    panel, fp = _shown_unread(qtbot, controller, locked)
    panel.input.setText("t1")
    assert controller.shutdown()
    locked.undo()
    with started_unreadable(qtbot, controller.config, tmp_path / "again", fp, {fp: "t1"}) as (_again, panel, _patch):
        assert panel.input.text() == "t1"
    assert kept() == {fp: "t1"}


def test_notes_not_kept_for_a_folder_that_cannot_be_written_are_kept_once_it_can(qtbot, controller):
    """Code review 73 AJ7: one write of the file failed (the data folder unwritable a moment) and
    the engineer stopped typing: it is tried again by itself, as the settings draft is, not only
    at the next keystroke or the quit (a SIGKILL meanwhile lost the notes)."""
    folder = Folders.for_user().data / NOTES_DIR
    locked = pytest.MonkeyPatch()
    try:
        panel, fp = _shown_unread(qtbot, controller, locked)
        shift = controller.shift
        folder.parent.mkdir(parents=True, exist_ok=True)
        folder.write_text("")  # a file where its folder goes: cannot be written into (as root too)
        panel.input.setText("restarted the pod")
        qtbot.waitUntil(lambda: shift._keep_failed, timeout=5000)
        assert shift._keeping.isActive()  # tried again, with no more typing
        assert shift._keeping.interval() == RETRY_MS
        folder.unlink()  # writable again
        shift._keeping.timeout.emit()  # (its RETRY_MS over)
        assert kept() == {fp: "restarted the pod"}
        assert not shift._keep_failed and not shift._keeping.isActive()
    finally:
        locked.undo()
