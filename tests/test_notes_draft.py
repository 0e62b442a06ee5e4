"""The notes typed over unread drafts, kept beside the journal at the quit (``notes_draft``,
code review 69 AD3): written whole, read back, the blank ones left out, a file that is not one
left where it is. No Qt."""

from __future__ import annotations

import datetime as dt

from oncall_tray.notes_draft import drop_notes, keep_notes, notes_path, read_notes

AT = dt.datetime(2026, 12, 7, 3, 0, tzinfo=dt.timezone.utc)


def test_kept_notes_are_read_back_without_the_blank_ones(tmp_path):
    journal = tmp_path / "journal.db"
    where = keep_notes(journal, {"abc": "restart ção", "def": "  ", "": "x"}, AT)
    assert where == notes_path(journal) and where.exists()
    assert read_notes(journal) == {"abc": "restart ção"}
    assert read_notes(tmp_path / "other.db") == {}  # another journal keeps its own


def test_nothing_left_to_keep_removes_the_file(tmp_path):
    journal = tmp_path / "journal.db"
    keep_notes(journal, {"abc": "restart"}, AT)
    assert keep_notes(journal, {"abc": ""}, AT) is None
    assert not notes_path(journal).exists()
    drop_notes(journal)  # none: no error


def test_a_file_that_is_not_notes_is_none_and_left_where_it_is(tmp_path, caplog):
    journal = tmp_path / "journal.db"
    notes_path(journal).parent.mkdir(parents=True)
    notes_path(journal).write_text("{not json", "utf-8")
    assert read_notes(journal) == {}
    assert notes_path(journal).exists()
    assert "cannot read the notes not saved" in caplog.text
