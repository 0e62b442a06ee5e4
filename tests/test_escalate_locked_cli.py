"""``oncall-tray escalate`` while another program keeps the shift journal locked (review 64 V10):
it waited the journal's busy timeout twice (20 s), first recording what its poll saw, then the
escalation, and printed the same sentence for each ("cannot write to the shift journal …: another
program keeps it locked"). One wait, one sentence: once the poll's record finds the journal
locked, the escalation is not tried again; it is said not recorded, the message printed all the
same to paste. So does every command that records its poll and then writes again: ``handoff
start --confirm``, ``handoff end --confirm``, ``handoff note`` waited and said it twice too (the
poll's record, then the start, the end, the note); they stop at the first failure, exit 1, and
print back what they were given. Real Alertmanager and journal; the busy timeout shortened in the
command's process (no fixed sleep)."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from conftest import active_silences, make_alert

from oncall_tray.core import shifts
from oncall_tray.core.journal import Journal
from oncall_tray.paths import Folders

#: Runs the command line with each journal write waiting 1 s for a lock, not 10.
SNIPPET = ("import sys\n"
           "from oncall_tray.core import journal, journal_file\n"
           "journal.BUSY_TIMEOUT_S = journal_file.BUSY_TIMEOUT_S = 1.0\n"
           "from oncall_tray import cli\n"
           "sys.exit(cli.main(sys.argv[1:]))\n")


def run(*args: str, config: str, lang: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "LANG": lang, "LC_ALL": "", "LC_MESSAGES": ""}
    return subprocess.run([sys.executable, "-c", SNIPPET, "--config", config, *args], capture_output=True,
                          text=True, timeout=60, env=env)


def prepared(alertmanager, tmp_path, severity: str, lang: str, shift: bool) -> tuple[str, str]:
    """One alert firing, the settings naming ana, a journal (with ana's shift open when
    ``shift``): the settings file's path and the alert's fingerprint, as ``status`` gives it."""
    alertmanager.post_alerts([make_alert("DiskFull", severity)])
    config = tmp_path / "c.yaml"
    config.write_text("engineer: ana\n", encoding="utf-8")
    journal = Journal.open(Folders.for_user().journal)
    if shift:
        shifts.start_shift(journal, "ana")
    journal.close()
    listed = run("--alertmanager", alertmanager.url, "status", "--json", config=config, lang=lang)
    return str(config), json.loads(listed.stdout)["alerts"][0]["fingerprint"]


LOCKED = {"en_US.UTF-8": "another program keeps it locked", "pt_BR.UTF-8": "outro programa o mantém bloqueado"}
NOT_KEPT = {"en_US.UTF-8": "Nothing given here was kept, as the shift journal cannot be used",
            "pt_BR.UTF-8": "Nada do que foi informado aqui foi guardado, pois o diário do turno não pode ser usado"}


@contextmanager
def held() -> Iterator[None]:
    """Another program holds the journal (an open write transaction) for the ``with`` block."""
    other = sqlite3.connect(Folders.for_user().journal, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        yield
    finally:
        other.execute("ROLLBACK")
        other.close()


@pytest.mark.parametrize("lang, locked", [("en_US.UTF-8", "another program keeps it locked"),
                                          ("pt_BR.UTF-8", "outro programa o mantém bloqueado")])
def test_escalate_on_a_locked_journal_says_it_once(alertmanager, tmp_path, lang, locked):
    config, fingerprint = prepared(alertmanager, tmp_path, "critical", lang, shift=True)
    with held():  # another program holds the journal
        result = run("--alertmanager", alertmanager.url, "escalate", fingerprint, "--level", "L2",
                     config=config, lang=lang)
    assert result.returncode == 1 and "DiskFull" in result.stdout, result.stderr  # the message, to paste
    assert result.stderr.count(locked) == 1, result.stderr
    not_recorded = {"en_US.UTF-8": "The escalation was not recorded in the shift journal.",
                    "pt_BR.UTF-8": "A escalação não foi registrada no diário do turno."}[lang]
    assert result.stderr.rstrip().endswith(not_recorded), result.stderr
    journal = Journal.open(Folders.for_user().journal)
    try:
        assert shifts.escalated_levels(journal) == {}  # nothing recorded behind the engineer's back
    finally:
        journal.close()


@pytest.mark.parametrize("lang", ["en_US.UTF-8", "pt_BR.UTF-8"])
@pytest.mark.parametrize("action", [("start", "--confirm"), ("start", "--confirm", "--observation", "CDN lenta"),
                                    ("end", "--confirm", "--incoming", "bia"),
                                    ("end", "--confirm", "--incoming", "bia", "--pending", "ver fila"),
                                    ("note", "FP", "reiniciei o pod")])
def test_handoff_on_a_locked_journal_says_it_once(alertmanager, tmp_path, lang, action):
    """``handoff start --confirm`` waited out the lock recording its poll, said so, printed the
    checklist, then waited again to record the start and said it again (so did ``end --confirm``
    and ``note``). One wait, one sentence with what was given printed back, exit 1 (the journal
    cannot be used), nothing recorded."""
    config, fingerprint = prepared(alertmanager, tmp_path, "critical", lang, shift=action[0] != "start")
    if action[0] == "note":  # the journal knows the alert (the first note records the poll)
        first = run("--alertmanager", alertmanager.url, "handoff", "note", fingerprint, "primeira nota",
                    config=config, lang=lang)
        assert first.returncode == 0, first.stderr
    args = [fingerprint if arg == "FP" else arg for arg in action]
    with held():
        result = run("--alertmanager", alertmanager.url, "handoff", *args, config=config, lang=lang)
    assert result.returncode == 1, (result.stdout, result.stderr)
    assert result.stderr.count(LOCKED[lang]) == 1, result.stderr
    given = [arg for arg in action[2:] if not arg.startswith("--")]
    assert result.stderr.count(NOT_KEPT[lang]) == (1 if given else 0), result.stderr  # printed back, to give again
    assert all(arg in result.stderr for arg in given), result.stderr
    journal = Journal.open(Folders.for_user().journal)
    try:
        shift = shifts.open_shift(journal)
        if action[0] == "start":
            assert shift is None
        else:
            assert shift is not None and shift.ended_at is None
        assert journal.notes_for(fingerprint) == ([] if action[0] != "note" else ["primeira nota"])
    finally:
        journal.close()


@pytest.mark.parametrize("action", ["start", "end"])
def test_a_preview_on_a_locked_journal_still_shows_the_checklist(alertmanager, tmp_path, action):
    """A preview (``handoff start``/``end`` given nothing to keep) writes nothing after its poll:
    the poll not recorded on a locked journal is said once, and the checklist is shown all the
    same, exit 0 (as before the one-wait rule of review 64 V10, which is for the commands that
    write after their poll)."""
    config, _fingerprint = prepared(alertmanager, tmp_path, "critical", "en_US.UTF-8", shift=action == "end")
    with held():
        result = run("--alertmanager", alertmanager.url, "handoff", action, config=config, lang="en_US.UTF-8")
    assert result.returncode == 0, (result.stdout, result.stderr)
    assert result.stderr.count(LOCKED["en_US.UTF-8"]) == 1, result.stderr
    assert "DiskFull" in result.stdout, result.stdout


@pytest.mark.parametrize("command", [("ack", "FP"), ("silence", "add", "alertname=DiskFull", "--duration", "15m",
                                                      "--comment", "manutenção")])
def test_a_silence_on_a_locked_journal_is_said_unrecorded_once(alertmanager, tmp_path, command):
    """``ack`` and ``silence add`` record no poll: their one write (the silence made) waits once
    and is said once; the silence stands in Alertmanager (exit 0, as documented)."""
    config, fingerprint = prepared(alertmanager, tmp_path, "warning", "en_US.UTF-8", shift=False)
    with held():
        result = run("--alertmanager", alertmanager.url, *[fingerprint if a == "FP" else a for a in command],
                     config=config, lang="en_US.UTF-8")
    assert result.returncode == 0, result.stderr
    assert result.stderr.count(LOCKED["en_US.UTF-8"]) == 1, result.stderr
    assert result.stderr.count("Done in Alertmanager, but not recorded in the shift journal.") == 1, result.stderr
    assert len(active_silences(alertmanager)) == 1
