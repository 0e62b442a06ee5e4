"""The answers of an Alertmanager HA cluster's members merged into one (no Qt; ``cluster``).

Every member holds the same alerts (same fingerprints) and, through gossip, the same silences;
one may lag behind. Alerts are merged by fingerprint, the most urgent state winning (active over
suppressed over unprocessed: an alert one member still shows unsilenced is not hidden) with the
earliest ``startsAt``; silences by ID, the most recently updated version winning.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence

import msgspec

from .matchers import matches_all
from .models import Alert, Silence

#: Lower is more urgent; an unknown state ranks last.
STATE_RANK = {"active": 0, "suppressed": 1, "unprocessed": 2}


def merge_alerts(lists: Iterable[Sequence[Alert]]) -> list[Alert]:
    """Alerts of several members merged by fingerprint, in the order first seen: the version with
    the most urgent state (active, suppressed, unprocessed; the first member's on a tie), with
    the earliest ``startsAt`` of all."""
    merged: dict[str, Alert] = {}
    for alerts in lists:
        for alert in alerts:
            old = merged.get(alert.fingerprint)
            if old is None:
                merged[alert.fingerprint] = alert
                continue
            best = alert if _rank(alert) < _rank(old) else old
            starts = _earliest(old.starts_at, alert.starts_at)
            if best.starts_at != starts:
                best = msgspec.structs.replace(best, starts_at=starts)
            merged[alert.fingerprint] = best
    return list(merged.values())


def merge_silences(lists: Iterable[Sequence[Silence]]) -> list[Silence]:
    """Silences of several members, one per ID: the most recently updated version."""
    merged: dict[str, Silence] = {}
    for silences in lists:
        for silence in silences:
            old = merged.get(silence.id)
            if old is None or (silence.updated_at and (old.updated_at is None or silence.updated_at > old.updated_at)):
                merged[silence.id] = silence
    return list(merged.values())


def merge_inhibited(lists: Sequence[Sequence[Alert]], shown: Sequence[Alert]) -> list[Alert]:
    """The inhibited alerts of several members (``merge_alerts``), less those in ``shown`` (the
    merged alerts of the main request: a member that lags shows one still firing)."""
    merged = list(lists[0]) if len(lists) == 1 else merge_alerts(lists)
    if not merged:
        return merged
    listed = {alert.fingerprint for alert in shown}
    return [alert for alert in merged if alert.fingerprint not in listed]


def behind_apart(alerts: Sequence[Alert], inhibited: Sequence[Alert]) -> tuple[list[Alert], list[Alert]]:
    """``alerts`` (the merged alerts of a poll with those kept of members down or restarting,
    which may be inhibited: ``alert_decoding.with_inhibited``) split as ``inhibited_apart`` does
    an answer: (those shown, those another alert inhibits and no silence mutes, merged with
    ``inhibited``, the poll's own, less those shown). Kept alerts that were behind an inhibition
    stay behind it, not resolved (code review 83 BA1)."""
    behind = [a for a in alerts if a.status.inhibited_by and not a.status.silenced_by]
    if not behind:
        return list(alerts), list(inhibited)
    shown = [a for a in alerts if not a.status.inhibited_by or a.status.silenced_by]
    return shown, merge_inhibited([inhibited, behind], shown)


def muted_as_held(alert: Alert, silences: Iterable[Silence]) -> Alert:
    """``alert``, which only a cluster member that does not answer holds (as last seen), muted as
    that member mutes it: also by each active silence of ``silences`` whose matchers match its
    labels. ``silences`` are those of the members that answer, in one cluster with it: gossip
    carries them to it (at once, or as it comes back), and a silence's matchers need not the
    alert on the member it was made on (an acknowledgement made while its member was down read
    "firing, as last seen" until that member answered again). For Alertmanagers that are not
    one cluster, their silences stay where they were made: only the holding member's own (as for
    an alert held through its restart, review 61 W8). The IDs it lists stay first;
    its state becomes "suppressed" when a silence is added."""
    listed = alert.status.silenced_by
    added = tuple(s.id for s in silences if s.status.state == "active" and s.id not in listed
                  and matches_all(s.matchers, alert.labels))
    if not added:
        return alert
    return msgspec.structs.replace(alert, status=msgspec.structs.replace(
        alert.status, state="suppressed", silenced_by=(*listed, *added)))


def muted_only_by(alert: Alert, active: Collection[str]) -> Alert:
    """``alert`` muted only by the silences of ``active`` (IDs) it names: Alertmanager's state
    ("suppressed" while silenced or inhibited, "active" otherwise) goes with them."""
    kept = tuple(i for i in alert.status.silenced_by if i in active)
    if kept == alert.status.silenced_by:
        return alert
    state = "suppressed" if kept or alert.status.inhibited_by else "active"
    return msgspec.structs.replace(alert, status=msgspec.structs.replace(alert.status, state=state, silenced_by=kept))


def as_held_at(alerts: Iterable[Alert], silences: Iterable[Silence], now) -> tuple[list[Alert], list[Silence]]:
    """What a member that does not answer holds at ``now`` (aware UTC), from its last answer
    (``alerts``, ``silences``), as it would list it: each silence whose ``endsAt`` passed is
    expired (Alertmanager keeps an ended silence, listed expired), and no alert is muted by one
    of those any longer (``muted_only_by``). An acknowledgement ends at its end whether its member
    answers or not (review 62 Y14: the alert read acknowledged past it, its end never said)."""
    silences = [s if s.status.state == "expired" or s.ends_at is None or s.ends_at > now
                else msgspec.structs.replace(s, status=msgspec.structs.replace(s.status, state="expired"))
                for s in silences]
    ended = {s.id for s in silences if s.status.state == "expired"}
    return [muted_only_by(a, set(a.status.silenced_by) - ended) for a in alerts], silences


def _rank(alert: Alert) -> int:
    return STATE_RANK.get(alert.status.state, len(STATE_RANK))


def _earliest(a, b):
    if a is None:
        return b
    if b is None:
        return a
    return min(a, b)
