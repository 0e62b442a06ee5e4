"""The salvage's time bound (review 61 X3): one budget was shared by every table, so a damaged
table slow to read (review 60 V4's events leaf with garbage rowids) spent it, and each table
read after it was interrupted at its first progress check: a sound ``incidents`` table kept its
oldest ≈280 rows (the open incidents, the newest, dropped) and ``state`` (the drafts the
engineer typed) likewise, although neither was damaged; and a sound table bigger than the
budget was cut too. Now only the search for the rows after a table's first damage is given a
time (``journal_salvage.SALVAGE_TABLE_S``, per damaged table), a sound table is read whole in
one pass however long it takes, and the small precious tables are read first, the big events
table last."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path
from types import SimpleNamespace

import pytest

from test_journal_salvage_bounded import garbage_in_a_leaf

from oncall_tray.core import journal_rows, journal_salvage, shifts
from oncall_tray.core.journal import Journal
from oncall_tray.core.journal_schema import dumps

ROWS = 2000  # each table well past SQLite's first progress check (1000 steps, ≈280 rows)
TABLES = ("shifts", "events", "incidents", "firing", "silences", "state")


def big_journal(path: Path) -> None:
    """A sound journal whose every table holds ``ROWS`` rows (one shift open: Ana's)."""
    journal = Journal.open(path, clock=lambda: dt.datetime(2026, 12, 6, 9, 0, tzinfo=dt.timezone.utc))
    shift = shifts.start_shift(journal, "Ana")
    journal.set_state(shifts.shift_scope(shift.id), "observations", "disco do db-2 em 85%")
    journal.close()
    at = "2026-12-06T08:00:00.000000Z"  # (as the journal stores a time: journal_checks)
    with sqlite3.connect(path) as conn:
        conn.executemany("INSERT INTO shifts (engineer, started_at, ended_at) VALUES (?, ?, ?)",
                         [(f"eng {i}", at, at) for i in range(ROWS)])
        conn.executemany("INSERT INTO events (at, recorded_at, kind, text) VALUES (?, ?, 'note', ?)",
                         [(at, at, f"note {i}") for i in range(ROWS)])
        conn.executemany("INSERT INTO incidents (fingerprint, opened_at, resolved_at) VALUES (?, ?, ?)",
                         [(f"fp{i}", at, None if i >= ROWS - 5 else at) for i in range(ROWS)])
        conn.executemany("INSERT INTO firing (fingerprint, alertname) VALUES (?, 'APIDown')",
                         [(f"fp{i}",) for i in range(ROWS)])
        conn.executemany("INSERT INTO silences (id, state) VALUES (?, 'active')", [(f"s{i}",) for i in range(ROWS)])
        conn.executemany("INSERT INTO state (scope, key, value, updated_at) VALUES (?, 'draft', ?, ?)",
                         [(f"alert:{i:04d}", dumps(f"rascunho {i}"), at) for i in range(ROWS)])  # JSON: set_state
    with sqlite3.connect(path) as conn:  # everything into the main file
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


class SlowTable:
    """A clock (seconds, as ``time.monotonic``) that moves only while ``slow`` is read: reading
    it takes longer than a table's whole time, as a damaged table's seeks may (no real wait)."""

    def __init__(self, slow: str) -> None:
        self.slow, self.now, self.read = slow, 0.0, []
        self.real = journal_salvage.carry_rows

    def monotonic(self) -> float:
        return self.now

    def carry_rows(self, source, table, *args, **kwargs):
        self.read.append(table)
        try:
            return self.real(source, table, *args, **kwargs)
        finally:
            if table == self.slow:
                self.now += journal_salvage.SALVAGE_TABLE_S + 10


@pytest.fixture
def slow_clock(monkeypatch):
    def make(slow: str) -> SlowTable:
        clock = SlowTable(slow)
        fake_time = SimpleNamespace(monotonic=clock.monotonic)
        monkeypatch.setattr(journal_rows, "time", fake_time)
        monkeypatch.setattr(journal_salvage, "carry_rows", clock.carry_rows)
        return clock
    return make


@pytest.mark.parametrize("slow", TABLES)
def test_a_table_slow_to_read_leaves_every_other_table_whole(tmp_path, slow_clock, slow):
    path = tmp_path / "journal.db"
    big_journal(path)
    clock = slow_clock(slow)
    salvage = journal_salvage.salvaged(path, tmp_path / "copy.db", dt.datetime.now(dt.timezone.utc), lambda s: "x")
    assert salvage is not None and sorted(clock.read) == sorted(TABLES)
    kept = {c.table: (c.kept, c.whole) for c in salvage.tables}
    assert all(kept[table][1] for table in TABLES if table != slow), kept
    assert kept["state"][0] == ROWS + 1 and kept["incidents"][0] == ROWS and kept["shifts"][0] == ROWS + 1, kept
    assert [c.table for c in salvage.tables] == list(journal_rows.TABLE_WORDS)  # told in the usual order
    with sqlite3.connect(tmp_path / "copy.db") as conn:
        assert conn.execute("SELECT count(*) FROM incidents WHERE resolved_at IS NULL").fetchone() == (5,)
        assert conn.execute("SELECT engineer FROM shifts WHERE ended_at IS NULL").fetchall() == [("Ana",)]


@pytest.mark.parametrize("slow", TABLES)
def test_a_read_only_copy_keeps_every_sound_table_whole_too(tmp_path, slow_clock, slow):
    """``read_salvaged`` (the previews' journal in memory) reads with the same bound."""
    path = tmp_path / "journal.db"
    big_journal(path)
    slow_clock(slow)
    conn = journal_salvage.read_salvaged(path)
    assert conn is not None
    try:
        counts = {table: conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] for table in TABLES}
    finally:
        conn.close()
    assert counts == {"shifts": ROWS + 1, "events": counts["events"], "incidents": ROWS, "firing": ROWS,
                      "silences": ROWS, "state": ROWS + 1}, counts
    assert counts["events"] > ROWS, counts


