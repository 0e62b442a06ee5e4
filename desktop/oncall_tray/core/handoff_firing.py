"""The alerts firing unacknowledged as the shift end's pending items name them, and the
escalations overdue (no Qt; ``core.handoff`` builds the list)."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

from ..alertmanager.models import Alert, Silence, one_line
from ..i18n import english
from .acknowledged import acknowledged, acknowledges_alert, ended_by_hand, muting
from .alert_order import named, told_place, where
from .alert_heads import active_folds
from .handoff_elsewhere import MutedElsewhere, muted_elsewhere
from .handoff_folded import folded_name, group_places, places
from .handoff_live import kept_marker
from .handoff_unknown import unknown_marker
from .local_times import local_time
from .pending import Suggestion, folded
from .severity import Severity, severity_word
from .journal_schema import Incident
from .sla import ANSWER_WITHIN, L1, LEVELS, SlaPolicy
from .tracker import order_key

if TYPE_CHECKING:
    from .handoff import Live

CONTEXT = "handoff"  # the checklists' translations (core.handoff's context)
Translate = Callable[[str, str], str]
#: How an item writes a time (a UTC datetime) in its words.
Clock = Callable[[dt.datetime], str]

#: Lines of unacknowledged firing alerts in the suggested pending items (the worst first, those
#: of one name and one situation folded in one line: ``unacknowledged``); the alerts of the
#: others are counted in one more line.
FIRING_LISTED = 10


def situation_time(when: dt.datetime) -> str:
    """A time as an item's situation (``pending.Suggestion.situation``) writes it: in UTC, with
    its date, ``2026-12-06T22:57Z``, the same in every zone and on every day, so that what the
    engineer left out stays out when the ``timezone`` setting or the day changes (review 66 S2:
    "desde 22:57" became "desde 19:57", and the item came back, ticked)."""
    return when.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%MZ")


def _local(zone: dt.tzinfo | None, now: dt.datetime, tr: Translate) -> Clock:
    """The item's text's clock: ``local_time`` in ``zone``, the date when not ``now``'s day."""
    return lambda when: local_time(when, zone, now, tr)


def firing_unacknowledged(live: Live | None, followed: set[str], on_call: str = "") -> list[Alert]:
    """The alerts of ``live`` firing unacknowledged, worst first, but those ``followed`` (open
    incidents): unsilenced, and the critical ones muted only by silences that are no
    acknowledgement of them (``acknowledged.acknowledgement``; guide: "Nunca silencie alertas
    críticos sem investigar"; review 38: a critical alert muted by a 15-minute "deploy" silence
    of its service, past its escalation, was handed over nowhere). A warning that fires into a
    maintenance silence is that maintenance's business. ``on_call``: the shift's engineer, whose
    silences alone acknowledge without ``ACK`` (``acknowledged.acknowledges``; review 59 U1)."""
    if live is None or not live.alerts:
        return []
    alerts, severities = live.alerts, live.severities
    order = [fp for _key, fp in live.order] or sorted(
        alerts, key=lambda fp: order_key(alerts[fp], severities.get(fp, Severity.UNKNOWN)))
    return [alerts[fp] for fp in order
            if fp in alerts and fp not in followed and fires_unacknowledged(alerts[fp], live, on_call)]


def fires_unacknowledged(alert: Alert, live: Live, on_call: str = "") -> bool:
    """Whether ``alert`` (of ``live``) is one to acknowledge: no silence of ``live`` acknowledges it
    (``acknowledged.acknowledged``, ``on_call`` as ``firing_unacknowledged``'s), and unsilenced or
    critical (a warning firing into a maintenance silence is that maintenance's business)."""
    return not acknowledged(alert, list(live.silences.values()), on_call) and (
        not alert.silenced or live.severities.get(alert.fingerprint) is Severity.CRITICAL)


