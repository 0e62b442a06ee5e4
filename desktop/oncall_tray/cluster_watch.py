"""One poll cycle of an Alertmanager HA cluster (no Qt): ``Watcher``'s counterpart for several
members, with the same ``poll() -> PollResult``.

The poll succeeds while at least one member answers (the tray stays coloured by the alerts);
``PollResult.members`` tells which members answered, so that one that is down shows as
degraded. Each member's status (version, cluster state) is fetched when it (re)joins.

A member that stops answering keeps its last alerts in the poll until it answers again, and
its silences, each expired at its ``endsAt`` (as it would list it): Alertmanagers that are not
one cluster each hold their own alerts, and losing one must not say that its alerts resolved or that their acknowledgements
ended (design notes: never green while it cannot see). Not until an alert's ``endsAt`` either:
Prometheus sets it a few minutes ahead and renews it at each resend, which it cannot do to a
member that is down (review 52 H1: "Resolved" 4 minutes into the outage).

In a real cluster (seen as one: every member answering, none with clustering disabled),
Prometheus should send every alert to every member: while another member answers, what a member
down held is what that one lists, and an alert it no longer lists resolved (review 41 F2:
resolved on the member that answered, the down member's copy kept it firing until its end). But
a cluster does not share its alerts (only silences and notifications are gossiped): a Prometheus
that names one member only, or whose sending to another failed, leaves alerts that one member
alone holds (review 51 G1: that member stopped, its 5 critical alerts were said resolved and the
tray went green). So a member's own alerts, those it listed when no other member that answered
did, are kept as a lost or restarted member's are in Alertmanagers that are not one cluster;
its other alerts are left to the members that answer.

An Alertmanager that restarted (its status's start time moved; the status is asked at every
poll) keeps its silences on disk but not its alerts: it holds none until Prometheus sends them
again, at its next resend (one minute by default). For ``RESTART_GRACE`` after the start, the
alerts it held before that it does not list yet stay in the poll (whatever their ``endsAt``,
which Prometheus could not renew while it was down), so that a restart is not announced, and recorded in the journal, as every alert resolving (review
12: "28 alerts resolved" at 3 a.m. while the outage went on).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Sequence

from .alertmanager.client import AlertQuery
from .alertmanager.cluster import ClusterClient, ClusterPoll, merge_alerts, merge_silences, not_one_cluster
from .alertmanager.alert_decoding import with_inhibited
from .alertmanager.merge import as_held_at, behind_apart, muted_as_held, muted_only_by
from .alertmanager.models import Alert, Silence
from .alertmanager.errors import AlertmanagerError, CredentialsNeeded, TlsError
from .alertmanager.slow_down import SlowDown
from .config_urls import url_identity
from .connect import failure_line
from .core.contact import ContactMonitor
from .core.journal_copy import Recalled, recalled_picture
from .core.journal_seen import LastSeen
from .core.tracker import AlertTracker
from .cluster_holders import HolderNotes
from .member_starts import (RESTART_GRACE, carried_starts, grace_end, kept_own,  # noqa: F401 (its API)
                            restarted_lately, started_lately)
from .watch import Clock, PollResult, utc_now

log = logging.getLogger(__name__)


class ClusterWatcher(HolderNotes):
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
        recalled: for a tray that starts, gives what the shift journal last saw firing on this
            Alertmanager (``journal_seen.LastSeen``: the alerts, the members that listed each, the
            silences): a member that the first answer says started less than
            ``RESTART_GRACE`` ago is taken as restarted with them held before (review 43 F1: a
            tray started in Alertmanager's first minute showed green, then announced as new every
            alert it listed again); and members that do not answer then hold what the journal
            has them listing that the others do not list (``_hold_recalled``, review 56 P7); and until a
            member first answers, the tray shows it, stale (``recalled()``). Called then only, once
            (reading 1,000 alerts at every start left 1 MB behind: issue 2); the tray's poller
            gives the read its look back uses too (``journal_copy.LastLook``).
    """

    def __init__(self, client: ClusterClient | Callable[[], ClusterClient], tracker: AlertTracker,
                 query: AlertQuery, contact: ContactMonitor | None = None, clock: Clock = utc_now,
                 held: dict[str, tuple[list[Alert], list[Silence]]] | None = None,
                 recalled: Callable[[], LastSeen] | None = None) -> None:
        self.client: ClusterClient | None = client if isinstance(client, ClusterClient) else None
        self._open = None if isinstance(client, ClusterClient) else client
        self.tracker = tracker
        self.query = query
        self.contact = contact or ContactMonitor()
        self._clock = clock
        self.apart = False  # the members are not one cluster (as their statuses last said)
        # seen as one cluster: every member answering at once, none with clustering disabled
        self._one_cluster = False
        self.held = held if held is not None else {}  # each member's last alerts and silences
        self._started: dict[str, dt.datetime] = {}  # each member's start, as its status said
        self._answered: dict[str, dt.datetime] = {}  # when each member last answered (``PollResult.answered``)
        self.known_starts: set[str] = set()  # the members whose start was known before they gave it
        # a member that restarted: until when, and its alerts from before still missing
        self._restarted: dict[str, tuple[dt.datetime, list[Alert]]] = {}
        self._recall = recalled  # until the first answer that gives a start time
        self._recalled: Sequence[Alert] = ()  # what it gave, for that poll (``carried_starts``)
        # each member's own alerts: the fingerprints it listed that no other member answering
        # then listed (kept from its last answer while it is down or restarting; see above)
        self._own: dict[str, set[str]] = {}
        self._copy: LastSeen | None = None  # what ``recalled`` gave, in this poll (or those that failed before)
        self._picture: Recalled | None = None  # ``recalled()``, until a member answers
        # the alerts of the last poll that only members not answering held (listed as last seen),
        # each with those members' URLs; and every alert's members (``PollResult.holders``)
        self.unknown: dict[str, tuple[str, ...]] = {}
        self.holders: dict[str, tuple[str, ...]] = {}
        # each silence's members (``PollResult.silence_holders``); those only members not answering
        # hold, as last seen (``held_silences``; when: ``_answered``)
        self.silence_holders: dict[str, tuple[str, ...]] = {}
        self.held_silences: frozenset[str] = frozenset()
        # the last poll's alerts kept through a restart that no member lists: fingerprint -> the
        # restarted members that held them (``PollResult.kept``; review 63 Z3)
        self.kept: dict[str, tuple[str, ...]] = {}

    def carry_over(self, previous: ClusterWatcher) -> None:
        """Go on from ``previous``, the watcher of the settings before: each member's start time
        as its status last said it, the restarts whose alerts are still held, and whether the
        members are one cluster. An Alertmanager that restarts after new settings is then still
        taken as restarted (review 49 N1: settings applied while it was down, its restart was
        taken for every alert resolving, then firing again). Members are known by URL: one the
        new settings do not name is never polled, and its entries are let be."""
        self.keep_starts(previous)
        self._restarted.update(previous._restarted)
        self._own.update(previous._own)
        self._answered.update(previous._answered)
        self._one_cluster, self.apart = previous._one_cluster, previous.apart

    def keep_starts(self, previous: ClusterWatcher) -> None:
        """Know each member's start time as ``previous`` (the watcher of the settings before,
        whatever Alertmanager it watched) last knew it: a member started lately, with alerts
        held from when it was watched before, is not taken as restarted when its start is the
        one known (review 58 T1: cluster A, then B, then A again: both members of A said
        "restarted" and an alert resolved meanwhile kept firing)."""
        self._started.update(previous._started)

    @property
    def restarted(self) -> tuple[str, ...]:
        """The members that restarted less than ``RESTART_GRACE`` ago and do not list every
        alert they held before yet (their URLs)."""
        return tuple(url for url, (_until, missing) in self._restarted.items() if missing)

    def poll(self) -> PollResult:
        """Poll the members in parallel, merge, diff once (``take`` of ``fetch``). Never raises
        ``AlertmanagerError``."""
        return self.take(self.fetch())

    def fetch(self) -> ClusterPoll | AlertmanagerError:
        """``poll``'s requests: the members' answers, or why the clients could not be opened. Opens
        them, nothing else of this watcher changes (tracker, contact, ``held``, starts): a poller
        taken over meanwhile drops them (code review 81 AX13; a DNS lookup no ``cut`` reaches)."""
        if self.client is None:
            try:
                self.client = self._open()
            except AlertmanagerError as exc:
                return exc
        return self.client.poll(self.query, want_status=True)  # each poll: a restart shows in it

    def take(self, polled: ClusterPoll | AlertmanagerError) -> PollResult:
        """``poll``'s outcome of what ``fetch`` gave: this watcher's state follows it."""
        if isinstance(polled, AlertmanagerError):
            return PollResult(None, self.contact.failure(self._clock(), failure_line(polled),
                                                         isinstance(polled, CredentialsNeeded)), polled,
                              recalled=self.recalled())
        if any(m.status is not None for m in polled.members):
            self.apart = not_one_cluster(polled.members)
            if self.apart:
                self._one_cluster = False
            elif len(polled.members) > 1 and all(m.ok and m.status is not None for m in polled.members):
                self._one_cluster = True
        now = self._clock()
        if polled.alerts is None:
            if isinstance(polled.error, (CredentialsNeeded, TlsError)):  # at the next poll: the keyring may
                self.reopen()  # hold new credentials (a CLI login), the CA bundle new CAs (review 54 M14)
            contact = self.contact.failure(now, polled.error.describe(), isinstance(polled.error, CredentialsNeeded),
                                           isinstance(polled.error, SlowDown))
            return PollResult(None, contact, polled.error, members=polled.members, recalled=self.recalled(),
                              aliases=polled.aliases)
        self._answered.update((m.url, now) for m in polled.members if m.ok)
        alerts, silences, behind = self._with_held(polled, now)
        known = self.tracker.snapshot
        self.tracker.carry_starts(carried_starts(polled.members, polled.by_member, known.alerts if known is not None
                                                 else {a.fingerprint: a for a in self._recalled}, now))
        self._recalled = ()
        update = self.tracker.update(alerts, now, behind)  # behind one: not resolved (AX11)
        return PollResult(update, self.contact.success(now), None, polled.status,
                          {s.id: s for s in silences}, polled.members, apart=self.apart,
                          restarted=self.restarted, kept=self.kept, unreadable=polled.unreadable, unknown=self.unknown,
                          unreadable_silences=polled.unreadable_silences,
                          holders=self.holders, known_starts=tuple(sorted(self.known_starts)),
                          silence_holders=self.silence_holders, held_silences=self.held_silences,
                          answered=dict(self._answered) if len(polled.members) > 1 else {}, aliases=polled.aliases,
                          inhibited=tuple(behind))

    def _with_held(self, polled: ClusterPoll,
                   now: dt.datetime) -> tuple[list[Alert], list[Silence], list[Alert]]:
        """The merged alerts and silences, plus those that only members not answering now held
        at their last answer (their fingerprints, less those listed now: ``unknown``), and the
        alerts a member that restarted held before its restart; and the alerts behind an
        inhibition, the poll's and those of the held that were behind one
        (``merge.behind_apart``: kept behind it, not resolved; code review 83 BA1)."""
        before = dict(self.held)
        self.held.update(polled.by_member)
        recall = self._recall
        alerts = self._since_restart(polled, before, now)
        self._hold_recalled(polled, recall)
        self._copy = self._picture = None
        silences: list[Silence] = []
        down: list[Alert] = []
        held_by: dict[str, list[Alert]] = {}  # each member not answering: the alerts it holds
        kept_silences: dict[str, list[Silence]] = {}  # and the silences it holds, as last seen
        for member in polled.members:
            if len(polled.members) > 1 and not member.ok and member.url in self.held:
                # its alerts stay until it answers (review 52 H1: let go at their endsAt, which
                # Prometheus renews every few minutes and could not renew there, they were said
                # resolved 4 minutes into the outage); its silences, expired at their end; and those it
                # had not got again since a restart (review 58 T5: said "Resolved" as it stopped)
                kept = self.held[member.url]
                every = with_inhibited(kept[0])  # those behind an inhibition too (code review 83 BA1)
                listed = {a.fingerprint for a in every}
                missing = [a for a in self._restarted.get(member.url, (now, []))[1] if a.fingerprint not in listed]
                still = as_held_at([*every, *missing], kept[1], now)  # its silences ended, expired (review 62 Y14)
                self.held[member.url] = still
                # one cluster: the members answering have its alerts, but for its own (see above)
                own = self._own.get(member.url, set()) if self._one_cluster else None
                held_by[member.url] = still[0] if own is None else [a for a in still[0] if a.fingerprint in own]
                down += held_by[member.url]
                silences += still[1]
                kept_silences[member.url] = still[1]
        self._note_own(polled)
        self._note_holders(polled, held_by)
        self._note_silence_holders(polled, kept_silences)
        # held over a restart: the silences it lost with its data no longer mute them (review 56 Q4)
        active = {s.id for s in [*polled.silences, *silences] if s.status.state == "active"}
        down = down if self.apart else [muted_as_held(a, polled.silences) for a in down]  # gossip takes them there
        alerts = [muted_only_by(a, active) for a in alerts] + down
        shown, behind = behind_apart(merge_alerts([polled.alerts, alerts]) if alerts else polled.alerts,
                                     polled.inhibited or ())
        return shown, merge_silences([polled.silences, silences]) if silences else polled.silences, behind

    def _since_restart(self, polled: ClusterPoll, before: dict[str, tuple[list[Alert], list[Silence]]],
                       now: dt.datetime) -> list[Alert]:
        """The alerts of members that restarted within ``RESTART_GRACE`` that they held before
        and do not list again yet, while their ``endsAt`` is ahead (see the module's doc). A
        restart is a start time later than the one known; an alert listed again is let go (its
        later resolution is a real one). Each is muted also by the active silences matching its
        labels that the member lists (``merge.muted_as_held``; when apart, its own only)."""
        kept: list[Alert] = []
        self.known_starts, self.kept = set(), {}
        recall, recalled = self._recall, None
        if any(m.ok and m.status is not None for m in polled.members):
            self._recall = None
        for member in polled.members:
            if not member.ok:
                continue
            start = member.status.uptime if member.status is not None else None
            known = self._started.get(member.url)
            if start is not None:
                self._started[member.url] = start
                if known is None and recall is not None and now - start < RESTART_GRACE:
                    seen = self._recall_once(recall)
                    # the journal saw it with this start: it did not restart since (review 58 T1)
                    known = start if seen.started(member.url) == start else None
                    self._recalled = seen.alerts if known is None else ()
                    # what the journal saw on it, not another member's (review 62 Y3)
                    recalled = seen.listed_by(member.url) if known is None else ()
                    if recalled:
                        log.warning("Alertmanager %s started at %s, as this tray did: the alerts the shift journal "
                                    "last saw firing are kept until it has them again (at most %s)", member.url,
                                    start.isoformat(), RESTART_GRACE)
                        self._restarted[member.url] = (start + RESTART_GRACE, list(recalled))
                # first seen by this watcher, started lately, with alerts held from before (new
                # settings made while it was down, then back to it: review 53 K2, its alerts were
                # said "Resolved" as it came back): a restart as well
                if known == start:
                    self.known_starts.add(member.url)
                lost = known is None and now - start < RESTART_GRACE and bool(with_inhibited(
                    before.get(member.url, ((),))[0]))
                if lost or (known is not None and start > known and member.url in before):
                    log.warning("Alertmanager %s restarted at %s: its alerts from before are kept until it has "
                                "them again (at most %s)", member.url, start.isoformat(), RESTART_GRACE)
                    # restarted again while alerts of the last restart are still missing (a crash
                    # loop, review 13): those stay missing too, from this start on
                    still = self._restarted.get(member.url, (start, []))[1]
                    held = {a.fingerprint: a for a in [*still, *with_inhibited(before[member.url][0])]}
                    self._restarted[member.url] = (start + RESTART_GRACE, list(held.values()))
        # every restart of this poll is known before any member's kept alerts are chosen: two
        # members restarted together each lack what the other held (review 68 AF5: the first
        # one's kept alerts dropped as the other, not yet taken as restarted, "lists every alert")
        restarting = dict(self._restarted)
        for member in polled.members:
            if not member.ok or member.url not in self._restarted:
                continue
            until, missing = self._restarted[member.url]
            listed = {a.fingerprint for a in with_inhibited(polled.by_member[member.url][0])}
            # (not let go at their endsAt: Prometheus could not renew it while this member was down)
            missing = [a for a in missing if a.fingerprint not in listed]
            # another member, up before it, lists every alert but this one's own (see above); a tray
            # that starts: its own are those no other member lists
            missing = kept_own(missing, member.url, polled.members, self._one_cluster, restarting,
                               self._listed(polled, but=member.url) if self._one_cluster else (),
                               self._own.get(member.url))
            if now >= until or not missing:
                del self._restarted[member.url]
                continue
            self._restarted[member.url] = (until, missing)
            # muted by the silences it lists now, made since by anyone (review 61 W8: acknowledged
            # in its grace, the held alert read "firing" and was reminded of): its own when apart
            listing = polled.by_member[member.url][1] if self.apart else polled.silences
            kept += [muted_as_held(a, listing) for a in missing]
            for alert in missing:
                self.kept[alert.fingerprint] = (*self.kept.get(alert.fingerprint, ()), member.url)
        listed = {a.fingerprint for a in [*(polled.alerts or ()), *(polled.inhibited or ())]}
        self.kept = {fp: urls for fp, urls in self.kept.items() if fp not in listed}
        return kept

    def recalled(self) -> Recalled | None:
        """Before any member answered (no snapshot yet), what ``recalled`` gives (the journal's
        copy, read once: the first answer uses that same read), as the picture the tray shows
        meanwhile (``journal_copy.recalled_picture``, made once; ``PollResult.recalled``); None
        once one answered, without ``recalled`` (new settings), or when the journal saw none."""
        if self._recall is None or self.tracker.snapshot is not None:
            return None
        if self._picture is None:
            self._picture = recalled_picture(self._recall_once(self._recall), self.tracker.severity_map, self._clock())
        return self._picture

    def _recall_once(self, recall: Callable[[], LastSeen]) -> LastSeen:
        """What ``recall`` gives (the journal's copy), asked once per poll."""
        if self._copy is None:
            self._copy = recall()
        return self._copy

    def _hold_recalled(self, polled: ClusterPoll, recall: Callable[[], LastSeen] | None) -> None:
        """A tray that starts (``recall`` given, first answer) while members do not answer: what
        the shift journal last saw firing that the members answering do not list is held as those
        members' last alerts (``held``, their own), with the silences the journal saw muting them,
        as a running tray holds a lost member's, until they answer and then for their restart
        grace (review 56 P7: a tray restarted while a member was down recorded that member's
        alerts "resolved", the handoff "resolved on their own"). Each by the members the journal
        saw listing it; by every member not answering when it does not say (a journal of schema 1)."""
        down = [m.url for m in polled.members if not m.ok and m.url not in self.held]
        if recall is None or len(polled.members) < 2 or not down:
            return
        self._recall = None
        listed = {a.fingerprint for a in polled.alerts}
        seen = self._recall_once(recall)
        copy = [a for a in seen.alerts if a.fingerprint not in listed]
        if not copy:
            return
        log.warning("Alertmanager %s does not answer as this tray starts: the %d alerts the shift journal last saw "
                    "firing that the others do not list are kept as last seen", ", ".join(down), len(copy))
        answered = {url_identity(url): at for url, at in seen.answered.items()}
        for url in down:  # last seen when the journal saw it answer (review 61 X1)
            if url_identity(url) in answered:
                self._answered.setdefault(url, answered[url_identity(url)])
            own = seen.listed_by(url, copy)
            ids = {i for a in own for i in a.status.silenced_by}
            self.held[url] = (own, [s for i, s in seen.silences.items() if i in ids])
            self._own[url] = {a.fingerprint for a in own}

    def reopen(self) -> None:
        """Open the clients again at the next poll, with the credentials the keyring holds then
        (a login on the command line; review 54 M13). Nothing for clients given, not opened."""
        if self._open is not None:
            self.close()
            self.client = None

    def cut(self) -> None:
        """Cut the clients' connections now, from any thread: a poll in flight ends at once
        (a poller stopped: code review 81 AX13)."""
        client = self.client
        if client is not None:
            client.cut()

    def close(self) -> None:
        """Close the clients (idempotent)."""
        if self.client is not None:
            self.client.close()
