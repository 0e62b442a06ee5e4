"""The shift journal's promises: nothing committed is lost when the writer is killed with SIGKILL
in the middle of writes, a poll is recorded whole or not at all, a damaged file is set aside
(never overwritten) with a message, and several writers (threads, processes) can write at once."""

from __future__ import annotations

import datetime as dt
import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from oncall_tray.core.journal import Journal, JournalError
from oncall_tray.core.journal_file import sqlite_words
from oncall_tray.core.journal_schema import EventKind
from oncall_tray.i18n import Message, translator

HERE = Path(__file__).resolve().parent
WRITER = HERE / "journal_writer.py"


def start_writer(path: Path, mode: str, name: str, count: int = 0) -> subprocess.Popen:
    process = subprocess.Popen([sys.executable, str(WRITER), str(path), mode, name, str(count)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert process.stdout.readline().strip() == "ready", process.stderr.read()
    return process


def kill_mid_write(process: subprocess.Popen, lines: int, rng: random.Random) -> int:
    """Let the writer commit at least ``lines`` writes, SIGKILL it at a random moment, and return
    the number of the last write it reported committed (-1 for none)."""
    last = -1
    for _ in range(lines):
        last = int(process.stdout.readline())
    time.sleep(rng.uniform(0, 0.02))
    os.kill(process.pid, signal.SIGKILL)
    process.wait(10)
    assert process.returncode == -signal.SIGKILL
    for line in process.stdout.read().split():  # committed and printed before the kill
        last = int(line)
    process.stdout.close()
    process.stderr.close()
    return last


def test_notes_survive_sigkill_in_the_middle_of_writes(tmp_path):
    path = tmp_path / "journal.db"
    rng = random.Random(5)
    reported = -1
    for _round in range(6):
        writer = start_writer(path, "notes", "APIDown")
        reported = max(reported, kill_mid_write(writer, rng.randint(3, 40), rng))
        journal = Journal.open(path)
        assert journal.damage is None
        assert journal.query("PRAGMA integrity_check")[0][0] == "ok"
        notes = journal.notes_for("APIDown")
        # every reported write is there, in order, with no gap and no duplicate; at most the one
        # being written when the kill came is there without having been reported
        assert notes == [f"APIDown-{i}" for i in range(len(notes))]
        assert reported + 1 <= len(notes) <= reported + 2
        reported = len(notes) - 1
        journal.close()


def test_a_poll_is_recorded_whole_or_not_at_all_under_sigkill(tmp_path):
    path = tmp_path / "journal.db"
    rng = random.Random(7)
    for _round in range(5):
        writer = start_writer(path, "polls", "polls")
        kill_mid_write(writer, rng.randint(1, 4), rng)
        journal = Journal.open(path)
        assert journal.damage is None
        assert journal.query("PRAGMA integrity_check")[0][0] == "ok"
        fired = journal.query("SELECT count(*) FROM events WHERE kind = 'fired'")[0][0]
        resolved = journal.query("SELECT count(*) FROM events WHERE kind = 'resolved'")[0][0]
        firing = {r[0] for r in journal.query("SELECT fingerprint FROM firing")}
        assert fired % 200 == 0 and fired >= 200
        assert resolved == fired - 200  # each poll resolved the previous poll's 200
        last_batch = fired // 200 - 1
        assert firing == {f"{last_batch:06d}{i:04d}" for i in range(200)}
        journal.close()


def test_durability_settings(tmp_path):
    journal = Journal.open(tmp_path / "journal.db")
    assert journal.query("PRAGMA journal_mode")[0][0] == "wal"
    assert journal.query("PRAGMA synchronous")[0][0] == 2  # FULL
    assert journal.query("PRAGMA busy_timeout")[0][0] >= 5000


def test_each_thread_has_its_own_connection(tmp_path):
    journal = Journal.open(tmp_path / "journal.db")
    seen = []
    thread = threading.Thread(target=lambda: seen.append(journal._conn()))
    thread.start()
    thread.join()
    assert seen[0] is not journal._conn()


def filled_journal(path: Path, notes: int = 400) -> None:
    journal = Journal.open(path)
    for i in range(notes):
        journal.add_note("fp", f"note {i} " + "x" * 200, alertname="APIDown")
    journal.close()
    with sqlite3.connect(path) as conn:  # everything into the main file
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def corrupt_middle(path: Path) -> bytes:
    data = bytearray(path.read_bytes())
    page = 4096
    assert len(data) > 8 * page
    data[3 * page:6 * page] = bytes(random.Random(1).getrandbits(8) for _ in range(3 * page))
    path.write_bytes(bytes(data))
    return bytes(data)


@pytest.mark.parametrize("damage", ["pages", "header", "foreign"])
def test_a_damaged_journal_is_set_aside_and_a_new_one_started(tmp_path, damage, caplog):
    path = tmp_path / "journal.db"
    if damage == "foreign":
        with sqlite3.connect(path) as conn:
            conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
        original = path.read_bytes()
    else:
        filled_journal(path)
        if damage == "pages":
            original = corrupt_middle(path)
        else:
            original = b"this is not SQLite at all" + path.read_bytes()[25:]
            path.write_bytes(original)
    clock = lambda: dt.datetime(2026, 11, 30, 14, 5, 9, tzinfo=dt.timezone.utc)  # noqa: E731
    journal = Journal.open(path, clock=clock)
    assert journal.damage is not None
    moved = journal.damage.moved_to
    assert moved == tmp_path / "journal.db.damaged-20261130T140509Z"
    assert moved.read_bytes() == original  # set aside as it was, never overwritten
    assert journal.damage.reason
    assert "set aside" in caplog.text and str(moved) in caplog.text
    # a new, working journal in its place, which says what happened
    events = journal.events(kinds=(EventKind.JOURNAL_STARTED,))
    assert len(events) == 1 and str(moved) in events[0].text
    if damage == "pages":  # what can still be read is carried into it (review 57 S10: test_journal_salvage)
        assert journal.damage.salvage is not None and not journal.damage.repaired
    else:
        assert [e.kind for e in journal.events()] == [EventKind.JOURNAL_STARTED]
        assert journal.notes_for("fp") == []
    journal.add_note("fp", "after the damage")
    assert "after the damage" in Journal.open(path).notes_for("fp")


def test_the_damage_message_is_translated(tmp_path):
    path = tmp_path / "journal.db"
    path.write_bytes(b"garbage" * 1000)
    journal = Journal.open(path)
    english = journal.damage.message(translator("en"))
    portuguese = journal.damage.message(translator("pt_BR"))
    assert "damaged" in english and str(journal.damage.moved_to) in english
    assert "danificado" in portuguese and str(journal.damage.moved_to) in portuguese


def test_a_second_damage_the_same_second_gets_its_own_name(tmp_path):
    path = tmp_path / "journal.db"
    clock = lambda: dt.datetime(2026, 11, 30, 14, 5, 9, tzinfo=dt.timezone.utc)  # noqa: E731
    path.write_bytes(b"garbage" * 1000)
    journal = Journal.open(path, clock=clock)
    first = journal.damage.moved_to
    journal.close()  # the last connection: the log goes into the file and is removed
    path.write_bytes(b"rubbish" * 1000)
    second = Journal.open(path, clock=clock).damage.moved_to
    assert first != second and first.read_bytes() != second.read_bytes()


def test_a_damaged_journal_that_cannot_be_moved_is_left_alone(tmp_path, monkeypatch):
    path = tmp_path / "journal.db"
    path.write_bytes(b"garbage" * 1000)

    def refuse(*_args):
        raise PermissionError("in use")

    monkeypatch.setattr("oncall_tray.core.journal_file.os.rename", refuse)
    with pytest.raises(JournalError, match="cannot be set aside"):
        Journal.open(path)
    assert path.read_bytes() == b"garbage" * 1000


def test_an_orphan_write_ahead_log_is_set_aside_not_replayed(tmp_path):
    path = tmp_path / "journal.db"
    Path(f"{path}-wal").write_bytes(b"old log" * 100)
    journal = Journal.open(path)
    assert journal.damage is not None
    assert Path(f"{journal.damage.moved_to}-wal").read_bytes() == b"old log" * 100
    journal.add_note("fp", "fine")


def test_an_empty_file_is_a_new_journal_not_damage(tmp_path):
    path = tmp_path / "journal.db"
    path.touch()
    journal = Journal.open(path)
    assert journal.damage is None
    journal.add_note("fp", "fine")


def test_a_journal_from_a_newer_version_is_refused_and_untouched(tmp_path):
    path = tmp_path / "journal.db"
    Journal.open(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA user_version = 99")
    before = path.read_bytes()
    with pytest.raises(JournalError, match="newer"):
        Journal.open(path)
    assert path.read_bytes() == before


def test_writers_in_threads_and_processes_at_once(tmp_path):
    path = tmp_path / "journal.db"
    journal = Journal.open(path)
    per_writer = 150
    processes = [start_writer(path, "notes", name, per_writer) for name in ("proc1", "proc2")]
    errors: list[BaseException] = []

    def write(name: str) -> None:
        try:
            for i in range(per_writer):
                journal.add_note(name, f"{name}-{i}", alertname=name)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)
        finally:
            journal.close()

    threads = [threading.Thread(target=write, args=(name,)) for name in ("gui", "worker")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    for process in processes:
        out, err = process.communicate(timeout=60)
        assert process.returncode == 0, err
    assert not errors
    for name in ("proc1", "proc2", "gui", "worker"):
        assert journal.notes_for(name) == [f"{name}-{i}" for i in range(per_writer)]


def test_the_journal_is_readable_by_its_user_only(tmp_path):
    # second fresh-user review: journal.db was 0644 in a 0755 folder (the shift's notes)
    import stat

    from oncall_tray.core.journal import Journal

    path = tmp_path / "data" / "oncall-tray" / "journal.db"
    journal = Journal.open(path)
    journal.events()
    for name in ("journal.db", "journal.db-wal"):
        if (path.parent / name).exists():
            assert stat.S_IMODE((path.parent / name).stat().st_mode) == 0o600, name
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    journal.close()


def test_a_journal_damaged_in_an_index_only_is_rebuilt_and_keeps_everything(tmp_path, caplog):
    """Review 19: a damaged index (the rows all readable) set the whole open shift aside, its
    events, notes and drafts with it, and the engineer read 13 lines of SQLite's report."""
    path = tmp_path / "journal.db"
    filled_journal(path)
    with sqlite3.connect(path) as conn:
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'events_fingerprint'").fetchone()[0]
    data = bytearray(path.read_bytes())
    page = 4096
    data[(root - 1) * page + 8:root * page] = b"\xde\xad" * ((page - 8) // 2)
    path.write_bytes(bytes(data))
    original = bytes(data)
    journal = Journal.open(path)
    damage = journal.damage
    assert damage is not None and damage.repaired
    assert damage.moved_to.read_bytes() == original  # the damaged file kept as it was
    assert "\n" not in damage.reason and damage.reason.startswith("On tree page")
    assert "nothing was lost" in damage.message(translator("en"))
    assert "nada foi perdido" in damage.message(translator("pt_BR"))
    assert len(journal.notes_for("fp")) == 400  # every note still there, found through the rebuilt index
    journal.add_note("fp", "after the repair")
    assert Journal.open(path).notes_for("fp")[-1] == "after the repair"


def test_a_new_connection_waits_out_a_locked_journal_and_fails_at_once_otherwise():
    """The CI's eight concurrent writers once failed with "database is locked" while a new
    connection switched the journal to WAL: SQLite answers that at once there, without the
    busy timeout's wait."""
    from oncall_tray.core.journal_file import while_locked

    calls = []

    def locked_twice():
        calls.append(1)
        if len(calls) < 3:
            raise sqlite3.OperationalError("database is locked")

    while_locked(locked_twice)
    assert len(calls) == 3

    def broken():
        calls.append(1)
        raise sqlite3.OperationalError("no such table: events")

    calls.clear()
    with pytest.raises(sqlite3.OperationalError, match="no such table"):
        while_locked(broken)
    assert len(calls) == 1


def test_sqlite_reasons_are_said_in_the_engineers_words(tmp_path):
    """Review 27: SQLite's own words ("attempt to write a readonly database") reached the
    Portuguese windows as they are. The reasons an engineer can act on are said in plain words,
    in their language; SQLite's words stay in the log (the exception's cause)."""
    journal = Journal(tmp_path / "journal.db")
    journal.record(EventKind.NOTE, fingerprint="f1", text="antes")
    journal.close()
    conn = sqlite3.connect(f"file:{tmp_path / 'journal.db'}?mode=ro", uri=True)
    with pytest.raises(sqlite3.Error) as raised:
        conn.execute("INSERT INTO events DEFAULT VALUES")
    conn.close()
    words = sqlite_words(raised.value)
    assert words.text() == "the file or its folder is read-only"
    assert words.text(translator("pt_BR")) == "o arquivo ou a pasta dele é somente leitura"
    error = JournalError(Message("journal", "cannot write the shift journal %1: %2", ("/x/journal.db", words)))
    assert "readonly" not in error.text(translator("pt_BR")) and "somente leitura" in error.text(translator("pt_BR"))
    # a reason with no plain words keeps SQLite's own
    assert sqlite_words(sqlite3.OperationalError("no such table: nothing")) == "no such table: nothing"


def test_a_journal_path_that_is_a_folder_or_under_a_file_is_said_so(tmp_path):
    """Review 38 F13: ``journal.db`` a folder was said as "the file cannot be opened or made (its
    folder is missing, or cannot be read or written)": the folder was there and writable."""
    folder = tmp_path / "journal.db"
    folder.mkdir()
    with pytest.raises(JournalError) as raised:
        Journal.open(folder)
    assert raised.value.text() == f"cannot open the shift journal {folder}: it is a folder, not a file"
    (tmp_path / "data").write_text("", encoding="utf-8")
    under = tmp_path / "data" / "oncall-tray" / "journal.db"
    with pytest.raises(JournalError) as raised:
        Journal.open(under)
    assert raised.value.text() == f"cannot open the shift journal {under}: {tmp_path / 'data'} is a file, not a folder"
