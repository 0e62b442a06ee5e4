"""An expire not answered at the quit holds the tray no longer than the quit's budget, and is
logged as it ended (code review 80 AV3: the End window's expire, the first task of its worker,
was joined at the interpreter's exit for the request's whole timeout; one queued was logged
"sent at the quit" and dropped). Two expires of one silence asked within the note's wait are one
DELETE, each answered (code review 80 AV5: the first's was overwritten, its window waited
forever). A fake server only for the hanging Alertmanager; real Alertmanager otherwise."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import httpx
from fakeserver import FakeServer
from test_ack_expired_elsewhere import _two_acknowledged
from test_expire_refused_in_tray import _asked, busy_journal  # noqa: F401
from test_own_expire_asked import _yes

HERE = Path(__file__).parent


def test_the_first_expire_of_a_hanging_alertmanager_holds_the_quit_no_longer_than_its_budget(tmp_path):
    with FakeServer(body=b"[]", hang_posts=True) as server:
        with subprocess.Popen([sys.executable, str(HERE / "expire_quit_process.py"), str(tmp_path / "j.db"),
                               server.url], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) as process:
            try:
                assert process.stdout.readline().strip() == "quitting"
                began = time.monotonic()
                code = process.wait(timeout=100)  # the request's timeout: 120 s
                took = time.monotonic() - began
            finally:
                process.kill()
            errors = process.stderr.read()
    assert any(write.startswith("DELETE") for write in server.writes), server.writes
    assert took < 20, (took, errors)  # the budget: 2 s (a loaded machine: generous)
    assert code == 3, errors
    assert "being sent at the quit: no answer within the quit's budget" in errors, errors


def test_two_expires_of_one_silence_within_the_notes_wait_are_both_answered(qtbot, tmp_path, monkeypatch,
                                                                               busy_journal):  # noqa: F811
    with _two_acknowledged(qtbot, tmp_path) as (am, journal, ctl, _polls, api, _clock):
        _yes(monkeypatch)
        ctl.window  # noqa: B018 - built: its Silences tab marks the row
        handoff: list = []
        tab: list = []
        ctl.alert_actions.actions.finished.connect(tab.append)
        ctl.shift.expire_silence(ctl.silences[api], lambda missed, error: handoff.append(error))
        ctl.alert_actions.expire_silence(api)  # the Silences tab's, before the first one's note
        busy_journal.set()
        qtbot.waitUntil(lambda: handoff != [] and tab != [], timeout=20000)
        assert handoff == [None] and [result.ok for result in tab] == [True], (handoff, tab)
        qtbot.waitUntil(lambda: api not in ctl.built_window.silences._busy, timeout=10000)
        state = httpx.get(f"{am.url}/api/v2/silence/{api}", timeout=10).json()["status"]["state"]
        assert state == "expired"
        qtbot.waitUntil(lambda: api in _asked(journal), timeout=15000)  # not withdrawn by a second DELETE
