"""The damaged journal's start preview (``handoff start`` on a journal only read) in the language
of the day (code review 72 AH11): the previous shift's handoff notes came as they were handed over
(English under a Portuguese heading) while the start checklist and *Past handoffs* read them in the
current language where the journal keeps them so (``core.handoff_kept.shown_in``; review 68 AF4).
Real Alertmanager; the journal damaged in a table the preview does not read (its events readable)."""

from __future__ import annotations

import sqlite3

from conftest import make_alert
from test_cli import run
from test_handoff_preview_unsalvageable import files_in

from oncall_tray.core import journal_salvage
from oncall_tray.paths import Folders


def _settings(tmp_path, am, language: str) -> str:
    path = tmp_path / f"c-{language}.yaml"
    path.write_text(f"engineer: ana\nlanguage: {language}\nalertmanager_url: {am.url}\n", encoding="utf-8")
    return str(path)


def _damaged_but_events() -> None:
    """The journal with its silences table missing (the salvage in memory fails: the file is read
    as it is) and its firing table's pages overwritten (the checklist cannot be made)."""
    path = Folders.for_user().journal
    with sqlite3.connect(path) as conn:
        conn.execute("DROP TABLE silences")
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page = conn.execute("PRAGMA page_size").fetchone()[0]
        pages = [row[0] for row in conn.execute("SELECT pageno FROM dbstat WHERE name = 'firing'")]
    assert pages
    data = bytearray(path.read_bytes())
    for number in pages:
        data[(number - 1) * page:number * page] = b"\xba\xd0" * (page // 2)
    path.write_bytes(bytes(data))
    assert journal_salvage.read_salvaged(path) is None


def test_the_damaged_journals_start_preview_reads_the_previous_handoff_in_the_language_of_the_day(
        alertmanager, tmp_path):
    alertmanager.post_alerts([make_alert("APIDown", "critical")])
    english, portuguese = _settings(tmp_path, alertmanager, "en"), _settings(tmp_path, alertmanager, "pt_BR")
    assert run("handoff", "start", "--confirm", config=english).returncode == 0
    ended = run("handoff", "end", "--confirm", "--incoming", "carla", "--pending", "ligar para o fornecedor",
                config=english)
    assert ended.returncode == 0, ended.stderr
    _damaged_but_events()
    before = files_in(Folders.for_user().journal.parent)
    start = run("handoff", "start", config=portuguese)
    assert "Traceback" not in start.stderr, start.stderr
    assert "diário" in start.stderr, start.stderr  # said in Portuguese: the damaged journal's preview
    assert "Resumo do Turno" in start.stdout and "ligar para o fornecedor" in start.stdout, start.stdout
    assert "Shift Summary" not in start.stdout, start.stdout
    assert files_in(Folders.for_user().journal.parent) == before  # only read
    again = run("handoff", "start", config=english)  # the same journal, read in English
    assert "Shift Summary" in again.stdout and "Resumo do Turno" not in again.stdout, again.stdout
