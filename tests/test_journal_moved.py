"""The shift journal deleted or replaced while in use (a tester's major finding: with the tray
running, ``rm journal.db{,-wal,-shm}`` went unnoticed, the tray wrote on into the deleted file,
the command line made a new journal at the path, and a restart lost the open shift and repeated
the shift's notices). Now the next use puts the whole journal back at its path, a file found
there is set aside with its name said, every thread follows, and the tray says it once, in the
engineer's language. Real SQLite files; the tray in a process of its own."""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from oncall_tray.core import shifts
from oncall_tray.core.journal import Journal, JournalError
from oncall_tray.core.journal_schema import EventKind
from test_journal_unavailable import Tray

HERE = Path(__file__).resolve().parent
FILES = ("", "-wal", "-shm")


def remove(path: Path) -> None:
    """``rm journal.db{,-wal,-shm}``, as the tester did."""
    for suffix in FILES:
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def notes_in(path: Path, fingerprint: str) -> list[str]:
    """The notes in the file at ``path``, read by a journal of its own (as a restarted tray)."""
    journal = Journal.open(path)
    try:
        return journal.notes_for(fingerprint)
    finally:
        journal.close()


def open_shift_in(path: Path):
    journal = Journal.open(path)
    try:
        return shifts.open_shift(journal)
    finally:
        journal.close()


def moved_lines(caplog) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name.endswith("journal_place")]


@pytest.fixture
def other_thread():
    with ThreadPoolExecutor(1, thread_name_prefix="other") as pool:
        yield lambda fn, *args, **kwargs: pool.submit(fn, *args, **kwargs).result(timeout=30)


def test_deleted_while_open_is_written_back_whole(tmp_path, caplog, other_thread):
    caplog.set_level(logging.INFO)
    path = tmp_path / "journal.db"
    journal = Journal.open(path)
    shift = shifts.start_shift(journal, "ana")
    journal.add_note("fp1", "before", actor="ana")
    assert other_thread(journal.notes_for, "fp1") == ["before"]  # a second thread's connection
    remove(path)

    journal.add_note("fp1", "after", actor="ana")  # the acknowledgement, the note...

    assert path.exists(), "the journal was not written back at its path"
    assert notes_in(path, "fp1") == ["before", "after"]
    restored = open_shift_in(path)
    assert restored is not None and restored.id == shift.id  # a restart finds the shift open
    # the other thread now reads and writes the file at the path too
    assert other_thread(journal.notes_for, "fp1") == ["before", "after"]
    other_thread(journal.add_note, "fp1", "from another thread", actor="ana")
    assert notes_in(path, "fp1") == ["before", "after", "from another thread"]
    assert not list(tmp_path.glob("journal.db.other-*"))  # nothing was there to set aside
    lines = moved_lines(caplog)
    assert len(lines) == 1 and "was deleted" in lines[0] and str(path) in lines[0], lines
    other_thread(journal.close)
    journal.close()


def test_deleted_then_read_only_in_another_thread(tmp_path, caplog, other_thread):
    """A thread that only reads (the tray's GUI thread) notices too, and puts it back."""
    caplog.set_level(logging.INFO)
    path = tmp_path / "journal.db"
    journal = Journal.open(path)
    journal.add_note("fp1", "before", actor="ana")
    remove(path)
    assert other_thread(journal.notes_for, "fp1") == ["before"]  # a first connection in that thread
    assert notes_in(path, "fp1") == ["before"]
    journal.add_note("fp1", "after", actor="ana")
    assert notes_in(path, "fp1") == ["before", "after"]
    assert len(moved_lines(caplog)) == 1
    other_thread(journal.close)
    journal.close()


@pytest.mark.parametrize("how", ["moved over", "made anew by another process"])
def test_replaced_both_kept(tmp_path, caplog, how):
    caplog.set_level(logging.INFO)
    path = tmp_path / "journal.db"
    journal = Journal.open(path)
    shift = shifts.start_shift(journal, "ana")
    journal.add_note("fp1", "before", actor="ana")
    if how == "moved over":  # mv other.db journal.db: the tray's -wal and -shm stay at the path
        other = Journal.open(tmp_path / "other.db")
        other.add_note("fp2", "typed in the other", actor="bruno")
        other.close()
        os.replace(tmp_path / "other.db", path)
    else:  # rm, then the command line makes a new journal there (a process of its own)
        remove(path)
        subprocess.run([sys.executable, "-c", "import sys; from pathlib import Path; "
                        "from oncall_tray.core.journal import Journal; j = Journal.open(Path(sys.argv[1])); "
                        "j.add_note('fp2', 'typed in the other', actor='bruno'); j.close()", str(path)],
                       check=True, timeout=60)

    journal.add_note("fp1", "after", actor="ana")

    assert notes_in(path, "fp1") == ["before", "after"], "the tray's journal is not at the path"
    assert notes_in(path, "fp2") == []
    assert open_shift_in(path).id == shift.id
    aside = list(tmp_path.glob("journal.db.other-*[!lm]"))  # not its -wal or -shm
    assert len(aside) == 1, list(tmp_path.iterdir())
    assert notes_in(aside[0], "fp2") == ["typed in the other"]  # nothing silently overwritten
    lines = moved_lines(caplog)
    assert len(lines) == 1 and str(aside[0]) in lines[0] and str(path) in lines[0], lines
    journal.close()


