"""One poll cycle: fetch the alerts, diff them, follow the contact (no Qt).

``Watcher`` is what the tray's poller worker runs on its timer, and what the benchmarks measure
("a poll of N alerts: fetch, parse, diff"). It owns nothing but what is handed in.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .alertmanager.client import AlertmanagerClient, AlertQuery
from .alertmanager.cluster import MemberResult
from .alertmanager.errors import AlertmanagerError, CredentialsNeeded
from .alertmanager.slow_down import SlowDown
from .alertmanager.models import Alert, Silence, Status
from .core.attention import Attention
from .core.contact import ContactMonitor, ContactState
from .core.journal_copy import Recalled
from .core.tracker import AlertTracker, TrackerUpdate

if TYPE_CHECKING:  # notify.messages plans from a PollResult
    from .notify.messages import Notice

Clock = Callable[[], dt.datetime]


def utc_now() -> dt.datetime:
    """The current time as an aware UTC datetime."""
    return dt.datetime.now(dt.timezone.utc)


@dataclass(frozen=True)
class PollResult:
    """Outcome of one poll.

    Attributes:
        update: the tracker's snapshot and events; None when the poll failed.
        contact: contact with Alertmanager after this poll (LOST/RESTORED in ``change``).
        error: the failure, None on success.
        status: Alertmanager's status (version, cluster), fetched on (re)connection only;
            None otherwise.
        silences: every silence Alertmanager knows (active, pending and recently expired), by
            ID; empty when the poll failed.
        members: each member's outcome when polling an HA cluster (``ClusterWatcher``); empty
            for a single Alertmanager.
        apart: the members are not one cluster (``ClusterWatcher.apart``).
        restarted: members that restarted a moment ago and whose alerts from before are kept
            until they list them again (``ClusterWatcher.restarted``), by URL.
        kept: ``update``'s alerts kept through the restart of members in ``restarted`` that no
            member lists: fingerprint -> those members' URLs (``ClusterWatcher.kept``; the
            checklists mark them, as the command line does: review 63 Z3).
        attention: deadlines, escalations, reminders and red flags after this poll (set by the
            tray's poller; None elsewhere).
        attention_notices: the notices ``attention`` asks for (``notify.attention_messages``),
            written in the poller's thread: with thousands of overdue alerts, naming them costs
            the GUI thread nothing.
        reworded: ``attention_notices`` worded again, given a translate function and a zone
            (``attention_messages.worded`` of what was released: nothing paced again): for new
            settings applied before they were shown (review 76 BH6); None: none to word.
        unreadable: elements of Alertmanager's answer that are not alerts of the API's shape
            (one line each, English: ``alert_decoding.AlertList.unreadable``): left out, or kept
            in ``update`` as last read when an earlier poll read them.
        unreadable_silences: likewise, the elements that are not silences, set aside
            (``silence_decoding.SilenceList.unreadable``).
        seen_before: on the first poll after start (``update.initial``), every unsilenced alert
            was firing in the shift journal already (the tray restarted, or watches the same
            Alertmanager again: set by the tray's poller): they are no news.
        unknown: ``update``'s alerts that only cluster members not answering held
            (``ClusterWatcher.unknown``): fingerprint -> those members' URLs; as last seen, their
            state now unknown.
        holders: fingerprint -> the URLs of the cluster's members that list the alert, or held it
            when they stopped answering (``ClusterWatcher``; the shift journal keeps them); empty
            for a single Alertmanager.
        inhibited: the alerts another alert inhibits (and no silence mutes), left out of
            ``update`` (``AlertList.inhibited``, ``ClusterPoll.inhibited``), with those kept
            of a member down or restarting that were behind an inhibition when it last listed
            them (``merge.behind_apart``; code review 83 BA1); None when the poll failed
            (unknown: nothing is said of them).
        known_starts: the members (URLs) whose start, as their status gives it, was known before
            (seen by an earlier poll, or the shift journal: ``journal_seen.LastSeen.starts``): they
            did not restart unseen (``member_starts.restarted_lately``'s ``known``; review 58 T1).
        silence_holders: silence ID -> the URLs of the members that hold it (those that list it,
            then those not answering that held it), for a change sent where a silence lives when
            the members are not one cluster (``alertmanager.holders``); empty for a single one.
        held_silences: the IDs of ``silences`` that only members not answering hold, as last seen
            (when: ``answered``).
        answered: each member's URL -> when it last answered (UTC; ``ClusterWatcher``: this
            tray's polls, or the shift journal's ``journal_seen.LastSeen.answered`` for a member
            down since the tray started): when what a member down holds was last seen (review
            61 X1); empty for a single Alertmanager.
        aliases: the configured members that are the same Alertmanager as one listed before them
            (``ClusterPoll.aliases``: URL -> that one's URL), polled and written to once.
        keyring_took: a keyring that appeared since took the secrets kept for want of one
            (``SecretStore.waiting``; review 57 S13: said nowhere).
        recalled: a failed poll before any good one of a tray that starts: what the shift journal
            last saw firing there (``journal_copy.Recalled``), shown stale until Alertmanager
            answers (set by the tray's poller; None: none, or not asked).
    """

    update: TrackerUpdate | None
    contact: ContactState
    error: AlertmanagerError | None = None
    status: Status | None = None
    silences: Mapping[str, Silence] = field(default_factory=dict)
    members: tuple[MemberResult, ...] = ()
    apart: bool = False
    restarted: tuple[str, ...] = ()
    kept: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    attention: Attention | None = None
    attention_notices: tuple[Notice, ...] = ()
    reworded: Callable[[Callable[[str, str], str], dt.tzinfo | None], list[Notice]] | None = None
    unreadable: tuple[str, ...] = ()
    unreadable_silences: tuple[str, ...] = ()
    seen_before: bool = False
    unknown: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    holders: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    inhibited: tuple[Alert, ...] | None = None
    keyring_took: bool = False
    known_starts: tuple[str, ...] = ()
    recalled: Recalled | None = None
    silence_holders: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    held_silences: frozenset[str] = frozenset()
    answered: Mapping[str, dt.datetime] = field(default_factory=dict)
    aliases: Mapping[str, str] = field(default_factory=dict)

    @property
    def held_down(self) -> dict[str, tuple[str, ...]]:
        """Silence ID -> the members not answering that alone hold it (base URLs; as last seen:
        ``held_silences`` with their ``silence_holders``): it cannot be expired or extended now
        (review 62 Y9)."""
        return {sid: tuple(self.silence_holders.get(sid, ())) for sid in self.held_silences}


class Watcher:
    """Polls one Alertmanager.

    Args:
        client: the API client (owned by the caller, used from one thread only).
        tracker: diffs successive polls.
        query: what to ask for (filter matchers, receiver).
        contact: follows reachability (default: lost after 2 failures in a row).
        clock: returns the current UTC time (injectable for tests).
    """

    def __init__(self, client: AlertmanagerClient, tracker: AlertTracker, query: AlertQuery,
                 contact: ContactMonitor | None = None, clock: Clock = utc_now) -> None:
        self.client = client
        self.tracker = tracker
        self.query = query
        self.contact = contact or ContactMonitor()
        self._clock = clock

    def poll(self) -> PollResult:
        """Fetch the alerts and the silences, decode and diff once. Never raises
        ``AlertmanagerError``."""
        status = None
        try:
            if not self.contact.state.reachable:
                status = self.client.status()
            alerts = self.client.alerts(self.query)
            read = self.client.silences()
            silences = {s.id: s for s in read}
        except AlertmanagerError as exc:
            return PollResult(None, self.contact.failure(self._clock(), exc.describe(),
                                                         isinstance(exc, CredentialsNeeded), isinstance(exc, SlowDown)),
                              exc)
        now = self._clock()
        update = self.tracker.update(alerts, now, getattr(alerts, "inhibited", ()))  # not resolved (AX11)
        return PollResult(update, self.contact.success(now), None, status, silences,
                          unreadable=getattr(alerts, "unreadable", ()),
                          unreadable_silences=getattr(read, "unreadable", ()),
                          inhibited=tuple(getattr(alerts, "inhibited", ())))
