"""Code review 81 AX9: "Alerts shown are from 18:02:11 (stale)" (the tooltip, the alerts window's
header) and "No answer since 18:02" (the notice of lost contact) carried no date, unlike every
other time shown: contact lost on Friday 18:02, the laptop opened on Monday 09:00 read as today's
18:02. They now carry the date when it is not today's, in the language's layout."""

from __future__ import annotations

import datetime as dt

from oncall_tray.core.contact import ContactMonitor
from oncall_tray.core.overview import Light, Overview
from oncall_tray.notify.poll_plan import plan
from oncall_tray.watch import PollResult

FRIDAY = dt.datetime(2026, 11, 27, 18, 2, 11, tzinfo=dt.timezone.utc)
MONDAY = dt.datetime(2026, 11, 30, 9, tzinfo=dt.timezone.utc)


def untranslated(_context: str, text: str) -> str:
    return text


def lost_on_friday(noticed: dt.datetime) -> PollResult:
    contact = ContactMonitor()
    contact.success(FRIDAY - dt.timedelta(seconds=15))
    contact.failure(FRIDAY, "connection refused")
    return PollResult(None, contact.failure(noticed, "connection refused"))


def test_the_lost_notice_dates_a_loss_of_another_day():
    (said,) = plan(lost_on_friday(MONDAY), untranslated, zone=dt.timezone.utc, now=MONDAY)
    assert "No answer since 2026-11-27 18:02: connection refused" in said.body, said.body
    (today,) = plan(lost_on_friday(FRIDAY + dt.timedelta(seconds=30)), untranslated, zone=dt.timezone.utc,
                    now=FRIDAY + dt.timedelta(seconds=30))
    assert "No answer since 18:02: connection refused" in today.body, today.body


def test_the_lost_notice_dates_it_in_portuguese(portuguese):
    from PySide6.QtCore import QCoreApplication

    (said,) = plan(lost_on_friday(MONDAY), QCoreApplication.translate, zone=dt.timezone.utc, now=MONDAY)
    assert "27/11/2026 18:02" in said.body, said.body


def test_the_stale_and_last_good_poll_lines_date_another_day(qapp):
    from oncall_tray.ui.tray_lines import poll_time_lines

    stale = Overview(Light.UNREACHABLE, 0, last_success_at=FRIDAY, stale=True, error="connection refused")
    assert poll_time_lines(stale, dt.timezone.utc, MONDAY) == ["Alerts shown are from 2026-11-27 18:02:11 (stale)"]
    fresh = Overview(Light.OK, 0, last_success_at=FRIDAY)
    assert poll_time_lines(fresh, dt.timezone.utc, FRIDAY + dt.timedelta(minutes=1)) == ["Last good poll: 18:02:11"]


def test_the_stale_and_last_good_poll_lines_date_another_day_in_portuguese(portuguese):
    """Code review 84 BC3: the tooltip's dated poll times in the language's layout, as the notices'."""
    from oncall_tray.ui.tray_lines import poll_time_lines

    stale = Overview(Light.UNREACHABLE, 0, last_success_at=FRIDAY, stale=True, error="connection refused")
    (line,) = poll_time_lines(stale, dt.timezone.utc, MONDAY)
    assert "27/11/2026 18:02:11" in line and "2026-11-27" not in line, line
    fresh = Overview(Light.OK, 0, last_success_at=FRIDAY)
    (line,) = poll_time_lines(fresh, dt.timezone.utc, MONDAY)
    assert "27/11/2026 18:02:11" in line, line
