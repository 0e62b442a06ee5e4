"""After an incident (an alert acknowledged, then resolved): the guide's "Imediatamente" steps as
a checklist, and the reminders at 2 h (post-mortem) and 24 h (review) (no Qt).

Ticks, dismissed reminders and reminders already announced are saved in the journal's state,
scope ``incident_scope(id)``, one key each (``tick:<step>``, ``dismissed:<reminder>``,
``notified:<reminder>``), so that two writers never overwrite each other's keys. The notices
told once per incident (``AFTER``: "After the incident"; ``REFIRE``: it fired again within the
flap window) are kept there too (``notified:after``, ``notified:refire``): a flapping alert's
incident resolves and reopens many times, and is still one incident to announce.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TypeVar

from ..alertmanager.matchers import matches_all
from ..alertmanager.models import Silence
from .handoff_folded import act_of
from .journal import Journal
from .journal_seen import seen_silences
from .journal_schema import EventKind, Incident, dumps, incident_from_row, ts
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
#: Notices told once per incident (state key ``notified:<notice>``).
AFTER, REFIRE = "after", "refire"
#: "After the incident" waits this long after the resolution: an alert that fires again
#: meanwhile (flapping) goes on with its incident (``journal.FLAP_WINDOW``), and nothing is
#: over yet. A few minutes: long enough for a flapping alert's next firing, short enough for
#: the guide's "Imediatamente".
AFTER_NOTICE_DELAY = dt.timedelta(minutes=3)
#: "After the incident" is not told for incidents resolved longer ago than this (the tray was
#: not running): by then the post-mortem reminder (2 h) speaks for them.
AFTER_NOTICE_HORIZON = REMINDER_DELAYS[POSTMORTEM]
#: How long a notice or reminder fallen due waits for those of the other incidents of its act
#: that fall due just after it (the pods of one silence resolved at the next poll), to be told
#: with them as one (``ripe``); no longer: the first is not held back by a member that flaps.
FOLD_WAIT = AFTER_NOTICE_DELAY

Member = TypeVar("Member")


def step_text(step: str, tr: Translate) -> str:
    """The guide's words for a step."""
    return {
        REMOVE_SILENCES: tr(CONTEXT, "Remove the silences"),
        METRICS: tr(CONTEXT, "Confirm the metrics are back to normal"),
        INCIDENTS_CHANNEL: tr(CONTEXT, "Update the #incidents thread with the resolution"),
        DOCUMENT: tr(CONTEXT, "Document the actions taken"),
    }[step]


