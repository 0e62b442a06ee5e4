"""The alerts an Alertmanager that restarted lately does not list again yet, for the commands that
silence (``ack``, ``silence add``; no Qt; review 61 W8's command-line half), ``status``, the
handoff's checklists and ``silence list`` (review 63 Z3).

An Alertmanager that restarted keeps its silences, not its alerts, until Prometheus sends them
again (``member_starts.RESTART_GRACE``). The tray keeps them meanwhile (``cluster_watch``), and an
acknowledgement made then mutes them; a one-shot command holds nothing, but the shift journal's
copy of what it last saw firing (``journal_seen.last_seen``) stands in for them, as the tray's
first poll takes it: ``oncall-tray ack`` of such an alert said "No current alert has the
fingerprint …" while the tray listed it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from ..alertmanager.cluster import ClusterPoll, MemberResult, not_one_cluster
from ..alertmanager.errors import AlertmanagerError
from ..alertmanager.merge import muted_as_held, muted_only_by
from ..alertmanager.models import Alert
from ..config import LoadedConfig
from ..i18n import Translate
from ..member_starts import kept_own, known_of, restarted_lately
from ..terminal_text import visible

if TYPE_CHECKING:
    from ..core.handoff_live import Live
    from ..core.journal import Journal
    from ..core.journal_seen import LastSeen
    from .status import OneShot


@dataclass(frozen=True)
class Kept:
    """The alerts kept through a restart (``kept_through_restart``).

    Attributes:
        alerts: fingerprint -> the alert as the shift journal last saw it, muted by the active
            silences the restarted Alertmanager lists that match its labels (an acknowledgement
            made since; of Alertmanagers that are not one cluster, its own only), and by none it
            lost with its data.
        members: fingerprint -> the restarted members (base URLs) that held it.
    """

    alerts: dict[str, Alert] = field(default_factory=dict)
    members: dict[str, tuple[str, ...]] = field(default_factory=dict)


def kept_through_restart(loaded: LoadedConfig, client, polled: ClusterPoll, present: Iterable[Alert] = (),
                         now: dt.datetime | None = None) -> Kept:
    """The alerts the shift journal last saw firing on a member of ``polled`` that started less
    than ``RESTART_GRACE`` before ``now`` (UTC; default now), as its status says, and that
    ``polled`` and ``present`` (other alerts the command has: inhibited ones) lack: ``kept_of``.

    Args:
        client: the command's ``common.FirstAnswering``: a member the poll did not ask its
            status (a single Alertmanager) is asked it here, only when the journal has alerts the
            poll lacks; one that cannot give it is taken as not restarted.
    Returns ``Kept()`` without a journal, one that cannot be read or follows another
    Alertmanager, or outside the grace. Never raises ``JournalError`` or ``AlertmanagerError``.
    """
    from .silence_steps import journal_seen

    seen = journal_seen(loaded)
    if seen is None or not _lacking(seen, polled, present):
        return Kept()
    return kept_of(seen, polled, [_with_status(client, m) for m in polled.members], present, now)


def kept_of(seen: LastSeen, polled: ClusterPoll, members: Sequence[MemberResult], present: Iterable[Alert] = (),
            now: dt.datetime | None = None) -> Kept:
    """The alerts of ``seen`` (the shift journal's last look, ``journal_seen.last_seen``) listed by
    a member of ``members`` (``polled``'s, with their status: their start) that started less than
    ``RESTART_GRACE`` before ``now`` (UTC; default now) and that ``polled`` and ``present`` lack:
    taken as current, as the tray keeps them (``cluster_watch``'s restart grace, its rule: a member
    whose start the journal saw did not restart since, review 58 T1; when the members are one
    cluster and another, up before, answered, it lists every alert but the restarted member's own:
    only those, ``member_starts.kept_own``, code review 63A CA4). One rule for ``ack``, ``silence
    add`` (``kept_through_restart``) and ``status``. No I/O."""
    now = now or dt.datetime.now(dt.timezone.utc)
    candidates = _lacking(seen, polled, present)
    if not candidates:
        return Kept()
    lately = restarted_lately(members, now, known_of(members, seen.starts))
    apart = not_one_cluster(members)
    one_cluster = len(members) > 1 and not apart
    kept = Kept()
    for member in lately:
        listing = polled.by_member.get(member.url, ((), ()))[1] if apart else polled.silences
        active = {s.id for s in listing if s.status.state == "active"}  # those it lost mute nothing (review 56 Q4)
        others = {a.fingerprint for m in members if m.ok and m.url != member.url
                  for a in polled.by_member.get(m.url, ((), ()))[0]}
        for alert in kept_own(seen.listed_by(member.url, candidates), member.url, members, one_cluster,
                              {m.url for m in lately}, others, _own(seen, member.url, candidates)):
            fp = alert.fingerprint
            kept.alerts.setdefault(fp, muted_as_held(muted_only_by(alert, active), listing))
            kept.members[fp] = (*kept.members.get(fp, ()), member.url)
    return kept


def _own(seen: LastSeen, url: str, alerts: Iterable[Alert]) -> set[str] | None:
    """Of ``alerts``, the fingerprints the shift journal last saw the member at ``url`` list and
    no other member (``LastSeen.members``): its own, as the tray knows them from its last poll
    (``cluster_watch``'s ``_own``); None when the journal does not say who listed one of them (a
    journal of schema 1: ``kept_own`` then takes those no member lists now, as a tray that starts)."""
    from ..config_urls import url_identity

    own: set[str] = set()
    for alert in alerts:
        listing = seen.members.get(alert.fingerprint)
        if listing is None:
            return None
        if {url_identity(m) for m in listing} == {url_identity(url)}:
            own.add(alert.fingerprint)
    return own


def kept_in(journal: Journal, watched: tuple[str, ...], result: OneShot, present: Sequence[Alert],
            known: tuple[str, ...]) -> Kept:
    """The alerts a member of ``result``'s poll (``status.poll_once``'s) that restarted lately does
    not list again yet (``kept_of``; ``known``: ``status.started_known``'s), at the poll's time;
    ``watched``: the Alertmanager polled (``Config.watched``); ``present``: the other alerts the
    command lists or sets apart (held, inhibited). Read from ``journal`` only within a member's
    grace. Raises JournalError."""
    from ..core.journal_seen import last_seen

    now = result.snapshot.fetched_at
    if result.polled is None or not restarted_lately(result.members, now, known):  # the journal not read for nothing
        return Kept()
    return kept_of(last_seen(journal, watched), result.polled, result.members, present, now)


def with_kept(live: Live, journal: Journal, loaded: LoadedConfig, result: OneShot) -> Live:
    """``live`` (the handoff's, from ``result``'s poll; with the alerts members not answering hold)
    with the alerts kept through a restart (``kept_in``: as ``status``, ``ack`` and the tray keep
    them), in ``Live.kept``, their severities from their labels, ordered with the others: the
    checklists count and list them, and the silences muting them are not idle (review 63 Z3:
    "Active Alerts: 0" and every acknowledgement "expire it?"). ``live`` itself when nothing is
    kept or Alertmanager was not reached. Raises JournalError."""
    from ..core.severity import SeverityMap
    from .status import started_known

    if not live.reached or result.snapshot is None:
        return live
    present = [*live.alerts.values(), *(alert for alert, _severity in live.inhibited)]
    kept = kept_in(journal, loaded.config.watched(), result, present, started_known(journal, result.members))
    if not kept.alerts:
        return live
    severity = SeverityMap(loaded.config.severity_synonyms)
    return live.adding(kept.alerts, {fp: severity.of(alert) for fp, alert in kept.alerts.items()}, kept=kept.members)


def _lacking(seen: LastSeen, polled: ClusterPoll, present: Iterable[Alert]) -> list[Alert]:
    """The alerts of ``seen`` that neither ``polled`` nor ``present`` list."""
    listed = {a.fingerprint for a in [*(polled.alerts or ()), *present]}
    return [a for a in seen.alerts if a.fingerprint not in listed]


def _with_status(client, member: MemberResult) -> MemberResult:
    """``member`` with its status (its start), asked of it when the poll did not; as it is when
    it did not answer or cannot give it."""
    if not member.ok or member.status is not None:
        return member
    asked = next((c for c in client.cluster.clients if c.base_url == member.url), None)
    try:
        return member if asked is None else replace(member, status=asked.status())
    except AlertmanagerError:
        return member


def kept_text(alert: Alert, members: Mapping[str, tuple[str, ...]], tr: Translate) -> str:
    """"MidnightSP is kept through the restart of Alertmanager http://am1:9093, as …" on stderr for
    an alert of ``Kept`` (``members``: ``Kept.members``) a command acts on."""
    return tr("cli", "%1 is kept through the restart of Alertmanager %2, as the shift journal last saw it: Prometheus "
                     "has not sent it there again yet (it does within minutes).").replace(
        "%1", visible(alert.alertname)).replace("%2", ", ".join(members.get(alert.fingerprint, ())))
