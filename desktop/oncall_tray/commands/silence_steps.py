"""The steps the commands that silence share (``ack``, ``silence add``, ``silence extend``):
the guide's problems, its confirmation for critical alerts, sending a new silence. No Qt."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Container, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from ..alertmanager.client import AlertmanagerClient
from ..alertmanager.errors import AlertmanagerError
from ..alertmanager.cluster import members_down, not_one_cluster
from ..alertmanager.cluster_poll import ClusterPoll
from ..alertmanager.matchers import format_matcher
from ..alertmanager.merge import as_held_at
from ..alertmanager.models import Alert, Matcher, PostableSilence, Silence
from ..config import Config, LoadedConfig
from ..connect import describe_error
from ..core.alert_order import named, telling_all, told_place, where
from ..core.durations import format_duration, format_duration_rounded
from ..core.names import name_list
from ..core.severity import SeverityMap
from ..silence_holders import not_reached, nothing_sent, where_held
from ..core.silencing import Problem, SeverityOf, critical_alerts, needs_confirmation, preview, validate
from ..i18n import Translate
from ..terminal_text import visible
from .common import EXIT_OK, EXIT_UNREACHABLE, EXIT_USAGE, confirm, error, out, sending
from .restart_kept import Kept

if TYPE_CHECKING:
    from ..core.handoff_unknown import Held
    from ..core.journal_seen import LastSeen


def refuse(problems: list[Problem], tr: Translate) -> int:
    """Print each problem on its own line, the last one followed by "Nothing was sent to
    Alertmanager." (one line for one problem), and return exit code 1."""
    lines = [problem.text(tr) for problem in problems]
    sent = tr("cli", "Nothing was sent to Alertmanager.")
    lines[-1:] = [f"{lines[-1]} {sent}" if lines else sent]
    for line in lines:
        error(line)
    return EXIT_USAGE


def severity_of(config: Config) -> SeverityOf:
    """The configured mapping from an alert to its severity."""
    return SeverityMap(config.severity_synonyms).of


def critical_question(critical: list[Alert], duration: dt.timedelta, tr: Translate,
                      extending: str | None = None) -> str:
    """The guide's confirmation: critical alerts silenced beyond the investigation window.

    Args:
        critical: the critical alerts the silence covers.
        duration: the silence's whole length (``endsAt - startsAt``; for an extension, with it).
        extending: the ID of the silence being extended; None for a new silence.
    """
    names = critical_names(critical, tr)
    if extending is None:
        text = tr("cli", "This silences critical alerts for %1, longer than the 15-minute investigation window "
                         "(the guide: never silence a critical alert without investigating): %2")
    else:
        text = tr("cli", "With this extension, silence %3 keeps critical alerts silenced for %1 in all, longer than "
                         "the 15-minute investigation window (the guide: never silence a critical alert without "
                         "investigating): %2").replace("%3", extending)
    # a new silence's length is the one typed; an extended one's is computed (to the minute)
    shown = format_duration(duration, dt.timedelta(seconds=1)) if extending is None else format_duration_rounded(duration)
    return text.replace("%1", shown).replace("%2", names)


#: How many critical alerts the confirmation names one by one, with where each fires; the others
#: are counted ("and 47 more"; review 68 AF7).
INSTANCES_SHOWN = 3


def critical_names(critical: Sequence[Alert], tr: Translate, shown: int = INSTANCES_SHOWN,
                   label: Callable[[Alert, str], str] | None = None) -> str:
    """``critical`` named for the confirmation: up to ``shown`` of them on one line, each with
    where it fires and what tells it apart ("APIDown (backend / 10.0.0.7:3001)"), sorted; more of them
    folded as the Silence dialog and the notices fold them ("PodCrashLooping ×50":
    ``core.names.name_list``), then ``shown`` of them on lines of their own and "and N more"
    (review 68 AF7: 50 "PodCrashLooping (fingerprint)" on one 2,000-character line, the pods not
    named, the question lost below). ``silence list`` names the alerts a silence covers so too
    (fresh-user review 69 AI3), ``label`` naming each from the alert and its place ("backend /
    10.0.0.7:3001 · pod=api-1") as it lists them. Lines apart by "\\n", made safe for a
    terminal (``visible``)."""
    told = telling_all(critical)
    label = label or (lambda alert, place: named(alert.display_name or "?", place))
    each = sorted(visible(label(a, told_place(where(a), told.get(a.fingerprint, ""))))
                  for a in critical)  # in the order of their names and places: api-00, api-01…
    if len(each) <= shown:
        return ", ".join(each)
    more = tr("cli", "and %1 more").replace("%1", str(len(each) - shown))
    return "\n".join([visible(name_list(a.display_name or "?" for a in critical)), *(f"  {n}" for n in each[:shown]),
                      f"  {more}"])


