"""The open incidents whose alert a silence muted on an Alertmanager not watched now, as the
shift end's pending items judge them (no Qt; ``core.handoff`` reads them, review 75 BD1).

An alert set aside (``journal_aside``) silenced there and firing unsilenced on the Alertmanager
watched now was said "acknowledged on an Alertmanager not watched now" (review 54 H9). That
Alertmanager may be the one watched now under another URL (a proxy in front of it): its
acknowledgement had ended, and the next shift read it as held. Silence IDs are UUIDs made by one
Alertmanager (``alertmanager.aliases.same_lists``' rule): the one watched now listing a silence
that muted the alert there is that Alertmanager, and what it says is judged. Otherwise whether
the other still holds the silence cannot be known: what is known is said (where it was made,
its end as last seen there), never that it is acknowledged.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..config_urls import unscoped
from .journal import Journal
from .journal_aside import aside_mutes, unwatched
from .journal_schema import parse_ts

if TYPE_CHECKING:
    from .handoff import Live

CONTEXT = "handoff"  # the checklists' translations (core.handoff's context)


@dataclass(frozen=True)
class MutedElsewhere:
    """Where an alert set aside was silenced, as the journal last saw it there.

    Attributes:
        where: that Alertmanager's members (URLs, without scope), ", "-joined; "" not known.
        until: the latest end (aware UTC) of the silences that muted it there; None not known.
    """

    where: str
    until: dt.datetime | None


def judged_aside(journal: Journal, live: Live | None) -> tuple[dict[str, bool], dict[str, MutedElsewhere]]:
    """``journal_aside.unwatched`` (fingerprint -> silenced there) less the alerts that the
    Alertmanager watched now lists (``live``) with a silence that muted them there (the same
    Alertmanager under another URL: judged by what it says), and, for the others silenced
    there, where and until when (``MutedElsewhere``).

    Raises:
        JournalError: the journal cannot be read.
    """
    aside = unwatched(journal)
    if not any(aside.values()):
        return aside, {}
    listed = set(live.silences) if live is not None else set()
    alerts = (live.alerts or {}) if live is not None else {}
    elsewhere: dict[str, MutedElsewhere] = {}
    for fp, (where, ids) in aside_mutes(journal).items():
        if not aside.get(fp):
            continue
        if fp in alerts and listed & set(ids):
            del aside[fp]
            continue
        ends = [end for end in (parse_ts(row.get("ends_at")) for row in ids.values()) if end is not None]
        elsewhere[fp] = MutedElsewhere(", ".join(sorted({unscoped(str(i)) for i in where})),
                                       max(ends) if ends else None)
    return aside, elsewhere


def muted_elsewhere(found: MutedElsewhere | None, now: dt.datetime, tr: Callable[[str, str], str],
                    clock: Callable[[dt.datetime], str]) -> str:
    """"Follow up %1 (still firing, not silenced here: …)" for an incident whose alert fires
    unsilenced on the Alertmanager watched now and was silenced on one not watched (``found``):
    where, and its end as last seen there ("was to end at 18:28 (as last seen there)" once past:
    Alertmanager may have extended it in place since, keeping its ID, code review 86 BG8; else
    "until 18:43" and that whether it still holds is not known); never "acknowledged". ``%1`` is left for the
    incident's name; ``clock`` writes the times."""
    where = found.where if found is not None and found.where else tr(CONTEXT, "another Alertmanager")
    until = found.until if found is not None else None
    if until is None:
        text = tr(CONTEXT, "Follow up %1 (still firing, not silenced here: silenced on %2, not watched now; "
                           "whether it still is there is not known)")
    elif until <= now:
        text = tr(CONTEXT, "Follow up %1 (still firing, not silenced here: its silence on %2, not watched now, "
                           "was to end at %3 (as last seen there))")
    else:
        text = tr(CONTEXT, "Follow up %1 (still firing, not silenced here: silenced on %2, not watched now, "
                           "until %3; whether it still is there is not known)")
    return text.replace("%2", where).replace("%3", clock(until) if until is not None else "")
