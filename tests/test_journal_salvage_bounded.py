"""A damaged b-tree whose cells carry garbage rowids (review 60 V4): one events leaf partly
overwritten with ``\\xde\\xad\\xbe\\xef``, as the reviewer did. A seek "first rowid >= 6" came back
with a garbage rowid *smaller* than 6, and the salvage started again from there, forever: the
tray hung at start (no icon, one core busy, nothing watching Alertmanager). Every loop over a
damaged b-tree is bounded now (rowids must increase; a seek answering below what it was asked
is damage), and so is the salvage's time."""

from __future__ import annotations

import datetime as dt
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from conftest import make_alert, settings_file
from test_cli import run
from test_journal_salvage import NOTES, files_in, shift_journal

from oncall_tray.core import journal_rows, journal_salvage
from oncall_tray.core.journal import Journal
from oncall_tray.paths import Folders

OPEN = ("import sys, datetime as dt; from pathlib import Path; from oncall_tray.core.journal import Journal; "
        "j = Journal.open(Path(sys.argv[1])); print(j.damage is not None and j.damage.salvage is not None); j.close()")


def garbage_in_a_leaf(path: Path, offset: int = 916, length: int = 2000) -> None:
    """Overwrite ``length`` bytes of the middle leaf of the events table from ``offset`` on with
    ``\\xde\\xad\\xbe\\xef``: some of its cells then carry garbage rowids (huge, negative, out of
    order) and some cannot be read."""
    with sqlite3.connect(path) as conn:
        page = conn.execute("PRAGMA page_size").fetchone()[0]
        leaves = [row[0] for row in conn.execute("SELECT pageno FROM dbstat WHERE name = 'events' "
                                                 "AND pagetype = 'leaf' ORDER BY pageno")]
    data = bytearray(path.read_bytes())
    start = (leaves[len(leaves) // 2] - 1) * page + offset
    data[start:start + length] = (b"\xde\xad\xbe\xef" * length)[:length]
    path.write_bytes(bytes(data))


def test_a_leaf_with_garbage_rowids_is_salvaged_without_looping(tmp_path):
    path = tmp_path / "journal.db"
    shift_journal(path)
    garbage_in_a_leaf(path)
    with sqlite3.connect(f"file:{path}?immutable=1", uri=True) as conn:
        checked = "\n".join(str(row[0]) for row in conn.execute("PRAGMA integrity_check"))
        assert "out of order" in checked, checked  # garbage rowids, as the reviewer's
    # in a child process: the code before looped forever here
    opened = subprocess.run([sys.executable, "-c", OPEN, str(path)], capture_output=True, text=True, timeout=60)
    assert opened.returncode == 0 and opened.stdout.strip() == "True", opened.stderr
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("SELECT engineer FROM shifts WHERE ended_at IS NULL").fetchall() == [("Ana",)]
        notes = [row[0] for row in conn.execute("SELECT text FROM events WHERE kind = 'note' ORDER BY id")]
    assert NOTES - 40 < len(notes) < NOTES  # a leaf's worth lost, no more
    assert notes[-1].startswith(f"note {NOTES - 1} ")  # read on after the damage
    assert notes == sorted(notes, key=lambda text: int(text.split()[1]))  # no garbage row among them


def test_the_rows_read_are_bounded_in_time(tmp_path):
    """With no time left, the salvage still ends: what was read is kept, the rest counted lost
    (``counted`` False: the last rowid was not read), and the new journal is sound."""
    path = tmp_path / "journal.db"
    shift_journal(path)
    garbage_in_a_leaf(path)
    source = sqlite3.connect(journal_salvage.read_only_uri(path), uri=True)
    info = source.execute("PRAGMA table_info(events)").fetchall()
    rows, carried = journal_rows.carry_rows(source, "events", [r[1] for r in info], [r[2].upper() for r in info],
                                               [], budget=0.0)
    source.close()
    assert not carried.whole and carried.kept == len(rows) < NOTES


def test_a_preview_on_a_damaged_journal_shows_the_incidents_and_notes_that_can_be_read(alertmanager, tmp_path):
    """Review 60 V5: ``handoff end`` on a journal damaged in its events showed no incident at
    all (the report failed on the first unreadable event, and only the draft was printed),
    though the incidents table and the escalations after the damage could be read. A command
    that only reads now reads what can be read of the damaged file carried into a journal in
    memory (nothing written beside it), and the report is made from that."""
    def damaged(path: Path) -> None:
        shift_journal(path)
        journal = Journal.open(path, clock=lambda: dt.datetime(2026, 12, 6, 10, 0, tzinfo=dt.timezone.utc))
        journal.record_escalation("fp-db", "L3", alertname="DatabaseConnectionPoolExhausted", severity="critical")
        journal.add_note("fp-db", "reiniciei o pod backend, sem efeito", alertname="DatabaseConnectionPoolExhausted")
        journal.close()
        with sqlite3.connect(path) as conn:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        garbage_in_a_leaf(path)

    preview = end_preview(alertmanager, tmp_path, damaged)
    assert "damaged" in preview.stderr and "events" in preview.stderr  # said, with how to repair it
    assert "DatabaseConnectionPoolExhausted" in preview.stdout, (preview.stdout, preview.stderr)
    assert "L3" in preview.stdout and "reiniciei o pod backend, sem efeito" in preview.stdout
    assert "disco do db-2 em 85%" in preview.stdout  # the draft too


def end_preview(alertmanager, tmp_path: Path, make: Callable[[Path], None]) -> subprocess.CompletedProcess:
    """``handoff end`` (a preview, in English) on the journal ``make`` leaves at the journal's
    place, APIDown firing; checked: no traceback, nothing renamed, rewritten or made."""
    path = Folders.for_user().journal
    path.parent.mkdir(parents=True, exist_ok=True)
    make(path)
    before = files_in(path.parent)
    config = settings_file(tmp_path)
    alertmanager.post_alerts([make_alert("APIDown", "critical")])
    preview = run("--alertmanager", alertmanager.url, "handoff", "end", config=config)
    assert "Traceback" not in preview.stderr, preview.stderr
    assert files_in(path.parent) == before
    return preview
