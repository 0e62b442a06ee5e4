"""Review 63 CB3, the shift windows' half: an expiry sent to the Alertmanager that holds a
silence and not answered may have been made; the end window and the after-incident panel say
so ("may have been expired all the same"), never "could not expire", whether it went to the
first member that accepts it or to the members holding the silence (members not one cluster:
``HoldersMissed`` kept the words, lost the kind)."""

from __future__ import annotations

import pytest
from conftest import make_alert, silence
from paused_alertmanager import Paused

from oncall_tray.config import Config
from oncall_tray.demo import LocalAlertmanager
from oncall_tray.ui.shift_work import expire_in_alertmanager, expiry_unsure


@pytest.mark.parametrize("to_holders", [False, True])
def test_an_expiry_not_answered_may_have_been_made(to_holders):
    a, b = LocalAlertmanager().start(), LocalAlertmanager().start()
    try:
        b.post_alerts([make_alert("QueueLag", "critical", instance="b:1")])
        sid = silence(b, {"alertname": "QueueLag"}, minutes=30, author="ana", comment="ACK! ana")
        config = Config(alertmanager_url=b.url, alertmanager_peers=(a.url,) if to_holders else (),
                        request_timeout=1, language="en")
        with Paused(b):
            with pytest.raises(Exception) as raised:
                expire_in_alertmanager(config, sid, holders=(b.url,) if to_holders else ())
        error = raised.value
        assert expiry_unsure(error), repr(error)
        assert "did not take" not in str(error), str(error)  # the holders' words (``not_taken``)
        # a refusal still says it could not
        b.stop()
        with pytest.raises(Exception) as refused:
            expire_in_alertmanager(config, sid, holders=(b.url,) if to_holders else ())
        assert not expiry_unsure(refused.value) and "connection refused" in str(refused.value), str(refused.value)
    finally:
        a.stop()
        b.stop()
