"""A damaged journal whose rows hold garbled values in the columns its readers convert (after
code review 63A CA1, which did the JSON columns): a time (``events.at``, a shift's start, an
incident's times, a silence's window, read with ``parse_ts`` or compared as text), an event's
``kind`` (read with ``EventKind``), the time ``SEEN_AT`` keeps. The salvage copied such a row,
and the readers then raised (a traceback at the tray's start, in ``status``, ``handoff
end``/``history``). Now each is checked at salvage as the JSON columns are
(``journal_schema.COLUMN_CHECKS``): the row left out and counted lost, the rest kept. A journal
whose pages are sound but whose rows are so garbled is damaged too (it was never salvaged: the
readers raised on it): set aside and salvaged by the tray, read salvaged by a read-only command."""

from __future__ import annotations

import os
import sqlite3

import pytest

from conftest import settings_file
from test_cli import run
from test_journal_salvage_garbled import LATER, _garble, carried_after
from test_journal_salvage_incidents import NAMES, T0, handled_journal

from oncall_tray.core import shifts
from oncall_tray.core.journal import Journal
from oncall_tray.core.journal_seen import known_starts, seen_alerts, seen_at, seen_silences
from oncall_tray.i18n import translator
from oncall_tray.paths import Folders

NOTE = "kind = 'note' AND fingerprint = 'a4'"
CPU = "alertname = 'HighCPUUsage'"
#: (table, column, which row): every column a reader converts, but the JSON ones (the garbled test).
COLUMNS = [
    ("events", "at", NOTE), ("events", "recorded_at", NOTE), ("events", "kind", NOTE),
    ("shifts", "started_at", "engineer = 'Ana'"), ("shifts", "ended_at", "engineer = 'Ana'"),
    *[("incidents", column, CPU) for column in ("opened_at", "fired_at", "acknowledged_at", "escalated_at",
                                                "resolved_at")],
    ("firing", "starts_at", "fingerprint = 'a3'"),
    ("silences", "starts_at", "id = 's1'"), ("silences", "ends_at", "id = 's1'"),
    ("state", "value", "scope = 'journal' AND key = 'seen_at'"),
]
GARBAGE = ["yesterday", "", "2026-12-06 09:00", "2026-13-06T09:00:00.000000Z", "exploded"]


def read_everything(journal: Journal) -> None:
    """What the tray and the commands read of the journal, every row converted."""
    journal.events()
    journal.count_events(since=T0, recorded=True)
    journal.count_received(T0, LATER)
    for fp in NAMES:
        journal.episode_start(fp)
        journal.notes_and_escalations(fp, acknowledgements=True)
        shifts.latest_incident(journal, fp)
    shifts.open_shift(journal)
    shifts.past_shifts(journal)
    shifts.last_handoff(journal)
    shifts.incidents(journal)
    shifts.open_incidents(journal)
    shifts.resolved_incidents(journal, T0)
    shifts.escalated_levels(journal)
    shifts.recorded_responses(journal)
    shifts.recent_resolutions(journal, T0)
    shifts.known_alerts(journal)
    seen_alerts(journal)
    seen_silences(journal)
    seen_at(journal, ())
    known_starts(journal)
    for (scope,) in journal.query("SELECT DISTINCT scope FROM state"):
        journal.state(scope)


def _value(table: str, column: str, garbage: str) -> str:
    """The garbage as stored: JSON text in ``state.value`` (a JSON string that is no time)."""
    return f'"{garbage}"' if (table, column) == ("state", "value") else garbage


@pytest.mark.parametrize("table, column, where", COLUMNS)
@pytest.mark.parametrize("garbage", GARBAGE)
def test_a_garbled_value_of_a_converted_column_is_lost_alone(tmp_path, table, column, where, garbage):
    path = tmp_path / "journal.db"
    handled_journal(path, drafts=True)
    damaged = "silences" if table == "shifts" else "shifts"  # damaged elsewhere: salvaged
    carried = carried_after(path, f"UPDATE {table} SET {column} = '{_value(table, column, garbage)}' WHERE {where}",
                            damaged, read_everything)
    assert not carried[table].whole and carried[table].lost == 1, carried[table]
    assert all(c.whole for name, c in carried.items() if name not in (table, damaged)), carried


@pytest.mark.parametrize("table, column, where", [("events", "at", NOTE), ("events", "kind", NOTE),
                                                  ("shifts", "started_at", "engineer = 'Ana'"),
                                                  ("incidents", "opened_at", CPU)])
def test_a_journal_of_sound_pages_with_a_garbled_row_is_salvaged(tmp_path, table, column, where):
    """No page damaged, so ``quick_check`` finds nothing: the readers raised ``ValueError``
    on the row (a traceback at the tray's start). The row check finds it: set aside, the rest kept."""
    path = tmp_path / "journal.db"
    handled_journal(path, drafts=True)
    _garble(path, f"UPDATE {table} SET {column} = 'yesterday' WHERE {where}")
    journal = Journal.open(path, clock=lambda: LATER)
    try:
        read_everything(journal)
        assert journal.damage is not None and journal.damage.salvage is not None
        carried = {c.table: c for c in journal.damage.salvage.tables}
        english, reason = journal.damage.message(translator("en")), journal.damage.reason
        kept = journal.query("SELECT count(*) FROM events")[0][0]
    finally:
        journal.close()
    assert carried[table].lost == 1 and all(c.whole for name, c in carried.items() if name != table), carried
    assert f"Lost: {table}: {'all 1' if table == 'shifts' else 1}." in english, english  # (Ana's only shift)
    assert reason == f"a row of {table} holds a value its readers cannot take ({column}: 'yesterday')", reason
    assert kept == 12 - (table == "events") + 1  # (and the salvage's JOURNAL_STARTED)


def test_read_only_commands_read_the_rest_of_a_sound_journal_with_a_garbled_row(alertmanager, tmp_path):
    """``handoff history`` and ``status`` on it: the damaged-journal message, what can be read
    shown, nothing changed; a command that writes sets it aside."""
    path = Folders.for_user().journal
    path.parent.mkdir(parents=True, exist_ok=True)
    handled_journal(path, drafts=True)
    _garble(path, f"UPDATE events SET at = 'yesterday' WHERE {NOTE}")
    before = path.read_bytes()
    config = settings_file(tmp_path)
    for command in (("handoff", "history"), ("status",), ("handoff", "end")):
        done = run("--alertmanager", alertmanager.url, *command, config=config)
        assert "Traceback" not in done.stderr, (command, done.stderr)
        assert "damaged" in done.stderr and "start the tray" in done.stderr, (command, done.stderr)
    assert "disco do db-2 em 85%" in done.stdout, done.stdout  # the end report's draft, read
    assert path.read_bytes() == before
    note = run("--alertmanager", alertmanager.url, "handoff", "note", "a5", "olhei", config=config)
    assert "Traceback" not in note.stderr and "Ana" in note.stderr, note.stderr
    assert any(name.startswith("journal.db.damaged-") for name in os.listdir(path.parent))
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT count(*) FROM events WHERE at = 'yesterday'").fetchone()[0] == 0
