"""An Alertmanager's members' start times (no Qt; ``cluster_watch``): which members restarted
lately, as their statuses say, and what a poll may lack while they did.

An Alertmanager that restarted keeps its silences on disk but not its alerts: it holds none until
Prometheus sends them again, at its next resend (one minute by default); ``RESTART_GRACE`` is how
long its alerts from before are kept while it has not listed them again (``core.restarts``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Mapping, Sequence

from .alertmanager.aliases import answer_identity
from .alertmanager.cluster import MemberResult, not_one_cluster
from .alertmanager.models import Alert, Silence
from .config_urls import url_identity
from .core.restarts import RESTART_GRACE  # the rule's home, in core (code review 63A CA8); this module's API too

__all__ = ["RESTART_GRACE", "answers_of", "carried_starts", "grace_end", "kept_own", "known_of", "restarted_lately",
           "started_lately", "starts_of"]


def grace_end(members: Sequence[MemberResult], now: dt.datetime, known: Collection[str] = ()) -> dt.datetime | None:
    """When the last of the members that answered and started less than ``RESTART_GRACE``
    before ``now`` (UTC), as their statuses say, is ``RESTART_GRACE`` old; None when none did.
    Until then such a member may not have every firing alert yet (Prometheus sends them again
    within its resend delay): what the poll lacks is not known to have ended. None too when the
    members are one cluster and another member, up before, answered: it lists every alert
    (review 41 F2: the journal kept a resolved alert firing for 9 minutes). ``known``: the
    members (URLs) whose start was known before (``PollResult.known_starts``): not restarted."""
    lately = restarted_lately(members, now, known)
    if not lately:
        return None
    if len(members) > 1 and not not_one_cluster(members) and any(m.ok and m not in lately for m in members):
        return None
    return max(m.status.uptime + RESTART_GRACE for m in lately)


def kept_own(missing: Sequence[Alert], url: str, members: Sequence[MemberResult], one_cluster: bool,
             restarting: Collection[str], listed_by_others: Collection[str],
             own: Collection[str] | None = None) -> list[Alert]:
    """Of ``missing`` (the alerts the member at ``url``, restarted lately, held before and does
    not list again yet), those kept through its restart: every one, but when the members are
    ``one_cluster`` and another member that did not restart (not in ``restarting``: URLs) answered
    (``members``): it lists every alert Prometheus sends to both, so only the restarted member's
    own are kept: ``own`` (fingerprints: those it listed that no other member answering did), or,
    not known, those no other member answering lists now (``listed_by_others``: fingerprints).
    One rule for the tray (``cluster_watch``) and the command line (``commands.restart_kept``;
    code review 63A CA4: the command kept none of them, ``ack`` said "No current alert …")."""
    if not one_cluster or not any(m.ok and m.url != url and m.url not in restarting for m in members):
        return list(missing)
    if own is None:
        own = {a.fingerprint for a in missing} - set(listed_by_others)
    return [a for a in missing if a.fingerprint in own]


def started_lately(members: Sequence[MemberResult], now: dt.datetime, known: Collection[str] = ()) -> bool:
    """Whether a member that answered started less than ``RESTART_GRACE`` before ``now`` (see
    ``grace_end``): the journal takes such a poll as partial. False for members without a
    status."""
    return grace_end(members, now, known) is not None


def restarted_lately(members: Sequence[MemberResult], now: dt.datetime,
                     known: Collection[str] = ()) -> list[MemberResult]:
    """The members that answered and started, as their statuses say, less than
    ``RESTART_GRACE`` before ``now`` (UTC), in a cluster or not (see ``grace_end`` for when a
    poll may lack alerts), but those of ``known`` (URLs: their start was seen before, by the
    tray or the shift journal; review 58 T1: a member up 2 minutes was said restarted)."""
    return [m for m in members if m.ok and m.status is not None and m.status.uptime is not None
            and now - m.status.uptime < RESTART_GRACE and m.url not in known]


def carried_starts(members: Sequence[MemberResult], by_member: Mapping[str, tuple[list[Alert], list[Silence]]],
                   previous: Mapping[str, Alert], now: dt.datetime) -> dict[str, tuple[dt.datetime, dt.datetime]]:
    """The alerts that a member that started less than ``RESTART_GRACE`` before ``now`` (UTC)
    was sent again with a new ``startsAt``, while they were firing before its start: fingerprint
    -> (the ``startsAt`` it gives, at or after its start; the start in ``previous``, before it).
    Alertmanager merges an alert sent again while it holds it, keeping its start; one that
    restarted holds none, and a sender that restarted too, or an alert posted without
    ``startsAt``, gives a new one: it is the same firing (review 54 K3: one firing recorded as
    three, "flapping"), for ``AlertTracker.carry_starts``. ``previous``: the alerts as last seen
    (the tray's last snapshot, or the shift journal's: ``journal_seen.seen_alerts``)."""
    carried: dict[str, tuple[dt.datetime, dt.datetime]] = {}
    for member in restarted_lately(members, now):
        start = member.status.uptime
        for alert in by_member.get(member.url, ((), ()))[0]:
            old = previous.get(alert.fingerprint)
            if old is not None and old.starts_at is not None and alert.starts_at is not None \
                    and old.starts_at < start <= alert.starts_at:
                carried[alert.fingerprint] = (alert.starts_at, old.starts_at)
    return carried


def starts_of(members: Sequence[MemberResult]) -> dict[str, dt.datetime]:
    """Each member that answered -> its start as its status said (UTC), for the shift journal
    (``record_poll``'s ``started``); members without a status left out."""
    return {m.url: m.status.uptime for m in members if m.ok and m.status is not None and m.status.uptime is not None}


def answers_of(members: Sequence[MemberResult]) -> dict[str, str]:
    """Each member that answered with a status -> who answered (``aliases.answer_identity``: its
    peer ID, or its start, version and configuration), for the shift journal (``record_poll``'s
    ``answers``: the same Alertmanager read through another URL, a proxy, is no other one);
    members without a status, or whose status tells nothing, left out."""
    return {m.url: who for m in members if m.ok and (who := answer_identity(m.status))}


def known_of(members: Sequence[MemberResult], started: Mapping[str, dt.datetime]) -> tuple[str, ...]:
    """The members (URLs) that answered with the start ``started`` gives them (URL identity ->
    start: ``journal_starts.member_starts``): they did not restart since (``restarted_lately``'s
    ``known``)."""
    return tuple(url for url, start in starts_of(members).items() if started.get(url_identity(url)) == start)
