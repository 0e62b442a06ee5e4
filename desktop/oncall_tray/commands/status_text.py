"""``oncall-tray status``'s text: the header lines and one aligned line per alert, worst first
(no Qt; the JSON is ``status_json``'s)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from ..alertmanager.cluster import not_one_cluster
from ..connect import cluster_lines, describe_error
from ..core.acknowledged import acknowledgement
from ..core.alert_order import telling_all, told_place
from ..core.durations import format_age, format_span, lasted
from ..core.escalation import escalation_words
from ..core.handoff_live import latest_answer
from ..core.handoff_unknown import held_by, unanswered_text
from ..core.inhibited import inhibited_lines
from ..core.severity import Severity
from ..core.sla import L1, SlaClock, first_target, second_target
from ..i18n import Translate
from ..notify.messages import count_line, severity_word
from ..reasons import unreadable_text
from ..terminal_text import visible
from .status_json import escalated_resolve_by, restarted_members, started_at

if TYPE_CHECKING:
    from .status import OneShot

def _last_seen(state: str, fingerprint: str, result: OneShot, tr: Translate, now: dt.datetime) -> str:
    """"firing, as last seen on http://am1:9093, 40 min ago": ``state`` of an alert that only
    members not answering hold (``OneShot.unknown``), with when they last answered
    (``OneShot.last_answers``; review 61 X1); without it when not known."""
    members = result.unknown[fingerprint] or result.unanswered
    seen = latest_answer(result.last_answers, members)
    if seen is None:
        said = tr("status", "%1, as last seen on %2")  # that member does not answer
    elif (now - seen).total_seconds() < 60:
        said = tr("status", "%1, as last seen on %2, under a minute ago")
    else:
        said = tr("status", "%1, as last seen on %2, %3 ago").replace("%3", lasted((now - seen).total_seconds()))
    return said.replace("%1", state).replace("%2", held_by(result.unknown, fingerprint, result.unanswered))


def render_text(result: OneShot, tr: Translate, now: dt.datetime | None = None) -> str:
    """Human-readable status: a header line, then one line per alert, worst first."""
    now = now or dt.datetime.now(dt.timezone.utc)
    snapshot = result.snapshot
    version = result.status.version if result.status else "?"
    lines = [tr("status", "Alertmanager %1 (version %2)").replace("%1", result.url).replace("%2", visible(version))]
    apart = not_one_cluster(result.members)
    if len(result.members) > 1:  # every member named, not the first that answered only (review 13)
        # not "Cluster of 2 members" above "These Alertmanagers are not one cluster" (review 41 F14)
        text = tr("status", "%1 Alertmanagers: %2") if apart else tr("status", "Cluster of %1 members: %2")
        lines.append(text.replace("%1", str(len(result.members))).replace(
            "%2", ", ".join(member.url for member in result.members)))
    for member in result.members:
        if not member.ok:
            lines.append((tr("status", "%1 does not answer: %2") if apart else  # not one cluster (review 75 BD6)
                          tr("status", "Cluster degraded: %1 does not answer: %2")).replace(
                "%1", member.url).replace("%2", describe_error(member.error, tr)))
    lines += cluster_lines(apart, result.aliases, tr)
    if result.held_read and result.unanswered:  # the journal's copy of what they alone hold (review 53 K5)
        lines.append(unanswered_text(result.unanswered, tr, result.unknown))
    elif len(result.members) > 1 and not all(member.ok for member in result.members):  # (review 51 G1: a real
        # cluster does not share its alerts either)
        lines.append(tr("status", "The alerts only the members that do not answer hold are unknown: they are not "
                                  "listed below."))
    if snapshot is None:
        return "\n".join(lines)
    started = started_at(result, now)
    if started is not None:  # review 24: "No alert is firing." seconds after a restart, the tray keeping 12
        seconds = (now - started).total_seconds()
        # (review 34: "the alerts it held before" read as missing for a brand-new one)
        line = (tr("status", "Alertmanager started less than a minute ago: alerts it held before may be missing "
                             "until Prometheus sends them again (about a minute).") if seconds < 60 else
                tr("status", "Alertmanager started %1 ago: alerts it held before may be missing until "
                             "Prometheus sends them again.").replace("%1", lasted(seconds)))  # (review 36)
        if len(result.members) > 1:  # which member (review 52 H11)
            members = ", ".join(m.url for m in restarted_members(result, now))  # each one (review 68 AF5)
            line = tr("status", "%1: %2").replace("%1", members).replace("%2", line)
        lines.append(line)
    for left_out, silences in ((result.unreadable, False), (result.unreadable_silences, True)):
        if left_out:
            lines.append(visible(unreadable_text(left_out, tr, silences)))
    alerts = snapshot.ordered()
    # what inhibits them is listed; that it inhibits them, here (Q6)
    behind = [visible(line) for line in inhibited_lines(result.inhibited or (), snapshot.alerts,
                                                         lambda a: result.inhibited_severities[a.fingerprint], tr)]
    if not alerts:  # not an all-clear while a restarted Alertmanager may not hold its alerts yet (review 26)
        lines.append(tr("status", "No alert listed yet.") if started is not None else tr("status", "No alert is firing."))
        return "\n".join(lines + behind)
    counts: dict[Severity, int] = {}
    for severity in snapshot.severities.values():
        counts[severity] = counts.get(severity, 0) + 1
    parts = count_line(counts, tr)
    lines.append(tr("status", "Alerts: %1 (%2)").replace("%1", str(len(alerts))).replace("%2", parts))
    lines += behind
    acked = tr("status", "acknowledged")
    firing = tr("status", "firing")
    # acknowledged, its silence gone since (expired, or lost by Alertmanager): review 32
    responded = tr("status", "firing, responded")
    muted = tr("status", "muted")  # silenced by no acknowledgement of it (review 38), as its clock says (62 Y15)
    silences = list(result.silences.values())
    rows, telling = [], telling_all(alerts)
    for alert in alerts:
        clock = result.clocks.get(alert.fingerprint)
        acknowledged = acknowledgement(alert, silences, result.on_call) is not None and not (clock and clock.paused)
        state = (acked if acknowledged else muted) if alert.silenced else \
            responded if clock is not None and clock.responded else firing
        if alert.silenced and alert.inhibited:  # listed as the others silenced (an inhibited one alone is not)
            state = tr("status", "%1, inhibited").replace("%1", state)
        if alert.fingerprint in result.unknown:
            state = _last_seen(state, alert.fingerprint, result, tr, now)
        elif alert.fingerprint in result.kept:  # as the tray and ack keep it (restart_kept)
            state = tr("status", "%1, kept through the restart of %2").replace("%1", state).replace(
                "%2", ", ".join(result.kept[alert.fingerprint]))
        rows.append((alert.fingerprint, severity_word(snapshot.severities[alert.fingerprint], tr).upper(),
                     alert.display_name, state, format_age(alert.starts_at, now),
                     escalation_cell(clock, result.escalated.get(alert.fingerprint, L1), tr,
                                     alert.fingerprint in result.answered),
                     sla_text(clock, tr, escalated_resolve_by(result, alert.fingerprint), now) if clock else "",
                     where_cell(alert.labels.get("instance") or alert.labels.get("service", ""),
                                telling.get(alert.fingerprint, "")), alert.summary))
        rows[-1] = tuple(visible(cell) for cell in rows[-1])  # one line each, nothing for the terminal
    lines += table(rows, _COLUMNS)
    return "\n".join(lines)


def escalation_cell(clock: SlaClock | None, done: str, tr: Translate, answered: bool = False) -> str:
    """The escalation column: the level due ("L1", "L2", "L3"), or once the engineer recorded
    one, ``core.escalation.escalation_words`` ("escalated to L2; escalation due: L3"), with
    "(answered)" once that level's answer was recorded."""
    if clock is None:
        return ""
    if done == L1:
        return clock.escalation
    return escalation_words(clock.escalation, done, tr, answered=answered)


