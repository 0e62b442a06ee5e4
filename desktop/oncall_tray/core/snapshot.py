"""One poll's alerts as the tracker reports them (``AlertSnapshot``) and the one order of every
list of active alerts (``order_key``); split from ``tracker`` (which re-exports them)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import NamedTuple

from ..alertmanager.models import Alert
from .severity import Severity

_EPOCH = dt.datetime.min.replace(tzinfo=dt.timezone.utc)


class Behind(NamedTuple):
    """An alert behind an inhibition (``AlertList.inhibited``) as the tracker keeps it, so that
    it is neither resolved when it goes behind nor new when it comes back (code review 81 AX11).

    Attributes:
        start: the ``startsAt`` Alertmanager gives it behind the inhibition (aware UTC; None: none).
        shown: the alert as last in a snapshot, while that firing lasts (None: never shown, or
            that firing ended behind the inhibition and its RESOLVED was given then).
        severity: ``shown``'s severity (None with it).
        new: the firing behind the inhibition started after the one shown ended (resolved and
            fired again while inhibited, code review 82B AZ2): when it comes back it is a new
            firing (FIRED, counted as one), not ``AlertEvent.returned``.
    """

    start: dt.datetime | None
    shown: Alert | None
    severity: Severity | None
    new: bool = False


def order_key(alert: Alert, severity: Severity) -> tuple:
    """Sort key of the one order of every list of active alerts, "what needs action first": the
    unacknowledged (no silence mutes them) before the acknowledged/silenced; within each, worst
    severity first; then oldest first (for one severity, the oldest is the one whose response and
    resolution targets were missed first: ``sla.SlaPolicy``), then by name; a total order (the
    fingerprint breaks ties). Shape: (acknowledged 0/1, -severity rank, start (UTC datetime),
    alertname, fingerprint). Fresh-user review 69 AI7: "worst first" listed 50 silenced criticals
    above the unacknowledged ones past their response target (guide: respond to a critical < 5 min).

    The key changes when the alert is acknowledged or no longer is: a list kept in this order
    moves it then (``AlertTracker.update`` sorts again; the alerts table moves its row)."""
    return (1 if alert.status.silenced_by else 0, -severity.rank, alert.starts_at or _EPOCH, alert.alertname,
            alert.fingerprint)


@dataclass(frozen=True)
class AlertSnapshot:
    """Everything Alertmanager reported in one poll.

    Attributes:
        alerts: fingerprint -> alert, in Alertmanager's order.
        severities: fingerprint -> severity.
        fetched_at: when the poll finished (UTC).
        unacknowledged: count of unsilenced alerts per severity (zero counts omitted).
        order: (order_key, fingerprint) pairs, worst first; computed once by the tracker (in the
            poller thread) so that the interface need not sort.
        sequence: 1 for the first poll of a tracker, then one more per poll (the shift journal's
            picture shown before any: ``journal_copy.RECALLED_SEQUENCE``).
        seen_starts: fingerprint -> (the ``startsAt`` Alertmanager gives, the start taken) of
            the alerts whose ``startsAt`` was in the future when first seen
            (``FUTURE_START_SKEW``), or that go on from an earlier start (``carry_starts``), for
            a tracker that resumes from this snapshot and for the shift journal.
        telling: fingerprint -> the labels that tell the alert from another of the same name
            and place ("pod=api-1"; ``core.alert_order.telling_all``), for those that have one;
            worked out by the tracker when the alerts change, in the poller thread.
        behind: fingerprint -> ``Behind``, the alerts behind an inhibition (left out of
            ``alerts``), for a tracker that resumes from this snapshot (new settings: code review
            82B AZ1, such an alert came back as a new one).
    """

    alerts: Mapping[str, Alert]
    severities: Mapping[str, Severity]
    fetched_at: dt.datetime
    unacknowledged: Mapping[Severity, int] = field(default_factory=dict)
    order: tuple[tuple[tuple, str], ...] = ()
    sequence: int = 0
    seen_starts: Mapping[str, tuple[dt.datetime, dt.datetime]] = field(default_factory=dict)
    telling: Mapping[str, str] = field(default_factory=dict)
    behind: Mapping[str, Behind] = field(default_factory=dict)

    @property
    def worst_unacknowledged(self) -> Severity | None:
        """The worst severity among unsilenced alerts, None when every alert is acknowledged."""
        present = [s for s, n in self.unacknowledged.items() if n]
        return max(present, key=lambda s: s.rank) if present else None

    @property
    def unacknowledged_total(self) -> int:
        """Number of alerts that fire and are not silenced."""
        return sum(self.unacknowledged.values())

    def ordered(self) -> list[Alert]:
        """Alerts worst first, then oldest first (``startsAt``), then by alertname."""
        alerts = self.alerts
        return [alerts[fp] for _key, fp in self.order]

    @classmethod
    def empty(cls, at: dt.datetime) -> AlertSnapshot:
        """A snapshot with no alert (before the first successful poll)."""
        return cls(alerts={}, severities={}, fetched_at=at)


def unacknowledged_counts(alerts: Mapping[str, Alert], severities: Mapping[str, Severity]) -> dict[Severity, int]:
    """``AlertSnapshot.unacknowledged`` of ``alerts``: the unsilenced ones per severity."""
    counts: dict[Severity, int] = {}
    for fp, alert in alerts.items():
        if not alert.status.silenced_by:
            counts[severities[fp]] = counts.get(severities[fp], 0) + 1
    return counts
