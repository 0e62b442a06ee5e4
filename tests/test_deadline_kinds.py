"""The "Next deadline" line counts in its "and N more" only the alerts due for the same thing
(review 61 W1: "escalate APIDown and 8 more to L2 by 14:04" counted the warnings whose response
target fell due that minute: only five alerts were critical, and warnings never escalate). The
others due that minute are said apart, in their own words, so that none is missed either."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QCoreApplication
from test_attention import MIN, T0, World, alert

from oncall_tray.core.local_times import local_time

UTC = dt.timezone.utc
CRITICAL = ("APIDown", "DatabaseDown", "PaymentsDown", "QueueStuck", "LoginErrors")
WARNING = ("HighLatency", "DiskFilling", "HighCPUUsage", "SlowQueries", "CacheMisses")


def _attention(now: dt.datetime, started: dt.datetime):
    """Five critical and five warning alerts fired at ``started``: at +15 min the criticals fall
    due for L2 and the warnings for their response (the guide's targets), the same minute."""
    world = World()
    alerts = [alert(name, "critical", started) for name in CRITICAL] + [alert(name, "warning", started)
                                                                         for name in WARNING]
    return world, world.at(now, alerts)


def test_the_next_deadline_counts_only_the_same_kind_and_gives_the_others_apart():
    _world, attention = _attention(T0 + 7 * MIN, T0)
    nearest = attention.nearest
    assert (nearest.kind, nearest.level, nearest.alertname, nearest.at) == ("escalate", "L2", "APIDown", T0 + 15 * MIN)
    assert nearest.others == 4  # the four other criticals, not the warnings
    assert nearest.besides == (("respond", "", T0 + 15 * MIN, 5),)  # the warnings' response, that minute


@pytest.mark.parametrize("language, expected", [
    ("english", "Next deadline: escalate APIDown and 4 more to L2 by %1; respond to 5 other alerts by %1"),
    ("portuguese", "Próximo prazo: escalar APIDown e mais 4 para L2 até %1; responder a 5 outros alertas até %1"),
])
def test_the_tooltip_says_the_others_due_that_minute_in_their_own_words(request, language, expected):
    from conftest import utcnow

    from oncall_tray.core.overview import overview
    from oncall_tray.ui.tray import tooltip_lines

    request.getfixturevalue(language)
    now = utcnow().replace(second=0, microsecond=0)
    world, attention = _attention(now, now - 7 * MIN)
    view = overview(world.tracker.snapshot, world.contact.state, attention)
    lines = [line for line in tooltip_lines(view, "http://am:9093", UTC) if line.startswith(("Next", "Próximo"))]
    # the deadline (8 min on) as the tooltip writes it: with its date in the language's layout when
    # not on today's (the English pattern alone was allowed: Portuguese failed from 23:52 to 23:59 UTC)
    due = local_time(now + 8 * MIN, UTC, utcnow(), QCoreApplication.translate)
    assert lines == [expected.replace("%1", due)], lines
