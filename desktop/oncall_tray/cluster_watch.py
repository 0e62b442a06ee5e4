"""One poll cycle of an Alertmanager HA cluster (no Qt): ``Watcher``'s counterpart for several
members, with the same ``poll() -> PollResult``.

The poll succeeds while at least one member answers (the tray stays coloured by the alerts);
``PollResult.members`` tells which members answered, so that one that is down shows as
degraded. Each member's status (version, cluster state) is fetched when it (re)joins.

A member that stops answering keeps its last alerts and silences in the poll, each until its
``endsAt`` (when that Alertmanager would have resolved or expired it anyway, unless Prometheus
sent the alert again): in a real cluster the other members hold the same and nothing changes,
but Alertmanagers that are not one cluster each hold their own, and losing one must not say that
its alerts resolved or that their acknowledgements ended (design notes: never green while it
cannot see).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from .alertmanager.client import AlertQuery
from .alertmanager.cluster import ClusterClient, ClusterPoll, merge_alerts, merge_silences, not_one_cluster
from .alertmanager.models import Alert, Silence
from .alertmanager.errors import AlertmanagerError, CredentialsNeeded
from .core.contact import ContactMonitor
from .core.tracker import AlertTracker
from .watch import Clock, PollResult, utc_now


class ClusterWatcher:
    """Polls every member of one cluster.

    Args:
        client: the members' clients (used from one thread only), or a function that opens them
            and raises ``AlertmanagerError`` when it cannot (a locked keyring, a bad CA bundle):
            it is called at the first poll and again after each such failure or refusal of the
            credentials (401/403: the keyring may hold new ones), and the clients it returns are
            owned (closed) by the watcher.
        tracker, query, contact, clock: as for ``Watcher``.
        held: what members that stop answering keep (by URL, their last alerts and silences),
            shared with the watcher of the settings before so that new settings keep it too;
            default: a new one.
    """

    def __init__(self, client: ClusterClient | Callable[[], ClusterClient], tracker: AlertTracker,
                 query: AlertQuery, contact: ContactMonitor | None = None, clock: Clock = utc_now,
                 held: dict[str, tuple[list[Alert], list[Silence]]] | None = None) -> None:
        self.client: ClusterClient | None = client if isinstance(client, ClusterClient) else None
        self._open = None if isinstance(client, ClusterClient) else client
        self.tracker = tracker
        self.query = query
        self.contact = contact or ContactMonitor()
        self._clock = clock
        self._answering: set[str] = set()
        self.apart = False  # the members are not one cluster (as their statuses last said)
        self.held = held if held is not None else {}  # each member's last alerts and silences (several members)

    def poll(self) -> PollResult:
        """Poll the members in parallel, merge, diff once. Never raises ``AlertmanagerError``."""
        if self.client is None:
            try:
                self.client = self._open()
            except AlertmanagerError as exc:
                return PollResult(None, self.contact.failure(self._clock(), exc.describe()), exc)
        polled = self.client.poll(self.query, want_status=lambda url: url not in self._answering)
        self._answering = {m.url for m in polled.members if m.ok}
        if any(m.status is not None for m in polled.members):  # statuses come when a member (re)joins
            self.apart = not_one_cluster(polled.members)
        now = self._clock()
        if polled.alerts is None:
            if isinstance(polled.error, CredentialsNeeded) and self._open is not None:
                self.close()  # open again at the next poll: the keyring may hold new credentials (a CLI login)
                self.client = None
            contact = self.contact.failure(now, polled.error.describe())
            return PollResult(None, contact, polled.error, members=polled.members)
        alerts, silences = self._with_held(polled, now)
        update = self.tracker.update(alerts, now)
        return PollResult(update, self.contact.success(now), None, polled.status,
                          {s.id: s for s in silences}, polled.members, apart=self.apart)

    def _with_held(self, polled: ClusterPoll, now: dt.datetime) -> tuple[list[Alert], list[Silence]]:
        """The merged alerts and silences, plus those that only members not answering now held
        at their last answer and whose ``endsAt`` (UTC) is still ahead of ``now``."""
        if len(polled.members) < 2:
            return polled.alerts, polled.silences
        self.held.update(polled.by_member)
        alerts, silences = [], []
        for member in polled.members:
            if not member.ok and member.url in self.held:  # what is past its end is let go
                kept = self.held[member.url]
                still = ([a for a in kept[0] if a.ends_at is None or a.ends_at > now],
                         [s for s in kept[1] if s.ends_at is None or s.ends_at > now])
                self.held[member.url] = still
                alerts += still[0]
                silences += still[1]
        return (merge_alerts([polled.alerts, alerts]) if alerts else polled.alerts,
                merge_silences([polled.silences, silences]) if silences else polled.silences)

    def close(self) -> None:
        """Close the clients (idempotent)."""
        if self.client is not None:
            self.client.close()
