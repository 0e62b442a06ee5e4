"""The shift journal from the command line: opening it (telling about a damaged one) and
recording a one-shot poll in it, as the tray records its polls (no Qt)."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path
from collections.abc import Callable

from ..alertmanager.errors import AlertmanagerError
from ..alertmanager.models import Silence
from ..alertmanager.cluster import ClusterPoll
from ..cluster_watch import carried_starts, restarted_lately
from ..config import LoadedConfig
from ..connect import describe_error
from ..core import shifts
from ..core.journal import Journal, JournalError
from ..core.journal_hold import JournalHold
from ..core.journal_feed import record_poll, record_silence_change
from ..core.numbered_drafts import move_old_drafts
from ..core.own_expires import ask_expire, withdraw_expire
from ..core.journal_seen import WATCHED, known_starts, only_some_members, seen_alerts
from ..core.journal_starts import Starts
from ..core.severity import Severity
from ..core.journal_schema import SOURCE_CLI, EventKind
from ..i18n import Translate, english
from ..member_starts import answers_of, started_lately, starts_of
from .common import error
from .restart_kept import kept_in
from .status import OneShot, follows, started_known  # noqa: F401 (follows: for the commands, with not_followed_text)


def journal_starts(loaded: LoadedConfig, journal: Journal | None = None) -> Callable[[ClusterPoll, dt.datetime], Starts]:
    """For ``poll_once``: the starts taken of alerts whose ``startsAt`` is not their start, as the
    shift journal keeps them (``journal_seen.known_starts``), with those of alerts a member that
    restarted lately was sent again (``cluster_watch.carried_starts``, from the alerts the journal
    last saw firing), so that a one-shot poll takes the start the tray took (review 54 K3: it
    recorded the alerts resolved and fired again, the tray the reverse). ``journal``: the one
    open (default: the user's, if there is one, opened and closed). None taken when the journal
    follows another Alertmanager, or cannot be read (nothing said: the poll matters more)."""
    from ..core.journal_file import present

    def starts(polled: ClusterPoll, now: dt.datetime) -> Starts:
        try:
            own = journal if journal is not None else \
                Journal.open(loaded.journal_file(), read_only=True) if present(loaded.journal_file()) else None
            if own is None:
                return {}
            try:
                if not follows(own, loaded):
                    return {}
                urls = loaded.config.watched()
                taken = known_starts(own, urls)
                if restarted_lately(polled.members, now):
                    taken.update(carried_starts(polled.members, polled.by_member, seen_alerts(own, urls)[0], now))
                return taken
            finally:
                if own is not journal:
                    own.close()
        except JournalError as exc:
            logging.getLogger(__name__).info("the starts the shift journal keeps are not read: %s", exc)
            return {}
    return starts


def open_journal(path: Path, tr: Translate, after: str = "", read_only: bool = False,
                 loaded: LoadedConfig | None = None) -> Journal | None:
    """The journal at ``path`` (the run's: ``LoadedConfig.journal_file``), checked; a damaged one is reported on stderr (set aside, with what
    was kept and lost; or, ``read_only`` for a command that only reads it, left as it is, with
    what cannot be read: ``Journal``'s ``read_only``). None (after saying why on stderr,
    followed by ``after``: what the command was given and could not keep) when it cannot be
    opened. ``loaded`` given: an old build's note drafts moved first (``moved_old_drafts``)."""
    try:
        journal = Journal.open(path, read_only=read_only)
    except JournalError as exc:
        error(exc.text(tr) + after)
        return None
    said_damage(journal, tr)
    if loaded is not None:
        moved_old_drafts(journal, loaded, tr)
    return journal


def moved_old_drafts(journal: Journal, loaded: LoadedConfig, tr: Translate) -> None:
    """Move the note drafts an old build kept by incident number, and those of incidents gone from
    the journal, as the tray does at its start (``numbered_drafts.move_old_drafts``, lines in the
    observations in ``tr``'s language), by the tray's rule: only in a journal this run uses, one
    written to its file (not damaged and only read, nor absent: ``reads_only``) that follows the
    Alertmanager polled (``follows``; not another one's, given with ``--alertmanager``). Every
    command that opens the journal runs it (code review 80 AU2: an engineer who only used the
    command line never had them moved; ``status`` and ``handoff`` show none of them, the
    observations of ``handoff end`` lacked the gone ones). Not while a tray holds the journal (or
    whether one does cannot be told): it moved them at its start, and the draft of an incident gone
    since is a box it still shows and may be typing in, whose note it moves itself, into the shift
    open when the note is written (the command line took it into the shift ``handoff end`` was
    handing over: test_notes_gone_kept). Never raises: a failure is logged, the command's own work
    matters more (the next command, or the tray, moves them)."""
    try:
        if not journal.reads_only and follows(journal, loaded) and JournalHold.holder_now(journal.path) is None:
            move_old_drafts(journal, tr)
    except JournalError as exc:
        logging.getLogger(__name__).warning("the note drafts kept by incident number not moved: %s", exc)


def said_damage(journal: Journal, tr: Translate) -> None:
    """Say on stderr what an open ``journal`` found damaged: what was set aside, kept and lost
    (``Damage``), or what cannot be read and how to repair it (``Unreadable``); nothing else."""
    for found in (journal.damage, journal.unreadable):
        if found is not None:
            error(found.message(tr))


def on_call(loaded: LoadedConfig) -> str:
    """Who is on call on this machine (``shifts.on_call_engineer``): the open shift's engineer in
    the journal (the demo's or the user's), else the ``engineer`` setting; the setting too when
    the journal cannot be read (the command's own work matters more)."""
    try:
        journal = Journal.open(loaded.journal_file(), read_only=True)
        try:
            return shifts.on_call_in(journal, loaded.config.engineer)
        finally:
            journal.close()
    except JournalError:
        return loaded.config.engineer


def record_silence(loaded: LoadedConfig, kind: EventKind, silence: Silence | Callable[[], Silence], actor: str,
                   tr: Translate = english) -> None:
    """Record in the shift journal what a command did to a silence (``SILENCE_CREATED``,
    ``SILENCE_EXTENDED`` or ``SILENCE_EXPIRED``, ``core.journal_feed.record_silence_change``), at
    once: a silence added and expired between two of the tray's polls otherwise left no trace
    in the shift (review 18). The tray's next poll then finds it known and records nothing twice.

    Args:
        silence: the silence (as it is now; for an expiry, as it was), or a callable that reads
            it from Alertmanager (a failure to read it records nothing: the next poll will).
        actor: who did it (the author signing the command).
    Never raises: a journal failure is said on stderr; the command's own work is done.
    """
    try:
        if callable(silence):
            silence = silence()
    except AlertmanagerError as exc:  # said (review 61 X6: logged at INFO, unseen)
        logging.getLogger(__name__).info("silence not read back for the journal: %s", exc)
        error(tr("cli", "Not recorded in the shift journal yet: the silence could not be read back from "
                        "Alertmanager (%1); the next poll (the tray's, or 'oncall-tray status') records it.").replace("%1", describe_error(exc, tr)))
        return
    try:
        journal = Journal.open(loaded.journal_file())
        try:
            said_damage(journal, tr)
            moved_old_drafts(journal, loaded, tr)
            if follows(journal, loaded):
                record_silence_change(journal, kind, silence, actor=actor, source=SOURCE_CLI)
            else:  # another Alertmanager's silence (review 44 F4: then "expired" by the tray on the journal's)
                error(not_followed_text(journal, loaded, tr))
        finally:
            journal.close()
    except JournalError as exc:  # the command's work stands; said plainly (review 33: exit 0, and no word of it)
        # two sentences (review 38 F13: no full stop between them)
        error(exc.text(tr).rstrip(".") + ". " + tr("cli", "Done in Alertmanager, but not recorded in the shift journal."))


def note_expire_asked(loaded: LoadedConfig, silence_id: str, actor: str, seen: dt.datetime | None = None) -> None:
    """Note in the shift journal, before the DELETE is sent, that this command asks for the expire
    of ``silence_id`` (``own_expires.ask_expire``): the tray's next poll takes its end for the
    engineer's even when the answer is lost, a later holder fails, the command is interrupted or
    its record fails (code review 78 AR2: said "ended outside oncall-tray"). ``actor``: the
    engineer; ``seen``: the silence's ``updatedAt`` as read before (``own_expires.ask_expire``). A refused expire is withdrawn (``withdraw_expire_asked``).
    Never raises: a journal failure is logged, the expire is sent all the same (its record, after
    it, says a journal that cannot be written)."""
    _on_asks(loaded, silence_id, lambda journal: ask_expire(journal, silence_id, f"{SOURCE_CLI} {actor}", seen=seen),
             "the expire of silence %s not noted in the shift journal: %s")


def withdraw_expire_asked(loaded: LoadedConfig, silence_id: str) -> None:
    """Forget the note of ``note_expire_asked``: Alertmanager refused the expire
    (``silence_holders.refused``), so the tray says an end of that silence by someone else (code
    review 79 AT7: taken for the engineer's within ``own_expires.ASKED_COUNTS``). Never raises:
    a journal failure is logged."""
    _on_asks(loaded, silence_id, lambda journal: withdraw_expire(journal, silence_id),
             "the refused expire of silence %s not withdrawn from the shift journal: %s")


def _on_asks(loaded: LoadedConfig, silence_id: str, change: Callable[[Journal], None], failed: str) -> None:
    """``change(journal)`` on the shift journal, opened and closed here; a ``JournalError``
    logged with ``failed`` (a format: the silence ID, then the error)."""
    try:
        journal = Journal.open(loaded.journal_file())
        try:
            change(journal)
        finally:
            journal.close()
    except JournalError as exc:
        logging.getLogger(__name__).warning(failed, silence_id, exc)


def journal_created(loaded: LoadedConfig, client, actor: str, tr: Translate = english) -> Callable[[str, str], None]:
    """``send_new_silence``'s ``created``: the new silence (its ID, and the base URL of the member
    that made it, "" for the first that accepts it), read back from that member with ``client``
    (``commands.common.FirstAnswering``; of Alertmanagers that are not one cluster another has
    no such silence: review 61 X6, nothing was recorded), recorded as created by ``actor``
    (``record_silence``)."""
    def read(silence_id: str, url: str = "") -> Silence:
        if not url:
            return client.get_silence(silence_id)
        return client.cluster.on_each(lambda member: member.get_silence(silence_id), (url,))[0][0][1]

    return lambda silence_id, url="": record_silence(loaded, EventKind.SILENCE_CREATED,
                                                     lambda: read(silence_id, url), actor, tr)


def not_followed_text(journal: Journal, loaded: LoadedConfig, tr: Translate) -> str:
    """"Not recorded in the shift journal: it follows …" for a run that ``follows`` not."""
    watched = journal.get_state(*WATCHED) or []
    # some members of the cluster it follows: said so, not "another" (review 68 AF8), as in the tray
    text = tr("cli", "Not recorded in the shift journal: it follows the whole cluster (%1), not only the members "
                     "given with --alertmanager (%2).") if only_some_members(journal, loaded.config.watched()) else \
        tr("cli", "Not recorded in the shift journal: it follows another Alertmanager (%1) than the one given "
                  "with --alertmanager (%2).")
    return text.replace("%1", ", ".join(map(str, watched))).replace("%2", ", ".join(loaded.config.alertmanager_urls()))


def record_one_shot(journal: Journal, result: OneShot, urls: tuple[str, ...] = ()) -> None:
    """Record what a successful one-shot poll saw (nothing when it failed). Every command that
    records its poll writes after it (the escalation, the shift's start or end, the note, the
    draft's lines), so a journal that refuses the poll (locked by another program: after its
    busy timeout; unwritable) is not written again: ``JournalError`` is raised, not said here,
    and the command says it once and records nothing more, exiting as it documents (review 64
    V10: ``escalate``, then ``handoff start --confirm``, ``end --confirm`` and ``note`` waited
    the timeout twice and printed the same sentence twice). With a cluster member not
    answering, what the poll lacks is not taken as resolved or expired (``partial``): that
    member may hold it, and the tray, which keeps a lost member's alerts, would be contradicted.
    Likewise while a member started lately (``cluster_watch.started_lately``: after a restart,
    Alertmanager has its alerts again only once Prometheus sends them). The alerts kept through
    such a restart (``restart_kept.kept_in``, the tray's rule: of one cluster whose other member,
    up before, answers, the restarted member's own) are recorded as the tray records them, with
    the poll's, muted by the silences that mute them now (an acknowledgement made meanwhile is
    one: its incident opens), held by the restarted member (review 64 V4: a handoff preview
    recorded them resolved, closing their incidents, and every command then lost them; V5: the
    end report counted no incident of the alerts acknowledged while kept), with the severities
    the journal has for them. ``urls``: the Alertmanager polled (``Config.watched``; ``record_poll``)."""
    if result.snapshot is None:
        return
    snapshot = result.snapshot
    # a member whose start the journal saw did not restart since (review 58 T1)
    known = started_known(journal, result.members)
    partial = any(not member.ok for member in result.members) or \
        started_lately(result.members, snapshot.fetched_at, known)
    inhibited = list(result.inhibited or ())  # not resolved (review 58 T4)
    through = kept_in(journal, urls, result, inhibited, known)
    kept = seen_alerts(journal, urls)[1] if through.alerts else {}  # their severities as last seen
    record_poll(journal, {**snapshot.alerts, **through.alerts},
                {**snapshot.severities, **{fp: kept.get(fp, Severity.UNKNOWN) for fp in through.alerts}},
                result.silences, snapshot.fetched_at, partial=partial, urls=urls, starts=snapshot.seen_starts,
                members={**result.holders, **through.members}, kept=frozenset(a.fingerprint for a in inhibited),
                started=starts_of(result.members), engineer=result.on_call,
                answered=[m.url for m in result.members if m.ok],  # when each last answered (review 61 X1)
                answers=answers_of(result.members))  # who answered: a proxy of it is no other one