def from_now(draft: PostableSilence, now: dt.datetime) -> PostableSilence:
    """``draft`` as it is sent at ``now`` (UTC): one that starts at once keeps its whole
    duration from ``now`` (review 42 F4: 25 s at the confirmation question made a 1-hour
    acknowledgement 59:31); one that starts later is left as it is."""
    if draft.starts_at > now:
        return draft
    return draft.replace(starts_at=now, ends_at=now + draft.duration)


def send_new_silence(client: AlertmanagerClient, draft: PostableSilence, alerts: list[Alert],
                     config: Config, tr: Translate, assume_yes: bool,
                     created: Callable[[str, str], None] | None = None, held: Sequence[Alert] = (),
                     unanswered: Sequence[str] = (), members: Sequence[str] = ()) -> int:
    """The last steps of ``ack`` and ``silence add``: the guide's rules against the current
    alerts, the confirmation for a critical alert, then the silence; prints its ID.

    A silence that matches none of ``alerts`` (``core.silencing.preview``, what ``silence list``
    shows as its covers) is created all the same, since one for planned maintenance may rightly
    match nothing yet, but a warning on stderr names its matchers: a typo or a wrongly quoted
    value would otherwise leave the engineer believing the alert silenced (fresh-user review).

    Args:
        alerts: the alerts firing now, as the settings ask for them (``Config.alert_query``).
        held, unanswered: the alerts only members that do not answer may hold, as the shift
            journal last saw them (``last_seen``), and those members' URLs: asked about as
            critical alerts as well, and a silence that matches only some of them is said to
            (review 56 P8: "check the matchers" for right matchers).
        assume_yes: ``--yes``: confirm silencing a critical alert beyond the 15-minute window.
        created: called with the new silence's ID and the base URL of the member that made it
            ("" for the first that accepted it) once Alertmanager created it (to journal it).
        members: the members to make it on, each (base URLs: those that hold the alert, of
            Alertmanagers that are not one cluster, ``ClusterClient.on_each``); stderr names them.
            Empty: the first member that accepts it. An ID is printed for each silence made.
    Returns:
        the exit code: 0 created, 1 refused or not confirmed (nothing sent).
    Raises:
        AlertmanagerError: creating the silence fails. Cancelled: Ctrl-C at the question, or
            while the silence was sent (said: it may exist).
    """
    problems = validate(draft, alerts)
    if problems:
        return refuse(problems, tr)
    of = severity_of(config)
    if needs_confirmation(draft, [*alerts, *held], of):
        question = critical_question(critical_alerts(draft.matchers, [*alerts, *held], of), draft.duration, tr)
        if not confirm(question, tr, assume_yes):
            return EXIT_USAGE
    draft = from_now(draft, dt.datetime.now(dt.timezone.utc))
    with sending(tr("cli", "Interrupted: unknown whether the silence was created (its request was sent). Look "
                           "with 'oncall-tray silence list' before trying again.")):
        made, missed = client.create_silence_on(members, draft) if members else (
            [("", client.create_silence(draft))], [])
    for url, silence_id in made:
        out(silence_id)
        if created is not None:
            created(silence_id, url)  # read back where it was made (review 61 X6: another has no such silence)
    if members:
        _say_where([url for url, _id in made], missed, tr)
    known = [] if preview(draft.matchers, alerts) else preview(draft.matchers, held)
    if known:
        names = ", ".join(dict.fromkeys(alert.alertname for alert in known))
        text = tr("cli", "warning: this silence matches %1 as last seen on Alertmanager %2, which does not answer") \
            if len(unanswered) == 1 else \
            tr("cli", "warning: this silence matches %1 as last seen on Alertmanagers %2, which do not answer")
        error(text.replace("%1", names).replace("%2", ", ".join(unanswered)))
    elif not preview(draft.matchers, [*alerts, *held]):
        error(tr("cli", "warning: this silence matches no alert firing now; check the matchers: %1")
              .replace("%1", " ".join(format_matcher(m) for m in draft.matchers)))
    return EXIT_OK


