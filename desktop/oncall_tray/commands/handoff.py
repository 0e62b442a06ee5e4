"""``oncall-tray handoff start|end|note|history``: the guide's shift checklists from the command
line, filled from the journal and from Alertmanager, as the tray's windows fill them (no Qt).

``start`` and ``end`` print the checklist (``--markdown``: only the Markdown to paste, otherwise
with the details the window shows: each dashboard's answer, the previous handoff); ``--confirm``
records the start or the end of the shift, as the window's button does. Each one polls
Alertmanager once and records what it saw in the journal. Exit 2 (after printing) when
Alertmanager cannot be reached, 1 when the journal cannot be used, the shift is not in the
state asked for (started or handed over elsewhere meanwhile too: said in the engineer's words),
or the engineer taking over (``start --confirm``) or the incoming one (``end --confirm``) has no
name.

``--observation`` and ``--pending`` add a line to the shift's draft, the one the start and end
windows show and save as they are typed, with or without ``--confirm`` (a preview keeps what was
given, so that nothing typed in a terminal is lost): the draft's words stay as they were typed,
the line goes after them, and a line the draft holds already is not added again, so running the
same command twice adds it once. An empty value is refused (exit 1) and changes nothing. To
change or remove a line, edit it in the window. ``--engineer`` and ``--incoming`` replace the
draft's name. ``end`` with no shift open stops (exit 1) and prints back every value it was given,
saying that none was kept: the end report's items belong to no other checklist. So does every
action that stops without keeping what it was given (the journal cannot be used, a value is
refused, ``note``'s alert is not found): nothing typed in a terminal is lost (review 24).
A journal that refuses the poll's record (another program keeps it locked) stops the action
there: its busy timeout waited once, said once, nothing recorded, exit 1 (review 64 V10).
"""

from __future__ import annotations

import argparse
import sys
import unicodedata

from ..alertmanager.cluster import members_down, not_one_cluster
from ..alertmanager.errors import CredentialsNeeded
from ..config import LoadedConfig
from ..connect import describe_error
from ..core import shifts
from ..core.observations import OBSERVATIONS
from ..core.carried import carried_text
from ..core.drafts import with_items
from ..core.dashboards import dashboard_label
from ..core.handoff import Live, end_report, local_time, start_checklist
from ..core.handoff_unknown import with_held
from ..core.pending import PENDING, split_items
from ..core.handoff_languages import end_renderings, start_renderings
from ..core.handoff_markdown import end_markdown, one_line, start_markdown
from ..core.journal import Journal, JournalError
from ..core.journal_schema import SOURCE_CLI
from ..core.made_for import made_for
from ..handoff_checks import check_dashboards
from ..i18n import Translate, resolve_language
from ..reasons import translate_reason
from ..terminal_text import visible
from ..core.lookup import AlertNotFound, AmbiguousFingerprint, PrefixTooShort, find_fingerprint
from .common import (EXIT_OK, EXIT_UNREACHABLE, EXIT_USAGE, error, failure_line, fingerprint_not_found, keyring_of, out,
                     tr_for, warn_problems)
from .handoff_draft import no_shift, previous_notes, print_readable
from .handoff_history import history
from .journal_common import follows, journal_starts, not_followed_text, on_call, open_journal, record_one_shot
from .restart_kept import with_kept
from .status import OneShot, poll_once

CONTEXT = "handoff_cli"


