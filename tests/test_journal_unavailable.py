"""The shift journal in a folder the engineer cannot write (fresh-user review 24, finding 9):
the command line prints back every text it could not keep; the tray says in the alerts window
why there are no notes, and opens the journal again when a shift window is asked for, so that
it recovers once the folder is writable again, without a restart.

The folder is made read-only for real (``chmod``); as root, permissions do not stop writes, so
the programs run without root's power to override them (``setpriv``, as in test_config)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from oncall_tray.core import shifts
from oncall_tray.core.journal import Journal
from oncall_tray.paths import Folders

HERE = Path(__file__).resolve().parent
UNPRIVILEGED = ["setpriv", "--bounding-set", "-dac_override,-dac_read_search", "--"] if os.geteuid() == 0 else []


def run_unprivileged(*args: str, config: str, lang: str = "en_US.UTF-8") -> subprocess.CompletedProcess:
    env = {**os.environ, "LANG": lang, "LC_ALL": "", "LC_MESSAGES": ""}
    return subprocess.run([*UNPRIVILEGED, sys.executable, "-m", "oncall_tray", "--config", config, *args],
                          capture_output=True, text=True, timeout=60, env=env)


def settings(tmp_path) -> str:
    config = tmp_path / "c.yaml"
    config.write_text("engineer: ana\n", encoding="utf-8")
    return str(config)


@pytest.fixture
def read_only_journal():
    """A journal with an open shift and a known alert, in a folder made read-only (as the review
    did: ``chmod 555`` the folder, ``chmod 444`` the file); writable again afterwards."""
    path = Folders.for_user().journal
    journal = Journal.open(path)
    shifts.start_shift(journal, "ana")
    journal.add_note("3f2a9c1d00aa", "first note", alertname="DiskFull", actor="ana", source="cli")
    journal.close()
    for leftover in path.parent.glob(path.name + "-*"):
        leftover.unlink()
    path.chmod(0o444)
    path.parent.chmod(0o555)
    try:
        yield path
    finally:
        path.parent.chmod(0o755)
        path.chmod(0o644)


def test_note_not_kept_is_printed_back(alertmanager, tmp_path, read_only_journal):
    text = "reiniciei o pod db-2; o disco continua enchendo"
    result = run_unprivileged("--alertmanager", alertmanager.url, "handoff", "note", "3f2a9c", text,
                              config=settings(tmp_path))
    assert result.returncode == 1, result
    lines = result.stderr.splitlines()
    assert "readonly" in result.stderr or "read-only" in result.stderr, result.stderr
    assert "Nothing given here was kept" in result.stderr, result.stderr
    assert f"  note on 3f2a9c: {text}" in lines, result.stderr


def test_end_observation_not_kept_is_printed_back(alertmanager, tmp_path, read_only_journal):
    result = run_unprivileged("--alertmanager", alertmanager.url, "handoff", "end", "--observation",
                              "CPU subindo desde as 14h", "--pending", "Trocar o disco", "--incoming", "bruno",
                              config=settings(tmp_path))
    assert result.returncode == 1, result
    lines = result.stderr.splitlines()
    assert "Nothing given here was kept" in result.stderr, result.stderr
    assert lines[-3:] == ["  --pending: Trocar o disco", "  --observation: CPU subindo desde as 14h",
                          "  --incoming: bruno"], result.stderr


def test_start_values_not_kept_are_printed_back(alertmanager, tmp_path, read_only_journal):
    result = run_unprivileged("--alertmanager", alertmanager.url, "handoff", "start", "--observation",
                              "Backup das 3h falhou", "--engineer", "bruno", config=settings(tmp_path))
    assert result.returncode == 1, result
    assert result.stderr.splitlines()[-2:] == ["  --engineer: bruno", "  --observation: Backup das 3h falhou"], \
        result.stderr


def test_note_on_an_unknown_alert_is_printed_back(alertmanager, tmp_path):
    result = run_unprivileged("--alertmanager", alertmanager.url, "handoff", "note", "ffff", "the words",
                              config=settings(tmp_path))
    assert result.returncode == 1
    assert result.stderr.splitlines()[-1] == "  note on ffff: the words", result.stderr


class Tray:
    """``journal_unavailable_gui.py`` running unprivileged; ``ask`` sends a command and returns
    the state it answers."""

    def __init__(self, journal: Path, *args: str) -> None:
        env = {**os.environ, "LANG": "en_US.UTF-8", "LC_ALL": "", "QT_QPA_PLATFORM": "offscreen"}
        self.process = subprocess.Popen([*UNPRIVILEGED, sys.executable, str(HERE / "journal_unavailable_gui.py"),
                                         str(journal), *args], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                                        env=env, cwd=HERE)

    def ask(self, command: str) -> dict:
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()
        line = self.process.stdout.readline()
        assert line, f"the tray process ended (exit {self.process.wait(10)})"
        return json.loads(line)

    def close(self) -> None:
        self.process.stdin.close()
        self.process.wait(20)
        self.process.stdout.close()


def test_tray_says_why_and_recovers_once_the_folder_is_writable(read_only_journal, tmp_path):
    tray = Tray(read_only_journal)
    try:
        state = tray.ask("state")
        assert not state["available"] and not state["notes_panel"]
        # (a) where the notes panel goes, a line says the journal cannot be used, and why
        assert state["line"] is not None and "cannot be used" in state["line"], state
        assert "is read-only" in state["line"] and str(read_only_journal) in state["line"]
        # both shift entries: the shift's state is unknown, and each tries the journal again
        assert state["start_enabled"] and state["end_enabled"]
        assert len(state["notices"]) == 1
        tray.ask(f"grab {tmp_path / 'unavailable.png'}")
        # (b) still read-only: asking again fails, and the notification says what to fix
        state = tray.ask("open end")
        assert state["shown"] == [] and len(state["notices"]) == 2
        said = state["notices"][-1]
        assert "is read-only" in said and str(read_only_journal) in said and "no restart" in said, said
        # writable again: the next ask opens the journal, the window and the notes panel
        read_only_journal.parent.chmod(0o755)
        read_only_journal.chmod(0o644)
        state = tray.ask("open end")
        assert state["available"] and state["shown"] == ["end"], state
        assert state["notes_panel"] and state["line"] is None
        assert state["end_enabled"] and not state["start_enabled"]  # a shift is open: hand it over
        assert state["notices"][-1] == "The shift journal can be used again."
    finally:
        tray.close()


def test_notes_line_try_again(read_only_journal):
    tray = Tray(read_only_journal)
    try:
        state = tray.ask("retry")
        assert not state["available"] and "is read-only" in state["line"]
        read_only_journal.parent.chmod(0o755)
        read_only_journal.chmod(0o644)
        state = tray.ask("retry")
        assert state["available"] and state["notes_panel"] and state["line"] is None
        assert state["shown"] == []  # the notes only: no window opened
    finally:
        tray.close()


def test_an_escalation_not_recorded_fails_and_says_so(alertmanager, tmp_path, read_only_journal):
    """Review 32: with the journal's folder read-only, ``escalate`` printed the message and the
    journal's reason, and exited 0: its record was not made. It exits 1 and says so; the message
    is printed all the same, to paste."""
    from conftest import make_alert

    alertmanager.post_alerts([make_alert("DiskFull", "critical")])
    config = settings(tmp_path)
    fingerprint = json.loads(run_unprivileged("--alertmanager", alertmanager.url, "status", "--json",
                                              config=config).stdout)["alerts"][0]["fingerprint"]
    result = run_unprivileged("--alertmanager", alertmanager.url, "escalate", fingerprint, config=config)
    assert result.returncode == 1 and "DiskFull" in result.stdout, result.stderr
    assert result.stderr.rstrip().endswith("The escalation was not recorded in the shift journal."), result.stderr
    read_only_journal.parent.chmod(0o755)
    read_only_journal.rename(read_only_journal.with_name("kept.db"))  # no journal now, in a folder not writable
    read_only_journal.parent.chmod(0o555)
    result = run_unprivileged("--alertmanager", alertmanager.url, "escalate", fingerprint, config=config)
    read_only_journal.parent.chmod(0o755)
    read_only_journal.with_name("kept.db").rename(read_only_journal)  # as the fixture left it
    assert result.returncode == 1 and "cannot be read or written" in result.stderr, result.stderr


def test_an_acknowledgement_not_recorded_says_so(alertmanager, tmp_path, read_only_journal):
    """Review 33: with the journal's folder read-only, ``ack`` made the silence and exited 0 with
    only the journal's reason: nothing said the acknowledgement was not recorded."""
    from conftest import make_alert

    alertmanager.post_alerts([make_alert("DiskFull", "critical")])
    config = settings(tmp_path)
    fingerprint = json.loads(run_unprivileged("--alertmanager", alertmanager.url, "status", "--json",
                                              config=config).stdout)["alerts"][0]["fingerprint"]
    result = run_unprivileged("--alertmanager", alertmanager.url, "ack", fingerprint, "--yes", config=config)
    assert result.returncode == 0 and result.stdout.strip(), result.stderr  # the silence was made
    assert "Done in Alertmanager, but not recorded in the shift journal." in result.stderr, result.stderr


