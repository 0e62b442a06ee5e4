"""Code review 83 BA2: two asks of one silence's expire share one DELETE (``SendOnce``); each gets
its real answer (a partial expire, some holders missed, is said so to both, not "expired" to the
second), and one of them records it. Real Alertmanagers, members not one cluster, one down."""

from __future__ import annotations

import httpx
from conftest import make_alert, silence

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
