"""One Alertmanager listed under two names (no Qt; review 61 W9).

The settings may name one Alertmanager twice under addresses that differ (a DNS name and its
IP, a container's address and the host's; the loopback's names are 127.0.0.1 by
``config_urls.url_identity`` since review 69 AI5, the rest it cannot tell),
and resolving names by hand would not either (a proxy, a port forwarded). Its own answers can:
two members whose ``/api/v2/status`` give the same peer ID (``cluster.name``, clustering on), or,
clustering off (no peer ID), the same start time to the millisecond, version and configuration
and, when first paired, the same silences and alerts as it received them, are one Alertmanager. Taken for two, every acknowledgement was made twice on it, it counted as
two members ("not one cluster") and the handoff listed each silence twice.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence

from .models import Alert, Silence, Status


def same_alertmanager(one: Status, other: Status) -> bool:
    """Whether two statuses are the same Alertmanager's: the same peer ID when both give one
    (``cluster.name``: each peer's own, made at its start); else, with no peer ID on either
    (clustering disabled), the same start (``uptime``, UTC, to the millisecond Alertmanager
    gives), version and configuration (``config.original``). Two Alertmanagers started in the
    same millisecond with the same configuration cannot be told apart this way: ``find_aliases``
    asks their answers to be the same too (``same_lists``)."""
    if one.cluster.name or other.cluster.name:
        return one.cluster.name == other.cluster.name
    return (one.uptime is not None and one.uptime == other.uptime and one.version == other.version
            and one.config.original == other.config.original)


def answer_identity(status: Status | None) -> str:
    """Who answered, as ``same_alertmanager`` tells it, in one text the shift journal keeps
    (``journal_feed.record_poll``'s ``answers``): "peer <cluster.name>" (clustering on: each
    peer's own ID, made at its start), else "start <uptime, UTC to the millisecond> version <v>
    config <SHA-256 of config.original, 16 hex digits>"; "" when ``status`` is None or gives
    neither peer ID nor start (nothing to tell it by). Two texts equal: the same Alertmanager
    (two started in the same millisecond with one configuration aside: ``same_lists``)."""
    if status is None:
        return ""
    if status.cluster.name:
        return f"peer {status.cluster.name}"
    if status.uptime is None:
        return ""
    start = status.uptime.isoformat(timespec="milliseconds")
    digest = hashlib.sha256(status.config.original.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    return f"start {start} version {status.version} config {digest}"


Lists = tuple[Sequence[Alert], Sequence[Silence]]  # a member's answer: its alerts and silences


def same_lists(one: Lists, other: Lists) -> bool:
    """Whether two members' answers (alerts, silences) are one Alertmanager's: the same silence
    IDs (UUIDs, made by it) and the same alerts with the same ``updatedAt`` (its receipt of
    each), not both empty. Two Alertmanagers started in the same millisecond with one
    configuration (``same_alertmanager`` of clustering off) still differ there, and hiding one
    of them would hide its alerts: so a first pairing without a peer ID asks for this too."""
    def content(lists):
        return ({(a.fingerprint, a.updated_at) for a in lists[0]}, {s.id for s in lists[1]})
    mine = content(one)
    return mine == content(other) and any(mine)


def find_aliases(urls: Sequence[str], statuses: Mapping[str, Status], known: Mapping[str, str] | None = None,
                 lists: Mapping[str, Lists] | None = None) -> dict[str, str]:
    """The members that are the same Alertmanager as one listed before them: each one's base
    URL -> that first member's, in ``urls``' order (the settings' order). ``statuses``: the
    status of each member that gave one (those that did not are never aliases). Without a peer
    ID, a pair not ``known`` as one already (the aliases found before) is one only when their
    ``lists`` (each member's alerts and silences) are ``same_lists`` too."""
    known, lists = known or {}, lists or {}
    found: dict[str, str] = {}
    first: list[str] = []
    for url in urls:
        status = statuses.get(url)
        if status is None:
            continue
        same = next((f for f in first if same_alertmanager(statuses[f], status) and (
            status.cluster.name or known.get(url) == f
            or (url in lists and f in lists and same_lists(lists[f], lists[url])))), None)
        if same is None:
            first.append(url)
        else:
            found[url] = same
    return found


__all__ = ["answer_identity", "find_aliases", "same_alertmanager"]