def reminder_text(reminder: str, tr: Translate) -> str:
    """The guide's words for a reminder, with every step it lists for that time (review 18:
    root cause, corrective actions, follow-up tickets by 2 h; runbook and thresholds by 24 h)."""
    return {
        POSTMORTEM: tr(CONTEXT, "Fill in the post-mortem (template in RUNBOOKS.md): root cause, corrective actions, "
                                "follow-up tickets"),
        REVIEW: tr(CONTEXT, "Review the post-mortem with the team; update the runbook if needed, adjust the "
                            "thresholds if it was a false positive"),
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
    engineer: no silence covers the alert any more (``silences`` None, Alertmanager not
    answering: as the journal last saw them, a silence the engineer expired through this app
    recorded there; review 54 M7: it was asked for again), actions documented (at least one
    note)."""
    saved = journal.state(incident_scope(incident.id))
    if silences is None:
        silences = seen_silences(journal)
    auto = {REMOVE_SILENCES: not covering_silences(incident, silences),
            DOCUMENT: note_count > 0}
    result = []
    for key in STEPS:
        guess = auto.get(key, False)
        result.append(Step(key, bool(saved.get(f"tick:{key}", guess)), guess))
    return result


def pending_steps(journal: Journal, incident: Incident, silences: Mapping[str, Silence] | None) -> list[str]:
    """The keys of the "immediately" steps of ``incident`` not done yet, as the Incidents
    window ticks them (``steps``, the notes counted from the journal): what the "After the
    incident" notice still asks for (review 16: it asked for steps already done)."""
    notes = sum(1 for event in journal.incident_notes(incident.id)[1] if event.kind is EventKind.NOTE)  # the panel's
    return [step.key for step in steps(journal, incident, silences, notes) if not step.checked]


def tick(journal: Journal, incidents: int | Iterable[int], step: str, checked: bool) -> None:
    """Save the engineer's tick of one step, for an incident or each of several (a folded row
    of the Incidents window: one act, ``handoff_folded``), in one write transaction."""
    _save_each(journal, incidents, f"tick:{step}", bool(checked))


def _save_each(journal: Journal, incidents: int | Iterable[int], key: str, value) -> None:
    """Save ``key`` = ``value`` in the state of an incident or of each of several (ids), at once."""
    ids = [incidents] if isinstance(incidents, int) else dict.fromkeys(incidents)
    journal.set_states((incident_scope(i), key, value) for i in ids)


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


def dismiss(journal: Journal, incidents: int | Iterable[int], reminder: str) -> None:
    """Dismiss one reminder for good, of an incident or of each of several (a folded incident:
    dismissing it covers its members), in one write transaction."""
    _save_each(journal, incidents, f"dismissed:{reminder}", True)


def claim_notices(journal: Journal, incident_ids: Iterable[int], notice: str,
                  now: dt.datetime | None = None) -> list[int]:
    """Mark a once-per-incident ``notice`` (``AFTER``, ``REFIRE``, a reminder) as told for each of the
    incidents, in one write transaction; returns the ids (in the order given) that had not been
    told yet, which the caller then announces: each incident's notice is told once, across
    reopenings, restarts and two writers.

    Raises:
        JournalError: the journal cannot be written.
    """
    with journal.transaction(now) as tx:
        return mark_told(tx.conn, incident_ids, notice, tx.now)


def told_already(conn, incident_ids: Iterable[int], notice: str) -> set[int]:
    """The incidents among ``incident_ids`` whose ``notice`` is marked told (``notified:<notice>``),
    read in a transaction open on ``conn`` (sqlite3)."""
    wanted = list(dict.fromkeys(incident_ids))
    if not wanted:
        return set()
    scopes = {incident_scope(i): i for i in wanted}
    return {scopes[row[0]] for row in conn.execute(
        f"SELECT scope FROM state WHERE key = ? AND scope IN ({','.join('?' * len(wanted))})",
        (f"notified:{notice}", *scopes))}


def mark_told(conn, incident_ids: Iterable[int], notice: str, now: dt.datetime) -> list[int]:
    """``claim_notices`` within a transaction already open on ``conn`` (sqlite3): marks
    ``notice`` told for each incident not marked yet, and returns those ids."""
    wanted = list(dict.fromkeys(incident_ids))
    told = told_already(conn, wanted, notice)
    fresh = [i for i in wanted if i not in told]
    conn.executemany("INSERT INTO state (scope, key, value, updated_at) VALUES (?, ?, ?, ?)",
                     [(incident_scope(i), f"notified:{notice}", dumps(True), ts(now)) for i in fresh])
    return fresh


def ripe(members: Sequence[Member], due_at: Callable[[Member], dt.datetime], now: dt.datetime) -> list[Member]:
    """Of the members of one act not told yet (``members``; ``due_at``: when each one's own
    delay passes, UTC), those to claim at ``now``: only those whose own delay has passed (code
    review 74 AL4: a pod resolved seconds before was claimed with the first due, and never told
    when it came back firing and resolved for good). The first due waits up to ``FOLD_WAIT`` for
    the members falling due within it, so that they are told together (one silence's pods
    resolved at two polls: one notice); [] while it waits or nothing is due. The one rule of
    ``claim_after_notices`` and ``handoff_reminders.claim_due_folds``."""
    due = [m for m in members if due_at(m) <= now]
    if not due:
        return []
    first = min(due_at(m) for m in due)
    if now < first + FOLD_WAIT and any(now < due_at(m) <= first + FOLD_WAIT for m in members):
        return []
    return due


def by_act(items: Iterable[Member], incident: Callable[[Member], Incident], key: str) -> list[list[Member]]:
    """``items`` grouped by the act of their incident (``handoff_folded.act_of``, ``key`` the
    reminder's or ""), in the order given; the item of an incident of no act alone."""
    groups: dict[Hashable, list[Member]] = {}
    for item in items:
        act = act_of(incident(item), key)
        groups.setdefault(("alone", incident(item).id) if act is None else act, []).append(item)
    return list(groups.values())


def claim_after_notices(journal: Journal, now: dt.datetime) -> list[Incident]:
    """The incidents whose "After the incident" notice falls due at ``now`` (aware), marked as
    told (``notified:after``, as ``claim_notices`` does) in the same transaction, oldest
    resolution first.

    Due: resolved (a reopened incident has no resolution) at least ``AFTER_NOTICE_DELAY`` and
    at most ``AFTER_NOTICE_HORIZON`` before ``now``, and not told before: a flapping alert's
    incident is announced once, when it has stayed resolved for the delay (guide, "Após
    Resolver o Incidente": the steps follow the resolution, not each flap). The incidents of one
    act (``handoff_folded.act_of``: one silence's pods) due together are claimed together, each
    only once its own delay has passed (``ripe``: one notice for the pods resolved at two polls,
    none for a pod that resolved a moment ago and may come back).

    Raises:
        JournalError: the journal cannot be read or written.
    """
    with journal.transaction(now) as tx:
        rows = tx.conn.execute("SELECT * FROM incidents WHERE resolved_at >= ? AND resolved_at <= ?"
                               " ORDER BY resolved_at, id", (ts(now - AFTER_NOTICE_HORIZON), ts(now))).fetchall()
        resolved = [incident_from_row(row) for row in rows]
        told = told_already(tx.conn, [i.id for i in resolved], AFTER)
        found = {i.id: i for group in by_act([i for i in resolved if i.id not in told], lambda i: i, "")
                 for i in ripe(group, lambda i: i.resolved_at + AFTER_NOTICE_DELAY, now)}
        return [found[i] for i in mark_told(tx.conn, [i.id for i in resolved if i.id in found], AFTER, tx.now)]
