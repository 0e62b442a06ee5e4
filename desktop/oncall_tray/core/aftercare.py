"""After an incident (an alert acknowledged, then resolved): the guide's "Imediatamente" steps as
a checklist, and the reminders at 2 h (post-mortem) and 24 h (review) (no Qt).

Ticks, dismissed reminders and reminders already announced are saved in the journal's state,
scope ``incident_scope(id)``, one key each (``tick:<step>``, ``dismissed:<reminder>``,
``notified:<reminder>``), so that two writers never overwrite each other's keys.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from ..alertmanager.matchers import matches_all
from ..alertmanager.models import Silence
from .journal import Journal
from .journal_schema import Incident
from .shifts import incident_scope, resolved_incidents

CONTEXT = "aftercare"
Translate = Callable[[str, str], str]
REMOVE_SILENCES, METRICS, INCIDENTS_CHANNEL, DOCUMENT = "remove_silences", "metrics", "incidents_channel", "document"
#: The guide's "Após Resolver o Incidente — Imediatamente", in order.
STEPS = (REMOVE_SILENCES, METRICS, INCIDENTS_CHANNEL, DOCUMENT)
POSTMORTEM, REVIEW = "postmortem", "review"
#: Reminder -> how long after the resolution it falls due (guide: "Até 2h depois", "Até 24h depois").
REMINDER_DELAYS = {POSTMORTEM: dt.timedelta(hours=2), REVIEW: dt.timedelta(hours=24)}
#: Reminders of incidents resolved longer ago than this are no longer shown.
REMINDER_HORIZON = dt.timedelta(days=7)


def step_text(step: str, tr: Translate) -> str:
    """The guide's words for a step."""
    return {
        REMOVE_SILENCES: tr(CONTEXT, "Remove the silences"),
        METRICS: tr(CONTEXT, "Confirm the metrics are back to normal"),
        INCIDENTS_CHANNEL: tr(CONTEXT, "Update the #incidents thread with the resolution"),
        DOCUMENT: tr(CONTEXT, "Document the actions taken"),
    }[step]


def reminder_text(reminder: str, tr: Translate) -> str:
    """The guide's words for a reminder."""
    return {
        POSTMORTEM: tr(CONTEXT, "Fill in the post-mortem (template in RUNBOOKS.md)"),
        REVIEW: tr(CONTEXT, "Review the post-mortem with the team"),
    }[reminder]


def covering_silences(incident: Incident, silences: Mapping[str, Silence]) -> list[Silence]:
    """The active or pending silences whose matchers match the incident's alert (to remove now
    that it is resolved: "Remover silenciamentos")."""
    return [s for s in silences.values()
            if s.status.state != "expired" and incident.labels and matches_all(s.matchers, incident.labels)]


@dataclass(frozen=True)
class Step:
    """One step: ``checked`` is the engineer's tick when they gave one, else ``auto``."""

    key: str
    checked: bool
    auto: bool


@dataclass(frozen=True)
class Reminder:
    """One reminder of one incident."""

    incident: Incident
    key: str
    due_at: dt.datetime
    dismissed: bool
    notified: bool

    def due(self, now: dt.datetime) -> bool:
        """True once its time has come (and until it is dismissed)."""
        return not self.dismissed and now >= self.due_at


def steps(journal: Journal, incident: Incident, silences: Mapping[str, Silence] | None,
          note_count: int) -> list[Step]:
    """The "immediately" steps of a resolved incident. What the app can tell is ticked for the
    engineer: no silence covers the alert any more (``silences`` None: unknown, not ticked),
    actions documented (at least one note)."""
    saved = journal.state(incident_scope(incident.id))
    auto = {REMOVE_SILENCES: silences is not None and not covering_silences(incident, silences),
            DOCUMENT: note_count > 0}
    result = []
    for key in STEPS:
        guess = auto.get(key, False)
        result.append(Step(key, bool(saved.get(f"tick:{key}", guess)), guess))
    return result


def tick(journal: Journal, incident_id: int, step: str, checked: bool) -> None:
    """Save the engineer's tick of one step."""
    journal.set_state(incident_scope(incident_id), f"tick:{step}", bool(checked))


def reminders(journal: Journal, now: dt.datetime, incident: Incident | None = None) -> list[Reminder]:
    """The reminders of ``incident``, or of every incident resolved within the horizon, with
    their state; soonest first."""
    found = [incident] if incident is not None else resolved_incidents(journal, now - REMINDER_HORIZON)
    result = []
    for item in found:
        if item.resolved_at is None:
            continue
        saved = journal.state(incident_scope(item.id))
        for key, delay in REMINDER_DELAYS.items():
            result.append(Reminder(item, key, item.resolved_at + delay, bool(saved.get(f"dismissed:{key}")),
                                   bool(saved.get(f"notified:{key}"))))
    return sorted(result, key=lambda r: (r.due_at, r.incident.id))


def due_reminders(journal: Journal, now: dt.datetime) -> list[Reminder]:
    """Reminders whose time has come and that nobody dismissed."""
    return [r for r in reminders(journal, now) if r.due(now)]


def dismiss(journal: Journal, incident_id: int, reminder: str) -> None:
    """Dismiss one reminder for good."""
    journal.set_state(incident_scope(incident_id), f"dismissed:{reminder}", True)


def mark_notified(journal: Journal, incident_id: int, reminder: str) -> None:
    """Remember that a reminder was announced (once, across restarts)."""
    journal.set_state(incident_scope(incident_id), f"notified:{reminder}", True)
