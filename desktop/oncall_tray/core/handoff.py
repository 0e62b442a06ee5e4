"""The guide's shift checklists ("Handoff de Turno"), filled from the journal and from
Alertmanager (no Qt, no I/O but the journal's).

``start_checklist`` gathers what the engineer needs to take over: the active alerts, the active
silences with their reasons and authors, the incidents still open, the dashboards' answers
(checked by the caller: ``handoff_checks.check_dashboards``), the previous shift's handoff notes,
and the ticks and observations saved so far. ``end_report`` gathers the end template: duration,
alerts received (first seen during the shift), incidents handled, pending items, active silences,
observations, engineers. ``handoff_markdown`` turns both into the guide's Markdown.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from ..alertmanager.models import Alert
from .alert_order import place_part, telling_all, telling_places, told_place
from .dashboards import DashboardCheck
from ..i18n import Message, english
from .journal import Journal
from .handoff_kept import shown_in
from .handoff_noticed import noticed
from .handoff_folded import fold, inhibited_now
from .handoff_handled import HandledIncident, handled_incident, incident_name  # noqa: F401 (re-exported)
from .handoff_reminders import not_dismissed, post_mortem_items
from .handoff_unknown import unanswered_line, unknown_marker
from .handoff_silences import SilenceLine, silence_lines, silence_name  # noqa: F401 (re-exported)
from .inhibited import pending_lines
from .handoff_elsewhere import judged_aside
from .journal_aside import unwatched
from .journal_schema import EventKind, Incident, Shift
from .carried import carried_suggestions, handed_items, handoff_before
from .pending import Suggestion, dismissed_keys, folded, handed_over, left_out_keys, own_items, pending_items
from .severity import Severity
from .sla import SlaPolicy
from .shifts import OBSERVATIONS, START_SCOPE, handled_between, incidents, handed_over_by, last_handoff, open_incidents, shift_scope
from .handoff_firing import (FIRING_LISTED, Clock, escalated, firing_unacknowledged, follow_up,  # noqa: F401 (re-exported)
                             open_incident_item, overdue, situation_time, unacknowledged)
from .local_times import local_stamp, local_time  # noqa: F401 (re-exported: the checklists' times)
from .tracker import order_key
from .handoff_live import Live, kept_line, kept_marker, stale_marker, unknown_words  # noqa: F401 (Live re-exported: the checklists' input)
from .journal_seen import seen_at

CONTEXT = "handoff"
Translate = Callable[[str, str], str]
ALERTS, SILENCES, INCIDENTS_CHANNEL, DASHBOARDS, TOOLS, PREVIOUS_NOTES, CONTACTS = (
    "alerts", "silences", "incidents_channel", "dashboards", "tools", "previous_notes", "contacts")
#: The guide's seven start items, in its order.
START_ITEMS = (ALERTS, SILENCES, INCIDENTS_CHANNEL, DASHBOARDS, TOOLS, PREVIOUS_NOTES, CONTACTS)
#: The dashboards of the guide; the item "tools" needs the first three.
DASHBOARD_NAMES = ("Grafana", "Prometheus", "Alertmanager", "Jaeger")
TOOL_NAMES = ("Grafana", "Prometheus", "Alertmanager")


def item_text(item: str, tr: Translate) -> str:
    """A start item in the guide's words."""
    return {
        ALERTS: tr(CONTEXT, "Reviewed the active alerts in Alertmanager"),
        SILENCES: tr(CONTEXT, "Checked the active silences and their reasons"),
        INCIDENTS_CHANNEL: tr(CONTEXT, "Read the threads in #incidents from the last 24h"),
        DASHBOARDS: tr(CONTEXT, "Checked that the dashboards are loading"),
        TOOLS: tr(CONTEXT, "Tested access to the tools (Grafana, Prometheus, Alertmanager)"),
        PREVIOUS_NOTES: tr(CONTEXT, "Read the previous shift's handoff notes"),
        CONTACTS: tr(CONTEXT, "Confirmed the escalation contacts are available"),
    }[item]