def register(sub, tr: Translate) -> None:
    """Add the ``handoff`` subcommand and its actions, with help in ``tr``'s language."""
    parser = sub.add_parser("handoff", help=tr("cli_help", "the on-call guide's shift start and end checklists, "
                                                           "and the shift journal"))
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    markdown = tr("cli_help", "print only the Markdown")
    observation = tr("cli_help", "add an observation")
    kept = tr("cli_help", "A line is added once: running the same command again does not add it twice, and the "
                          "draft's own words stay as they were typed (change or remove lines in the window). An "
                          "empty value is refused and changes nothing.")
    start = actions.add_parser("start", help=tr("cli_help", "the shift start checklist"), description=tr(
        "cli_help", "Without --confirm this is a preview: the start is not recorded, but --observation and "
                    "--engineer are kept in the shift's draft, the one the Take over the shift window shows and "
                    "saves as it is typed, so that nothing typed here is lost.") + " " + kept)
    start.add_argument("--markdown", action="store_true", help=markdown)
    start.add_argument("--confirm", action="store_true", help=tr("cli_help", "record the start of the shift"))
    start.add_argument("--engineer", metavar="NAME",
                       help=tr("cli_help", "who takes over (default: the name in the Take over the shift window: "
                                           "the one typed there, else the incoming engineer of a handoff made here "
                                           "within the hour, else the settings' engineer; a name emptied there must "
                                           "be given)"))
    start.add_argument("--observation", action="append", default=[], metavar="TEXT", help=observation)
    end = actions.add_parser("end", help=tr("cli_help", "the shift end (handoff) report"), description=tr(
        "cli_help", "Without --confirm this is a preview: the shift is not handed over, but --observation, "
                    "--pending and --incoming are kept in the shift's draft, the one the Hand over the shift window "
                    "shows and saves as it is typed, so that nothing typed here is lost.") + " " + kept + " " + tr(
        "cli_help", "With no shift open there is no draft to keep them in: the command stops and prints them "
                    "back, to copy and give again once a shift is started."))
    end.add_argument("--markdown", action="store_true", help=markdown)
    end.add_argument("--confirm", action="store_true",
                     help=tr("cli_help", "record the end of the shift (hand it over)"))
    end.add_argument("--incoming", metavar="NAME", help=tr("cli_help", "the incoming on-call engineer"))
    end.add_argument("--pending", action="append", default=[], metavar="TEXT",
                     help=tr("cli_help", "add a pending item"))
    end.add_argument("--observation", action="append", default=[], metavar="TEXT", help=observation)
    note = actions.add_parser("note", help=tr("cli_help", "add a note to an alert (what was tried, what was seen)"))
    note.add_argument("fingerprint", help=tr("cli_help", "the alert's fingerprint, or a unique prefix"))
    note.add_argument("text", help=tr("cli_help", "the note"))
    history = actions.add_parser("history", help=tr("cli_help", "past handoffs; with an ID, that shift's checklists"))
    history.add_argument("id", nargs="?", type=int, help=tr("cli_help", "the handoff's ID (as the list shows it)"))
    # given_back: what a command that stops before running (cli: the settings unreadable) prints back
    parser.set_defaults(handler=run, given_back=_not_kept)


def run(args: argparse.Namespace, loaded: LoadedConfig) -> int:
    """Dispatch to the action."""
    warn_problems(loaded)
    tr = tr_for(loaded)
    # a command that only reads (history, a preview given nothing to keep) never sets the journal
    # aside nor makes one (review 57 S10)
    reads = args.action == "history" or (args.action in ("start", "end") and not args.confirm and not _given(args, tr))
    journal = open_journal(loaded.journal_file(), tr, after=_not_kept(args, tr, JOURNAL_UNUSABLE), read_only=reads,
                           loaded=loaded)
    if journal is None:
        return EXIT_USAGE
    try:
        if args.action in ("start", "end", "note") and not follows(journal, loaded):
            # (review 45 F1: a note said "not recorded" and recorded; F5: a preview mixed both)
            # review 44 F2: "not recorded", then a handoff recorded from another Alertmanager's alerts
            hint = tr(CONTEXT, "Write the note on the Alertmanager it follows (without --alertmanager).") \
                if args.action == "note" else \
                tr(CONTEXT, "Take over or hand over the shift on the Alertmanager it follows (without --alertmanager).")
            error(not_followed_text(journal, loaded, tr) + " " + hint + _not_kept(args, tr))
            return EXIT_USAGE
        action = {"start": _start, "end": _end, "note": _note, "history": history}[args.action]
        return action(args, loaded, journal, tr)
    except shifts.ShiftConflict as exc:  # started or handed over elsewhere while this one polled
        error(exc.text(tr, loaded.config.zone(), journal.now()))
        return EXIT_USAGE
    except JournalError as exc:  # review 24: what was given is printed back, as with no shift open
        if journal.unreadable is not None and args.action in ("start", "end"):  # a preview, damaged: what can be
            return print_readable(args.action, journal, exc, tr, loaded.config.zone(),  # read (review 57 S10)
                                  loaded.config.engineer, resolve_language(loaded.config.language))
        error(exc.text(tr) + _not_kept(args, tr, JOURNAL_UNUSABLE))
        return EXIT_USAGE
    finally:
        journal.close()


