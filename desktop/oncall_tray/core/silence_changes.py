"""A silence changed by someone else since the engineer saw it (no Qt, no I/O): whether it did,
which version says so, and how it stands now, in the engineer's language (review 40 F1, F2;
review 41 F1, F7)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from ..alertmanager.models import Silence, one_line
from .local_times import local_time
from .silence_problems import Translate

CONTEXT = "silencing"  # the silencing texts' context (as ``silence_problems``'s)


def has_ended(silence: Silence, now: dt.datetime) -> bool:
    """Whether ``silence`` mutes nothing any more at ``now`` (aware): expired, or run out."""
    return silence.status.state == "expired" or (silence.ends_at is not None and silence.ends_at <= now)


def changed_since(shown: Silence, current: Silence, now: dt.datetime) -> bool:
    """Whether ``current`` (Alertmanager's version of the silence, read at ``now``, aware) is no
    longer the silence as ``shown`` to the engineer: it has ended (expired by someone, or run
    out), or its end, matchers, author or comment changed (someone extended or edited it). An
    extension worked out from ``shown`` would then bring back an expired silence under a new ID,
    or cut short someone else's longer one (review 40 F1, F2): extend only what was shown."""
    if has_ended(current, now):
        return True
    return ((current.ends_at, tuple(current.matchers), current.created_by, current.comment)
            != (shown.ends_at, tuple(shown.matchers), shown.created_by, shown.comment))


def changed_version(shown: Silence, versions: Iterable[Silence], now: dt.datetime) -> Silence | None:
    """Among ``versions`` (the silence as each member of the cluster holds it, read at ``now``),
    one that is no longer the silence as ``shown`` (``changed_since``), the latest changed first
    (``updated_at``); None when every member still holds it as shown (review 41 F1: a change
    made on one member had not reached the other by gossip yet)."""
    changed = [v for v in versions if changed_since(shown, v, now)]
    never = dt.datetime.min.replace(tzinfo=dt.timezone.utc)
    return max(changed, key=lambda v: v.updated_at or never) if changed else None


def how_it_stands(current: Silence, now: dt.datetime, zone: dt.tzinfo | None, tr: Translate) -> str:
    """How a silence changed by someone else stands now, in ``tr``'s language (context
    "silencing"): "ended at 16:51" or "now ends at 18:30, by bruno: deploy", for the tray's
    message and the command line's (review 41 F7: the command line said only "changed")."""
    when = local_time(current.ends_at, zone, now, tr) if current.ends_at else "?"
    if has_ended(current, now):
        return tr(CONTEXT, "ended at %1").replace("%1", when)
    return tr(CONTEXT, "now ends at %1, by %2: %3").replace("%1", when).replace(
        "%2", current.created_by or "?").replace("%3", one_line(current.comment))
