"""Code review 80 AU2: the tray moves the note drafts an old build kept by incident number
(``core.numbered_drafts``) at its start, but the command line did not: an engineer who only uses
``oncall-tray status`` and ``handoff`` never had them moved, and ``handoff end`` handed over a
shift without the draft of a gone incident in its observations. Every command that opens the
journal it follows moves them, by the tray's rule (``numbered_drafts.move_old_drafts``).

A real journal (Ana's shift of ``test_journal_salvage_notes``) in the user's data folder, with
the drafts as the old build left them; real ``python -m oncall_tray`` runs against a real
Alertmanager."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from test_journal_salvage_notes import _incidents, _open, noted_journal

from oncall_tray.core import shifts
from oncall_tray.paths import Folders

TYPED = "rascunho da versão desta manhã"
GONE = "nota de um incidente que não existe mais"


def _run(config, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "LANG": "en_US.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""}
    return subprocess.run([sys.executable, "-m", "oncall_tray", "--config", str(config), *args],
                          capture_output=True, text=True, timeout=60, env=env, stdin=subprocess.DEVNULL)


def _old_drafts(path) -> int:
    """Ana's shift at ``path``, with an old build's drafts: incident N's (``incident-note:N``),
    and one of a number no incident has (gone since); the id of incident N."""
    noted_journal(path)
    journal = _open(path)
    try:
        number = _incidents(journal)[("APIDown", 0)].id
        journal.set_states([(f"incident-note:{number}", "draft", TYPED), ("incident-note:9999", "draft", GONE)])
    finally:
        journal.close()
    return number


@pytest.mark.parametrize("command", [("status",), ("handoff", "end"), ("handoff", "history")])
def test_a_command_on_the_journal_moves_the_drafts_kept_by_number(alertmanager, tmp_path, command):
    path = Folders.for_user().journal
    path.parent.mkdir(parents=True, exist_ok=True)
    number = _old_drafts(path)
    config = tmp_path / "config.yaml"
    config.write_text(f"alertmanager_url: {alertmanager.url}\nengineer: Ana\n", encoding="utf-8")
    run = _run(config, *command)
    assert run.returncode in (0, 1), run.stderr
    journal = _open(path)
    try:
        left = journal.query("SELECT scope FROM state WHERE scope GLOB '*incident-note:[0-9]*'")
        assert [row[0] for row in left] == [], run.stderr
        incident = next(i for i in _incidents(journal).values() if i.id == number)
        assert journal.get_state(shifts.incident_note_scope(incident), "draft") == TYPED
        shift = shifts.open_shift(journal)
        where = shifts.shift_scope(shift.id) if shift is not None else shifts.START_SCOPE
        observations = str(journal.get_state(where, "observations"))
        assert GONE in observations and "#9999" in observations, observations
    finally:
        journal.close()
    if command == ("handoff", "end"):  # the preview shows it in the observations it hands over
        assert GONE in run.stdout, run.stdout

