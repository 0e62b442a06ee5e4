"""``oncall-tray silence add|list|expire|extend``: the guide's amtool commands, with its rules
checked before anything is sent. No Qt. ``list`` lives in ``silence_list``."""

from __future__ import annotations

import argparse
import datetime as dt
import re
from collections.abc import Sequence

from ..alertmanager.cluster import MemberResult, members_down, not_one_cluster
from ..alertmanager.errors import AlertmanagerError, NotFound
from ..alertmanager.holders import extend_on_holders, on_holders
from ..alertmanager.matchers import MatcherSyntaxError, format_matcher, parse_matcher, split_matchers
from ..alertmanager.models import Alert, Silence, is_silence_id
from ..config import Config, LoadedConfig
from ..core.durations import format_duration
from ..core.journal_schema import EventKind
from ..core.lookup import AmbiguousSilenceId, PrefixTooShort, SilenceNotFound, find_silence
from ..core.silence_changes import changed_version, how_it_stands
from ..core.silencing import (
    ACK_WINDOW,
    critical_alerts,
    extension,
    extension_needs_confirmation,
    new_silence,
    preview,
    validate,
    validate_extension,
)
from ..silence_holders import change_outcome, holder_down, made_where, maybe_done, not_taken, refused
from ..core.silence_problems import Problem, ProblemCode
from ..i18n import Message, Translate
from . import silence_list
from .common import EXIT_OK, EXIT_UNREACHABLE, EXIT_USAGE, FirstAnswering, alertmanager_failed, confirm, duration_arg, error, \
    keyring_of, open_client, out, sending, tr_for, warn_problems
from .restart_kept import kept_through_restart
from .journal_common import journal_created, note_expire_asked, on_call, record_silence, withdraw_expire_asked
from .silence_steps import critical_question, last_seen, refuse, seen_holding, journal_seen, send_new_silence, \
    severity_of, where_new

#: What a silence ID or the start of one may hold: hex digits and the UUID's hyphens.
_ID_PREFIX = re.compile(r"[0-9a-fA-F-]+")


def register(sub, tr: Translate) -> None:
    """Add the ``silence`` subcommand and its actions, with help in ``tr``'s language."""
    parser = sub.add_parser("silence", help=tr("cli_help", "add, list, expire or extend silences"))
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)

    add = actions.add_parser("add", help=tr("cli_help", "silence the alerts that match; prints the silence ID"))
    add.add_argument("matchers", nargs="+", metavar="MATCHER",
                     help=tr("cli_help", 'Alertmanager matchers: alertname="APIDown", instance=~".*backend.*" '
                                         '(a regex matches the whole value), env!="dev". Inside the quotes, '
                                         '\\" is a double quote, \\\\ a backslash, and a character that shows '
                                         'nothing or is a control character is written as oncall-tray shows it: '
                                         '\\u00ad (a soft hyphen), \\U000e0041, \\t, \\n'))
    add.add_argument("--duration", required=True, help=tr("cli_help", "how long: 15m (investigation), 1h "
                                                                      "(maintenance), 24h at most"))
    add.add_argument("--comment", default="", help=tr("cli_help", "why (required)"))
    add.add_argument("--author", help=tr("cli_help", "who silences (default: the engineer of the open shift, else the engineer setting)"))
    add.add_argument("--yes", action="store_true",
                     help=tr("cli_help", "confirm silencing a critical alert for longer than 15 minutes without "
                                         "asking"))
    add.set_defaults(handler=run_add)

    silence_list.register(actions, tr)

    expire = actions.add_parser("expire", help=tr("cli_help", "end a silence now"))
    expire.add_argument("id", help=tr("cli_help", "the silence ID or its first 8 or more characters "
                                                  "(oncall-tray silence list)"))
    expire.add_argument("--yes", action="store_true",
                        help=tr("cli_help", "confirm expiring a silence someone else created without asking"))
    expire.set_defaults(handler=run_expire)

    extend = actions.add_parser("extend", help=tr("cli_help", "push a silence's end further, keeping its ID"))
    extend.add_argument("id", help=tr("cli_help", "the silence ID or its first 8 or more characters "
                                                  "(oncall-tray silence list)"))
    extend.add_argument("--duration", default=format_duration(ACK_WINDOW),
                        help=tr("cli_help", "how much longer, from its end (or from now if sooner); default 15m; "
                                            "the silence may last at most 24h in all"))
    extend.add_argument("--yes", action="store_true",
                        help=tr("cli_help", "confirm keeping a critical alert silenced for longer than 15 minutes in "
                                            "all without asking"))
    extend.set_defaults(handler=run_extend)


