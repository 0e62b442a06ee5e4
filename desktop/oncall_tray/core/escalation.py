"""The on-call guide's escalation message ("Template de Escalação"), filled from live data
(no Qt, no I/O).

The guide's template, whose Portuguese headings the message keeps::

    ESCALAÇÃO PARA L2/L3
    Alerta: / Severidade: / Início: [HH:MM] / Duração: [X minutos]
    Sintomas: / Já Tentado: / Impacto: / Contexto: (Dashboard, Logs, Traces)

The result is Markdown for Slack (``*bold*`` headings, ``-`` lists, bare links, which Slack
turns into links). Texts go through the ``tr(context, text)`` function passed in, so the
language follows the settings (pt_BR or en).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from urllib.parse import urlencode

from ..alertmanager.models import Alert
from .escalation_level import escalation_level
from .journal_escalation import NotAnswered
from .journal_schema import Event, EventKind
from .alert_order import named, place_part
from .durations import lasted
from .matching import matched_key
from .severity import Severity, severity_word
from .silencing import ack_comment
from .sla import L1, L2, L3, SlaClock

CONTEXT = "escalation"
Translate = Callable[[str, str], str]  # i18n.Translate; core/ imports nothing above it


def escalation_words(due: str, done: str, tr: Translate, hint: bool = False, answered: bool = False,
                     overdue_since: str = "") -> str:
    """How an alert stands against the guide's escalation, in ``tr``'s language: "" while none
    is due and none was recorded (L1); "escalated to L2" once the engineer recorded an
    escalation (``shifts.escalated_levels``) to the level due or above (review 28: the alerts
    window still said "escalation due: L2" after it was made, inviting a second page);
    "escalation due: L3" while the level due is above the one recorded, after "escalated to
    L2; " when one was. ``hint`` adds the button's name: "escalation due: L3 (Escalate…)";
    ``answered``, that the level escalated to answered: "escalated to L2 (answered)".
    ``overdue_since``: the time (as shown) by which the level escalated to should have resolved
    it, once past (``SlaPolicy.escalated_resolve_by``; guide, L2 "Resolução esperada: < 30
    minutos"), said in the words of its notice: "escalated to L2; L2 resolution overdue since
    10:01".

    Args:
        due: the level the guide asks for by now (``SlaClock.escalation``: "L1", "L2", "L3").
        done: the highest level recorded ("" or "L1" when none).
    """
    done = done or L1
    words = [(tr(CONTEXT, "escalated to %1 (answered)") if answered else tr(CONTEXT, "escalated to %1")).replace(
        "%1", done)] if done != L1 else []
    if overdue_since and done != L1:
        words.append(tr(CONTEXT, "%1 resolution overdue since %2").replace("%1", done).replace("%2", overdue_since))
    if due > done:
        words.append((tr(CONTEXT, "escalation due: %1 (Escalate…)") if hint else
                      tr(CONTEXT, "escalation due: %1")).replace("%1", due))
    return "; ".join(words)


@dataclass(frozen=True)
class ContextLinks:
    """Addresses from the settings for the message's "Context" section.

    Attributes:
        grafana_url: Grafana, the dashboard when the alert has no ``dashboard_url`` annotation,
            and its Explore page for the logs (Loki); "" to leave out.
        jaeger_url: Jaeger, for traces; "" to leave out.
        contacts: the guide's emergency contacts, (role, how to reach them), from the settings:
            those of the level escalated to head the message (``level_contacts``).
    """

    grafana_url: str = ""
    jaeger_url: str = ""
    contacts: tuple[tuple[str, str], ...] = ()


#: The guide's roles of each escalation level ("Nível 2 - Tech Lead / SRE", "Nível 3 - CTO /
#: Arquiteto"), lower case; a contact whose role is the level itself ("L2") counts too.
LEVEL_ROLES = {L2: ("tech lead", "sre", "l2"), L3: ("cto", "arquiteto", "architect", "l3")}


def level_contacts(level: str, contacts: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    """The contacts of ``level`` ("L2" or "L3") among ``contacts`` (role, contact), in their
    order: those whose role is one of the guide's for that level (``LEVEL_ROLES``, any case)."""
    roles = LEVEL_ROLES.get(level, ())
    return [(role, contact) for role, contact in contacts if matched_key(role) in roles]


def incidents_message(alert: Alert, tr: Translate, telling: str = "") -> str:
    """What to post in #incidents once an alert is taken (guide, critical alerts' mandatory step
    3: 'Notificar em #incidents: "Investigando [AlertName]"'; review 18: it was not prepared):
    "Investigando APIDown: Backend não responde (backend:3001)" in ``tr``'s language; with
    ``telling``, what tells it from another alert of its name and place
    (``AlertSnapshot.telling``): "Investigando PodOOMKilled (pod=api-1): ..." (review 37)."""
    text = tr(CONTEXT, "Investigating %1").replace("%1", named(alert.display_name, telling))
    where = place_part(alert.labels.get("instance") or alert.labels.get("service", ""))  # "a\\nb" (review 76 BH3)
    if alert.summary:
        text += f": {alert.summary.strip()}"
    return text + (f" ({where})" if where else "")


def retarget(text: str, old: str, new: str, old_level: str, new_level: str) -> str:
    """``text``, an escalation message edited by the engineer at ``old_level``, moved to
    ``new_level``: where the filled templates at the two levels differ (``old`` and ``new``: the
    heading, the recipients' "To:" line), the lines of ``text`` still as the old template had
    them become the new template's; a heading changed by hand keeps the engineer's words with
    the level's name replaced. Everything else typed stays (review 34: switched to L2, the
    message kept L3's recipient, the CTO). Lines joined with "\n"."""
    import difflib  # the dialog's level change only

    before, after, lines = old.split("\n"), new.split("\n"), text.split("\n")
    renamed = False
    for tag, i1, i2, j1, j2 in reversed(difflib.SequenceMatcher(None, before, after, autojunk=False).get_opcodes()):
        if tag == "equal":
            continue
        block, anchor = before[i1:i2], before[i1 - 1] if i1 else None
        at = _find_run(lines, block) if block else (lines.index(anchor) + 1 if anchor in lines else None)
        if at is not None:
            lines[at:at + len(block)] = after[j1:j2]
            renamed = renamed or any(new_level in line for line in after[j1:j2])
        elif len(block) == j2 - j1:  # edited lines (review 36: a name added to "To:" kept L2's people)
            for old_line, new_line in zip(block, after[j1:j2]):
                label = old_line.split("* ", 1)[0] + "* " if old_line.startswith("*") else ""
                edited = next((i for i, line in enumerate(lines) if line.startswith(old_line)), None)
                if edited is not None:  # words added after it: kept after the new one
                    lines[edited] = new_line + lines[edited][len(old_line):]
                    renamed = renamed or new_level in new_line
                elif label and label != "* " and new_level not in new_line:  # "To:" rewritten: the new one above it
                    edited = next((i for i, line in enumerate(lines) if line.startswith(label)), None)
                    if edited is not None:
                        lines.insert(edited, new_line)
    if not renamed:  # the heading was edited: its level's name still says which
        for i, line in enumerate(lines):
            if old_level in line:
                lines[i] = line.replace(old_level, new_level)
                break
    return "\n".join(lines)


def _find_run(lines: list[str], run: list[str]) -> int | None:
    """Where ``run`` (consecutive lines) first starts in ``lines``; None if nowhere."""
    for i in range(len(lines) - len(run) + 1):
        if lines[i:i + len(run)] == run:
            return i
    return None


def escalation_message(alert: Alert, severity: Severity, clock: SlaClock, tr: Translate, *,
                       zone: dt.tzinfo, now: dt.datetime, level: str | None = None,
                       notes: Sequence[str] = (), links: ContextLinks = ContextLinks(), trend: str = "",
                       telling: str = "") -> str:
    """The filled escalation message, Markdown for Slack.

    Args:
        alert: the alert to escalate.
        severity: its severity.
        clock: its SLA clock (``SlaPolicy.clock``); the duration is its ``elapsed_s``.
        tr: ``tr(context, text)`` for the engineer's language.
        zone: the engineer's time zone, for the start time (``HH:MM``, with the date when it was
            not today in that zone).
        now: the current time (aware), to tell "today".
        level: "L2" or "L3"; None: ``escalation_level(clock)``.
        notes: what the engineer already tried (their notes on the alert, ``tried_items``), one
            item each; a ``TriedStep`` about this level or above is left out (review 46 F7: the
            message to L2 listed "Escalated to L2" as tried).
        links: Grafana and Jaeger addresses from the settings.
        trend: the metric's trend in words (``core.trend.escalation_line``: "worsening since
            14:02 (now 85.3, threshold > 80)"), added to the symptoms; "" to leave out.
        telling: what tells the alert from another of its name and place
            (``AlertSnapshot.telling``: "pod=api-1"), after its name (review 37: two pods'
            messages differed by a millisecond of a link).
    Returns:
        the message, lines joined with "\\n", no trailing newline.
    Raises:
        ValueError: ``level`` is not L2 or L3.
    """
    level = escalation_level(clock, level)
    lines = [f"*{tr(CONTEXT, 'ESCALATION TO %1').replace('%1', level)}*", ""]
    to = level_contacts(level, links.contacts)  # review 18: the message named no one to call
    if to:
        lines += [f"*{tr(CONTEXT, 'To:')}* " + "; ".join(f"{role}: {contact}" for role, contact in to), ""]
    lines.append(f"*{tr(CONTEXT, 'Alert:')}* {named(alert.display_name, telling)}")
    lines.append(f"*{tr(CONTEXT, 'Severity:')}* {severity_word(severity, tr).capitalize()}")
    lines.append(f"*{tr(CONTEXT, 'Start:')}* {_start(alert.starts_at, zone, now, tr)}")
    # an alert that says it starts in the future (review 20: "-4192904180 min") has lasted nothing yet
    lines.append(f"*{tr(CONTEXT, 'Duration:')}* {lasted(clock.elapsed_s) if alert.starts_at else '?'}")

    symptoms = [alert.annotations.get(key, "").strip() for key in ("summary", "description")]
    symptoms = [text for text in symptoms if text] or [tr(CONTEXT, "[What is happening]")]
    if trend:
        symptoms.append(tr(CONTEXT, "Trend: %1").replace("%1", trend))
    _section(lines, tr(CONTEXT, "Symptoms:"), symptoms)
    tried = [note.strip() for note in notes if note.strip() and getattr(note, "level", "") < level] or [
        tr(CONTEXT, "[Actions taken]")]
    _section(lines, tr(CONTEXT, "Already Tried:"), tried)

    impact = [tr(CONTEXT, "[How many customers are affected]"), tr(CONTEXT, "[Features compromised]")]
    for label, key in ((tr(CONTEXT, "Instance:"), "instance"), (tr(CONTEXT, "Service:"), "service")):
        if alert.labels.get(key):
            impact.append(f"{label} {alert.labels[key]}")
    _section(lines, tr(CONTEXT, "Impact:"), impact)

    grafana = links.grafana_url.rstrip("/")
    context = [f"Dashboard: {alert.annotations.get('dashboard_url') or grafana or tr(CONTEXT, '[Grafana link]')}"]
    if alert.generator_url:
        context.append(f"Prometheus: {alert.generator_url}")
    if alert.annotations.get("runbook_url"):
        context.append(f"Runbook: {alert.annotations['runbook_url']}")
    if grafana:
        selector = loki_selector(alert)
        if selector:
            since = (alert.starts_at or now) - LOGS_BEFORE_START
            context.append(f"Logs: {loki_explore_url(grafana, selector, since)} (Loki: {selector})")
        else:
            context.append(f"Logs: {grafana}/explore")
    if links.jaeger_url:
        context.append(f"Traces: {links.jaeger_url.rstrip('/')}")
    _section(lines, tr(CONTEXT, "Context:"), context)
    return "\n".join(lines)


#: The logs' link starts this long before the alert did (what led to it).
LOGS_BEFORE_START = dt.timedelta(minutes=15)
#: The Loki data source in Grafana, by name (guide: "Explore → Loki datasource").
LOKI_DATASOURCE = "Loki"


def loki_explore_url(grafana_url: str, selector: str, since: dt.datetime) -> str:
    """Grafana's Explore page on the Loki data source with ``selector`` as its query, from
    ``since`` (aware datetime) to now: the guide's "[Link Loki com query]". Uses Explore's
    ``left`` parameter (a JSON pane: data source, query, range in epoch milliseconds), which
    Grafana 7 to 11 open (newer ones turn it into their ``panes`` form)."""
    pane = {"datasource": LOKI_DATASOURCE, "queries": [{"refId": "A", "expr": selector}],
            "range": {"from": str(int(since.timestamp() * 1000)), "to": "now"}}
    return f"{grafana_url.rstrip('/')}/explore?" + urlencode({"left": json.dumps(pane, separators=(",", ":"))})


#: Alert labels that usually name the same thing in Loki's streams, the most specific first.
LOKI_LABELS = ("service", "job", "container", "instance")


def loki_selector(alert: Alert) -> str:
    """The LogQL stream selector for the alert's logs, from its first label in ``LOKI_LABELS``
    (``{service="backend"}``); "" when it has none. For the message's "Logs" line (guide:
    "[Link Loki com query]"; Explore → Loki), to paste in Grafana's Explore."""
    for name in LOKI_LABELS:
        value = alert.labels.get(name)
        if value:
            quoted = value.replace("\\", "\\\\").replace('"', '\\"')
            return f'{{{name}="{quoted}"}}'
    return ""


def _start(starts_at: dt.datetime | None, zone: dt.tzinfo, now: dt.datetime, tr: Translate) -> str:
    """"14:05 -03", with the date before it in the language's layout when not on ``now``'s day
    (the handoff's: 03/12/2026 in Portuguese; review 23: it was ISO here only)."""
    if starts_at is None:
        return "?"
    local = starts_at.astimezone(zone)
    text = local.strftime("%H:%M %Z").strip()
    if local.date() != now.astimezone(zone).date():
        text = f"{local.strftime(tr('handoff', '%Y-%m-%d'))} {text}"
    return text


def _section(lines: list[str], heading: str, items: Sequence[str]) -> None:
    """A blank line, ``*heading*`` and one ``- item`` per item (continuation lines indented)."""
    lines += ["", f"*{heading}*"]
    lines += ["- " + item.replace("\n", "\n  ") for item in items]


def carried_impact(message: str, sent: str, tr: Translate) -> str:
    """``message`` (filled for a new escalation) with the "Impact:" section of ``sent``, the
    message recorded with the escalation before (as the engineer edited it), when they wrote
    one there: review 35, the L3 message began again from "[How many customers are affected]"
    although the impact had been told to L2. Sections run from their ``*heading*`` line to the
    next blank line; ``message`` unchanged when either has none or ``sent`` kept the template's."""
    heading = f"*{tr(CONTEXT, 'Impact:')}*"

    def section(lines: list[str]) -> tuple[int, int] | None:
        if heading not in lines:
            return None
        start = lines.index(heading) + 1
        end = next((i for i in range(start, len(lines)) if not lines[i].strip()), len(lines))
        return start, end

    lines, old = message.split("\n"), sent.split("\n")
    here, there = section(lines), section(old)
    if here is None or there is None:
        return message
    told = old[there[0]:there[1]]
    if told == lines[here[0]:here[1]]:
        return message
    lines[here[0]:here[1]] = told
    return "\n".join(lines)


def sent_before(events: Sequence[Event]) -> str:
    """The message recorded with the latest escalation of ``events`` (``data["message"]``, as
    the engineer sent it: ``journal_data.EscalatedData``), "" when none was; what
    ``carried_impact`` carries into the next level's message (the ``escalate`` command, the
    escalation dialog)."""
    return next((e.data.get("message", "") for e in reversed(events) if e.kind is EventKind.ESCALATED), "")


class TriedStep(str):
    """An "Already Tried" item about an escalation or its answer (``tried_items``): its text,
    and in ``level`` the level ("L2", "L3") it concerns; a message to that level or above leaves
    it out (``escalation_message``)."""

    level: str

    def __new__(cls, text: str, level: str) -> TriedStep:
        step = super().__new__(cls, text)
        step.level = level
        return step


def tried_items(events: Sequence[Event], tr: Translate, zone: dt.tzinfo | None) -> list[str]:
    """The escalation message's "Already Tried" items from the alert's acknowledgements, notes and
    recorded escalations (``Journal.notes_and_escalations(..., acknowledgements=True)``, oldest
    first): an acknowledgement as "Acknowledged at 14:02 (ana)" (review 46 F7: the guide's first
    action was never listed); a note's text; an escalation as "Escalated to L2 at 14:05 (ana)",
    its time in ``zone`` (review 21: the L3 message did not say that L2 had been called), and a
    recorded answer as "L2 answered at 14:12", both ``TriedStep``. An acknowledgement's own comment
    follows it ("…: reiniciando backend"), the default one (``silencing.ack_comment``) does not;
    one line per silence, and "Acknowledgement ended at 14:17" when it ran out with the alert
    firing (an unacknowledged event after it; review 57 S11: the same line twice, the end unsaid)."""
    items: list[str] = []
    listed: set[str] = set()  # the acknowledgements' silences said
    acknowledged = False  # an acknowledgement said, not ended since
    for event in events:
        at = f"{event.at.astimezone(zone):%H:%M}"
        if event.kind is EventKind.ACKNOWLEDGED:
            if event.data.get("opens_incident"):  # an acknowledgement, not a maintenance silence
                acknowledged = True
                if event.silence_id and event.silence_id in listed:
                    continue
                listed.add(event.silence_id)
                line = tr(CONTEXT, "Acknowledged at %1").replace("%1", at)
                line = f"{line} ({event.actor})" if event.actor else line
                said = event.text.strip()  # its comment, unless the default one (review 47 N5)
                items.append(f"{line}: {said}" if said and said != ack_comment(event.actor) else line)
        elif event.kind is EventKind.UNACKNOWLEDGED:
            if acknowledged:
                items.append(tr(CONTEXT, "Acknowledgement ended at %1").replace("%1", at))
            acknowledged = False
        elif event.kind is EventKind.ESCALATED:
            line = tr(CONTEXT, "Escalated to %1 at %2").replace("%1", event.text).replace("%2", at)
            items.append(TriedStep(f"{line} ({event.actor})" if event.actor else line, event.text))
        elif event.kind is EventKind.ANSWERED:
            items.append(TriedStep(tr(CONTEXT, "%1 answered at %2").replace("%1", event.text).replace("%2", at),
                                   event.text))
        elif event.text.strip():
            items.append(event.text)
    return items


def not_answered_text(reason: NotAnswered, level: str, tr: Translate) -> str:
    """Why the answer of ``level`` was not recorded (``Journal.record_answer``), in ``tr``'s
    language, for the tray's notes panel and ``oncall-tray escalate --answered``."""
    if reason is NotAnswered.ALREADY:
        return tr(CONTEXT, "%1's answer was recorded already.").replace("%1", level)
    if reason is NotAnswered.NOT_ESCALATED:  # (review 44 F5: it said "the latest escalation is not to L2")
        return tr(CONTEXT, "%1's answer was not recorded: the alert was not escalated; record the escalation "
                           "first.").replace("%1", level)
    return tr(CONTEXT, "%1's answer was not recorded: the alert's latest escalation is not to %1.").replace(
        "%1", level)
