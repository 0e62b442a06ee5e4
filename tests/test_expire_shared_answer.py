"""Code review 83 BA2: two asks of one silence's expire share one DELETE (``SendOnce``); each gets
its real answer (a partial expire, some holders missed, is said so to both, not "expired" to the
second), and one of them records it. Real Alertmanagers, members not one cluster, one down."""

from __future__ import annotations

import httpx
from conftest import make_alert, running_tray, silence
from test_restart_ran_out import ana_on_call

from oncall_tray.core.journal_schema import EventKind
from oncall_tray.config import Config
from oncall_tray.demo import LocalAlertmanager
from oncall_tray.ui.shift_expires import SendOnce, expire_once
from oncall_tray.ui.shift_work import HoldersMissed


def test_the_second_ask_of_a_shared_expire_gets_the_holders_missed_too():
    a, b = LocalAlertmanager().start(), LocalAlertmanager().start()
    try:
        a.post_alerts([make_alert("QueueLag", "critical")])
        sid = silence(a, {"alertname": "QueueLag"}, minutes=30, author="ana", comment="ACK! ana")
        config = Config(alertmanager_url=a.url, alertmanager_peers=(b.url,), request_timeout=2, language="en")
        b.stop()  # a holder that does not take it
        once = SendOnce()
        first = expire_once(once, config, sid, None, (), (a.url, b.url))  # the End window's: sent
        second = expire_once(once, config, sid, None, (), (a.url, b.url))  # the Silences tab's: joined
        assert isinstance(first, HoldersMissed) and [url for url, _e in first.missed] == [b.url], first
        assert isinstance(second, HoldersMissed) and second.missed == first.missed, second
        assert [once.record(), once.record()] == [True, False]  # recorded by one of them
        state = httpx.get(f"{a.url}/api/v2/silence/{sid}", timeout=10).json()["status"]["state"]
        assert state == "expired"  # one DELETE, on the holder that answers
    finally:
        a.stop()
        b.stop()


def test_two_asks_of_one_expire_in_the_tray_record_it_once(qtbot, tmp_path):
    am, config, journal, _looked = ana_on_call()
    try:
        am.post_alerts([make_alert("DiskFull", "warning")])
        sid = silence(am, {"alertname": "DiskFull"}, minutes=60, author="ana", comment="ACK! ana")
        with running_tray(qtbot, config, tmp_path) as ctl:
            shift = ctl.shift
            qtbot.waitUntil(lambda: sid in shift.live.silences, timeout=15000)
            shown = shift.live.silences[sid]
            answers: list = []
            shift.expire_silence(shown, lambda result, error: answers.append((result, error)))  # the End window
            shift.expire_silence(shown, lambda result, error: answers.append((result, error)))  # joins it
            qtbot.waitUntil(lambda: len(answers) == 2, timeout=15000)
            assert answers == [(None, None), (None, None)], answers
            counted: list = []  # read after every write queued before it (the journal's one writer)
            shift.submit(_expired_events, journal, sid, done=lambda result, error: counted.append((result, error)))
            qtbot.waitUntil(lambda: bool(counted), timeout=15000)
            assert counted == [(1, None)]  # one DELETE, one record
    finally:
        journal.close()
        am.stop()


def _expired_events(journal, silence_id: str) -> int:
    return len(journal.query("SELECT 1 FROM events WHERE kind = ? AND silence_id = ?",
                             (EventKind.SILENCE_EXPIRED.value, silence_id)))
