"""``oncall-tray escalate FINGERPRINT [--level L2|L3] [--note TEXT]... [--dry-run]``: the on-call
guide's escalation message for one alert, filled from Alertmanager, as Markdown for Slack (no Qt).
``oncall-tray escalate FINGERPRINT --answered [--level L2|L3]``: the level it was escalated to
answered (guide: L2 "< 10 minutos após escalação", L3 "< 15"): recorded, the tray stops reminding.

"Already tried" lists the engineer's notes on the alert from the shift journal, then the
``--note`` texts; the escalation is recorded in the journal (the handoff lists it). With
``--dry-run`` the message is only printed, to read: nothing is written to the journal (neither the
escalation nor what the poll saw), and one line on stderr says so."""

from __future__ import annotations

import argparse

from ..config import LoadedConfig
from ..core import shifts
from ..core.escalation import carried_impact, escalation_message, not_answered_text, sent_before, tried_items
from ..core.escalation_level import escalation_level, next_level
from ..core.journal import JournalError
from ..core.journal_escalation import NotAnswered
from ..core.journal_file import present
from ..core.journal_schema import SOURCE_CLI
from ..core.sla import L1, LEVELS
from ..i18n import Translate
from ..core.local_times import local_time
from ..core.lookup import find_alert
from .common import EXIT_OK, EXIT_USAGE, error, fingerprint_not_found, keyring_of, out, tr_for, warn_problems
from .journal_common import follows, journal_starts, not_followed_text, on_call, open_journal, record_one_shot
from .status import poll_once, report_failure


def register(sub, tr: Translate) -> None:
    """Add the ``escalate`` subcommand, with help in ``tr``'s language."""
    parser = sub.add_parser("escalate", help=tr("cli_help", "print the on-call guide's escalation message for an alert "
                                             "(Markdown for Slack) and record the escalation in the shift journal"),
                            description=tr("cli_help", "Print the on-call guide's escalation message for an alert "
                                                       "(Markdown for Slack) and record the escalation in the shift "
                                                       "journal (the handoff lists it). With --dry-run, only print "
                                                       "the message, to read it: record nothing."))
    parser.add_argument("fingerprint", help=tr("cli_help", "the alert's fingerprint (as `status` shows it), or a "
                                                           "unique prefix"))
    parser.add_argument("--level", choices=LEVELS[1:],
                        help=tr("cli_help", "escalate to this level (default: the one the SLA asks for, at least L2, "
                                            "or the level already recorded when that is higher)"))
    parser.add_argument("--note", action="append", default=[], metavar="TEXT",
                        help=tr("cli_help", "what was already tried (repeat for several)"))
    parser.add_argument("--answered", action="store_true",
                        help=tr("cli_help", "record that the level the alert was escalated to (or --level) answered: "
                                            "the tray stops reminding that its answer is overdue; prints no message"))
    parser.add_argument("--dry-run", action="store_true",
                        help=tr("cli_help", "only print the message: record nothing in the shift journal (neither "
                                            "the escalation nor what the poll saw)"))
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, loaded: LoadedConfig) -> int:
    """Poll once, find the alert, print the message. Exit 1 when no alert (or more than one)
    has that fingerprint, 2 when Alertmanager is unreachable or refuses."""
    warn_problems(loaded)
    tr = tr_for(loaded)
    if args.answered:
        return record_answered(args, loaded, tr)
    config = loaded.config
    result = poll_once(config, store=keyring_of(loaded), starts=journal_starts(loaded),
                       on_call=on_call(loaded))
    if result.error is not None:
        return report_failure(result, loaded, tr)
    try:
        fp = find_alert(result.snapshot.alerts.values(), args.fingerprint).fingerprint
    except LookupError as exc:  # as for ack: none, too short a prefix, or several
        return fingerprint_not_found(exc, args.fingerprint, tr)
    alert, severity, clock = result.snapshot.alerts[fp], result.snapshot.severities[fp], result.clocks[fp]
    dry_run = args.dry_run
    journal = open_journal(loaded.journal_file(), tr, read_only=dry_run, loaded=loaded) \
        if not dry_run or present(loaded.journal_file()) else None  # notes to read
    try:
        if journal is not None and not follows(journal, loaded):  # another Alertmanager's alert (review 42 F1)
            error(not_followed_text(journal, loaded, tr))
            journal.close()
            journal = None
    except JournalError as exc:
        error(exc.text(tr))
        journal = None
    unrecorded = not dry_run and journal is None  # said why; the message is printed all the same
    notes, done, sent = list(args.note), L1, ""
    unwritable = False  # the journal refused the poll: not waited for and said again (record_one_shot)
    if journal is not None:
        if not dry_run:
            try:
                record_one_shot(journal, result, config.watched())
            except JournalError as exc:  # the message is printed all the same, to paste
                error(exc.text(tr))
                unwritable = unrecorded = True
        try:
            events = journal.notes_and_escalations(fp, acknowledgements=True)
            notes = tried_items(events, tr, config.zone()) + notes
            done = shifts.escalated_levels(journal).get(fp, L1)
            # the impact told at the level before (review 36: the dialog carried it, not this)
            sent = sent_before(events)
        except JournalError as exc:
            error(exc.text(tr))
    # the level recorded, or the SLA's when higher: run again, it is a reminder (review 38: the
    # command paged the CTO at 27 minutes); past it only with --level
    level = escalation_level(clock, args.level, done)
    message = escalation_message(
        alert, severity, clock, tr, zone=config.sla_policy().business.zone, now=result.snapshot.fetched_at,
        level=level, notes=notes, links=config.context_links(), trend=quick_trend(alert, config, tr),
        telling=result.snapshot.telling.get(fp, ""))
    message = carried_impact(message, sent, tr)
    out(message)
    if dry_run:
        error(tr("cli", "Dry run: the escalation was not recorded in the shift journal."))
    elif journal is not None and not unwritable:
        try:
            actor = shifts.on_call_in(journal, config.engineer)
            known = set(journal.notes_for(fp))
            for note in dict.fromkeys(n.strip() for n in args.note if n.strip()):  # kept for L3 and the notes panel
                if note not in known:  # (review 23: L3's "Already Tried" lacked what L2 was told)
                    journal.add_note(fp, note, alertname=alert.alertname, actor=actor, source=SOURCE_CLI)
            recorded = journal.record_escalation(
                fp, level, alertname=alert.alertname, actor=actor, source=SOURCE_CLI, message=message,
                severity=severity.value, summary=alert.summary, labels=alert.labels, fired_at=alert.starts_at)
            if recorded is None and done > level:  # review 38: "L2 was recorded before" after L3 only
                error(tr("cli", "Escalated to %1 already; the message to %2 was not recorded.").replace(
                    "%1", done).replace("%2", level))
            elif recorded is None:
                error(tr("cli", "The escalation to %1 was recorded before; not recorded again.").replace("%1", level))
            elif shifts.open_shift(journal) is not None:  # review 30: nothing said it was recorded
                error(tr("cli", "Recorded in the shift journal: escalated to %1 (the handoff lists it).").replace(
                    "%1", level))
            else:  # review 33: between two shifts no handoff lists it
                error(tr("cli", "Recorded in the shift journal: escalated to %1. No shift is open, so no handoff "
                                "lists it: start one with `oncall-tray handoff start --confirm`.").replace("%1", level))
        except JournalError as exc:
            error(exc.text(tr))
            unrecorded = True
    if journal is not None:
        journal.close()
    above = next_level(clock, level) if args.level is None and level == done else None  # a reminder
    if above is not None:
        nxt, due = above
        when = (tr("cli", "The SLA asks for %1 from %2.").replace("%1", nxt).replace(
            "%2", local_time(due, config.zone(), result.snapshot.fetched_at, tr)) + " ") if due is not None else ""
        error(when + tr("cli", "To escalate to %1 now: oncall-tray escalate %2 --level %1").replace(
            "%1", nxt).replace("%2", args.fingerprint))
    if unrecorded:  # review 32: exit 0 though its record was not made
        error(tr("cli", "The escalation was not recorded in the shift journal."))
        return EXIT_USAGE
    return EXIT_OK


