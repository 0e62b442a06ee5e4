"""The notes typed over unread drafts, kept beside the journal at the quit (``notes_draft``,
code review 69 AD3): written whole, read back, the blank ones left out, a file that is not one
set aside as it was, never written over (code review 70 AE4). No Qt."""

from __future__ import annotations

import datetime as dt

import pytest

from oncall_tray.notes_draft import UnreadableNotes, drop_notes, keep_notes, notes_path, read_notes
from oncall_tray.paths import Folders

AT = dt.datetime(2026, 12, 7, 3, 0, tzinfo=dt.timezone.utc)


def test_kept_notes_are_read_back_without_the_blank_ones(tmp_path):
    journal = tmp_path / "journal.db"
    where = keep_notes(Folders.for_user(), journal, {"abc": "restart ção", "def": "  ", "": "x"}, AT)
    assert where == notes_path(Folders.for_user(), journal) and where.exists()
    assert read_notes(Folders.for_user(), journal, AT) == {"abc": "restart ção"}
    assert read_notes(Folders.for_user(), tmp_path / "other.db", AT) == {}  # another journal keeps its own


def test_nothing_left_to_keep_removes_the_file(tmp_path):
    journal = tmp_path / "journal.db"
    keep_notes(Folders.for_user(), journal, {"abc": "restart"}, AT)
    assert keep_notes(Folders.for_user(), journal, {"abc": ""}, AT) is None
    assert not notes_path(Folders.for_user(), journal).exists()
    drop_notes(Folders.for_user(), journal)  # none: no error


def test_a_file_that_is_not_notes_is_set_aside_as_it_was_and_said(tmp_path, caplog):
    journal = tmp_path / "journal.db"
    notes_path(Folders.for_user(), journal).parent.mkdir(parents=True)
    notes_path(Folders.for_user(), journal).write_text("{not json", "utf-8")
    with pytest.raises(UnreadableNotes) as said:
        read_notes(Folders.for_user(), journal, AT)
    assert said.value.path == notes_path(Folders.for_user(), journal) and not notes_path(Folders.for_user(), journal).exists() and said.value.damaged
    assert said.value.aside.name == notes_path(Folders.for_user(), journal).name + ".unreadable-20261207T030000Z"
    assert said.value.aside.read_text("utf-8") == "{not json"
    assert "cannot read the notes not saved" in caplog.text
    keep_notes(Folders.for_user(), journal, {"abc": "restart"}, AT)  # the next keep writes beside it, not over it
    assert said.value.aside.read_text("utf-8") == "{not json"
    assert read_notes(Folders.for_user(), journal, AT) == {"abc": "restart"}