def run_add(args: argparse.Namespace, loaded: LoadedConfig) -> int:
    """Parse and check the silence locally, then against the current alerts; confirm for a
    critical alert; create it and print its ID."""
    warn_problems(loaded)
    tr, config = tr_for(loaded), loaded.config
    matchers = []
    # each argument may hold several, as the filter box and Alertmanager's UI take them:
    # 'alertname="APIDown", env="prod"' or '{alertname="APIDown",env="prod"}'
    for text in [part for argument in args.matchers for part in split_matchers(argument)[0] or [argument]]:
        try:
            matchers.append(parse_matcher(text))
        except MatcherSyntaxError as exc:
            if exc.unsupported:  # in the same words as the silence dialog
                return refuse([Problem(ProblemCode.UNSUPPORTED_REGEX, "matchers", (text, *exc.unsupported))], tr)
            error(tr("cli", "Invalid matcher: %1").replace("%1", exc.message.text(tr)))
            return EXIT_USAGE
    duration = duration_arg(args.duration, tr)
    if duration is None:
        return EXIT_USAGE
    author = on_call(loaded) if args.author is None else args.author
    draft = new_silence(matchers, author, args.comment, dt.datetime.now(dt.timezone.utc), duration)
    problems = validate(draft)  # before talking to Alertmanager at all
    if problems:
        return refuse(problems, tr)
    with open_client(config, keyring_of(loaded)) as client:
        try:
            polled = client.polled(config.alert_query())
            unanswered = members_down(polled.members)
            held = last_seen(loaded, polled.alerts, unanswered)
            # what a restarted Alertmanager lacks within its grace is current, as in ack (review 61 W8)
            kept = kept_through_restart(loaded, client, polled, [*held, *(polled.inhibited or ())])
            alerts = [*polled.alerts, *kept.alerts.values()]
            # Alertmanagers that are not one cluster: to those that hold what it matches, as ack
            # and the Silence dialog (a silence stays where it is made; review 60 V10, 62 Y8)
            holding, left, refused = where_new(loaded, polled, draft.matchers, tr, kept)
            if refused:
                error(left)
                return EXIT_UNREACHABLE
            done = send_new_silence(client, draft, alerts, config, tr, args.yes,
                                    created=journal_created(loaded, client, author, tr),
                                    held=held, unanswered=unanswered, members=holding)
            if done == EXIT_OK and left:
                error(left)
            return done
        except AlertmanagerError as exc:
            return alertmanager_failed(exc, loaded, tr)


def run_expire(args: argparse.Namespace, loaded: LoadedConfig) -> int:
    """Expire the silence (its whole ID, or a unique prefix of at least 8 characters); exit 2
    with Alertmanager's message when it has no such silence. Someone else's (``createdBy``
    another than the engineer on call, ``on_call``) is expired only once confirmed, as the
    window asks first: ``--yes``, or the question on a terminal (review 38 F19). Alertmanagers
    that are not one cluster: expired on each member that holds it (``_holders``), each one
    that did not take it named (exit 2)."""
    warn_problems(loaded)
    tr, config = tr_for(loaded), loaded.config
    if not _check_id(args.id, tr):
        return EXIT_USAGE
    holders: tuple[str, ...] = ()  # of Alertmanagers that are not one cluster: the members holding it
    silence_id, down, asked = args.id, (), False  # and those not answering (one may hold it: said, not "no such silence")
    with open_client(config, keyring_of(loaded)) as client:
        try:
            silence_id = _whole_id(client, args.id, tr, loaded)
            if not isinstance(silence_id, str):  # not one: said why
                return silence_id
            holders, _alerts, down = _holders(client, config, silence_id)
            try:
                silence = _version(client, silence_id, holders)[0][1]
            except NotFound:
                silence = None  # the DELETE below says so in Alertmanager's own words
            if silence is not None and silence.status.state == "expired":  # nothing to do: say so rather than "expired"
                ended = silence_list.local_time(silence.ends_at, config.zone())
                out(tr("cli", "Silence %1 had already expired (at %2); nothing changed.").replace(
                    "%1", silence_id).replace("%2", ended))
                return EXIT_OK
            engineer = on_call(loaded) if silence is not None else ""
            if silence is not None and silence.created_by not in ("", engineer) and not confirm(
                    Message("cli", "Silence %1 was created by %2, not by %3: %4",
                            (silence_id, silence.created_by, engineer, silence.comment)).text(tr), tr, args.yes):
                return EXIT_USAGE
            note_expire_asked(loaded, silence_id, engineer or on_call(loaded), silence and silence.updated_at)  # first (code review 78 AR2)
            asked = True
            with sending(tr("cli", "Interrupted: unknown whether silence %1 was expired (its request was sent). "
                               "Look with 'oncall-tray silence list' before trying again.").replace("%1", silence_id)):
                everywhere = _said_where(on_holders(client.cluster, lambda c: c.expire_silence(silence_id), holders),
                                         holders, tr)
        except AlertmanagerError as exc:
            if asked and refused(exc):  # its note withdrawn (code review 79 AT7)
                withdraw_expire_asked(loaded, silence_id)
            return _failed(exc, holders, loaded, tr, silence_id, down, "expire" if asked else "")
    if silence is not None:
        record_silence(loaded, EventKind.SILENCE_EXPIRED, silence, engineer, tr)
    out(tr("cli", "Silence %1 expired.").replace("%1", silence_id))
    return EXIT_OK if everywhere else EXIT_UNREACHABLE


