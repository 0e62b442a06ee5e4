"""Turns successive polls of Alertmanager into events (design notes, "Layout", core/).

Identity of an alert is its fingerprint. Between two polls an alert can be:
fired (new fingerprint), resolved (fingerprint gone), resolved and fired again (same fingerprint,
new ``startsAt``: a RESOLVED event for the old one, then a FIRED one), acknowledged (became silenced),
unacknowledged (no longer silenced while still firing), or change severity: its ``severity`` label
mapped to another severity, on the same fingerprint (a synonym), or, as Alertmanager holds it, a
new fingerprint firing with the labels of one that resolved in the same poll but for ``severity``
(``relabelled``: review 74 BB6, no "resolved" and "new" for an alert that got worse). The first poll after
start produces no per-alert events, only ``initial=True`` so that the caller can show one summary.
A FIRED event also says how many times the same alert (fingerprint) resolved within the last
``FLAP_WINDOW``, so that a flapping alert is announced as such. An inhibited alert (set apart:
``AlertList.inhibited``) has not resolved: it leaves the snapshot unsaid and comes back as the same
firing (``AlertEvent.returned``), not counted as flapping (code review 81 AX11).

Memory: an alert that comes back unchanged keeps the object of the previous poll, so successive
snapshots share their alerts and each poll's freshly decoded copies die at once (10,000 alerts
are ~20 MiB per copy; the poller and the window hold more than one snapshot at a time). The
tray's client (``alertmanager.alert_decoding.RepeatDecoder``) already returns the same object
for an alert whose JSON did not change; an alert Prometheus re-sent (a later ``endsAt``) is a new
object in both, so that the two never keep two copies of it.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType

from msgspec.structs import replace

from ..alertmanager.models import Alert
from .relabelled import Recent, pair_recent, pair_relabelled, remember_resolved
from .severity import Severity, SeverityMap
from .snapshot import AlertSnapshot, Behind, order_key, unacknowledged_counts  # noqa: F401 (also this module's API)

#: An alert that fires again at most this long after it resolved goes on with the same episode:
#: the tracker counts its firings (``AlertEvent.firings``), the journal keeps its notes and opens
#: its incident again (``journal_tx``): a flapping alert is one problem. Past it, a new one.
FLAP_WINDOW = dt.timedelta(hours=1)
#: A ``startsAt`` later than the poll by more than this (a clock's skew) is not when the alert
#: started: Alertmanager gives an alert posted without ``startsAt`` its ``endsAt`` as start (a
#: script's or ``curl``'s test alert: "started" in an hour, its SLA clocks an hour long). Such an
#: alert is taken as started when the tracker first saw it, or when Alertmanager last received
#: it if that is earlier (``updatedAt``: a command run later says how long ago it was posted;
#: ``AlertTracker.update``).
FUTURE_START_SKEW = dt.timedelta(minutes=1)
_NONE_SEEN: Mapping = MappingProxyType({})  # snapshots with no start taken, nothing behind an inhibition


class EventKind(enum.Enum):
    """What happened to one alert between two polls."""

    FIRED = "fired"
    RESOLVED = "resolved"
    ACKNOWLEDGED = "acknowledged"
    UNACKNOWLEDGED = "unacknowledged"
    SEVERITY_CHANGED = "severity_changed"


@dataclass(frozen=True, slots=True)
class AlertEvent:
    """One event. ``alert`` is the latest known version (for RESOLVED, the last seen one);
    ``previous_severity`` is set for SEVERITY_CHANGED only. ``firings``, for FIRED: this firing
    and those of the same alert that resolved within ``FLAP_WINDOW`` before it (1: the first;
    3: it resolved and fired again twice within the hour, i.e. it flaps); for RESOLVED: the
    firing that ends and those that ended within ``FLAP_WINDOW`` before it. ``returned``, for
    FIRED: the alert was behind an inhibition and still fires with the same ``startsAt`` (not a
    new firing: ``firings`` counts none for it; code review 81 AX11); False for one that resolved
    and fired again behind it (its RESOLVED was given then: code review 82B AZ2). ``replaces``,
    for SEVERITY_CHANGED: the alert (another fingerprint) that resolved as this one fired with
    its labels but another ``severity`` (``relabelled``: review 74 BB6); None when the alert kept
    its fingerprint (a synonym of another severity)."""

    kind: EventKind
    alert: Alert
    severity: Severity
    previous_severity: Severity | None = None
    firings: int = 1
    returned: bool = False
    replaces: Alert | None = None


@dataclass(frozen=True)
class TrackerUpdate:
    """Result of feeding one poll to the tracker: the new snapshot, the events, and whether this
    was the first poll (``initial``: no per-alert events, show a summary instead)."""

    snapshot: AlertSnapshot
    events: tuple[AlertEvent, ...]
    initial: bool


class AlertTracker:
    """Keeps the previous poll and diffs the next one against it.

    Args:
        severity_map: how ``severity`` labels map to ``Severity``.
    Not thread-safe; the poller worker owns one.
    """

    def __init__(self, severity_map: SeverityMap) -> None:
        self._severity_map = severity_map
        self._previous: AlertSnapshot | None = None
        # fingerprint -> when the tracker saw each of its firings resolve, oldest first, within
        # FLAP_WINDOW (by the polls' times: Alertmanager merges a re-fire that overlaps the last
        # firing into it, keeping the old startsAt, so starts cannot be counted)
        # (tuples: one block each, where a list is two; 10,000 alerts that resolve are 10,000 entries)
        self._ended: dict[str, tuple[dt.datetime, ...]] = {}
        # fingerprint -> (the startsAt Alertmanager gives, in the future when first seen; when the
        # tracker first saw it), while the alert lasts with that startsAt (FUTURE_START_SKEW)
        self._seen_start: dict[str, tuple[dt.datetime, dt.datetime]] = {}
        self._leaving: frozenset[str] = frozenset()  # (``resume``)
        self._behind: dict[str, Behind] = {}  # the inhibited (``AlertSnapshot.behind``)
        self._recent: Recent = {}  # resolved within ``relabelled.RELABEL_GRACE``, by severity-free labels

    @property
    def severity_map(self) -> SeverityMap:
        """How it maps ``severity`` labels (as given)."""
        return self._severity_map

    def recall_ended(self, ended: Mapping[str, Sequence[dt.datetime]]) -> None:
        """Take the resolutions an earlier run saw (fingerprint -> aware UTC times, the journal's
        RESOLVED events: ``shifts.recent_resolutions``), so that an alert flapping across a
        restart is still counted as flapping (review 31: after a restart each flapping alert's
        resolution was said at once, one by one). Those older than ``FLAP_WINDOW`` drop out
        as the tracker's own do."""
        for fp, times in ended.items():
            self._ended[fp] = tuple(sorted(set(self._ended.get(fp, ())) | set(times)))

    def carry_starts(self, starts: Mapping[str, tuple[dt.datetime, dt.datetime]]) -> None:
        """Take ``starts`` (fingerprint -> (the ``startsAt`` Alertmanager gives, aware UTC; the
        start the alert goes on from)) as starts already taken: while Alertmanager gives that
        ``startsAt`` (or, posted again without one, another in the future), the alert is the same
        firing, started then. For an alert sent again with a new ``startsAt`` to a member that
        restarted while the tray kept it firing (``cluster_watch.carried_starts``: review 54 K3,
        one firing was recorded as three), and for a command-line run, which has no earlier
        poll, the starts the shift journal recorded (``journal_starts``)."""
        self._seen_start.update(starts)

    def _as_seen(self, alert: Alert, now: dt.datetime) -> Alert:
        """``alert`` started when first seen if its ``startsAt`` was in the future then (see
        ``FUTURE_START_SKEW``): the same start at every poll while Alertmanager gives the same
        ``startsAt``, also once that time has passed (else it would look like a new firing), or
        another one in the future (posted again without ``startsAt`` to keep it firing)."""
        said = alert.starts_at
        known = self._seen_start.get(alert.fingerprint)
        if known is not None and (known[0] == said or (said is not None and said > now + FUTURE_START_SKEW)):
            seen = known[1]  # the same start; or posted again without startsAt: not a start either
        elif said is None or said <= now + FUTURE_START_SKEW:
            self._seen_start.pop(alert.fingerprint, None)  # a start of its own: a new firing
            return alert
        else:  # Alertmanager's updatedAt: when it was posted, if it was posted once (a one-off status)
            seen = min(now, alert.updated_at or now)
        self._seen_start[alert.fingerprint] = (said, seen)
        return replace(alert, starts_at=seen)

    def _fired(self, alert: Alert, severity: Severity, now: dt.datetime, returned: bool = False) -> AlertEvent:
        """The FIRED event for ``alert``, counting the times it resolved within FLAP_WINDOW
        before ``now`` (each one ended a firing of the same episode); ``returned``: ``AlertEvent``'s."""
        earlier = self._ended.get(alert.fingerprint)
        if not earlier:
            return AlertEvent(EventKind.FIRED, alert, severity, returned=returned)
        since = now - FLAP_WINDOW
        recent = sum(1 for at in earlier if at >= since)
        return AlertEvent(EventKind.FIRED, alert, severity, firings=recent + 1, returned=returned)

    def _went_behind(self, hidden: Mapping[str, Alert], old_alerts: Mapping[str, Alert],
                     old_severities: Mapping[str, Severity], now: dt.datetime, events: list[AlertEvent]) -> None:
        """Keep the alerts of ``hidden`` (behind an inhibition now) as behind; append to
        ``events`` the RESOLVED ones of those once shown in a snapshot whose firing ended: gone
        from Alertmanager's list, or there with another ``startsAt`` (resolved and fired again,
        also when it went behind the inhibition in the same poll: code review 82B AZ2). One the
        poll may lack without its resolution (``resume``'s ``leaving``) drops out unsaid, as a
        shown one does; the alerts a restarted or lost member held behind an inhibition come in
        ``hidden`` (``cluster_watch``: code review 83 BA1)."""
        behind: dict[str, Behind] = {}
        seen = self._seen_start
        for fp, alert in hidden.items():
            old, kept = old_alerts.get(fp), self._behind.get(fp)
            if old is not None:
                given = seen[fp][0] if fp in seen else old.starts_at  # (``FUTURE_START_SKEW``)
                if given == alert.starts_at or alert.starts_at is None or given is None:
                    behind[fp] = Behind(alert.starts_at, old, old_severities[fp])
                else:  # the firing shown ended: another started behind the inhibition
                    events.append(self._resolved(old, old_severities[fp], now))
                    behind[fp] = Behind(alert.starts_at, None, None, True)
            elif kept is not None and kept.start == alert.starts_at:
                behind[fp] = kept
            else:
                behind[fp] = Behind(alert.starts_at, None, None, kept is not None)
        for fp, kept in self._behind.items():
            if kept.shown is not None and kept.severity is not None and (
                    behind[fp].shown is not kept.shown if fp in behind else fp not in self._leaving):
                events.append(self._resolved(kept.shown, kept.severity, now))
        self._behind = behind

    def _resolved(self, old: Alert, severity: Severity, now: dt.datetime) -> AlertEvent:
        """The RESOLVED event for ``old``; ``now`` is kept for FLAP_WINDOW."""
        since = now - FLAP_WINDOW
        kept = tuple(at for at in self._ended.get(old.fingerprint, ()) if at >= since)
        self._ended[old.fingerprint] = (*kept, now)
        return AlertEvent(EventKind.RESOLVED, old, severity, firings=len(kept) + 1)

    def _forget_old_firings(self, now: dt.datetime) -> None:
        """Drop the resolutions older than FLAP_WINDOW (and alerts left with none)."""
        since = now - FLAP_WINDOW
        for fp in [fp for fp, ended in self._ended.items() if ended[-1] < since]:
            del self._ended[fp]

    @property
    def snapshot(self) -> AlertSnapshot | None:
        """The last snapshot, None before the first poll."""
        return self._previous

    def going_on(self) -> tuple[AlertSnapshot | None, frozenset[str]]:
        """What a tracker that follows this one goes on from (``resume``'s arguments): its last
        snapshot (None: none), and the fingerprints its next ``update`` may lack without their
        resolution (``resume``'s ``leaving``, until an update came)."""
        return self._previous, self._leaving

    def resume(self, snapshot: AlertSnapshot | None, leaving: Collection[str] = ()) -> None:
        """Continue from ``snapshot``, the last poll another tracker reported (the tray's, before
        new settings): the next ``update`` diffs against it, so that alerts already known are not
        new (no ``initial`` summary of them again), one that fired since is FIRED, and one that is
        gone (it resolved, or the new Alertmanager does not have it) is RESOLVED. Fingerprints
        are label hashes, so the same alert has the same fingerprint in any Alertmanager.

        Severities are worked out again with this tracker's map (the synonyms may have changed);
        when one differs, the snapshot kept has a new ``sequence``, so that a view holding the old
        one loads the next snapshot afresh instead of applying events to it. None: nothing known,
        the next update is ``initial``. ``leaving``: fingerprints of alerts the next update may
        lack without their resolution (another scope: ``joined``); they drop out unsaid.
        """
        self._leaving = frozenset(leaving)
        self._seen_start = dict(snapshot.seen_starts) if snapshot is not None else {}  # starts taken on
        if snapshot is None:
            self._previous, self._behind = None, {}
            return
        self._behind = dict(snapshot.behind)  # what is behind an inhibition goes on (code review 82B AZ1)
        of = self._severity_map.of
        severities = {fp: of(alert) for fp, alert in snapshot.alerts.items()}
        if severities == dict(snapshot.severities):
            self._previous = snapshot
            return
        order = tuple(sorted((order_key(alert, severities[fp]), fp) for fp, alert in snapshot.alerts.items()))
        self._previous = AlertSnapshot(snapshot.alerts, severities, snapshot.fetched_at,
                                       unacknowledged_counts(snapshot.alerts, severities), order,
                                       snapshot.sequence + 1, snapshot.seen_starts, snapshot.telling, snapshot.behind)

    def update(self, alerts: Iterable[Alert], fetched_at: dt.datetime, hidden: Iterable[Alert] = ()) -> TrackerUpdate:
        """Diff ``alerts`` (one complete poll) against the previous poll.

        Args:
            alerts: every alert of the poll; duplicates by fingerprint keep the last.
            fetched_at: when the poll finished, aware UTC datetime.
            hidden: the poll's alerts behind an inhibition (``AlertList.inhibited``), left out
                of the snapshot: one that leaves ``alerts`` for them did not resolve, one that
                comes back with the same ``startsAt`` did not fire again (``AlertEvent.returned``).
        Returns:
            the new snapshot and the events, in Alertmanager's order, resolved last. An alert
            equal to the previous poll's is the previous poll's object. An alert whose
            ``startsAt`` was in the future when first seen is a copy that started then
            (``FUTURE_START_SKEW``).
        """
        severity_of = self._severity_map.of
        previous = self._previous
        old_alerts = previous.alerts if previous else {}
        old_severities = previous.severities if previous else {}
        current: dict[str, Alert] = {}
        severities: dict[str, Severity] = {}
        counts: dict[Severity, int] = {}
        events: list[AlertEvent] = []
        reorder = previous is None  # whether the previous order can no longer serve
        late = fetched_at + FUTURE_START_SKEW
        hidden_now = {alert.fingerprint: alert for alert in hidden}
        for alert in alerts:
            fp = alert.fingerprint
            old = old_alerts.get(fp)
            said = alert.starts_at
            back = self._behind.pop(fp, None) if self._behind else None  # behind an inhibition until now
            # a start in the future is taken as "posted without one", unless the previous poll had
            # the alert with that very start: then this clock stepped back (review 29: NTP on a
            # laptop made a firing alert "fire again", with a false resolution and a later start)
            if alert.starts_at is not None and (fp in self._seen_start or (
                    alert.starts_at > late and (old is None or old.starts_at != alert.starts_at))):
                alert = self._as_seen(alert, fetched_at)
            if old is not None and (old is alert or old == alert):
                alert = old  # share it with the previous snapshot (see the module's docstring)
                severity = old_severities[fp]
            else:
                severity = severity_of(alert)
            current[fp] = alert
            severities[fp] = severity
            silenced = bool(alert.status.silenced_by)
            if not silenced:
                counts[severity] = counts.get(severity, 0) + 1
            if previous is None:
                continue
            if old is None:
                reorder = True
                if back is not None and back.start != said and back.shown is not None and back.severity is not None:
                    events.append(self._resolved(back.shown, back.severity, fetched_at))  # it ended behind it
                events.append(self._fired(alert, severity, fetched_at,
                                          back is not None and back.start == said and not back.new))
                continue
            if alert is old:
                continue
            if alert.starts_at != old.starts_at and alert.starts_at is not None and old.starts_at is not None:
                reorder = True  # resolved and fired again between two polls: a new firing
                events.append(self._resolved(old, old_severities[fp], fetched_at))
                events.append(self._fired(alert, severity, fetched_at))
                continue
            old_severity = old_severities[fp]
            if severity is not old_severity:
                events.append(AlertEvent(EventKind.SEVERITY_CHANGED, alert, severity, old_severity))
            if severity is not old_severity or alert.alertname != old.alertname:
                reorder = True
            was_silenced = bool(old.status.silenced_by)
            if silenced != was_silenced:
                reorder = True  # acknowledged or no longer: it moves (``order_key``)
            if silenced and not was_silenced:
                events.append(AlertEvent(EventKind.ACKNOWLEDGED, alert, severity))
            elif was_silenced and not silenced:
                events.append(AlertEvent(EventKind.UNACKNOWLEDGED, alert, severity))
        if reorder or len(current) != len(old_alerts):  # else nothing fired, so nothing resolved
            reorder = True
            leaving = self._leaving
            gone = [fp for fp in old_alerts if fp not in current and fp not in leaving and fp not in hidden_now]
            relabelled = pair_relabelled(events, gone, old_alerts, old_severities) if gone and events else ()
            for fp in gone:
                if fp not in relabelled:  # (one relabelled is the same alert: review 74 BB6)
                    events.append(self._resolved(old_alerts[fp], old_severities[fp], fetched_at))
        if hidden_now or self._behind:
            self._went_behind(hidden_now, old_alerts, old_severities, fetched_at, events)
        if self._recent and events:  # its resolution said a poll or two ago (``relabelled.RELABEL_GRACE``)
            pair_recent(events, self._recent, fetched_at)
        if reorder and (events or self._recent):
            remember_resolved(self._recent, events, fetched_at)
        if self._ended and reorder:
            self._forget_old_firings(fetched_at)
        if self._seen_start:
            self._seen_start = {fp: seen for fp, seen in self._seen_start.items() if fp in current}
        if reorder:
            from .alert_order import telling_all  # (it sorts with this module's order_key)

            order = tuple(sorted((order_key(current[fp], severities[fp]), fp) for fp in current))
            telling = {fp: told for fp, told in telling_all(current.values()).items() if told}
        else:  # same alerts with the same severities, starts and names: same order, no sort
            order, telling = previous.order, previous.telling
        sequence = previous.sequence + 1 if previous else 1
        snapshot = AlertSnapshot(current, severities, fetched_at, counts, order, sequence,
                                 dict(self._seen_start) if self._seen_start else _NONE_SEEN, telling,
                                 dict(self._behind) if self._behind else _NONE_SEEN)
        self._previous, self._leaving = snapshot, frozenset()
        return TrackerUpdate(snapshot, tuple(events), initial=previous is None)