# -- shift start ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class StartChecklist:
    """The start checklist as it stands.

    Attributes:
        ticks: the engineer's own ticks (item -> bool); other items follow ``auto``.
        previous: the latest shift handed over in this journal (None: none).
        previous_notes: its end report, or what the engineer pasted instead.
        contacts: the guide's emergency contacts from the settings, (role, how to reach them),
            listed under "Confirmed the escalation contacts are available".
        incident_notes: fingerprint -> the latest note on each open incident (its alert's
            episode, ``Journal.notes``), for the incidents' status.
        carried: the own pending items ``previous`` handed over (``{"text", "from"}``,
            ``core.carried``): the end report will offer them.
    """

    at: dt.datetime
    engineer: str
    live: Live
    silences: Sequence[SilenceLine]
    silences_from_journal: bool
    open_incidents: Sequence[Incident]
    dashboards: Sequence[DashboardCheck]
    previous: Shift | None
    previous_notes: str
    observations: str
    ticks: Mapping[str, bool]
    contacts: Sequence[tuple[str, str]] = ()
    incident_notes: Mapping[str, str] = field(default_factory=dict)
    carried: Sequence[Mapping[str, str]] = ()

    def name_of(self, incident: Incident) -> str:
        """How the checklist names one of ``open_incidents``: ``incident_name``, with the labels
        that tell it from another of the same name and place (review 34: three "PodCrashLooping -
        acknowledged at …" lines), its place first when others of its name fire elsewhere
        (``telling_places``; review 68 AF3: 249 lines without their instance)."""
        places = self.__dict__.get("_places")
        if places is None:  # frozen: worked out once
            places = self.__dict__["_places"] = telling_places(
                [*self.open_incidents, *(self.live.alerts or {}).values()], self._telling())
        return incident_name(incident, places.get(incident.fingerprint, ""))

    def place_of(self, alert: Alert) -> str:
        """Where one of the active alerts fires, as the checklist lists them: its instance (else its
        service), then what tells it from another of its name and place ("kube-state-metrics:8080
        · pod=api-2"; review 36: three pods read the same)."""
        place = place_part(alert.labels.get("instance") or alert.labels.get("service", ""))  # "a\\nb" (76 BH3)
        return told_place(place, self._telling().get(alert.fingerprint, ""))

    def _telling(self) -> dict[str, str]:
        """``telling_all`` over the open incidents and the alerts listed, worked out once."""
        telling = self.__dict__.get("_told")
        if telling is None:  # frozen: kept aside once worked out; among the alerts listed too (review 36)
            telling = self.__dict__["_told"] = telling_all([*self.open_incidents, *(self.live.alerts or {}).values()])
        return telling

    def auto(self, item: str) -> bool:
        """What the app could check for the engineer: dashboards and tools answering. The active
        alerts and silences it lists, but reviewing them is the engineer's to tick (reviews 21
        and earlier: "Revisei alertas ativos" came ticked before anyone had looked, and
        ``handoff start --confirm`` recorded it done)."""
        answered = {check.name for check in self.dashboards if check.ok}
        return {
            DASHBOARDS: bool(self.dashboards) and all(n in answered for n in DASHBOARD_NAMES),
            TOOLS: bool(self.dashboards) and all(n in answered for n in TOOL_NAMES),
        }.get(item, False)

    def checked(self, item: str) -> bool:
        """The engineer's tick if given, else ``auto``."""
        return bool(self.ticks.get(item, self.auto(item)))

    def active_alerts(self, limit: int | None = None) -> list[tuple[Alert, Severity]]:
        """The alerts firing, worst first, then oldest (the first ``limit`` of them)."""
        live = self.live
        alerts, severities = live.alerts or {}, live.severities
        if live.order:
            return [(alerts[fp], severities[fp]) for _key, fp in live.order[:limit]]
        pairs = [(a, severities.get(fp, Severity.UNKNOWN)) for fp, a in alerts.items()]
        return sorted(pairs, key=lambda p: order_key(*p))[:limit]


