"""An expire Alertmanager refused is withdrawn (code review 79 AT7): from the command line, the
tray then says a colleague's expire of that acknowledgement; from the Silences tab and the
handoff, the tray's memory and the journal forget it. The Silences tab's expire is marked busy at
the click and sent without waiting for a busy journal's note, or at the quit (code review 79 AT8).
Real tray and Alertmanager (``test_ack_expired_elsewhere._two_acknowledged``); a server in front
of Alertmanager only for the refusal; the journal's note held back (patched) for the busy journal."""

from __future__ import annotations

import subprocess
import sys
import threading

import httpx
import msgspec
import pytest
from test_ack_expired_elsewhere import _ended, _two_acknowledged, _unsilenced
from test_own_expire_asked import OUTSIDE, _LostDeletes, _yes

import oncall_tray.ui.shift_expires as shift_expires
from oncall_tray.core.journal import utc_now
from oncall_tray.ui.shift_work import expiry_unsure

UNKNOWN = "00000000-0000-4000-8000-000000000000"  # no silence of Alertmanager's: a DELETE refused


def _asked(journal) -> list[str]:
    return [row["key"] for row in journal.query("SELECT key FROM state WHERE scope = 'expire_asked'")]


def expire_from_the_command_line(folder, url: str, silence_id: str, timeout: int = 1):
    """``oncall-tray silence expire --yes silence_id`` as ana, against ``url`` (settings in
    ``folder``; ``request_timeout``: ``timeout`` seconds); its ``CompletedProcess``."""
    settings = folder / "cli.yaml"
    settings.write_text(f"engineer: ana\nlanguage: en\nrequest_timeout: {timeout}\nalertmanager_url: {url}\n",
                        encoding="utf-8")
    return subprocess.run([sys.executable, "-m", "oncall_tray", "--config", str(settings), "silence", "expire",
                           "--yes", silence_id], capture_output=True, text=True, timeout=60)


def test_the_command_lines_refused_expire_does_not_hide_a_colleagues(qtbot, tmp_path):
    """The reviewer's case: ``oncall-tray silence expire`` refused (400) at 03:00, a colleague's
    ``amtool silence expire`` of that acknowledgement minutes later: said, not taken for ana's."""
    with _two_acknowledged(qtbot, tmp_path) as (am, journal, ctl, polls, api, _clock):
        proxy = _LostDeletes(am.url, refuse=400)
        try:
            command = expire_from_the_command_line(tmp_path, proxy.url, api)
            assert proxy.deleted.is_set() and command.returncode != 0, (command.returncode, command.stderr)
        finally:
            proxy.stop()
        assert api not in _asked(journal)
        httpx.delete(f"{am.url}/api/v2/silence/{api}", timeout=10).raise_for_status()  # the colleague's
        qtbot.waitUntil(lambda: _unsilenced(ctl, "APIDown"), timeout=20000)
        qtbot.waitUntil(lambda: OUTSIDE + "APIDown" in [title for title, _body in _ended(polls)], timeout=20000)


@pytest.mark.parametrize("where", ["silences tab", "handoff"])
def test_a_refused_expire_is_forgotten_by_the_tray(qtbot, tmp_path, monkeypatch, where):
    from PySide6.QtWidgets import QMessageBox

    with _two_acknowledged(qtbot, tmp_path) as (_am, journal, ctl, _polls, api, _clock):
        _yes(monkeypatch)
        monkeypatch.setattr(QMessageBox, "show", lambda self: None)  # Alertmanager's refusal shown
        errors: list = []
        if where == "handoff":
            unknown = msgspec.structs.replace(ctl.silences[api], id=UNKNOWN)
            ctl.shift.expire_silence(unknown, lambda _missed, error: errors.append(error))
        else:
            ctl.alert_actions.actions.finished.connect(lambda result: errors.append(result.error))
            ctl.alert_actions.expire_silence(UNKNOWN)
        qtbot.waitUntil(lambda: errors != [], timeout=20000)
        assert errors[0] is not None and not expiry_unsure(errors[0]), errors
        qtbot.waitUntil(lambda: UNKNOWN not in _asked(journal), timeout=15000)
        assert UNKNOWN not in ctl.shift.expires_asked.recent(utc_now())


