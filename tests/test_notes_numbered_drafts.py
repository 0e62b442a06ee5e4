"""Incidents rows' note drafts survive a salvage and the build that named them by number (code
review 76 AN3): a draft is kept under ``incident_note_scope`` (the incident's fingerprint and
start); the salvage counts those among the drafts it kept, a salvage that makes the incidents
again from the events keeps each draft on its own incident, and the drafts of the build between
code review 75 AM7 and 76 AN2 (``incident-note:<number>``, its take-back's
``alert:incident-note:<number>``) are moved to their incident's name, or, that incident gone,
into the shift's observations, never dropped.

Real journals: Ana's shift of ``test_journal_salvage_notes`` (``record_poll``, ``Journal``),
damaged by overwriting a table's pages, opened (the salvage)."""

from __future__ import annotations

import sqlite3

from test_journal_salvage_incidents import damage_table
from test_journal_salvage_notes import _incidents, _open, noted_journal

from oncall_tray.core import shifts
from oncall_tray.core.journal_rebuild import _free_number
from oncall_tray.core.journal_schema import EventKind
from oncall_tray.core.numbered_drafts import move_numbered_drafts
from oncall_tray.ui.incident_draft import after_draft


def _draft(journal, scope: str) -> str | None:
    return journal.get_state(scope, "draft")


def _with_drafts(path, drafts: dict) -> None:
    """Write ``drafts`` (scope -> text) into the journal at ``path``, as its boxes did."""
    journal = _open(path)
    try:
        journal.set_states([(scope, "draft", text) for scope, text in drafts.items()])
    finally:
        journal.close()
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def test_a_salvage_counts_incidents_rows_drafts_and_keeps_them_on_rebuilt_incidents(tmp_path):
    path = tmp_path / "journal.db"
    noted_journal(path)
    journal = _open(path)
    try:
        before = _incidents(journal)
    finally:
        journal.close()
    drafts = {shifts.incident_note_scope(incident): f"rascunho de {key[0]} {key[1]}"
              for key, incident in before.items()}
    _with_drafts(path, drafts)
    damage_table(path, "incidents")
    journal = _open(path)
    try:
        assert journal.damage is not None and journal.damage.salvage is not None
        assert journal.damage.salvage.rebuilt == len(before)
        assert journal.damage.salvage.drafts == len(drafts)  # "drafts kept: 5", not 0
        after = _incidents(journal)
        assert sorted(after) == sorted(before)
        for key, incident in after.items():  # each row's box reads its own draft again
            assert _draft(journal, shifts.incident_note_scope(incident)) == f"rascunho de {key[0]} {key[1]}", key
    finally:
        journal.close()


def _line(alert: str, text: str) -> str:
    return f"Nota em {alert}: {text}"


def test_drafts_named_by_number_move_to_their_incidents_or_to_the_observations(tmp_path):
    path = tmp_path / "journal.db"
    ids = noted_journal(path)
    journal = _open(path)
    try:
        found = _incidents(journal)
        cpu, api, db = found[("HighCPUUsage", 0)], found[("APIDown", 0)], found[("SlowDatabaseQueries", 0)]
        gone = max(ids.values()) + 1  # an incident of a journal set aside since
        journal.set_states([
            (f"incident-note:{cpu.id}", "draft", "pedi ajuda ao L3"),  # typed on its row
            (f"alert:incident-note:{api.id}", "draft", "kept at Quit"),  # kept at Quit, taken back then
            (f"incident-note:{db.id}", "draft", "o índice"),
            (shifts.incident_note_scope(db), "draft", "typed since"),  # its new name holds words: kept first
            (f"incident-note:{gone}", "draft", "post-mortem do incidente perdido"),
            (f"incident-note:{ids[('HighMemoryUsage', 0)]}", "draft", ""),
        ])
        with journal.transaction() as tx:  # a note on the gone incident, kept by the salvage that lost it
            tx.event(EventKind.NOTE, fingerprint="a1", alertname="APIDown", actor="Ana", text="nota",
                     data={"incident": gone})
        moved = move_numbered_drafts(journal, after_draft, _line)
        assert moved == [_line("APIDown", "post-mortem do incidente perdido")]
        assert _draft(journal, shifts.incident_note_scope(cpu)) == "pedi ajuda ao L3"
        assert _draft(journal, shifts.incident_note_scope(api)) == "kept at Quit"
        assert _draft(journal, shifts.incident_note_scope(db)) == "typed since o índice"
        observations = journal.get_state(shifts.shift_scope(shifts.open_shift(journal).id), "observations")
        assert _line("APIDown", "post-mortem do incidente perdido") in observations
        left = journal.query("SELECT scope FROM state WHERE scope GLOB '*incident-note:[0-9]*'")
        assert [row[0] for row in left] == []
        assert move_numbered_drafts(journal, after_draft, _line) == []  # once only
    finally:
        journal.close()


def test_drafts_named_by_number_with_no_shift_open_go_to_the_start_windows_observations(tmp_path):
    path = tmp_path / "journal.db"
    journal = _open(path)
    try:
        journal.set_state("incident-note:7", "draft", "sem turno")
        assert move_numbered_drafts(journal, after_draft, _line) == [_line("#7", "sem turno")]
        assert journal.get_state(shifts.START_SCOPE, "observations") == _line("#7", "sem turno")
    finally:
        journal.close()


def test_a_rebuilt_incident_never_takes_the_number_of_a_draft_kept_by_number(tmp_path):
    """A salvage's incident made again under a free number (its events name none) is not given
    the number of an old build's draft, which would move onto it at the journal's next use."""
    path = tmp_path / "journal.db"
    noted_journal(path)
    with sqlite3.connect(path, isolation_level=None) as conn:
        top = conn.execute("SELECT max(id) FROM incidents").fetchone()[0]
        conn.execute("INSERT INTO state VALUES (?, 'draft', '\"texto\"', '2026-12-06T09:00:00.000000Z')",
                     (f"alert:incident-note:{top + 1}",))
        conn.execute("INSERT INTO state VALUES (?, 'draft', '\"texto\"', '2026-12-06T09:00:00.000000Z')",
                     (f"incident-note:{top + 2}",))
        assert _free_number(conn) == top + 3