#: A handoff made here this recently names who takes over next on this machine (a shared one).
HANDED_OVER_LATELY = dt.timedelta(hours=1)


def next_engineer(draft: Mapping, offered: str) -> str:
    """The on-call engineer's name the start checklist shows: what was typed in the start window
    (``draft``, its saved state), even "" (a field the engineer emptied is theirs, refused empty
    at Take over: review 74 BB2, refilled by the next poll with the name offered, the name then
    typed was glued to it), else ``offered`` (``offered_engineer``'s)."""
    typed = draft.get("engineer")
    return offered if typed is None else str(typed)


def offered_engineer(previous: Shift | None, setting: str, at: dt.datetime) -> str:
    """The name offered to a start checklist nobody typed a name in, at ``at`` (UTC): the
    incoming engineer named by the last handoff (``previous``) when it was made here within
    ``HANDED_OVER_LATELY`` (reviews 15 and 16: on a shared machine the next engineer was offered
    the setting's name, and signed with it), else the ``engineer`` setting (``setting``)."""
    if (previous is not None and previous.ended_at is not None and previous.incoming.strip()
            and dt.timedelta(0) <= at - previous.ended_at <= HANDED_OVER_LATELY):
        return previous.incoming.strip()
    return setting


def handed_notes(draft: Mapping, previous: Shift | None, journal: Journal, language: str) -> str:
    """The previous shift's handoff notes the start checklist shows (Markdown text): what the
    engineer pasted in the start window (``draft``, its saved state: "previous_notes", kept even
    emptied: the engineer's to clear), else the end report of the last handoff in the journal
    (``previous``) in ``language`` ("en", "pt_BR") where ``journal`` keeps it so (the rule of
    *Past handoffs*: ``handoff_kept.shown_in``; review 68 AF4), else as written, else "". One
    rule for the checklist, the start window and the damaged journal's preview (review 61 X4:
    the preview showed the end report, not what was pasted; review 72 AH11: the preview's in the
    language it was handed over in): ``journal`` and ``language`` are asked of every caller.
    Raises ``JournalError`` as the journal's reads do."""
    pasted = draft.get("previous_notes")
    if pasted is not None:
        return pasted
    if previous is None:
        return ""
    return shown_in(journal, previous, language)[1]


def start_checklist(journal: Journal, engineer: str, live: Live, dashboards: Sequence[DashboardCheck] = (),
                    at: dt.datetime | None = None, contacts: Sequence[tuple[str, str]] = (),
                    language: str | None = None) -> StartChecklist:
    """The start checklist now, with the start window's draft (ticks, observations, engineer's
    name, pasted notes) from the journal; ``contacts``: the settings' (role, contact);
    ``language``: the one the previous handoff's notes are read in (``handed_notes``)."""
    at = at or journal.now()
    with journal.snapshot():
        draft = journal.state(START_SCOPE)
        previous = last_handoff(journal)
        still_open = open_incidents(journal)
        notes = {item.fingerprint: journal.incident_note_texts(item.id) for item in still_open}
        carried = handed_items(journal, previous)
        notes_in = handed_notes(draft, previous, journal, language)
        silences, from_journal = silence_lines(live, journal, at)
        live = live.seen_before(journal, at)
    name = next_engineer(draft, offered_engineer(previous, engineer, at))
    return StartChecklist(at, name, live, silences, from_journal, still_open,
                          tuple(dashboards), previous, notes_in, draft.get(OBSERVATIONS, ""),
                          dict(draft.get("ticks", {})), tuple(contacts),
                          {fp: texts[-1] for fp, texts in notes.items() if texts}, tuple(carried))