def run_extend(args: argparse.Namespace, loaded: LoadedConfig) -> int:
    """New end = max(now, current end) + duration, same ID. Refused (exit 1, nothing sent) on
    an expired silence or when the silence would last more than 24 h in all from its start
    (guide: never more than 24 h; ``core.silencing.validate_extension``). Over a current
    critical alert, a silence that would last more than the 15-minute investigation window in
    all needs confirmation, as ``silence add`` does: ``--yes``, or the question on a terminal
    (``core.silencing.extension_needs_confirmation``). Prints the ID, and the new end on stderr.
    Alertmanagers that are not one cluster: extended on each member that holds it, from that
    member's version (``_holders``), each one that did not take it named (exit 2)."""
    warn_problems(loaded)
    tr, config = tr_for(loaded), loaded.config
    by = duration_arg(args.duration, tr)
    if by is None or not _check_id(args.id, tr):
        return EXIT_USAGE
    holders: tuple[str, ...] = ()  # of Alertmanagers that are not one cluster: the members holding it
    silence_id, down = args.id, ()  # and those not answering (one may hold it: said, not "no such silence")
    with open_client(config, keyring_of(loaded)) as client:
        try:
            silence_id = _whole_id(client, args.id, tr, loaded)
            if not isinstance(silence_id, str):  # not one: said why
                return silence_id
            holders, alerts, down = _holders(client, config, silence_id)
            versions = _version(client, silence_id, holders)
            current = versions[0][1]
            now = dt.datetime.now(dt.timezone.utc)
            problems = validate_extension(current, now, by)
            if problems:
                return refuse(problems, tr)
            update = extension(current, now, by)
            alerts = client.alerts(config.alert_query()) if alerts is None else alerts
            of = severity_of(config)
            if extension_needs_confirmation(current, now, by, alerts, of):
                question = critical_question(critical_alerts(current.matchers, alerts, of), update.duration, tr,
                                             extending=current.id)
                if not confirm(question, tr, args.yes):
                    return EXIT_USAGE
                # while the engineer answered, someone expired or extended it (review 40 F1, F2), maybe
                # on another member of the cluster (review 41 F1)
                again = dt.datetime.now(dt.timezone.utc)
                changed = changed_version(current, [s for _url, s in client.silence_everywhere(silence_id)], again)
                if changed is not None:
                    error(tr("cli", "Silence %1 changed while you answered: %2. Nothing was sent.").replace(
                        "%1", silence_id).replace("%2", how_it_stands(changed, again, config.zone(), tr)))
                    return EXIT_USAGE
            with sending(tr("cli", "Interrupted: unknown whether silence %1 was extended (its request was sent). "
                               "Look with 'oncall-tray silence list' before trying again.").replace("%1", silence_id)):
                done = extend_on_holders(client.cluster, versions, lambda version: extension(version, now, by),
                                         holders)
                everywhere = _said_where(done, holders, tr)
                new_id = done[0][0][1]
            record_silence(loaded, EventKind.SILENCE_EXTENDED if new_id == silence_id else EventKind.SILENCE_CREATED,
                           lambda: client.silence_everywhere(new_id)[0][1], on_call(loaded), tr)
        except AlertmanagerError as exc:
            return _failed(exc, holders, loaded, tr, silence_id, down, "extend")
    out(new_id)
    if new_id != silence_id:
        error(tr("cli", "Alertmanager replaced the silence instead of updating it: the new ID is %1.")
              .replace("%1", new_id))
    error(tr("cli", "Silence %1 now ends at %2.").replace("%1", new_id)
          .replace("%2", silence_list.local_time(update.ends_at, config.zone())))
    return EXIT_OK if everywhere else EXIT_UNREACHABLE


