"""Code review 83 BA3, BA4, BA6, BA8: which expires asked and never confirmed are told at the next
start. An ask whose process still runs may still be sending its DELETE: kept, not judged (BA3). A
silence only members not answering hold (as last seen) is unknown, not active: kept (BA4).
Unchanged is judged on Alertmanager's clock alone, the ``updatedAt`` the asker saw against the
one now, whatever this machine's clock said (BA6). Many are told in one notice (BA8). Real
Alertmanager; the asks of ended processes made by child processes."""

from __future__ import annotations

import datetime as dt

import msgspec

from conftest import make_alert, running_tray, silence
from ended_asker import ask_from_ended_process, seen_of
from test_expire_unconfirmed_told import _extend
from test_restart_ran_out import ana_on_call

from oncall_tray.alertmanager.client import AlertmanagerClient
from oncall_tray.core.journal import Journal, utc_now
from oncall_tray.core.own_expires import ASKED_SCOPE, ask_expire, take_unconfirmed
from oncall_tray.demo import LocalAlertmanager
from oncall_tray.ui.shift_controller import ShiftController

SKEW = dt.timedelta(minutes=5)


def _asked(journal: Journal) -> set[str]:
    return {row["key"] for row in journal.query("SELECT key FROM state WHERE scope = ?", (ASKED_SCOPE,))}


def test_only_an_ended_askers_unchanged_active_silence_is_told(tmp_path):
    am = LocalAlertmanager().start()
    journal = Journal.open(tmp_path / "journal.sqlite")
    try:
        names = ("Running", "Held", "Ahead", "Behind")
        am.post_alerts([make_alert(name, "warning") for name in names])
        running, held, ahead, behind = (silence(am, {"alertname": name}, minutes=60, author="ana", comment="ACK! ana")
                                        for name in names)
        now = utc_now()
        ask_expire(journal, running, "tray ana", seen=seen_of(am.url, running))  # this process: still running
        ask_from_ended_process(journal.path, held, seen=seen_of(am.url, held))
        ask_from_ended_process(journal.path, ahead, seen=seen_of(am.url, ahead), at=now + SKEW)  # clock ahead
        ask_from_ended_process(journal.path, behind, seen=seen_of(am.url, behind), at=now - SKEW)  # clock behind
        _extend(am, ahead)  # a colleague extended it since the ask (Alertmanager's clock: before the ask's time)
        with AlertmanagerClient(am.url) as client:
            silences = {each.id: each for each in client.silences()}
        found = take_unconfirmed(journal, silences, now + 2 * SKEW, dt.timedelta(seconds=4), held={held})
        assert [each.silence.id for each in found] == [behind], found  # unchanged though asked "before" its update
        assert _asked(journal) == {running, held}  # kept: perhaps still on its way; state unknown
    finally:
        journal.close()
        am.stop()


def test_many_unconfirmed_expires_make_one_notice(qtbot, tmp_path, monkeypatch):
    said: list[tuple[str, str]] = []
    monkeypatch.setattr(ShiftController, "notify", lambda self, title, body, *a, **k: said.append((title, body)))
    am, config, journal, _looked = ana_on_call()
    config = msgspec.structs.replace(config, notification_summary_threshold=2)
    try:
        names = ("DiskFull", "QueueSlow", "CacheMiss")
        am.post_alerts([make_alert(name, "warning") for name in names])
        ids = [silence(am, {"alertname": name}, minutes=60, author="ana", comment="ACK! ana") for name in names]
        for silence_id in ids:
            ask_from_ended_process(journal.path, silence_id, seen=seen_of(am.url, silence_id))
        with running_tray(qtbot, config, tmp_path):
            qtbot.waitUntil(lambda: not _asked(journal), timeout=30000)
            qtbot.waitUntil(lambda: any("not expired" in title for title, _body in said), timeout=10000)
            told = [(title, body) for title, body in said if "not expired" in title]
            assert len(told) == 1, told
            title, body = told[0]
            assert title == "3 silences not expired", title
            for name in names:  # named by their matchers (each ID in the log: the body's limit)
                assert f'alertname="{name}"' in body, body
            assert "oncall-tray silence expire ID" in body and "oncall-tray silence list" in body, body
    finally:
        journal.close()
        am.stop()
