"""What the shift's side of the tray runs off the GUI thread (``ShiftController``'s
``Background`` workers): a poll recorded in the journal, a silence expired in Alertmanager, a
shift started or handed over. No widgets.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from ..alertmanager.errors import AlertmanagerError
from ..alertmanager.holders import on_holders
from ..config import Config
from ..connect import connect
from ..core import aftercare, shifts
from ..core.journal import Journal, JournalError
from ..core.journal_feed import record_poll
from ..core.journal_seen import seen_fingerprints
from ..core.journal_schema import EventKind
from ..silence_holders import maybe_done, not_taken
from ..secrets import SecretStore

log = logging.getLogger(__name__)


def record_in_journal(journal: Journal, alerts, severities, silences, at: dt.datetime, partial: bool = False,
                      kept: frozenset[str] = frozenset(),
                      urls: tuple[str, ...] = (), starts=None,
                      members=None, started=None, engineer: str = "",
                      answered=None, answers=None) -> tuple[bool, list[str], list[str], frozenset[str]]:
    """In the writer thread: record a poll; returns (anything recorded, the names of the alerts
    whose incident it opened again and that were not said to fire again before
    (``aftercare.REFIRE``, once per incident), the names of the alerts that resolved and fired
    again as a new incident in this poll) rather than the changes, so that thousands of them
    are freed here, not on the GUI thread. "After the incident" is not told here: a resolution
    may be a flap (``check_reminders``). ``partial``: what the poll lacks is not taken as
    ended, and the fingerprints the journal had firing that it lacks are returned last;
    ``kept``: those, not taken as ended either; ``urls``: the Alertmanager polled; ``starts``: the
    starts its tracker took (``AlertSnapshot.seen_starts``; ``record_poll``); ``members``: each alert's
    cluster members (``PollResult.holders``; ``record_poll``); ``started``: their starts
    (``member_starts.starts_of``; ``record_poll``); ``engineer``: the setting (``record_poll``);
    ``answered``: the members that answered (URLs; ``record_poll``); ``answers``: who answered on
    each (``member_starts.answers_of``; ``record_poll``)."""
    missing = frozenset()
    if partial:
        # of this Alertmanager, also when the journal set it aside and takes it back now (review 50 F2)
        missing = frozenset(seen_fingerprints(journal, urls)) - alerts.keys()
    changes = record_poll(journal, alerts, severities, silences, at, cooperative=True, partial=partial, kept=kept,
                          urls=urls, starts=starts, members=members, started=started, engineer=engineer,
                          answered=answered, answers=answers)
    reopened = {c.incident: c.alertname for c in changes if c.kind is EventKind.FIRED and c.incident}
    renewed = [c.alertname for c in changes if c.kind is EventKind.RESOLVED and c.incident
               and c.incident not in reopened and c.fingerprint in alerts]
    refired = [reopened[i] for i in aftercare.claim_notices(journal, reopened, aftercare.REFIRE, at)]
    return bool(changes), refired, renewed, missing


def expire_in_alertmanager(config: Config, silence_id: str, store: SecretStore | None = None,
                           down: tuple[str, ...] = (), holders: tuple[str, ...] = ()) -> HoldersMissed | None:
    """In the actions thread: expire on the first cluster member that accepts it (those the last
    poll found ``down`` last: ``ClusterClient.first_accepting``), or on each of ``holders`` (the
    members that hold it, of members that are not one cluster: ``alertmanager.holders``), through
    the settings' TLS, proxy and the credentials in ``store`` (the tray's: a login kept in memory
    for this run is there). Returns None, or, when some holders took it and others did not,
    ``HoldersMissed`` naming those (it was expired where it was taken: recorded so).

    Raises:
        AlertmanagerError: not expired anywhere; ``HoldersMissed`` (one) naming each holder that
            did not take it (``silence_holders.not_taken``'s words).
    """
    return holders_missed(lambda: expire_everywhere(config, silence_id, store, down, holders), holders)


def expire_everywhere(config: Config, silence_id: str, store: SecretStore | None = None,
                      down: tuple[str, ...] = (), holders: tuple[str, ...] = ()) -> tuple[list, list]:
    """The DELETE of ``expire_in_alertmanager`` (same arguments), its answer as
    ``alertmanager.holders.on_holders`` gives it: (made: [(base URL, silence ID)], missed: [(base
    URL, error)]), the shape every ask of one silence shares (``shift_expires.SendOnce``).

    Raises:
        AlertmanagerError: not expired anywhere (``members``: each holder's failure, with holders).
    """
    with connect(config, store) as cluster:
        return on_holders(cluster, lambda client: client.expire_silence(silence_id), holders, down)


def holders_missed(send: Callable[[], tuple], holders: tuple[str, ...] = ()) -> HoldersMissed | None:
    """``send()`` (``expire_everywhere``'s answer) as ``expire_in_alertmanager`` words it: None, or
    the holders that did not take it (``HoldersMissed``), returned; raised when none did."""
    try:
        _made, missed = send()
    except AlertmanagerError as exc:
        if not (holders and exc.members):
            raise
        raise HoldersMissed(exc.members) from exc
    return HoldersMissed(missed) if missed else None  # expired where taken: recorded, the rest named


class HoldersMissed(AlertmanagerError):
    """A change to a silence that some of its holders did not take (``missed``: each one's base
    URL and error); its text names each (``silence_holders.not_taken``), in the tray's language."""

    def __init__(self, missed) -> None:
        super().__init__("", "")
        self.missed = tuple(missed)

    def __str__(self) -> str:
        translate = QCoreApplication.translate
        return " ".join(not_taken(getattr(self, "missed", ()), translate))

    def describe(self) -> str:
        """Its text (``__str__``): the windows word an ``AlertmanagerError`` by ``describe``
        (``translations.failure_text``)."""
        return str(self)


def expiry_unsure(error: BaseException | None) -> bool:
    """Whether an expiry that failed (``expire_in_alertmanager``'s error) may have been made all
    the same (``silence_holders.maybe_done``: not surely not done; a lost answer, a 5xx, on the
    one member it went to or on any holder it went to, ``HoldersMissed``): the windows say "may
    have been expired", not "could not" (one rule with the alerts window's, review 63 CB3, and
    with the expire's ask, code review 80 AV1)."""
    return maybe_done(error)


def attempt_shift_change(change: Callable, journal: Journal, *args, **kwargs) -> tuple:
    """In the writer thread: ``change(journal, ...)`` (start or end a shift) as (shift, None,
    the open shift read after it: a ``shifts.ShiftRead``, None when it could not be read); when
    another window or process was first, (None, the ``ShiftConflict``, the open shift read now)
    rather than an error: a conflict is expected, not a failure."""
    try:
        changed = change(journal, *args, **kwargs)
    except shifts.ShiftConflict as conflict:
        return None, conflict, shifts.read_open_shift(journal)
    try:
        after = shifts.read_open_shift(journal)
    except JournalError as exc:  # changed all the same: the next poll's read follows
        log.warning("cannot read the open shift after changing it: %s", exc)
        after = None
    return changed, None, after
