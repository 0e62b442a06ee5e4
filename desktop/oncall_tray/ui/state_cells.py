"""The alerts window's State texts: the column's narrow cell, its tooltip and the detail pane's
line (GUI thread only; the table's words, context "alerts").

An alert reads as Alertmanager last said (``core.acknowledged.state_words``: "firing",
"acknowledged by ana until 14:05"...), with the guide's escalation after it
(``core.escalation.escalation_words``), unless a silence for it is on its way to Alertmanager:
then "acknowledging…" or "silencing…" (review 56 M16: on a slow Alertmanager the row read
"firing" for half a minute after *Acknowledge*, and the engineer went to Alertmanager's UI to do
it again; ``in_flight.InFlight`` says which alerts).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping

from PySide6.QtCore import QCoreApplication

from ..alertmanager.models import Alert, Silence
from ..core.acknowledged import state_words
from ..core.escalation import escalation_words
from ..core.local_times import local_time
from ..core.sla import L1, SlaClock
from .in_flight import ACKNOWLEDGING
from .translations import translator_for

TR_CONTEXT = "alerts"  # the alerts table's words, as before they had a module of their own
tr = translator_for(TR_CONTEXT)
#: What the alerts model keeps of the journal's escalations (``Overview``): fingerprint -> the level
#: recorded, the fingerprints whose level answered, fingerprint -> when that level should have
#: resolved it (UTC; ``Overview.level_resolve_by``).
Escalated = tuple[Mapping[str, str], frozenset[str], Mapping[str, dt.datetime]]


def in_flight_words(kind: str, short: bool) -> str:
    """What an alert whose silence is on its way reads (``kind``: ``in_flight.ACKNOWLEDGING`` or
    ``in_flight.SILENCING``): the cell's "acknowledging…", the detail pane's "acknowledging… (silence
    sent to Alertmanager)"."""
    if kind == ACKNOWLEDGING:
        return tr("acknowledging…") if short else tr("acknowledging… (silence sent to Alertmanager)")
    return tr("silencing…") if short else tr("silencing… (silence sent to Alertmanager)")


def state_text(alert: Alert, clock: SlaClock | None, silences: Iterable[Silence],
               escalated: Escalated, now: dt.datetime, zone: dt.tzinfo | None,
               stale: bool = False, short: bool = False, in_flight: str = "", last_seen: str = "",
               on_call: str = "") -> str:
    """``state_words`` ("firing", "acknowledged by ana until 14:05"...; ``now`` aware UTC, times
    in ``zone``), or ``in_flight_words`` while ``in_flight`` names a silence on its way; then the
    escalation (``escalation_words``: "… — escalated to L2 (answered)"; ``short`` cell: "✓ until
    14:05 · esc. to L2" (review 46 F9; review 59 U2: not "L2 paged"), "… · L3", "L2 answered"),
    "(stale)" after it for an earlier poll's (not ``short``: the column's title says it, and the
    cell keeps its room for the state, review 48 R9: "(desatual.) …é 21:56 · L3"). Once the level escalated to should have
    resolved it (L2, 30 minutes after the escalation), the notice's words: "… — escalated to L2;
    L2 resolution overdue since 10:01", the ``short`` cell "L2 resolution overdue" alone: the rest
    of the state would not fit (pt_BR "✓ até 10:05 · Resolução do L2 atrasada"; the response
    column's "✓" and the grey row say an acknowledgement); while the guide asks for L3, the cell's
    "· L3" instead.

    Args:
        last_seen: only these members (their URLs, ", "-joined), which do not answer, hold the alert:
            "firing, as last seen" (not ``short``: "firing, as last seen on http://am2:9093").
        clock: the alert's SLA clock now (None: its severity is not known); its escalation due,
            whether it responded.
        escalated: what the journal recorded (``Escalated``).
        on_call: the engineer on call, whose silences alone acknowledge without ``ACK``
            (``core.acknowledged.acknowledges``; review 59 U1).
    """
    due = clock.escalation if clock is not None else L1
    levels, answered_fps, resolve_by = escalated
    done, answered = levels.get(alert.fingerprint, L1), alert.fingerprint in answered_fps
    late = resolve_by.get(alert.fingerprint)
    late_at = local_time(late, zone, now, QCoreApplication.translate) if late is not None and late < now else ""
    words = escalation_words(due, done, QCoreApplication.translate, hint=not short, answered=answered,
                             overdue_since=late_at)
    if short and late_at and due <= done and not in_flight:  # the notice's words (fresh-user review M10)
        text = QCoreApplication.translate(TR_CONTEXT, "%1 resolution overdue",
                                          "the narrow state cell: the level escalated to has not resolved it in time")
        text = text.replace("%1", done)
        return tr("%1, as last seen").replace("%1", text) if last_seen else text
    room = not (short and words)  # the narrow cell with an escalation: no author, no "responded" (the clock's ✓)
    text = in_flight_words(in_flight, short) if in_flight else state_words(
        alert, silences, now, zone, QCoreApplication.translate, stale, short,
        clock is not None and clock.responded and room, author=room, on_call=on_call)
    if last_seen:  # held only by members that do not answer, as ``status`` says it (review 55 P5)
        text = (tr("%1, as last seen") if short else tr("%1, as last seen on %2").replace("%2", last_seen)).replace(
            "%1", text)
    if words:  # what "Escalate to L2" points at (review 21), what was done (28); short: review 43 F6
        # the cell abbreviates the detail pane's "escalated to L2" (review 59 U2: "L2 paged" said the app paged)
        made = QCoreApplication.translate(TR_CONTEXT, "%1 answered", "the narrow state cell: that level answered") \
            if answered else QCoreApplication.translate(TR_CONTEXT, "esc. to %1",
                                                        "the narrow state cell: 'escalated to %1', abbreviated")
        text += (" · " + (due if due > done else made.replace("%1", done))) if short else " — " + words
    return text + (" " + tr("(stale)") if stale and not short else "")