#: ``status`` columns: (widest, right-aligned); None: as wide as the widest value. The last
#: column (the summary) is never padded, only cut. The SLA clocks are never cut.
_COLUMNS = ((None, False), (None, False), (32, False), (None, False), (None, True), (None, False),
            (None, False), (40, False), (120, False))


def where_cell(place: str, told: str, width: int = 40) -> str:
    """The instance column: ``place`` and, after " · ", ``told``, what tells the alert from another
    of its name and place; too long for ``width``, the place is cut, not what tells it apart
    (review 36: "pod=api-1, na…" lost the namespace)."""
    cell = told_place(place, told)
    if len(cell) <= width or not told or len(told) > width - 8:
        return cell
    return place[:width - len(told) - 4] + "… · " + told


def fit(text: str, width: int, right: bool = False) -> str:
    """``text`` padded to ``width`` characters, or cut to that width ending in "…"."""
    if len(text) > width:
        return text[:width - 1] + "…"
    return text.rjust(width) if right else text.ljust(width)


def table(rows: list[tuple[str, ...]], columns: tuple[tuple[int | None, bool], ...]) -> list[str]:
    """Rows as aligned lines, two spaces between columns: each column as wide as its widest
    value, at most its limit (longer values cut with "…"); empty columns left out; the last
    column cut but not padded. Full values are in ``--json``."""
    widths = [min(max(len(row[i]) for row in rows), limit or 10**6) for i, (limit, _r) in enumerate(columns)]
    lines = []
    for row in rows:
        cells = [fit(cell, width, right) if i < len(row) - 1 else fit(cell, width)
                 for i, (cell, width, (_l, right)) in enumerate(zip(row, widths, columns)) if width]
        lines.append("  ".join(cells).rstrip())
    return lines


