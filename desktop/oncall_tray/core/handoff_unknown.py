"""The handoff with cluster members that do not answer (no Qt; review 52 H2).

An Alertmanager cluster gossips silences, not alerts: an alert Prometheus sent to one member only
is held by that member alone, and while it does not answer, a poll of the others lacks it. The
tray keeps a lost member's own alerts (``cluster_watch``), so its windows list them; a one-shot
poll of the command line cannot, but the shift journal's copy (``journal_seen.seen_alerts``: a
poll with a member down records nothing as ended) still has them, with the members that listed
each, its annotations (its runbook link) and the silences that muted it. ``with_held`` adds them to the
command line's ``Live``, marked (``Live.unknown``); ``unknown_marker`` is what the handoff says
after each of them, and ``unanswered_line`` the line that names the members not answering
(Observations of the end report, under the start checklist's active alerts), in both the
window and the command line; ``status`` lists them too (``held_alerts``, ``unanswered_text``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Container, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..alertmanager.merge import muted_as_held
from ..alertmanager.models import Alert, Silence
from ..config_urls import url_identity
from .journal import Journal
from .journal_seen import muted_at, seen_alerts, seen_members, seen_silences, when_answered
from .severity import Severity

if TYPE_CHECKING:
    from .handoff import Live

CONTEXT = "handoff"  # the checklists' translations (core.handoff's context)
Translate = Callable[[str, str], str]


@dataclass(frozen=True)
class Held:
    """What members not answering hold, as the shift journal last saw it (``held_alerts``).

    Attributes:
        alerts: fingerprint -> alert (labels, annotations, start, ``silencedBy``).
        severities: fingerprint -> severity.
        members: fingerprint -> the members not answering that held it (URLs).
        silences: ID -> the silences that muted them, as last seen.
    """

    alerts: dict[str, Alert] = field(default_factory=dict)
    severities: dict[str, Severity] = field(default_factory=dict)
    members: dict[str, tuple[str, ...]] = field(default_factory=dict)
    silences: dict[str, Silence] = field(default_factory=dict)


def held_alerts(journal: Journal, urls: Iterable[str], present: Container[str], down: Sequence[str],
                silences: Iterable[Silence] = (), at: dt.datetime | None = None,
                polled: Mapping[str, Silence] | None = None) -> Held:
    """The alerts the journal has firing on the Alertmanager of ``urls`` (its members' URLs)
    whose fingerprints are not in ``present`` (a poll that the members ``down`` did not answer)
    and that a member of ``down`` listed (``seen_members``; every one of them for an alert of a
    journal that does not say), as the journal last saw them (``seen_alerts``), muted by those
    of the silences that muted them then that had not ended by ``at`` (UTC; now when None), as
    the poll gives them (``polled``: ID -> silence, any state) or else as the journal last saw
    them (``journal_seen.muted_at``, the tray's rule; review 62 Y15: shown acknowledged by
    silences that had ended minutes before), and muted too by those of ``silences`` that match
    them (the silences of the members answering, when they are one cluster with those down:
    ``merge.muted_as_held``, as the tray mutes them; an acknowledgement made meanwhile). Shared
    by the handoff, ``status``, ``silence add`` and ``ack`` (review 53 K5). Raises
    ``JournalError`` as the journal's reads do."""
    urls = list(urls)
    at = at or dt.datetime.now(dt.timezone.utc)
    seen, severities = seen_alerts(journal, urls)
    listed = seen_members(journal, urls)
    gone = {url_identity(url): url for url in down}
    held, silences = Held(), list(silences)
    known: dict[str, Silence] | None = None  # the silences as last seen, or as the poll gives them: read once
    for fp, alert in seen.items():
        members = tuple(gone[i] for i in dict.fromkeys(map(url_identity, listed.get(fp, down))) if i in gone)
        if fp not in present and members:
            if alert.silenced and known is None:
                known = {**seen_silences(journal, urls), **(polled or {})}
            held.alerts[fp] = muted_as_held(muted_at(alert, known or {}, at), silences)
            held.members[fp] = members
            held.severities[fp] = severities.get(fp, Severity.UNKNOWN)
    ids = {i for alert in held.alerts.values() for i in alert.status.silenced_by}
    held.silences.update((i, s) for i, s in (known or {}).items() if i in ids)
    return held


def with_held(live: Live, journal: Journal, urls: Iterable[str], apart: bool = False,
              at: dt.datetime | None = None) -> Live:
    """``live`` (a poll that some members did not answer: ``Live.unanswered``) with the alerts
    the journal has firing on the Alertmanager of ``urls`` that the poll lacks (``held_alerts``:
    muted by none of the silences ended by ``at``, UTC, the poll's time; now when None), in
    ``Live.unknown`` with their members, and the silences that muted them that the poll lacks;
    ordered worst first with the others. ``live`` itself when every member answered or the poll
    failed (the unreachable case has its own wording). The poll's silences mute them where they
    match, unless the members are not one cluster (``apart``). Raises ``JournalError`` as the
    journal's reads do."""
    if not live.reached or not live.unanswered:
        return live
    held = held_alerts(journal, urls, live.alerts, live.unanswered, () if apart else live.silences.values(),
                       at, live.silences)
    if not held.alerts:
        return live
    return live.adding(held.alerts, held.severities, unknown=held.members,
                       silences={**held.silences, **live.silences},
                       held_silences=frozenset(held.silences.keys() - live.silences.keys()),
                       # said with when each member last answered (review 60 V9), not the latest poll (61 X1)
                       answered={**when_answered(journal, urls), **live.answered})


def held_by(unknown: Mapping[str, Sequence[str]], fingerprint: str, unanswered: Sequence[str]) -> str:
    """The members that hold the alert ``fingerprint`` of ``unknown`` (an alert only members not
    answering hold, as last seen: ``PollResult.unknown``), as said: "http://am2:9093"; every
    member of ``unanswered`` when not known."""
    return ", ".join(unknown.get(fingerprint) or unanswered)


def unknown_reason(live: Live, tr: Translate, fingerprint: str, zone: dt.tzinfo | None, now: dt.datetime) -> str:
    """"as last seen at 14:07, 12 min ago: Alertmanager http://am1:9093 does not answer"
    (``handoff_live.seen_words`` of ``Live.seen_of``, when those members last answered, in
    ``zone`` at ``now``; review 60 V9: no time; review 61 X1: the latest poll's): why an alert of
    ``Live.unknown`` is listed as last seen, naming the members that held it."""
    from .handoff_live import seen_words

    return tr(CONTEXT, "%1: Alertmanager %2 does not answer").replace(
        "%1", seen_words(live.seen_of(fingerprint), zone, now, tr, one=True)).replace("%2", held_by(live.unknown, fingerprint, live.unanswered))


def unknown_marker(live: Live, fingerprint: str, tr: Translate, zone: dt.tzinfo | None, now: dt.datetime) -> str:
    """" (as last seen at 14:07, 12 min ago: Alertmanager http://am1:9093 does not answer)"
    (``unknown_reason``) after an alert the poll lacks and the journal's copy stands in for
    (``Live.unknown``); "" for any other."""
    return f" ({unknown_reason(live, tr, fingerprint, zone, now)})" if fingerprint in live.unknown else ""


def unanswered_line(live: Live | None, tr: Translate) -> str:
    """``unanswered_text`` for ``live``'s members not answering and what only they hold
    (``Live.unknown``) while members of the cluster do not answer (the handoff is otherwise
    silent on what they hold); "" when all answer or none does."""
    if live is None or not live.reached or not live.unanswered:
        return ""
    return unanswered_text(live.unanswered, tr, live.unknown)


def unanswered_text(unanswered: Sequence[str], tr: Translate, unknown: Mapping[str, Sequence[str]]) -> str:
    """What is known of the alerts of the members ``unanswered`` (URLs, at least one), also
    ``status``'s (review 53 K5): for those that held alerts the others do not (``unknown``:
    fingerprint -> its members not answering, ``Live.unknown``; an alert without them is held by
    every member of ``unanswered``, as ``held_by`` says), "Alertmanager http://am1:9093 does not
    answer: the alerts only it holds are listed as last seen; any it received since are
    unknown"; for the others, "…; the others hold every alert it held when last seen; …"
    (review 58: the first was said of a member whose every alert the others list). Both, as two
    sentences, when some did and some did not."""
    holding = {url for fp in unknown for url in (unknown[fp] or unanswered)}
    own = [url for url in unanswered if url in holding]
    shared = [url for url in unanswered if url not in holding]

    def said(urls: list[str], one: str, many: str) -> list[str]:
        return [(one if len(urls) == 1 else many).replace("%1", ", ".join(urls))] if urls else []

    return ". ".join(said(own, tr(CONTEXT, "Alertmanager %1 does not answer: the alerts only it holds are listed as "
                                           "last seen; any it received since are unknown"),
                          tr(CONTEXT, "Alertmanagers %1 do not answer: the alerts only they hold are listed as last "
                                      "seen; any they received since are unknown")) +
                     said(shared, tr(CONTEXT, "Alertmanager %1 does not answer; the others hold every alert it held "
                                              "when last seen; any it received since are unknown"),
                          tr(CONTEXT, "Alertmanagers %1 do not answer; the others hold every alert they held when "
                                      "last seen; any they received since are unknown")))
