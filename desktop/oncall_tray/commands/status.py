"""``oncall-tray status [--json]``: one poll of Alertmanager, printed as text or JSON (no Qt)."""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from ..alertmanager.client import AlertmanagerClient
from ..alertmanager.cluster import ClusterClient, ClusterPoll, MemberResult, not_one_cluster
from ..alertmanager.errors import AlertmanagerError
from ..alertmanager.models import Silence, Status
from ..config import Config, LoadedConfig
from ..connect import cluster_lines, describe_error
from ..core.acknowledged import acknowledgement
from ..core.alert_order import telling_all, told_place
from ..core.durations import format_age, format_span, lasted
from ..core.severity import Severity, SeverityMap
from ..core.escalation import escalation_words
from ..core.sla import L1, SlaClock, SlaPolicy, clocks_for, second_target
from ..core.journal_starts import Starts
from ..core.tracker import AlertSnapshot, AlertTracker
from ..i18n import Translate
from ..member_starts import known_of, restarted_lately
from ..notify.messages import count_line, severity_word
from ..reasons import unreadable_text
from ..terminal_text import visible
from .common import (EXIT_OK, EXIT_UNREACHABLE, credentials_hint, error, failure_line, keyring_of, out, out_json,
                     tr_for, warn_problems)
from ..core.handoff_live import latest_answer
from ..core.handoff_unknown import held_by, unanswered_text
from ..core.inhibited import inhibited_lines
from .status_json import escalated_resolve_by, render_json, started_at


def register(sub, tr: Translate) -> None:
    """Add the ``status`` subcommand, with help in ``tr``'s language."""
    parser = sub.add_parser("status", help=tr("cli_help", "poll once and print the alerts, worst first"))
    parser.add_argument("--json", action="store_true", help=tr("cli_help", "print JSON"))
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, loaded: LoadedConfig) -> int:
    """Poll once; print text or JSON; exit 2 with a one-line reason on stderr when it fails."""
    from .journal_common import journal_starts, on_call

    warn_problems(loaded)
    result = poll_once(loaded.config, store=keyring_of(loaded), starts=journal_starts(loaded), on_call=on_call(loaded))
    result = with_journal(result, loaded)
    tr = tr_for(loaded)
    if args.json:
        out_json(render_json(result))
    elif result.error is None:
        out(render_text(result, tr))
    return EXIT_OK if result.error is None else report_failure(result, loaded, tr)


def report_failure(result: OneShot, loaded: LoadedConfig, tr: Translate) -> int:
    """Say on stderr why the poll failed (one line); returns the exit code for it (2)."""
    error(failure_line(result.error, result.url, tr) + credentials_hint(result.error, loaded, tr))
    return EXIT_UNREACHABLE


@dataclass(frozen=True)
class OneShot:
    """Outcome of one poll: the snapshot, or the error that prevented it; with the silences
    (ID -> silence), the SLA clocks (fingerprint -> clock, at the snapshot's ``fetched_at``) and
    the answer's elements left out as not alerts (``ClusterPoll.unreadable``)."""

    url: str
    status: Status | None
    snapshot: AlertSnapshot | None
    error: AlertmanagerError | None
    silences: Mapping[str, Silence] = field(default_factory=dict)
    clocks: Mapping[str, SlaClock] = field(default_factory=dict)
    members: tuple[MemberResult, ...] = ()
    unreadable: tuple[str, ...] = ()
    escalated: Mapping[str, str] = field(default_factory=dict)
    answered: Mapping[str, dt.datetime] = field(default_factory=dict)  # when the level escalated to answered
    escalated_at: Mapping[str, dt.datetime] = field(default_factory=dict)  # when escalated to that level
    policy: SlaPolicy | None = None  # the settings' (L2's resolution after the escalation); None: none known
    # held by members that do not answer, as the journal last saw them: fingerprint -> those members
    unknown: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    holders: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # the members listing each alert
    inhibited: tuple[Alert, ...] | None = None  # ``ClusterPoll.inhibited``: left out of ``snapshot``; None: unknown
    inhibited_severities: Mapping[str, Severity] = field(default_factory=dict)  # theirs, by fingerprint
    # the members whose start the shift journal saw: not restarted (``member_starts.known_of``; review 58 T1)
    known_starts: tuple[str, ...] = ()
    held_read: bool = False  # ``unknown`` is the journal's (what the members not answering held), not unknown
    # when each member last answered, as the journal says (``journal_seen.when_answered``; review 61 X1)
    last_answers: Mapping[str, dt.datetime] = field(default_factory=dict)
    on_call: str = ""  # whose silences acknowledge without ACK (``acknowledged.acknowledges``; review 59 U1)
    aliases: Mapping[str, str] = field(default_factory=dict)  # ``ClusterPoll.aliases`` (review 61 W9)

    @property
    def unanswered(self) -> tuple[str, ...]:
        """The URLs of the members that did not answer a poll others answered; () otherwise."""
        if self.error is not None:
            return ()
        return tuple(member.url for member in self.members if not member.ok)


