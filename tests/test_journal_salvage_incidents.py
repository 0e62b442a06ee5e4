"""A salvage that lost the incidents table (review 62 Y10, Y5): the incidents' page overwritten,
the events that made them kept. The handoff ("Incidents Handled", the one rule
``shifts.incidents``) listed only the incidents made after the salvage and said "Incidents: 2"
with confidence, although the kept events (an acknowledgement that opens an incident, an
escalation, notes) said four more were handled. Now the incidents the kept events tell of are
made again from them, and the damaged-journal notice says so; it counts a table of which no row
could be read as all lost, and names the ``state`` table for what it holds, not "drafts: 11"
when no draft was ever typed."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from oncall_tray.alertmanager.models import Alert, AlertStatus, Matcher, Silence, SilenceStatus
from oncall_tray.core import shifts
from oncall_tray.core.journal import Journal
from oncall_tray.core.journal_feed import record_poll
from oncall_tray.core.journal_rebuild import rebuild_incidents
from oncall_tray.core.journal_salvage import read_salvaged
from oncall_tray.core.severity import Severity
from oncall_tray.i18n import translator

UTC = dt.timezone.utc
T0 = dt.datetime(2026, 12, 6, 9, 0, tzinfo=UTC)
NAMES = {"a1": "APIDown", "a2": "HighMemoryUsage", "a3": "HighCPUUsage", "a4": "SlowDatabaseQueries",
         "a5": "DiskSpaceLow"}


def _alert(fp: str, silenced: tuple[str, ...] = ()) -> Alert:
    return Alert(fingerprint=fp, labels={"alertname": NAMES[fp], "severity": "critical", "instance": "db-2"},
                 status=AlertStatus("suppressed" if silenced else "active", silenced),
                 starts_at=T0 - dt.timedelta(minutes=3), annotations={"summary": f"{NAMES[fp]} summary"})


def handled_journal(path: Path, drafts: bool = False) -> None:
    """Ana's shift: five alerts fire; she acknowledges HighMemoryUsage (a silence), escalates
    HighCPUUsage to L2, notes SlowDatabaseQueries and APIDown; APIDown resolves. DiskSpaceLow is
    left alone (no incident). With ``drafts``, she is writing her observations and a note on
    DiskSpaceLow (two drafts), else no draft is typed."""
    clock = lambda: T0 + dt.timedelta(minutes=30)  # noqa: E731
    journal = Journal.open(path, clock=clock)
    shift = shifts.start_shift(journal, "Ana", at=T0)
    if drafts:
        journal.set_state(shifts.shift_scope(shift.id), "observations", "disco do db-2 em 85%")
        journal.set_state(shifts.alert_scope("a5"), "draft", "limpei os logs")
    every = {fp: _alert(fp) for fp in NAMES}
    severities = {fp: Severity.CRITICAL for fp in NAMES}
    record_poll(journal, every, severities, {}, T0 + dt.timedelta(minutes=1))
    ack = Silence(id="s1", matchers=(Matcher(name="alertname", value="HighMemoryUsage"),),
                  starts_at=T0 + dt.timedelta(minutes=4), ends_at=T0 + dt.timedelta(hours=2), created_by="Ana",
                  comment="ack: olhando", status=SilenceStatus("active"), updated_at=T0 + dt.timedelta(minutes=4))
    every["a2"] = _alert("a2", ("s1",))
    record_poll(journal, every, severities, {"s1": ack}, T0 + dt.timedelta(minutes=5))
    journal.record_escalation("a3", "L2", alertname="HighCPUUsage", actor="Ana", at=T0 + dt.timedelta(minutes=6))
    journal.add_note("a4", "índice faltando", alertname="SlowDatabaseQueries", actor="Ana")
    journal.add_note("a1", "reiniciei o pod do backend", alertname="APIDown", actor="Ana")
    del every["a1"]
    record_poll(journal, every, severities, {"s1": ack}, T0 + dt.timedelta(minutes=40))
    assert [i.alertname for i in shifts.incidents(journal, since=T0)] == [
        "HighMemoryUsage", "HighCPUUsage", "SlowDatabaseQueries", "APIDown"]
    journal.close()
    with sqlite3.connect(path) as conn:  # everything into the main file
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def damage_table(path: Path, table: str = "incidents") -> None:
    """Overwrite every page of ``table`` (its root page among them) with garbage."""
    with sqlite3.connect(path) as conn:
        page = conn.execute("PRAGMA page_size").fetchone()[0]
        pages = [row[0] for row in conn.execute("SELECT pageno FROM dbstat WHERE name = ?", (table,))]
    data = bytearray(path.read_bytes())
    for number in pages:
        data[(number - 1) * page:number * page] = b"\xba\xd0" * (page // 2)
    path.write_bytes(bytes(data))


def test_the_incidents_the_kept_events_tell_of_are_made_again(tmp_path):
    path = tmp_path / "journal.db"
    handled_journal(path)
    damage_table(path)
    journal = Journal.open(path, clock=lambda: T0 + dt.timedelta(minutes=50))
    try:
        assert journal.damage is not None and not journal.damage.repaired
        handled = {i.alertname: i for i in shifts.incidents(journal, since=T0)}
        assert sorted(handled) == ["APIDown", "HighCPUUsage", "HighMemoryUsage", "SlowDatabaseQueries"], handled
        memory, cpu, api = handled["HighMemoryUsage"], handled["HighCPUUsage"], handled["APIDown"]
        assert memory.acknowledged_by == "Ana" and memory.acknowledged_at == T0 + dt.timedelta(minutes=4)
        assert memory.resolved_at is None and memory.severity == "critical" and memory.summary
        assert cpu.escalation == "L2" and cpu.escalated_at == T0 + dt.timedelta(minutes=6)
        assert api.resolved_at == T0 + dt.timedelta(minutes=40)
        assert [i.alertname for i in shifts.open_incidents(journal)] == [
            "HighMemoryUsage", "HighCPUUsage", "SlowDatabaseQueries"]
        english, portuguese = journal.damage.message(translator("en")), journal.damage.message(translator("pt_BR"))
    finally:
        journal.close()
    assert "incidents made again from the events: 4" in english, english
    assert "incidents: all (none could be read)" in english, english
    assert "incidentes refeitos a partir dos eventos: 4" in portuguese, portuguese
    assert "incidentes: todos (nenhum pôde ser lido)" in portuguese, portuguese
    assert "drafts" not in english and "some rows" not in english, english


def test_the_drafts_kept_are_those_typed(tmp_path):
    """Review 62 Y5: "drafts: 11" were said kept, the 11 rows of the ``state`` table being the
    tray's own records (what it told, the members it saw, silences' first cover): only what the
    engineer typed is counted as drafts."""
    path = tmp_path / "journal.db"
    handled_journal(path, drafts=True)
    damage_table(path)
    journal = Journal.open(path, clock=lambda: T0 + dt.timedelta(minutes=50))
    try:
        assert journal.query("SELECT count(*) FROM state")[0][0] > 2  # records of the tray's besides
        english, portuguese = journal.damage.message(translator("en")), journal.damage.message(translator("pt_BR"))
    finally:
        journal.close()
    assert "drafts: 2," in english, english
    assert "rascunhos: 2," in portuguese, portuguese


def test_an_incident_whose_alert_fired_again_soon_is_made_again_open(tmp_path):
    """An alert that resolved and fired again within ``FLAP_WINDOW`` goes on with its incident
    (opened again): made again, it is open, not resolved at the first resolution."""
    path = tmp_path / "journal.db"
    handled_journal(path)
    journal = Journal.open(path, clock=lambda: T0 + dt.timedelta(minutes=45))
    alert = _alert("a1")
    again = Alert(fingerprint="a1", labels=alert.labels, status=alert.status, annotations=alert.annotations,
                  starts_at=T0 + dt.timedelta(minutes=44))
    every = {fp: _alert(fp) for fp in NAMES if fp != "a1"}
    record_poll(journal, {**every, "a1": again}, {fp: Severity.CRITICAL for fp in NAMES}, {},
                T0 + dt.timedelta(minutes=45))
    assert "APIDown" in [i.alertname for i in shifts.open_incidents(journal)]
    journal.close()
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    damage_table(path)
    journal = Journal.open(path, clock=lambda: T0 + dt.timedelta(minutes=50))
    try:
        api = [i for i in shifts.incidents(journal, since=T0) if i.alertname == "APIDown"]
        assert len(api) == 1 and api[0].resolved_at is None, api
    finally:
        journal.close()


def test_a_read_only_look_at_the_damaged_journal_makes_them_again_too(tmp_path):
    """``read_salvaged`` (``handoff end`` and the previews on a damaged journal, nothing written)."""
    path = tmp_path / "journal.db"
    handled_journal(path)
    damage_table(path)
    conn = read_salvaged(path)
    assert conn is not None
    try:
        names = [row[0] for row in conn.execute("SELECT alertname FROM incidents ORDER BY opened_at, id")]
    finally:
        conn.close()
    assert sorted(names) == ["APIDown", "HighCPUUsage", "HighMemoryUsage", "SlowDatabaseQueries"], names


def test_incidents_kept_are_not_made_twice(tmp_path):
    """Only the events' incidents the table lost are made again: each kept incident covers its
    events, and damage elsewhere (a salvage that kept the incidents whole) adds none."""
    path = tmp_path / "journal.db"
    handled_journal(path)
    with sqlite3.connect(path, isolation_level=None) as conn:
        conn.execute("BEGIN")
        assert rebuild_incidents(conn) == 0
        conn.execute("DELETE FROM incidents WHERE alertname = 'HighCPUUsage'")  # one lost: that one made
        assert rebuild_incidents(conn) == 1
        assert [row[0] for row in conn.execute("SELECT alertname FROM incidents ORDER BY opened_at, id")] == [
            "HighMemoryUsage", "HighCPUUsage", "SlowDatabaseQueries", "APIDown"]
        conn.execute("ROLLBACK")
    damage_table(path, "silences")
    journal = Journal.open(path, clock=lambda: T0 + dt.timedelta(minutes=50))
    try:
        assert journal.damage is not None and not journal.damage.repaired
        assert len(shifts.incidents(journal, since=T0)) == 4
        assert "made again" not in journal.damage.message(translator("en"))
    finally:
        journal.close()
