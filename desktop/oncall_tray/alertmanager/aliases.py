"""One Alertmanager listed under two names (no Qt; review 61 W9).

The settings may name one Alertmanager twice under addresses that differ (``127.0.0.1`` and
``localhost``, a container's address and the host's): ``config_urls.url_identity`` cannot tell,
and resolving names by hand would not either (a proxy, a port forwarded). Its own answers can:
two members whose ``/api/v2/status`` give the same peer ID (``cluster.name``, clustering on), or,
clustering off (no peer ID), the same start time to the millisecond, version and configuration,
are one Alertmanager. Taken for two, every acknowledgement was made twice on it, it counted as
two members ("not one cluster") and the handoff listed each silence twice.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from .models import Status


def same_alertmanager(one: Status, other: Status) -> bool:
    """Whether two statuses are the same Alertmanager's: the same peer ID when both give one
    (``cluster.name``: each peer's own, made at its start); else, with no peer ID on either
    (clustering disabled), the same start (``uptime``, UTC, to the millisecond Alertmanager
    gives), version and configuration (``config.original``). Two Alertmanagers started in the
    same millisecond with the same configuration cannot be told apart this way; they would be
    taken for one."""
    if one.cluster.name or other.cluster.name:
        return one.cluster.name == other.cluster.name
    return (one.uptime is not None and one.uptime == other.uptime and one.version == other.version
            and one.config.original == other.config.original)


def find_aliases(urls: Sequence[str], statuses: Mapping[str, Status]) -> dict[str, str]:
    """The members that are the same Alertmanager as one listed before them: each one's base
    URL -> that first member's, in ``urls``' order (the settings' order). ``statuses``: the
    status of each member that gave one (those that did not are never aliases)."""
    found: dict[str, str] = {}
    first: list[str] = []
    for url in urls:
        status = statuses.get(url)
        if status is None:
            continue
        same = next((f for f in first if same_alertmanager(statuses[f], status)), None)
        if same is None:
            first.append(url)
        else:
            found[url] = same
    return found


__all__ = ["find_aliases", "same_alertmanager"]