def test_what_was_said_in_the_shift_survives(tmp_path):
    """A restart after the journal was put back does not say the shift's notices again."""
    path = tmp_path / "journal.db"
    journal = Journal.open(path)
    shift = shifts.start_shift(journal, "ana")
    said = {"missed": ["fp1"], "red_flags": ["several critical alerts"]}
    remove(path)
    shifts.keep_attention_said(journal, shift.id, said)
    journal.close()
    again = Journal.open(path)
    assert shifts.attention_said(again) == (shift.id, said)
    assert again.count_events(kinds=(EventKind.SHIFT_STARTED,)) == 1
    again.close()


@pytest.mark.parametrize("language, deleted, replaced", [
    ("en", "was deleted while in use", "oncall-tray kept it beside it as"),
    ("pt_BR", "foi apagado enquanto estava em uso", "o oncall-tray o guardou ao lado como"),
])
def test_tray_says_it_once_in_the_engineers_language(tmp_path, language, deleted, replaced):
    path = tmp_path / "journal.db"
    journal = Journal.open(path)
    shifts.start_shift(journal, "ana")
    journal.close()
    tray = Tray(path, language)
    try:
        state = tray.ask("note fp1 before")
        assert state["available"] and state["notices"] == [], state
        remove(path)
        state = tray.ask("note fp1 after")
        assert notes_in(path, "fp1") == ["before", "after"]
        assert [n for n in state["notices"] if deleted in n] == state["notices"], state
        assert len(state["notices"]) == 1 and str(path) in state["notices"][0], state
        state = tray.ask("note fp1 later")
        assert len(state["notices"]) == 1, state  # once
        # the command line made a new journal at the path: set aside, named
        remove(path)
        other = Journal.open(path)
        other.add_note("fp2", "typed in the other", actor="bruno")
        other.close()
        state = tray.ask("note fp1 last")
        assert len(state["notices"]) == 2 and replaced in state["notices"][1], state
        aside = list(tmp_path.glob("journal.db.other-*[!lm]"))
        assert len(aside) == 1 and aside[0].name in state["notices"][1], state
        assert notes_in(path, "fp1") == ["before", "after", "later", "last"]
        assert notes_in(aside[0], "fp2") == ["typed in the other"]
    finally:
        tray.close()
    assert open_shift_in(path) is not None


def test_replaced_at_every_try_writes_nothing_and_says_why(tmp_path, monkeypatch):
    """Code review 65 T12: a sync tool puts its copy at the path each time the write lock is
    taken, three tries in a row. The write is not made at all (it was made statement by statement
    outside a transaction, then said failed: the notes panel gave the note twice), and the error
    says why; the next write, with the path left alone, goes on as usual."""
    path = tmp_path / "journal.db"
    journal = Journal.open(path)
    journal.add_note("fp1", "before", actor="ana")
    copy = tmp_path / "synced.db"
    other = Journal.open(copy)
    other.add_note("fp2", "the sync tool's copy", actor="bruno")
    other.close()
    real_holds = journal.place.holds
    replaced = []

    def holds(held):
        link = journal._links.mine()
        if link is not None and link.conn.in_transaction:  # the write lock is held: the copy comes
            shutil.copy(copy, tmp_path / "incoming.db")
            os.replace(tmp_path / "incoming.db", path)
            replaced.append(held)
        return real_holds(held)

    monkeypatch.setattr(journal.place, "holds", holds)
    with pytest.raises(JournalError) as raised:
        journal.add_note("fp1", "typed once", actor="ana")
    assert len(replaced) == 3, replaced
    assert "another file took its place at each of 3 tries" in str(raised.value), str(raised.value)
    assert "nothing was written" in str(raised.value)
    monkeypatch.undo()

    journal.add_note("fp1", "after", actor="ana")  # the path left alone: the journal put back, written
    assert notes_in(path, "fp1") == ["before", "after"], "the refused note was written all the same"
    kept = sorted(tmp_path.glob("journal.db.other-*[!lm]"))
    assert kept and all(notes_in(aside, "fp2") == ["the sync tool's copy"] for aside in kept)
    journal.close()
