"""What to tell the engineer after a poll: plain notices, no Qt, no I/O (design notes,
"Notifications").

Rules (issue 2): a new alert gives ``[CRITICAL] APIDown`` with the summary and the instance; more
than ``threshold`` new alerts in one poll give one summary notice; resolved alerts notify
quietly (with the resolved look); the first poll gives one summary (the per-alert form for one
alert); contact lost and restored each give a notice. Alerts that fire already silenced
(maintenance) are not announced. Texts are cut to the Windows limits (``notice.TITLE_LIMIT``,
``BODY_LIMIT``: UTF-16 units).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import heapq
from collections.abc import Iterable, Sequence

from ..alertmanager.errors import BadResponse, CredentialsNeeded
from ..alertmanager.models import Alert, one_line
from ..core.alert_order import same_place, telling_labels, told_place, where
from ..core.contact import ContactChange
from ..core.local_times import local_time
from ..core.names import MORE_SPACE, utf16_units
from ..core.overview import Light
from ..core.severity import Severity, severity_word  # severity_word: re-exported
from ..core.tracker import FLAP_WINDOW, AlertEvent, AlertSnapshot, EventKind
from ..i18n import Translate
from ..reasons import translate_reason
from ..terminal_text import visible
from ..watch import PollResult
from .notice import (BODY_LIMIT, CONTEXT, TITLE_LIMIT, Notice, clip, combined,  # noqa: F401 (re-exported)
                     escalation_key, notice, reminder_key)


#: Characters of the body kept for the service and instance under a long summary.
WHERE_LIMIT = 80


def where_line(alert: Alert, alike: Sequence[Alert] = (), told: str | None = None) -> str:
    """Where ``alert`` fires, as the alerts window and the tray's menu say it
    (``core.alert_order.where``: "backend / 10.0.0.7:3001"), control characters shown as escapes
    and cut to ``WHERE_LIMIT``; "" when it has neither label. A notice about one alert ends its
    body with it: alerts of one name on several instances read the same otherwise (review 25).
    ``alike``: other alerts of its name and place (``core.alert_order.same_place``); the labels
    that tell it from them follow ("backend:3001 · pod=api-7f9c", review 31); ``told``: those
    labels worked out already (``AlertSnapshot.telling``), instead of ``alike``."""
    telling = telling_labels(alert, alike) if told is None else told
    return clip(visible(told_place(where(alert), telling)), WHERE_LIMIT)


def alert_notice(event: AlertEvent, tr: Translate, alike: Sequence[Alert] = ()) -> Notice:
    """The notice for one fired, resolved or escalated-severity alert: title ``[CRITICAL]
    APIDown``, body the summary and the instance (issue 2); a long summary is cut so that the
    instance still fits (``BODY_LIMIT``). An alert that fired again within
    ``core.tracker.FLAP_WINDOW`` says so first ("Fired 3 times in 60 min (flapping)": the number
    counts every firing, the first too, review 25). A resolved alert's notice is quiet, with the
    resolved look (``Light.OK``, the green check: review 25, a red "!" read as a new alarm).
    ``alike``: see ``where_line``."""
    alert, severity = event.alert, event.severity
    name = one_line(alert.alertname) or tr(CONTEXT, "(unnamed alert)")  # one line, as everywhere (review 26)
    where = where_line(alert, alike)
    flapping = ""
    if event.kind is EventKind.FIRED and event.firings > 1:  # flapping from the 3rd (review 23: not the 2nd)
        words = tr(CONTEXT, "Fired %1 times in %2 min (flapping)") if event.firings >= FLAPPING_FROM else \
            tr(CONTEXT, "Fired %1 times in %2 min")
        flapping = words.replace("%1", str(event.firings)).replace("%2", str(int(FLAP_WINDOW.total_seconds() // 60)))
    room = BODY_LIMIT - sum(utf16_units(line) + 1 for line in (where, flapping) if line)
    summary = clip(visible(alert.summary, multiline=True), room)
    body = "\n".join(line for line in (flapping, summary, where) if line)
    if event.kind is EventKind.RESOLVED:
        title = tr(CONTEXT, "Resolved: %1").replace("%1", name)
        return notice(title, body, severity, quiet=True, fingerprint=alert.fingerprint, light=Light.OK)
    tag = severity_word(severity, tr).upper()
    if event.kind is EventKind.SEVERITY_CHANGED:
        title = tr(CONTEXT, "[%1] %2 (was %3)").replace("%1", tag).replace("%2", name).replace(
            "%3", severity_word(event.previous_severity or Severity.UNKNOWN, tr))
    else:
        title = f"[{tag}] {name}"
    return notice(title, body, severity, fingerprint=alert.fingerprint, acknowledgeable=not alert.silenced)


def count_line(counts: dict[Severity, int], tr: Translate) -> str:
    """"critical: 5, warning: 5, info: 2", worst first, zero counts left out (the word before
    the number needs no plural form in either language)."""
    ordered = sorted((s for s in counts if counts[s]), key=lambda s: -s.rank)
    return ", ".join(f"{severity_word(s, tr)}: {counts[s]}" for s in ordered)


def summary_notice(alerts: Iterable[tuple[Alert, Severity]], tr: Translate, title: str,
                   names_shown: int = 8) -> Notice:
    """One notice standing for many alerts: counts per severity, then the names of the worst,
    oldest first (as the alerts window lists them), each with its count of alerts when more than
    one ("Big04 ×100"), and " … (+N)" for the alerts left unnamed (review 29: eight names of ten
    in arrival order, the other two dropped without a word). One pass and a partial sort of the
    names (``heapq``): it may see 10,000 alerts on the GUI thread."""
    counts: dict[Severity, int] = {}
    first: dict[Severity, dict[str, dt.datetime]] = {}  # name -> its earliest start, per severity
    per_name: dict[str, int] = {}
    never = dt.datetime.max.replace(tzinfo=dt.timezone.utc)
    for alert, severity in alerts:
        counts[severity] = counts.get(severity, 0) + 1
        name, start = alert.display_name, alert.starts_at or never
        per_name[name] = per_name.get(name, 0) + 1
        starts = first.setdefault(severity, {})
        if start < starts.get(name, never) or name not in starts:
            starts[name] = start
    names: list[str] = []
    for severity in sorted(counts, key=lambda s: -s.rank):
        oldest = heapq.nsmallest(names_shown, first[severity].items(), key=lambda item: (item[1], item[0]))
        names += [name for name, _start in oldest if name not in names][:names_shown - len(names)]
    named = sum(per_name[name] for name in names)
    shown = [name if per_name[name] == 1 else f"{name} ×{per_name[name]}" for name in names]
    return _summary(counts, shown, tr, title, sum(counts.values()) - named)


def _summary(counts: dict[Severity, int], worst_names: list[str], tr: Translate, title: str, more: int = 0) -> Notice:
    """``more``: alerts left unnamed after ``worst_names`` (" … (+4)", as ``name_list`` says it)."""
    ranked = sorted(counts, key=lambda s: -s.rank)
    named = ", ".join(worst_names) + (f"{MORE_SPACE}…{MORE_SPACE}(+{more})" if more > 0 else "")
    body = count_line(counts, tr) + ("\n" + named if worst_names else "")
    return notice(title.replace("%1", str(sum(counts.values()))), body, ranked[0] if ranked else None)


def firing_summary(snapshot: AlertSnapshot, tr: Translate, names_shown: int = 8, title: str = "") -> Notice | None:
    """"Alerts firing: N" for a first poll, None when nothing fires unsilenced. From what the
    tracker counted in the poller thread and its worst-first order, read only until
    ``names_shown`` names are found: not a pass over 10,000 alerts on the GUI thread. ``title``:
    another than "Alerts firing: %1"."""
    counts = {s: n for s, n in snapshot.unacknowledged.items() if n}
    if not counts:
        return None
    names: dict[str, int] = {}  # name -> its alerts read so far ("PodCrashLooping ×2", review 34)
    alerts = snapshot.alerts
    seen = 0  # unsilenced alerts read so far: those after them are counted, not named (review 18)
    for _key, fp in snapshot.order:
        alert = alerts[fp]
        if not alert.silenced:
            seen += 1
            names[alert.display_name] = names.get(alert.display_name, 0) + 1
            if len(names) == names_shown:
                break
    shown = [name if n == 1 else f"{name} ×{n}" for name, n in names.items()]
    return _summary(counts, shown, tr, title or tr(CONTEXT, "Alerts firing: %1"), sum(counts.values()) - seen)


def first_poll_notice(snapshot: AlertSnapshot, tr: Translate, seen_before: bool = False) -> Notice | None:
    """What the first poll says: one unsilenced alert firing in the per-alert form
    (``alert_notice``: its summary and where it fires; review 25: "Alerts firing: 1 / critical: 1
    / APIDown" lost them), several in one summary (``firing_summary``), None when none fires.
    ``seen_before`` (``PollResult.seen_before``): they were all firing before the tray started
    again, which told of them then: one quiet "Still firing: N" (review 40 F5: "Alerts firing"
    came at critical urgency after every restart)."""
    if seen_before:
        still = firing_summary(snapshot, tr, title=tr(CONTEXT, "Still firing: %1"))
        return dataclasses.replace(still, quiet=True) if still is not None else None
    if sum(snapshot.unacknowledged.values()) == 1:
        for _key, fp in snapshot.order:  # until the unsilenced one (as firing_summary reads them)
            alert = snapshot.alerts[fp]
            if not alert.silenced:
                return alert_notice(AlertEvent(EventKind.FIRED, alert, snapshot.severities[fp]), tr)
    return firing_summary(snapshot, tr)


#: A flapping alert (this many firings within ``core.tracker.FLAP_WINDOW``) is said to flap once;
#: after that only every ``FLAPPING_EVERY``-th firing is said, and none of its resolutions (review
#: 22: one alert firing and resolving every few seconds gave 8 notifications in 100 s).
FLAPPING_FROM = 3
FLAPPING_EVERY = 5


def plan(result: PollResult, tr: Translate, threshold: int = 3, zone: dt.tzinfo | None = None,
         flapping_told: set[str] | None = None, now: dt.datetime | None = None) -> list[Notice]:
    """The notices for one poll result, most important first (a flapping alert's: see
    ``FLAPPING_FROM``).

    Args:
        result: what the poll found.
        tr: translation function.
        threshold: more per-alert notices than this in one poll (fired, raised in severity and
            resolved alerts counted together) and each kind of them with more than one alert is
            said in one summary notice (issue 2: "more than 3 new alerts, one summary"; code
            review 81 AX6: 12 alerts raised to critical gave 12 urgent notices).
        zone: the zone of the times written (``Config.zone()``; None: the system's).
        flapping_told: the fingerprints of the flapping alerts said to flap to this engineer
            (the tray's, emptied when a shift begins); a flapping alert not in it is said once
            more, and added (review 43 F4: its firing in the next engineer's shift, not an
            every-5th one, was not said at all). None: only ``FLAPPING_EVERY``.
        now: when the poll ended (UTC; None: the clock's): a time of another day is written with
            its date (code review 81 AX9: "No answer since 18:02" of last Friday).
    """
    notices: list[Notice] = []
    contact = result.contact
    if contact.change is ContactChange.LOST and not isinstance(result.error, CredentialsNeeded):
        # (credentials needed is not "down": the tray asks for them instead, issue 6)
        since = _clock_time(contact.lost_since, zone, now, tr)
        # an answer that is not the API's (garbage, a proxy's page) is not "no answer" (review 40 F10)
        body = (tr(CONTEXT, "No usable answer since %1: %2") if isinstance(result.error, BadResponse)
                else tr(CONTEXT, "No answer since %1: %2")).replace("%1", since).replace(
            "%2", translate_reason(contact.last_error, tr))
        members = [member.url for member in result.members] if len(result.members) > 1 else []
        address = ", ".join(members) or getattr(result.error, "url", "").partition("/api/v2/")[0]
        if address:  # after a bad settings file, the default address; every member of a cluster (review 29)
            body = f"{address}\n{body}"
        title = tr(CONTEXT, "Contact with Alertmanager lost") if contact.last_success_at is not None \
            else tr(CONTEXT, "Cannot reach Alertmanager")  # never reached since the tray started
        if isinstance(result.error, BadResponse):  # it answers, but not with its API (review 41 F10)
            title = tr(CONTEXT, "No usable answer from Alertmanager")
        notices.append(notice(title, body, None, light=Light.UNREACHABLE))
    elif contact.change is ContactChange.RESTORED:
        body = tr(CONTEXT, "Alertmanager answers again (%1).").replace(
            "%1", _clock_time(contact.last_success_at, zone, now, tr))
        notices.append(notice(tr(CONTEXT, "Contact with Alertmanager restored"), body, None, quiet=True,
                               light=Light.OK))
    update = result.update
    if update is None:
        return notices
    snapshot = update.snapshot
    if update.initial:
        firing = first_poll_notice(snapshot, tr, result.seen_before)
        return notices + [firing] if firing else notices
    fired, worse, resolved = [], [], []  # one pass: a poll may bring thousands of events to the GUI thread
    flapping = FLAPPING_FROM
    again: set[str] = set()  # fired again since the last poll: its resolution is not said (review 16)
    behind = {a.fingerprint for a in result.inhibited or ()}  # inhibited now, not resolved (review 58 T4)
    fired_kind, changed_kind, resolved_kind = EventKind.FIRED, EventKind.SEVERITY_CHANGED, EventKind.RESOLVED
    for e in update.events:
        kind = e.kind
        if kind is resolved_kind:
            if e.firings < flapping and e.alert.fingerprint not in behind:  # a flapping one's: no news (review 22)
                resolved.append(e)
        elif kind is fired_kind:
            again.add(e.alert.fingerprint)
            fp = e.alert.fingerprint
            if not e.alert.silenced and (e.firings <= flapping or e.firings % FLAPPING_EVERY == 0 or (
                    flapping_told is not None and fp not in flapping_told)):
                fired.append(e)
                if flapping_told is not None and e.firings >= flapping:
                    flapping_told.add(fp)
        elif (kind is changed_kind and e.previous_severity is not None
              and e.severity.rank > e.previous_severity.rank and not e.alert.silenced):
            worse.append(e)
    if again:  # "Resolved" after "Fired again" told the engineer, last, that a firing alert was over
        resolved = [e for e in resolved if e.alert.fingerprint not in again]
    return notices + _alert_notices(sorted(fired, key=lambda e: -e.severity.rank), worse, resolved, snapshot, tr,
                                    threshold)


def _alert_notices(fired: list[AlertEvent], worse: list[AlertEvent], resolved: list[AlertEvent],
                   snapshot: AlertSnapshot, tr: Translate, threshold: int) -> list[Notice]:
    """A poll's notices of alerts fired, raised in severity and resolved, in that order: one each
    while there are at most ``threshold`` of them in all; else one summary of each kind with more
    than one alert (``plan``)."""
    many = len(fired) + len(worse) + len(resolved) > threshold
    firing = snapshot.alerts.values()
    notices: list[Notice] = []
    if many and len(fired) > 1:
        notices.append(summary_notice(((e.alert, e.severity) for e in fired), tr, _fired_title(fired, tr)))
    else:
        notices.extend(alert_notice(e, tr, same_place(e.alert, firing)) for e in fired)
    if many and len(worse) > 1:
        notices.append(summary_notice(((e.alert, e.severity) for e in worse), tr,
                                      tr(CONTEXT, "%1 alerts raised in severity")))
    else:
        notices.extend(alert_notice(e, tr, same_place(e.alert, firing)) for e in worse)
    if many and len(resolved) > 1:
        notices.append(resolved_summary(((e.alert, e.severity) for e in resolved), tr))
    else:
        ended = [e.alert for e in resolved]
        notices.extend(alert_notice(e, tr, same_place(e.alert, [*firing, *ended])) for e in resolved)
    return notices


def resolved_summary(alerts: Iterable[tuple[Alert, Severity]], tr: Translate) -> Notice:
    """"N alerts resolved" (``summary_notice``), quiet, with the resolved look."""
    summary = summary_notice(alerts, tr, tr(CONTEXT, "%1 alerts resolved"))
    return dataclasses.replace(summary, quiet=True, light=Light.OK)


def _fired_title(fired: Sequence[AlertEvent], tr: Translate) -> str:
    """The title of a summary of fired alerts: "%1 new alerts", or, when some fired before within
    the hour (review 29: a flapping storm said "5 new alerts" four times over), "%1 alerts fired
    again (flapping)", "%1 alerts fired again", or "%1 alerts fired, %2 of them again"."""
    again = sum(1 for e in fired if e.firings > 1)
    if not again:
        return tr(CONTEXT, "%1 new alerts")
    if again < len(fired):
        return tr(CONTEXT, "%1 alerts fired, %2 of them again").replace("%2", str(again))
    if all(e.firings >= FLAPPING_FROM for e in fired):
        return tr(CONTEXT, "%1 alerts fired again (flapping)")
    return tr(CONTEXT, "%1 alerts fired again")


def _clock_time(when: dt.datetime | None, zone: dt.tzinfo | None = None, now: dt.datetime | None = None,
                tr: Translate | None = None) -> str:
    """HH:MM of an aware datetime in ``zone`` (None: the system's), with its date in the
    language's layout (``tr``) when not on ``now``'s day (UTC; None: the clock's), as every time
    shown (``core.local_times.local_time``); "?" when None."""
    return local_time(when, zone, now or dt.datetime.now(dt.timezone.utc), tr) if when else "?"
