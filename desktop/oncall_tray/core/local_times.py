"""Times as the shift checklists write them: ``HH:MM`` in the engineer's zone, with the date
when it is not today, in the language's layout; their headings and the lists of past handoffs
name the zone (``zoned_stamp``) (no Qt)."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from collections.abc import Callable

CONTEXT = "handoff"  # the checklists' translations (core.handoff's context)
Translate = Callable[[str, str], str]


def local_time(when: dt.datetime, zone: dt.tzinfo | None, now: dt.datetime, tr: Translate | None = None,
               year: bool = True, seconds: bool = False) -> str:
    """``HH:MM`` in ``zone`` (None: the system's), with the date before it when not on ``now``'s
    day (in the language's layout with ``tr``: 30/11/2026 in Portuguese, 2026-11-30 in English;
    without the year when ``year`` is False and it is ``now``'s year: 30/11, 11-30);
    ``HH:MM:SS`` with ``seconds`` (the tray's last good poll)."""
    local = when.astimezone(zone)
    clock = "%H:%M:%S" if seconds else "%H:%M"
    if local.date() != now.astimezone(zone).date():
        translate = tr or (lambda _context, text: text)
        if year or local.year != now.astimezone(zone).year:
            layout = translate(CONTEXT, "%Y-%m-%d")
        else:
            layout = translate(CONTEXT, "%m-%d")
        return local.strftime(f"{layout} {clock}")
    return local.strftime(clock)


def local_stamp(at: dt.datetime, zone: dt.tzinfo, tr: Translate) -> str:
    """Date and time in ``zone`` in the language's layout (``30/11/2026 14:05``)."""
    return at.astimezone(zone).strftime(tr(CONTEXT, "%Y-%m-%d %H:%M"))


def zone_name(at: dt.datetime, zone: dt.tzinfo | None) -> str:
    """The name of ``zone`` (None: the system's) at ``at``, as the escalation message writes it:
    its abbreviation ("UTC", "-03", "IST"), else its offset from UTC ("+05:30")."""
    local = at.astimezone(zone)
    return local.strftime("%Z").strip() or local.strftime("%z")


def zoned_stamp(at: dt.datetime, zone: dt.tzinfo | None, tr: Translate) -> str:
    """``local_stamp`` followed by the zone's name (``zone_name``), ``06/12/2026 19:40 UTC``:
    the handoff texts' headings and the lists of past handoffs, read in another zone or pasted
    to a colleague in one, say which zone their times are in (review 63 Z4)."""
    return f"{local_stamp(at, zone, tr)} {zone_name(at, zone)}"


def iana_zone(name: str) -> zoneinfo.ZoneInfo | None:
    """The IANA zone ``name`` names (``America/Sao_Paulo``), or None when it names none: not
    a key (``America/``, a NUL), no such zone, or a file of the zone database that is no zone
    (``America``, a folder: zoneinfo raises IsADirectoryError for it; ``zone.tab``; a name too
    long for the file system). Review 65 R1: the folder's OSError crashed the settings dialog's
    live check, ``config check``, ``status`` and the tray's start."""
    try:
        return zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):
        return None