def record_answered(args: argparse.Namespace, loaded: LoadedConfig, tr: Translate) -> int:
    """``--answered``: record in the shift journal that the level the alert was escalated to
    (``--level`` if given) answered, signed by the engineer on call; no poll, no message. Exit 1
    when no escalated alert still firing in the journal has that fingerprint (or prefix), when
    several do, or when nothing was recorded (``Journal.record_answer``'s reasons)."""
    if args.note or args.dry_run:
        error(tr("cli", "--answered records the answer only: it takes neither --note nor --dry-run."))
        return EXIT_USAGE
    journal = open_journal(loaded.journal_file(), tr, loaded=loaded)
    if journal is None:
        return EXIT_USAGE
    try:
        if not follows(journal, loaded):  # review 45 F2: recorded in the journal of another Alertmanager
            error(not_followed_text(journal, loaded, tr))
            return EXIT_USAGE
        escalated = [incident for incident in shifts.open_incidents(journal) if incident.escalation]
        wanted = args.fingerprint.strip().lower()
        matches = [i for i in escalated if i.fingerprint == wanted] or \
            [i for i in escalated if wanted and i.fingerprint.startswith(wanted)]
        known = [fp for fp in shifts.known_alerts(journal) if wanted and fp.startswith(wanted)] if not matches else []
        if len(known) == 1:  # firing, or seen, but not escalated (review 44 F5: "see status", which lists it)
            error(not_answered_text(NotAnswered.NOT_ESCALATED, args.level or "L2", tr))
            return EXIT_USAGE
        if len(matches) != 1:
            error(tr("cli", "%1 matches several alerts; give more characters:").replace("%1", repr(args.fingerprint))
                  if matches else tr("cli", "No escalated alert still firing has the fingerprint %1 in the shift "
                                            "journal (see: oncall-tray status).").replace("%1", repr(args.fingerprint)))
            for incident in matches:
                error(f"  {incident.fingerprint}  {incident.alertname}")
            return EXIT_USAGE
        incident, level = matches[0], args.level or matches[0].escalation
        outcome = journal.record_answer(incident.fingerprint, level, alertname=incident.alertname,
                                        actor=shifts.on_call_in(journal, loaded.config.engineer), source=SOURCE_CLI)
    except JournalError as exc:
        error(exc.text(tr))
        return EXIT_USAGE
    finally:
        journal.close()
    if isinstance(outcome, NotAnswered):
        error(not_answered_text(outcome, level, tr))
        return EXIT_USAGE
    error(tr("cli", "Recorded in the shift journal: %1 answered at %2; no more reminders that its answer is "
                    "overdue.").replace("%1", level).replace("%2", local_time(outcome.at, loaded.config.zone(),
                                                                               outcome.at, tr)))
    return EXIT_OK


def quick_trend(alert, config, tr) -> str:
    """The alert's trend for the message when Prometheus answers within a few seconds ("" when
    it does not, or the alert has no usable expression: the message goes out without it)."""
    from ..core.trend import escalation_line
    from ..prometheus.client import PrometheusClient
    from ..trend_fetch import fetch_trend

    with PrometheusClient(config.prometheus_url, timeout=min(3.0, config.request_timeout)) as client:
        result = fetch_trend(client, alert)
    return escalation_line(result.trend, tr, config.sla_policy().business.zone) if result.trend else ""
