"""SLA clocks and escalation levels from the on-call guide (no Qt, no I/O).

Rules (guide, "Procedimentos por Severidade" and "Escalação de Incidentes"; design notes, "The
on-call guide as rules"), all configurable through ``SlaPolicy``:

* critical: respond < 5 min, resolve < 15 min; escalate to L2 (Tech Lead/SRE) when not resolved
  in 15 min ("Escala para L2 se: não resolver em 15min"), to L3 (CTO/architect) past 1 h
  ("Incidente prolongado (>1h)");
* warning: respond < 15 min, investigate < 30 min ("Resposta < 15min | Investigação < 30min");
  stays L1 unless configured (the guide escalates a warning only "if it keeps getting worse",
  which no clock can tell);
* info: "Revisar no próximo dia útil": respond during the first business day that opens after
  ``startsAt``, by its closing (default Monday to Friday, 09:00 to 18:00, in the configured
  zone; review 57 S9); no resolution target;
* unknown (no or unmapped ``severity`` label): treated like warning;
* after an escalation to L2 recorded by the engineer, L2 answers < 10 min after it
  (``ANSWER_WITHIN``) and resolves < 30 min after it ("Nível 2 - Tech Lead / SRE - Resolução
  esperada: < 30 minutos"; ``SlaPolicy.l2_resolve``, ``SlaPolicy.escalated_resolve_by``), the
  guide's cue to consider L3 ("Escala para L3 se: ... incidente prolongado").

Each severity's second target is kept as its "resolve" target (``Targets.resolve``,
``SlaClock.resolve_by``, the settings' ``sla_<severity>_resolve_minutes``, ``status --json``'s
``resolve_by``): for a critical alert it is a resolution, for a warning (and an unknown severity)
the guide's investigation; ``second_target`` says which, for what is shown to the engineer.

Clocks start at the alert's ``startsAt``. The response clock stops when the alert is acknowledged
(the covering silence's ``startsAt``, see ``acknowledged_at``) or resolves; the resolution (or
investigation) clock stops when it resolves. Everything comes from Alertmanager's state, so the clocks are right after
a restart of the app.

Boundaries: a target is met when the event happens at or before its deadline, so a remaining
time of exactly 0 s is still on time; it is missed once strictly past. An escalation threshold
is likewise reached once strictly past: with the defaults a critical alert becomes L2 at the
same instant its resolution target is missed.

All datetimes are timezone-aware; returned ones are in UTC. Durations are seconds (floats) or
``timedelta``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from ..alertmanager.matchers import matches_all
from ..alertmanager.models import Alert, Silence
from .acknowledged import acknowledges_alert, fired_time
from .business_hours import BusinessHours, aware_utc as _utc
from .severity import Severity

L1, L2, L3 = "L1", "L2", "L3"
LEVELS = (L1, L2, L3)
#: How soon the level escalated to answers, from the escalation (guide, "Escalação de
#: Incidentes": L2 "Resposta: < 10 minutos após escalação"; L3 "Resposta: < 15 minutos").
ANSWER_WITHIN = {L2: dt.timedelta(minutes=10), L3: dt.timedelta(minutes=15)}
#: A clock is "amber" in the last fifth of its target (``SlaClock.fraction_left`` below this).
AMBER_FRACTION = 0.2
_MINUTE = dt.timedelta(minutes=1)


@dataclass(frozen=True)
class Targets:
    """The targets of one severity, counted from the alert's ``startsAt``.

    Attributes:
        respond: time to acknowledge, or None for no target.
        resolve: time to resolve (critical) or to investigate (warning: ``second_target``),
            or None for no target.
        l2_after: escalate to L2 once this is past (None: never).
        l3_after: escalate to L3 once this is past (None: never).
        respond_next_business_day: respond by the closing of the next business day
            (``BusinessHours.next_business_day_end``) instead of after ``respond`` (guide, info:
            "Revisar no próximo dia útil").
    """

    respond: dt.timedelta | None = None
    resolve: dt.timedelta | None = None
    l2_after: dt.timedelta | None = None
    l3_after: dt.timedelta | None = None
    respond_next_business_day: bool = False


def second_target(severity: Severity) -> str:
    """What the second target of ``severity`` asks for (``Targets.resolve``): "resolve" for a
    critical alert (guide: "Resposta < 5min | Resolução < 15min"), "investigate" for the others
    (warnings: "Resposta < 15min | Investigação < 30min"; unknown severity counts as warning;
    info has no such target)."""
    return "resolve" if severity is Severity.CRITICAL else "investigate"


def first_target(severity: Severity) -> str:
    """What the first target of ``severity`` asks for (``Targets.respond``), the one word every
    text of it follows: "review" for an info alert (guide: "Alertas INFO — SLA: Revisar no
    próximo dia útil … Monitorar, não requer ação urgente"; review 63 Z7: it was told to
    "acknowledge it now"), "respond" for the others (acknowledge: critical < 5 min, warning
    < 15 min). The clock is the same (``SlaPolicy.deadlines``); only its words differ."""
    return "review" if severity is Severity.INFO else "respond"


def _minutes(n: float) -> dt.timedelta:
    return n * _MINUTE


@dataclass(frozen=True)
class SlaPolicy:
    """Targets per severity and the business hours; the defaults are the guide's (see the
    module docstring). Unknown severity uses ``warning``. ``l2_resolve``: how soon L2 resolves,
    counted from the escalation to L2 the engineer recorded (guide: "Resolução esperada: < 30
    minutos"), whatever the severity; None: no target."""

    critical: Targets = Targets(_minutes(5), _minutes(15), _minutes(15), _minutes(60))
    warning: Targets = Targets(_minutes(15), _minutes(30))
    info: Targets = Targets(respond_next_business_day=True)
    business: BusinessHours = field(default_factory=BusinessHours)
    l2_resolve: dt.timedelta | None = _minutes(30)

    def escalated_resolve_by(self, level: str, escalated_at: dt.datetime | None) -> dt.datetime | None:
        """When the level an alert was escalated to should have resolved it (UTC): for L2,
        ``escalated_at`` (when the engineer recorded the escalation, aware) plus ``l2_resolve``.
        None for another level (the guide gives L3 no resolution time; an escalation to L3 ends
        L2's), without a time, or without that target. Raises ValueError for a naive time."""
        if level != L2 or escalated_at is None or not self.l2_resolve:
            return None
        return _utc(escalated_at, "escalated_at") + self.l2_resolve

    def targets(self, severity: Severity) -> Targets:
        """The targets for ``severity`` (UNKNOWN: the warning ones)."""
        if severity is Severity.CRITICAL:
            return self.critical
        if severity is Severity.INFO:
            return self.info
        return self.warning

    def deadlines(self, alert: Alert, severity: Severity) -> tuple[dt.datetime | None, dt.datetime | None]:
        """(respond by, resolve by) of ``alert`` (UTC), None where there is no such target or no
        ``startsAt``: the response target, or the next business day's closing for the severities the
        guide answers on the next business day; the second target (a warning's investigation,
        ``second_target``). They do not move while the alert lasts (the alerts table sorts by
        them)."""
        start = alert.starts_at
        if start is None:
            return None, None
        targets = self.targets(severity)
        if targets.respond_next_business_day:
            respond_by = self.business.next_business_day_end(start)
        else:
            respond_by = start + targets.respond if targets.respond else None
        return respond_by, start + targets.resolve if targets.resolve else None

    def clock(self, alert: Alert, severity: Severity, acknowledged_at: dt.datetime | None = None,
              resolved_at: dt.datetime | None = None, *, now: dt.datetime) -> SlaClock:
        """The SLA clock of ``alert`` at ``now``.

        Args:
            alert: the alert; its ``starts_at`` starts the clocks (None: no targets, L1).
            severity: its severity (``SeverityMap.of(alert)``).
            acknowledged_at: when it was acknowledged (``acknowledged_at(alert, silences)``), or
                None; a time before ``startsAt`` (a silence made in advance) counts as
                ``startsAt``, a time after ``now`` as not yet.
            resolved_at: when it resolved, or None while it fires; same rules.
            now: the current time (injectable for tests).
        Returns:
            an immutable ``SlaClock``.
        Raises:
            ValueError: a naive datetime.
        """
        now = _utc(now, "now")
        start = alert.starts_at
        targets = self.targets(severity)
        acked = _event(acknowledged_at, start, now, "acknowledged_at")
        resolved = _event(resolved_at, start, now, "resolved_at")
        if start is None:
            return SlaClock(severity, None, None, None, None, None, acked is not None, resolved is not None,
                            L1, None, 0.0)
        # Called for every alert at every poll (10,000 in a large outage): plain comparisons, no
        # generators.
        resolve_stop = resolved or now
        respond_stop = now
        if acked is not None and acked < respond_stop:
            respond_stop = acked
        if resolved is not None and resolved < respond_stop:
            respond_stop = resolved
        respond_by, resolve_by = self.deadlines(alert, severity)
        elapsed = resolve_stop - start
        thresholds = ((L2, targets.l2_after), (L3, targets.l3_after))
        escalation = L1
        for level, after in thresholds:
            if after and elapsed > after and level > escalation:
                escalation = level
        next_at, next_level = None, ""
        if resolved is None:
            for level, after in thresholds:
                if after and level > escalation and elapsed <= after and (next_at is None or start + after < next_at):
                    next_at, next_level = start + after, level
        return SlaClock(severity, start, respond_by, resolve_by, _seconds(respond_by, respond_stop),
                        _seconds(resolve_by, resolve_stop), acked is not None, resolved is not None, escalation,
                        next_at, elapsed.total_seconds(), next_level, alert.silenced and acked is None and resolved is None)


@dataclass(frozen=True, slots=True)
class SlaClock:
    """Where an alert stands against its targets at one moment.

    Attributes:
        severity: the severity whose targets apply.
        starts_at: the alert's ``startsAt`` (UTC) or None.
        respond_by, resolve_by: deadlines (UTC), None when there is no such target;
            ``resolve_by`` is a warning's investigation deadline (``second_target``).
        respond_remaining_s, resolve_remaining_s: seconds left until the deadline, counted to
            now or, once the clock stopped (acknowledged or resolved), frozen at that moment;
            negative once past; None when there is no target.
        responded: acknowledged (silenced) at or before now.
        resolved: resolved at or before now.
        escalation: "L1", "L2" or "L3": the level the guide asks for by now (or by resolution).
        next_escalation_at: when the next level falls due (UTC), None if none will.
        elapsed_s: seconds from ``startsAt`` to resolution or now.
        next_escalation: the level that falls due at ``next_escalation_at`` ("" when none will).
        paused: silenced now by a silence that is no acknowledgement of it (a colleague's
            maintenance: ``acknowledged.acknowledges``): its response is not met, shown
            "silenced"; once that silence ends the response clock reads as it runs, overdue when
            past (review 59 U1: "✓ 6m late" though nobody on call responded).
    """

    severity: Severity
    starts_at: dt.datetime | None
    respond_by: dt.datetime | None
    resolve_by: dt.datetime | None
    respond_remaining_s: float | None
    resolve_remaining_s: float | None
    responded: bool
    resolved: bool
    escalation: str
    next_escalation_at: dt.datetime | None
    elapsed_s: float
    next_escalation: str = ""
    paused: bool = False

    @property
    def response_missed(self) -> bool:
        """True once the response deadline is strictly past without acknowledgement before it."""
        return self.respond_remaining_s is not None and self.respond_remaining_s < 0

    @property
    def resolution_missed(self) -> bool:
        """True once the resolution (a warning's investigation) deadline is strictly past
        without resolution before it."""
        return self.resolve_remaining_s is not None and self.resolve_remaining_s < 0

    def fraction_left(self, which: str = "resolve") -> float | None:
        """Part of the target still left, from 1.0 (just started) to 0.0 (deadline reached or
        past); below ``AMBER_FRACTION`` the clock is amber. None without that target.

        Args:
            which: "respond" or "resolve".
        Raises:
            ValueError: another ``which``.
        """
        if which == "respond":
            deadline, remaining = self.respond_by, self.respond_remaining_s
        elif which == "resolve":
            deadline, remaining = self.resolve_by, self.resolve_remaining_s
        else:
            raise ValueError(f"which must be 'respond' or 'resolve', not {which!r}")
        if deadline is None or remaining is None or self.starts_at is None:
            return None
        total = (deadline - self.starts_at).total_seconds()
        if total <= 0:
            return 0.0
        return min(1.0, max(0.0, remaining / total))


def acknowledged_at(alert: Alert, silences: Mapping[str, Silence]) -> dt.datetime | None:
    """When ``alert`` was acknowledged: the earliest ``startsAt`` among the silences listed in
    its ``status.silencedBy``, or None when it is not silenced (or none of them is known).

    Args:
        alert: the alert as Alertmanager returned it.
        silences: silence ID -> silence (``GET /api/v2/silences`` fetched after the alerts, so
            that every ID in ``silencedBy`` is there). ``pending`` silences are ignored; an
            ``expired`` one still counts, as it was active when the alert was read.
    """
    if not alert.status.silenced_by:
        return None
    times = [s.starts_at for sid in alert.status.silenced_by
             if (s := silences.get(sid)) is not None and s.status.state != "pending" and s.starts_at is not None]
    return min(times) if times else None


class Acknowledgements:
    """When each alert of one poll was acknowledged, for its response clock.

    An alert silenced now was acknowledged as ``acknowledged_at`` says, unless an earlier
    silence, since expired, already covered it. One that is not silenced may still have been
    acknowledged: its acknowledgement silence can have run out (or been expired) while it kept
    firing. The response was made all the same, so the clock stays stopped at that silence's
    ``startsAt`` (guide: the response target is met by acknowledging) rather than turning
    overdue. Such a silence is an ``expired`` one that was the acknowledgement of that alert
    (``acknowledged.acknowledges``, the one rule: equality matchers only, one of them its
    ``alertname``, ``alertname=""`` or every label for an alert without one, as ``oncall-tray
    ack`` and the tray make them; review 64 K2) whose matchers match the alert's labels and that
    ended after the alert's ``startsAt`` (it covered this firing, not an earlier one). A broad
    silence (a regex, a negative matcher, a host's or a service's without the alert's name) that
    expired does not count: it was no answer to this alert, which may even have reached
    Alertmanager after it ended (review 22: 417 alerts shown "✓ responded" after a 70-second
    ``service=~"fron.*"`` silence). Alertmanager keeps expired
    silences for its data retention (5 days by default).

    Only an acknowledgement counts (``acknowledged.acknowledges`` with the engineer ``on_call``;
    guide: the response is the time to ACK): a colleague's silence without ``ACK`` pauses the
    clock (``SlaClock.paused``) and, once ended, leaves it running (review 59 U1).

    The journal's word counts too (``recorded``): an alert the engineer acknowledged during this
    firing was responded to then, even when its silence is gone from Alertmanager altogether
    (review 29: an Alertmanager restarted without its data lost the silences, and alerts
    acknowledged in time were then announced as "Response target missed").

    Args:
        silences: silence ID -> silence (all states, as ``GET /api/v2/silences`` gives them).
        recorded: fingerprint -> when the engineer acknowledged it during its current firing
            (UTC; ``shifts.recorded_responses``: the open incidents'), or None.
        on_call: the engineer on call (``shifts.on_call_engineer``); "": anyone's silences count.
    Built once per poll: the expired silences are indexed by their ``alertname="X"`` matcher
    ("" for ``alertname=""`` or none), so that 10,000 alerts each look at the few silences of
    their own rule.
    """

    def __init__(self, silences: Mapping[str, Silence], recorded: Mapping[str, dt.datetime] | None = None,
                 on_call: str = "") -> None:
        self._silences, self._on_call = silences, on_call
        self._recorded = recorded or {}
        self._expired: dict[str, list[Silence]] = {}
        for silence in silences.values():
            if silence.status.state == "expired" and silence.starts_at is not None and silence.ends_at is not None \
                    and (silence.made_for or all(m.is_equal and not m.is_regex for m in silence.matchers)):
                # "" holds those of alerts without a name (``alertname=""``, or no alertname
                # matcher at all): ``acknowledges`` decides, as for a named one (review 64 K2)
                name = next((m.value for m in silence.matchers if m.name == "alertname"), "")
                self._expired.setdefault(name, []).append(silence)

    def at(self, alert: Alert) -> dt.datetime | None:
        """When ``alert`` was first acknowledged during this firing (UTC): the earliest start of
        the silences covering it now or of the expired ones that covered it; None when none did."""
        found = acknowledged_at(alert, {sid: s for sid in alert.status.silenced_by if (s := self._silences.get(sid))
                                        is not None and acknowledges_alert(s, alert, self._on_call)})  # an earlier one stands
        recorded = self._recorded.get(alert.fingerprint)
        fired = fired_time(alert)  # as the State column takes it (review 61 X13: a start in the future)
        if recorded is not None and fired is not None and recorded >= fired and (found is None or recorded < found):
            found = recorded
        if not self._expired or fired is None:
            return found
        for silence in self._expired.get(alert.alertname, ()):
            if silence.ends_at > fired and (found is None or silence.starts_at < found) \
                    and matches_all(silence.matchers, alert.labels) and acknowledges_alert(silence, alert, self._on_call):
                found = silence.starts_at
        return found


def clocks_for(alerts: Iterable[Alert], severities: Mapping[str, Severity], silences: Iterable[Silence],
               now: dt.datetime, policy: SlaPolicy, recorded: Mapping[str, dt.datetime] | None = None,
               on_call: str = "") -> dict[str, SlaClock]:
    """Fingerprint -> clock for firing alerts (one poll: nothing resolved), acknowledged by
    their silences or as the journal ``recorded`` it (see ``Acknowledgements``; ``on_call`` its).
    Raises ValueError for a naive ``now``."""
    acknowledgements = Acknowledgements({s.id: s for s in silences}, recorded, on_call)
    return {a.fingerprint: policy.clock(a, severities[a.fingerprint], acknowledgements.at(a), now=now)
            for a in alerts}


def _event(at: dt.datetime | None, start: dt.datetime | None, now: dt.datetime, name: str) -> dt.datetime | None:
    """``at`` in UTC, not before ``start``; None when absent or after ``now``."""
    if at is None:
        return None
    at = _utc(at, name)
    if at > now:
        return None
    return max(at, start) if start is not None else at


def _seconds(deadline: dt.datetime | None, stop: dt.datetime) -> float | None:
    return (deadline - stop).total_seconds() if deadline is not None else None
