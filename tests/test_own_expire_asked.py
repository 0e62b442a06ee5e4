"""The engineer's own expire said "Acknowledgement ended outside oncall-tray" (code review 78 AR2):
the journal's record of the app's expire followed Alertmanager's answer, so a poll between the
DELETE and the record, an expire whose answer was lost (a timeout: "may have been expired all
the same"), and one whose record failed, raised a false urgent alarm, said once, never corrected.
Every path now notes that it asked for the expire before its DELETE leaves
(``own_expires.ask_expire``), and an expire asked lately counts as the app's own. Real
Alertmanager, real tray controller, the command line as the engineer runs it; the answer lost
through a paused Alertmanager, or a forwarding server that keeps a DELETE's answer back."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler

import httpx
import pytest
from fakeserver import answered, passed_on, relayed, serving
from paused_alertmanager import Paused
from test_ack_expired_elsewhere import _ended, _nothing_said_of_apidown, _two_acknowledged, _unsilenced

import oncall_tray.ui.shift_expires as shift_expires
from oncall_tray.core.journal import Journal, JournalError
from oncall_tray.core.journal_schema import EventKind
from oncall_tray.alertmanager.models import Silence, SilenceStatus
from oncall_tray.core.own_expires import ASKED_COUNTS, LOOK_BACK, AskedHere, ask_expire, expired_here
from oncall_tray.ui.shift_work import expiry_unsure

T0 = dt.datetime(2026, 12, 7, 3, 0, tzinfo=dt.timezone.utc)
OUTSIDE = "Acknowledgement ended outside oncall-tray: "


def _ended_at(sid: str, at: dt.datetime) -> dict[str, Silence]:
    return {sid: Silence(id=sid, matchers=(), starts_at=T0 - dt.timedelta(hours=1), ends_at=at, created_by="ana",
                         comment="ACK! ana", status=SilenceStatus(state="expired"), updated_at=at)}


def test_an_expire_asked_counts_as_the_apps_own_when_the_silence_ended_near_the_ask_and_is_no_event(tmp_path):
    journal = Journal.open(tmp_path / "j.sqlite")
    try:
        ask_expire(journal, "s1", "tray ana", at=T0)
        assert expired_here(journal, T0 + dt.timedelta(minutes=1)) == {"s1"}  # no end known: the poll's time
        assert expired_here(journal, T0 + ASKED_COUNTS + dt.timedelta(seconds=1)) == frozenset()
        # judged by the end Alertmanager gives, however late the poll (a tray started hours later)
        hours_later = T0 + dt.timedelta(hours=3)
        assert expired_here(journal, hours_later, _ended_at("s1", T0 + dt.timedelta(seconds=40))) == {"s1"}
        assert expired_here(journal, hours_later, _ended_at("s1", T0 + ASKED_COUNTS + dt.timedelta(seconds=1))) \
            == frozenset()  # a refused ask's note: someone else's end, later, is said
        # nothing the handoff or the history reads: an expire Alertmanager refused is claimed nowhere
        assert journal.query("SELECT kind FROM events WHERE silence_id = 's1'") == []
        later = T0 + LOOK_BACK + dt.timedelta(minutes=5)
        ask_expire(journal, "s2", "cli ana", at=later)  # an old ask goes with the next one
        assert [r["key"] for r in journal.query("SELECT key FROM state WHERE scope = 'expire_asked'")] == ["s2"]
        assert expired_here(journal, later) == {"s2"}
    finally:
        journal.close()


def test_the_trays_memory_of_its_asks_lasts_a_while():
    asked = AskedHere()
    asked.ask("s1", T0)
    assert asked.recent(T0 + ASKED_COUNTS) == {"s1"}
    assert asked.recent(T0 + ASKED_COUNTS + dt.timedelta(seconds=1)) == frozenset()


def _outside_expire_said_once(qtbot, am, ctl, polls, sid: str) -> None:
    """A colleague's expire through Alertmanager's API is still said, once."""
    httpx.delete(f"{am.url}/api/v2/silence/{sid}", timeout=10).raise_for_status()
    qtbot.waitUntil(lambda: _unsilenced(ctl, "FutureClock"), timeout=15000)
    seen = len(polls)
    qtbot.waitUntil(lambda: len(polls) >= seen + 2, timeout=15000)
    assert [title for title, _body in _ended(polls)] == [OUTSIDE + "FutureClock"]


def _yes(monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)


def test_a_poll_before_the_expire_is_recorded_says_nothing(qtbot, tmp_path, monkeypatch):
    """The reviewer's race: the journal's record of the Silences tab's expire comes late (a busy
    journal), a poll meanwhile sees the silence ended: nothing said."""
    original, written = shift_expires.record_silence_change, threading.Event()

    def slow(*args, **kwargs):  # in the journal's thread: held until a poll has seen the silence ended
        written.wait(30)
        return original(*args, **kwargs)

    monkeypatch.setattr(shift_expires, "record_silence_change", slow)
    try:
        with _two_acknowledged(qtbot, tmp_path) as (am, journal, ctl, polls, api, clock):
            _yes(monkeypatch)
            with qtbot.waitSignal(ctl.alert_actions.actions.finished, timeout=10000):
                ctl.alert_actions.expire_silence(api)
            ctl.refresh()  # a poll meanwhile (the periodic one)
            _nothing_said_of_apidown(qtbot, ctl, polls)
            written.set()
            qtbot.waitUntil(lambda: journal.query("SELECT 1 FROM events WHERE kind = ? AND silence_id = ?",
                                                  (EventKind.SILENCE_EXPIRED.value, api)) != [], timeout=15000)
            _outside_expire_said_once(qtbot, am, ctl, polls, clock)
    finally:
        written.set()


def test_an_expire_the_journal_could_not_note_nor_record_says_nothing(qtbot, tmp_path, monkeypatch):
    """The journal refuses every write of the expire (locked by another program, disk full), its
    reads still answer: the tray's own memory of the expire it asked for keeps it quiet."""
    def refused(*_args, **_kwargs):
        raise JournalError("cannot write the shift journal: database is locked")

    monkeypatch.setattr(shift_expires, "record_silence_change", refused)
    monkeypatch.setattr(shift_expires, "ask_expire", refused)
    with _two_acknowledged(qtbot, tmp_path) as (am, _journal, ctl, polls, api, clock):
        said: list = []
        ctl.shift.expire_silence(ctl.silences[api], lambda *_a: None, said.append)
        qtbot.waitUntil(lambda: said != [], timeout=15000)  # "expired, but not recorded"
        _nothing_said_of_apidown(qtbot, ctl, polls)
        _outside_expire_said_once(qtbot, am, ctl, polls, clock)


