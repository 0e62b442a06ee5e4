"""A long throttle worded as what it is (bdleft1 item 1): after over a minute of answers asking
to slow down (HTTP 429, or 503 with ``Retry-After``) the contact's warning (``RedFlag.UNREACHABLE``,
raised since code review 84 BC9) said "Alertmanager unreachable for N min", which it is not: it
answers and asks the tray to wait. The notification, the alerts window's header and the tooltip
say it asks the tray to slow down (HTTP 429/503) for N min and when the alerts shown are from;
the flag keeps its value (the shift journal keeps none of the contact's flags, and older code
reads the values it knows). The first poll goes to a real Alertmanager, the throttle is a fake
server's (a failure mode); the clock is the test's."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import make_alert
from fakeserver import FakeServer

from oncall_tray.alertmanager.client import AlertmanagerClient, AlertQuery
from oncall_tray.alertmanager.errors import Unreachable
from oncall_tray.core.attention import AttentionMonitor
from oncall_tray.core.flags import RedFlag
from oncall_tray.core.overview import overview, with_connection
from oncall_tray.core.severity import SeverityMap
from oncall_tray.core.sla import SlaPolicy
from oncall_tray.core.tracker import AlertTracker
from oncall_tray.i18n import translator
from oncall_tray.notify.attention_messages import attention_notices
from oncall_tray.watch import Watcher

T0 = dt.datetime(2026, 12, 7, 2, 0, tzinfo=dt.timezone.utc)
UTC = dt.timezone.utc
#: The warning's words in each language, for 2 min of throttle after a good poll at 02:00 UTC.
WORDED = {"en": "Alertmanager has been asking the tray to slow down (HTTP 429/503) for 2 min; the alerts shown "
                "are from 02:00",
          "pt_BR": "O Alertmanager vem pedindo à bandeja que diminua o ritmo (HTTP 429/503) há 2 min; os alertas "
                   "exibidos são das 02:00"}
THROTTLES = [(429, {"Retry-After": "30"}), (429, {}), (503, {"Retry-After": "30"})]


def _throttled(alertmanager, status: int, headers: dict[str, str], steps: int = 3):
    """A good poll of a real Alertmanager at T0, then ``steps`` polls a minute apart answered
    ``status`` (with ``headers``) by a fake server; (watcher, results of the throttled polls)."""
    alertmanager.post_alerts([make_alert("APIDown", "critical")])
    clock = [T0]
    real = AlertmanagerClient(alertmanager.url, timeout=5)
    watcher = Watcher(real, AlertTracker(SeverityMap()), AlertQuery(), clock=lambda: clock[0])
    try:
        assert watcher.poll().error is None
    finally:
        real.close()
    results = []
    with FakeServer(status, b"slow down", content_type="text/plain", headers=headers) as server:
        watcher.client = AlertmanagerClient(server.url, timeout=5)
        try:
            for step in range(1, steps + 1):
                clock[0] = T0 + dt.timedelta(minutes=step)
                results.append(watcher.poll())
        finally:
            watcher.client.close()
    return watcher, results


def _evaluated(watcher, results):
    monitor = AttentionMonitor(SlaPolicy())
    now = T0 + dt.timedelta(minutes=len(results))
    return monitor.evaluate(watcher.tracker.snapshot, {}, results[-1].contact, now), now


@pytest.mark.parametrize(("status", "headers"), THROTTLES)
def test_the_notice_says_it_asks_to_slow_down_and_since_when_the_alerts_are(alertmanager, status, headers):
    watcher, results = _throttled(alertmanager, status, headers)
    assert all(result.contact.slowed and result.contact.reachable for result in results)
    attention, now = _evaluated(watcher, results)
    assert attention.red_flags == {RedFlag.UNREACHABLE: "2"}  # the flag and its value kept (journal: BC9)
    for language, worded in WORDED.items():
        notices = attention_notices(attention, watcher.tracker.snapshot.alerts, translator(language), now, zone=UTC,
                                    watched=("http://am.example:9093",))
        said = [n for n in notices if worded in n.body]
        assert len(said) == 1, [(n.title, n.body) for n in notices]
        text = said[0].title + said[0].body
        assert "nreachable" not in text and "inacessível" not in text, text


def test_the_header_and_the_tooltip_say_it_too(alertmanager, qtbot, english):
    from oncall_tray.alertmanager.slow_down import SlowDown
    from oncall_tray.config import Config
    from oncall_tray.ui.alerts_window import AlertsWindow
    from oncall_tray.ui.tray import tooltip_lines

    watcher, results = _throttled(alertmanager, 429, {"Retry-After": "30"})
    attention, _now = _evaluated(watcher, results)
    assert isinstance(results[-1].error, SlowDown)
    view = with_connection(overview(watcher.tracker.snapshot, results[-1].contact, attention), (), results[-1].error)
    window = AlertsWindow(Config(timezone="UTC"))
    qtbot.addWidget(window)
    window.show_overview(view)
    worded = "Alertmanager has been asking the tray to slow down (HTTP 429/503) for 2 min; the alerts shown are from "
    for text in (window.red_flags.text(), "\n".join(tooltip_lines(view, "http://am.example:9093", UTC))):
        assert worded in text and "unreachable" not in text, text


def test_contact_lost_is_still_said_unreachable():
    """The words of the flag for failed polls stay (the cause chooses the wording)."""
    from oncall_tray.core.contact import ContactMonitor
    from oncall_tray.ui.tray import tooltip_lines  # noqa: F401  (Qt's translate, as the tray's)

    monitor = ContactMonitor()
    monitor.success(T0)
    for step in (1, 2, 3):
        state = monitor.failure(T0 + dt.timedelta(minutes=step), "connection refused")
    attention = AttentionMonitor(SlaPolicy()).evaluate(None, {}, state, T0 + dt.timedelta(minutes=3))
    notices = attention_notices(attention, {}, translator("en"), T0 + dt.timedelta(minutes=3), zone=UTC)
    assert [n.title for n in notices] == ["Alertmanager unreachable for 2 min"]
    view = with_connection(overview(None, state, attention), (), Unreachable("http://am:9093/api/v2/alerts", "refused"))
    assert not view.slowed
