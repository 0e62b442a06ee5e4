"""Contact with Alertmanager and the tray's one-glance state (pure logic)."""

from __future__ import annotations

import datetime as dt

import pytest

from oncall_tray.core.contact import ContactChange, ContactMonitor
from oncall_tray.core.overview import Light, overview
from oncall_tray.core.severity import Severity
from oncall_tray.core.tracker import AlertSnapshot

T0 = dt.datetime(2026, 11, 30, 12, tzinfo=dt.timezone.utc)


def at(seconds: int) -> dt.datetime:
    return T0 + dt.timedelta(seconds=seconds)


def test_lost_after_the_second_failure_and_restored_once():
    monitor = ContactMonitor()
    assert monitor.success(at(0)).change is None
    first = monitor.failure(at(15), "refused")
    assert first.reachable and first.change is None
    second = monitor.failure(at(16), "refused")
    assert not second.reachable and second.change is ContactChange.LOST
    assert second.lost_since == at(15) and second.last_success_at == at(0)
    assert monitor.failure(at(18), "refused").change is None  # told once
    back = monitor.success(at(30))
    assert back.reachable and back.change is ContactChange.RESTORED and back.failures == 0
    assert monitor.success(at(45)).change is None


def test_one_blip_is_not_reported():
    monitor = ContactMonitor()
    monitor.success(at(0))
    monitor.failure(at(15), "timeout")
    assert monitor.success(at(16)).change is None


def test_never_reachable_is_not_reachable_from_the_first_failure():
    monitor = ContactMonitor()
    assert not monitor.state.reachable
    first = monitor.failure(at(0), "refused")
    assert not first.reachable and first.change is None
    assert monitor.failure(at(1), "refused").change is ContactChange.LOST
    assert monitor.success(at(2)).change is ContactChange.RESTORED


def test_waiting_for_credentials_is_neither_lost_nor_restored_but_an_outage_after_it_is_lost():
    """Review 34: after the keyring was unlocked, "Contact with Alertmanager restored" came
    though no loss was said: wanting credentials is not "down" (issue 6), so its end is no
    restoring either. Alertmanager then going down in the same streak is a loss, said once."""
    monitor = ContactMonitor()
    monitor.success(at(0))
    for second in (15, 16, 17):
        state = monitor.failure(at(second), "credentials needed", refused=True)
        assert state.change is None
    assert monitor.success(at(18)).change is None  # credentials read: nothing was said lost
    monitor.failure(at(30), "credentials needed", refused=True)
    assert monitor.failure(at(31), "refused").change is None  # down now: one failure of that kind
    assert monitor.failure(at(32), "refused").change is ContactChange.LOST
    assert monitor.failure(at(33), "credentials needed", refused=True).change is None
    assert monitor.success(at(34)).change is ContactChange.RESTORED


def test_threshold_must_be_positive():
    with pytest.raises(ValueError):
        ContactMonitor(0)


def snapshot(unack: dict[Severity, int], total: int) -> AlertSnapshot:
    alerts = {str(i): None for i in range(total)}
    return AlertSnapshot(alerts=alerts, severities={}, fetched_at=T0, unacknowledged=unack)


@pytest.mark.parametrize("unack, light", [
    ({}, Light.OK),
    ({Severity.INFO: 2}, Light.INFO),
    ({Severity.INFO: 2, Severity.UNKNOWN: 1}, Light.UNKNOWN),
    ({Severity.WARNING: 1, Severity.UNKNOWN: 1}, Light.WARNING),
    ({Severity.CRITICAL: 1, Severity.WARNING: 3}, Light.CRITICAL),
])
def test_colour_is_the_worst_unacknowledged_severity(unack, light):
    monitor = ContactMonitor()
    monitor.success(T0)
    view = overview(snapshot(unack, sum(unack.values()) + 2), monitor.state)
    assert view.light is light
    assert view.badge == sum(unack.values())
    assert view.acknowledged == 2
    assert not view.stale


def test_grey_and_stale_while_unreachable_even_with_critical_alerts():
    monitor = ContactMonitor()
    monitor.success(T0)
    monitor.failure(at(1), "refused")
    state = monitor.failure(at(2), "refused")
    view = overview(snapshot({Severity.CRITICAL: 3}, 3), state)
    assert view.light is Light.UNREACHABLE
    assert view.stale and view.badge == 3 and view.error == "refused"


def test_grey_before_the_first_answer():
    assert overview(None, ContactMonitor().state).light is Light.UNREACHABLE


@pytest.mark.parametrize("seconds, text", [(-5, "0m"), (59, "0m"), (60 * 7, "7m"), (3600 + 300, "1h05m"),
                                           (86400 * 3 + 3600 * 4, "3d04h")])
def test_format_age(seconds, text):
    from oncall_tray.core.durations import format_age

    assert format_age(T0, T0 + dt.timedelta(seconds=seconds)) == text
    assert format_age(None, T0) == "?"


@pytest.mark.parametrize("seconds, text", [(0, "0s"), (59.9, "59s"), (-120.4, "2m"), (479.9, "7m"),
                                           (3600 * 26, "1d02h")])
def test_format_span(seconds, text):
    from oncall_tray.core.durations import format_span

    assert format_span(seconds) == text


@pytest.mark.parametrize("seconds, text", [(245, "4:05"), (-130, "-2:10"), (3723, "1:02:03"), (86399, "23:59:59"),
                                           (-86400 * 9468 - 3600 * 3, "-9468d03h"), (86400 * 2, "2d00h"),
                                           (-0.2, "-0:01"), (0, "0:00"), (0.9, "0:00"), (-130.4, "-2:11")])
def test_format_countdown(seconds, text):
    # fresh-user review: an alert started in 2001 showed "Respond in -227237:42:42"
    from oncall_tray.core.durations import format_countdown

    assert format_countdown(seconds) == text