@pytest.mark.parametrize("where", ["silences tab", "handoff"])
def test_an_expire_whose_answer_was_lost_says_nothing(qtbot, tmp_path, monkeypatch, where):
    """An expire sent to an Alertmanager that stalls (a VPN hiccup), from the Silences tab or
    from the handoff and the incidents' aftercare (``ShiftController.expire_silence``): no
    answer ("may have been expired all the same"), never recorded as expired; Alertmanager
    expired it all the same: the next poll says nothing."""
    from PySide6.QtWidgets import QMessageBox

    with _two_acknowledged(qtbot, tmp_path) as (am, journal, ctl, polls, api, clock):
        _yes(monkeypatch)
        monkeypatch.setattr(QMessageBox, "show", lambda self: None)  # "No answer from Alertmanager"
        errors: list = []
        ctl.alert_actions.actions.finished.connect(lambda result: errors.append(result.error))
        with Paused(am):
            if where == "handoff":
                ctl.shift.expire_silence(ctl.silences[api], lambda _missed, error: errors.append(error))
            else:
                ctl.alert_actions.expire_silence(api)
            qtbot.waitUntil(lambda: errors != [], timeout=20000)
        assert expiry_unsure(errors[0]), errors  # the answer was lost
        _nothing_said_of_apidown(qtbot, ctl, polls)
        assert [r["source"] for r in journal.query(  # no expire claimed: the poll's record only
            "SELECT source FROM events WHERE kind = ? AND silence_id = ?",
            (EventKind.SILENCE_EXPIRED.value, api))] == ["alertmanager"]
        _outside_expire_said_once(qtbot, am, ctl, polls, clock)


class _LostDeletes:
    """A server in front of an Alertmanager: every request is passed on and its answer passed
    back, but a DELETE's answer is kept back until ``stop`` (sent, acted on, never answered);
    ``refuse``: a DELETE is not passed on, answered with that status (400: a refusal, code review
    79 AT7); ``late``: a DELETE is passed on, then answered with that status (504: a proxy whose
    own time ran out while Alertmanager worked on, code review 80 AV1)."""

    def __init__(self, target: str, refuse: int = 0, late: int = 0) -> None:
        self.release, self.deleted = threading.Event(), threading.Event()
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802
                relayed(self, target)

            do_POST = do_GET

            def do_DELETE(self):  # noqa: N802
                if not refuse:
                    passed_on(self, target)
                outer.deleted.set()
                if refuse or late:
                    answered(self, refuse or late)
                    return
                outer.release.wait(60)

            def log_message(self, *args):
                pass

        self._server, self.url = serving(Handler)

    def stop(self) -> None:
        self.release.set()
        self._server.shutdown()
        self._server.server_close()


def test_the_command_lines_expire_whose_answer_was_lost_says_nothing_in_the_tray(qtbot, tmp_path):
    """``oncall-tray silence expire`` whose DELETE Alertmanager took but whose answer never came
    (the command fails: nothing recorded as expired): the tray's next poll says nothing."""
    with _two_acknowledged(qtbot, tmp_path) as (am, _journal, ctl, polls, api, clock):
        proxy = _LostDeletes(am.url)
        try:
            settings = tmp_path / "cli.yaml"
            settings.write_text(f"engineer: ana\nlanguage: en\nrequest_timeout: 1\nalertmanager_url: {proxy.url}\n",
                                encoding="utf-8")
            command = subprocess.Popen([sys.executable, "-m", "oncall_tray", "--config", str(settings), "silence",
                                        "expire", api], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            try:
                qtbot.waitUntil(lambda: command.poll() is not None, timeout=30000)
            finally:
                command.kill()
                out, err = command.communicate()
            assert proxy.deleted.is_set() and command.returncode != 0, (command.returncode, out, err)
            _nothing_said_of_apidown(qtbot, ctl, polls)
            _outside_expire_said_once(qtbot, am, ctl, polls, clock)
        finally:
            proxy.stop()
