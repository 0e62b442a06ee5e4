"""A journal whose rows hold values garbled INSIDE their JSON (after code review 63A CA1, which
checked each column as a whole): an event's ``data`` was only required to be an object, so
``{"labels": 5}`` in a ``FIRED`` event, ``{"from": 5}`` in a ``WATCHING_MOVED`` one, a
``SHIFT_ENDED`` event's ``pending`` or an ``ESCALATED`` one's ``message`` of another type passed
the row checks, and their readers raised (the note on a resolved alert, the incident's "After
the incident" silences, the handoff's "not watched" lines and carried items, the ``escalate``
command's message); nor were the times inside the rows kept in the aside scope
(``journal_aside``) checked: ``seen_alerts`` and ``seen_silences`` raised on them (what the
journal last saw on that Alertmanager), and so did their tables once they were taken back. Now the data is typed per event kind and the
rows set aside checked as the tables' rows are (``journal_checks``): the row left out and
counted lost, the rest kept; a journal of sound pages holding one is damaged."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from conftest import settings_file
from test_cli import run
from test_journal_salvage_garbled import _garble, carried_after
from test_journal_salvage_incidents import NAMES, T0, _alert, handled_journal

from oncall_tray.alertmanager.models import Matcher, Silence, SilenceStatus
from oncall_tray.core import shifts
from oncall_tray.core.aftercare import covering_silences
from oncall_tray.core.carried import handed_items
from oncall_tray.core.escalation import carried_impact, sent_before
from oncall_tray.core.handoff_noticed import contact_lines, unwatched_lines
from oncall_tray.core.journal import Journal
from oncall_tray.core.journal_feed import record_poll
from oncall_tray.core.journal_seen import known_starts, seen_alerts, seen_silences
from oncall_tray.core.severity import Severity
from oncall_tray.i18n import translator
from oncall_tray.paths import Folders

AM_A, AM_B = "http://am-a:9093", "http://am-b:9093"
LATER = T0 + dt.timedelta(minutes=50)
TR = translator("en")
#: A message as the ``escalate`` command makes it: its impact section carried from the one sent before.
MESSAGE = "*Impact:*\n[How many customers are affected]\n\n*Already tried:*\n- nothing"


def watched_journal(path: Path, watched: str = AM_B) -> None:
    """``handled_journal``, then: a poll of Alertmanager A (APIDown and DiskSpaceLow resolved,
    DiskSpaceLow without an incident); Ana hands over to Bia with one pending item; a poll of
    Alertmanager B (another one: A's alerts and silence set aside, ``WATCHING_MOVED``); HighCPUUsage
    escalated to L3 with a message. ``watched``: Alertmanager B's URL."""
    handled_journal(path, drafts=True)
    journal = Journal.open(path, clock=lambda: T0 + dt.timedelta(minutes=45))
    ack = Silence(id="s1", matchers=(Matcher(name="alertname", value="HighMemoryUsage"),),
                  starts_at=T0 + dt.timedelta(minutes=4), ends_at=T0 + dt.timedelta(hours=2), created_by="Ana",
                  comment="ack: olhando", status=SilenceStatus("active"), updated_at=T0 + dt.timedelta(minutes=4))
    firing = {fp: _alert(fp, ("s1",) if fp == "a2" else ()) for fp in ("a2", "a3", "a4")}
    record_poll(journal, firing, dict.fromkeys(firing, Severity.CRITICAL), {"s1": ack}, T0 + dt.timedelta(minutes=41),
                urls=[AM_A])
    journal.record_escalation("a3", "L3", alertname="HighCPUUsage", actor="Ana", message=MESSAGE,
                              at=T0 + dt.timedelta(minutes=42))
    shift = shifts.open_shift(journal)
    shifts.end_shift(journal, shift.id, incoming="Bia", pending=[{"text": "olhar o disco do db-2", "from": "Ana"}],
                     at=T0 + dt.timedelta(minutes=43))
    shifts.start_shift(journal, "Bia", at=T0 + dt.timedelta(minutes=43, seconds=30))
    record_poll(journal, {}, {}, {}, T0 + dt.timedelta(minutes=44), urls=[watched])
    journal.close()
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def _note_on_the_resolved_alert(journal: Journal) -> None:
    """A note on DiskSpaceLow (resolved unhandled: its incident made of its ``FIRED`` event's
    severity and labels), then what its "After the incident" offers to remove."""
    journal.add_note("a5", "limpei os logs", alertname=NAMES["a5"], actor="Bia")
    incident = shifts.latest_incident(journal, "a5")
    if incident is not None:
        covering_silences(incident, seen_silences(journal, [AM_A]))


def _escalate_again(journal: Journal) -> None:
    """The ``escalate`` command's (and the dialog's) message carrying the impact sent before."""
    carried_impact(MESSAGE, sent_before(journal.notes_and_escalations("a3", acknowledgements=True)), TR)


def _handed_over(journal: Journal) -> None:
    """The next shift's suggestions: the items Ana handed over."""
    handed_items(journal, shifts.last_handoff(journal))


def _noticed(journal: Journal) -> None:
    """The handoff's lines about what the tray saw of Alertmanager."""
    unwatched_lines(journal, T0, LATER, TR)
    contact_lines(journal, T0, LATER, TR)


def _seen_on_a(journal: Journal) -> None:
    """What the journal last saw on Alertmanager A (set aside: a tray or a command watching it reads it)."""
    seen_alerts(journal, [AM_A])
    seen_silences(journal, [AM_A])
    known_starts(journal, [AM_A])


def _taken_back(journal: Journal) -> None:
    """A poll of A again: what was set aside of it taken back, then read from the tables."""
    record_poll(journal, {}, {}, {}, LATER, urls=[AM_A], partial=True)
    seen_alerts(journal, [AM_A])
    seen_silences(journal, [AM_A])


FIRED_A5 = "kind = 'fired' AND fingerprint = 'a5'"
ASIDE = "scope = 'journal_aside'"
#: (table, the row's garbling (a SET clause), which row, the reader that raised on it).
GARBLED = [
    ("events", "data = json_set(data, '$.labels', 5)", FIRED_A5, _note_on_the_resolved_alert),
    ("events", "data = json_set(data, '$.labels', json('[\"db-2\"]'))", FIRED_A5, _note_on_the_resolved_alert),
    ("events", "data = json_set(data, '$.severity', json('null'))", FIRED_A5, _note_on_the_resolved_alert),
    ("events", "data = json_set(data, '$.severity', json('[]'))", FIRED_A5, _note_on_the_resolved_alert),
    ("events", "data = json_set(data, '$.message', 5)", "kind = 'escalated' AND text = 'L3'", _escalate_again),
    ("events", "data = json_set(data, '$.message', json('null'))", "kind = 'escalated' AND text = 'L3'",
     _escalate_again),
    ("events", "data = json_set(data, '$.pending', 5)", "kind = 'shift_ended'", _handed_over),
    ("events", "data = json_set(data, '$.pending', json('null'))", "kind = 'shift_ended'", _handed_over),
    ("events", "data = json_set(data, '$.from', 5)", "kind = 'watching_moved'", _noticed),
    ("events", "data = json_set(data, '$.to', json('[[\"http://am-b:9093\"]]'))", "kind = 'watching_moved'",
     _noticed),
    ("state", "value = json_set(value, '$.firing[0][3]', 'yesterday')", ASIDE, _seen_on_a),
    ("state", "value = json_set(value, '$.firing[0][3]', '2026-12-06 09:00')", ASIDE, _taken_back),
    ("state", "value = json_set(value, '$.silences[0][3]', 5)", ASIDE, _seen_on_a),
    ("state", "value = json_set(value, '$.silences[0][2]', '2026-13-06T09:00:00.000000Z')", ASIDE, _taken_back),
]


def test_the_journal_as_written_is_read_whole(tmp_path):
    """What the journal writes passes the checks: no damage, every reader reads it."""
    path = tmp_path / "journal.db"
    watched_journal(path)
    journal = Journal.open(path, clock=lambda: LATER)
    try:
        assert journal.damage is None
        for _table, _garbling, _where, read in GARBLED:
            read(journal)
        made = shifts.latest_incident(journal, "a5")  # (by the note: its labels and severity from its firing)
        assert made is not None and made.labels["instance"] == "db-2" and made.severity == "critical", made
        assert handed_items(journal, shifts.last_handoff(journal)) == [
            {"text": "olhar o disco do db-2", "from": "Ana"}]
        assert unwatched_lines(journal, T0, LATER, TR)
    finally:
        journal.close()


@pytest.mark.parametrize("table, garbling, where, read", GARBLED, ids=[f"{case[0]}-{case[3].__name__[1:]}-{n}" for n, case in enumerate(GARBLED)])
def test_a_journal_of_sound_pages_with_garbled_json_inside_a_row_is_salvaged(tmp_path, table, garbling, where, read):
    """The reader ran on the garbled row (a traceback, or the note refused); now the journal is
    damaged at open, the row left out and counted lost, the rest kept and read."""
    path = tmp_path / "journal.db"
    watched_journal(path)
    _garble(path, f"UPDATE {table} SET {garbling} WHERE {where}")
    journal = Journal.open(path, clock=lambda: LATER)
    try:
        read(journal)
        assert journal.damage is not None and journal.damage.salvage is not None, "not found damaged"
        carried = {c.table: c for c in journal.damage.salvage.tables}
        reason = journal.damage.reason
    finally:
        journal.close()
    assert carried[table].lost == 1 and all(c.whole for name, c in carried.items() if name != table), carried
    column = "data" if table == "events" else "value"
    assert reason.startswith(f"a row of {table} holds a value its readers cannot take ({column}: "), reason


@pytest.mark.parametrize("table, garbling, where, read", [GARBLED[0], GARBLED[6], GARBLED[11]],
                         ids=["fired-labels", "shift_ended-pending", "aside-starts_at"])
def test_the_salvage_of_a_damaged_journal_leaves_the_row_out(tmp_path, table, garbling, where, read):
    """The same rows in a journal whose incidents' pages are damaged: its salvage leaves the
    row out (counted lost), the rest read."""
    path = tmp_path / "journal.db"
    watched_journal(path)
    carried = carried_after(path, f"UPDATE {table} SET {garbling} WHERE {where}", "incidents", read)
    assert carried[table].lost == 1, carried
    assert all(c.whole for name, c in carried.items() if name not in (table, "incidents")), carried


@pytest.mark.parametrize("table, garbling, where", [
    # read as any value: str(), a truth value, an instance check, or not read at all
    ("events", "kind = 'member_down', data = json_set(data, '$.reason', json('[1]'))",
     "kind = 'note' AND fingerprint = 'a4'"),
    ("events", "data = json_set(data, '$.opens_incident', 'yes')", "kind = 'acknowledged'"),
    ("events", "data = json_set(data, '$.incident', 'four')", "kind = 'resolved' AND fingerprint = 'a1'"),
    ("events", "data = json_set(data, '$.markdown', 5)", "kind = 'shift_ended'"),
    ("events", "data = json_set(data, '$.pending[0]', 5)", "kind = 'shift_ended'"),
    ("events", "data = json_set(data, '$.labels', json('null'))", FIRED_A5),
    ("events", "data = json_set(data, '$.previous', json('{}'), '$.whatever', 5)", "kind = 'severity_changed'"),
    # a start taken that ``journal_starts.decoded`` cannot read is left out by it
    ("state", "value = json_set(value, '$.starts', json('{\"a2\": [\"yesterday\", 5]}'))", ASIDE),
])
def test_values_the_readers_take_as_they_are_are_kept(tmp_path, table, garbling, where):
    """Not over-refused: a row whose values its readers take as they come stays (the journal
    is not damaged), and every reader reads it."""
    path = tmp_path / "journal.db"
    watched_journal(path)
    with sqlite3.connect(path) as conn:
        if "severity_changed" in where:  # (no severity changed in the shift)
            conn.execute("UPDATE events SET kind = 'severity_changed' WHERE kind = 'note' AND fingerprint = 'a1'")
        assert conn.execute(f"UPDATE {table} SET {garbling} WHERE {where}").rowcount == 1
    journal = Journal.open(path, clock=lambda: LATER)
    try:
        for _table, _garbling, _where, read in GARBLED:
            read(journal)
        assert journal.damage is None
    finally:
        journal.close()


@pytest.mark.parametrize("garbling, where", [
    ("data = json_set(data, '$.pending', 5)", "kind = 'shift_ended'"),
    ("data = json_set(data, '$.from', 5)", "kind = 'watching_moved'"),
])
def test_handoff_end_reads_the_rest_of_a_journal_with_garbled_data(alertmanager, tmp_path, garbling, where):
    """``handoff end`` (Bia's preview: Ana's items carried, the Alertmanager not watched) ended
    in a traceback (TypeError) on the garbled event; now the journal is said damaged and the
    rest is read (Bia's end report), nothing changed in it."""
    path = Folders.for_user().journal
    path.parent.mkdir(parents=True, exist_ok=True)
    watched_journal(path, alertmanager.url)
    _garble(path, f"UPDATE events SET {garbling} WHERE {where}")
    before = path.read_bytes()
    done = run("--alertmanager", alertmanager.url, "handoff", "end", config=settings_file(tmp_path))
    assert "Traceback" not in done.stderr, done.stderr
    assert "damaged" in done.stderr and "start the tray" in done.stderr, done.stderr
    assert "Bia" in done.stdout, done.stdout
    assert path.read_bytes() == before
