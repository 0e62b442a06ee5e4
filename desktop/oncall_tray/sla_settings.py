"""The SLA settings (``sla_*_minutes``, ``business_days``, ``business_hours``, ``timezone``):
their checks for ``config check``, and the ``SlaPolicy`` they make.

Beside ``config.py`` rather than in ``core/`` because telling the system's time zone reads the
system (``tzlocal``: the TZ variable, ``/etc/localtime``, the Windows registry...).
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import warnings
import zoneinfo
from collections.abc import Iterable
from typing import TYPE_CHECKING

from .config_problems import SettingValueError
from .core.sla import BusinessHours, SlaPolicy, Targets
from .i18n import Message

if TYPE_CHECKING:
    from .config import Config

log = logging.getLogger(__name__)

#: Up to a week, in minutes; 0 means "no target" or "never".
MAX_MINUTES = 7 * 24 * 60
_ENGLISH = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_PORTUGUESE = ("seg", "ter", "qua", "qui", "sex", "sab", "dom")
DAY_NAMES = {
    **{name: i for i, name in enumerate(_ENGLISH)}, **{name[:3]: i for i, name in enumerate(_ENGLISH)},
    **{name: i for i, name in enumerate(_PORTUGUESE)}, "sáb": 5,
}
_HOURS = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$")


def system_zone() -> dt.tzinfo:
    """The system's time zone as a ``zoneinfo.ZoneInfo`` (through ``tzlocal``), or UTC with a
    logged warning when the system does not say. Never raises."""
    try:
        import tzlocal

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # tzlocal warns about inconsistent system settings
            return tzlocal.get_localzone()
    except Exception as exc:  # a broken or missing zone configuration: work on, in UTC
        log.warning("cannot tell the system's time zone (%s); using UTC", exc)
        return dt.timezone.utc


def zone_from_setting(name: str) -> dt.tzinfo:
    """The zone named by the ``timezone`` setting: an IANA name, or "" for ``system_zone()``.

    Raises:
        SettingValueError (a ValueError): not a known IANA zone name.
    """
    if not name.strip():
        return system_zone()
    try:
        return zoneinfo.ZoneInfo(name.strip())
    except (zoneinfo.ZoneInfoNotFoundError, ValueError) as exc:
        raise SettingValueError(Message("settings", "unknown time zone %1", (repr(name),))) from exc


def parse_days(names: Iterable[str]) -> frozenset[int]:
    """Weekday numbers (Monday 0) of day names: ``mon``..``sun``, ``monday``..``sunday`` or the
    Portuguese ``seg``..``dom``, any case.

    Raises:
        SettingValueError (a ValueError): an unknown name, or no day at all.
    """
    days = set()
    for name in names:
        key = str(name).strip().lower()
        if key not in DAY_NAMES:
            raise SettingValueError(Message("settings", "unknown day %1: use mon, tue, wed, thu, fri, sat, sun",
                                            (repr(name),)))
        days.add(DAY_NAMES[key])
    if not days:
        raise SettingValueError(Message("settings", "needs at least one day"))
    return frozenset(days)


def parse_hours(text: str) -> tuple[dt.time, dt.time]:
    """(opens, closes) from ``"09:00-18:00"`` (24-hour clock, local time).

    Raises:
        SettingValueError (a ValueError): another shape, an impossible time, or opening not
            before closing.
    """
    match = _HOURS.match(text)
    if not match:
        raise SettingValueError(Message("settings", "%1 is not like 09:00-18:00", (repr(text),)))
    h1, m1, h2, m2 = (int(g) for g in match.groups())
    try:
        opens, closes = dt.time(h1, m1), dt.time(h2, m2)
    except ValueError as exc:
        raise SettingValueError(Message("settings", "%1: not a time of day (from 00:00 to 23:59)",
                                        (repr(text),))) from exc
    if opens >= closes:
        raise SettingValueError(Message("settings", "%1: opening must come before closing", (repr(text),)))
    return opens, closes


def check_minutes(value: int) -> Message | None:
    """``config check`` rule for the ``sla_*_minutes`` settings: why not, or None."""
    if 0 <= value <= MAX_MINUTES:
        return None
    return Message("settings", "must be from 0 (none) to %1 minutes (a week)", (str(MAX_MINUTES),))


def _reason(parse, value) -> Message | None:
    try:
        parse(value)
    except SettingValueError as exc:
        return exc.reason
    return None


def check_days(value: tuple[str, ...]) -> Message | None:
    """``config check`` rule for ``business_days``: why not, or None."""
    return _reason(parse_days, value)


def check_hours(value: str) -> Message | None:
    """``config check`` rule for ``business_hours``: why not, or None."""
    return _reason(parse_hours, value)


def check_zone(value: str) -> Message | None:
    """``config check`` rule for ``timezone`` (the system's zone is not looked up for ""):
    why not, or None."""
    if not value.strip():
        return None
    if _reason(zone_from_setting, value):
        return Message("settings", "must be an IANA time zone name such as America/Sao_Paulo, "
                                   "or \"\" for the system's zone")
    return None


def _span(minutes: int) -> dt.timedelta | None:
    return dt.timedelta(minutes=minutes) if minutes else None


def policy_from(config: Config) -> SlaPolicy:
    """The ``SlaPolicy`` of ``config`` (unknown severity follows the warning settings).

    Raises:
        ValueError: a value that ``config check`` would reject (only possible for a ``Config``
            built in code; ``load_config`` keeps the defaults for bad values).
    """
    opens, closes = parse_hours(config.business_hours)
    return SlaPolicy(
        critical=Targets(_span(config.sla_critical_respond_minutes), _span(config.sla_critical_resolve_minutes),
                         _span(config.sla_critical_l2_after_minutes), _span(config.sla_critical_l3_after_minutes)),
        warning=Targets(_span(config.sla_warning_respond_minutes), _span(config.sla_warning_resolve_minutes),
                        _span(config.sla_warning_l2_after_minutes), _span(config.sla_warning_l3_after_minutes)),
        business=BusinessHours(parse_days(config.business_days), opens, closes,
                               zone_from_setting(config.timezone)),
    )
