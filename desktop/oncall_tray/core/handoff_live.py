"""What Alertmanager said in the latest poll, as the shift checklists take it (no Qt;
``handoff``): its alerts, silences, the members that did not answer, or the journal's last look."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from ..alertmanager.models import Alert, Silence
from .journal import Journal
from .journal_seen import seen_alerts
from .severity import Severity
from .tracker import AlertSnapshot


@dataclass(frozen=True)
class Live:
    """What Alertmanager said in the latest poll.

    Attributes:
        alerts: fingerprint -> alert; None when Alertmanager could not be reached.
        severities: fingerprint -> severity.
        silences: silence ID -> silence (all states).
        error: why it could not be reached ("" when it was).
        order: (sort key, fingerprint) worst first (``AlertSnapshot.order``; empty: sorted here).
        watched: the Alertmanager asked (its members' URLs), when it could not be reached: the
            journal's last look stands in only if it was there.
        polled: False before the first poll's answer, or its failure, came.
        unanswered: the cluster members that did not answer the poll (their URLs).
        unknown: the alerts of ``alerts`` that members in ``unanswered`` alone hold, as last seen
            (the tray's ``PollResult.unknown``, the journal's copy: ``handoff_unknown.with_held``):
            fingerprint -> those members' URLs.
        last_seen: ``alerts`` are the journal's last look, Alertmanager not read (``error``
            says why; ``seen_before``).
        inhibited: the alerts another alert inhibits, left out of ``alerts``, with their
            severities (``PollResult.inhibited``; none when unknown: Q6).
    """

    alerts: Mapping[str, Alert] | None
    severities: Mapping[str, Severity] = field(default_factory=dict)
    silences: Mapping[str, Silence] = field(default_factory=dict)
    error: str = ""
    order: Sequence[tuple[tuple, str]] = ()
    watched: tuple[str, ...] = ()
    polled: bool = True
    unanswered: tuple[str, ...] = ()
    unknown: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    last_seen: bool = False
    inhibited: tuple[tuple[Alert, Severity], ...] = ()

    @classmethod
    def of(cls, snapshot: AlertSnapshot, silences: Mapping[str, Silence], unanswered: Sequence[str] = (),
           unknown: Mapping[str, tuple[str, ...]] | None = None,
           inhibited: Sequence[tuple[Alert, Severity]] = ()) -> Live:
        """From a tracker's ``AlertSnapshot``, the poll's silences, the members that did not answer it,
        the alerts only they hold (``PollResult.unknown``) and its inhibited alerts with their severities."""
        return cls(snapshot.alerts, snapshot.severities, silences, order=snapshot.order, unanswered=tuple(unanswered),
                   unknown=dict(unknown or {}), inhibited=tuple(inhibited))

    @property
    def reached(self) -> bool:
        """True when these are Alertmanager's current answers."""
        return self.alerts is not None and not self.last_seen

    def seen_before(self, journal: Journal) -> Live:
        """This answer, or when Alertmanager was not read, the alerts firing as ``journal`` last
        saw them on it (``seen_alerts``), marked ``last_seen``: as the tray keeps its last known
        alerts, marked stale (review 20; fresh-user review P3: "none received" beside silences
        shown as last seen)."""
        if self.alerts is not None:
            return self
        seen, severities = seen_alerts(journal, self.watched)
        return dataclasses.replace(self, alerts=seen, severities=severities, last_seen=True)
