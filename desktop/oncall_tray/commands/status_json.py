"""``oncall-tray status --json``: the JSON document of one poll (no Qt; issue 2's shape, with more
keys)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from ..alertmanager.cluster import MemberResult
from ..alertmanager.models import Alert
from ..member_starts import RESTART_GRACE, grace_end, restarted_lately
from ..connect import describe_error
from ..core.handoff_live import latest_answer
from ..core.inhibited import inhibitors_of
from ..core.severity import Severity
from ..core.sla import L1, SlaClock

if TYPE_CHECKING:
    from .status import OneShot


def _iso(value: dt.datetime | None) -> str | None:
    return value.isoformat().replace("+00:00", "Z") if value else None


def escalated_resolve_by(result: OneShot, fingerprint: str) -> dt.datetime | None:
    """When the level the alert was escalated to should have resolved it (UTC; the journal's
    escalation, ``SlaPolicy.escalated_resolve_by``: L2's 30 minutes), None when there is no such
    target."""
    if result.policy is None:
        return None
    return result.policy.escalated_resolve_by(result.escalated.get(fingerprint, L1),
                                              result.escalated_at.get(fingerprint))


def sla_json(clock: SlaClock, escalated: str | None = None, answered_at: dt.datetime | None = None,
             l2_resolve_by: dt.datetime | None = None, now: dt.datetime | None = None) -> dict:
    """An alert's ``"sla"`` in ``status --json``: deadlines (RFC 3339, UTC), seconds left
    (negative once past, frozen once acknowledged or resolved; null without a target), whether it
    was acknowledged, the escalation level due ("L1", "L2", "L3"), and the level the engineer
    recorded an escalation to (``escalated``: "L2", "L3", null when none) and when that level
    answered (``answered_at``, null when not recorded: review 44 F12). The ``resolve_*`` keys keep
    their names (scripts read them); for a warning they hold its investigation target, the
    guide's "Investigação < 30min" (``sla.second_target``). ``l2_resolve_by``: when L2 should have
    resolved it, counted from the escalation to L2 recorded (guide: L2 "Resolução esperada: < 30
    minutos"; ``SlaPolicy.escalated_resolve_by``), with its seconds left at ``now`` (the poll's
    time; negative once past); both null unless escalated to L2 (fresh-user review M10)."""
    remaining = (l2_resolve_by - now).total_seconds() if l2_resolve_by is not None and now is not None else None
    return {
        "respond_by": _iso(clock.respond_by),
        "resolve_by": _iso(clock.resolve_by),
        "respond_remaining_s": clock.respond_remaining_s,
        "resolve_remaining_s": clock.resolve_remaining_s,
        "responded": clock.responded,
        "escalation": clock.escalation,
        "escalated": escalated or None,
        "answered_at": _iso(answered_at),
        "l2_resolve_by": _iso(l2_resolve_by),
        "l2_resolve_remaining_s": remaining,
    }


def alert_json(alert: Alert, severity: Severity, clock: SlaClock | None = None, escalated: str | None = None,
               answered_at: dt.datetime | None = None, l2_resolve_by: dt.datetime | None = None,
               now: dt.datetime | None = None) -> dict:
    """One alert in ``status --json`` (issue 2's keys, plus ``endsAt``, ``inhibitedBy``,
    ``receivers``, ``generatorURL``, and ``sla`` when ``clock`` is given, with ``escalated``
    and the rest of ``sla_json``'s)."""
    doc = {
        "fingerprint": alert.fingerprint,
        "alertname": alert.alertname,
        "severity": severity.value,
        "state": alert.status.state,
        "startsAt": _iso(alert.starts_at),
        "endsAt": _iso(alert.ends_at),
        "summary": alert.summary,
        "labels": alert.labels,
        "annotations": alert.annotations,
        "silencedBy": list(alert.status.silenced_by),
        "inhibitedBy": list(alert.status.inhibited_by),
        "receivers": [r.name for r in alert.receivers],
        "generatorURL": alert.generator_url,
    }
    if clock is not None:
        doc["sla"] = sla_json(clock, escalated, answered_at, l2_resolve_by, now)
    return doc


def render_json(result: OneShot) -> str:
    """The ``status --json`` document (see issue 2 for the shape)."""
    doc: dict = {"alertmanager": {
        "url": result.url,
        "reachable": result.error is None,
        "version": result.status.version if result.status else None,
        "cluster": result.status.cluster.status if result.status else None,
    }}
    if result.error is not None:
        doc["alertmanager"]["error"] = describe_error(result.error)  # the text's words (review 24)
    doc["alertmanager"]["degraded"] = any(not m.ok for m in result.members) and result.error is None
    lately = {m.url: m.status.uptime for m in restarted_members(result, dt.datetime.now(dt.timezone.utc))}
    doc["alertmanager"]["members"] = [member_json(m, lately.get(m.url)) for m in result.members]
    snapshot = result.snapshot
    # unreachable: null, not [] (which a script would read as "nothing firing"), as for a member
    doc["alerts"] = [_listed(a, result) for a in snapshot.ordered()] if snapshot else None
    # left out of "alerts", as in the tray: another alert inhibits them (each one's "inhibitedBy",
    # "inhibitedByNames"); null when that request failed (unknown), not [] (Q6)
    doc["inhibited"] = None if result.inhibited is None or snapshot is None else [
        inhibited_json(a, result) for a in result.inhibited]
    doc["unreadable"] = list(result.unreadable)  # left out of "alerts": not in the API's shape
    doc["unreadable_silences"] = list(result.unreadable_silences)  # left out of the silences, alike
    started = started_at(result, dt.datetime.now(dt.timezone.utc))  # may not hold its alerts from before yet
    doc["alertmanager"]["started_lately"] = started.isoformat().replace("+00:00", "Z") if started else None
    return json.dumps(doc, ensure_ascii=False, indent=2)


#: What the shift journal's copy of an alert lacks (``journal_seen.seen_alerts``: its labels,
#: annotations, start, silences and members only): left out of an alert listed as last seen
#: (review 56 P6).
NOT_KEPT = ("generatorURL", "receivers", "endsAt", "inhibitedBy")


def _listed(alert: Alert, result: OneShot) -> dict:
    """One alert of ``render_json``'s ``"alerts"``: ``alert_json`` and ``asLastSeen``, whether
    only a member that does not answer holds it (the shift journal's copy, review 53 K5; what
    that copy does not keep is left out, ``NOT_KEPT``, not given as empty values), and then
    ``heldBy``, the URLs of those members, and ``lastSeenAt``, when they last answered (UTC ISO
    time, null when not known: ``OneShot.last_answers``; review 61 X1); and ``keptThroughRestart``,
    whether it is kept through the restart of members that restarted lately, which have not been
    sent it again yet (``OneShot.kept``: the journal's copy, ``NOT_KEPT`` left out), then
    ``keptBy``, the URLs of those members (``kept_json``)."""
    fp = alert.fingerprint
    doc = alert_json(alert, result.snapshot.severities[fp], result.clocks.get(fp), result.escalated.get(fp),
                     result.answered.get(fp), escalated_resolve_by(result, fp), result.snapshot.fetched_at)
    if alert.status.inhibited_by:  # silenced and inhibited: named as in "inhibited" (review 58 T3)
        doc["inhibitedByNames"] = inhibitors_of(alert, result.snapshot.alerts,
                                                {a.fingerprint: a for a in result.inhibited or ()})
    doc["asLastSeen"] = fp in result.unknown
    doc.update(kept_json(fp, result.kept))
    if doc["keptThroughRestart"]:  # the journal's copy too: what it does not keep left out
        return {k: v for k, v in doc.items() if k not in NOT_KEPT}
    if not doc["asLastSeen"]:
        return doc
    held = result.unknown[fp]
    return {**{k: v for k, v in doc.items() if k not in NOT_KEPT}, "heldBy": list(held),
            "lastSeenAt": _iso(latest_answer(result.last_answers, held or result.unanswered))}


def kept_json(fingerprint: str, kept: Mapping[str, Sequence[str]]) -> dict:
    """Whether the alert ``fingerprint`` is kept through the restart of members that restarted
    lately and have not been sent it again yet, as ``status --json`` and ``silence list --json``
    say it: ``{"keptThroughRestart": true, "keptBy": [URL, …]}`` (those members' base URLs) for
    one of ``kept`` (fingerprint -> those URLs: ``OneShot.kept``, ``restart_kept.Kept.members``),
    ``{"keptThroughRestart": false}`` for any other."""
    if fingerprint not in kept:
        return {"keptThroughRestart": False}
    return {"keptThroughRestart": True, "keptBy": list(kept[fingerprint])}


def inhibited_json(alert: Alert, result: OneShot) -> dict:
    """One alert of ``render_json``'s ``"inhibited"``: ``alert_json`` (no SLA clock: the tray
    starts none for it) and ``inhibitedByNames``, the names of what inhibits it (an alert
    listed in ``"alerts"``, or an inhibited one; else the start of its fingerprint)."""
    doc = alert_json(alert, result.inhibited_severities.get(alert.fingerprint, Severity.UNKNOWN))
    doc["inhibitedByNames"] = inhibitors_of(alert, result.snapshot.alerts, {a.fingerprint: a for a in result.inhibited})
    return doc


def member_json(member: MemberResult, started: dt.datetime | None = None) -> dict:
    """One cluster member in ``status --json``: its URL, whether it answered, its version,
    cluster state and peer count, or the error; ``started_lately``: ``started`` (UTC, its start
    when it restarted lately: ``restarted_members``) or null (review 68 AF5: two members
    restarted together, the document said one start only)."""
    status = member.status
    doc = {
        "url": member.url,
        "reachable": member.ok,
        "version": status.version if status else None,
        "cluster": status.cluster.status if status else None,
        "peers": len(status.cluster.peers) if status else None,
        "alerts": member.alerts if member.ok else None,
    }
    doc["started_lately"] = started.isoformat().replace("+00:00", "Z") if started else None
    if member.error is not None:
        doc["error"] = describe_error(member.error)
    return doc


def started_at(result: OneShot, now: dt.datetime) -> dt.datetime | None:
    """When the latest of the Alertmanagers that answered started (UTC), if that was less than
    ``RESTART_GRACE`` before ``now``: it may not hold its alerts from before yet. None otherwise,
    and for a member whose start the shift journal saw (``OneShot.known_starts``: it did not
    restart since; review 58 T1), as the tray and the handoff take it."""
    # the journal's rule for a partial poll (``member_starts.grace_end``), the same members
    end = grace_end(result.members, now, result.known_starts)
    return end - RESTART_GRACE if end is not None else None


def restarted_members(result: OneShot, now: dt.datetime) -> list[MemberResult]:
    """The members that started lately (``restarted_lately``, less those whose start the shift
    journal saw) when ``started_at`` says the poll may lack alerts from before: every one of them,
    in the members' order (review 68 AF5: both restarted together, only the first was named);
    [] otherwise."""
    if started_at(result, now) is None:
        return []
    return restarted_lately(result.members, now, result.known_starts)