def open_incident_item(incident: Incident, live: Live | None, now: dt.datetime, tr: Translate, zone: dt.tzinfo | None,
                       policy: SlaPolicy | None = None, on_call: str = "", unwatched: bool | None = None,
                       outside: bool = False, clock: Clock | None = None,
                       elsewhere: MutedElsewhere | None = None) -> str:
    """The pending item of an incident still open (``%1`` left for its name): "Acknowledge %1
    (critical, firing since 14:37, not acknowledged)" (``to_acknowledge``) when nobody acknowledged
    it and its alert fires unacknowledged in ``live`` (``fires_unacknowledged``): a note or an
    escalation makes an incident and is no acknowledgement (review 73 AW1: a noted critical alert
    read "Follow up %1 (still firing, not acknowledged)", the guide's "Acknowledge imediato", its
    severity and start gone); else ``follow_up``'s words; then its escalation (``escalated``) and
    the one overdue (``overdue``). ``unwatched``, ``outside``: ``follow_up``'s; ``clock``: as
    ``escalated``'s; ``elsewhere``: ``follow_up``'s."""
    alert = (live.alerts or {}).get(incident.fingerprint) if live is not None else None
    if live is not None and alert is not None and unwatched is None and incident.acknowledged_at is None \
            and fires_unacknowledged(alert, live, on_call):
        return to_acknowledge(alert, live, list(live.silences.values()), now, tr, zone, policy, clock, incident)
    text = follow_up(incident, alert, tr, unwatched, outside, list(live.silences.values()) if live is not None else (),
                     elsewhere, now, clock or _local(zone, now, tr))
    return text + escalated(incident, now, tr, zone, policy, clock) + overdue(
        policy, alert, live, incident.escalation, now, tr)


def overdue(policy: SlaPolicy | None, alert: Alert | None, live: Live | None, done: str, now: dt.datetime,
             tr: Translate) -> str:
    """" — escalation to L2 overdue" when ``alert``'s SLA clock (``policy``) asks for a level
    above ``done`` (the level recorded; "" none), else "" (also without a policy or the alert).
    Review 35: critical alerts 20 min past the guide's "Escalar se não resolver em 15min" were
    handed over as "Open" and "Follow up", their escalation due said nowhere."""
    if policy is None or alert is None or live is None:
        return ""
    due = policy.clock(alert, live.severities.get(alert.fingerprint, Severity.UNKNOWN), now=now).escalation
    if LEVELS.index(due) <= LEVELS.index(done if done in LEVELS else L1):
        return ""
    return " — " + tr(CONTEXT, "escalation to %1 overdue").replace("%1", due)


def follow_up(incident: Incident, alert: Alert | None, tr: Translate, unwatched: bool | None = None,
              outside: bool = False, silences: Sequence[Silence] = (), elsewhere: MutedElsewhere | None = None,
              now: dt.datetime | None = None, clock: Clock | None = None) -> str:
    """"Follow up %1 (still firing)" for an incident still open, with what its alert lacks as
    Alertmanager lists it now (``alert``; None: not known): "not acknowledged" when nobody
    acknowledged it, "no longer silenced" when its acknowledgement ended (review 43 F2: an
    escalated, noted APIDown never acknowledged in 31 minutes read "Follow up APIDown (still
    firing)"). ``unwatched``: its alert fired on an Alertmanager the tray no longer watches
    (``journal_aside``; True: silenced there, False: not; None: no): not said to fire still
    (review 50 F2). The same labels firing unsilenced on the one watched now, silenced there:
    where and until when (``elsewhere``, ``now``, ``clock``: ``handoff_elsewhere.muted_elsewhere``),
    never that it is acknowledged: whether the other still holds it is not known (review 75 BD1;
    the same Alertmanager under another URL is judged by what it says: ``judged_aside``). ``outside``: set
    aside on the Alertmanager watched now, out of the settings' filter or receiver (review 56
    Q10). ``silences``: those Alertmanager lists (any state): an acknowledgement expired by hand
    says so, not that it ended (``acknowledged.ended_by_hand``; review 59 U1). ``%1`` is left
    for the incident's name."""
    if unwatched is not None and alert is None and outside:
        return tr(CONTEXT, "Follow up %1 (not watched now: outside the settings' filter or receiver)")
    if unwatched is not None and alert is None:
        return tr(CONTEXT, "Follow up %1 (its Alertmanager is not watched now)")
    if alert is None or alert.silenced:
        return tr(CONTEXT, "Follow up %1 (still firing)")
    if unwatched:
        now = now or dt.datetime.now(dt.timezone.utc)
        return muted_elsewhere(elsewhere, now, tr, clock or _local(None, now, tr))
    if incident.acknowledged_at is None:
        return tr(CONTEXT, "Follow up %1 (still firing, not acknowledged)")
    if ended_by_hand(alert, silences, incident.acknowledged_at):
        return tr(CONTEXT, "Follow up %1 (still firing, no longer silenced: its acknowledgement was expired by hand)")
    return tr(CONTEXT, "Follow up %1 (still firing, no longer silenced: its acknowledgement ended)")


