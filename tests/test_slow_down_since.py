"""Code review 86B BG7: the slow-down warning ("has been asking the tray to slow down (HTTP
429/503) for N min") counted its minutes from the first failure of any kind: after 10 min of
Alertmanager down (timeouts) and then its proxy answering 429, the header and tooltip said the
proxy had been asking to slow down for 12 min. The minutes now run from the first slow-down answer
of the current run of them (``ContactState.slowed_since``); the flag is raised as before, from the
first failure (the engineer is blind as long). The clock is the test's."""

from __future__ import annotations

import datetime as dt

from oncall_tray.alertmanager.slow_down import SlowDown
from oncall_tray.core.attention import AttentionMonitor
from oncall_tray.core.contact import ContactMonitor
from oncall_tray.core.flags import RedFlag
from oncall_tray.core.overview import overview, with_connection
from oncall_tray.core.sla import SlaPolicy
from oncall_tray.i18n import translator
from oncall_tray.notify.attention_messages import attention_notices
from oncall_tray.notify.flag_texts import view_flag_lines

T0 = dt.datetime(2026, 12, 7, 2, 0, tzinfo=dt.timezone.utc)
UTC = dt.timezone.utc


def _said(kinds: str) -> tuple[list[str], str]:
    """A good poll at T0, then one failed poll a minute for each of ``kinds`` ("t": timed out,
    "s": asked to slow down); (the notices' bodies, the tooltip's lines) at the last."""
    monitor = ContactMonitor()
    monitor.success(T0)
    for step, kind in enumerate(kinds, start=1):
        state = monitor.failure(T0 + dt.timedelta(minutes=step), "timed out" if kind == "t" else "429",
                                slowed=kind == "s")
    now = T0 + dt.timedelta(minutes=len(kinds))
    attention = AttentionMonitor(SlaPolicy()).evaluate(None, {}, state, now)
    assert RedFlag.UNREACHABLE in attention.red_flags and attention.slowed
    bodies = [n.body for n in attention_notices(attention, {}, translator("en"), now, zone=UTC)]
    view = with_connection(overview(None, state, attention), (), SlowDown("http://am:9093/api/v2/alerts", 429))
    return bodies, "\n".join(view_flag_lines(view, translator("en"), UTC, now))


def test_the_minutes_of_an_outage_before_are_not_counted_as_slow_down():
    bodies, lines = _said("t" * 10 + "sss")  # down from 02:01, asked to slow down from 02:11; now 02:13
    for text in ("\n".join(bodies), lines):
        assert "slow down (HTTP 429/503) for 2 min" in text, text


def test_a_new_run_of_slow_down_answers_counts_from_its_first():
    bodies, lines = _said("sssst" + "ss")  # asked from 02:01, a timeout at 02:05, asked again from 02:06
    for text in ("\n".join(bodies), lines):
        assert "slow down (HTTP 429/503) for 1 min" in text, text


def test_slow_down_from_the_first_failure_counts_from_it():
    bodies, lines = _said("sss")
    for text in ("\n".join(bodies), lines):
        assert "slow down (HTTP 429/503) for 2 min" in text, text
