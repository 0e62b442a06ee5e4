"""A damaged journal whose rows hold garbled JSON (code review 63A CA1): the same damage that
overwrote the incidents table garbled one event's ``data`` (readable text, not JSON). The
salvage's rebuilding of the incidents decoded it without a check: a ``RESOLVED`` event's raised
``msgspec.DecodeError`` out of the salvage (a traceback at the tray's start, in ``status``,
``handoff end``); an ``ACKNOWLEDGED`` one's made SQLite's ``json_extract`` fail, and the whole
salvage was dropped (the shifts, the drafts, the events read fine: a new, empty journal). Now
a row whose JSON its readers cannot decode, in any table, is damage: not carried, counted lost,
the rest kept."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from oncall_tray.core import shifts
from oncall_tray.core.journal import Journal
from oncall_tray.core.journal_file import set_aside_if_damaged
from oncall_tray.core.journal_rebuild import rebuild_incidents
from oncall_tray.core.journal_salvage import read_salvaged
from oncall_tray.core.journal_seen import seen_alerts, seen_silences
from oncall_tray.i18n import translator

from test_journal_salvage_incidents import T0, damage_table, handled_journal

LATER = T0 + dt.timedelta(minutes=50)
HANDLED = ["APIDown", "HighCPUUsage", "HighMemoryUsage", "SlowDatabaseQueries"]


def _garble(path, statement: str) -> None:
    with sqlite3.connect(path) as conn:
        assert conn.execute(statement).rowcount == 1


def _read_everything(journal: Journal) -> None:
    """What the tray and the commands read of the journal: every row decoded."""
    journal.events()
    shifts.incidents(journal, since=T0)
    seen_alerts(journal)
    seen_silences(journal)
    for (scope,) in journal.query("SELECT DISTINCT scope FROM state"):
        journal.state(scope)


def carried_after(path, statement: str, damaged: str = "shifts", read=_read_everything) -> dict:
    """What the salvage carried of each table (name -> ``Carried``) when the journal at ``path``,
    garbled by ``statement`` and its ``damaged`` table's pages overwritten, is opened; ``read``
    reads everything back from it (through the readers) before it is closed."""
    _garble(path, statement)
    damage_table(path, damaged)
    journal = Journal.open(path, clock=lambda: LATER)
    try:
        assert journal.damage is not None and journal.damage.salvage is not None, "whole salvage dropped"
        read(journal)
        return {c.table: c for c in journal.damage.salvage.tables}
    finally:
        journal.close()


@pytest.mark.parametrize("kind, garbage", [
    ("resolved", '{"incident": 4'),  # not JSON: msgspec.DecodeError out of the salvage
    ("resolved", "[]"),  # JSON, not an object: AttributeError
    ("acknowledged", '{"opens_incident": tr'),  # SQLite "malformed JSON": the salvage dropped whole
])
def test_a_garbled_event_is_lost_alone(tmp_path, kind, garbage):
    path = tmp_path / "journal.db"
    handled_journal(path)
    _garble(path, f"UPDATE events SET data = '{garbage}' WHERE kind = '{kind}'")
    damage_table(path)
    journal = Journal.open(path, clock=lambda: LATER)
    try:
        assert journal.damage is not None and journal.damage.salvage is not None, "whole salvage dropped"
        assert shifts.open_shift(journal).engineer == "Ana"
        _read_everything(journal)
        made = sorted(i.alertname for i in shifts.incidents(journal, since=T0))
        english = journal.damage.message(translator("en"))
    finally:
        journal.close()
    # the acknowledgement lost, HighMemoryUsage's incident cannot be told of by its events
    assert made == [name for name in HANDLED if kind != "acknowledged" or name != "HighMemoryUsage"], made
    assert "events: 1" in english.split("lost")[-1], english


@pytest.mark.parametrize("table, column, where", [
    ("incidents", "labels", "alertname = 'HighCPUUsage'"),
    ("firing", "labels", "fingerprint = 'a3'"),
    ("firing", "annotations", "fingerprint = 'a3'"),
    ("firing", "members", "fingerprint = 'a3'"),
    ("silences", "matchers", "id = 's1'"),
    ("state", "value", "rowid IN (SELECT rowid FROM state LIMIT 1)"),
    ("events", "data", "kind = 'fired' AND fingerprint = 'a3'"),
])
@pytest.mark.parametrize("garbage", ['{"alertname": "High', '[1, 2]', '{"alertname": 5}'])
def test_a_garbled_row_of_any_table_is_lost_alone(tmp_path, table, column, where, garbage):
    """A value the journal's readers decode, garbled (or of another shape than they read it
    as), in a journal damaged elsewhere (the shifts' table: its open shift lost too)."""
    path = tmp_path / "journal.db"
    handled_journal(path, drafts=True)
    if table == "state":  # a table without rowid: the first key's row
        where = "(scope, key) IN (SELECT scope, key FROM state ORDER BY scope, key LIMIT 1)"
    carried = carried_after(path, f"UPDATE {table} SET {column} = '{garbage}' WHERE {where}")
    if (table == "state" and garbage != '{"alertname": "High') or (table, garbage) == ("events", '{"alertname": 5}'):
        assert carried[table].whole  # any JSON value is a state's value, any object an event's data
    else:
        assert not carried[table].whole and carried[table].lost == 1, carried[table]
    assert all(c.whole for name, c in carried.items() if name not in (table, "shifts")), carried


def test_a_read_only_look_reads_the_rest(tmp_path):
    """``read_salvaged`` (``status``, ``handoff end`` on a damaged journal, nothing written)."""
    path = tmp_path / "journal.db"
    handled_journal(path)
    _garble(path, "UPDATE events SET data = '{\"incident\": 4' WHERE kind = 'resolved'")
    damage_table(path)
    conn = read_salvaged(path)
    assert conn is not None
    try:
        names = sorted(row[0] for row in conn.execute("SELECT alertname FROM incidents"))
        assert conn.execute("SELECT count(*) FROM shifts").fetchone()[0] == 1
    finally:
        conn.close()
    assert names == HANDLED, names


def test_the_rebuilding_skips_garbled_data_it_is_given(tmp_path):
    """``rebuild_incidents`` on a journal holding garbled event data (not from a salvage, which
    keeps none): the garbled events tell of nothing, the others are read."""
    path = tmp_path / "journal.db"
    handled_journal(path)
    with sqlite3.connect(path, isolation_level=None) as conn:
        conn.execute("BEGIN")
        conn.execute("UPDATE events SET data = '{\"incident\": 4' WHERE kind = 'resolved'")
        conn.execute("UPDATE events SET data = '5' WHERE kind = 'fired' AND fingerprint = 'a3'")
        conn.execute("UPDATE events SET data = '{\"opens_incident\": tr' WHERE kind = 'acknowledged'")
        conn.execute("DELETE FROM incidents")
        assert rebuild_incidents(conn) == 4  # the acknowledgement not read opens one, as one without the flag
        rows = dict(conn.execute("SELECT alertname, resolved_at FROM incidents").fetchall())
        conn.execute("ROLLBACK")
    assert sorted(rows) == HANDLED, rows
    assert rows["APIDown"] is not None and rows["HighCPUUsage"] is None, rows


def test_the_reviewers_input(tmp_path):
    """Code review 63A's reproduction as it was given."""
    path = tmp_path / "journal.db"
    handled_journal(path)
    _garble(path, "UPDATE events SET data = '{\"incident\": 4' WHERE kind = 'resolved'")
    damage_table(path)
    damage = set_aside_if_damaged(path, dt.datetime(2026, 12, 6, 10, tzinfo=dt.timezone.utc))
    assert damage is not None and damage.salvage is not None
