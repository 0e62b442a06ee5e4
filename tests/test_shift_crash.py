"""Nothing typed is lost: the end window's fields, typed key by key in a GUI process that is then
killed with SIGKILL (never closed), are all there when the window opens again in a new process."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

from conftest import make_alert, utcnow
from handoff_gui_process import TYPED

from oncall_tray.core import shifts
from oncall_tray.core.journal import Journal

HELPER = Path(__file__).resolve().parent / "handoff_gui_process.py"


def helper(journal: Path, url: str, mode: str) -> subprocess.Popen:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen([sys.executable, str(HELPER), str(journal), url, mode], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env)


def test_typed_fields_survive_sigkill_of_the_gui(alertmanager, tmp_path):
    path = tmp_path / "journal.db"
    journal = Journal.open(path)
    shift = shifts.start_shift(journal, "ana")
    journal.close()
    alertmanager.post_alerts([make_alert("APIDown", "critical", starts_at=utcnow())])
    typing = helper(path, alertmanager.url, "type")
    try:
        line = typing.stdout.readline().strip()
        assert line == "typed", typing.stderr.read() if typing.poll() is not None else line
    finally:
        typing.send_signal(signal.SIGKILL)
        typing.wait(10)
        typing.stdout.close()
        typing.stderr.close()
    assert typing.returncode == -signal.SIGKILL
    after = Journal.open(path)
    assert after.damage is None and after.query("PRAGMA integrity_check")[0][0] == "ok"
    assert shifts.open_shift(after).id == shift.id  # the shift is still open
    showing = helper(path, alertmanager.url, "show")
    out, err = showing.communicate(timeout=60)
    assert showing.returncode == 0, err
    assert json.loads(out.splitlines()[-1]) == TYPED
