"""The next SLA deadline among an alert list's (no Qt, no I/O): what the tray's tooltip and the
alerts window's header name ("Next deadline: …"); ``attention.AttentionMonitor.evaluate`` gathers
the candidates."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class Deadline:
    """The next SLA deadline: ``kind`` is "respond" ("review" for an info alert,
    ``sla.first_target``), "resolve" or "investigate" (the second target,
    ``sla.second_target``), "escalate" (to ``level``, by the
    guide's thresholds; review 41 F11: never shown), "answer" (of the ``level`` escalated to,
    ``sla.ANSWER_WITHIN``) or "level-resolve" (the resolution by the ``level`` escalated to,
    ``SlaPolicy.escalated_resolve_by``); ``at`` is UTC. ``others``:
    how many other alerts have a deadline of the same kind (and level) less than ``TIE_S`` after
    it, which a time given to the minute cannot tell apart (alerts that fired together).
    ``besides``: the alerts due for something else in that same minute, as ``(kind, level, at,
    count)`` per kind and level, earliest first (``at`` the earliest of them, UTC): review 61 W1,
    "escalate APIDown and 8 more to L2" counted warnings whose response fell due then, which
    never escalate; each alert is counted once, under the nearest's kind when it is due for that
    too."""

    fingerprint: str
    alertname: str
    kind: str
    at: dt.datetime
    others: int = 0
    level: str = ""
    besides: tuple[tuple[str, str, dt.datetime, int], ...] = ()


#: Deadlines closer than this (seconds) to the nearest one count as due with it.
TIE_S = 60


def nearest_deadline(candidates: list[tuple[dt.datetime, int, str, str, str, str]]) -> Deadline | None:
    """The earliest of ``candidates`` (at UTC, severity rank (higher is worse), alert name,
    fingerprint, kind, level); among equal times the worst, then by name, so that the choice does
    not depend on Alertmanager's order. None when there are none."""
    if not candidates:
        return None
    at, _rank, name, fp, kind, level = min(candidates, key=lambda c: (c[0], -c[1], c[2], c[3], c[4]))
    near = sorted(c for c in candidates if (c[0] - at).total_seconds() < TIE_S)
    tied = {c[3] for c in near if (c[4], c[5]) == (kind, level)}
    besides: dict[tuple[str, str], tuple[dt.datetime, set[str]]] = {}
    counted = set(tied)
    for due, _rank, _name, other, other_kind, other_level in near:  # earliest first: an alert under its first
        if other not in counted:
            counted.add(other)
            besides.setdefault((other_kind, other_level), (due, set()))[1].add(other)
    return Deadline(fp, name, kind, at, len(tied - {fp}), level,
                    tuple((k, lv, due, len(fps)) for (k, lv), (due, fps) in besides.items()))
