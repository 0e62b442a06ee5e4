"""A shift journal cut short (review 60 V6: ``truncate`` to 14 of its 21 pages, its list of
tables, its shifts and incidents among the pages kept). SQLite refuses the whole file (its
header counts more pages than there are), so the tray started an empty journal: the open
shift, its incidents and escalations and its draft were lost, and ``handoff end`` said "No
shift is open: start one". What the pages kept hold is read now (from a copy in memory whose
header counts the pages there are), by the tray and by the commands that only read."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from conftest import make_alert, settings_file
from test_cli import run
from test_journal_salvage_bounded import end_preview

from oncall_tray.core import shifts
from oncall_tray.core.journal import Journal
from oncall_tray.i18n import translator
from oncall_tray.paths import Folders

UTC = dt.timezone.utc


def cut_journal(path: Path) -> None:
    """A journal with the open shift of Ana (a draft, an escalated incident, many notes after
    them), then cut after the pages that hold its shifts, incidents and drafts: the last
    events' pages are gone."""
    journal = Journal.open(path, clock=lambda: dt.datetime(2026, 12, 6, 9, 0, tzinfo=UTC))
    shift = shifts.start_shift(journal, "Ana", markdown="- [x] painéis")
    journal.set_state(shifts.shift_scope(shift.id), "observations", "disco do db-2 em 85%")
    journal.record_escalation("fp-db", "L3", alertname="DatabaseConnectionPoolExhausted", severity="critical")
    for i in range(300):
        journal.add_note("fp-db", f"note {i} " + "x" * 200, alertname="DatabaseConnectionPoolExhausted")
    journal.close()
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page = conn.execute("PRAGMA page_size").fetchone()[0]
        roots = [row[0] for row in conn.execute("SELECT rootpage FROM sqlite_master WHERE rootpage > 0")]
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
    keep = max(roots)  # every table's and index's root kept, the events' last leaves not
    assert keep < pages - 10
    with open(path, "r+b") as file:
        file.truncate(keep * page)


def test_the_tray_keeps_what_a_journal_cut_short_holds(tmp_path):
    path = tmp_path / "journal.db"
    cut_journal(path)
    journal = Journal.open(path, clock=lambda: dt.datetime(2026, 12, 6, 14, 0, tzinfo=UTC))
    assert journal.damage is not None and journal.damage.salvage is not None
    shift = shifts.open_shift(journal)
    assert shift is not None and shift.engineer == "Ana"
    assert journal.get_state(shifts.shift_scope(shift.id), "observations") == "disco do db-2 em 85%"
    assert [(i.alertname, i.escalation) for i in shifts.open_incidents(journal)] == [
        ("DatabaseConnectionPoolExhausted", "L3")]
    assert "Ana" in journal.damage.message(translator("en"))
    journal.close()


def test_a_preview_reads_what_a_journal_cut_short_holds(alertmanager, tmp_path):
    preview = end_preview(alertmanager, tmp_path, cut_journal)
    assert "No shift is open" not in preview.stdout + preview.stderr, preview.stderr
    assert "damaged" in preview.stderr and "start the tray" in preview.stderr
    assert "DatabaseConnectionPoolExhausted" in preview.stdout and "L3" in preview.stdout, preview.stdout
    assert "disco do db-2 em 85%" in preview.stdout


def test_no_shift_read_from_a_damaged_journal_is_not_said_as_no_shift_open(alertmanager, tmp_path):
    """Cut to its first page (its list of tables alone), or overwritten whole: no shift can be
    read, which is not "No shift is open: start one" (one may be open: review 60 V6)."""
    path = Folders.for_user().journal
    path.parent.mkdir(parents=True, exist_ok=True)
    config = settings_file(tmp_path)
    alertmanager.post_alerts([make_alert("APIDown", "critical")])
    for damage in ("first page", "garbage"):
        path.unlink(missing_ok=True)
        cut_journal(path)
        with open(path, "r+b") as file:
            if damage == "first page":
                file.truncate(4096)
            else:
                file.seek(100)
                file.write(b"\xde\xad\xbe\xef" * (path.stat().st_size // 4 - 25))
        for lang, expected in (("en_US.UTF-8", "No open shift can be read"),
                               ("pt_BR.UTF-8", "Nenhum turno aberto pode ser lido")):
            preview = run("--alertmanager", alertmanager.url, "handoff", "end", config=config, env_lang=lang)
            assert "Traceback" not in preview.stderr, preview.stderr
            said = preview.stdout + preview.stderr
            assert "start one" not in said and "assuma um" not in said, (damage, said)
            assert expected in said, (damage, said)
