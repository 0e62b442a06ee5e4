"""What the tray knew of the Alertmanagers it stopped watching, for when it watches one again
(no Qt, no I/O; review 50 F2).

New settings with another Alertmanager start afresh (review 37: what the new one lacks did not
resolve). The one left did not resolve either: its alerts are only not watched for a while.
So that the way back says nothing already said in the shift, ``SetAside`` keeps, per
Alertmanager left (known by its members' identities: ``journal_aside.identities``), what the
attention monitor had said of its alerts (``AttentionMonitor.said``) and the tracker's last
snapshot of it; ``take`` gives them back when the tray watches it again (the tracker then goes
on from that snapshot: an alert gone since is taken as resolved then, one new as fired).

What was said is kept in the shift journal with the rest of the monitor's memory
(``keep``/``recall``: a tray restarted meanwhile does not say it again either); the snapshots
live as long as the tray does (a restarted tray's first poll is told from the journal's copy:
``journal_seen.seen_alerts``).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass

from .journal_aside import identities, rescoped, same_alertmanager
from .tracker import AlertEvent, AlertSnapshot, EventKind, order_key, unacknowledged_counts

#: The keys, in the monitor's memory kept in the journal, of the Alertmanager it is about and of
#: what was set aside.
WATCHED_KEY, ASIDE_KEY = "alertmanager", "aside"


@dataclass
class Left:
    """One Alertmanager left: its members' identities, what the monitor had said of its alerts
    (``AttentionMonitor.said``'s data), and the tracker's last snapshot of it (None: not known,
    as after a restart)."""

    alertmanager: list[str]
    said: dict
    snapshot: AlertSnapshot | None = None


class SetAside:
    """The Alertmanagers left, at most one entry per Alertmanager (a member in common: the same).

    Args:
        left: the entries to start with.
    """

    def __init__(self, left: Iterable[Left] = ()) -> None:
        self._left = list(left)

    def __bool__(self) -> bool:
        return bool(self._left)

    def copy(self) -> SetAside:
        """Another ``SetAside`` with the same entries (for the next poller worker)."""
        return SetAside(self._left)

    def leave(self, urls: Iterable[str], said: Mapping, snapshot: AlertSnapshot | None = None) -> None:
        """The tray stops watching the Alertmanager of ``urls`` (its members' URLs, or their
        identities): keep ``said`` and ``snapshot`` for it, replacing what was kept of it."""
        self.take(urls)
        self._left.append(Left(identities(urls), dict(said), snapshot))

    def take(self, urls: Iterable[str]) -> Left | None:
        """What was kept of the Alertmanager of ``urls``, no longer kept; None when nothing was."""
        current = identities(urls)
        if not current:
            return None
        for left in self._left:
            if set(left.alertmanager) & set(current):
                self._left.remove(left)
                return left
        return None

    def others(self, urls: Iterable[str]) -> list[Left]:
        """What was kept of the Alertmanager of ``urls`` watched with another scope (``rescoped``:
        A with every receiver, then B, then A with one), still kept: its alerts in view again go
        on from there, the others are still not watched."""
        current = identities(urls)
        return [left for left in self._left if rescoped(left.alertmanager, current)]

    def resolved(self, urls: Iterable[str], events: Iterable[AlertEvent]) -> None:
        """The alerts of the RESOLVED ones of ``events`` (a poll of the Alertmanager of ``urls``,
        its scope) resolved: no longer in the snapshots kept of its other scopes (``others``),
        whose trackers would say them resolved again once watched again (A with every receiver,
        B with one, where an alert resolved, then A again: "Resolved" twice; the journal once)."""
        gone = {event.alert.fingerprint for event in events if event.kind is EventKind.RESOLVED}
        if not gone or not self._left:
            return
        current = identities(urls)
        self._left = [Left(left.alertmanager, left.said, without(left.snapshot, gone))
                      if left.snapshot is not None and rescoped(left.alertmanager, current) else left
                      for left in self._left]

    def forget_said(self) -> None:
        """A new shift began: what was said of the Alertmanagers left is said again to its
        engineer (the snapshots stay: the alerts themselves are as well known as before)."""
        self._left = [Left(left.alertmanager, {}, left.snapshot) for left in self._left if left.snapshot is not None]

    def data(self) -> list:
        """What was said, as JSON data: [[identities, said], ...]."""
        return [[left.alertmanager, left.said] for left in self._left if left.said]


def keep(said: Mapping, urls: Iterable[str], aside: SetAside) -> dict:
    """The monitor's memory ``said``, about the Alertmanager of ``urls``, with what is set aside,
    as kept in the journal (``shifts.keep_attention_said``)."""
    data = aside.data()
    return {**said, WATCHED_KEY: identities(urls), **({ASIDE_KEY: data} if data else {})}


def recall(memory: Mapping, urls: Iterable[str]) -> tuple[dict, SetAside]:
    """What ``keep`` gave, for a tray that starts on the Alertmanager of ``urls``: what was said
    of its alerts (another's, kept as its own when the tray watched another then, is set aside;
    with another scope of the same one, ``rescoped``, kept too: the alerts in both go on; and
    what was said under the other scopes set aside), and what is set aside. What is malformed
    (a journal edited by hand) is left out."""
    aside = SetAside()
    entries = memory.get(ASIDE_KEY)
    for entry in entries if isinstance(entries, list) else ():
        if isinstance(entry, list) and len(entry) == 2 and isinstance(entry[0], list) and isinstance(entry[1], dict):
            aside.leave([str(identity) for identity in entry[0]], entry[1])
    own = {key: value for key, value in memory.items() if key not in (WATCHED_KEY, ASIDE_KEY)}
    watched = memory.get(WATCHED_KEY)
    if isinstance(watched, list) and not same_alertmanager(watched, urls):
        aside.leave([str(identity) for identity in watched], own)
        back = aside.take(urls)
        own = _joined(own, back.said if back is not None else {}) if rescoped(watched, urls) else \
            back.said if back is not None else {}
    for left in aside.others(urls):  # of its alerts under another scope, in view again: not said again either
        own = _joined(own, left.said)
    return own, aside


def _joined(said: Mapping, other: Mapping) -> dict:
    """What a monitor said (``AttentionMonitor.said``'s data) with ``other``'s too: its lists
    joined, its mappings merged (``said``'s entries first)."""
    found = dict(other)
    for key, value in said.items():
        before = found.get(key)
        if isinstance(value, list) and isinstance(before, list):
            found[key] = sorted(set(map(str, before)) | set(map(str, value)))
        elif isinstance(value, dict) and isinstance(before, dict):
            found[key] = {**before, **value}
        else:
            found[key] = value
    return found


def resumed(seen: AlertSnapshot | None, outside: Sequence[AlertSnapshot | None]) -> tuple[AlertSnapshot | None,
                                                                                         set[str]]:
    """What a tracker goes on from (``AlertTracker.resume``) on new settings with another
    Alertmanager or scope: ``seen``, what was known of this one and scope, joined with
    ``outside``, what was known of it under other scopes (the latest first: the scope just
    left, then those kept); and the fingerprints of the alerts known only ``outside``, which the
    first poll may lack without their resolution (not watched: review 56 Q10). Those it has go
    on, neither new nor fired again (an alert set aside under another scope, in view again)."""
    outside = [snapshot for snapshot in outside if snapshot is not None]
    base = None
    for snapshot in (*outside[:1], seen, *outside[1:]):
        if snapshot is not None:
            base = snapshot if base is None else joined(base, snapshot)
    leaving = {fp for snapshot in outside for fp in snapshot.alerts}.difference(seen.alerts if seen else ())
    return base, leaving


def joined(shown: AlertSnapshot, other: AlertSnapshot | None) -> AlertSnapshot:
    """``shown`` with the alerts of ``other`` it lacks (``shown``'s where both have one), and
    a new ``sequence`` (a view holding ``shown`` loads the next snapshot afresh): what a tracker
    resumes from when the settings ask the same Alertmanager for another scope (review 56 Q10),
    ``other`` being what was last known of that scope (None: nothing)."""
    alerts = {**(other.alerts if other is not None else {}), **shown.alerts}
    severities = {**(other.severities if other is not None else {}), **shown.severities}
    order = tuple(sorted((order_key(alert, severities[fp]), fp) for fp, alert in alerts.items()))
    starts = {**(other.seen_starts if other is not None else {}), **shown.seen_starts}
    telling = {**(other.telling if other is not None else {}), **shown.telling}
    return AlertSnapshot(alerts, severities, shown.fetched_at, unacknowledged_counts(alerts, severities), order,
                         shown.sequence + 1, starts, telling)


def without(snapshot: AlertSnapshot, gone: Collection[str]) -> AlertSnapshot:
    """``snapshot`` less the alerts whose fingerprints are in ``gone`` (itself when it has none of
    them): what a scope set aside still knows once they resolved under another scope (A->B->A:
    ``SetAside.resolved``)."""
    if not any(fp in snapshot.alerts for fp in gone):
        return snapshot
    alerts = {fp: alert for fp, alert in snapshot.alerts.items() if fp not in gone}
    severities = {fp: snapshot.severities[fp] for fp in alerts}
    return AlertSnapshot(alerts, severities, snapshot.fetched_at, unacknowledged_counts(alerts, severities),
                         tuple(pair for pair in snapshot.order if pair[1] in alerts), snapshot.sequence + 1,
                         {fp: s for fp, s in snapshot.seen_starts.items() if fp in alerts},
                         {fp: t for fp, t in snapshot.telling.items() if fp in alerts})