def escalated(incident: Incident, now: dt.datetime, tr: Translate, zone: dt.tzinfo | None,
              policy: SlaPolicy | None = None, clock: Clock | None = None) -> str:
    """" — escalated to L2 at 16:56 (its answer was due by 17:06)" for an incident escalated to
    ``incident.escalation``; the answer's due time (``sla.ANSWER_WITHIN``; guide: L2 "< 10
    minutos após escalação", L3 "< 15") once it passed, so that the next engineer knows when
    to ask (review 41 F3); the times as ``clock`` writes them (default: ``local_time`` in
    ``zone`` on ``now``'s day; ``situation_time`` for an item's situation); ", answered at 17:01" instead where the engineer recorded the answer
    (``incident.answered_at``); with ``policy``, L2's resolution time once it passed too
    (``SlaPolicy.escalated_resolve_by``; guide: "Resolução esperada: < 30 minutos"; fresh-user
    review M10): "(its answer was due by 17:06, its resolution by 17:26)", ", answered at 17:01
    (its resolution was due by 17:26)"; "" with no escalation."""
    clock = clock or _local(zone, now, tr)
    level, at = incident.escalation, incident.escalated_at
    if not level:
        return ""
    if at is None or level not in ANSWER_WITHIN:
        return " — " + tr(CONTEXT, "escalated to %1").replace("%1", level)
    text = tr(CONTEXT, "escalated to %1 at %2").replace("%1", level).replace("%2", clock(at))
    due = at + ANSWER_WITHIN[level]
    resolve = policy.escalated_resolve_by(level, at) if policy is not None else None
    resolve = clock(resolve) if resolve is not None and resolve < now else ""
    if incident.answered_at is not None:
        text += tr(CONTEXT, ", answered at %1").replace("%1", clock(incident.answered_at))
        if resolve:
            text += " " + tr(CONTEXT, "(its resolution was due by %1)").replace("%1", resolve)
    elif due < now and resolve:
        text += " " + tr(CONTEXT, "(its answer was due by %1, its resolution by %2)").replace(
            "%1", clock(due)).replace("%2", resolve)
    elif due < now:
        text += " " + tr(CONTEXT, "(its answer was due by %1)").replace("%1", clock(due))
    elif resolve:
        text += " " + tr(CONTEXT, "(its resolution was due by %1)").replace("%1", resolve)
    return " — " + text


