"""An alert whose severity label changed, told apart from a resolution and a new firing (no Qt).

Alertmanager's fingerprint hashes every label, ``severity`` included: when a Prometheus rule
raises an alert from warning to critical, Alertmanager holds a new alert (another fingerprint)
and the warning one resolves (``endsAt`` now). Review 74 BB6: the tray said "5 alerts resolved"
(quiet, green) and "5 new alerts" at the very moment those five got worse, never "raised in
severity". ``pair_relabelled`` takes a firing whose labels equal, but for ``severity``, those of
an alert that resolved in the same poll as that alert changing severity.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace

from ..alertmanager.models import Alert
from .severity import Severity

#: The label that holds an alert's severity (``SeverityMap.of``).
SEVERITY_LABEL = "severity"


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
