"""``oncall-tray escalate`` while another program keeps the shift journal locked (review 64 V10):
it waited the journal's busy timeout twice (20 s), first recording what its poll saw, then the
escalation, and printed the same sentence for each ("cannot write to the shift journal …: another
program keeps it locked"). One wait, one sentence: once the poll's record finds the journal
locked, the escalation is not tried again; it is said not recorded, the message printed all the
same to paste. Real Alertmanager and journal; the busy timeout shortened in the command's
process (no fixed sleep)."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys

import pytest
from conftest import make_alert

from oncall_tray.core import shifts
from oncall_tray.core.journal import Journal
from oncall_tray.paths import journal_path

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


@pytest.mark.parametrize("lang, locked", [("en_US.UTF-8", "another program keeps it locked"),
                                          ("pt_BR.UTF-8", "outro programa o mantém bloqueado")])
def test_escalate_on_a_locked_journal_says_it_once(alertmanager, tmp_path, lang, locked):
    alertmanager.post_alerts([make_alert("DiskFull", "critical")])
    config = tmp_path / "c.yaml"
    config.write_text("engineer: ana\n", encoding="utf-8")
    journal = Journal.open(journal_path())
    shifts.start_shift(journal, "ana")
    journal.close()
    listed = run("--alertmanager", alertmanager.url, "status", "--json", config=str(config), lang=lang)
    fingerprint = json.loads(listed.stdout)["alerts"][0]["fingerprint"]
    other = sqlite3.connect(journal_path(), isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")  # another program holds the journal
    try:
        result = run("--alertmanager", alertmanager.url, "escalate", fingerprint, "--level", "L2",
                     config=str(config), lang=lang)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert result.returncode == 1 and "DiskFull" in result.stdout, result.stderr  # the message, to paste
    assert result.stderr.count(locked) == 1, result.stderr
    not_recorded = {"en_US.UTF-8": "The escalation was not recorded in the shift journal.",
                    "pt_BR.UTF-8": "A escalação não foi registrada no diário do turno."}[lang]
    assert result.stderr.rstrip().endswith(not_recorded), result.stderr
    journal = Journal.open(journal_path())
    try:
        assert shifts.escalated_levels(journal) == {}  # nothing recorded behind the engineer's back
    finally:
        journal.close()