def to_acknowledge(alert: Alert, live: Live, silences: Sequence[Silence], now: dt.datetime, tr: Translate,
                   zone: dt.tzinfo | None, policy: SlaPolicy | None, clock: Clock | None = None,
                   incident: Incident | None = None) -> str:
    """"Acknowledge %1 (critical, firing since 16:03, not acknowledged)" for an alert firing that
    nobody acknowledged (``unacknowledged``), with its escalation when overdue; ``%1`` is left for
    its name. Guide, info: "Revisar no próximo dia útil" (review 35: not "acknowledge"); with
    ``policy``, one whose review (``SlaPolicy.deadlines``, ``sla.first_target``) passed says since
    when: "Review %1: its review is overdue since Fri 18:00 (info, …)" (review 64 V7). The times
    as ``clock`` writes them (as ``escalated``'s). ``incident``: the alert's open incident (noted or
    escalated, not acknowledged: ``open_incident_item``), its escalation said and counted as done."""
    clock = clock or _local(zone, now, tr)
    level = live.severities.get(alert.fingerprint, Severity.UNKNOWN)
    review_by = policy.deadlines(alert, level)[0] if policy is not None and level is Severity.INFO else None
    if level is Severity.INFO and review_by is not None and review_by < now:  # (review 64 V7)
        text = tr(CONTEXT, "Review %1: its review is overdue since %4 (%2, firing since %3)") if alert.starts_at \
            else tr(CONTEXT, "Review %1: its review is overdue since %4 (%2)")
        text = text.replace("%4", clock(review_by))
    elif level is Severity.INFO:
        text = tr(CONTEXT, "Review %1 on the next business day (%2, firing since %3)") if alert.starts_at else \
            tr(CONTEXT, "Review %1 on the next business day (%2)")
    elif alert.silenced and _colleagues(alert, silences):  # of it alone, by someone not on call (review 59 U1)
        muted = muting(alert, silences)
        text = tr(CONTEXT, "Acknowledge %1 (%2, firing since %3, muted by %5's silence until %4, not acknowledged)") \
            if alert.starts_at else tr(CONTEXT, "Acknowledge %1 (%2, muted by %5's silence until %4, not acknowledged)")
        text = text.replace("%4", clock(muted.ends_at) if muted.ends_at else "?").replace(
            "%5", one_line(muted.author))
    elif alert.silenced:  # muted by another silence (a service's, maintenance), not acknowledged
        text = tr(CONTEXT, "Acknowledge %1 (%2, firing since %3, muted by a silence of more than it until %4, "
                           "not acknowledged)") if alert.starts_at else \
            tr(CONTEXT, "Acknowledge %1 (%2, muted by a silence of more than it until %4, not acknowledged)")
        muted = muting(alert, silences)
        ends = muted.ends_at if muted is not None else None
        text = text.replace("%4", clock(ends) if ends is not None else "?")
    else:
        text = tr(CONTEXT, "Acknowledge %1 (%2, firing since %3, not acknowledged)") if alert.starts_at else \
            tr(CONTEXT, "Acknowledge %1 (%2, not acknowledged)")
    since = clock(alert.starts_at) if alert.starts_at else ""
    done = incident.escalation if incident is not None else ""
    return text.replace("%2", severity_word(level, tr)).replace("%3", since) + (
        escalated(incident, now, tr, zone, policy, clock) if incident is not None else "") + overdue(
        policy, alert, live, done, now, tr)


def _colleagues(alert: Alert, silences: Sequence[Silence]) -> bool:
    """Whether the silence muting ``alert`` longest is of it alone and would acknowledge it but
    for its author, not the engineer on call (``acknowledged.acknowledges``): a colleague's
    maintenance, named as theirs rather than as "a silence of more than it"."""
    muted = muting(alert, silences)
    found = next((s for s in silences if muted is not None and s.id == muted.silence_id), None)
    return found is not None and bool(found.created_by.strip()) and acknowledges_alert(found, alert)