# -- shift end ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class EndReport:
    """The end template's content.

    Attributes:
        alerts_received: the alerts the journal saw fire during the shift (its FIRED events
            recorded between the shift's start and ``at``, by fingerprint), whatever their
            startsAt: an alert posted during the shift that started before it is counted; one
            already seen before the shift is not. An alert firing again counts once (review 23:
            8 of "14 received" were one flapping alert); one firing when the shift began, not
            at all (``Journal.count_received``).
        alerts_inherited: the alerts already firing when the shift began (seen before it and
            not resolved by then), which ``alerts_received`` leaves out.
        incidents: one per act (``handoff_folded``: the incidents of one alert name one silence
            acknowledged are one, "Incidents: N" counts these; review 68 AF1).
        pending: the pending items handed over: the suggestions not dismissed, then the
            engineer's own (``core.pending.pending_items``).
        suggestions: every suggestion, dismissed or not, for the end window's ticks.
        dismissed: the keys of the suggestions the engineer left out.
        own: the engineer's own items (the end window's text box).
        noticed: observations from the journal, beside the engineer's (``handoff_noticed``:
            alerts that flapped, alerts that resolved on their own).
        silences_seen_at: with ``silences_from_journal``, when the journal saw them (None: unknown).
        outgoing: who hands over: the one on call (``shifts.on_call_engineer``: the shift's
            engineer, the ``engineer`` setting for a shift started with no name, who signs its
            notes); the end window and the Markdown name the same (code review 79 AT5's builder).
        silences_unknown: nothing is known of the active silences (none listed, Alertmanager not
            read and the journal never received an answer of it: ``Live.seen_before``): what to
            say instead of "as last seen", in the report's language (``handoff_live.unknown_words``:
            "unknown: nothing received from URL (why); …", as the start window, fresh-user review
            71 AP2); "" when known.
        credentials: Alertmanager not read for want of credentials (``Live.credentials``). """

    shift: Shift
    at: dt.datetime
    alerts_received: int
    incidents: Sequence[HandledIncident]
    pending: Sequence[str]
    suggestions: Sequence[Suggestion]
    dismissed: frozenset[str]
    own: Sequence[str]
    silences: Sequence[SilenceLine]
    silences_from_journal: bool
    observations: str
    incoming: str
    live_error: Message | str = ""
    alerts_inherited: int = 0
    noticed: Sequence[str] = ()
    silences_seen_at: dt.datetime | None = None
    outgoing: str = ""
    silences_unknown: str = ""
    credentials: bool = False

    @property
    def duration(self) -> dt.timedelta:
        """From the start of the shift to ``at``."""
        return max(dt.timedelta(0), self.at - self.shift.started_at)

    def handed_over(self) -> list[dict[str, str]]:
        """The own items this report hands over (``pending.handed_over``): the carried ones
        kept, then the engineer's; ``shifts.end_shift``'s ``pending``."""
        return handed_over(self.suggestions, self.dismissed, self.own, self.outgoing)


def suggested_pending(journal: Journal, now: dt.datetime, tr: Translate, zone: dt.tzinfo,
                      live: Live | None = None) -> list[Suggestion]:
    """What the next shift should follow up: incidents still open; alerts firing that nobody
    acknowledged (from ``live``, Alertmanager's latest answer: the worst ``FIRING_LISTED`` lines,
    one name folded, then a count of the others; guide: "Revisar alertas ativos",
    "Documentar pendências"); post-mortems and reviews not done."""
    return _pending(journal, now, tr, zone, live)[0]