def test_a_journal_that_is_a_folder_is_said_to_be_one(alertmanager, tmp_path):
    """Review 38 F13: "the file cannot be opened or made (its folder is missing, or cannot be read
    or written)" for a ``journal.db`` that is a folder, and for ``ack`` no full stop before "Done
    in Alertmanager"."""
    from conftest import make_alert

    alertmanager.post_alerts([make_alert("DiskFull", "warning")])
    Folders.for_user().journal.mkdir(parents=True)
    config = settings(tmp_path)
    started = run_unprivileged("--alertmanager", alertmanager.url, "handoff", "start", "--confirm", config=config)
    assert started.returncode == 1
    assert started.stderr == f"oncall-tray: cannot open the shift journal {Folders.for_user().journal}: it is a folder, not a file\n"
    fingerprint = json.loads(run_unprivileged("--alertmanager", alertmanager.url, "status", "--json",
                                              config=config).stdout)["alerts"][0]["fingerprint"]
    acked = run_unprivileged("--alertmanager", alertmanager.url, "ack", fingerprint, config=config)
    assert acked.returncode == 0, acked.stderr
    assert acked.stderr.endswith(f"oncall-tray: cannot open the shift journal {Folders.for_user().journal}: it is a folder, not a "
                                 "file. Done in Alertmanager, but not recorded in the shift journal.\n"), acked.stderr
