"""``oncall-tray status [--json]``: one poll of Alertmanager, printed as text or JSON (no Qt)."""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..alertmanager.client import AlertmanagerClient
from ..alertmanager.cluster import ClusterClient, ClusterPoll, MemberResult, not_one_cluster
from ..alertmanager.errors import AlertmanagerError
from ..alertmanager.models import Alert, Silence, Status
from ..config import Config, LoadedConfig
from ..core.severity import Severity, SeverityMap
from ..core.sla import SlaClock, SlaPolicy, clocks_for
from ..core.journal_starts import Starts
from ..core.made_for import marked
from ..core.tracker import AlertSnapshot, AlertTracker
from ..i18n import Translate
from ..member_starts import known_of
from .restart_kept import kept_in
from .common import (EXIT_OK, EXIT_UNREACHABLE, credentials_hint, error, failure_line, keyring_of, out, out_json,
                     tr_for, warn_problems)
from .status_json import render_json
from .status_text import render_text

if TYPE_CHECKING:
    from ..core.journal import Journal


def register(sub, tr: Translate) -> None:
    """Add the ``status`` subcommand, with help in ``tr``'s language."""
    parser = sub.add_parser("status", help=tr("cli_help", "poll once and print the alerts, worst first"), description=tr(
        "cli_help", "Poll Alertmanager once and print its alerts, worst first, with each one's SLA clocks and "
                    "escalation level (--json: the same as JSON). Exit 0; 2 when Alertmanager cannot be reached or "
                    "refuses, with the reason on standard error (\"alerts\": null in the JSON); 1 for a usage "
                    "error."))
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
    unreadable_silences: tuple[str, ...] = ()  # set aside: not silences of the API's shape (review 65 T10)
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
    polled: ClusterPoll | None = None  # the poll itself (None: failed)
    # kept through the restart of members that restarted lately, as the shift journal last saw
    # them (``restart_kept.kept_of``, as the tray and ``ack`` keep them): fingerprint -> those members
    kept: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    @property
    def unanswered(self) -> tuple[str, ...]:
        """The URLs of the members that did not answer a poll others answered; () otherwise."""
        if self.error is not None:
            return ()
        return tuple(member.url for member in self.members if not member.ok)