def _poll(loaded: LoadedConfig, journal: Journal, tr: Translate, writes: bool = True) -> tuple[OneShot, Live]:
    """Poll once and record it. ``writes``: the action writes after it, so the journal's refusal (locked)
    is raised, said once by ``run`` with what was given (review 64 V10); a preview says it and goes on."""
    try:  # the alert each Silence dialog made a silence for (note 44)
        made = made_for(journal)
    except JournalError:
        made = {}  # (a journal that cannot be read: said below, where it is written)
    result = poll_once(loaded.config, store=keyring_of(loaded), starts=journal_starts(loaded, journal),
                       on_call=on_call(loaded), made=made)
    if not journal.reads_only and follows(journal, loaded):  # reads_only: damaged, only read here; or none
        try:
            record_one_shot(journal, result, loaded.config.watched())
        except JournalError as exc:
            if writes:
                raise
            error(exc.text(tr))
    elif not journal.reads_only and result.snapshot is not None:
        error(not_followed_text(journal, loaded, tr))
    if result.snapshot is None:
        return result, Live(None, error=describe_error(result.error, tr) if result.error else "",
                            watched=loaded.config.watched(), credentials=isinstance(result.error, CredentialsNeeded))
    live = Live.of(result.snapshot, result.silences, unanswered=members_down(result.members),
                   inhibited=[(a, result.inhibited_severities[a.fingerprint]) for a in result.inhibited or ()])
    if not follows(journal, loaded):
        return result, live
    # what members not answering alone hold: the journal's copy, as the tray keeps them (review 52 H2)
    live = with_held(live, journal, loaded.config.watched(), not_one_cluster(result.members),
                     result.snapshot.fetched_at)
    return result, with_kept(live, journal, loaded, result)  # and through a restart, as status does (review 63 Z3)


def _finish(result: OneShot, tr: Translate) -> int:
    if result.error is None:
        return EXIT_OK
    error(failure_line(result.error, result.url, tr))
    return EXIT_UNREACHABLE


def _append(journal: Journal, scope: str, key: str, items: list[str]) -> None:
    """Add ``items`` to the draft's ``key`` (``drafts.with_items``), read and written in one
    transaction: a window saving the same draft meanwhile cannot slip in between."""
    if items:
        journal.update_state(scope, key, lambda current: with_items(current, items))


def _empty_items(args, tr: Translate) -> bool:
    """Say so and return True when an ``--observation`` or ``--pending`` is given empty (before
    anything is changed: an empty value must not count as a line, nor wipe the draft)."""
    for option, values in (("--observation", args.observation), ("--pending", getattr(args, "pending", []))):
        if any(not split_items(one_line(value)) for value in values):
            error(tr(CONTEXT, "%1 is empty: give the text to add, or leave %1 out; nothing was changed.")
                  .replace("%1", option))
            return True
    return False


def _blank(value: str | None) -> bool:
    """True for an option given with nothing in it (``--engineer ""``)."""
    return value is not None and not value.strip()


def _control_characters(option: str, value: str | None, tr: Translate) -> bool:
    """Say so and return True when a name holds a line break, a tab or another control
    character (it is printed in the history and the handoff on one line)."""
    if value is None or not any(unicodedata.category(char) == "Cc" for char in value):
        return False
    error(tr(CONTEXT, "%1 holds a line break or another control character: give the name on one line.")
          .replace("%1", option))
    return True


def _start(args, loaded: LoadedConfig, journal: Journal, tr: Translate) -> int:
    config = loaded.config
    zone = config.zone()
    if _blank(args.engineer):
        error(tr(CONTEXT, "--engineer is empty: give the name of the engineer taking over, or leave --engineer out "
                          "to use the name in the Take over the shift window (the settings' engineer when none was "
                          "typed there).") + _not_kept(args, tr))
        return EXIT_USAGE
    if _refused(args, "--engineer", args.engineer, tr):
        return EXIT_USAGE
    already = shifts.open_shift(journal)
    if args.confirm and already is not None:
        error(tr(CONTEXT, "%1's shift has been open since %2: hand it over first with "  # as the window (review 73
                          "`oncall-tray handoff end --confirm`.").replace(
                              "%1", shifts.on_call_engineer(already, loaded.config.engineer) or "?")  # AW4)
              .replace("%2", local_time(already.started_at, zone, journal.now(), tr)) + _not_kept(args, tr))
        return EXIT_USAGE
    if args.engineer:
        journal.set_state(shifts.START_SCOPE, "engineer", args.engineer.strip())
    _append(journal, shifts.START_SCOPE, OBSERVATIONS, args.observation)
    result, live = _poll(loaded, journal, tr, writes=args.confirm or bool(_given(args, tr)))
    checklist = start_checklist(journal, config.engineer, live, check_dashboards(config, aliases=result.aliases),
                                contacts=tuple(config.contacts.items()), language=resolve_language(config.language))
    markdown = start_markdown(checklist, tr, zone)
    by = shifts.handed_over_by(journal, checklist.previous, loaded.config.engineer) if checklist.previous else ""
    out(markdown if args.markdown else _start_details(markdown, checklist, tr, zone, by), end="")
    if args.confirm and not checklist.engineer.strip():
        # only a name emptied in the window leaves it so (``next_engineer``: the setting is then not
        # used, never empty itself; bdleft1: "or set engineer in the settings" changed nothing)
        error(tr(CONTEXT, "Who takes over the shift? The name was emptied in the Take over the shift window: give "
                          "--engineer NAME, or type the name there."))
        return EXIT_USAGE
    if args.confirm:
        shift = shifts.start_shift(journal, checklist.engineer, markdown=markdown, source=SOURCE_CLI,
                                   rendered=start_renderings(checklist, zone))
        error(tr(CONTEXT, "Shift started at %1 by %2.").replace(
            "%1", shift.started_at.astimezone(zone).strftime("%H:%M")).replace("%2", shift.engineer))
    elif already is not None:
        error(tr(CONTEXT, "A shift is open (%1); this checklist is for the incoming engineer.")
              .replace("%1", shifts.on_call_engineer(already, loaded.config.engineer)))
    return _finish(result, tr)


