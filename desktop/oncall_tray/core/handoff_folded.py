"""The incidents of one alert name handled by one act, folded into one line of the handoff (no Qt).

The journal keeps an incident per alert (``journal_feed``: every alert a silence acknowledges
opens its own); a plantonista who silences 250 crash-looping pods at once handled one incident,
not 250 (review 68 AF1: the end report listed 257 "incidents", one numbered line per pod; AF3:
the next start checklist 249 identical lines). The checklists fold them as the notifications and
the Silence dialog fold alerts ("PodCrashLooping ×250", ``names.name_list``), at presentation:
nothing of the journal is merged.

Incidents fold when they are of one alert name and one act (acknowledged at the same time by the
same people, i.e. one silence or one acknowledgement; or escalated at the same time) and their
lines would say the same of them otherwise (their state and notes: ``said``). An alert that
Alertmanager inhibits now (never listed in the alerts window) is not an incident handled on its
own: folded with the others of its act, it is said apart ("+100 inhibited by PodCrashLooping",
``inhibited.count_text``) and not counted; handled alone, it stays a line of its own.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from ..alertmanager.models import Alert, one_line
from ..i18n import Translate
from .alert_order import named, place_part, where_labels
from .inhibited import count_text, inhibitor_names
from .journal_schema import Incident
from .names import name_list
from .severity import Severity

#: The checklists' translation context (``core.handoff``'s).
CONTEXT = "handoff"

#: Places named in a folded incident's line before "… (+N)".
PLACES_SHOWN = 3


@dataclass(frozen=True)
class IncidentFold:
    """Incidents handled by one act, the first standing for them (the earliest, in the order given).

    Attributes:
        incidents: those counted, at least one.
        inhibited: those folded in that Alertmanager inhibits now: not counted, said apart.
        aside: how the line says ``inhibited`` ("+10 inhibited by PodCrashLooping"; "" for none).
        summary: what describes them all (``summary_of``); None for one incident alone (its own).
    """

    incidents: tuple[Incident, ...]
    inhibited: tuple[Incident, ...] = ()
    aside: str = ""
    summary: str | None = None

    @property
    def first(self) -> Incident:
        """The incident standing for the others (its time, its status and description)."""
        return self.incidents[0]

    @property
    def folded(self) -> bool:
        """More than one incident stands in this line."""
        return len(self.incidents) + len(self.inhibited) > 1

    def name(self, single: str) -> str:
        """The line's name: ``single`` (how the incident alone is named) for one incident, else
        "PodCrashLooping ×30 (omnichannel / pod-001:8080, pod-002:8080, pod-003:8080 … (+27))",
        then ``aside`` in parentheses."""
        if len(self.incidents) == 1:
            return named(single, self.aside)
        return named(named(self.head(), places(self.incidents)), self.aside)

    def head(self) -> str:
        """The line's name without its places: "PodCrashLooping ×30" (``names.name_list``); a
        notification's title, its places in the body."""
        return name_list(one_line(i.alertname or i.fingerprint) for i in self.incidents)


def places(incidents: Sequence[Incident] | Sequence[Alert], shown: int = PLACES_SHOWN) -> str:
    """Where ``incidents`` (or alerts: their labels alike) fire, summarised: their one service then the first ``shown``
    instances in order ("omnichannel / pod-001:8080, pod-002:8080 … (+27)"), or each one's place
    (``alert_order.where_labels``) when their services differ; "" when none has a place."""
    services = {place_part(i.labels.get("service", "")) for i in incidents}
    if len(services) == 1:
        instances = sorted(place_part(i.labels.get("instance", "")) for i in incidents if i.labels.get("instance"))
        parts = [part for part in (services.pop(), name_list(instances, shown) if instances else "") if part]
        return " / ".join(parts)
    return name_list(sorted(p for p in (where_labels(i.labels) for i in incidents) if p), shown)


def summary_of(incidents: Sequence[Incident], tr: Translate) -> str:
    """The summary describing ``incidents`` folded in one line: theirs when they all have one
    (written alike), else that of the first instance the line names (``places``) with how many
    others differ, "Pod backend-000 reiniciando
    (and 49 others)" (fresh-user review 69 AI4: "PodCrashLooping ×50 (… 10.0.0.0:8080, 10.0.0.10:8080
    …)" was described by pod 040's summary alone). "" when none has one."""
    ordered = sorted(incidents, key=lambda i: place_part(i.labels.get("instance", "")))  # as ``places`` names them
    summaries = [" ".join(i.summary.split()) for i in ordered]
    said = [text for text in summaries if text]
    if not said:
        return ""
    others = sum(1 for text in summaries if text != said[0])
    if not others:
        return said[0]
    return tr(CONTEXT, "%1 (and %2 others)").replace("%1", said[0]).replace("%2", str(others))


