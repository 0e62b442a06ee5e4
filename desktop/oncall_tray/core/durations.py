"""Durations as the on-call engineer reads them (no Qt)."""

from __future__ import annotations

import datetime as dt


def format_age(since: dt.datetime | None, now: dt.datetime) -> str:
    """How long ago ``since`` was, as ``"7m"`` or ``"2h05m"`` or ``"3d04h"``; ``"?"`` for None.

    Args:
        since, now: aware datetimes (any zone); a future ``since`` counts as 0.
    """
    if since is None:
        return "?"
    return _minutes_text(max(0, int((now - since).total_seconds() // 60)))


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
    """A countdown as the engineer reads it: ``"4:05"``, ``"1:02:03"``, ``"-2:10"`` once past.

    Args:
        seconds: time left; negative once the deadline is past.
    """
    sign = "-" if seconds < 0 else ""
    total = int(abs(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{sign}{hours}:{minutes:02d}:{secs:02d}" if hours else f"{sign}{minutes}:{secs:02d}"