def _pending(journal: Journal, now: dt.datetime, tr: Translate, zone: dt.tzinfo, live: Live | None,
             named: Sequence[Incident] = (), policy: SlaPolicy | None = None,
             on_call: str = "") -> tuple[list[Suggestion], dict[str, str]]:
    """``suggested_pending``, and the labels that tell apart the alerts of one name and place
    among all that it and ``named`` (the shift's incidents) name, by fingerprint
    (``core.alert_order.telling_all``): one list of them, so that an incident is named apart from
    a pod still firing unacknowledged (review 34: told apart among the incidents only). With
    ``policy``, an alert past its escalation and not escalated that far says so (``overdue``).
    ``on_call``: the shift's engineer (``firing_unacknowledged``). The open incidents of one act are
    one item, their post-mortems one per kind (``handoff_folded``, ``handoff_reminders``; 68 AF1, 72 AH3)."""
    still_open = open_incidents(journal)
    followed = {item.fingerprint for item in still_open}
    inhibited = inhibited_now(live.alerts, live.inhibited) if live is not None else {}
    marker = ""
    if live is not None and live.alerts is None:  # Alertmanager not read: as the journal last saw them
        marker = " " + stale_marker(live, tr)  # every item taken from that picture (review 75 BD5)
        live = live.seen_before(journal, now)
    firing = firing_unacknowledged(live, followed, on_call)
    due = not_dismissed(journal, now)
    # among every alert of each name and place Alertmanager lists, so that a name fits no other (review 36)
    everyone = [*named, *still_open, *firing, *(reminder.incident for reminder in due),
                *((live.alerts or {}).values() if live is not None else ())]
    telling = telling_places(everyone, telling_all(everyone))  # and their places when a name has several
    items = []
    aside, elsewhere = judged_aside(journal, live) if still_open else ({}, {})  # (review 75 BD1)
    outside = unwatched(journal, scoped=True) if aside else {}  # the settings' filter or receiver (review 56 Q10)

    def words(item: Incident, each: Translate, clock: Clock | None = None) -> str:
        return open_incident_item(item, live, now, each, zone, policy, on_call, aside.get(item.fingerprint),
                                  item.fingerprint in outside, clock,  # "Acknowledge X" unacknowledged (AW1)
                                  elsewhere.get(item.fingerprint))

    def marks(item: Incident) -> str:  # in the text only: a member down's "12 min ago" changes each minute (review 65)
        return (unknown_marker(live, item.fingerprint, tr, zone, now) if live is not None else "") + \
            kept_marker(live, item.fingerprint, tr) + marker
    # the incidents of one act in one item, as the end report lists them (review 68 AF1), left out for each (72 AH2)
    known = (live.alerts or {}) if live is not None else {}
    for group in fold(still_open, lambda i: words(i, english) + marks(i), inhibited, known, tr):
        name = group.name(incident_name(group.first, telling.get(group.first.fingerprint, "")))
        # each one's situation (review 57 S7): in English, its times in UTC (review 66 S2); ``former``: as kept before
        items.append(folded((words(group.first, tr) + marks(group.first)).replace("%1", name), [Suggestion(
            f"incident:{i.fingerprint}", "", situation=words(i, english, situation_time), former=words(i, english))
            for i in (*group.incidents, *group.inhibited)]))
    items.extend(unacknowledged(firing, live, telling, now, tr, zone, marker, policy))
    if live is not None:  # firing behind what inhibits them, left out of Alertmanager's list (Q6)
        items += [Suggestion(key, text) for key, text in pending_lines(live.inhibited, live.alerts or {}, tr)]
    items += post_mortem_items(due, lambda i: incident_name(i, telling.get(i.fingerprint, "")), tr, zone, now)
    return items, telling


def handled_before(journal: Journal, since: dt.datetime | None, until: dt.datetime,
                   handled: Sequence[Incident]) -> list[Incident]:
    """The incidents acknowledged, escalated, noted or answered between ``since`` (UTC: the end of
    the handoff a shift took over from; None: there was none, no such incident) and ``until`` (the
    shift's start), not among ``handled`` (the shift's ``incidents``): its handoff lists them, in
    no earlier handoff (``shifts.handled_between``; code review 79 AT4: a note then reached no one,
    an acknowledgement or escalation was only a pending "Follow up"). Raises JournalError."""
    if since is None or since >= until:
        return []
    known = {item.id for item in handled}
    return [item for item in handled_between(journal, since, until) if item.id not in known]


