"""What ``attention.AttentionMonitor.evaluate`` finds after a poll (no Qt, no I/O): the
``Attention`` it gives, read by the notices (``notify.attention_messages``), the tray's tooltip
and the alerts window. Split out of ``attention`` for size; ``attention`` re-exports it."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from ..alertmanager.models import Alert, Silence
from .deadlines import Deadline
from .flags import RedFlag
from .severity import Severity
from .sla import first_target


def missed_responses(overdue: Iterable[str], severities: Mapping[str, Severity]) -> frozenset[str]:
    """The alerts of ``overdue`` (fingerprints) whose missed target asks for a response
    (``sla.first_target`` "respond": acknowledge, critical < 5 min, warning < 15 min), not an
    info alert's late review (guide: "Monitorar, não requer ação urgente"): the one rule of the
    urgent marks, the "Response target missed" red flag (review 63 Z7) and the tray icon's
    overdue mark (review 64 K6). An alert of unknown severity counts (``severities`` lacks it)."""
    return frozenset(fp for fp in overdue if fp not in severities or first_target(severities[fp]) == "respond")


@dataclass(frozen=True)
class Attention:
    """What ``evaluate`` found.

    Attributes:
        nearest: the nearest deadline still ahead (unacknowledged alerts' response targets,
            firing alerts' resolution or investigation targets), None if none.
        overdue: fingerprints of unacknowledged alerts whose response target is missed (an info
            alert's: its review; ``missed_responses`` are the urgent ones).
        newly_overdue: those of ``overdue`` not reported before (to notify once each).
        on_call: the engineer on call ``evaluate`` was given (whose silences acknowledge without
            ``ACK``: ``acknowledged.acknowledges``; review 59 U1).
        newly_unresolved: alerts whose second target (resolution; a warning's investigation)
            passed, not reported before, and whose escalation does not fall due with it (to
            notify once each).
        escalations: (alert, severity, level) whose level rose to L2 or L3 since last said.
        unanswered: (alert, severity, level, escalated at (UTC)) of the escalations recorded by
            the engineer whose answer time (``sla.ANSWER_WITHIN``) passed while the alert
            fires, not reported before (to notify once per alert and level).
        level_unresolved: (alert, severity, level, escalated at, due at (UTC)) of the escalations to L2
            recorded whose resolution time (``SlaPolicy.escalated_resolve_by``) passed while the
            alert fires, not reported before (to notify once per alert and level).
        reminders: (alert, severity) of unacknowledged critical alerts due for a reminder.
        expiring: (alert, silence) acknowledgements ending soon while the alert fires.
        lapsed: (alert, severity, silence) acknowledgements recorded in the journal that ran out
            since the last evaluation while the alert fires, and silences that muted it and ended
            (a colleague's plain one too: review 64 V3) (``run_out``; not one expired by
            hand), said once (review 48 R10: only the generic reminder came, 1 min 38 s later).
        red_flags: the guide's red flag and the app's own warnings in force (``flags``), with a
            short detail (alert names, minutes).
        new_red_flags: those raised by this evaluation (to notify once).
        severities: fingerprint -> severity of the alerts evaluated (the snapshot's), for the
            alerts that ``overdue``, ``newly_unresolved`` and ``expiring`` name without theirs.
        escalated: fingerprint -> the level the engineer recorded an escalation to
            (``shifts.escalated_levels``), for the alerts of the snapshot.
        acknowledged_at: fingerprint -> when the engineer acknowledged it during its current
            firing, as the journal recorded it (``shifts.recorded_responses``; UTC).
        behind: fingerprints whose clock asks for a level above the one recorded (``escalated``):
            their reminders still say "or escalate" (review 36).
        answered: fingerprints of ``escalated`` whose level's answer the engineer recorded.
        level_resolve_by: fingerprint -> when the level escalated to should have resolved it
            (UTC; ``SlaPolicy.escalated_resolve_by``: L2's, none for L3), past or not: the
            alerts window says it once past (the row's "L2 resolution overdue").
        slowed: the contact's flag (``RedFlag.UNREACHABLE``) stands because Alertmanager, or its
            proxy, asks the tray to slow down (``ContactState.slowed``: HTTP 429, 503 with
            ``Retry-After``): it answers, and the flag is worded so (bdleft1: it was said
            "unreachable"), its value unchanged.
        seen_at: when the alerts evaluated were fetched (the last good poll's snapshot, UTC);
            None before any.
    """

    nearest: Deadline | None = None
    overdue: tuple[str, ...] = ()
    newly_overdue: tuple[str, ...] = ()
    escalations: tuple[tuple[Alert, Severity, str], ...] = ()
    unanswered: tuple[tuple[Alert, Severity, str, dt.datetime], ...] = ()
    reminders: tuple[tuple[Alert, Severity], ...] = ()
    expiring: tuple[tuple[Alert, Silence], ...] = ()
    lapsed: tuple[tuple[Alert, Severity, Silence], ...] = ()
    red_flags: Mapping[RedFlag, str] = dataclasses.field(default_factory=dict)
    new_red_flags: tuple[RedFlag, ...] = ()
    newly_unresolved: tuple[str, ...] = ()
    severities: Mapping[str, Severity] = dataclasses.field(default_factory=dict)
    escalated: Mapping[str, str] = dataclasses.field(default_factory=dict)
    acknowledged_at: Mapping[str, dt.datetime] = dataclasses.field(default_factory=dict)
    behind: frozenset[str] = frozenset()
    answered: frozenset[str] = frozenset()
    level_unresolved: tuple[tuple[Alert, Severity, str, dt.datetime, dt.datetime], ...] = ()
    level_resolve_by: Mapping[str, dt.datetime] = dataclasses.field(default_factory=dict)
    on_call: str = ""
    slowed: bool = False
    seen_at: dt.datetime | None = None

    @property
    def missed_responses(self) -> frozenset[str]:
        """Those of ``overdue`` that missed a response, not an info alert's review
        (``missed_responses``): what the tray icon's overdue mark shows."""
        return missed_responses(self.overdue, self.severities)