@pytest.fixture
def busy_journal(monkeypatch):
    """The journal's note of an expire asked held back (a journal locked by another program) until set."""
    release, write = threading.Event(), shift_expires.ask_expire

    def held_back(*args, **kwargs):
        assert release.wait(60)
        return write(*args, **kwargs)

    monkeypatch.setattr(shift_expires, "ask_expire", held_back)
    yield release
    release.set()


def test_the_silences_tab_expire_is_busy_at_once_and_does_not_wait_for_the_journal(qtbot, tmp_path, monkeypatch,
                                                                                      busy_journal):
    with _two_acknowledged(qtbot, tmp_path) as (_am, journal, ctl, _polls, api, _clock):
        _yes(monkeypatch)
        ctl.window  # noqa: B018 - built: its Silences tab marks the row
        with qtbot.waitSignal(ctl.alert_actions.actions.finished, timeout=10000) as answered:
            ctl.alert_actions.expire_silence(api)
            assert api in ctl.built_window.silences._busy  # at the click: no second DELETE
        assert answered.args[0].ok, answered.args[0]
        assert api in ctl.shift.expires_asked.recent(utc_now())  # this tray's polls: its memory
        busy_journal.set()
        qtbot.waitUntil(lambda: api in _asked(journal), timeout=15000)  # the note, late


def test_an_expire_waiting_for_its_note_is_sent_at_the_quit(qtbot, tmp_path, monkeypatch, busy_journal):
    monkeypatch.setattr(shift_expires, "NOTE_WAIT_MS", 600_000)  # the quit comes first
    with _two_acknowledged(qtbot, tmp_path) as (am, _journal, ctl, _polls, api, _clock):
        _yes(monkeypatch)
        sent: list = []
        ctl.alert_actions.actions.finished.connect(sent.append)
        ctl.alert_actions.expire_silence(api)
        assert sent == []
        ctl.shift.shutdown(5.0)  # the quit's first step: the journal still busy
        busy_journal.set()
        state = httpx.get(f"{am.url}/api/v2/silence/{api}", timeout=10).json()["status"]["state"]
        assert state == "expired"
        # sent by the quit itself (code review 80 AU3: one path for every expire), not by the worker too
        assert ctl.shift._unsent == {} and ctl.shift._sends == [] and sent == []


def test_the_handoffs_expire_queued_behind_other_work_is_sent_at_the_quit(qtbot, tmp_path):
    """Code review 80 AU3: the handoff's expire of the engineer's own silence, its note written,
    queued on the actions worker behind other requests (two dashboard checks hanging: both its
    threads busy), was dropped at the quit (only logged). It is sent within the quit's budget,
    by the one path the Silences tab's expire takes too (``ExpireAsks.send_unsent``), once."""
    with _two_acknowledged(qtbot, tmp_path) as (am, journal, ctl, _polls, api, _clock):
        hanging = threading.Event()
        try:
            for _ in range(2):
                ctl.shift.actions.submit(hanging.wait, 60)
            answers: list = []
            ctl.shift.expire_silence(ctl.silences[api], lambda missed, error: answers.append(error))
            qtbot.waitUntil(lambda: api in _asked(journal) and api not in ctl.shift._unsent, timeout=15000)
            ctl.shift.shutdown(2.0)
        finally:
            hanging.set()
        state = httpx.get(f"{am.url}/api/v2/silence/{api}", timeout=10).json()["status"]["state"]
        assert state == "expired"
        assert api in _asked(journal)  # its note kept: the next start takes its end for the engineer's
