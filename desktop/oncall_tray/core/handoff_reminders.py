"""The end report's post-mortem pending items (guide: "Até 2h depois", "Até 24h depois"), the
reminders of the incidents of one act folded into one item per kind, as the end report folds
those incidents (``handoff_folded``; review 68 AF1). Code review 72 AH3: 30 pods silenced at once
and resolved were one incident of the end report and 60 of its pending items. No Qt.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from ..i18n import Translate
from .aftercare import REVIEW, Reminder, by_act, mark_told, reminders, ripe
from .handoff_folded import IncidentFold
from .journal import Journal
from .journal_schema import Incident
from .local_times import local_time
from .pending import Suggestion, folded

CONTEXT = "handoff"  # the checklists' translations (core.handoff's context)


def not_dismissed(journal: Journal, now: dt.datetime) -> list[Reminder]:
    """The reminders of the incidents resolved within ``aftercare.REMINDER_HORIZON`` of ``now``
    that nobody dismissed, due or not, soonest first (``aftercare.reminders``)."""
    return [reminder for reminder in reminders(journal, now) if not reminder.dismissed]


def _groups(due: Sequence[Reminder]) -> list[list[Reminder]]:
    """The reminders ``due`` grouped by act and kind (``reminder_folds``), in the order given."""
    kinds: dict[str, list[Reminder]] = {}
    for reminder in due:
        kinds.setdefault(reminder.key, []).append(reminder)
    groups = [group for kind in kinds.values() for group in by_act(kind, lambda r: r.incident, kind[0].key)]
    order = {id(reminder): n for n, reminder in enumerate(due)}
    return sorted(groups, key=lambda group: order[id(group[0])])


def reminder_folds(due: Sequence[Reminder]) -> list[tuple[Reminder, IncidentFold]]:
    """The reminders ``due`` (soonest first) of the incidents of one act (``handoff_folded.act_of``)
    and of one kind (post-mortem, review) folded: each group as its first (the soonest due) and the
    incidents it stands for, in the order of the firsts; an incident of no act alone."""
    return [(group[0], IncidentFold(tuple(r.incident for r in group))) for group in _groups(due)]


def claim_due_folds(journal: Journal, now: dt.datetime) -> list[tuple[Reminder, IncidentFold]]:
    """The reminders to announce at ``now`` (aware), one per folded incident (``reminder_folds``):
    the reminders of a fold not announced yet whose own time has come (``aftercare.ripe``, the rule
    of "After the incident": code review 74 AL4, a pod resolved a minute ago was marked announced
    with the first due, and never told when it resolved again later) are marked announced
    (``notified:<reminder>``, ``aftercare.mark_told``) in one write transaction, together: the pods
    of one silence resolving over a few polls are one notification, not one per pod or per poll (the
    builders' finding after code review 72 AH3: 60 pods resolved at two polls came as "Post-mortems
    due: 30 incidents" twice).
    Each as its first reminder announced and the incidents it stands for; soonest first.

    Raises:
        JournalError: the journal cannot be read or written.
    """
    claimed, groups = [], _groups(not_dismissed(journal, now))
    with journal.transaction(now) as tx:
        for group in groups:
            fresh = ripe([r for r in group if not r.notified], lambda r: r.due_at, now)
            if not fresh:
                continue
            told = set(mark_told(tx.conn, [r.incident.id for r in fresh], fresh[0].key, tx.now))
            members = [r for r in fresh if r.incident.id in told]  # another writer may have told some
            if members:
                claimed.append((members[0], IncidentFold(tuple(r.incident for r in members))))
    return claimed


def post_mortem_items(due: Sequence[Reminder], name_of: Callable[[Incident], str], tr: Translate,
                      zone: dt.tzinfo, now: dt.datetime) -> list[Suggestion]:
    """"Post-mortem of PodCrashLooping ×30 (omni / pod-001:8080, … (+27)), by 07:54" and "Post-mortem
    review of … with the team, by …" for the reminders ``due`` (``reminder_folds``; the soonest due
    time, local in ``zone`` as of ``now``); ``name_of``: how the end report names an incident alone.
    Each is keyed "post-mortem:<incident id>:<reminder key>" for each incident it stands for
    (``pending.folded``: left out, for each of them)."""
    items = []
    for reminder, group in reminder_folds(due):
        text = tr(CONTEXT, "Post-mortem review of %1 with the team, by %2") if reminder.key == REVIEW else \
            tr(CONTEXT, "Post-mortem of %1, by %2")
        text = text.replace("%1", group.name(name_of(reminder.incident))).replace(
            "%2", local_time(reminder.due_at, zone, now, tr))
        items.append(folded(text, [Suggestion(f"post-mortem:{i.id}:{reminder.key}", "") for i in group.incidents]))
    return items