def _say_where(made: Sequence[str], missed: Sequence[tuple[str, AlertmanagerError]], tr: Translate) -> None:
    """Say on stderr where a silence sent to the members holding its alert was made (``made``,
    base URLs) and where it was not (``missed``, with each one's error)."""
    text = tr("cli", "Sent to Alertmanager %1, which holds the alert: these Alertmanagers are not one cluster, a "
                     "silence stays where it is made.") if len(made) == 1 else tr(
        "cli", "Sent to Alertmanagers %1, which hold the alert: these Alertmanagers are not one cluster, a silence "
               "stays where it is made.")
    error(text.replace("%1", ", ".join(made)))
    for url, exc in missed:
        error(tr("cli", "Not sent to Alertmanager %1, which holds it too: %2. The alert still fires there.").replace(
            "%1", url).replace("%2", describe_error(exc, tr)))


def where_new(loaded: LoadedConfig, polled: ClusterPoll, matchers: Sequence[Matcher],
              tr: Translate, kept: Kept | None = None) -> tuple[tuple[str, ...], str, bool]:
    """Where a new silence of ``matchers`` goes when the members of ``polled`` are not one
    cluster, by the rule the Silence dialog and ``ack`` follow (``silence_holders.
    where_held``; review 62 Y8: ``silence add`` made a silence of an alert only a member down
    held on another, where it muted nothing): the members answering that hold what it matches
    (base URLs; () for one cluster: the first that accepts it), what to say of the alerts it
    matches that members not answering hold (as the shift journal last saw them; "" when
    none), and True when no alert it matches is held by a member that answers: refused, nothing
    to send (the text then says why). ``kept``: the alerts restarted members lack within their
    grace (``restart_kept``), held by those members."""
    if not not_one_cluster(polled.members):
        return (), "", False
    down = members_down(polled.members)
    held = held_of(loaded, polled.alerts, down)
    kept = kept or Kept()
    matched = preview(matchers, [*polled.alerts, *kept.alerts.values(), *held.alerts.values()])
    return where_alerts(matched, {**polled.listed_by, **kept.members, **held.members}, down, tr)


def where_alerts(matched: Sequence[Alert], holders: Mapping[str, Sequence[str]], down: Sequence[str],
                 tr: Translate) -> tuple[tuple[str, ...], str, bool]:
    """``where_new``'s answer for the alerts ``matched`` (members not one cluster): ``holders``,
    each alert's members (fingerprint -> base URLs: those listing it, inhibited too, those kept
    through a restart, those not answering as last seen); ``down``, the members not answering.
    ``ack`` asks it for the one alert it acknowledges, as the tray's Acknowledge does (code review
    64 K3: by the silence's matchers an inhibited alert's went to a member holding other alerts,
    and a pod's to the member holding another pod's)."""
    members, left = where_held([a.fingerprint for a in matched], holders, down)
    if not left:
        return members, "", False
    told = telling_all(matched)
    by_fp = {a.fingerprint: a for a in matched}
    named_left = [(named(by_fp[fp].display_name, told_place(where(by_fp[fp]), told.get(fp, ""))), urls, only)
                  for fp, urls, only in left]
    if all(only for _fp, _urls, only in left) and len(left) == len(matched):
        return (), tr("cli", "Not created: %1").replace("%1", nothing_sent(named_left, tr)), True
    return members, not_reached(named_left, tr), False


