"""``handoff start|end`` previews on a damaged journal whose rows cannot be carried into memory
(``read_salvaged`` fails: here a table is missing), so the damaged file is read as it is and the
checklist or report cannot be made: what can still be read is printed instead (review 57 S10).

Review 61 X4: the start preview printed the last handoff's end report, or "(none in this
journal)", and not the notes the engineer pasted in the start window, which the start
checklist shows first. X12: when what can still be read could not be read either (the drafts'
pages damaged too), the command ended in a traceback."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from conftest import make_alert, settings_file
from test_cli import run
from test_journal_salvage import damage_events, files_in, shift_journal

from oncall_tray.core import journal_salvage, shifts
from oncall_tray.core.journal import Journal
from oncall_tray.paths import Folders

PASTED = "colado do Slack: backend reiniciado pelo time de dados"


def unsalvageable(path: Path, *also_damaged: str) -> None:
    """A journal as the app leaves it mid-shift (``shift_journal``) with notes pasted in the
    start window, its silences table missing (its rows cannot be carried: the salvage in memory
    fails), its events damaged, and every page of ``also_damaged`` tables overwritten."""
    path.parent.mkdir(parents=True, exist_ok=True)
    shift_journal(path)
    journal = Journal.open(path)
    journal.set_state(shifts.START_SCOPE, "previous_notes", PASTED)
    journal.set_state(shifts.START_SCOPE, "observations", "painel de filas lento")
    journal.close()
    with sqlite3.connect(path) as conn:
        conn.execute("DROP TABLE silences")
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    damage_events(path)
    with sqlite3.connect(path) as conn:
        page = conn.execute("PRAGMA page_size").fetchone()[0]
        pages = [row[0] for table in also_damaged
                 for row in conn.execute("SELECT pageno FROM dbstat WHERE name = ?", (table,))]
    data = bytearray(path.read_bytes())
    for number in pages:
        data[(number - 1) * page:number * page] = b"\xba\xd0" * (page // 2)
    path.write_bytes(bytes(data))
    assert journal_salvage.read_salvaged(path) is None  # the damaged file is read as it is


def preview(alertmanager, tmp_path: Path, action: str, lang: str = "en_US.UTF-8"):
    path = Folders.for_user().journal
    before = files_in(path.parent)
    alertmanager.post_alerts([make_alert("APIDown", "critical")])
    done = run("--alertmanager", alertmanager.url, "handoff", action, config=settings_file(tmp_path), env_lang=lang)
    assert "Traceback" not in done.stderr, done.stderr
    assert files_in(path.parent) == before  # only read
    return done


def test_the_start_preview_shows_the_pasted_notes_the_checklist_would(alertmanager, tmp_path):
    unsalvageable(Folders.for_user().journal)
    start = preview(alertmanager, tmp_path, "start")
    assert "The start checklist cannot be made from the damaged journal" in start.stderr, start.stderr
    assert PASTED in start.stdout, start.stdout
    assert "backend reiniciado às 03h" not in start.stdout  # the pasted notes come first, as in the checklist
    assert "Bruno" in start.stdout and "painel de filas lento" in start.stdout


def test_a_preview_that_cannot_read_the_drafts_either_ends_in_one_line(alertmanager, tmp_path):
    unsalvageable(Folders.for_user().journal, "state")
    for action, english, portuguese in (
            ("start", "The start checklist cannot be made from the damaged journal, nor can the previous shift's "
                      "handoff notes and the draft be read from it: ",
             "O checklist de início de turno não pode ser feito com o diário danificado, nem as handoff notes do "
             "turno anterior e o rascunho podem ser lidos dele: "),
            ("end", "The end report cannot be made from the damaged journal, nor can the open shift and its draft be "
                    "read from it: ",
             "O relatório de fim de turno não pode ser feito com o diário danificado, nem o turno aberto e seu "
             "rascunho podem ser lidos dele: ")):
        for lang, said in (("en_US.UTF-8", english), ("pt_BR.UTF-8", portuguese)):
            done = preview(alertmanager, tmp_path, action, lang)
            assert done.returncode == 1 and done.stdout == "", (done.stdout, done.stderr)
            last = done.stderr.strip().splitlines()[-1]
            assert last.startswith("oncall-tray: " + said) and "malformed" in last, done.stderr
