"""Code review 80 AV6: the "since the previous handoff ended" cut on a salvaged journal that lost
shift rows. A salvage skips the rows it cannot read (``journal_salvage``: the shifts read first, the
events kept); the cut read the ``shifts`` table alone, so that with the previous shift's row lost the
next handoff listed that shift's notes again (signed as the previous engineer's) and its incidents
in its own Incidents Handled, and with no shift row kept at all every note ever written. The kept
``SHIFT_ENDED`` event of that handoff is the fallback (``carried.handoff_before``), for the cut
and for the items it handed over alike.

Real journals: three shifts written through ``Journal`` and ``record_poll``, a row of ``shifts``
garbled (or the whole table's pages overwritten), the journal opened (the salvage) and its end
report read."""

from __future__ import annotations

import datetime as dt
import sqlite3

from test_handoff import section
from test_handoff_shift_notes import ZONE
from test_journal_salvage_incidents import damage_table

from oncall_tray.alertmanager.models import Alert, AlertStatus
from oncall_tray.core import shifts
from oncall_tray.core.carried import handoff_before
from oncall_tray.core.handoff import Live, end_report
from oncall_tray.core.handoff_markdown import end_markdown
from oncall_tray.core.journal import Journal
from oncall_tray.core.journal_feed import record_poll
from oncall_tray.core.severity import Severity
from oncall_tray.i18n import translator

T0 = dt.datetime(2026, 12, 7, 15, 0, tzinfo=dt.UTC)  # 12:00 in São Paulo
NAMES = {"a1": "APIDown", "a2": "DiskFull", "a3": "HighLatencyP99"}
HEADING = {"en": "Incidents Handled", "pt_BR": "Incidentes Tratados"}


def _at(minutes: int) -> dt.datetime:
    return T0 + dt.timedelta(minutes=minutes)


def _alerts() -> tuple[dict[str, Alert], dict[str, Severity]]:
    alerts = {fp: Alert(fingerprint=fp, labels={"alertname": name, "severity": "critical"},
                        annotations={"summary": f"{name} summary"}, status=AlertStatus("active"), starts_at=T0)
              for fp, name in NAMES.items()}
    return alerts, {fp: Severity.CRITICAL for fp in alerts}


def three_shifts(path) -> None:
    """Ana's shift (12:00–12:30) notes APIDown; Bia's (12:31–13:00) notes APIDown and DiskFull and
    hands over an item of her own; Carla's (from 13:01, open) notes APIDown and HighLatencyP99."""
    now = [T0]
    journal = Journal.open(path, clock=lambda: now[0])
    alerts, severities = _alerts()

    def note(minute: int, fp: str, text: str, actor: str) -> None:
        now[0] = _at(minute)
        journal.add_note(fp, text, alertname=NAMES[fp], actor=actor)

    ana = shifts.start_shift(journal, "Ana", at=T0)
    record_poll(journal, alerts, severities, {}, _at(1))
    note(10, "a1", "Ana: reiniciei o backend", "Ana")
    shifts.end_shift(journal, ana.id, incoming="Bia", at=_at(30))
    bia = shifts.start_shift(journal, "Bia", at=_at(31))
    note(40, "a1", "Bia: rollback do deploy pedido", "Bia")
    note(41, "a2", "Bia: limpei /var/log", "Bia")
    shifts.end_shift(journal, bia.id, incoming="Carla", at=_at(60),
                     pending=[{"text": "Confirmar o rollback com o Tech Lead", "from": "Bia"}])
    shifts.start_shift(journal, "Carla", at=_at(61))
    note(70, "a1", "Carla: rollback feito", "Carla")
    note(71, "a3", "Carla: latência voltando", "Carla")
    journal.close()
    with sqlite3.connect(path) as conn:  # everything into the main file
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def _garble(path, where: str) -> None:
    with sqlite3.connect(path) as conn:
        assert conn.execute(f"UPDATE shifts SET ended_at = 'yesterday' WHERE {where}").rowcount == 1


def _report(journal: Journal, shift, language: str):
    alerts, severities = _alerts()
    tr = translator(language)
    return end_report(journal, shift, Live(alerts, severities, {}), tr, ZONE, at=_at(80))


def test_the_previous_shifts_row_lost_its_handoff_still_ends_the_next_ones_notes(tmp_path):
    path = tmp_path / "journal.db"
    three_shifts(path)
    _garble(path, "engineer = 'Bia'")  # Bia's row unreadable: set aside by the salvage, her events kept
    journal = Journal.open(path, clock=lambda: _at(80))
    try:
        assert journal.damage is not None and journal.damage.salvage is not None
        assert [s.engineer for s in shifts.past_shifts(journal)] == ["Ana"]  # Bia's row is lost
        carla = shifts.open_shift(journal)
        assert carla.engineer == "Carla"
        previous = handoff_before(journal, carla.started_at)
        assert previous is not None and previous.ended_at == _at(60) and previous.engineer == "Bia", previous
        for language in ("en", "pt_BR"):
            report = _report(journal, carla, language)
            handled = section(end_markdown(report, translator(language), ZONE), HEADING[language])
            text = "\n".join(handled)
            # Carla's own: APIDown (her note) and HighLatencyP99; not Bia's DiskFull, nor Bia's note again
            assert [item.name for item in report.incidents] == ["APIDown", "HighLatencyP99"], handled
            assert "Bia: rollback do deploy pedido" not in text and "Bia:" not in text, handled
            assert "Carla: rollback feito" in text, handled
            # the item Bia handed over still reaches Carla, from the handoff's kept event
            assert any("Confirmar o rollback com o Tech Lead" in item for item in report.pending), report.pending
    finally:
        journal.close()


def test_no_shift_row_kept_the_kept_handoffs_still_end_the_notes(tmp_path):
    """Every shift row lost (the table's pages overwritten; Carla's open shift with them): Dani starts
    a shift in the salvaged journal; her handoff lists the notes since Bia's handoff (Carla's, in no
    handoff), not every note ever written."""
    path = tmp_path / "journal.db"
    three_shifts(path)
    damage_table(path, "shifts")
    now = [_at(75)]
    journal = Journal.open(path, clock=lambda: now[0])
    try:
        assert journal.damage is not None and journal.damage.salvage is not None
        assert shifts.past_shifts(journal) == [] and shifts.open_shift(journal) is None
        dani = shifts.start_shift(journal, "Dani", at=_at(75))
        for language in ("en", "pt_BR"):
            report = _report(journal, dani, language)
            text = "\n".join(section(end_markdown(report, translator(language), ZONE), HEADING[language]))
            assert "Ana: reiniciei o backend" not in text and "Bia:" not in text, text
            assert "Carla: rollback feito" in text and "Carla: latência voltando" in text, text
            assert [item.name for item in report.incidents] == ["APIDown", "HighLatencyP99"], text
    finally:
        journal.close()