def follows(journal: Journal, loaded: LoadedConfig) -> bool:
    """Whether the shift journal follows the Alertmanager this run polls: the settings' (a
    changed setting is followed, as the tray follows it), or one given with ``--alertmanager``
    that is the one the journal last looked at (or it looked at none yet). False for another
    Alertmanager given with ``--alertmanager``: its poll, its escalations and the journal's
    acknowledgements are not this journal's (review 42 F1: a look at one recorded its alerts as
    fired and the journal's as resolved, and the next poll of the settings' the reverse).
    Raises JournalError."""
    from ..core.journal_seen import follows_alertmanager

    return "alertmanager_url" not in loaded.overrides or follows_alertmanager(journal, loaded.config.watched())


def started_known(journal: Journal, members: Sequence[MemberResult]) -> tuple[str, ...]:
    """The members (URLs) of a poll whose start, as their status gives it, the shift journal
    saw (``journal_starts.MEMBER_STARTS``): they did not restart since (``member_starts.known_of``,
    ``restarted_lately``'s ``known``; review 58 T1). Raises JournalError."""
    from ..core.journal_starts import MEMBER_STARTS, member_starts

    return known_of(members, member_starts(journal.get_state(*MEMBER_STARTS)))


def with_journal(result: OneShot, loaded: LoadedConfig) -> OneShot:
    """``result`` with what the shift journal recorded, from the tray or the command line: the
    escalations made (``shifts.escalated_levels``, review 28) and the acknowledgements, whose
    response clocks stay stopped even where the silence is gone (``shifts.recorded_responses``,
    review 29). ``result`` as it is when there is no journal or it cannot be read (nothing is
    created)."""
    from ..core.handoff_unknown import Held, held_alerts
    from ..core.journal import Journal, JournalError
    from ..core.journal_file import present
    from ..core.journal_seen import when_answered
    from ..core.shifts import recorded_responses
    from ..paths import journal_path

    path, snapshot = loaded.journal or journal_path(), result.snapshot
    if snapshot is None or not present(path):
        return result
    held, last_answers = Held(), {}  # (held: muted by none of the silences ended by the poll; review 62 Y15)
    try:
        journal = Journal.open(path, read_only=True)  # never set aside here (review 57 S10)
        try:
            if journal.unreadable is not None:  # what cannot be read, and how to repair it
                error(journal.unreadable.message(tr_for(loaded)))
            if not follows(journal, loaded):  # another Alertmanager's alerts: not what the journal holds
                return result
            recorded = recorded_responses(journal)
            acknowledged = recorded.acknowledged_at
            known = started_known(journal, result.members)
            if result.unanswered:  # review 53 K5: listed, as the tray and the handoff list them
                held = held_alerts(journal, loaded.config.watched(), snapshot.alerts, result.unanswered,
                                   () if not_one_cluster(result.members) else result.silences.values(),
                                   snapshot.fetched_at, result.silences)
                last_answers = when_answered(journal, loaded.config.watched())
        finally:
            journal.close()
    except JournalError as exc:  # review 45 F4: shown less, without a word
        tr = tr_for(loaded)
        error(exc.text(tr) + " " + tr("cli", "The escalations and acknowledgements it recorded are not shown."))
        return result
    clocks, policy = result.clocks, loaded.config.sla_policy()
    silences = {**held.silences, **result.silences}  # the held alerts' silences as last seen, unless answered
    if held.alerts:  # the severities from their labels, as for the others
        tracker = AlertTracker(SeverityMap(loaded.config.severity_synonyms))
        snapshot = tracker.update([*snapshot.alerts.values(), *held.alerts.values()], snapshot.fetched_at).snapshot
    if held.alerts or any(fp in snapshot.alerts for fp in acknowledged):  # only then can a clock differ from poll_once's
        clocks = clocks_for(snapshot.alerts.values(), snapshot.severities, silences.values(),
                            snapshot.fetched_at, policy, acknowledged, result.on_call)
    return dataclasses.replace(result, snapshot=snapshot, escalated=recorded.escalated, answered=recorded.answered_at,
                               escalated_at=recorded.escalated_at, policy=policy, clocks=clocks,
                               unknown=held.members, silences=silences, known_starts=known,
                               held_read=bool(result.unanswered), last_answers=last_answers)


