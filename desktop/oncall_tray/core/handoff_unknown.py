"""The handoff with cluster members that do not answer (no Qt; review 52 H2).

An Alertmanager cluster gossips silences, not alerts: an alert Prometheus sent to one member only
is held by that member alone, and while it does not answer, a poll of the others lacks it. The
tray keeps a lost member's own alerts (``cluster_watch``), so its windows list them; a one-shot
poll of the command line cannot, but the shift journal's copy (``journal_feed.seen_alerts``: a
poll with a member down records nothing as ended) still has them. ``with_held`` adds them to the
command line's ``Live``, marked (``Live.unknown``); ``unknown_marker`` is what the handoff says
after each of them, and ``unanswered_line`` the line that names the members not answering
(Observations of the end report, under the start checklist's active alerts), in both the
window and the command line; ``status`` lists them too (``held_alerts``, ``unanswered_text``).
"""

from __future__ import annotations

from collections.abc import Callable, Container, Iterable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from ..alertmanager.models import Alert
from .journal import Journal
from .journal_feed import seen_alerts
from .severity import Severity
from .tracker import order_key

if TYPE_CHECKING:
    from .handoff import Live

CONTEXT = "handoff"  # the checklists' translations (core.handoff's context)
Translate = Callable[[str, str], str]


def held_alerts(journal: Journal, urls: Iterable[str], present: Container[str]) -> tuple[dict[str, Alert],
                                                                                       dict[str, Severity]]:
    """The alerts the journal has firing on the Alertmanager of ``urls`` (its members' URLs)
    whose fingerprints are not in ``present`` (a poll some members did not answer), as the
    journal last saw them (``seen_alerts``): fingerprint -> alert, fingerprint -> severity.
    Shared by the handoff and ``status`` (review 53 K5). Raises ``JournalError`` as the journal's
    reads do."""
    seen, severities = seen_alerts(journal, urls)
    missing = {fp: alert for fp, alert in seen.items() if fp not in present}
    return missing, {fp: severities.get(fp, Severity.UNKNOWN) for fp in missing}


def with_held(live: Live, journal: Journal, urls: Iterable[str]) -> Live:
    """``live`` (a poll that some members did not answer: ``Live.unanswered``) with the alerts
    the journal has firing on the Alertmanager of ``urls`` that the poll lacks
    (``held_alerts``), their fingerprints in ``Live.unknown``; ordered worst first with the
    others. ``live`` itself when every member answered or the poll failed (the unreachable case
    has its own wording). Raises ``JournalError`` as the journal's reads do."""
    if not live.reached or not live.unanswered:
        return live
    missing, held_levels = held_alerts(journal, urls, live.alerts)
    if not missing:
        return live
    alerts = {**live.alerts, **missing}
    levels = {**live.severities, **held_levels}
    order = sorted((order_key(alert, levels.get(fp, Severity.UNKNOWN)), fp) for fp, alert in alerts.items())
    return replace(live, alerts=alerts, severities=levels, order=tuple(order), unknown=frozenset(missing))


def _members(live: Live) -> str:
    return ", ".join(live.unanswered)


def unknown_reason(live: Live, tr: Translate) -> str:
    """"as last seen: Alertmanager http://am1:9093 does not answer": why an alert of
    ``Live.unknown`` is listed as the journal last saw it."""
    return tr(CONTEXT, "as last seen: Alertmanager %1 does not answer").replace("%1", _members(live))


def unknown_marker(live: Live, fingerprint: str, tr: Translate) -> str:
    """" (as last seen: Alertmanager http://am1:9093 does not answer)" after an alert the poll
    lacks and the journal's copy stands in for (``Live.unknown``); "" for any other."""
    return f" ({unknown_reason(live, tr)})" if fingerprint in live.unknown else ""


def unanswered_line(live: Live | None, tr: Translate) -> str:
    """"Alertmanager http://am1:9093 does not answer: the alerts only it holds are listed as last
    seen; any it received since are unknown" while members of the cluster do not answer (the
    handoff is otherwise silent on what they hold); "" when all answer or none does."""
    if live is None or not live.reached or not live.unanswered:
        return ""
    return unanswered_text(live.unanswered, tr)


def unanswered_text(unanswered: Sequence[str], tr: Translate) -> str:
    """``unanswered_line``'s text for the members ``unanswered`` (URLs, at least one), also
    ``status``'s (review 53 K5)."""
    text = tr(CONTEXT, "Alertmanager %1 does not answer: the alerts only it holds are listed as last seen; any it "
                       "received since are unknown") if len(unanswered) == 1 else \
        tr(CONTEXT, "Alertmanagers %1 do not answer: the alerts only they hold are listed as last seen; any they "
                    "received since are unknown")
    return text.replace("%1", ", ".join(unanswered))
