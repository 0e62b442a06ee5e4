"""Decoding of API payloads: timestamps, zero time, unknown fields."""

from __future__ import annotations

import datetime as dt

import msgspec
import pytest

from oncall_tray.alertmanager.models import Alert

UTC = dt.timezone.utc


def decode(starts_at: str) -> Alert:
    doc = ('{"fingerprint":"f","labels":{},"status":{"state":"active","silencedBy":[],"inhibitedBy":[]},'
           '"startsAt":"%s","endsAt":"0001-01-01T00:00:00Z","newField":1}' % starts_at).encode()
    return msgspec.json.decode(doc, type=Alert)


@pytest.mark.parametrize("text, expected", [
    ("2026-11-30T12:00:00Z", dt.datetime(2026, 11, 30, 12, tzinfo=UTC)),
    ("2026-11-30T12:00:00.5Z", dt.datetime(2026, 11, 30, 12, 0, 0, 500000, tzinfo=UTC)),
    ("2026-11-30T12:00:00.123456789Z", dt.datetime(2026, 11, 30, 12, 0, 0, 123457, tzinfo=UTC)),
    ("2026-11-30T09:00:00-03:00", dt.datetime(2026, 11, 30, 12, tzinfo=UTC)),
    ("2026-11-30T17:30:00.000000001+05:30", dt.datetime(2026, 11, 30, 12, tzinfo=UTC)),
])
def test_rfc3339_any_precision_any_offset_becomes_utc(text, expected):
    alert = decode(text)
    assert alert.starts_at == expected
    assert alert.starts_at.tzinfo is UTC


def test_zero_time_means_none():
    assert decode("0001-01-01T00:00:00Z").starts_at is None
    assert decode("2026-11-30T12:00:00Z").ends_at is None


@pytest.mark.parametrize("text", ["9999-12-31T23:50:00Z", "9999-12-31T23:59:59-14:00", "9999-01-01T00:00:00+14:00"])
def test_a_time_at_the_end_of_the_range_is_clamped_so_that_nothing_counted_from_it_overflows(text):
    """Review 19: Alertmanager takes an alert starting in year 9999 from any client; its SLA
    deadline (start + 5 min) raised OverflowError in the tray at every poll and in every command."""
    from oncall_tray.alertmanager.models import LATEST
    from oncall_tray.core.severity import Severity
    from oncall_tray.core.sla import SlaPolicy

    alert = decode(text)
    assert alert.starts_at == LATEST
    clock = SlaPolicy().clock(alert, Severity.CRITICAL, None, now=dt.datetime.now(UTC))
    assert clock.respond_by > clock.starts_at and not clock.response_missed


def test_alerts_are_immutable():
    alert = decode("2026-11-30T12:00:00Z")
    with pytest.raises(AttributeError):
        alert.fingerprint = "other"
