"""What needs the engineer's attention beyond new alerts: SLA deadlines, escalations, reminders,
the guide's red flag and the app's own warnings (no Qt, no I/O; issue 4).

``AttentionMonitor.evaluate`` runs after every poll (in the poller thread) and says what is due
now; it remembers what it already said, so that each escalation, flag and expiring
acknowledgement is announced once, and reminders come every ``reminder_interval``. What it said
is kept in the shift journal (``said``, ``recall``; the poller writes it), so that a tray
restarted during the shift does not say it again.

Rules and sources:
- escalate to L2 / L3 when the SLA clock's level rises (guide: "Escala para L2 se: não resolver
  em 15min"; L3 "Incidente prolongado (>1h)"), once per alert and level;
- an unacknowledged critical alert reminds every ``reminder_interval`` (issue 4, default 2 min)
  until acknowledged (design notes: critical alerts keep reminding);
- an acknowledgement whose silence ends within ``expiry_lead`` while the alert still fires says
  so once (extend or escalate; the ack window is the guide's 15 min of investigation); once it
  ended, that is said once too, of any silence that muted the alert (review 64 V3); ended early
  (expired), it is said unless this app expired it (the engineer knows: ``expired_here``, the
  shift journal's), at once: someone else ended it (fresh-user review 71 AP5: a colleague's
  ``amtool silence expire`` went unsaid until the next reminder);
- an escalation recorded by the engineer whose answer time passed while the alert fires says so
  once per alert and level (guide: L2 answers "< 10 minutos após escalação", L3 "< 15
  minutos"; the app cannot know whether they answered: it asks);
- an escalation to L2 recorded whose resolution time passed while the alert fires, acknowledged
  or not, says so once per alert (guide: L2 "Resolução esperada: < 30 minutos", then "Escala
  para L3 se: ... incidente prolongado"; ``SlaPolicy.escalated_resolve_by``); an escalation to
  L3 ends it;
- a second target missed while no escalation falls due with it says so once (review 18: a
  warning still firing past the guide's "Investigação < 30min" was told nothing, as its
  escalation to L2 is off by default; a critical alert's 15 minutes of "Resolução" are its L2
  escalation); for a warning it is an investigation target (``sla.second_target``);
- the guide's red flag ("Red Flags": "Múltiplos alertas críticos simultâneos", counting every
  critical alert firing, acknowledged or not) and the app's own warnings (issue 4: contact lost
  for over a minute, a missed response target; not the guide's, ``flags``): the red flag and a
  missed response target once per shift for the alerts that raised it (README: they "notify once
  per shift"; review 74 BB3: a flapping critical alert dropped the red flag at each resolve and
  raised it, urgent and kept on screen, at each return; code review 85 BE5: remembered by kind
  only, other critical alerts together hours later were never said), said again when it comes
  back with an alert it was not said for, shown while it lasts; contact lost once each time it is lost
  (the engineer is blind then: never kept quiet; a new run's contact is its own).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Collection, Mapping

from ..alertmanager.models import Alert, Silence
from .acknowledged import expired_by_hand, muting, ran_out, run_out
from .attention_found import Attention, missed_responses
from .attention_memory import AttentionMemory
from .contact import ContactState
from .deadlines import TIE_S, Deadline, nearest_deadline  # noqa: F401 (re-exported)
from .flags import CONTACT_FLAGS, RedFlag, flag_names
from .severity import Severity
from .sla import ANSWER_WITHIN, L1, Acknowledgements, SlaClock, SlaPolicy, first_target, second_target
from .tracker import AlertSnapshot

__all__ = ["MINUTE", "TIE_S", "Attention", "AttentionMonitor", "Deadline", "RedFlag"]

MINUTE = dt.timedelta(minutes=1)
#: Since when a silence that muted an alert acknowledged by no journal record may have ended
#: (``run_out``: it still takes only one that ended after the alert's current firing began).
_EVER = dt.datetime.min.replace(tzinfo=dt.timezone.utc)


class AttentionMonitor(AttentionMemory):
    """Evaluates successive polls. Not thread-safe: the poller worker owns one.

    Args:
        policy: the SLA policy (targets, escalation thresholds, business hours).
        reminder_interval: between two reminders of one unacknowledged critical alert (None:
            no reminders).
        expiry_lead: how long before its end an acknowledgement counts as expiring.
        unreachable_after: contact lost for longer than this is raised (``RedFlag.UNREACHABLE``).
    """

    def __init__(self, policy: SlaPolicy, reminder_interval: dt.timedelta | None = 2 * MINUTE,
                 expiry_lead: dt.timedelta = 2 * MINUTE, unreachable_after: dt.timedelta = MINUTE) -> None:
        self.policy = policy
        self.reminder_interval = reminder_interval
        self.expiry_lead = expiry_lead
        self.unreachable_after = unreachable_after
        self._levels: dict[str, str] = {}
        self._reminded: dict[str, dt.datetime] = {}
        self._expiry_said: set[str] = set()
        self._muted: set[str] = set()  # the alerts muted at the last evaluation (``lapsed``)
        self._overdue_said: set[str] = set()
        self._unresolved_said: set[str] = set()
        self._answers_said: dict[str, str] = {}
        self._resolves_said: dict[str, str] = {}  # the escalations whose resolution time was said passed
        self._flags: dict[RedFlag, str] = {}
        # raised in this shift -> the alerts it was said for (None: not known, an older journal's);
        # the contact's not kept
        self._flags_said: dict[RedFlag, frozenset[str] | None] = {}


    def clocks(self, snapshot: AlertSnapshot, silences: Mapping[str, Silence], now: dt.datetime,
               acknowledged: Mapping[str, dt.datetime] | None = None, on_call: str = "") -> dict[str, SlaClock]:
        """Fingerprint -> SLA clock for every alert of ``snapshot`` at ``now``, acknowledged by
        its silences or as the journal recorded it (``acknowledged``, ``on_call``: ``sla.Acknowledgements``)."""
        clock, severities = self.policy.clock, snapshot.severities
        acknowledgements = Acknowledgements(silences, acknowledged, on_call)
        return {fp: clock(a, severities[fp], acknowledgements.at(a), now=now)
                for fp, a in snapshot.alerts.items()}

    def shown(self, snapshot: AlertSnapshot, silences: Mapping[str, Silence], now: dt.datetime,
              acknowledged: Mapping[str, dt.datetime] | None = None, on_call: str = "") -> None:
        """Take what the tray shows before its first good poll (the shift journal's picture,
        ``journal_copy.Recalled``: ``snapshot``, its ``silences``) as the last evaluation's: the
        alerts it shows acknowledged (as ``evaluate`` takes them; ``acknowledged``, ``on_call``
        as its) count as muted, so that the first good poll says which acknowledgements ran out
        meanwhile, as a tray that had been running says it (review 62 Y14: "Acknowledgement ran
        out" lost). Also the journal's last look, at its ``seen_at`` (``now``), for a tray that
        starts with Alertmanager answering (``PollerJournal._look_back``): an acknowledgement
        that ran out, or any silence of an alert that ended, while the tray was off is said as well
        (review 64 V3). Nothing else is said of the picture."""
        acknowledged = acknowledged or {}
        clocks = self.clocks(snapshot, silences, now, acknowledged, on_call)
        self._muted.update(fp for fp, clock in clocks.items()
                           if _acked(snapshot.alerts[fp], clock, silences, acknowledged))

    def _due_reminders(self, waiting: list[tuple[Alert, Severity, dt.timedelta]],
                       now: dt.datetime) -> list[tuple[Alert, Severity]]:
        """The reminders due at ``now`` among ``waiting`` (unacknowledged critical alerts and the
        time since each was last reminded of): none until one has waited ``reminder_interval``;
        then every one that waited at least half of it, together, so that they keep one cadence
        (review 22: cohorts of 84, 417, 6 and 1251 alerts came every 15 to 60 s)."""
        interval = self.reminder_interval
        if interval is None or not any(waited >= interval for _alert, _severity, waited in waiting):
            return []
        due = [(alert, severity) for alert, severity, waited in waiting if waited >= interval / 2]
        for alert, _severity in due:
            self._reminded[alert.fingerprint] = now
        return due

    def evaluate(self, snapshot: AlertSnapshot | None, silences: Mapping[str, Silence],
                 contact: ContactState, now: dt.datetime, escalated: Mapping[str, str] | None = None,
                 acknowledged: Mapping[str, dt.datetime] | None = None,
                 escalated_at: Mapping[str, dt.datetime] | None = None,
                 answered: Mapping[str, dt.datetime] | None = None,
                 escalated_since: Mapping[str, dt.datetime] | None = None, on_call: str = "",
                 expired_here: Collection[str] | None = ()) -> Attention:
        """What is due at ``now`` (aware UTC) given the last good snapshot (None before the first)
        and the contact state. ``escalated``: fingerprint -> the level the engineer already
        escalated the alert to (``shifts.escalated_levels``): no escalation to it, or below it,
        is asked for again. ``acknowledged``: fingerprint -> when the engineer acknowledged it
        during its current firing (``shifts.recorded_responses``): its response was made then,
        whatever became of the silence (review 29). ``escalated_at``: fingerprint -> when the
        engineer recorded its escalation to that level (UTC): its answer is due
        ``sla.ANSWER_WITHIN`` later, unless it is in ``answered`` (fingerprint -> when that level
        answered, UTC: shown, ``Attention.answered``). ``escalated_since``: fingerprint -> when it
        was escalated to that level, answered or not (UTC; None: ``escalated_at``): L2's
        resolution is due ``SlaPolicy.l2_resolve`` later (``Attention.level_unresolved``). The
        last five: ``shifts.Responses``. ``on_call``: the engineer on call (``shifts.on_call_engineer``):
        a colleague's silence without ``ACK`` is no response (review 59 U1). ``expired_here``: the
        IDs of the silences this app expired (``own_expires.expired_here``): one of them ended
        early is not said as lapsed; one ended early by anyone else is (review 71 AP5); None: not
        known (no journal, or unreadable): no early end is said, lest the engineer's own be."""
        escalated, acknowledged, escalated_at = escalated or {}, acknowledged or {}, escalated_at or {}
        escalated_since = escalated_at if escalated_since is None else escalated_since
        answered = frozenset(answered or ())
        resolve_by = {fp: due for fp, level in escalated.items()
                      if (due := self.policy.escalated_resolve_by(level, escalated_since.get(fp))) is not None}
        flags: dict[RedFlag, str] = {}
        # stale, not only unreachable: as many polls asked to slow down (429) leave the engineer as
        # blind as failed polls do (code review 84 BC9: an hour of 429s, no flag, reminders of old alerts)
        if contact.stale and contact.lost_since is not None and now - contact.lost_since > self.unreachable_after:
            flag = RedFlag.NO_CREDENTIALS if contact.refused else RedFlag.UNREACHABLE
            # asked to slow down: the minutes of that, not of an outage before (code review 86B BG7)
            flags[flag] = str(int((now - (contact.slowed_since or contact.lost_since)) / MINUTE))
        if snapshot is None or contact.stale:
            # Blind: keep the other flags as they were rather than lowering and raising them again.
            flags.update((f, d) for f, d in self._flags.items() if f not in CONTACT_FLAGS)
            return self._finish(Attention(escalated=dict(escalated), acknowledged_at=dict(acknowledged),
                                          answered=answered, level_resolve_by=resolve_by,
                                          slowed=contact.slowed and RedFlag.UNREACHABLE in flags,
                                          seen_at=snapshot.fetched_at if snapshot is not None else None), flags)
        clocks = self.clocks(snapshot, silences, now, acknowledged, on_call)
        alerts, severities = snapshot.alerts, snapshot.severities
        overdue, unresolved, escalations, waiting, expiring, unanswered, lapsed = [], [], [], [], [], [], []
        level_unresolved = []
        muted = set()
        deadlines = []
        critical = []
        for fp, clock in clocks.items():
            alert, severity = alerts[fp], severities[fp]
            # no reminder either for one whose acknowledgement the journal recorded during this
            # firing (review 32: "Still unacknowledged" named the alerts whose silences a wiped
            # Alertmanager lost, beside "✓ responded" and the "Acknowledgements lost" notice),
            # unless it ran out: its silence expired while the alert fires (review 46 F1)
            acked = _acked(alert, clock, silences, acknowledged)
            if acked:
                muted.add(fp)
            elif fp in self._muted:  # muted at the last evaluation: its silence ended while it fires?
                # an acknowledgement recorded, or any silence that muted it, a colleague's plain one
                # too (review 64 V3: "Silence ends at …" was said, its end by nobody)
                ended = run_out(alert, silences.values(), acknowledged.get(fp, _EVER))
                if ended is not None and not (expired_by_hand(ended) and (
                        expired_here is None or ended.id in expired_here)):
                    lapsed.append((alert, severity, ended))
                    if severity is Severity.CRITICAL:
                        self._reminded[fp] = now  # said now: the reminders count from here
            # responded: acknowledged now, or by a silence that has run out since (the response was made);
            # paused: muted by a silence that is no acknowledgement, due again once it ends (review 59 U1)
            for kind, at in ((first_target(severity), None if clock.responded or clock.paused else clock.respond_by),
                             (second_target(severity), clock.resolve_by)):
                if at is not None and at >= now:
                    deadlines.append((at, severity.rank, alert.display_name, fp, kind, ""))
            at, level = clock.next_escalation_at, clock.next_escalation
            if at is not None and at >= now and level > escalated.get(fp, L1):  # not one recorded already
                deadlines.append((at, severity.rank, alert.display_name, fp, "escalate", level))
            if not clock.responded and not clock.paused and clock.response_missed:
                overdue.append(fp)
            if clock.resolution_missed and clock.escalation == L1:  # an escalation due says it otherwise
                unresolved.append(fp)
            said = max(self._levels.get(fp, L1), escalated.get(fp, L1))
            if clock.escalation > said:
                escalations.append((alert, severity, clock.escalation))
            self._levels[fp] = max(said, clock.escalation)
            level = escalated.get(fp, L1)
            if level != L1:  # counted from the escalation recorded: a deadline, then said once
                since, started, resolve = escalated_at.get(fp), escalated_since.get(fp), resolve_by.get(fp)
                answer = since + ANSWER_WITHIN[level] if level in ANSWER_WITHIN and since else None
                for kind, due, said_of, found, item in (
                        ("answer", answer, self._answers_said, unanswered, (alert, severity, level, since)),
                        ("level-resolve", resolve, self._resolves_said, level_unresolved,
                         (alert, severity, level, started, resolve))):
                    if due is not None and due >= now:
                        deadlines.append((due, severity.rank, alert.display_name, fp, kind, level))
                    elif due is not None and said_of.get(fp, L1) < level:
                        said_of[fp] = level
                        found.append(item)
            if severity is Severity.CRITICAL:
                critical.append(fp)
            if severity is Severity.CRITICAL and not acked:
                last = self._reminded.get(fp)
                if last is None or last > now:  # the fired notification was the first word; or the
                    self._reminded[fp] = now  # clock stepped back (review 32: no reminder for 2 h)
                elif self.reminder_interval is not None:
                    waiting.append((alert, severity, now - last))
            elif acked:
                self._reminded.pop(fp, None)
                # the last of the silences that mute it, also those Alertmanager does not list in
                # its silencedBy yet (review 44 F7: "ends at 16:50" with four more covering it to 24 h)
                last = muting(alert, silences.values())
                ends = last.ends_at if last is not None else None
                if ends is not None and ends - now <= self.expiry_lead:
                    silence = silences[last.silence_id]
                    if silence.id not in self._expiry_said:
                        self._expiry_said.add(silence.id)
                        expiring.append((alert, silence))
        reminders = self._due_reminders(waiting, now)
        self._muted = muted
        for store in (self._levels, self._reminded, self._answers_said, self._resolves_said):
            for fp in [fp for fp in store if fp not in alerts]:
                del store[fp]
        # said once per firing: kept while the alert is listed, also when it leaves the state for
        # a while (review 29: a clock stepped back, then forward, said them all again)
        newly_overdue = tuple(fp for fp in overdue if fp not in self._overdue_said)
        self._overdue_said = {fp for fp in self._overdue_said if fp in alerts}.union(overdue)
        if newly_overdue:  # "Response target missed" reminds too: the reminder's cadence counts from it
            said = set(newly_overdue)  # (review 37: two pods, four critical pop-ups within 5 s)
            reminders = [r for r in reminders if r[0].fingerprint not in said]
            self._reminded.update((fp, now) for fp in said if fp in self._reminded)
        newly_unresolved = tuple(fp for fp in unresolved if fp not in self._unresolved_said)
        self._unresolved_said = {fp for fp in self._unresolved_said if fp in alerts}.union(unresolved)
        raised_by = {RedFlag.SEVERAL_CRITICAL: frozenset(critical) if len(critical) >= 2 else frozenset(),
                     # an info alert's review is no missed response (review 63 Z7)
                     RedFlag.RESPONSE_MISSED: missed_responses(overdue, severities)}
        for flag, fingerprints in raised_by.items():
            if fingerprints:
                flags[flag] = flag_names(snapshot, set(fingerprints))
        return self._finish(Attention(nearest_deadline(deadlines), tuple(overdue), newly_overdue, tuple(escalations),
                                      tuple(unanswered), tuple(reminders), tuple(expiring), tuple(lapsed),
                                      newly_unresolved=newly_unresolved,
                                      severities=severities,
                                      escalated={fp: level for fp, level in escalated.items() if fp in alerts},
                                      behind=frozenset(fp for fp, clock in clocks.items()
                                                       if clock.escalation > escalated.get(fp, L1)),
                                      acknowledged_at={fp: at for fp, at in acknowledged.items() if fp in alerts},
                                      answered=frozenset(fp for fp in answered if fp in alerts),
                                      level_unresolved=tuple(level_unresolved),
                                      level_resolve_by={fp: at for fp, at in resolve_by.items() if fp in alerts},
                                      on_call=on_call),
                            flags, raised_by)

    def _finish(self, attention: Attention, flags: dict[RedFlag, str],
                raised_by: Mapping[RedFlag, frozenset[str]] | None = None) -> Attention:
        """``attention`` with the flags in force (``flags``: flag -> detail) and those to say now:
        raised by this evaluation, not in force at the last one; of the contact's, each time;
        of the others, once in the shift for the alerts that raised it (``raised_by``: flag ->
        fingerprints; none given: blind, kept as they were): said again only when it comes back
        with an alert it was not said for (code review 85 BE5), not when the same alerts flap
        (review 74 BB3). An older journal's flag said for unknown alerts takes the next alerts
        that raise it as those it was said for, unsaid."""
        raised_by = raised_by or {}
        new = []
        for flag in flags:
            alerts = raised_by.get(flag, frozenset())
            if flag in CONTACT_FLAGS:
                if flag not in self._flags:
                    new.append(flag)
                continue
            said = self._flags_said.get(flag, frozenset())
            if flag not in self._flags and (flag not in self._flags_said or (said is not None and not alerts <= said)):
                new.append(flag)
            self._flags_said[flag] = (alerts or None) if said is None else said | alerts
        self._flags = flags
        return dataclasses.replace(attention, red_flags=dict(flags), new_red_flags=tuple(new))


def _acked(alert: Alert, clock: SlaClock, silences: Mapping[str, Silence], acknowledged: Mapping[str, dt.datetime]) -> bool:
    """Whether ``alert`` counts as acknowledged: silenced, or its acknowledgement recorded during
    this firing (``acknowledged``) and its response made, unless that one ran out (``ran_out``)."""
    fp = alert.fingerprint
    return alert.silenced or (fp in acknowledged and clock.responded
                              and not ran_out(alert, silences.values(), acknowledged[fp]))