def _start_details(markdown: str, checklist, tr: Translate, zone, by: str) -> str:
    lines = [markdown, f"{tr(CONTEXT, 'Dashboards')}:"]
    for check in checklist.dashboards:
        state = tr("dashboard", check.state)
        label = dashboard_label(check, checklist.dashboards, tr)
        lines.append(f"  {label:<13} {check.url:<32} {state} ({translate_reason(check.detail, tr)})")
    previous = checklist.previous
    lines += [""] + previous_notes(previous, checklist.previous_notes, tr, zone, by)
    if checklist.carried:  # what the end report will offer to carry on (core.carried)
        lines += ["", tr(CONTEXT, "Pending items handed over to this shift (the end report offers them):")]
        lines += [f"  - {visible(carried_text(item, tr) if item['from'] != by else item['text'])}"
                  for item in checklist.carried]
    return "\n".join(lines) + "\n"


def _end(args, loaded: LoadedConfig, journal: Journal, tr: Translate) -> int:
    config = loaded.config
    zone = config.zone()
    shift = shifts.open_shift(journal)
    if shift is None:
        error(no_shift(journal, tr) + _not_kept(args, tr, NO_SHIFT))
        return EXIT_USAGE
    scope = shifts.shift_scope(shift.id)
    if _blank(args.incoming):
        error(tr(CONTEXT, "--incoming is empty: give the name of the incoming on-call engineer.") + _not_kept(args, tr))
        return EXIT_USAGE
    if _refused(args, "--incoming", args.incoming, tr):
        return EXIT_USAGE
    incoming = args.incoming or journal.get_state(scope, "incoming") or shift.incoming
    if args.confirm and not (incoming or "").strip():
        error(tr(CONTEXT, "Who takes over the shift? Name the incoming on-call engineer: "
                          "`oncall-tray handoff end --confirm --incoming NAME`.") + _not_kept(args, tr))
        return EXIT_USAGE
    result, live = _poll(loaded, journal, tr, writes=args.confirm or bool(_given(args, tr)))
    if args.pending:  # to the engineer's own items (the suggestions stay live beside them)
        _append(journal, scope, PENDING, args.pending)
    _append(journal, scope, OBSERVATIONS, args.observation)
    if args.incoming:
        journal.set_state(scope, "incoming", args.incoming.strip())
    report = end_report(journal, shift, live, tr, zone, policy=loaded.config.sla_policy(),
                        engineer=loaded.config.engineer)  # a shift started nameless (code review 79 AT5)
    markdown = end_markdown(report, tr, zone)
    out(markdown, end="")
    if args.confirm:
        done = shifts.end_shift(journal, shift.id, incoming=report.incoming, markdown=markdown, source=SOURCE_CLI,
                                pending=report.handed_over(), outgoing=report.outgoing,
                                rendered=end_renderings(journal, report, live, zone, loaded.config.sla_policy()))
        error(tr(CONTEXT, "Shift handed over at %1 to %2.").replace(
            "%1", done.ended_at.astimezone(zone).strftime("%H:%M")).replace("%2", done.incoming))
    return _finish(result, tr)


