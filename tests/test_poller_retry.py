"""The poller's exponential backoff while Alertmanager fails (design notes: "exponential backoff
with a cap"), on tenacity's wait strategy: the delays, and a real poller against a closed port."""

from __future__ import annotations

import logging
import re

import pytest

from oncall_tray.config import Config
from oncall_tray.demo import free_port
from oncall_tray.poll_retry import retry_delay
from oncall_tray.ui.poller import Poller


def test_delays_double_from_one_second_up_to_the_cap():
    assert [retry_delay(n, 60) for n in range(1, 9)] == [1, 2, 4, 8, 16, 32, 60, 60]
    assert retry_delay(1, 1) == 1 and retry_delay(5, 3) == 3
    assert retry_delay(40, 300) == 300  # no overflow after many failures


@pytest.mark.parametrize("caps", [
    {"max_retry_interval": 2},  # doubled, then capped by max_retry_interval
    # review 15: with the default 60 s cap and a 15 s poll, an Alertmanager back was seen up to
    # 60 s late; the poll interval caps the retries too
    {"poll_interval": 2, "max_retry_interval": 60},
])
def test_a_failing_alertmanager_is_polled_again_after_growing_delays(qtbot, caplog, caps):
    caplog.set_level(logging.WARNING, logger="oncall_tray.ui.poller")
    config = Config(alertmanager_url=f"http://127.0.0.1:{free_port()}", notifications=False, **caps)
    poller = Poller(config)
    results = []
    poller.polled.connect(results.append)
    poller.start()
    try:
        qtbot.waitUntil(lambda: len(results) >= 3, timeout=15000)  # at 0, +1 s, +2 s more
    finally:
        assert poller.shutdown(2000)
    assert all(r.error is not None for r in results)
    delays = [float(m) for m in re.findall(r"next try in (\d+) s", caplog.text)]
    assert delays[:3] == [1, 2, 2]