def act_of(incident: Incident, said: str) -> Hashable | None:
    """What folds ``incident`` with others: its alert name, the act (acknowledgement: when and by
    whom; escalation: level and when) and ``said`` (what its line says of it but its name);
    None when it was neither acknowledged nor escalated (a note alone: no act shared)."""
    if incident.acknowledged_at is None and incident.escalated_at is None:
        return None
    return (incident.alertname, incident.acknowledged_at, one_line(incident.acknowledged_by), incident.escalation,
            incident.escalated_at, incident.answered_at, incident.resolved_at is None, said)


def fold(incidents: Sequence[Incident], said: Callable[[Incident], str], inhibited: Mapping[str, Alert],
         known: Mapping[str, Alert], tr: Translate) -> list[IncidentFold]:
    """``incidents`` folded by ``act_of`` (``said``: what each one's line says but its name), in
    the order of each group's first. ``inhibited``: fingerprint -> the alert as Alertmanager
    lists it now, for those it inhibits; ``known``: the alerts listed (what inhibits them is
    named from there, ``inhibited.inhibitor_names``)."""
    groups: dict[Hashable, list[Incident]] = {}
    for incident in incidents:
        key = act_of(incident, said(incident))
        groups.setdefault(("alone", incident.id) if key is None else key, []).append(incident)
    folds = []
    for group in groups.values():
        counted = [i for i in group if i.fingerprint not in inhibited]
        if not counted:  # handled on its own, inhibited or not
            folds.append(IncidentFold(tuple(group)))
            continue
        aside = [i for i in group if i.fingerprint in inhibited]
        words = count_text(len(aside), inhibitor_names([inhibited[i.fingerprint] for i in aside], known), tr)
        folds.append(IncidentFold(tuple(counted), tuple(aside), words,
                                  summary_of(counted, tr) if len(counted) > 1 else None))
    return folds


def inhibited_now(alerts: Mapping[str, Alert] | None,
                  inhibited: Collection[tuple[Alert, object]] = ()) -> dict[str, Alert]:
    """Fingerprint -> alert for those Alertmanager inhibits now: the listed ones it inhibits
    (silenced as well) and those set apart (``Live.inhibited``: (alert, severity) pairs)."""
    found = {fp: alert for fp, alert in (alerts or {}).items() if alert.inhibited}
    found.update((alert.fingerprint, alert) for alert, _severity in inhibited)
    return found


def fold_alerts(pairs: Iterable[tuple[Alert, Severity]],
                head: Callable[[Alert, Severity], Hashable]) -> list[list[tuple[Alert, Severity]]]:
    """The active alerts ``pairs`` ((alert, severity), in the order listed: ``tracker.order_key``,
    what needs action first) folded into groups whose line would say the same of them but where
    they fire (``head``: what a line says of one alert but its place, e.g. "PodCrashLooping
    (critical, silenced)"), in the order of each group's first, each group in the order given.
    The start checklist lists one line per group ("PodCrashLooping ×50 (critical, silenced)"),
    as the incidents fold (review 69 AI1: 25 identical lines hid the unacknowledged criticals)."""
    groups: dict[Hashable, list[tuple[Alert, Severity]]] = {}
    for alert, severity in pairs:
        groups.setdefault(head(alert, severity), []).append((alert, severity))
    return list(groups.values())


def first_folds(folds: Sequence[Sequence], limit: int | None) -> tuple[Sequence[Sequence], int]:
    """The first ``limit`` of ``folds`` (None: all) and how many items the others hold: what a
    list of ``limit`` lines shows, then "… and N more" (N items, not lines)."""
    shown = folds if limit is None else folds[:limit]
    return shown, sum(len(group) for group in folds[len(shown):])


def folded_name(name: str, group: Sequence) -> str:
    """``name`` for one item, "PodCrashLooping ×50" for a group of more (``names.name_list``)."""
    return name_list([name] * len(group))


def group_places(group: Sequence[tuple[Alert, Severity]], place_of: Callable[[Alert], str]) -> str:
    """Where the alerts of a fold (``fold_alerts``) fire, each as ``place_of`` names it (what
    tells pods apart too: "ksm:8080 · pod=api-1"), the first ``PLACES_SHOWN`` in order, then
    "… (+N)"; "" when none has a place."""
    return name_list(sorted(p for p in (place_of(alert) for alert, _severity in group) if p), PLACES_SHOWN)