def _holders(client: FirstAnswering, config: Config,
             silence_id: str) -> tuple[tuple[str, ...], list[Alert] | None, tuple[str, ...]]:
    """The members that hold the silence ``silence_id`` (base URLs) when the configured ones
    are not one cluster (``ClusterPoll.silence_holders``: a silence lives on the member it was
    made on, ``alertmanager.holders``), else (); the alerts of that poll (None when there was
    none: a single Alertmanager is its own cluster); and the members that did not answer it.
    Raises ``AlertmanagerError``."""
    if len(client.cluster.clients) < 2:
        return (), None, ()
    polled = client.polled(config.alert_query())
    held = polled.silence_holders.get(silence_id, ()) if not_one_cluster(polled.members) else ()
    return held, polled.alerts, _down_apart(polled.members)


def _down_apart(members: Sequence[MemberResult]) -> tuple[str, ...]:
    """The members (base URLs) that did not answer, when the members are not one cluster (one of
    them may be the only one holding a silence); () in one cluster: gossip gives the members
    answering every silence, so one that none of them holds does not exist (code review 63A
    CA5: "held by the member down" was said of it)."""
    return tuple(members_down(members)) if not_one_cluster(members) else ()


def _version(client: FirstAnswering, silence_id: str, holders: Sequence[str]) -> list[tuple[str, Silence]]:
    """The silence as each of its ``holders`` has it ((base URL, silence): another member has no
    such silence), or, with none, as the first member that answers has it. Raises
    ``AlertmanagerError`` (``NotFound``: no member has it)."""
    if holders:
        return client.silence_everywhere(silence_id)
    return [("", client.get_silence(silence_id))]


def _said_where(done, holders: Sequence[str], tr: Translate) -> bool:
    """Say on stderr where a change sent to the ``holders`` of a silence (``on_holders``'s
    ``done``) was made, and each member that did not take it (``silence_holders``); nothing
    without holders. False when one of them did not take it (the command then exits 2)."""
    made, missed = done
    if not holders:
        return True
    error(made_where([url for url, _result in made], tr))
    for line in not_taken(missed, tr):
        error(line)
    return not missed


def _failed(exc: AlertmanagerError, holders: Sequence[str], loaded: LoadedConfig, tr: Translate,
            silence_id: str = "", down: Sequence[str] = (), change: str = "") -> int:
    """``alertmanager_failed``, but a change sent to the ``holders`` of a silence that none took
    names each of them with its reason, and "no such silence" (``NotFound``) from the members
    that answer, with members ``down`` (``_down_apart``: not one cluster), says which of those
    holds it, as the shift journal last saw it, when known (``seen_holding``), else that one may
    (``_held_down``): it does not answer (exit 2). A ``change`` sent ("expire", "extend") that
    may have been done all the same (``silence_holders.maybe_done``: a lost answer, an answer
    taken unread, a 5xx, code review 80 AV1) on the one member it went to is said so, as the
    windows say it (``change_outcome``), and where to look (exit 2)."""
    if change and maybe_done(exc) and not (holders and exc.members):
        error(change_outcome(change, silence_id, exc, tr) + " " +
              tr("cli", "Look with 'oncall-tray silence list' before trying again."))
        return EXIT_UNREACHABLE
    if isinstance(exc, NotFound) and down and not holders:
        return _held_down(loaded, silence_id, down, tr)
    if not holders or not exc.members:
        return alertmanager_failed(exc, loaded, tr)
    for line in not_taken(exc.members, tr):
        error(line)
    return EXIT_UNREACHABLE