def _last_seen(state: str, fingerprint: str, result: OneShot, tr: Translate, now: dt.datetime) -> str:
    """"firing, as last seen on http://am1:9093, 40 min ago": ``state`` of an alert that only
    members not answering hold (``OneShot.unknown``), with when they last answered
    (``OneShot.last_answers``; review 61 X1); without it when not known."""
    members = result.unknown[fingerprint] or result.unanswered
    seen = latest_answer(result.last_answers, members)
    if seen is None:
        said = tr("status", "%1, as last seen on %2")  # that member does not answer
    elif (now - seen).total_seconds() < 60:
        said = tr("status", "%1, as last seen on %2, under a minute ago")
    else:
        said = tr("status", "%1, as last seen on %2, %3 ago").replace("%3", lasted((now - seen).total_seconds()))
    return said.replace("%1", state).replace("%2", held_by(result.unknown, fingerprint, result.unanswered))


def poll_once(config: Config, client: AlertmanagerClient | ClusterClient | None = None,
              store=None, starts: Callable[[ClusterPoll, dt.datetime], Starts] | None = None,
              on_call: str = "") -> OneShot:
    """Ask every Alertmanager member for its status, alerts and silences once (the silences after
    the alerts, so that every ID in an alert's ``silencedBy`` is among them), merge them, and work
    out the SLA clocks. Never raises ``AlertmanagerError``: the error is returned in
    ``OneShot.error``.

    Args:
        client: the client(s) to use (default: opened from ``config``, with the credentials
            from ``store``, by default the system keyring).
        starts: gives, for the poll and its time, the starts already taken of alerts whose
            ``startsAt`` is not their start (``journal_common.journal_starts``: the shift
            journal's, so that this run takes the start the tray took; review 54 K3).
        on_call: the engineer on call (``journal_common.on_call``): only an acknowledgement by
            the rule stops a response clock (``sla.Acknowledgements``; review 59 U1).
    """
    from ..connect import connect

    own = client is None
    if own:
        try:
            client = connect(config, store)
        except AlertmanagerError as exc:
            return OneShot(config.alertmanager_url, None, None, exc)
    cluster = ClusterClient([client]) if isinstance(client, AlertmanagerClient) else client
    try:
        polled = cluster.poll(config.alert_query(), want_status=True)
    finally:
        if own:
            cluster.close()
    if polled.alerts is None:
        return OneShot(config.alertmanager_url, None, None, polled.error, members=polled.members, aliases=polled.aliases)
    status, alerts, silences = polled.status, polled.alerts, polled.silences
    severity_map = SeverityMap(config.severity_synonyms)
    tracker, now = AlertTracker(severity_map), dt.datetime.now(dt.timezone.utc)
    if starts is not None:
        tracker.carry_starts(starts(polled, now))
    snapshot = tracker.update(alerts, now).snapshot
    clocks = clocks_for(snapshot.alerts.values(), snapshot.severities, silences, snapshot.fetched_at,
                        config.sla_policy(), on_call=on_call)
    answered = next((m.url for m in polled.members if m.ok), config.alertmanager_url)
    return OneShot(answered, status, snapshot, None, {s.id: s for s in silences}, clocks, polled.members,
                   polled.unreadable, holders=polled.listed_by,
                   inhibited=None if polled.inhibited is None else tuple(polled.inhibited),
                   inhibited_severities={a.fingerprint: severity_map.of(a) for a in polled.inhibited or ()},
                   on_call=on_call, aliases=polled.aliases)