def test_the_precious_tables_are_read_first_and_the_events_last(tmp_path, slow_clock):
    path = tmp_path / "journal.db"
    big_journal(path)
    clock = slow_clock("")
    assert journal_salvage.salvaged(path, tmp_path / "copy.db", dt.datetime.now(dt.timezone.utc),
                                    lambda s: "x") is not None
    assert clock.read[:3] == ["shifts", "state", "incidents"] and clock.read[-1] == "events", clock.read


class FastClock:
    """A clock (``time.monotonic``) on which a second passes at each look: reading any table takes
    longer than the time a damaged table is given."""

    def __init__(self) -> None:
        self.now = 0.0

    def monotonic(self) -> float:
        self.now += 1.0
        return self.now


def test_a_sound_table_slower_to_read_than_the_time_given_is_read_whole(tmp_path, monkeypatch):
    """The time bounds the search for the rows after a damage (the seeks of review 60 V4), not
    the reading of a sound table: a big events table (300,000 rows, 124 MB, read in about 3 s)
    was cut at the bound and its rows said lost, though none was damaged."""
    path = tmp_path / "journal.db"
    big_journal(path)
    fake_time = FastClock()
    monkeypatch.setattr(journal_rows, "time", fake_time)
    salvage = journal_salvage.salvaged(path, tmp_path / "copy.db", dt.datetime.now(dt.timezone.utc), lambda s: "x")
    assert salvage is not None and salvage.whole, {c.table: (c.kept, c.whole) for c in salvage.tables}


def test_a_damaged_table_given_no_time_leaves_the_sound_ones_whole(tmp_path, monkeypatch):
    """Review 60 V4's events leaf with garbage rowids, on a clock where its search runs out of
    time at once: the salvage ends, the events are cut, every other table is whole."""
    path = tmp_path / "journal.db"
    big_journal(path)
    garbage_in_a_leaf(path)
    fake_time = FastClock()
    monkeypatch.setattr(journal_rows, "time", fake_time)
    salvage = journal_salvage.salvaged(path, tmp_path / "copy.db", dt.datetime.now(dt.timezone.utc), lambda s: "x")
    assert salvage is not None
    kept = {c.table: (c.kept, c.whole) for c in salvage.tables}
    assert not kept["events"][1] and all(whole for table, (_, whole) in kept.items() if table != "events"), kept
    assert kept["state"][0] == ROWS + 1 and kept["incidents"][0] == ROWS, kept
