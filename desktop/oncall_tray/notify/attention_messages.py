"""Notices for what ``core.attention`` found: escalations, their answers and L2's resolution, reminders, expiring
acknowledgements, missed responses and resolutions (a warning's investigations), the guide's red
flag and the app's own warnings (no Qt, no I/O; issue 4)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Mapping, Sequence

from ..alertmanager.models import Alert
from ..core.acknowledged import acknowledges_alert, expired_by_hand
from ..core.attention import Attention
from ..core.flags import CONTACT_FLAGS, RedFlag
from ..core.durations import lasted
from ..core.handoff import local_time
from ..core.names import name_list, names_shown
from ..core.overview import Light
from ..core.severity import Severity
from ..core.sla import ANSWER_WITHIN, L2, first_target, second_target
from ..i18n import Translate
from ..terminal_text import visible
from .flag_texts import not_seen, red_flag_text, slowed_text
from .messages import Notice, escalation_key, notice, reminder_key, where_line
from .attention_release import Released, release
from .pacing import NoticePacer, Release

CONTEXT = "attention"


def local_time_text(when: dt.datetime | None, now: dt.datetime, tr: Translate, zone: dt.tzinfo | None) -> str:
    """How a notice says a time: ``when`` (an aware datetime, UTC inside) as HH:MM in ``zone``
    (None: the system's), with the date (in ``tr``'s layout) when it is not the day of ``now``
    (aware, UTC); "?" for None (no time: an alert without a start, a silence without an end).
    ``core.handoff.local_time``'s, for every notice of ``notify/`` (an acknowledgement's end, a
    silence left behind, since when contact was lost). Never raises."""
    return local_time(when, zone, now, tr) if when else "?"


def _minutes_since(start: dt.datetime | None, now: dt.datetime) -> str:
    """How long since ``start``: "17 min", "3d02h" (``durations.lasted``); "?" for None."""
    return lasted((now - start).total_seconds()) if start else "?"


def _missed_words(kind: str, severities: Iterable[Severity], tr: Translate) -> tuple[str, str, str, str]:
    """The titles (more alerts, alerts, one alert) and the body of the notices of a missed target:
    the response ("missed"; an info alert's review), or the second target ("unresolved") of alerts of ``severities``:
    a resolution for critical ones, the guide's investigation for the others
    (``sla.second_target``; review 55 M4: a warning's "Investigação < 30min" was called
    "Resolution target missed"), a word for both when they are mixed (summaries only)."""
    if kind == "missed":  # an info alert's is a review (``sla.first_target``; review 63 Z7)
        firsts = {first_target(severity) for severity in severities}
        if firsts == {"review"}:
            return (tr(CONTEXT, "Review overdue: %1 more alerts"), tr(CONTEXT, "Review overdue: %1 alerts"),
                    tr(CONTEXT, "Review overdue: %1"),
                    tr(CONTEXT, "Not reviewed %1 after it started. Review it when you can."))
        if firsts == {"respond"}:
            return (tr(CONTEXT, "Response target missed: %1 more alerts"),
                    tr(CONTEXT, "Response target missed: %1 alerts"), tr(CONTEXT, "Response target missed: %1"),
                    tr(CONTEXT, "Not acknowledged %1 after it started. Acknowledge it now."))
        return (tr(CONTEXT, "Response or review target missed: %1 more alerts"),
                tr(CONTEXT, "Response or review target missed: %1 alerts"), "", "")
    targets = {second_target(severity) for severity in severities}
    if targets == {"resolve"}:
        return (tr(CONTEXT, "Resolution target missed: %1 more alerts"),
                tr(CONTEXT, "Resolution target missed: %1 alerts"), tr(CONTEXT, "Resolution target missed: %1"),
                tr(CONTEXT, "Still firing %1 after it started."))
    if targets == {"investigate"}:
        return (tr(CONTEXT, "Investigation target missed: %1 more alerts"),
                tr(CONTEXT, "Investigation target missed: %1 alerts"), tr(CONTEXT, "Investigation target missed: %1"),
                tr(CONTEXT, "Still firing %1 after it started. The guide: escalate if it keeps getting worse."))
    return (tr(CONTEXT, "Resolution or investigation target missed: %1 more alerts"),
            tr(CONTEXT, "Resolution or investigation target missed: %1 alerts"), "", "")


def _summary(alerts: Sequence[tuple[Alert, Severity]], title: str) -> Notice:
    """One notice for many alerts of one kind (design notes: bursts are coalesced; 3,000 overdue
    alerts make one notice, not 3,000): the count in the title, the names in the body, the icon
    and urgency of the worst severity among them (review 25: twelve warnings' missed responses
    came with the red critical icon)."""
    shown = name_list(alert.display_name for alert in _ordered(alerts))
    worst = max((severity for _alert, severity in alerts), key=lambda s: s.rank, default=Severity.UNKNOWN)
    return notice(title.replace("%1", str(len(alerts))), shown, worst)


def _ordered(alerts: Sequence[tuple]) -> list[Alert]:
    """The alerts of (alert, severity, ...) ``alerts`` in the order a summary names them: worst,
    oldest, then by name (review 33: in any order)."""
    never = dt.datetime.max.replace(tzinfo=dt.timezone.utc)
    return [item[0] for item in sorted(
        alerts, key=lambda item: (-item[1].rank, item[0].starts_at or never, item[0].display_name))]


def about(alert: Alert, body: str, told: str = "") -> str:
    """``body`` then, on its own line, where ``alert`` fires (review 25: three "Response target
    missed: SynthCritical" notices on three instances read word for word the same), with
    ``told``, what tells it from another of its name and place (``AlertSnapshot.telling``;
    review 36: a reminder did not say which of three pods)."""
    where = where_line(alert, told=told)
    return f"{body}\n{where}" if where else body


def about_one(alert: Alert, severity: Severity, title: str, body: str) -> Notice:
    """A notice about ``alert`` (``body``: with where it fires, ``about``) that offers
    *Acknowledge* while no silence mutes it (``Notice.acknowledgeable``, review 48 R2)."""
    return notice(title, body, severity, fingerprint=alert.fingerprint, acknowledgeable=not alert.silenced)


def shown_of(said: dict, pacer: NoticePacer) -> dict:
    """``said`` (``AttentionMonitor.said``) without what ``pacer`` still holds, i.e. has not
    shown yet: escalations, their answers and missed responses by fingerprint, ending
    acknowledgements by silence ID. Kept in the shift journal, so that a tray quit before the
    pacer let them out says them when it starts again (the keys are those ``attention_notices``
    gives the pacer)."""
    escalating, answering, resolving, missed, unresolved, expiring = (
        pacer.held_keys(kind) for kind in ("escalate", "answer", "level-resolve", "missed", "unresolved", "expiring"))
    if not (escalating or answering or resolving or missed or unresolved or expiring):
        return said
    return {**said,
            "levels": {fp: level for fp, level in said.get("levels", {}).items() if fp not in escalating},
            "answers": {fp: level for fp, level in said.get("answers", {}).items() if fp not in answering},
            "level_unresolved": {fp: level for fp, level in said.get("level_unresolved", {}).items()
                                 if fp not in resolving},
            "overdue": [fp for fp in said.get("overdue", []) if fp not in missed],
            "unresolved": [fp for fp in said.get("unresolved", []) if fp not in unresolved],
            "expiry": [sid for sid in said.get("expiry", []) if sid not in expiring]}


def attention_notices(attention: Attention, alerts: Mapping[str, Alert], tr: Translate,
                      now: dt.datetime, threshold: int = 3, pacer: NoticePacer | None = None,
                      zone: dt.tzinfo | None = None, telling: Mapping[str, str] | None = None,
                      watched: Sequence[str] = ()) -> list[Notice]:
    """The notices for one evaluation, given at ``now`` (aware): what of it is said now
    (``attention_release.release``: with a ``pacer``, the poller's, the escalations, missed
    responses, reminders and expiring acknowledgements are also paced across polls at ``now``:
    held ones come later in a summary, "N more alerts"; more than ``threshold`` of one kind make
    one summary notice), worded (``worded``)."""
    return worded(release(attention, alerts, now, threshold, pacer), attention, alerts, now, telling, watched,
                  tr, zone)


def worded(released: Released, attention: Attention, alerts: Mapping[str, Alert], now: dt.datetime,
           telling: Mapping[str, str] | None, watched: Sequence[str], tr: Translate,
           zone: dt.tzinfo | None = None) -> list[Notice]:
    """The notices of what ``release`` let out of ``attention`` (``released``), an evaluation at
    ``now`` (aware) of ``alerts``: the minutes they count ("Not acknowledged 5 min after it
    started") are counted to it, not to the last good poll, which may be before the target was
    missed (review 55 M5: "4 min" for a 5-minute target as contact was lost). Most urgent first.
    Times are written in ``zone`` (``Config.zone()``; None: the system's), words in ``tr``'s
    language: worded again in new settings, they say what they said in those (review 76 BH6).
    Each notice has the icon and urgency of the worst severity among the alerts it names
    (``Attention.severities`` for those named by fingerprint; unknown when missing), and one
    about a single alert ends its body with where the alert fires (``messages.where_line``),
    with what tells it from another of its name and place (``telling``:
    ``AlertSnapshot.telling``); it offers *Acknowledge* while no silence mutes the alert
    (``Notice.acknowledgeable``: not an ending acknowledgement's). A red flag of the contact
    (unreachable, credentials asked) names first the Alertmanager(s) it is about, ``watched`` (as
    shown: passwords masked), so that a second tray's is not read as the shift's (review 73 AW3)."""
    notices: list[Notice] = []
    told = telling or {}

    def _about(alert: Alert, body: str) -> str:  # told apart, as the poll worked it out
        return about(alert, body, told.get(alert.fingerprint, ""))

    escalations = released.escalations
    if escalations.summary:  # build the per-alert texts only when shown
        levels = {level for _a, _s, level in escalations.summary}
        one = next(iter(levels)) if len(levels) == 1 else "*"
        if len(levels) == 1:  # the level, as a notice for one alert says it (review 32)
            title = (tr(CONTEXT, "Escalate to %2: %1 more alerts") if escalations.more
                     else tr(CONTEXT, "Escalate to %2: %1 alerts")).replace("%2", one)
        else:
            title = tr(CONTEXT, "Escalate: %1 more alerts") if escalations.more else tr(CONTEXT, "Escalate: %1 alerts")
        # the last summary of the level replaced if it covered no other alert still firing, the
        # single ones it names closed (review 72 AS3; code review 79 AT1, AT2, 80 AV2)
        summary = _summary([(a, s) for a, s, _l in escalations.summary], title)
        named = names_shown((visible(a.display_name) for a in _ordered(escalations.summary)), summary.body)
        notices.append(dataclasses.replace(
            summary, refreshes="" if escalations.more else escalation_key(one),
            closes=tuple(escalation_key(level, a.fingerprint) for a, _s, level in escalations.summary
                         if visible(a.display_name) in named),
            covers=frozenset(escalation_key(level, a.fingerprint) for a, _s, level in escalations.summary),
            firing=frozenset(alerts)))
    for alert, severity, level in escalations.each:
        title = tr(CONTEXT, "Escalate to %1: %2").replace("%1", level).replace("%2", alert.display_name)
        body = tr(CONTEXT, "Firing for %1 without resolution (since %2). The escalation message is ready "
                           "in the alerts window.").replace("%1", _minutes_since(alert.starts_at, now)).replace(
            "%2", local_time_text(alert.starts_at, now, tr, zone))
        notices.append(dataclasses.replace(about_one(alert, severity, title, _about(alert, body)),
                                           refreshes=escalation_key(level, alert.fingerprint)))
    notices += _answer_notices(released.answers, now, tr, zone, _about)
    notices += _level_resolve_notices(released.level_resolves, now, tr, zone, _about)
    severity_of = attention.severities
    for kind, missed in (("missed", released.missed), ("unresolved", released.unresolved)):
        if missed.summary:
            more, every, _one, _body = _missed_words(kind, (severity for _alert, severity in missed.summary), tr)
            notices.append(_summary(missed.summary, more if missed.more else every))
        for alert, severity in missed.each:
            _more, _every, one, body = _missed_words(kind, (severity,), tr)
            notices.append(about_one(alert, severity, one.replace("%1", alert.display_name),
                                     _about(alert, body.replace("%1", _minutes_since(alert.starts_at, now)))))
    for flag in attention.new_red_flags:
        if flag is RedFlag.RESPONSE_MISSED:
            continue  # said per alert above
        # only the guide's own red flag in its name; the app's warnings as loud, in its own words (review 55 M6)
        unseen = tr(CONTEXT, "Alerts that fire meanwhile are neither shown nor notified.")
        if flag is RedFlag.SEVERAL_CRITICAL:  # the names in the body: a title is cut short
            title = tr(CONTEXT, "Red flag: %1").replace("%1", tr(CONTEXT, "Several critical alerts at once"))
            body = attention.red_flags[flag] + "\n" + tr(CONTEXT, "The on-call guide says: investigate at once.")
        elif flag is RedFlag.NO_CREDENTIALS:  # the why in the body: the title was cut before it (review 17)
            title = not_seen(attention.red_flags[flag], tr)
            body = tr(CONTEXT, "Alertmanager asks for credentials") + ".\n" + unseen
        elif flag is RedFlag.UNREACHABLE and attention.slowed:  # it answers, asking to wait (bdleft1)
            title = not_seen(attention.red_flags[flag], tr)
            body = slowed_text(attention.red_flags[flag], attention.seen_at, now, tr, zone) + ".\n" + unseen
        else:
            title, body = red_flag_text(flag, attention.red_flags[flag], tr), unseen
        light = Light.UNREACHABLE if flag in CONTACT_FLAGS else Light.CRITICAL
        if flag in CONTACT_FLAGS and watched:
            body = ", ".join(watched) + "\n" + body
        notices.append(notice(title, body, None, light=light, alarm=True))
    reminders = released.reminders
    if reminders.summary:
        title = (tr(CONTEXT, "Still unacknowledged: %1 more critical alerts") if reminders.more
                 else tr(CONTEXT, "Still unacknowledged: %1 critical alerts"))
        notices.append(dataclasses.replace(_summary(reminders.summary, title), refreshes=reminder_key()))
    for alert, severity in reminders.each:
        title = tr(CONTEXT, "Still unacknowledged: %1").replace("%1", alert.display_name)
        level = attention.escalated.get(alert.fingerprint, "")
        # review 35: "or escalate" kept coming after it was escalated; review 36: but L3 may be due
        if level in ("L2", "L3") and alert.fingerprint not in attention.behind:
            body = tr(CONTEXT, "Critical for %1, escalated to %2. Acknowledge it (silence 15 min).").replace(
                "%1", _minutes_since(alert.starts_at, now)).replace("%2", level)
        else:
            body = tr(CONTEXT, "Critical for %1. Acknowledge it (silence 15 min) or escalate.").replace(
                "%1", _minutes_since(alert.starts_at, now))
        # the previous reminder of it still on screen is replaced (``Notice.refreshes``: review 71 AP7)
        notices.append(dataclasses.replace(about_one(alert, severity, title, _about(alert, body)),
                                           refreshes=reminder_key(alert.fingerprint)))
    expiring = released.expiring
    if expiring.summary:
        title = (tr(CONTEXT, "Acknowledgements ending soon: %1 more alerts") if expiring.more
                 else tr(CONTEXT, "Acknowledgements ending soon: %1 alerts"))
        notices.append(_summary([(a, severity_of.get(a.fingerprint, Severity.UNKNOWN)) for a, _s in expiring.summary],
                                title))
    for alert, silence in expiring.each:
        # a maintenance or service-wide silence is no acknowledgement of it (review 47 N4)
        title = (tr(CONTEXT, "Acknowledgement ends at %1: %2") if acknowledges_alert(
            silence, alert, attention.on_call)
                 else tr(CONTEXT, "Silence ends at %1: %2")).replace(
            "%1", local_time_text(silence.ends_at, now, tr, zone)).replace("%2", alert.display_name)
        body = tr(CONTEXT, "The alert still fires. Extend the silence or escalate.")
        notices.append(notice(title, _about(alert, body), severity_of.get(alert.fingerprint, Severity.UNKNOWN),
                              fingerprint=alert.fingerprint))
    lapsed = released.lapsed
    if lapsed.summary:
        acks = {acknowledges_alert(s, a, attention.on_call) for a, _severity, s in lapsed.summary}
        notices.append(_summary([(a, severity) for a, severity, _s in lapsed.summary],
                                _lapsed_title(acks, lapsed.more, tr)))
    for alert, severity, silence in lapsed.each:  # review 48 R10: said when it ends, not 2 min later
        ended = local_time_text(silence.ends_at, now, tr, zone)
        acknowledgement = acknowledges_alert(silence, alert, attention.on_call)
        if expired_by_hand(silence):  # ended early, not by this app (``AttentionMonitor``: review 71 AP5)
            title = (tr(CONTEXT, "Acknowledgement ended outside oncall-tray: %1") if acknowledgement
                     else tr(CONTEXT, "Silence ended outside oncall-tray: %1"))
            body = (tr(CONTEXT, "Expired at %1 (amtool, Alertmanager's UI): the alert fires without a silence. "
                                "Acknowledge it again or escalate.") if acknowledgement
                    else tr(CONTEXT, "Expired at %1 (amtool, Alertmanager's UI): the alert fires without a silence. "
                                     "Acknowledge it or escalate."))
        elif acknowledgement:
            title = tr(CONTEXT, "Acknowledgement ran out: %1")
            body = tr(CONTEXT, "It ended at %1 and the alert still fires. Acknowledge it again or escalate.")
        else:  # a silence that was no acknowledgement of it ended (review 63 Z6), as "Silence ends at" said
            title = tr(CONTEXT, "Silence ended: %1")
            body = tr(CONTEXT, "It ended at %1 and the alert still fires. Acknowledge it or escalate.")
        notices.append(about_one(alert, severity, title.replace("%1", alert.display_name),
                                 _about(alert, body.replace("%1", ended))))
    return notices


def _lapsed_title(acknowledgements: set[bool], more: bool, tr: Translate) -> str:
    """The title of a summary of silences that ended while their alerts fire, "%1" for the count:
    acknowledgements that ran out (``acknowledgements`` holds True), silences that were none
    (False; review 63 Z6: a colleague's plain silence was called an acknowledgement), or both."""
    if acknowledgements == {True}:
        return (tr(CONTEXT, "Acknowledgements ran out: %1 more alerts") if more
                else tr(CONTEXT, "Acknowledgements ran out: %1 alerts"))
    if acknowledgements == {False}:
        return tr(CONTEXT, "Silences ended: %1 more alerts") if more else tr(CONTEXT, "Silences ended: %1 alerts")
    return (tr(CONTEXT, "Acknowledgements and silences ended: %1 more alerts") if more
            else tr(CONTEXT, "Acknowledgements and silences ended: %1 alerts"))


def _answer_notices(answers: Release, now: dt.datetime, tr: Translate, zone: dt.tzinfo | None,
                    about_alert) -> list[Notice]:
    """The notices of escalations whose answer is overdue (``Attention.unanswered``, as paced):
    when, what the guide asks (``sla.ANSWER_WITHIN``) and what to do if nobody answered; one
    summary for many. ``about_alert(alert, body)`` adds where the alert fires."""
    notices = []
    if answers.summary:
        title = (tr(CONTEXT, "Escalation answers overdue: %1 more alerts") if answers.more
                 else tr(CONTEXT, "Escalation answers overdue: %1 alerts"))
        notices.append(_summary([(a, s) for a, s, _level, _at in answers.summary], title))
    for alert, severity, level, since in answers.each:
        title = tr(CONTEXT, "%1 answer overdue: %2").replace("%1", level).replace("%2", alert.display_name)
        body = (tr(CONTEXT, "Escalated to %1 at %2 (%3 ago). The guide: %1 answers within %4 min. No answer? Call "
                            "again, or escalate to L3.") if level == L2 else
                tr(CONTEXT, "Escalated to %1 at %2 (%3 ago). The guide: %1 answers within %4 min. No answer? Call "
                            "again."))
        body = body.replace("%1", level).replace("%2", local_time_text(since, now, tr, zone)).replace(
            "%3", _minutes_since(since, now)).replace("%4", str(int(ANSWER_WITHIN[level].total_seconds() // 60)))
        notices.append(about_one(alert, severity, title, about_alert(alert, body)))
    return notices


def _level_resolve_notices(overdue: Release, now: dt.datetime, tr: Translate, zone: dt.tzinfo | None,
                           about_alert) -> list[Notice]:
    """The notices of escalations to L2 whose resolution time passed while the alert fires
    (``Attention.level_unresolved``, as paced): when it was escalated, what the guide asks (L2
    "Resolução esperada: < 30 minutos", ``SlaPolicy.l2_resolve``) and its cue for L3 ("Escala
    para L3 se: ... incidente prolongado"); one summary for many. ``about_alert(alert, body)``
    adds where the alert fires."""
    notices = []
    if overdue.summary:
        title = (tr(CONTEXT, "L2 resolutions overdue: %1 more alerts") if overdue.more
                 else tr(CONTEXT, "L2 resolutions overdue: %1 alerts"))
        notices.append(_summary([(a, s) for a, s, _level, _at, _due in overdue.summary], title))
    for alert, severity, level, since, due in overdue.each:
        title = tr(CONTEXT, "%1 resolution overdue: %2").replace("%1", level).replace("%2", alert.display_name)
        within = int((due - since).total_seconds() // 60)
        body = tr(CONTEXT, "Escalated to %1 at %2 (%3 ago). The guide: %1 resolves within %4 min; escalate to L3 if "
                           "the incident drags on.").replace("%1", level).replace(
            "%2", local_time_text(since, now, tr, zone)).replace("%3", _minutes_since(since, now)).replace(
            "%4", str(within))
        notices.append(about_one(alert, severity, title, about_alert(alert, body)))
    return notices