def render_text(result: OneShot, tr: Translate, now: dt.datetime | None = None) -> str:
    """Human-readable status: a header line, then one line per alert, worst first."""
    now = now or dt.datetime.now(dt.timezone.utc)
    snapshot = result.snapshot
    version = result.status.version if result.status else "?"
    lines = [tr("status", "Alertmanager %1 (version %2)").replace("%1", result.url).replace("%2", visible(version))]
    apart = not_one_cluster(result.members)
    if len(result.members) > 1:  # every member named, not the first that answered only (review 13)
        # not "Cluster of 2 members" above "These Alertmanagers are not one cluster" (review 41 F14)
        text = tr("status", "%1 Alertmanagers: %2") if apart else tr("status", "Cluster of %1 members: %2")
        lines.append(text.replace("%1", str(len(result.members))).replace(
            "%2", ", ".join(member.url for member in result.members)))
    for member in result.members:
        if not member.ok:
            lines.append(tr("status", "Cluster degraded: %1 does not answer: %2").replace(
                "%1", member.url).replace("%2", describe_error(member.error, tr)))
    lines += cluster_lines(apart, result.aliases, tr)
    if result.held_read and result.unanswered:  # the journal's copy of what they alone hold (review 53 K5)
        lines.append(unanswered_text(result.unanswered, tr, result.unknown))
    elif len(result.members) > 1 and not all(member.ok for member in result.members):  # (review 51 G1: a real
        # cluster does not share its alerts either)
        lines.append(tr("status", "The alerts only the members that do not answer hold are unknown: they are not "
                                  "listed below."))
    if snapshot is None:
        return "\n".join(lines)
    started = started_at(result, now)
    if started is not None:  # review 24: "No alert is firing." seconds after a restart, the tray keeping 12
        seconds = (now - started).total_seconds()
        # (review 34: "the alerts it held before" read as missing for a brand-new one)
        line = (tr("status", "Alertmanager started less than a minute ago: alerts it held before may be missing "
                             "until Prometheus sends them again (about a minute).") if seconds < 60 else
                tr("status", "Alertmanager started %1 ago: alerts it held before may be missing until "
                             "Prometheus sends them again.").replace("%1", lasted(seconds)))  # (review 36)
        if len(result.members) > 1:  # which member (review 52 H11)
            member = next(m.url for m in restarted_lately(result.members, now, result.known_starts)
                          if m.status.uptime == started)
            line = tr("status", "%1: %2").replace("%1", member).replace("%2", line)
        lines.append(line)
    if result.unreadable:
        lines.append(visible(unreadable_text(result.unreadable, tr)))
    alerts = snapshot.ordered()
    # what inhibits them is listed; that it inhibits them, here (Q6)
    behind = [visible(line) for line in inhibited_lines(result.inhibited or (), snapshot.alerts,
                                                         lambda a: result.inhibited_severities[a.fingerprint], tr)]
    if not alerts:  # not an all-clear while a restarted Alertmanager may not hold its alerts yet (review 26)
        lines.append(tr("status", "No alert listed yet.") if started is not None else tr("status", "No alert is firing."))
        return "\n".join(lines + behind)
    counts: dict[Severity, int] = {}
    for severity in snapshot.severities.values():
        counts[severity] = counts.get(severity, 0) + 1
    parts = count_line(counts, tr)
    lines.append(tr("status", "Alerts: %1 (%2)").replace("%1", str(len(alerts))).replace("%2", parts))
    lines += behind
    acked = tr("status", "acknowledged")
    firing = tr("status", "firing")
    # acknowledged, its silence gone since (expired, or lost by Alertmanager): review 32
    responded = tr("status", "firing, responded")
    muted = tr("status", "muted")  # silenced by no acknowledgement of it (review 38), as its clock says (62 Y15)
    silences = list(result.silences.values())
    rows, telling = [], telling_all(alerts)
    for alert in alerts:
        clock = result.clocks.get(alert.fingerprint)
        acknowledged = acknowledgement(alert, silences, result.on_call) is not None and not (clock and clock.paused)
        state = (acked if acknowledged else muted) if alert.silenced else \
            responded if clock is not None and clock.responded else firing
        if alert.silenced and alert.inhibited:  # listed as the others silenced (an inhibited one alone is not)
            state = tr("status", "%1, inhibited").replace("%1", state)
        if alert.fingerprint in result.unknown:
            state = _last_seen(state, alert.fingerprint, result, tr, now)
        rows.append((alert.fingerprint, severity_word(snapshot.severities[alert.fingerprint], tr).upper(),
                     alert.display_name, state, format_age(alert.starts_at, now),
                     escalation_cell(clock, result.escalated.get(alert.fingerprint, L1), tr,
                                     alert.fingerprint in result.answered),
                     sla_text(clock, tr, escalated_resolve_by(result, alert.fingerprint), now) if clock else "",
                     where_cell(alert.labels.get("instance") or alert.labels.get("service", ""),
                                telling.get(alert.fingerprint, "")), alert.summary))
        rows[-1] = tuple(visible(cell) for cell in rows[-1])  # one line each, nothing for the terminal
    lines += table(rows, _COLUMNS)
    return "\n".join(lines)


