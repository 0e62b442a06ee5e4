"""Changes to a silence that already exists (expire, extend), sent where it lives (no Qt).

In one cluster a change made on any member reaches every other by gossip: it goes to the first
member that accepts it (``ClusterClient.first_accepting``). Alertmanagers that are not one
cluster (``cluster.not_one_cluster``) share nothing: a silence lives only on the member it was
made on, and another member answers "no such silence". There the change goes to each member that
holds that silence ID (``ClusterPoll.silence_holders``, as the last poll saw them), the rule
that sends an acknowledgement to the members holding its alert (``ClusterClient.on_each``).
Shared by the tray (the alerts window's Silences tab, the shift end window) and the commands.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from typing import TypeVar

from .client import AlertmanagerClient
from .cluster import ClusterClient
from .errors import AlertmanagerError
from .models import PostableSilence, Silence

T = TypeVar("T")
Done = tuple[list[tuple[str, T]], list[tuple[str, AlertmanagerError]]]


def on_holders(cluster: ClusterClient, action: Callable[[AlertmanagerClient], T], holders: Sequence[str] = (),
               down: Collection[str] = ()) -> Done:
    """Run ``action`` (a change to one silence) on each of ``holders`` (base URLs: the members
    holding the silence, of Alertmanagers that are not one cluster; a member down among them
    too, so that its failure is named), or, none given, on the first member that accepts it,
    those in ``down`` last. Returns (each member's URL and the action's result where it was
    done, each member's URL and error where it was not).

    Raises:
        AlertmanagerError: it was done nowhere; with ``holders``, its ``members`` names each one's
            failure (``ClusterClient.on_each``).
    """
    if not holders:
        url, result = cluster.first_accepting(action, down)
        return [(url, result)], []
    return cluster.on_each(action, holders)


def extend_on_holders(cluster: ClusterClient, versions: Sequence[tuple[str, Silence]],
                      update: Callable[[Silence], PostableSilence], holders: Sequence[str] = (),
                      down: Collection[str] = ()) -> Done:
    """Extend a silence where it lives (``on_holders``): on each holder, ``update`` of that
    member's own version of it (``versions``: (base URL, silence) as each member answering holds
    it, ``ClusterClient.silence_everywhere``; the first one for a member not among them); with
    no holders, ``update`` of the first version on the first member that accepts it. Results are
    the IDs Alertmanager answers. Raises ``AlertmanagerError`` as ``on_holders``."""
    held = dict(versions)
    return on_holders(cluster, lambda client: client.update_silence(update(held.get(client.base_url, versions[0][1]))),
                      holders, down)

