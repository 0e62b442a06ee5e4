"""Which level an escalation goes to, and which comes next: one rule for the alerts window's
*Escalate…* and ``oncall-tray escalate`` (no Qt, no I/O).

The on-call guide ("Escalação de Incidentes"): L2 past 15 minutes unresolved, L3 for a prolonged
incident, L2 answering "< 10 minutos após escalação" and resolving "< 30 minutos"; the app's SLA
(``SlaClock.escalation``, ``sla_critical_l3_after_minutes``) says when each is due.
"""

from __future__ import annotations

import datetime as dt

from .sla import L1, L2, L3, LEVELS, SlaClock


def escalation_level(clock: SlaClock, requested: str | None = None, done: str = L1) -> str:
    """The level to escalate to: ``requested`` if given; else the level the clock asks for, at
    least L2 (one escalates to L2 or L3, never to L1), and never below ``done``, the highest
    level already recorded (``shifts.escalated_levels``; "" or "L1" when none): escalated to L2
    while the SLA asks for L2, the message is a reminder to L2, not a page to L3 (review 59 U4:
    the alerts window offered L3, the CTO, 6 minutes after L2 was paged, while the command line
    gave L2; review 38: the command paged L3 at 27 minutes). L3 only once the SLA asks for it,
    or when asked (``requested``).

    Raises:
        ValueError: ``requested`` is not L2 or L3.
    """
    if requested is not None:
        if requested not in LEVELS[1:]:
            raise ValueError(f"level must be L2 or L3, not {requested!r}")
        return requested
    level = L2 if clock.escalation == L1 else clock.escalation
    return done if done in LEVELS and done > level else level


def next_level(clock: SlaClock, level: str) -> tuple[str, dt.datetime | None] | None:
    """The level above ``level`` ("L2" or "L3") and when the SLA asks for it (UTC; None when
    the clock does not say: it asks for a lower level first), for "The SLA asks for L3 from
    11:52"; None above L3."""
    if level not in LEVELS or level >= L3:
        return None
    above = LEVELS[LEVELS.index(level) + 1]
    return above, clock.next_escalation_at if clock.next_escalation == above else None