def last_seen(loaded: LoadedConfig, alerts: Iterable[Alert], unanswered: Sequence[str]) -> list[Alert]:
    """The alerts the shift journal last saw firing on this Alertmanager that ``alerts`` (a
    poll that the members ``unanswered``, URLs, did not answer) lack: those members may hold
    them alone (``handoff_unknown.held_alerts``, as ``status`` lists them, review 53 K5). None
    when every member answered, or without a journal that follows this Alertmanager, or one
    that cannot be read (the plain warning is then given)."""
    return list(held_of(loaded, alerts, unanswered).alerts.values())


def held_of(loaded: LoadedConfig, alerts: Iterable[Alert], unanswered: Sequence[str]) -> Held:
    """``last_seen``'s alerts with the members that hold each (``handoff_unknown.Held``; empty
    where ``last_seen`` gives none): ``ack`` finds them by the fingerprint ``status`` shows."""
    from ..core.handoff_unknown import Held, held_alerts
    from ..core.journal import Journal, JournalError
    from ..core.journal_file import present
    from .status import follows

    path = loaded.journal_file()
    if not unanswered or not present(path):
        return Held()
    try:
        journal = Journal.open(path, read_only=True)
        try:
            present_now = {alert.fingerprint for alert in alerts}
            if not follows(journal, loaded):
                return Held()
            return held_alerts(journal, loaded.config.watched(), present_now, unanswered)
        finally:
            journal.close()
    except JournalError:
        return Held()


def seen_holding(loaded: LoadedConfig, silence_id: str, down: Sequence[str]) -> tuple[str, ...] | None:
    """Of ``down`` (base URLs of the members not answering), those the shift journal last saw
    holding the silence ``silence_id``: the members that listed the alerts it muted (every one
    of ``down`` when it muted none whose members are known); None when the journal did not see
    it (or cannot be read, or follows another Alertmanager). For ``silence expire`` and
    ``extend`` of a silence no member answering holds: which member down holds it."""
    seen = journal_seen(loaded) if down else None
    if seen is None or silence_id not in seen.silences:
        return None
    return _holding(seen, silence_id, down)


def down_silences(loaded: LoadedConfig, down: Sequence[str], known: Container[str],
                  now: dt.datetime | None = None) -> list[tuple[Silence, tuple[str, ...]]]:
    """The silences the shift journal last saw that are not in ``known`` (IDs of those the
    members answering hold), each with the members of ``down`` (base URLs) that hold it as
    ``seen_holding`` tells; none when ``down`` is empty or the journal did not see them. For
    ``silence list`` of Alertmanagers that are not one cluster (review 62 Y1: a member down's
    silences were left out without a word). Each as its member would list it at ``now`` (aware
    UTC; default now): expired once its end passed, the tray's rule (``merge.as_held_at``,
    review 62 Y14; code review 63A CA2: listed "active" past its end)."""
    seen = journal_seen(loaded) if down else None
    if seen is None:
        return []
    kept = [silence for i, silence in seen.silences.items() if i not in known]
    _alerts, kept = as_held_at((), kept, now or dt.datetime.now(dt.timezone.utc))
    return [(silence, _holding(seen, silence.id, down)) for silence in kept]


def _holding(seen: LastSeen, silence_id: str, down: Sequence[str]) -> tuple[str, ...]:
    """Of ``down``, the members ``seen`` has listing the alerts the silence muted; all of them
    when it muted none whose members are known."""
    from ..config_urls import url_identity

    held = {url_identity(url) for alert in seen.alerts if silence_id in alert.status.silenced_by
            for url in seen.members.get(alert.fingerprint, ())}
    return tuple(url for url in down if url_identity(url) in held) or tuple(down)


def journal_seen(loaded: LoadedConfig) -> LastSeen | None:
    """What the shift journal last saw on the settings' Alertmanager (``journal_seen.last_seen``:
    alerts, their members, silences); None without a journal, one that cannot be read, or one
    that follows another Alertmanager."""
    from ..core.journal import Journal, JournalError
    from ..core.journal_file import present
    from ..core.journal_seen import last_seen as journal_last_seen
    from .status import follows

    path = loaded.journal_file()
    if not present(path):
        return None
    try:
        journal = Journal.open(path, read_only=True)
        try:
            return journal_last_seen(journal, loaded.config.watched()) if follows(journal, loaded) else None
        finally:
            journal.close()
    except JournalError:
        return None