def unacknowledged(firing: list[Alert], live: Live, telling: Mapping[str, str], now: dt.datetime, tr: Translate,
                    zone: dt.tzinfo, marker: str = "", policy: SlaPolicy | None = None) -> list[Suggestion]:
    """"Acknowledge X" for ``firing`` (``firing_unacknowledged``, worst first), those whose item
    says the same but where and since when they fire folded into one, as the start checklist folds
    its active alerts (``alert_heads.active_folds``: "Acknowledge PodCrashLooping ×300 (omnichannel
    / pod-000:8080, … (+297)) (warning, firing since 21:47, not acknowledged)", left out for each
    pod, ``pending.folded``; review 76 BH1: 300 pods listed one by one and cut at ten hid the other
    names); the first ``FIRING_LISTED`` lines (one more rather than a line saying "1 more"), then
    how many alerts the others hold. An alert alone is named apart with ``telling``; with its
    escalation if overdue (``overdue``); ``marker``: after each item (the alerts are the journal's
    last look), else ``unknown_marker`` after those that only a member not answering holds (review
    52 H2), and ``kept_marker`` after those kept through a restart: in the text only, not in the
    situation (``Suggestion.dismissal``). The situation of an alert as last seen, ``marker`` or only
    a member down holding it, ends in the constant " (as last seen)": one rule for both (review 57
    S7, code review U9), never words that change each minute."""
    if not firing:
        return []
    silences = list(live.silences.values())
    pairs = [(alert, live.severities.get(alert.fingerprint, Severity.UNKNOWN)) for alert in firing]
    # the key: its words but the time it fires since; the times a silence ends or a review is due
    # stay in, since the line says one for all (code review 87 BJ14: the first pod's for all)
    shown_at = _local(zone, now, english)  # as the line shows them: to the minute
    folds, _left = active_folds(pairs, live, tr, zone, now, None, lambda alert, _severity: to_acknowledge(
        alert, live, silences, now, english, zone, policy,
        lambda when, start=alert.starts_at: "" if when == start else shown_at(when)))
    listed = len(folds) if len(folds) == FIRING_LISTED + 1 else FIRING_LISTED  # not "1 more" for one (review 36)
    alone = [group[0][0] for _head, group in folds[:listed] if len(group) == 1]
    repeated = Counter(named(alert.display_name, telling.get(alert.fingerprint, "")) for alert in alone)
    items = []
    for _head, group in folds[:listed]:
        alerts = [alert for alert, _severity in group]
        first, told = alerts[0], telling.get(alerts[0].fingerprint, "")
        if len(alerts) > 1:  # "PodCrashLooping ×300 (omnichannel / pod-000:8080, … (+297))", as incidents fold
            name = named(folded_name(first.display_name, alerts), _places(group, telling))
        elif repeated[named(first.display_name, told)] > 1:  # the same words for two: where each fires (review 39)
            name = named(first.display_name, told_place(where(first), told))
        else:
            name = named(first.display_name, told)
        text = to_acknowledge(first, live, silences, now, tr, zone, policy) + (
            marker or unknown_marker(live, first.fingerprint, tr, zone, now)) + kept_marker(live, first.fingerprint, tr)
        items.append(folded(text.replace("%1", name), [_own_item(alert, live, silences, now, zone, policy, marker)
                                                       for alert in alerts]))
    more = sum(len(group) for _head, group in folds[listed:])
    if more > 0:
        items.append(Suggestion("more-firing", tr(
            CONTEXT, "%1 more alerts firing, not acknowledged: see Alertmanager").replace("%1", str(more))))
    return items


def _own_item(alert: Alert, live: Live, silences: Sequence[Silence], now: dt.datetime, zone: dt.tzinfo,
              policy: SlaPolicy | None, marker: str) -> Suggestion:
    """The item of ``alert`` alone as left out (``Suggestion.situation``, ``former``; its text set by the line)."""
    # what leaving it out holds to (review 57 S7): not when a member down last answered, which the
    # text says ("12 min ago", other words each minute: a left-out item came back at each poll),
    # nor a time in the zone of the moment (review 66 S2); ``former``: as earlier versions kept it.
    # As last seen, one constant mark whoever is down (code review U9): the whole Alertmanager, or
    # only the member holding it (an item left out on a live picture comes back in both)
    mark = " (as last seen)" if marker or alert.fingerprint in live.unknown else ""
    situation = to_acknowledge(alert, live, silences, now, english, zone, policy, situation_time) + mark
    former = to_acknowledge(alert, live, silences, now, english, zone, policy) + mark
    return Suggestion(f"acknowledge:{alert.fingerprint}", "", situation=situation, former=former)


def _places(group: Sequence[tuple[Alert, Severity]], telling: Mapping[str, str]) -> str:
    """Where the alerts of a fold fire: as incidents fold (``handoff_folded.places``: their one
    service, then their instances), or, when labels tell some of them apart (``telling``, which
    may also hold where each fires: ``alert_order.telling_places``; pods of one instance), each
    one as ``telling`` names it, as the start checklist names them ("ksm:8080 · pod=api-1, …":
    ``handoff_folded.group_places``)."""
    if all(telling.get(alert.fingerprint, "") in ("", where(alert)) for alert, _severity in group):
        return places([alert for alert, _severity in group])
    return group_places(group, lambda alert: _told(alert, telling.get(alert.fingerprint, "")))


def _told(alert: Alert, told: str) -> str:
    """Where ``alert`` fires and ``told`` (what tells it apart), its place said once."""
    place = where(alert)
    return told if told.startswith(place) else told_place(place, told)