def follows(journal: Journal, loaded: LoadedConfig) -> bool:
    """Whether the shift journal follows the Alertmanager this run polls: the settings' (a
    changed setting is followed, as the tray follows it), or one given with ``--alertmanager``
    that is the one the journal last looked at, every member of it (or it looked at none yet;
    ``follows_alertmanager``: some members of its cluster are not it, review 68 AF8). False for another
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
    review 29), the alerts members not answering hold as last seen (review 53 K5), and those
    members that restarted lately do not list again yet, kept through their restart as the tray
    and ``ack`` keep them (``restart_kept.kept_of``, at the poll's time: ``OneShot.kept``).
    ``result`` as it is when there is no journal or it cannot be read (nothing is created). An old
    build's note drafts are moved, as by every command that opens the journal it follows
    (``journal_common.moved_old_drafts``), also when the poll failed."""
    from ..core.handoff_unknown import Held, held_alerts
    from ..core.journal import Journal, JournalError
    from ..core.journal_file import present
    from ..core.journal_seen import when_answered
    from ..core.made_for import made_for
    from ..core.shifts import recorded_responses
    from .journal_common import moved_old_drafts

    path, snapshot = loaded.journal_file(), result.snapshot
    if not present(path):
        return result
    held, last_answers = Held(), {}  # (held: muted by none of the silences ended by the poll; review 62 Y15)
    try:
        journal = Journal.open(path, read_only=True)  # never set aside here (review 57 S10)
        try:
            if journal.unreadable is not None and snapshot is not None:  # what cannot be read, and how to repair it
                error(journal.unreadable.message(tr_for(loaded)))
            moved_old_drafts(journal, loaded, tr_for(loaded))  # as the tray at its start (code review 80 AU2)
            if snapshot is None or not follows(journal, loaded):  # another Alertmanager's alerts: not what
                return result  # the journal holds
            recorded = recorded_responses(journal)
            acknowledged, made = recorded.acknowledged_at, made_for(journal)
            known = started_known(journal, result.members)
            if result.unanswered:  # review 53 K5: listed, as the tray and the handoff list them
                held = held_alerts(journal, loaded.config.watched(), snapshot.alerts, result.unanswered,
                                   () if not_one_cluster(result.members) else result.silences.values(),
                                   snapshot.fetched_at, result.silences)
                last_answers = when_answered(journal, loaded.config.watched())
            kept = kept_in(journal, loaded.config.watched(), result, [*held.alerts.values(), *(result.inhibited or ())], known)
        finally:
            journal.close()
    except JournalError as exc:  # review 45 F4: shown less, without a word
        if snapshot is None:  # nothing shown from it anyway: the poll's failure is what is said
            return result
        tr = tr_for(loaded)
        error(exc.text(tr) + " " + tr("cli", "The escalations and acknowledgements it recorded are not shown."))
        return result
    clocks, policy = result.clocks, loaded.config.sla_policy()
    # the held alerts' silences as last seen, unless answered; with the alert each dialog made one for
    silences = marked({**held.silences, **result.silences}, made)
    added = {**held.alerts, **kept.alerts}
    if added:  # the severities from their labels, as for the others
        tracker = AlertTracker(SeverityMap(loaded.config.severity_synonyms))
        snapshot = tracker.update([*snapshot.alerts.values(), *added.values()], snapshot.fetched_at).snapshot
    if added or made or any(fp in snapshot.alerts for fp in acknowledged):  # only then can a clock differ from poll_once's
        clocks = clocks_for(snapshot.alerts.values(), snapshot.severities, silences.values(),
                            snapshot.fetched_at, policy, acknowledged, result.on_call)
    return dataclasses.replace(result, snapshot=snapshot, escalated=recorded.escalated, answered=recorded.answered_at,
                               escalated_at=recorded.escalated_at, policy=policy, clocks=clocks,
                               unknown=held.members, silences=silences, known_starts=known,
                               held_read=bool(result.unanswered), last_answers=last_answers, kept=kept.members)


def poll_once(config: Config, client: AlertmanagerClient | ClusterClient | None = None,
              store=None, starts: Callable[[ClusterPoll, dt.datetime], Starts] | None = None,
              on_call: str = "", made: Mapping[str, str] | None = None) -> OneShot:
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
        made: silence ID -> the alert whose *Silence…* dialog made it, as the shift journal
            recorded it (``core.made_for``): it acknowledges that alert however widened (note 44).
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
    status, alerts = polled.status, polled.alerts
    silences = list(marked({s.id: s for s in polled.silences}, made or {}).values())
    severity_map = SeverityMap(config.severity_synonyms)
    tracker, now = AlertTracker(severity_map), dt.datetime.now(dt.timezone.utc)
    if starts is not None:
        tracker.carry_starts(starts(polled, now))
    snapshot = tracker.update(alerts, now).snapshot
    clocks = clocks_for(snapshot.alerts.values(), snapshot.severities, silences, snapshot.fetched_at,
                        config.sla_policy(), on_call=on_call)
    answered = next((m.url for m in polled.members if m.ok), config.alertmanager_url)
    return OneShot(answered, status, snapshot, None, {s.id: s for s in silences}, clocks, polled.members,
                   polled.unreadable, unreadable_silences=polled.unreadable_silences, holders=polled.listed_by,
                   inhibited=None if polled.inhibited is None else tuple(polled.inhibited),
                   inhibited_severities={a.fingerprint: severity_map.of(a) for a in polled.inhibited or ()},
                   on_call=on_call, aliases=polled.aliases, polled=polled)
