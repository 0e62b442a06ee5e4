"""An answer asking to slow down: ``Retry-After`` read, the next poll's delay, contact kept (code
review 81 AX2); the poller against a rate-limiting server (fake server: a failure mode)."""

from __future__ import annotations

import datetime as dt
import logging
import re

import pytest
from fakeserver import FakeServer

from oncall_tray.alertmanager.slow_down import SlowDown, retry_after
from oncall_tray.config import Config
from oncall_tray.core.contact import ContactMonitor
from oncall_tray.poll_retry import RETRY_AFTER_CAP_S, slowed_delay
from oncall_tray.ui.poller import Poller

NOW = dt.datetime(2026, 10, 21, 7, 26, tzinfo=dt.timezone.utc)


@pytest.mark.parametrize("value, seconds", [
    ("120", 120.0), (" 0 ", 0.0),
    ("Wed, 21 Oct 2026 07:28:00 GMT", 120.0),  # an HTTP-date (RFC 9110 §5.6.7)
    ("Wednesday, 21-Oct-26 07:28:00 GMT", 120.0),  # the obsolete RFC 850 form
    ("Wed, 21 Oct 2026 07:00:00 GMT", 0.0),  # past: at once
    (None, None), ("", None), ("soon", None), ("-5", None), ("1.5", None),
])
def test_retry_after_is_seconds_or_an_http_date(value, seconds):
    assert retry_after(value, NOW) == seconds


def test_the_delay_asked_is_kept_between_the_poll_interval_and_the_cap():
    config = Config(alertmanager_url="http://am.example:9093", poll_interval=30)
    assert slowed_delay(120, config) == 120
    assert slowed_delay(1, config) == 30 and slowed_delay(None, config) == 30  # never faster than a poll
    assert slowed_delay(86400, config) == RETRY_AFTER_CAP_S
    assert slowed_delay(86400, Config(alertmanager_url="http://am.example:9093", poll_interval=900)) == 900


def test_asked_to_slow_down_is_not_contact_lost():
    monitor = ContactMonitor()
    monitor.success(NOW)
    states = [monitor.failure(NOW, "slow down", slowed=True) for _ in range(5)]
    assert [s.change for s in states] == [None] * 5 and all(s.reachable and s.slowed for s in states)
    assert monitor.failure(NOW, "connection refused").change is None  # the first real failure of the streak
    assert monitor.failure(NOW, "connection refused").change is not None  # the second: lost


def polled(qtbot, config: Config, count: int, timeout_ms: int) -> list:
    """The first ``count`` or more results of a real ``Poller`` of ``config``, within ``timeout_ms``;
    the poller shut down within 3 s."""
    poller = Poller(config)
    results = []
    poller.polled.connect(results.append)
    poller.start()
    try:
        qtbot.waitUntil(lambda: len(results) >= count, timeout=timeout_ms)
    finally:
        assert poller.shutdown(3000)
    return results


def test_the_poller_waits_as_asked_and_never_says_contact_lost(qtbot, caplog):
    # code review 81 AX2: retried after 1, 2, 4 s, and the second 429 said "contact lost"
    caplog.set_level(logging.WARNING, logger="oncall_tray.ui.poller")
    with FakeServer(status=429, body=b"rate limited", content_type="text/plain", headers={"Retry-After": "1"}) as server:
        results = polled(qtbot, Config(alertmanager_url=server.url, notifications=False, poll_interval=1), 3, 20000)
    assert all(isinstance(r.error, SlowDown) for r in results)
    assert [r.contact.change for r in results[:3]] == [None, None, None]
    assert [float(m) for m in re.findall(r"next try in (\d+) s", caplog.text)][:3] == [1, 1, 1]
    assert "asked to slow down" in results[0].contact.last_error


def test_a_long_retry_after_is_the_next_delay(qtbot, caplog):
    caplog.set_level(logging.WARNING, logger="oncall_tray.ui.poller")
    with FakeServer(status=429, body=b"", headers={"Retry-After": "120"}) as server:
        polled(qtbot, Config(alertmanager_url=server.url, notifications=False), 1, 15000)
    assert "next try in 120 s" in caplog.text


def test_the_headline_says_alertmanager_asked_to_slow_down(qapp):
    from oncall_tray.core.overview import overview, with_connection
    from oncall_tray.ui.tray import headline

    monitor = ContactMonitor()
    monitor.success(NOW)
    slowed = SlowDown("http://am:9093/api/v2/alerts", 429, "", 120.0)
    view = with_connection(overview(None, monitor.failure(NOW, slowed.describe(), slowed=True)), (), slowed)
    assert headline(view) == "Alertmanager asked to slow down"


def test_the_picture_kept_while_asked_to_slow_down_goes_stale_as_after_failed_polls(qapp):
    # after the AX2 fix: Retry-After honoured up to 10 min, the alerts of the last good poll were shown
    # all that time under a green icon, never "(stale)"; failed polls make them stale at the threshold
    from oncall_tray.alertmanager.errors import Unreachable
    from oncall_tray.core.overview import Light, overview, with_connection
    from oncall_tray.core.tracker import AlertSnapshot
    from oncall_tray.ui.tray import headline
    from oncall_tray.ui.tray_lines import poll_time_lines

    snapshot = AlertSnapshot(alerts={}, severities={}, fetched_at=NOW)
    slowed = SlowDown("http://am:9093/api/v2/alerts", 429, "", 600.0)
    refused = Unreachable("http://am:9093/api/v2/alerts", "connection refused")

    def views(*errors):
        monitor = ContactMonitor()  # threshold: 2 failed polls in a row (issue 2)
        monitor.success(NOW)
        shown = []
        for step, error in enumerate(errors, 1):
            state = monitor.failure(NOW + dt.timedelta(minutes=10 * step), error.describe(),
                                    slowed=isinstance(error, SlowDown))
            shown.append(with_connection(overview(snapshot, state), (), error))
        return shown, monitor

    (failed_once, failed_twice), _ = views(refused, refused)
    (slowed_once, slowed_twice, slowed_thrice), monitor = views(slowed, slowed, slowed)
    assert not failed_once.stale and failed_twice.stale  # the rule for failed polls
    assert [v.stale for v in (slowed_once, slowed_twice, slowed_thrice)] == [False, True, True]
    assert slowed_once.light is Light.OK and slowed_twice.light is not Light.OK  # not green once stale
    assert poll_time_lines(slowed_twice, dt.timezone.utc, NOW + dt.timedelta(minutes=20)) == [
        "Alerts shown are from 07:26:00 (stale)"]
    assert headline(slowed_twice) == "Alertmanager asked to slow down"  # still not "contact lost"
    assert monitor.state.reachable and monitor.state.change is None and not monitor.said_lost
    mixed, _ = views(refused, slowed)  # one failure of each kind: two polls missed all the same
    assert mixed[1].stale
    assert not with_connection(overview(snapshot, monitor.success(NOW + dt.timedelta(hours=1))), (), None).stale