def end_report(journal: Journal, shift: Shift, live: Live, tr: Translate, zone: dt.tzinfo,
               at: dt.datetime | None = None, policy: SlaPolicy | None = None, engineer: str = "") -> EndReport:
    """The end template for ``shift`` up to ``at`` (now), with the end window's saved pending
    items (own and dismissed), observations and incoming engineer; with ``policy`` (the SLA
    settings) the pending items say the escalations overdue. ``engineer``: the ``engineer``
    setting, who is on call in a shift started with no name (``EndReport.outgoing``)."""
    at = at or shift.ended_at or journal.now()
    outgoing = handed_over_by(journal, shift, engineer)  # as its SHIFT_ENDED's author, once handed over
    with journal.snapshot():
        saved = journal.state(shift_scope(shift.id))
        # first seen during the shift, whatever their startsAt (an alert posted late, or with a
        # long ``for``, starts before it arrives): the journal's FIRED events by when recorded
        received = journal.count_received(shift.started_at, at)  # not those already firing then
        inherited = journal.count_firing_at(shift.started_at)
        # in the order of the times shown, when each alert began firing (review 36: 11:45 before 11:42)
        previous = handoff_before(journal, shift.started_at)  # its notes end there (code review 79 AT4)
        since = previous.ended_at if previous is not None else None
        taken = incidents(journal, shift.started_at, at)
        taken = sorted(taken + handled_before(journal, since, shift.started_at, taken),
                       key=lambda i: (i.fired_at or i.opened_at, i.id))
        suggestions, telling = _pending(journal, at, tr, zone, live, named=taken, policy=policy,
                                        on_call=outgoing)  # incidents: name, place, labels
        notes = {item.id: [e for e in journal.incident_notes(item.id)[1] if e.kind is EventKind.NOTE]
                 for item in taken}  # its own (code review 75 AM4), every one of them (fresh-user review 71 AP1)
        # one line for the incidents of one act (one silence over 250 pods; review 68 AF1), their notes alike
        folds = fold(taken, lambda i: "\n".join(e.text for e in notes[i.id]), inhibited_now(live.alerts, live.inhibited),
                     live.alerts or {}, tr)
        handled = [handled_incident(f, notes[f.first.id], telling, outgoing, since) for f in folds]
        silences, from_journal = silence_lines(live, journal, at, outgoing)
        silences_seen = seen_at(journal, live.watched) if from_journal else None  # when (review 59 U7)
        # never an answer: unknown, not "as last seen" (as the start window; fresh-user review 71 AP2)
        unknown = from_journal and not silences and live.seen_before(journal, at).alerts is None
        suggestions += carried_suggestions(journal, shift, tr)
        seen = noticed(journal, shift.started_at, at, {item.fingerprint for item in taken}, tr, zone)
        # a restart the tray recorded is in ``noticed`` (with its time), not said twice
        said = {event.text for event in journal.events(shift.started_at, at, kinds=(EventKind.ALERTMANAGER_RESTARTED,))
                } if live.kept else set()
    seen = [line for line in (unanswered_line(live, tr), kept_line(live, tr, said)) if line] + seen  # 52 H2, 63 Z3
    dismissed, own = left_out_keys(suggestions, dismissed_keys(saved)), own_items(saved)
    return EndReport(shift, at, received, handled, pending_items(suggestions, dismissed, own), suggestions,
                     dismissed, own, silences, from_journal, saved.get(OBSERVATIONS, ""),
                     saved.get("incoming", shift.incoming), live.error, inherited, seen,
                     silences_seen, outgoing, unknown_words(live, tr) if unknown else "", live.credentials)