def _held_down(loaded: LoadedConfig, silence_id: str, down: Sequence[str], tr: Translate) -> int:
    """Say that no member answering holds the silence ``silence_id`` (a whole ID, or the start of
    one: "a5a6af3d…") and which of ``down`` (base URLs of the members not answering) holds it as
    the shift journal last saw it (``seen_holding``), else that one of them may, or that it may not
    exist (the journal never saw it, or cannot tell: code review 63A CA5, an ID no Alertmanager
    had was said "Held by Alertmanager …" as a fact); EXIT_UNREACHABLE."""
    seen = seen_holding(loaded, silence_id, down) if is_silence_id(silence_id) else None
    named = silence_id if is_silence_id(silence_id) else silence_id + "…"
    if seen:
        error(tr("cli", "Silence %1 is held by no Alertmanager that answers.").replace("%1", named) + " " +
              tr("cli", "As last seen in the shift journal: %1").replace("%1", holder_down(seen, tr)))
    else:
        error((tr("cli", "Silence %1 is held by no Alertmanager that answers: it may be held by Alertmanager %2, which "
                         "does not answer (then it can be expired or extended once it answers again), or it may not "
                         "exist.") if len(down) == 1 else
               tr("cli", "Silence %1 is held by no Alertmanager that answers: it may be held by one of the "
                         "Alertmanagers %2, which do not answer (then it can be expired or extended once that one "
                         "answers again), or it may not exist.")).replace("%1", named).replace("%2", ", ".join(down)))
    return EXIT_UNREACHABLE


def _seen_on_down(client: FirstAnswering, loaded: LoadedConfig,
                  known: set[str]) -> tuple[list[Silence], tuple[str, ...]]:
    """The silences the shift journal last saw that are not among ``known`` (IDs of those the
    members answering hold), when a configured member does not answer: it may hold them
    (``silence_steps.journal_seen``), and the members not answering (base URLs); none of either
    when every member answers. Raises ``AlertmanagerError``."""
    down = _down_apart(client.polled(loaded.config.alert_query()).members) if len(client.cluster.clients) > 1 else ()
    seen = journal_seen(loaded) if down else None
    return ([] if seen is None else [s for i, s in seen.silences.items() if i not in known]), down


def _check_id(text: str, tr: Translate) -> bool:
    """Whether ``text`` can be a silence ID or the start of one (hex digits and hyphens);
    says why not on stderr."""
    if _ID_PREFIX.fullmatch(text.strip()):
        return True
    error(tr("cli", "%1 is not a silence ID (a UUID such as 64d2e7a2-ca57-4ac1-b1fe-36012f3bb4cf; "
                    "see oncall-tray silence list).").replace("%1", repr(text)))
    return False


def _whole_id(client: FirstAnswering, text: str, tr: Translate, loaded: LoadedConfig) -> str | int:
    """The whole ID of the silence ``text`` names, in either case: ``text`` itself (in lower case)
    when it is a whole ID, else
    the one silence whose ID starts with it (``core.lookup.find_silence``, over every silence
    Alertmanager knows, and, none of them found with members not answering, every one the shift
    journal last saw: a member down may hold it, review 62 Y1). Else, after saying on stderr why
    there is not one, the exit code: EXIT_USAGE, or, with members not answering, EXIT_UNREACHABLE
    and that one of them may hold it, as for a whole ID (``_held_down``: a silence made on the
    member down after the journal last looked was "No silence has an ID that starts with …").

    Raises:
        AlertmanagerError: listing the silences failed.
    """
    text = text.strip().lower()  # as Alertmanager writes them (review 38 F18: a whole ID in capitals was not found)
    if is_silence_id(text):
        return text
    down: tuple[str, ...] = ()
    try:
        live = client.silences()
        try:
            return find_silence(live, text).id
        except SilenceNotFound:
            seen, down = _seen_on_down(client, loaded, {s.id for s in live})
            return find_silence([*live, *seen], text).id
    except AmbiguousSilenceId as exc:
        error(tr("cli", "%1 matches several silences; give more characters:").replace("%1", repr(text)))
        for silence in exc.candidates:
            error(f"  {silence.id}  " + " ".join(format_matcher(m) for m in silence.matchers))
    except PrefixTooShort as exc:
        error(tr("cli", "%1 is too short: give the silence ID or at least its first %2 characters.")
              .replace("%1", repr(text)).replace("%2", str(exc.shortest)))
    except SilenceNotFound:
        if down:  # one of them may hold it
            return _held_down(loaded, text, down, tr)
        error(tr("cli", "No silence has an ID that starts with %1 (see: oncall-tray silence list --all).")
              .replace("%1", repr(text)))
    return EXIT_USAGE
