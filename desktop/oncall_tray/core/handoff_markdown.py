"""The guide's shift checklists as Markdown, in its layout ("Checklist ao Assumir Turno",
"Checklist ao Passar Turno"): Portuguese headings in Portuguese, English ones in English, through
the ``tr(context, text)`` passed in (no Qt).

Where the guide puts a list inline (``**Alertas Ativos**: [Número] - [Listar se houver]``) the
count stays on the heading's line and the items follow as a list, and sections are separated by
blank lines, so that Slack and any Markdown renderer show each section apart. Text from
Alertmanager and from the engineer is put on one line (a silence's comment, a note).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable

from .acknowledged import ended_by_hand, same_person
from .dashboards import dashboard_label
from .handoff import (
    CONTACTS,
    CONTEXT,
    DASHBOARDS,
    START_ITEMS,
    EndReport,
    HandledIncident,
    Live,
    SilenceLine,
    StartChecklist,
    item_text,
    local_time,
)
from .alert_heads import active_folds
from .handoff_folded import fold, folded_name, group_places, inhibited_now
from .handoff_handled import shown_notes
from .handoff_live import kept_line, not_read, seen_words, unknown_words
from .local_times import zoned_stamp
from .handoff_unknown import unanswered_line
from .inhibited import inhibited_name, severity_lines
from .journal_schema import Incident
from .names import cut_at_word
from .pending import split_items
from ..alertmanager.models import Alert, Silence, one_line
from ..reasons import translate_reason
from .severity import severity_word
from .silence_length import too_long_words

Translate = Callable[[str, str], str]


def person(name: str) -> str:
    """A person's name (``name``) as the Markdown shows it: on one line, "?" for none (code review
    85 BE2: a name emptied in the Take over the shift window gave "On-call engineer: " with
    nothing after it, where the end report wrote "?")."""
    return one_line(name) or "?"


def silence_line(line: SilenceLine, tr: Translate, zone: dt.tzinfo, now: dt.datetime) -> str:
    """``AlertName - Expira em HH:MM - Motivo: X - Por: author`` (no list marker), then "lasts
    48h: more than the guide's 24h" for one longer than the guide allows (``silence_length``),
    "covers no alert now: expire it?" for an idle one (``SilenceLine.idle``; review 21)."""
    silence = line.silence
    ends = local_time(silence.ends_at, zone, now, tr) if silence.ends_at else "?"
    parts = [one_line(line.name), tr(CONTEXT, "Expires at %1").replace("%1", ends),
             tr(CONTEXT, "Reason: %1").replace("%1", one_line(silence.comment) or "—")]
    if silence.created_by:
        parts.append(tr(CONTEXT, "By: %1").replace("%1", one_line(silence.created_by)))
    if too_long_words(silence, tr):  # made outside the app (guide: never more than 24h; review 63 Z2)
        parts.append(too_long_words(silence, tr))
    if line.idle:
        parts.append(tr(CONTEXT, "covers no alert now: expire it?"))
    if line.held:  # a member down holds it: the journal's copy (review 60 V9)
        parts.append(seen_words(line.seen_at, zone, now, tr, one=True))
    return " - ".join(parts)


#: Characters of an open incident's latest note shown in the start checklist (one line).
NOTE_LIMIT = 90


def short_line(text: str, limit: int = NOTE_LIMIT) -> str:
    """``text`` on one line (``one_line``) of at most ``limit`` characters, cut at a word
    boundary where one is near, never between a character and the combining marks or joiners
    that go with it, with "…" when cut."""
    return cut_at_word(one_line(text), limit)


def open_incident_status(incident: Incident, note: str, tr: Translate, zone: dt.tzinfo | None,
                         now: dt.datetime, alert: Alert | None = None, silences: Iterable[Silence] = ()) -> list[str]:
    """An open incident's status for the start checklist (the guide's "[Número] - [Status]"):
    "acknowledged at 03:18 by Maria" or "not acknowledged", "escalated to L2" when it was (and
    "L2 answered at 03:25" when recorded), then "latest note: …" (``note``, the engineer's latest on it, cut by ``short_line``; none
    for ""). ``alert``: its alert as Alertmanager lists it now, if it does: acknowledged but no
    longer silenced says so (review 35: a lapsed acknowledgement read "someone is on it"), and
    "expired by hand" when one of ``silences`` (Alertmanager's, any state) ended it before its
    time (``acknowledged.ended_by_hand``; review 59 U1: not one that ran out)."""
    if incident.acknowledged_at is not None:
        status = [tr(CONTEXT, "acknowledged at %1 by %2").replace(
            "%1", local_time(incident.acknowledged_at, zone, now, tr)).replace(
            "%2", person(incident.acknowledged_by))]
        if alert is not None and not alert.silenced:
            status.append(tr(CONTEXT, "no longer silenced: expired by hand")
                          if ended_by_hand(alert, silences, incident.acknowledged_at) else tr(CONTEXT, "no longer silenced"))
    else:
        status = [tr(CONTEXT, "not acknowledged")]
    if incident.escalation:
        status.append(tr(CONTEXT, "escalated to %1").replace("%1", incident.escalation))
    if incident.escalation and incident.answered_at is not None:  # recorded in the tray or with `escalate --answered`
        status.append(tr(CONTEXT, "%1 answered at %2").replace("%1", incident.escalation).replace(
            "%2", local_time(incident.answered_at, zone, now, tr)))
    if note.strip():
        status.append(tr(CONTEXT, "latest note: %1").replace("%1", short_line(note)))
    return status


def open_folds(checklist: StartChecklist, tr: Translate,
               zone: dt.tzinfo | None) -> list[tuple[Incident, str, list[str]]]:
    """The start checklist's open incidents as its lines give them, (the first incident, name,
    status parts): those
    of one act folded in one (``handoff_folded``: "PodCrashLooping ×250 (omnichannel / …)",
    review 68 AF3), each named apart (``StartChecklist.name_of``); the status is
    ``open_incident_status``'s, the first's of a fold."""
    live, at = checklist.live, checklist.at

    def status(incident: Incident) -> list[str]:
        return open_incident_status(incident, checklist.incident_notes.get(incident.fingerprint, ""), tr, zone, at,
                                    (live.alerts or {}).get(incident.fingerprint), live.silences.values())
    folds = fold(checklist.open_incidents, lambda i: " - ".join(status(i)), inhibited_now(live.alerts, live.inhibited),
                 live.alerts or {}, tr)
    return [(f.first, f.name(checklist.name_of(f.first)), status(f.first)) for f in folds]


def incident_status(item: HandledIncident, tr: Translate, engineer: str = "", zone: dt.tzinfo | None = None,
                    now: dt.datetime | None = None) -> str:
    """"Resolvido", "Escalado para L2", "Resolvido (escalado para L2)" or "Em aberto", with
    "(reconhecido por Marcos)" when someone other than ``engineer`` (the shift's) acknowledged
    it (review 56 Q8: a colleague's acknowledgements read as the outgoing engineer's), and
    "L2 respondeu às 11:12" when the answer of the level escalated to was recorded (with
    ``now``, the time in ``zone``; review 59 U5: what the shift did on an inherited incident)."""
    incident = item.incident
    said = [tr(CONTEXT, "escalated to %1").replace("%1", incident.escalation)] if incident.escalation else []
    if incident.escalation and incident.answered_at is not None and now is not None:
        said.append(tr(CONTEXT, "%1 answered at %2").replace("%1", incident.escalation).replace(
            "%2", local_time(incident.answered_at, zone, now, tr)))
    by = one_line(incident.acknowledged_by)
    if by and engineer and not same_person(by, engineer):
        said.append(tr(CONTEXT, "acknowledged by %1").replace("%1", by))
    if incident.resolved_at is not None:
        status = tr(CONTEXT, "Resolved")
    elif incident.escalation:
        status, said[0] = said[0][:1].upper() + said[0][1:], ""
    else:
        status = tr(CONTEXT, "Open")
    said = [part for part in said if part]
    return f"{status} ({'; '.join(said)})" if said else status


def active_lines(checklist: StartChecklist, tr: Translate, zone: dt.tzinfo, limit: int | None) -> tuple[list[str], int]:
    """The start checklist's active alerts as its lines give them, what needs action first
    (``tracker.order_key``), those of one head folded into one (``alert_heads.active_folds``, as
    the start window folds them: code review 73 AJ6), "PodCrashLooping ×50 (critical, silenced) -
    10.0.0.1:8080, … (+47)" (review 69 AI1), the first ``limit`` lines (None: all); and how many
    alerts the lines left out hold."""
    live = checklist.live
    folds, left = active_folds(checklist.active_alerts(), live, tr, zone, checklist.at, limit)
    lines = []
    for head, group in folds:
        alert = group[0][0]
        name = inhibited_name(alert, live.alerts or {}, tr) if head.inhibited else head.name  # and silenced
        what = [severity_word(head.severity, tr), *(part for part in head.states if part != head.inhibited)]
        said = f"{folded_name(name, group)} ({', '.join(what)})"  # "PodCrashLooping ×50 (critical, silenced)"
        where = group_places(group, checklist.place_of)
        lines.append(f"{said} - {where}" if where else said)
    return lines, left


def silences_unknown(checklist: StartChecklist) -> bool:
    """Nothing is known of the active silences: Alertmanager not read and the journal has no
    look of its own at it (``Live.alerts`` None after ``Live.seen_before``), none listed: their
    count is unknown, not "0, as last seen" (fresh-user review 71 AP2)."""
    return checklist.live.alerts is None and checklist.silences_from_journal and not checklist.silences


def start_markdown(checklist: StartChecklist, tr: Translate, zone: dt.tzinfo, list_limit: int = 25) -> str:
    """The start checklist ("Assumindo Turno") as Markdown, times in ``zone``, named in its
    heading (``zoned_stamp``; review 63 Z4)."""
    at = checklist.at
    lines = [f"## {tr(CONTEXT, 'Taking Over the Shift - %1').replace('%1', zoned_stamp(at, zone, tr))}", ""]
    for item in START_ITEMS:
        lines.append(f"- [{'x' if checklist.checked(item) else ' '}] {item_text(item, tr)}")
        if item == DASHBOARDS:  # which ones did not answer (the tools are among them)
            checks = checklist.dashboards
            lines += [f"  - {dashboard_label(check, checks, tr)}: {tr('dashboard', check.state)} "
                      f"({one_line(translate_reason(check.detail, tr))})" for check in checks if not check.ok]
        if item == CONTACTS:  # the guide's emergency contacts, from the settings (review 18)
            lines += [f"  - {one_line(role)}: {one_line(contact)}" for role, contact in checklist.contacts]
    lines.append("")
    live = checklist.live
    heading = f"**{tr(CONTEXT, 'Active Alerts')}**:"
    if live.alerts is not None:  # Alertmanager's answer, or the journal's last look (fresh-user review P3)
        total = len(live.alerts)
        lines.append(f"{heading} {total}")
        if live.last_seen:
            why = tr(CONTEXT, "Alertmanager unreachable: %1").replace("%1", one_line(translate_reason(live.error, tr)))
            lines.append(f"- _{seen_words(live.seen_at, zone, at, tr)} ({why})_")  # and when (review 59 U7)
        listed, left = active_lines(checklist, tr, zone, list_limit)
        lines += [f"- {line}" for line in listed]
        if left:
            lines.append("- " + tr(CONTEXT, "… and %1 more").replace("%1", str(left)))
        # left out of the list, but firing behind what inhibits them (Q6)
        lines += [f"- _{line}_" for line in severity_lines(live.inhibited, live.alerts, tr)]
        # what members not answering hold is not known (review 52 H2); a restart's, kept (review 63 Z3)
        lines += [f"- _{line}_" for line in (unanswered_line(live, tr), kept_line(live, tr)) if line]
    else:  # nothing known: no count, no "as last seen"; which address, and where to change it (review 71 AP2)
        lines.append(f"{heading} ? - {unknown_words(live, tr)}")
    lines.append("")
    if silences_unknown(checklist):
        lines.append(f"**{tr(CONTEXT, 'Silences')}**: ? - {tr(CONTEXT, 'unknown: nothing received from Alertmanager')}")
    else:
        lines.append(f"**{tr(CONTEXT, 'Silences')}**: {len(checklist.silences)}")
    if checklist.silences_from_journal and not silences_unknown(checklist):  # none as last seen is not "none" (review 19)
        lines.append(f"- _{seen_words(live.seen_at, zone, at, tr)} ({not_read(live.credentials, tr)})_")
    lines += [f"- {silence_line(s, tr, zone, at)}" for s in checklist.silences]
    lines.append("")
    folds = open_folds(checklist, tr, zone)
    lines.append(f"**{tr(CONTEXT, 'Open Incidents')}**: {len(folds)}")
    lines += [" - ".join([f"- {one_line(name)}", *status]) for _first, name, status in folds[:list_limit]]
    if len(folds) > list_limit:  # cut as the active alerts are (review 68 AF3)
        lines.append("- " + tr(CONTEXT, "… and %1 more").replace("%1", str(len(folds) - list_limit)))
    lines.append("")
    observations = split_items(checklist.observations)
    lines.append(f"**{tr(CONTEXT, 'Observations')}**:" + (f" {observations[0]}" if len(observations) == 1 else ""))
    if len(observations) > 1:
        lines += [f"- {o}" for o in observations]
    lines += ["", tr(CONTEXT, "On-call engineer: %1").replace("%1", person(checklist.engineer))]
    return "\n".join(lines) + "\n"


def format_duration(span: dt.timedelta, tr: Translate) -> str:
    """``8 h 05 min`` (``45 min`` under an hour)."""
    minutes = int(span.total_seconds() // 60)
    hours, minutes = divmod(minutes, 60)
    if not hours:
        return tr(CONTEXT, "%1 min").replace("%1", str(minutes))
    return tr(CONTEXT, "%1 h %2 min").replace("%1", str(hours)).replace("%2", f"{minutes:02d}")


def received_text(report: EndReport, tr: Translate) -> str:
    """The number of alerts received for "Alerts received: %1" (guide's end template), with the
    alerts already firing when the shift began, which it leaves out, after it when there were
    any: "0 (and 15 already firing when the shift began)"."""
    text = str(report.alerts_received)
    if report.alerts_inherited:
        text += " " + tr(CONTEXT, "(and %1 already firing when the shift began)").replace(
            "%1", str(report.alerts_inherited))
    return text


def earlier_note_text(when: dt.datetime | None, text: str, tr: Translate, zone: dt.tzinfo | None,
                      now: dt.datetime, author: str = "") -> str:
    """A note written on a handled incident before its latest (``HandledIncident.earlier_notes``),
    as the end report lists it under the incident's line: "earlier note at 11:29: Reiniciei o
    pod" (``when``: UTC, its time in ``zone`` as ``local_time`` gives it at ``now``), "earlier
    note: …" when its time is not known (fresh-user review 71 AP1); "earlier note at 11:29 by
    Carla: …" when ``author``, not the shift's engineer, wrote it (fresh-user review 72 AS2)."""
    if when is None:
        return tr(CONTEXT, "earlier note: %1").replace("%1", text)
    if author:
        return tr(CONTEXT, "earlier note at %1 by %3: %2").replace("%1", local_time(when, zone, now, tr)).replace(
            "%3", one_line(author)).replace("%2", text)
    return tr(CONTEXT, "earlier note at %1: %2").replace("%1", local_time(when, zone, now, tr)).replace("%2", text)


def described(item: HandledIncident, tr: Translate, zone: dt.tzinfo | None, now: dt.datetime) -> str:
    """``item``'s description as the handoff gives it: with its note's author and time when not
    the shift's engineer ("Segunda nota: job parado (by Bruno Lima, 12:25)"; fresh-user review 72
    AS2: an earlier shift's note read as the outgoing engineer's)."""
    author, when = item.description_by
    if not author or not item.description:
        return item.description
    return tr(CONTEXT, "%1 (by %2, %3)").replace("%2", one_line(author)).replace(
        "%3", local_time(when, zone, now, tr) if when else "?").replace("%1", item.description)


def earlier_shifts_text(count: int, tr: Translate) -> str:
    """The line that counts an incident's notes written before the shift, not listed
    (``HandledIncident.earlier_shifts``; fresh-user review 72 AS2)."""
    return tr(CONTEXT, "notes from earlier shifts: %1 (see the earlier handoffs or the Incidents window)").replace(
        "%1", str(count))


def end_markdown(report: EndReport, tr: Translate, zone: dt.tzinfo) -> str:
    """The end report ("Passando Turno") as Markdown, times in ``zone``, named in its heading
    (``zoned_stamp``; review 63 Z4)."""
    at = report.at
    none = tr(CONTEXT, "None")
    lines = [f"## {tr(CONTEXT, 'Handing Over the Shift - %1').replace('%1', zoned_stamp(at, zone, tr))}", "",
             f"**{tr(CONTEXT, 'Shift Summary')}**:",
             f"- {tr(CONTEXT, 'Duration: %1').replace('%1', format_duration(report.duration, tr))}",
             f"- {tr(CONTEXT, 'Alerts received: %1').replace('%1', received_text(report, tr))}",
             f"- {tr(CONTEXT, 'Incidents: %1').replace('%1', str(len(report.incidents)))}",
             "", f"**{tr(CONTEXT, 'Incidents Handled')}**:"]
    for number, item in enumerate(report.incidents, 1):
        incident = item.incident
        when = incident.fired_at or incident.opened_at
        parts = [item.name, local_time(when, zone, at, tr) if when else "?",
                 incident_status(item, tr, report.outgoing, zone, at)]
        if item.description:
            parts.append(described(item, tr, zone, at))
        lines.append(f"{number}. " + " - ".join(parts))
        # the notes before the latest, under its line (nested: indented as wide as "1. "; review 71 AP1)
        listed, more = shown_notes(item.earlier_notes)  # capped as the start report's lists (code review 78 AR7)
        lines += [" " * len(f"{number}. ") + "- " + earlier_note_text(when, text, tr, zone, at, author)
                  for when, text, author in listed]
        if more:
            lines.append(" " * len(f"{number}. ") + "- " + tr(
                CONTEXT, "… and %1 more earlier notes: see the incident in the Incidents window").replace("%1", str(more)))
        if item.earlier_shifts:
            lines.append(" " * len(f"{number}. ") + "- " + earlier_shifts_text(item.earlier_shifts, tr))
    if not report.incidents:
        lines.append(f"- {none}")
    lines += ["", f"**{tr(CONTEXT, 'Pending for the Next Shift')}**:"]
    lines += [f"- [ ] {one_line(p)}" for p in report.pending] or [f"- {none}"]
    lines += ["", f"**{tr(CONTEXT, 'Active Silences')}**:"]
    if report.silences_unknown:  # never an answer: no "as last seen", no "None" (as the start; review 71 AP2)
        lines.append(f"- ? - {report.silences_unknown}")
    else:
        if report.silences_from_journal:  # "None" alone was recorded as fact with Alertmanager unreachable (review 19)
            lines.append(f"- _{seen_words(report.silences_seen_at, zone, at, tr)} ({not_read(report.credentials, tr)})_")
        lines += [f"- {silence_line(s, tr, zone, at)}" for s in report.silences] or [f"- {none}"]
    lines += ["", f"**{tr(CONTEXT, 'Observations')}**:"]
    lines += [f"- {o}" for o in [*split_items(report.observations), *report.noticed]] or [f"- {none}"]
    lines += ["", tr(CONTEXT, "Outgoing on-call engineer: %1").replace("%1", person(report.outgoing)),
              tr(CONTEXT, "Incoming on-call engineer: %1").replace("%1", person(report.incoming))]
    return "\n".join(lines) + "\n"
