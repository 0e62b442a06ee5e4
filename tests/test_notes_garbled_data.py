"""A note whose ``events.data`` is garbled JSON (a salvaged journal: code review 63A CA1's
damage) does not stop the journal's readers of notes (code review 76 AN5: ``incident_notes``
and the alert's episode read ``data`` raw, SQLite's "malformed JSON" failed the whole handoff
report, start and end, while ``shifts.incidents`` beside them read it fine). Such a note is
read as one written on no incident (``EVENT_DATA``, as ``shifts._ITS_EVENT`` does): by its
time."""

from __future__ import annotations

import datetime as dt
import sqlite3

from test_notes_per_incident import T0, pod, poll, yesterday_and_today

from oncall_tray.core import shifts
from oncall_tray.core.journal import Journal
from oncall_tray.core.handoff import end_report
from oncall_tray.core.handoff_live import Live
from oncall_tray.core.severity import Severity
from oncall_tray.i18n import translator
from test_handoff import ZONE


def garble_first_note(path) -> None:
    """The pod's first note's ``data`` cut short, as the salvage tests garble rows (a row the
    salvage's checks did not know to drop, or damage after the start's checks)."""
    with sqlite3.connect(path) as conn:
        assert conn.execute("UPDATE events SET data = '{\"incident\": 1' WHERE id = (SELECT min(id) FROM events "
                            "WHERE kind = 'note')").rowcount == 1


def test_a_garbled_note_does_not_fail_the_notes_nor_the_handoff(tmp_path):
    journal, shift, first, second = yesterday_and_today(tmp_path)
    journal.add_note("pod", "post-mortem: configmap", incidents=(first,), at=T0 + dt.timedelta(hours=29, minutes=30))
    garble_first_note(tmp_path / "journal.db")  # (while open: a start's checks would set the row aside)
    try:
        assert [i.id for i in shifts.incidents(journal, since=T0)] == [first, second]  # the neighbour reads it
        assert journal.incident_note_texts(first) == ["olhando", "post-mortem: configmap"]  # by its time
        assert journal.incident_note_texts(second) == ["reiniciado o pod"]
        assert journal.notes_for("pod") == ["reiniciado o pod"]  # today's episode
        assert [e.text for e in journal.notes_and_escalations("pod")] == ["reiniciado o pod"]
    finally:
        journal.close()


def test_the_handoff_lists_an_incident_with_a_garbled_note(tmp_path):
    journal = Journal.open(tmp_path / "journal.db")
    try:
        shift = shifts.start_shift(journal, "Carla Dias", at=T0 - dt.timedelta(minutes=1))
        poll(journal, 0, 0)
        journal.add_note("pod", "olhando", actor="carla", at=T0 + dt.timedelta(minutes=5))
        journal.add_note("pod", "reiniciei o deployment", actor="carla", at=T0 + dt.timedelta(minutes=9))
        garble_first_note(tmp_path / "journal.db")
        report = end_report(journal, shift, Live({"pod": pod(0)}, {"pod": Severity.WARNING}, {}), translator("en"),
                            ZONE, at=T0 + dt.timedelta(hours=1))
        assert [list(h.notes) for h in report.incidents] == [["olhando", "reiniciei o deployment"]]
    finally:
        journal.close()
