"""Business days and hours in a time zone, for the info alerts' response target (guide, alertas
INFO: "Revisar no próximo dia útil"; no Qt, no I/O)."""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass, field

UTC = dt.timezone.utc
#: How many local weeks' openings a ``BusinessHours`` keeps (``next_opening``; a few hundred
#: bytes each): alerts that started over the last 20 years of weeks, each asked at every poll.
_WEEKS_KEPT = 1024
#: The days whose openings a week's entry lists, from its Monday: the first opening after any
#: time of the week is at most 7 days after that time's day (``days`` is never empty).
_WEEK_SPAN = 14


@dataclass(frozen=True)
class BusinessHours:
    """Business days and hours in a time zone.

    Attributes:
        days: weekdays that are business days (Monday 0 ... Sunday 6); default Monday to Friday.
        opens, closes: local opening and closing times; default 09:00 and 18:00.
        zone: the zone they are in (a ``zoneinfo.ZoneInfo`` for daylight saving to be right);
            default UTC. ``Config.sla_policy()`` passes the configured zone or the system's.
    Raises:
        ValueError: no business day, a day outside 0..6, or ``opens`` not before ``closes``.
    """

    days: frozenset[int] = frozenset(range(5))
    opens: dt.time = dt.time(9)
    closes: dt.time = dt.time(18)
    zone: dt.tzinfo = UTC
    #: ``next_opening``'s openings by the local Monday of ``after``'s week (every info alert asks
    #: at every poll): a few entries for any number of alerts, so that nothing is kept per alert
    #: (kept per alert, the answers held the alerts' times long after they resolved).
    _weeks: dict = field(default_factory=dict, init=False, repr=False, compare=False, hash=False)

    def __post_init__(self) -> None:
        if not self.days or not set(self.days) <= set(range(7)):
            raise ValueError("business days must be a non-empty set of weekdays 0 (Monday) to 6")
        if self.opens >= self.closes:
            raise ValueError("business hours must open before they close")

    def next_opening(self, after: dt.datetime) -> dt.datetime:
        """The first opening of a business day strictly after ``after``, in UTC.

        An alert at 03:00 on a Tuesday is due at 09:00 that Tuesday; one at 10:00 or 20:00 on a
        Tuesday at 09:00 on Wednesday; one at 17:30 on a Friday at 09:00 on Monday. An opening
        time that a daylight-saving change skips counts with the offset from before the change.

        Raises:
            ValueError: ``after`` is naive.
        """
        after = aware_utc(after, "after")
        day = after.astimezone(self.zone).date()
        monday = day - dt.timedelta(days=day.weekday())
        openings = self._weeks.get(monday)
        if openings is None:
            if len(self._weeks) >= _WEEKS_KEPT:
                self._weeks.clear()
            openings = self._weeks[monday] = self._openings_from(monday)
        return openings[bisect.bisect_right(openings, after)]

    def next_business_day_end(self, after: dt.datetime) -> dt.datetime:
        """The closing time (UTC) of the first business day that opens strictly after ``after``
        (``next_opening``'s day): the guide's "Revisar no próximo dia útil" is met all that day
        (review 57 S9: due at its opening, every weekend's info alert was overdue at 09:00 on
        Monday). An alert at 03:00 or 10:00 on a Tuesday is due at 18:00 on Wednesday, one at
        17:30 on a Friday at 18:00 on Monday.

        Raises:
            ValueError: ``after`` is naive.
        """
        day = self.next_opening(after).astimezone(self.zone).date()
        return dt.datetime.combine(day, self.closes, tzinfo=self.zone).astimezone(UTC)

    def _openings_from(self, monday: dt.date) -> tuple[dt.datetime, ...]:
        """The openings (UTC) of the business days among the ``_WEEK_SPAN`` days from ``monday``,
        in order."""
        dates = (monday + dt.timedelta(days=offset) for offset in range(_WEEK_SPAN))
        return tuple(dt.datetime.combine(date, self.opens, tzinfo=self.zone).astimezone(UTC)
                     for date in dates if date.weekday() in self.days)

    def is_open(self, at: dt.datetime) -> bool:
        """True when ``at`` (aware) falls on a business day between opening and closing."""
        local = aware_utc(at, "at").astimezone(self.zone)
        return local.weekday() in self.days and self.opens <= local.time() < self.closes


def aware_utc(value: dt.datetime, name: str) -> dt.datetime:
    """``value`` in UTC. Raises ValueError naming ``name`` when it is naive."""
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{name} must be a timezone-aware datetime")
    return value.astimezone(UTC)
