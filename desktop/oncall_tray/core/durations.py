"""Durations as the on-call engineer reads and types them (no Qt, no I/O).

``format_age`` is for "how long ago"; ``parse_duration`` and ``format_duration`` speak the
syntax of Prometheus and amtool (``15m``, ``1h30m``, ``24h``, ``1d``), the syntax of the on-call
guide's own ``amtool silence add ... --duration=1h``.
"""

from __future__ import annotations

import datetime as dt
import math
import re

#: Units of Prometheus' ``model.ParseDuration``, largest first; y = 365 d, w = 7 d.
_UNITS: tuple[tuple[str, dt.timedelta], ...] = (
    ("y", dt.timedelta(days=365)),
    ("w", dt.timedelta(weeks=1)),
    ("d", dt.timedelta(days=1)),
    ("h", dt.timedelta(hours=1)),
    ("m", dt.timedelta(minutes=1)),
    ("s", dt.timedelta(seconds=1)),
    ("ms", dt.timedelta(milliseconds=1)),
)
#: The longest duration Prometheus and Alertmanager read (Go's ``time.Duration``: 2^63 - 1 ns,
#: about 292 years); any date of this century plus this much is still a date.
LONGEST = dt.timedelta(microseconds=(2 ** 63 - 1) // 1000)


class DurationTooLong(ValueError):
    """A duration in the right syntax but longer than ``LONGEST``."""


_DURATION_RE = re.compile("".join(rf"(?:([0-9]+){unit})?" for unit, _ in _UNITS))
_HINT = "a whole number and a unit (ms, s, m, h, d, w, y), largest unit first, e.g. 15m, 1h30m, 24h, 1d"


def parse_duration(text: str) -> dt.timedelta:
    """Parse a duration in Prometheus/amtool syntax: ``90s``, ``15m``, ``1h30m``, ``24h``, ``1d``.

    Units are ``ms s m h d w y`` (y = 365 days, w = 7 days), each at most once, largest first,
    with a whole number before each, no spaces and no sign; ``0`` alone is zero (as in
    Prometheus). Whether a duration is acceptable for a silence is ``core.silencing``'s business.

    Args:
        text: what the engineer typed.
    Returns:
        the duration (never negative).
    Raises:
        DurationTooLong: longer than ``LONGEST`` (review 35: "8000y" in the silence dialog
            crashed the tray when added to the present date).
        ValueError: empty text, spaces, a sign, a fraction, an unknown or misplaced unit; the
            message names the problem and the syntax.
    """
    if text == "0":
        return dt.timedelta(0)
    if not text:
        raise ValueError(f"empty duration: expected {_HINT}")
    if text != text.strip() or " " in text:
        raise ValueError(f"spaces in duration {text!r}: expected {_HINT}")
    if text[0] in "+-":
        raise ValueError(f"duration {text!r} has a sign; durations are never negative: expected {_HINT}")
    match = _DURATION_RE.fullmatch(text)
    if not match:
        raise ValueError(f"not a duration: {text!r}: expected {_HINT}")
    total = dt.timedelta(0)
    try:
        for (_unit, size), value in zip(_UNITS, match.groups()):
            if value is not None:
                total += int(value) * size
    except OverflowError as exc:
        raise DurationTooLong(f"duration {text!r} is too large: at most 292y, as in Prometheus") from exc
    if total > LONGEST:
        raise DurationTooLong(f"duration {text!r} is too large: at most 292y, as in Prometheus")
    return total


def format_duration(duration: dt.timedelta, resolution: dt.timedelta = dt.timedelta(milliseconds=1)) -> str:
    """A duration in the syntax ``parse_duration`` reads, hours being the largest unit (as Go
    prints durations): ``1h30m``, ``24h``, ``36h``, ``15m``, ``1m30s``, ``1s500ms``, ``0s``.

    Args:
        duration: any timedelta; a negative one gets a leading ``-`` (which ``parse_duration``
            refuses).
        resolution: rounded to the nearest multiple of this (at least a millisecond), e.g.
            ``timedelta(seconds=1)`` to show a countdown without milliseconds.
    """
    if duration < dt.timedelta(0):
        return "-" + format_duration(-duration, resolution)
    step = max(resolution, dt.timedelta(milliseconds=1))
    millis = round(duration / step) * (step // dt.timedelta(milliseconds=1))
    parts = []
    for unit, size in (("h", 3_600_000), ("m", 60_000), ("s", 1000), ("ms", 1)):
        count, millis = divmod(millis, size)
        if count:
            parts.append(f"{count}{unit}")
    return "".join(parts) or "0s"


def format_duration_rounded(duration: dt.timedelta) -> str:
    """A computed duration (a silence's length in all, how long it has lasted, how long it has
    left) as the engineer reads it: to the minute from a minute on, to the second below
    (``30m``, not ``29m59s996ms``; ``45s``); same syntax as ``format_duration``. Typed
    durations are exact: echo them with ``format_duration``."""
    step = dt.timedelta(minutes=1) if abs(duration) >= dt.timedelta(seconds=59.5) else dt.timedelta(seconds=1)
    return format_duration(duration, step)


def format_age(since: dt.datetime | None, now: dt.datetime) -> str:
    """How long ago ``since`` was, as ``"7m"`` or ``"2h05m"`` or ``"3d04h"``; ``"?"`` for None.

    Args:
        since, now: aware datetimes (any zone); a future ``since`` counts as 0.
    """
    if since is None:
        return "?"
    return _minutes_text(max(0, int((now - since).total_seconds() // 60)))


def lasted(seconds: float) -> str:
    """How long something has lasted, for a sentence: "17 min" under an hour, else like
    ``format_span`` ("1h05m", "3d02h"); "0 min" for less than a minute or a negative length
    (review 22: "Firing for 4440 min")."""
    minutes = int(max(seconds, 0) // 60)
    return f"{minutes} min" if minutes < 60 else _minutes_text(minutes)


def format_span(seconds: float) -> str:
    """A length of time (its sign ignored) as ``"45s"`` under a minute, else like ``format_age``
    (``"7m"``, ``"2h05m"``, ``"3d04h"``; whole units, rounded down)."""
    seconds = abs(seconds)
    if seconds < 60:
        return f"{int(seconds)}s"
    return _minutes_text(int(seconds // 60))


def _minutes_text(minutes: int) -> str:
    if minutes < 60:
        return f"{minutes}m"
    hours, minutes = divmod(minutes, 60)
    if hours < 24:
        return f"{hours}h{minutes:02d}m"
    days, hours = divmod(hours, 24)
    return f"{days}d{hours:02d}h"


def format_countdown(seconds: float) -> str:
    """A countdown as the engineer reads it: ``"4:05"``, ``"1:02:03"``, ``"-2:10"`` once past;
    from a day on in days and hours (``"-3d04h"``): seconds say nothing there.

    Args:
        seconds: time left; negative once the deadline is past. Shown in whole seconds rounded
            down, so that the text changes once a second on either side of the deadline and a
            deadline passed by less than a second reads "-0:01", never "-0:00".
    """
    whole = math.floor(seconds)
    sign = "-" if whole < 0 else ""
    total = abs(whole)
    if total >= 86400:
        return sign + _minutes_text(total // 60)
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{sign}{hours}:{minutes:02d}:{secs:02d}" if hours else f"{sign}{minutes}:{secs:02d}"