def sla_text(clock: SlaClock, tr: Translate, level_resolve_by: dt.datetime | None = None,
             now: dt.datetime | None = None) -> str:
    """The clocks in words: "respond in 3m, resolve in 13m", "response overdue 2m", ... (the
    response part is left out once acknowledged in time; acknowledged late it says how late; a
    part without a target always). An info alert's first target is the guide's review
    (``sla.first_target``): "review in 22h30m", "review overdue 2d01h" (review 63 Z7), also
    silenced or acknowledged: "review silenced, not reviewed", "reviewed 2d02h late" (review 64
    V11). A warning's second target is the guide's investigation
    (``sla.second_target``): "investigate in 12m", "investigation overdue 3m" (review 55 M4).
    With ``level_resolve_by`` (``escalated_resolve_by``), L2's resolution counted to ``now``
    (UTC): "L2: resolve in 9m", "L2: resolution overdue 1m" (fresh-user review M10)."""
    parts = []
    remaining = clock.respond_remaining_s
    review = first_target(clock.severity) == "review"  # info: the guide's review (review 63 Z7), in every state
    if remaining is not None and clock.paused:  # a silence that is no acknowledgement (review 59 U1)
        parts.append(tr("status", "review silenced, not reviewed") if review  # (review 64 V11)
                     else tr("status", "response silenced, not acknowledged"))
    elif remaining is not None and not clock.responded:
        if review:
            text = tr("status", "review in %1") if remaining >= 0 else tr("status", "review overdue %1")
        else:
            text = tr("status", "respond in %1") if remaining >= 0 else tr("status", "response overdue %1")
        parts.append(text.replace("%1", format_span(remaining)))
    elif remaining is not None and clock.response_missed:
        text = tr("status", "reviewed %1 late") if review else tr("status", "acknowledged %1 late")
        parts.append(text.replace("%1", format_span(remaining)))
    remaining = clock.resolve_remaining_s
    if remaining is not None:
        if second_target(clock.severity) == "investigate":
            text = tr("status", "investigate in %1") if remaining >= 0 else tr("status", "investigation overdue %1")
        else:
            text = tr("status", "resolve in %1") if remaining >= 0 else tr("status", "resolution overdue %1")
        parts.append(text.replace("%1", format_span(remaining)))
    if level_resolve_by is not None and now is not None:
        remaining = (level_resolve_by - now).total_seconds()
        text = tr("status", "L2: resolve in %1") if remaining >= 0 else tr("status", "L2: resolution overdue %1")
        parts.append(text.replace("%1", format_span(remaining)))
    return ", ".join(parts)
