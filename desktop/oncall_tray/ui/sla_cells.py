"""The alerts window's SLA clock texts: the two clock columns' titles, cells and tooltips, and the
targets line of the detail pane (issue 4; GUI thread only).

The second clock is the guide's second target: a critical alert's resolution ("Resposta < 5min |
Resolução < 15min"), a warning's investigation ("Resposta < 15min | Investigação < 30min";
``core.sla.second_target``). The column holds both kinds, so its title names both, and each
row's tooltip and the detail pane the one of that alert (review 55 M4: a warning read "Resolver
em −10:29"). The first clock is an info alert's review, the others' response
(``core.sla.first_target``; review 63 Z7): its column names both too.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from ..core.durations import format_countdown, format_span
from ..core.local_times import local_time
from ..alertmanager.models import Alert
from ..core.severity import Severity
from ..core.sla import SlaClock, SlaPolicy, first_target, second_target
from .translations import translator_for

TR_CONTEXT = "alerts"  # the alerts table's words, as before they had a module of their own
tr = translator_for(TR_CONTEXT)


def clock_title(column: str) -> str:
    """The title of a clock column ("respond" or "resolve"): the second on two lines, as it
    names both kinds of target and its cells are short."""
    return tr("Respond /\nreview in") if column == "respond" else tr("Resolve /\ninvestigate in")


def clock_title_tip(column: str) -> str:
    """The tooltip of a clock column's title: what it counts for each severity."""
    if column == "respond":
        return tr("Time left to acknowledge a critical alert or a warning (the on-call guide's response target), "
                  "or to review an info alert (its SLA: review by the end of the next business day)")
    return tr("Time left to resolve a critical alert, or to investigate a warning (the on-call guide's "
              "second target: Resolução for critical alerts, Investigação for warnings)")


def clock_text(clock: SlaClock, column: str) -> str:
    """A clock cell: the time left ("4:05", "-2:10" once past), "✓" once acknowledged in time,
    "✓ 3m late" once acknowledged after the target, "—" without a target; "silenced" while a silence
    that is no acknowledgement mutes it (``SlaClock.paused``: not met, review 59 U1)."""
    if column == "respond" and clock.paused:
        return tr("silenced")
    if column == "respond":
        if clock.responded and clock.response_missed:  # acknowledged late: the miss stays visible
            return "✓ " + tr("%1 late").replace("%1", format_span(clock.respond_remaining_s))
        if clock.responded:
            return "✓"
        remaining = clock.respond_remaining_s
    else:
        remaining = clock.resolve_remaining_s
    return "—" if remaining is None else format_countdown(remaining)


def clock_tip(clock: SlaClock, column: str, zone: dt.tzinfo | None, now: dt.datetime) -> str | None:
    """A clock cell's tooltip, the whole sentence its short text stands for: an acknowledgement
    after the response target; the second target by name and time in ``zone`` (None: the
    system's): "Investigation target: 14:30", "Resolution target missed at 14:15"; an info
    alert's review, "Review by Mon 18:00" (``first_target``), also when silenced or acknowledged
    late: "Reviewed 2d02h after the review target" (review 64 V11). None when there is nothing to add."""
    if column == "respond":
        review = first_target(clock.severity) == "review"  # in every state (review 64 V11)
        if clock.paused:
            return tr("Silenced, not reviewed: the review target is met only by acknowledging it") if review \
                else tr("Silenced, not acknowledged: the response target is met only by acknowledging it")
        if clock.responded and clock.response_missed:
            text = tr("Reviewed %1 after the review target") if review \
                else tr("Acknowledged %1 after the response target")
            return text.replace("%1", format_span(clock.respond_remaining_s))
        if clock.respond_by is not None and not clock.responded and review:
            return _review_words(clock.response_missed).replace(
                "%1", local_time(clock.respond_by, zone, now, QCoreApplication.translate))
        return None
    if clock.resolve_by is None:
        return None
    return _second_words(clock.severity, clock.resolution_missed).replace(
        "%1", local_time(clock.resolve_by, zone, now, QCoreApplication.translate))


def _review_words(missed: bool = False) -> str:
    """An info alert's first target (``sla.first_target``: the guide's "Revisar no próximo dia
    útil", review 63 Z7): "Review by %1", "Review overdue since %1" when ``missed``."""
    return tr("Review overdue since %1") if missed else tr("Review by %1")


def _second_words(severity: Severity, missed: bool = False) -> str:
    """"Resolution target: %1" or "Investigation target: %1" (``second_target``), "… missed at
    %1" when ``missed``; ``%1`` stands for the deadline."""
    if second_target(severity) == "investigate":
        return tr("Investigation target missed at %1") if missed else tr("Investigation target: %1")
    return tr("Resolution target missed at %1") if missed else tr("Resolution target: %1")


def targets_line(alert: Alert, severity: Severity, policy: SlaPolicy, zone: dt.tzinfo | None,
                 now: dt.datetime) -> str:
    """The detail pane's line of ``alert``'s targets by name and time in ``zone`` (``policy``'s
    deadlines, which do not move while it fires): "Response target: 14:05 · Investigation target:
    14:30"; "" without any."""
    respond_by, resolve_by = policy.deadlines(alert, severity)
    parts = []
    if respond_by is not None:
        words = _review_words() if first_target(severity) == "review" else tr("Response target: %1")
        parts.append(words.replace("%1", local_time(respond_by, zone, now, QCoreApplication.translate)))
    if resolve_by is not None:
        parts.append(_second_words(severity).replace("%1", local_time(resolve_by, zone, now,
                                                                      QCoreApplication.translate)))
    return " · ".join(parts)
