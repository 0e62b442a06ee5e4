"""An alert whose severity label changed, told apart from a resolution and a new firing (no Qt).

Alertmanager's fingerprint hashes every label, ``severity`` included: when a Prometheus rule
raises an alert from warning to critical, Alertmanager holds a new alert (another fingerprint)
and the warning one resolves (``endsAt`` now). Review 74 BB6: the tray said "5 alerts resolved"
(quiet, green) and "5 new alerts" at the very moment those five got worse, never "raised in
severity". ``pair_relabelled`` takes a firing whose labels equal, but for ``severity``, those of
an alert that resolved in the same poll as that alert changing severity; ``pair_recent`` one whose
resolution came up to ``RELABEL_GRACE`` before (Prometheus sent the two in two evaluations, or a
poll came between its two posts): its "Resolved" was said, the firing is said as "(was warning)".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, MutableMapping
from dataclasses import replace

from ..alertmanager.models import Alert
from .severity import Severity

#: The label that holds an alert's severity (``SeverityMap.of``).
SEVERITY_LABEL = "severity"
#: How long after an alert resolved a firing of its labels with another severity is still that
#: alert changing severity: Prometheus' default evaluation and resend interval (one minute).
RELABEL_GRACE = dt.timedelta(minutes=1)
#: Resolved alerts kept for ``pair_recent``: severity-free labels -> (alert, severity, resolved at).
Recent = MutableMapping[frozenset, tuple[Alert, Severity, dt.datetime]]


def severity_free(labels: Mapping[str, str]) -> frozenset[tuple[str, str]]:
    """``labels`` without the severity label: what is equal for one alert at any severity."""
    return frozenset((k, v) for k, v in labels.items() if k != SEVERITY_LABEL)


def pair_relabelled(events: list, gone: Iterable[str], old_alerts: Mapping[str, Alert],
                    old_severities: Mapping[str, Severity]) -> set[str]:
    """Turn each FIRED event of ``events`` (``tracker.AlertEvent``; not one back from behind an
    inhibition) whose alert has the labels of a ``gone`` alert but for a severity that maps to
    another ``Severity`` into one SEVERITY_CHANGED event: the new alert (its new fingerprint),
    the old severity as ``previous_severity``, the old alert as ``replaces``. ``events`` is
    changed in place, in the same order.

    Args:
        events: the poll's events so far.
        gone: fingerprints of the previous poll's alerts the poll no longer has (resolved).
        old_alerts, old_severities: the previous snapshot's, by fingerprint.
    Returns:
        the fingerprints of ``gone`` that changed severity (no RESOLVED is due for them).
    """
    by_labels: dict[frozenset, list[str]] = {}
    for fp in gone:
        by_labels.setdefault(severity_free(old_alerts[fp].labels), []).append(fp)
    paired: set[str] = set()
    if not by_labels:
        return paired
    from .tracker import EventKind  # (tracker imports this module)

    fired, changed = EventKind.FIRED, EventKind.SEVERITY_CHANGED
    for index, event in enumerate(events):
        if event.kind is not fired or event.returned:
            continue
        candidates = by_labels.get(severity_free(event.alert.labels))
        if not candidates:
            continue
        for fp in candidates:
            if old_severities[fp] is not event.severity:
                candidates.remove(fp)
                paired.add(fp)
                events[index] = replace(event, kind=changed, previous_severity=old_severities[fp],
                                        firings=1, replaces=old_alerts[fp])
                break
    return paired


def remember_resolved(recent: Recent, events: Iterable, now: dt.datetime) -> None:
    """Keep the alerts of the RESOLVED ``events`` (``tracker.AlertEvent``) in ``recent`` for
    ``pair_recent``, and drop those resolved more than ``RELABEL_GRACE`` before ``now`` (UTC)."""
    from .tracker import EventKind  # (tracker imports this module)

    resolved = EventKind.RESOLVED
    for event in events:
        if event.kind is resolved:
            recent[severity_free(event.alert.labels)] = (event.alert, event.severity, now)
    for key in [key for key, (_a, _s, at) in recent.items() if now - at > RELABEL_GRACE]:
        del recent[key]


def pair_recent(events: list, recent: Recent, now: dt.datetime) -> None:
    """Turn each FIRED event of ``events`` (not one back from behind an inhibition) whose alert
    has the labels of an alert of ``recent`` (resolved at most ``RELABEL_GRACE`` before ``now``)
    but for a severity that maps to another ``Severity`` into a SEVERITY_CHANGED event, as
    ``pair_relabelled`` does; the alerts paired leave ``recent``."""
    from .tracker import EventKind  # (tracker imports this module)

    fired, changed = EventKind.FIRED, EventKind.SEVERITY_CHANGED
    for index, event in enumerate(events):
        if event.kind is not fired or event.returned:
            continue
        key = severity_free(event.alert.labels)
        found = recent.get(key)
        if found is None or found[1] is event.severity or now - found[2] > RELABEL_GRACE:
            continue
        del recent[key]
        events[index] = replace(event, kind=changed, previous_severity=found[1], firings=1, replaces=found[0])
