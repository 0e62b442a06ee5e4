"""The engineer's notes, escalations and acknowledgements stay on their incidents through a
salvage (stop 41's leftover): a note is written with the ids of the incidents it is on
(``data["incident"]``); a salvage that lost the incidents table made them again from the events
under new numbers, so the notes named incidents that were no longer there (the Incidents window,
the alerts window and the handoff lost them), and ``journal_rebuild`` gave acknowledgements and
escalations to the rebuilt incidents by time window, not by the incident they named.

Real journals: a shift written through ``record_poll`` and ``Journal``, damaged by overwriting a
table's pages (as ``test_journal_salvage_incidents``), opened (the salvage) and read as the
Incidents window (``folded_notes`` by incident ids), the alerts window (``folded_notes`` by
fingerprints) and the handoff's end Markdown read them."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from test_journal_salvage_incidents import NAMES, T0, _alert, damage_table

from oncall_tray.alertmanager.models import Alert, Matcher, Silence, SilenceStatus
from oncall_tray.core import shifts
from oncall_tray.core.folded_notes import folded_notes
from oncall_tray.core.handoff import Live, end_report
from oncall_tray.core.handoff_markdown import end_markdown
from oncall_tray.core.journal import Journal
from oncall_tray.core.journal_feed import record_poll
from oncall_tray.core.journal_rebuild import rebuild_incidents
from oncall_tray.core.severity import Severity
from oncall_tray.i18n import translator

UTC = dt.timezone.utc
SEVERITIES = {fp: Severity.CRITICAL for fp in NAMES}
#: (alertname, nth incident of that alert) -> the notes written on it, oldest first.
EXPECTED = {
    ("HighMemoryUsage", 0): ["memória do db-2 subindo"],
    ("HighCPUUsage", 0): ["pedi ajuda ao L2", "dois pods no mesmo nó"],
    ("SlowDatabaseQueries", 0): ["índice faltando", "dois pods no mesmo nó"],
    ("APIDown", 0): ["reiniciei o pod do backend", "post-mortem: o deploy das 9h"],
    ("APIDown", 1): ["caiu de novo, olhando"],
}


def _at(minutes: int) -> dt.datetime:
    return T0 + dt.timedelta(minutes=minutes)


def noted_journal(path: Path) -> dict[tuple[str, int], int]:
    """Ana's shift: five alerts fire; HighMemoryUsage acknowledged (a silence) and noted;
    HighCPUUsage escalated to L2 by alert; notes by alert on SlowDatabaseQueries and APIDown,
    APIDown escalated to L3;
    a folded row's note on HighCPUUsage and SlowDatabaseQueries' incidents; APIDown resolves,
    fires again two hours later (a new incident, noted by alert), and a post-mortem note is
    written on its first incident. Returns (alertname, nth) -> incident id as written."""
    now = [_at(0)]
    journal = Journal.open(path, clock=lambda: now[0])
    shifts.start_shift(journal, "Ana", at=T0)
    every = {fp: _alert(fp) for fp in NAMES}
    record_poll(journal, every, SEVERITIES, {}, _at(1))
    ack = Silence(id="s1", matchers=(Matcher(name="alertname", value="HighMemoryUsage"),),
                  starts_at=_at(4), ends_at=_at(300), created_by="Ana", comment="ack: olhando",
                  status=SilenceStatus("active"), updated_at=_at(4))
    every["a2"] = _alert("a2", ("s1",))
    record_poll(journal, every, SEVERITIES, {"s1": ack}, _at(5))
    now[0] = _at(6)
    journal.record_escalation("a3", "L2", alertname="HighCPUUsage", actor="Ana", at=_at(6))
    now[0] = _at(7)
    journal.add_note("a3", "pedi ajuda ao L2", alertname="HighCPUUsage", actor="Ana")
    now[0] = _at(8)
    journal.add_note("a4", "índice faltando", alertname="SlowDatabaseQueries", actor="Ana")
    journal.add_note("a1", "reiniciei o pod do backend", alertname="APIDown", actor="Ana")
    journal.add_note("a2", "memória do db-2 subindo", alertname="HighMemoryUsage", actor="Ana")
    ids = {(i.alertname, 0): i.id for i in shifts.open_incidents(journal)}
    now[0] = _at(20)  # a folded row's note: on both members
    journal.add_note("a3", "dois pods no mesmo nó", actor="Ana",
                     incidents=[ids[("HighCPUUsage", 0)], ids[("SlowDatabaseQueries", 0)]])
    journal.record_escalation("a1", "L3", alertname="APIDown", actor="Ana", at=_at(30))
    del every["a1"]
    record_poll(journal, every, SEVERITIES, {"s1": ack}, _at(40))
    first = _alert("a1")
    every["a1"] = Alert(fingerprint="a1", labels=first.labels, status=first.status, annotations=first.annotations,
                        starts_at=_at(179))
    record_poll(journal, every, SEVERITIES, {"s1": ack}, _at(180))  # fires again, long after
    now[0] = _at(185)
    journal.add_note("a1", "caiu de novo, olhando", alertname="APIDown", actor="Ana")
    now[0] = _at(190)
    journal.add_note("a1", "post-mortem: o deploy das 9h", actor="Ana", incidents=[ids[("APIDown", 0)]])
    ids[("APIDown", 1)] = max(i.id for i in shifts.open_incidents(journal) if i.alertname == "APIDown")
    assert len(ids) == 5 and len(set(ids.values())) == 5
    journal.close()
    with sqlite3.connect(path) as conn:  # everything into the main file
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return ids


def _incidents(journal: Journal) -> dict[tuple[str, int], object]:
    found: dict[tuple[str, int], object] = {}
    for incident in sorted(shifts.incidents(journal, since=T0), key=lambda i: (i.opened_at, i.id)):
        nth = sum(1 for name, _n in found if name == incident.alertname)
        found[(incident.alertname, nth)] = incident
    return found


def assert_notes_on_their_incidents(journal: Journal, before: dict[tuple[str, int], int]) -> None:
    """Each incident (by alert and order) holds exactly the notes written on it, once, in the
    Incidents window's reader, the alerts window's and the handoff; escalations on theirs."""
    found = _incidents(journal)
    assert sorted(found) == sorted(EXPECTED), found
    for key, notes in EXPECTED.items():
        incident = found[key]
        assert journal.incident_note_texts(incident.id) == notes, (key, incident.id, before[key])
        window = [event.text for event, _holders in folded_notes(journal, incidents=[incident.id])
                  if event.kind.value == "note"]
        assert window == notes, (key, window)
    assert found[("HighCPUUsage", 0)].escalation == "L2"
    assert (found[("APIDown", 0)].escalation, found[("APIDown", 1)].escalation) == ("L3", "")
    assert found[("APIDown", 0)].escalated_at == _at(30)
    assert found[("HighMemoryUsage", 0)].acknowledged_by == "Ana"
    for fp, key in (("a2", ("HighMemoryUsage", 0)), ("a4", ("SlowDatabaseQueries", 0)), ("a1", ("APIDown", 1))):
        alerts_window = [event.text for event, _h in folded_notes(journal, (fp,)) if event.kind.value == "note"]
        assert alerts_window == EXPECTED[key], (fp, alerts_window)
    tr = translator("en")
    shift = shifts.open_shift(journal)
    report = end_report(journal, shift, Live({}), tr, UTC, at=_at(200))
    markdown = end_markdown(report, tr, UTC)
    for key, notes in EXPECTED.items():
        assert notes[-1] in markdown, (key, markdown)
    said = {item.incident.id: list(item.notes) for item in report.incidents}
    assert sorted(map(tuple, said.values())) == sorted(map(tuple, EXPECTED.values())), said


def _open(path: Path) -> Journal:
    return Journal.open(path, clock=lambda: _at(200))


def test_sound_journal_reads_every_note_on_its_incident(tmp_path):
    """The shift as written (the reference every damaged case is held to)."""
    path = tmp_path / "journal.db"
    ids = noted_journal(path)
    journal = _open(path)
    try:
        assert journal.damage is None
        assert_notes_on_their_incidents(journal, ids)
    finally:
        journal.close()


def test_incidents_lost_and_made_again_keep_their_notes(tmp_path):
    """The incidents table overwritten: every incident made again from the events, each under
    the number its notes, escalation and resolution name, so each note is read on its own."""
    path = tmp_path / "journal.db"
    ids = noted_journal(path)
    damage_table(path, "incidents")
    journal = _open(path)
    try:
        assert journal.damage is not None and not journal.damage.repaired
        assert_notes_on_their_incidents(journal, ids)
        assert {key: i.id for key, i in _incidents(journal).items()} == ids
    finally:
        journal.close()


def test_incidents_kept_and_events_lost_keep_the_notes_read(tmp_path):
    """The incidents kept whole, the alerts' firings and resolutions lost with the events (the
    notes kept; the silences' pages overwritten so the journal is salvaged): every note still on
    its own incident, in every window."""
    path = tmp_path / "journal.db"
    ids = noted_journal(path)
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("DELETE FROM events WHERE kind IN ('fired', 'resolved')")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    damage_table(path, "silences")
    journal = _open(path)
    try:
        assert journal.damage is not None
        assert_notes_on_their_incidents(journal, ids)
        assert {key: i.id for key, i in _incidents(journal).items()} == ids
    finally:
        journal.close()


@pytest.mark.parametrize("lost", ["HighCPUUsage", "APIDown"])
def test_some_incidents_lost_the_others_kept(tmp_path, lost):
    """Only some incidents' rows lost (as a salvage that read part of the table): those made
    again take their own numbers back, the notes of those kept stay theirs."""
    path = tmp_path / "journal.db"
    ids = noted_journal(path)
    with sqlite3.connect(path, isolation_level=None) as conn:
        conn.execute("BEGIN")
        conn.execute("DELETE FROM incidents WHERE alertname = ?", (lost,))
        assert rebuild_incidents(conn) >= 1
        conn.execute("COMMIT")
    journal = _open(path)
    try:
        assert_notes_on_their_incidents(journal, ids)
        assert {key: i.id for key, i in _incidents(journal).items()} == ids
    finally:
        journal.close()


def test_a_note_naming_an_incident_no_longer_there_is_read_on_its_alerts_incident(tmp_path):
    """A journal salvaged before the incidents were made again under their numbers: the open
    APIDown and HighMemoryUsage incidents renumbered (99, 98), their notes naming the old
    numbers. The notes are not dropped: read on their alerts' incidents of their time, in the
    Incidents window, the handoff and the handled rule (``shifts.incidents``)."""
    path = tmp_path / "journal.db"
    ids = noted_journal(path)
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("UPDATE incidents SET id = 99 WHERE id = ?", (ids[("APIDown", 1)],))
        conn.execute("UPDATE incidents SET id = 98 WHERE id = ?", (ids[("HighMemoryUsage", 0)],))
    finally:
        conn.close()
    journal = _open(path)
    try:
        assert journal.incident_note_texts(99) == EXPECTED[("APIDown", 1)]
        assert journal.incident_note_texts(ids[("APIDown", 0)]) == EXPECTED[("APIDown", 0)]
        # handled in a window after its taking on by its note alone (the note names its old number)
        assert 98 in {i.id for i in shifts.incidents(journal, since=_at(6), until=_at(10))}
        assert_notes_on_their_incidents(journal, {**ids, ("APIDown", 1): 99, ("HighMemoryUsage", 0): 98})
    finally:
        journal.close()