NO_SHIFT = "Nothing given here was kept, as there is no shift to keep it in; copy it from here and give it again " \
           "once a shift is open:"
JOURNAL_UNUSABLE = "Nothing given here was kept, as the shift journal cannot be used; copy it from here and give it " \
                   "again once it can:"
REFUSED = "Nothing given here was kept; copy it from here and give it again:"


def _refused(args, option: str, name: str | None, tr: Translate) -> bool:
    """Say so, print back what was given (``_not_kept``) and return True when the name
    ``option`` holds a control character or an ``--observation``/``--pending`` is empty."""
    if _control_characters(option, name, tr) or _empty_items(args, tr):
        _print_back(args, tr)
        return True
    return False


def _print_back(args, tr: Translate) -> None:
    """Print ``_not_kept(args, tr)`` on stderr, on lines of its own (nothing when nothing was given)."""
    text = _not_kept(args, tr)
    if text:
        print(text[1:], file=sys.stderr)


def _given(args, tr: Translate) -> list[tuple[str, str]]:
    """Every text the command was given to keep, as (label, value): ``note``'s text;
    ``start``'s ``--engineer`` and ``--observation``; ``end``'s ``--pending``,
    ``--observation`` and ``--incoming``. Blank values are left out."""
    action = getattr(args, "action", None)
    if action == "note":
        given = [(tr(CONTEXT, "note on %1").replace("%1", visible(args.fingerprint.strip())), args.text)]
    elif action == "start":
        given = ([("--engineer", args.engineer)] if args.engineer is not None else []) + \
            [("--observation", value) for value in args.observation]
    elif action == "end":
        given = [("--pending", value) for value in args.pending] + \
            [("--observation", value) for value in args.observation]
        if args.incoming is not None:
            given.append(("--incoming", args.incoming))
    else:
        given = []
    return [(label, value) for label, value in given if value.strip()]


def _not_kept(args, tr: Translate, why: str = REFUSED) -> str:
    """What the command was given to keep (``_given``), printed back after ``why`` (one of
    ``NO_SHIFT``, ``JOURNAL_UNUSABLE``, ``REFUSED``, translated here), one
    ``  label: value`` line each (control characters and line breaks escaped), for a command
    that stops without keeping it: nothing typed in a terminal may be lost (reviews 22, 24).
    "" when nothing was given; otherwise it starts with a line break."""
    given = _given(args, tr)
    if not given:
        return ""
    headers = {NO_SHIFT: tr(CONTEXT, NO_SHIFT), JOURNAL_UNUSABLE: tr(CONTEXT, JOURNAL_UNUSABLE),
               REFUSED: tr(CONTEXT, REFUSED)}  # each one named, for the translations' extractor
    lines = [headers[why]]
    lines += [f"  {label}: {visible(value.strip())}" for label, value in given]
    return "\n" + "\n".join(lines)


def _note(args, loaded: LoadedConfig, journal: Journal, tr: Translate) -> int:
    if not args.text.strip():
        error(tr(CONTEXT, "The note is empty."))
        return EXIT_USAGE
    _poll(loaded, journal, tr)  # learn the alerts firing now
    known = shifts.known_alerts(journal)
    try:
        fp = find_fingerprint(known, args.fingerprint)  # as ack and escalate find it (review 49 N5)
    except AlertNotFound:
        error(tr(CONTEXT, "No alert in the journal has the fingerprint %1 (see: oncall-tray status).")
              .replace("%1", repr(args.fingerprint)) + _not_kept(args, tr))
        return EXIT_USAGE
    except AmbiguousFingerprint as exc:  # as ack and escalate say it
        error(tr("cli", "%1 matches several alerts; give more characters:").replace("%1", repr(args.fingerprint)))
        for candidate in exc.candidates:
            error(f"  {candidate}  {visible(known[candidate])}")
        _print_back(args, tr)
        return EXIT_USAGE
    except PrefixTooShort as exc:
        fingerprint_not_found(exc, args.fingerprint, tr)
        _print_back(args, tr)
        return EXIT_USAGE
    actor = shifts.on_call_in(journal, loaded.config.engineer)  # the open shift's engineer signs (review 17)
    journal.add_note(fp, args.text, alertname=known[fp], actor=actor, source=SOURCE_CLI)
    out(tr(CONTEXT, "Note added to %1 (%2) by %3: %4").replace("%1", visible(known[fp]) or fp[:8]).replace(
        "%2", fp[:8]).replace("%3", visible(actor)).replace("%4", visible(one_line(args.text))))  # review 48 R11
    return EXIT_OK
