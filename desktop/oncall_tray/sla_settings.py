"""The SLA settings (``sla_*_minutes``, ``business_days``, ``business_hours``, ``timezone``):
their checks for ``config check`` (each value alone, and the order of the targets of one
severity: respond before resolve, L2 before L3), and the ``SlaPolicy`` they make.

Beside ``config.py`` rather than in ``core/`` because telling the system's time zone reads the
system (``tzlocal``: the TZ variable, ``/etc/localtime``, the Windows registry...).
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import unicodedata
import warnings
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING

from .config_problems import SettingValueError
from .core.local_times import iana_zone
from .core.sla import BusinessHours, SlaPolicy, Targets
from .i18n import Message

if TYPE_CHECKING:
    from .config import Config

log = logging.getLogger(__name__)

#: Up to a week, in minutes; 0 means "no target" or "never".
MAX_MINUTES = 7 * 24 * 60
_ENGLISH = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_PORTUGUESE = ("segunda", "terca", "quarta", "quinta", "sexta", "sabado", "domingo")
#: Weekday numbers (Monday 0) by name as ``day_key`` writes it: English and Portuguese, full
#: and in three letters.
DAY_NAMES = {
    **{name: i for i, name in enumerate(_ENGLISH)}, **{name[:3]: i for i, name in enumerate(_ENGLISH)},
    **{name: i for i, name in enumerate(_PORTUGUESE)}, **{name[:3]: i for i, name in enumerate(_PORTUGUESE)},
}
#: The day names the settings file is written with (``Config.business_days``), Monday first.
DAY_KEYS = tuple(name[:3] for name in _ENGLISH)
_HOURS = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$")


def system_zone() -> dt.tzinfo:
    """The system's time zone as a ``zoneinfo.ZoneInfo`` (through ``tzlocal``); when tzlocal
    cannot name it as an IANA zone (a POSIX ``TZ`` such as ``BRT3`` or
    ``EST5EDT,M3.2.0,M11.1.0``; review 56 Q11: UTC was used, unsaid), the C library's local time
    as ``date`` shows it (``dateutil.tz.tzlocal``, summer time included), with a logged note;
    UTC when even that fails. Never raises."""
    try:
        import tzlocal

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # tzlocal warns about inconsistent system settings
            return tzlocal.get_localzone()
    except Exception as exc:  # a zone tzlocal cannot name, or a broken configuration
        try:
            from dateutil import tz

            log.info("the system's time zone has no IANA name (%s); following the C library's local time", exc)
            return tz.tzlocal()
        except Exception as again:  # noqa: BLE001 - work on, in UTC
            log.warning("cannot tell the system's time zone (%s, %s); using UTC", exc, again)
            return dt.timezone.utc


def zone_from_setting(name: str) -> dt.tzinfo:
    """The zone named by the ``timezone`` setting: an IANA name, or "" for ``system_zone()``.

    Raises:
        SettingValueError (a ValueError): not a known IANA zone name.
    """
    if not name.strip():
        return system_zone()
    zone = iana_zone(name.strip())
    if zone is None:
        raise SettingValueError(Message("settings", "unknown time zone %1", (repr(name),)))
    return zone


def day_key(name: object) -> str:
    """A day name as ``DAY_NAMES`` holds it: lower case, without accents or "-feira"
    ("Terça-feira" is "terca", "Sáb" is "sab")."""
    key = unicodedata.normalize("NFKD", str(name).strip().lower())
    key = "".join(c for c in key if not unicodedata.combining(c))
    return re.sub(r"[\s-]*feira$", "", key)


def day_number(name: object) -> int | None:
    """The weekday number (Monday 0) of a day name in any form ``parse_days`` takes, or None."""
    return DAY_NAMES.get(day_key(name))


def parse_days(names: Iterable[str]) -> frozenset[int]:
    """Weekday numbers (Monday 0) of day names: ``mon``..``sun``, ``monday``..``sunday``, the
    Portuguese ``seg``..``dom`` or ``segunda``..``domingo`` (``segunda-feira``...), any case,
    with or without accents (found by a fresh-user review: ``segunda`` was refused).

    Raises:
        SettingValueError (a ValueError): an unknown name, or no day at all.
    """
    days = set()
    for name in names:
        number = day_number(name)
        if number is None:
            raise SettingValueError(Message("settings", "unknown day %1: use mon, tue, wed, thu, fri, sat, sun",
                                            (repr(name),)))
        days.add(number)
    if not days:
        raise SettingValueError(Message("settings", "needs at least one day"))
    return frozenset(days)


def canonical_days(names: Iterable[str]) -> tuple[str, ...]:
    """``names`` as the settings file writes them (``mon``..``sun``): a known name in any of its
    forms (``seg``, ``Sáb``, ``segunda-feira``, ``monday``...) becomes its key, an unknown one
    stays as it is (for ``check_days`` to reject)."""
    return tuple(str(name) if (number := day_number(name)) is None else DAY_KEYS[number] for name in names)


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


#: Pairs of SLA settings that keep an order when both are set (0 is "not set"), for each
#: severity: (earlier, later, whether equal is allowed). The response is due no later than the
#: resolution; L2 is called strictly before L3 (equal would call both at once, skipping L2).
ORDERED: tuple[tuple[str, str, bool], ...] = tuple(
    pair for severity in ("critical", "warning") for pair in (
        (f"sla_{severity}_respond_minutes", f"sla_{severity}_resolve_minutes", True),
        (f"sla_{severity}_l2_after_minutes", f"sla_{severity}_l3_after_minutes", False)))

#: Every setting ``check_order`` looks at.
ORDERED_KEYS = frozenset(key for earlier, later, _equal in ORDERED for key in (earlier, later))


def _order_reasons(respond: bool, earlier: tuple[str, int], later: tuple[str, int]) -> tuple[Message, Message]:
    """(why the earlier setting is wrong, naming the later one, why the later is, naming the
    earlier one); ``earlier``/``later``: (name, minutes)."""
    (first, first_value), (second, second_value) = earlier, later
    if respond:
        return (Message("settings", "must not be more than %1 (%2)", (second, str(second_value))),
                Message("settings", "must not be less than %1 (%2)", (first, str(first_value))))
    return (Message("settings", "must be less than %1 (%2)", (second, str(second_value))),
            Message("settings", "must be more than %1 (%2)", (first, str(first_value))))


def check_order(values: Mapping[str, int], name: Callable[[str], str] = str) -> list[tuple[str, Message]]:
    """``config check`` rule across the ``sla_*_minutes`` settings: for each severity, the
    response target (minutes) must not exceed the resolution target, and escalation to L2 must
    come before escalation to L3, when both of a pair are set (non-zero).

    Args:
        values: setting -> minutes; a pair is judged only when both its settings are given.
        name: how the reasons name the other setting of a pair (the key by default; the
            settings dialog gives a short label).
    Returns:
        (setting, why) for both settings of every pair out of order, [] when none is.
    """
    found: list[tuple[str, Message]] = []
    for earlier, later, equal_ok in ORDERED:
        first, second = values.get(earlier), values.get(later)
        if not first or not second or first < second or (equal_ok and first == second):
            continue
        for_earlier, for_later = _order_reasons(equal_ok, (name(earlier), first), (name(later), second))
        found += [(earlier, for_earlier), (later, for_later)]
    return found


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
        SettingValueError (a ValueError): a value, or targets out of order (``check_order``),
            that ``config check`` would reject (only possible for a ``Config`` built in code;
            ``load_config`` keeps the defaults for bad values).
    """
    opens, closes = parse_hours(config.business_hours)
    if contradictions := check_order({key: getattr(config, key) for key in ORDERED_KEYS}):
        key, reason = contradictions[0]
        raise SettingValueError(Message("settings", "%1: %2", (key, reason)))
    return SlaPolicy(
        critical=Targets(_span(config.sla_critical_respond_minutes), _span(config.sla_critical_resolve_minutes),
                         _span(config.sla_critical_l2_after_minutes), _span(config.sla_critical_l3_after_minutes)),
        warning=Targets(_span(config.sla_warning_respond_minutes), _span(config.sla_warning_resolve_minutes),
                        _span(config.sla_warning_l2_after_minutes), _span(config.sla_warning_l3_after_minutes)),
        business=BusinessHours(parse_days(config.business_days), opens, closes,
                               zone_from_setting(config.timezone)),
        l2_resolve=_span(config.sla_l2_resolve_minutes),
    )
