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

from ..alertmanager.models import Alert, one_line
from ..core.alert_order import telling_labels, told_place, where
from ..core.names import MORE_SPACE, utf16_units
from ..core.overview import Light
from ..core.severity import Severity, severity_word  # severity_word: re-exported
from ..core.tracker import FLAP_WINDOW, AlertEvent, AlertSnapshot, EventKind
from ..i18n import Translate
from ..terminal_text import visible
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
    counts every firing, the first too, review 25); one back from behind an inhibition
    (``AlertEvent.returned``) says "Still firing: no longer inhibited" instead (code review 81
    AX11: the same firing, not a new one). A resolved alert's notice is quiet, with the
    resolved look (``Light.OK``, the green check: review 25, a red "!" read as a new alarm).
    ``alike``: see ``where_line``."""
    alert, severity = event.alert, event.severity
    name = one_line(alert.alertname) or tr(CONTEXT, "(unnamed alert)")  # one line, as everywhere (review 26)
    where = where_line(alert, alike)
    flapping = ""
    if event.kind is EventKind.FIRED and event.returned:  # it never stopped: what hid it ended
        flapping = tr(CONTEXT, "Still firing: no longer inhibited")
    elif event.kind is EventKind.FIRED and event.firings > 1:  # flapping from the 3rd (review 23: not the 2nd)
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
    lowered = False
    if event.kind is EventKind.SEVERITY_CHANGED:
        was = event.previous_severity or Severity.UNKNOWN
        title = tr(CONTEXT, "[%1] %2 (was %3)").replace("%1", tag).replace("%2", name).replace(
            "%3", severity_word(was, tr))
        lowered = severity.rank < was.rank  # still firing, less serious: quiet (review 74 BB6)
    else:
        title = f"[{tag}] {name}"
    return notice(title, body, severity, quiet=lowered, fingerprint=alert.fingerprint,
                  acknowledgeable=not alert.silenced)


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


def resolved_summary(alerts: Iterable[tuple[Alert, Severity]], tr: Translate) -> Notice:
    """"N alerts resolved" (``summary_notice``), quiet, with the resolved look."""
    summary = summary_notice(alerts, tr, tr(CONTEXT, "%1 alerts resolved"))
    return dataclasses.replace(summary, quiet=True, light=Light.OK)
