"""The silences tab's times (issue 3): HH:MM today, and the date before it otherwise in the
language's layout (review 15: "04/12 20:46" in the English interface read as April 12)."""

from __future__ import annotations

import datetime as dt

from oncall_tray.ui.silences_view import _local

UTC = dt.timezone.utc


NOON = dt.datetime(2026, 12, 4, 12, 5).astimezone()  # local time
TODAY, TOMORROW = NOON.astimezone(UTC), (NOON + dt.timedelta(days=1)).astimezone(UTC)
NOW = NOON + dt.timedelta(hours=1)


def test_english_shows_month_then_day(english):
    assert _local(TODAY, None, NOW) == "12:05"
    assert _local(TOMORROW, None, NOW) == "12-05 12:05"
    assert _local(None, None, NOW) == "?"


def test_portuguese_shows_day_then_month(portuguese):
    assert _local(TODAY, None, NOW) == "12:05"
    assert _local(TOMORROW, None, NOW) == "05/12 12:05"