def escalation_cell(clock: SlaClock | None, done: str, tr: Translate, answered: bool = False) -> str:
    """The escalation column: the level due ("L1", "L2", "L3"), or once the engineer recorded
    one, ``core.escalation.escalation_words`` ("escalated to L2; escalation due: L3"), with
    "(answered)" once that level's answer was recorded."""
    if clock is None:
        return ""
    if done == L1:
        return clock.escalation
    return escalation_words(clock.escalation, done, tr, answered=answered)


#: ``status`` columns: (widest, right-aligned); None: as wide as the widest value. The last
#: column (the summary) is never padded, only cut. The SLA clocks are never cut.
_COLUMNS = ((None, False), (None, False), (32, False), (None, False), (None, True), (None, False),
            (None, False), (40, False), (120, False))


def where_cell(place: str, told: str, width: int = 40) -> str:
    """The instance column: ``place`` and, after " · ", ``told``, what tells the alert from another
    of its name and place; too long for ``width``, the place is cut, not what tells it apart
    (review 36: "pod=api-1, na…" lost the namespace)."""
    cell = told_place(place, told)
    if len(cell) <= width or not told or len(told) > width - 8:
        return cell
    return place[:width - len(told) - 4] + "… · " + told


def fit(text: str, width: int, right: bool = False) -> str:
    """``text`` padded to ``width`` characters, or cut to that width ending in "…"."""
    if len(text) > width:
        return text[:width - 1] + "…"
    return text.rjust(width) if right else text.ljust(width)


def table(rows: list[tuple[str, ...]], columns: tuple[tuple[int | None, bool], ...]) -> list[str]:
    """Rows as aligned lines, two spaces between columns: each column as wide as its widest
    value, at most its limit (longer values cut with "…"); empty columns left out; the last
    column cut but not padded. Full values are in ``--json``."""
    widths = [min(max(len(row[i]) for row in rows), limit or 10**6) for i, (limit, _r) in enumerate(columns)]
    lines = []
    for row in rows:
        cells = [fit(cell, width, right) if i < len(row) - 1 else fit(cell, width)
                 for i, (cell, width, (_l, right)) in enumerate(zip(row, widths, columns)) if width]
        lines.append("  ".join(cells).rstrip())
    return lines


def sla_text(clock: SlaClock, tr: Translate, level_resolve_by: dt.datetime | None = None,
             now: dt.datetime | None = None) -> str:
    """The clocks in words: "respond in 3m, resolve in 13m", "response overdue 2m", ... (the
    response part is left out once acknowledged in time; acknowledged late it says how late; a
    part without a target always). A warning's second target is the guide's investigation
    (``sla.second_target``): "investigate in 12m", "investigation overdue 3m" (review 55 M4).
    With ``level_resolve_by`` (``escalated_resolve_by``), L2's resolution counted to ``now``
    (UTC): "L2: resolve in 9m", "L2: resolution overdue 1m" (fresh-user review M10)."""
    parts = []
    remaining = clock.respond_remaining_s
    if remaining is not None and clock.paused:  # a silence that is no acknowledgement (review 59 U1)
        parts.append(tr("status", "response silenced, not acknowledged"))
    elif remaining is not None and not clock.responded:
        text = tr("status", "respond in %1") if remaining >= 0 else tr("status", "response overdue %1")
        parts.append(text.replace("%1", format_span(remaining)))
    elif remaining is not None and clock.response_missed:
        parts.append(tr("status", "acknowledged %1 late").replace("%1", format_span(remaining)))
    remaining = clock.resolve_remaining_s
    if remaining is not None:
        if second_target(clock.severity) == "investigate":
            text = tr("status", "investigate in %1") if remaining >= 0 else tr("status", "investigation overdue %1")
        else:
            text = tr("status", "resolve in %1") if remaining >= 0 else tr("status", "resolution overdue %1")
        parts.append(text.replace("%1", format_span(remaining)))
    if level_resolve_by is not None and now is not None:
        remaining = (level_resolve_by - now).total_seconds()
        text = tr("status", "L2: resolve in %1") if remaining >= 0 else tr("status", "L2: resolution overdue %1")
        parts.append(text.replace("%1", format_span(remaining)))
    return ", ".join(parts)
