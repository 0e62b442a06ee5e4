"""The active silences as the shift checklists list them (``handoff``): named with every
matcher, the engineer's own marked, and those whose alert resolved flagged (no Qt, no I/O but
the journal's)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from msgspec.structs import replace

from ..alertmanager.matchers import format_matcher
from ..alertmanager.models import Silence
from .journal import Journal
from .journal_aside import aside_silencing
from .alert_order import clip_value, telling_all, told_place, where_labels
from .journal_feed import silence_alertname
from .journal_seen import seen_silences
from .silence_cover import covered_before

if TYPE_CHECKING:
    from .handoff import Live


@dataclass(frozen=True)
class SilenceLine:
    """A silence as the checklists show it: ``name`` (``silence_name``: its alert name or the
    alerts it mutes, with every matcher), ``own`` (created by the engineer of the shift) and
    ``idle`` (active, no alert firing now is muted by it, and the journal saw it mute one
    before: its alert resolved, so the guide's "Remova silenciamento após resolver" applies;
    False when Alertmanager was not reached, and for a silence that has muted nothing yet, such
    as planned maintenance made before its alert fires: ``silence_cover``)."""

    silence: Silence
    name: str
    own: bool = False
    idle: bool = False
    held: bool = False  # the journal's copy, of a member that does not answer (``Live.held_silences``)
    seen_at: dt.datetime | None = None  # with ``held``: when it was last seen (``Live.silence_seen``)


def silence_lines(live: Live, journal: Journal, now: dt.datetime, engineer: str = "") -> tuple[list[SilenceLine], bool]:
    """The silences not expired, soonest end first, and whether they come from the journal's last
    look (Alertmanager unreachable) rather than from Alertmanager now."""
    from_journal = not live.reached
    source = seen_silences(journal, live.watched) if from_journal else live.silences
    active = [s for s in source.values()
              if s.status.state != "expired" and (s.ends_at is None or s.ends_at > now)]
    named = {s.id: silence_alertname(s) for s in active}
    muted: dict[str, set[str]] = {}
    for alert in (live.alerts or {}).values():  # what each silence mutes: names, and whether anything
        for sid in alert.status.silenced_by:
            muted.setdefault(sid, set()).add(alert.display_name)
    me = engineer.strip().casefold()
    # (an alert set aside, out of the scope watched now, is muted still: review 56 Q10)
    aside = aside_silencing(journal) if not from_journal else set()
    unmuting = [s.id for s in active if not from_journal and s.status.state == "active" and s.id not in muted
                and s.id not in aside]
    covered = covered_before(journal, unmuting)
    # acknowledgements of alerts of one name and place, told apart by their other labels (review 34)
    # among every alert of that name and place too (review 36: "namespace=prod" fitted an alert unsilenced)
    acks = [_Acked(s.id, named[s.id], _exact(s)) for s in active if _acknowledgement(s, named[s.id])]
    telling = telling_all([*acks, *(live.alerts or {}).values()]) if acks else {}
    lines = []
    for silence in active:
        name = silence_name(silence, named[silence.id], muted.get(silence.id, ()), telling.get(silence.id, ""))
        idle = silence.id in covered
        held = silence.id in live.held_silences
        lines.append(SilenceLine(silence, name, bool(me) and silence.created_by.strip().casefold() == me, idle, held,
                                 live.silence_seen(silence.id) if held else None))
    lines.sort(key=lambda line: (line.silence.ends_at or now, line.name, line.silence.id))
    return lines, from_journal


#: More exact matchers than this, the instance among them: an acknowledgement of one alert.
ACK_MATCHERS = 3


@dataclass(frozen=True)
class _Acked:
    """An acknowledgement's alert as ``telling_all`` reads one: the silence's ID for the
    fingerprint, its exact matchers for the labels."""

    fingerprint: str
    alertname: str
    labels: Mapping[str, str]


def _exact(silence: Silence) -> dict[str, str]:
    return {m.name: m.value for m in silence.matchers if m.is_equal and not m.is_regex}


def _acknowledgement(silence: Silence, alertname: str) -> bool:
    """Whether ``silence`` is an acknowledgement of one alert: every label of it matched
    exactly, ``instance`` among them (more than ``ACK_MATCHERS``)."""
    exact = _exact(silence)
    return bool(alertname) and "instance" in exact and len(exact) == len(silence.matchers) > ACK_MATCHERS


def silence_name(silence: Silence, alertname: str, muted: Iterable[str] = (), telling: str = "") -> str:
    """How the checklists name ``silence``, its scope complete (the guide's ``[AlertName]``):
    ``alertname`` (its ``alertname="X"`` matcher's value, "" without one) followed by every other
    matcher in Alertmanager's notation, ``HighMemoryUsage {env="production"}``, or only the name
    when it has no other matcher; without an alertname, the names of the alerts it mutes
    (``muted``, display names) followed by every matcher, or the matchers alone,
    ``{team=~"crm"}``. An acknowledgement of one alert (the alert's labels, each matched
    exactly, its ``instance`` among them) is named as the alerts window names the alert,
    ``DiskSpaceRunningOut (node / host:9100)``: its seven matchers were three wrapped lines
    in each handoff for one alert (review 28); ``telling``, the labels that tell it from another
    acknowledgement of the same name and place, follows: ``PodCrashLooping (k8s / ksm:8080 ·
    pod=api-1)`` (review 34)."""
    if _acknowledgement(silence, alertname):
        place = told_place(where_labels(_exact(silence)), telling)
        return f"{alertname} ({place})"
    if alertname:
        rest = [m for m in silence.matchers
                if not (m.name == "alertname" and m.value == alertname and m.is_equal and not m.is_regex)]
    else:
        rest, alertname = list(silence.matchers), ", ".join(sorted(n for n in muted if n))
    scope = "{" + ", ".join(format_matcher(replace(m, value=clip_value(m.value))) for m in rest) + "}" if rest else ""
    return " ".join(part for part in (alertname, scope) if part)
