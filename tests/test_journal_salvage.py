"""A shift journal damaged in one table (review 57 S10): the events table's pages overwritten in
a copy of a journal the app made, as SQLite really sees damage. The tray or a writing command
sets the file aside as before, but carries every row it can still read, table by table, into
the new journal (the shifts, the open shift and its drafts, as many events as readable) and
says what was kept and lost in both languages; a read-only command (``handoff history``,
``status``, a handoff preview) never renames, rewrites or creates the journal: it reads what it
can and says what it could not and how to repair it."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

import pytest

from conftest import make_alert, settings_file
from test_cli import run

from oncall_tray.core import shifts
from oncall_tray.core.journal import Journal, JournalError
from oncall_tray.core.journal_schema import SCHEMA_VERSION, EventKind
from oncall_tray.i18n import translator
from oncall_tray.notify.messages import BODY_LIMIT
from oncall_tray.paths import Folders

UTC = dt.timezone.utc
NOTES = 600


def shift_journal(path: Path) -> None:
    """A journal as the app leaves it mid-shift: a shift handed over (its handoff notes), the
    open shift of Ana with a draft of the end report, hundreds of notes (events)."""
    clock = lambda: dt.datetime(2026, 12, 6, 9, 0, tzinfo=UTC)  # noqa: E731
    journal = Journal.open(path, clock=clock)
    first = shifts.start_shift(journal, "Bruno", markdown="- [x] dashboards")
    shifts.end_shift(journal, first.id, incoming="Ana", markdown="## Handoff\nbackend reiniciado às 03h")
    second = shifts.start_shift(journal, "Ana", markdown="- [x] painéis")
    journal.set_state(shifts.shift_scope(second.id), "observations", "disco do db-2 em 85%")
    for i in range(NOTES):
        journal.add_note("fp", f"note {i} " + "x" * 200, alertname="APIDown")
    journal.close()
    with sqlite3.connect(path) as conn:  # everything into the main file
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def damage_events(path: Path) -> bytes:
    """Overwrite some leaf pages of the events table's b-tree (found with ``dbstat``) with
    garbage, in the middle of the table: SQLite's integrity check fails for it alone."""
    with sqlite3.connect(path) as conn:
        page = conn.execute("PRAGMA page_size").fetchone()[0]
        leaves = [row[0] for row in conn.execute("SELECT pageno FROM dbstat WHERE name = 'events' "
                                                 "AND pagetype = 'leaf' ORDER BY pageno")]
    assert len(leaves) > 20
    data = bytearray(path.read_bytes())
    for number in leaves[len(leaves) // 2:len(leaves) // 2 + 3]:
        data[(number - 1) * page:number * page] = b"\xba\xd0" * (page // 2)
    path.write_bytes(bytes(data))
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        try:
            assert conn.execute("PRAGMA integrity_check(events)").fetchall() != [("ok",)]
        except sqlite3.DatabaseError as exc:  # what SQLite says of a page it cannot parse
            assert "malformed" in str(exc)
        for table in ("shifts", "state", "incidents"):
            assert conn.execute(f"PRAGMA integrity_check({table})").fetchall() == [("ok",)], table
    return bytes(data)


def files_in(folder: Path) -> dict[str, bytes | None]:
    """The journal's files in ``folder`` with their bytes (not the ``-shm``'s: SQLite's readers
    mark their place in that shared index)."""
    return {item.name: None if item.name.endswith("-shm") else item.read_bytes()
            for item in folder.iterdir() if item.name.startswith("journal.db")}


def test_a_journal_damaged_in_its_events_keeps_the_open_shift_and_what_can_be_read(tmp_path):
    path = tmp_path / "journal.db"
    shift_journal(path)
    original = damage_events(path)
    clock = lambda: dt.datetime(2026, 12, 6, 14, 5, 9, tzinfo=UTC)  # noqa: E731
    journal = Journal.open(path, clock=clock)
    damage = journal.damage
    assert damage is not None and not damage.repaired
    assert damage.moved_to == tmp_path / "journal.db.damaged-20261206T140509Z"
    assert damage.moved_to.read_bytes() == original  # kept as it was
    # the open shift, its draft and the handoff before it are all there
    shift = shifts.open_shift(journal)
    assert shift is not None and shift.engineer == "Ana" and shift.start_markdown == "- [x] painéis"
    assert journal.get_state(shifts.shift_scope(shift.id), "observations") == "disco do db-2 em 85%"
    handoff = shifts.last_handoff(journal)
    assert handoff is not None and handoff.engineer == "Bruno" and "reiniciado" in handoff.end_markdown
    # most events kept, those on the damaged pages lost, and the journal says so
    notes = journal.notes_for("fp")
    assert NOTES // 2 < len(notes) < NOTES
    assert notes[0] == "note 0 " + "x" * 200 and notes[-1] == f"note {NOTES - 1} " + "x" * 200  # after the damage too
    lost = NOTES - len(notes)
    started = journal.events(kinds=(EventKind.JOURNAL_STARTED,))
    assert len(started) == 1 and str(damage.moved_to) in started[0].text
    # a sound journal of the current schema, that takes writes
    assert journal.query("PRAGMA integrity_check")[0][0] == "ok"
    assert journal.query("PRAGMA user_version")[0][0] == SCHEMA_VERSION
    journal.add_note("fp", "after the salvage")
    assert journal.notes_for("fp")[-1] == "after the salvage"
    english, portuguese = damage.message(translator("en")), damage.message(translator("pt_BR"))
    assert damage.moved_to.name in english and damage.moved_to.name in portuguese
    assert "Ana" in english and "Ana" in portuguese  # the open shift kept
    assert f"events: {lost}" in english, english
    assert f"eventos: {lost}" in portuguese, portuguese
    # whole in the tray's notification (its body is clipped beyond): the file's name, not SQLite's words
    assert len(english) <= BODY_LIMIT and len(portuguese) <= BODY_LIMIT, (english, portuguese)
    journal.close()


def test_a_salvage_that_fails_falls_back_to_a_new_journal(tmp_path, monkeypatch):
    path = tmp_path / "journal.db"
    shift_journal(path)
    damage_events(path)

    def refuse(*_args, **_kwargs):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr("oncall_tray.core.journal_salvage.carry_rows", refuse)
    journal = Journal.open(path)
    assert journal.damage is not None and journal.damage.salvage is None
    assert [e.kind for e in journal.events()] == [EventKind.JOURNAL_STARTED]
    assert shifts.open_shift(journal) is None
    assert "new journal was started" in journal.damage.message(translator("en"))


def test_read_only_commands_never_touch_a_damaged_journal(alertmanager, tmp_path):
    path = Folders.for_user().journal
    path.parent.mkdir(parents=True, exist_ok=True)
    shift_journal(path)
    damage_events(path)
    before = files_in(path.parent)
    config = settings_file(tmp_path)
    alertmanager.post_alerts([make_alert("APIDown", "critical")])
    history = run("--alertmanager", alertmanager.url, "handoff", "history", config=config)
    assert history.returncode == 0 and "Traceback" not in history.stderr, history.stderr
    assert "Bruno → Ana" in history.stdout  # the shifts can be read: listed
    assert "damaged" in history.stderr and "events" in history.stderr and "start the tray" in history.stderr
    status = run("--alertmanager", alertmanager.url, "status", config=config)
    assert status.returncode == 0 and "APIDown" in status.stdout, status.stderr
    assert "damaged" in status.stderr and "Traceback" not in status.stderr
    preview = run("--alertmanager", alertmanager.url, "handoff", "end", config=config, env_lang="pt_BR.UTF-8")
    assert "Traceback" not in preview.stderr, preview.stderr
    assert "danificado" in preview.stderr and "disco do db-2 em 85%" in preview.stdout  # the draft shown
    start = run("--alertmanager", alertmanager.url, "handoff", "start", config=config)
    assert "Traceback" not in start.stderr, start.stderr
    assert "backend reiniciado às 03h" in start.stdout and "Bruno" in start.stdout  # the previous handoff notes
    shown = run("--alertmanager", alertmanager.url, "handoff", "history", "1", config=config)
    assert shown.returncode == 0 and "backend reiniciado às 03h" in shown.stdout, shown.stderr
    assert files_in(path.parent) == before  # nothing renamed, rewritten or made
    # a command that writes repairs it: the note is kept, and so is the open shift
    note = run("--alertmanager", alertmanager.url, "handoff", "note", "fp", "olhei o backend", config=config)
    assert "Traceback" not in note.stderr, note.stderr
    assert "Kept:" in note.stderr and "Ana" in note.stderr
    assert any(name.startswith("journal.db.damaged-") for name in os.listdir(path.parent))
    journal = Journal.open(path)
    assert shifts.open_shift(journal).engineer == "Ana" and journal.damage is None
    journal.close()


def test_read_only_commands_make_no_journal(alertmanager, tmp_path):
    config = settings_file(tmp_path)
    history = run("--alertmanager", alertmanager.url, "handoff", "history", config=config)
    assert history.returncode == 0, history.stderr
    status = run("--alertmanager", alertmanager.url, "status", config=config)
    assert status.returncode == 0, status.stderr
    assert not Folders.for_user().journal.exists()


def test_a_damaged_journal_of_the_schema_before_is_carried_into_the_current_one(tmp_path):
    path = tmp_path / "journal.db"
    shift_journal(path)
    with sqlite3.connect(path) as conn:  # schema 1: the firing alerts had no annotations nor members
        conn.execute("ALTER TABLE firing DROP COLUMN annotations")
        conn.execute("ALTER TABLE firing DROP COLUMN members")
        conn.execute("INSERT INTO firing (fingerprint, alertname) VALUES ('fp', 'APIDown')")
        conn.execute("PRAGMA user_version = 1")
        conn.commit()
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    damage_events(path)
    journal = Journal.open(path)
    assert journal.damage is not None and journal.damage.salvage is not None
    assert journal.query("PRAGMA user_version")[0][0] == SCHEMA_VERSION
    row = journal.query("SELECT alertname, annotations, members FROM firing")[0]
    assert tuple(row) == ("APIDown", "{}", "[]")
    assert shifts.open_shift(journal).engineer == "Ana"
    journal.close()


def test_a_journal_read_only_is_read_as_it_is_and_refuses_writes(tmp_path):
    path = tmp_path / "journal.db"
    shift_journal(path)
    damage_events(path)
    before = files_in(tmp_path)
    journal = Journal.open(path, read_only=True)
    assert journal.damage is None and journal.unreadable is not None and journal.reads_only
    assert journal.unreadable.tables == ("events",)
    assert shifts.open_shift(journal).engineer == "Ana"  # what can be read is
    with pytest.raises(JournalError, match="only reads it"):
        journal.add_note("fp", "not written")
    english = journal.unreadable.message(translator("en"))
    assert "events" in english and "start the tray" in english
    assert "eventos" in journal.unreadable.message(translator("pt_BR"))
    journal.close()
    assert files_in(tmp_path) == before
