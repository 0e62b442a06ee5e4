"""What the shift journal last saw on the Alertmanager a poller starts on, for that poller (no
Qt): the alerts it had firing there, as a list or as a tracker's snapshot, and whether a first
poll's alerts were all known; and the picture a tray shows of them until Alertmanager first
answers (``recalled_picture``). Each read failure is logged and taken as nothing known."""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from .journal import Journal, JournalError
from ..alertmanager.models import Silence
from .journal_seen import LastSeen, last_seen, muted_at, seen_alerts, seen_fingerprints
from .severity import SeverityMap
from .tracker import AlertSnapshot, AlertTracker

log = logging.getLogger(__name__)
#: The ``sequence`` of a recalled snapshot: never a poll's (a tracker's first is 1), and not the
#: 0 of a table that shows none yet, so that a view loads the one and the other afresh.
RECALLED_SEQUENCE = -1


@dataclass(frozen=True)
class Recalled:
    """The alerts the shift journal last saw firing on the Alertmanager a tray starts on, shown
    until that Alertmanager first answers (``PollResult.recalled``), stale.

    Attributes:
        snapshot: those alerts as a snapshot (``sequence`` ``RECALLED_SEQUENCE``; ``fetched_at``
            when the journal saw them, else when they were read), each muted only by its
            silences not ended by then (``journal_seen.muted_at``, as the start window shows them).
        silences: the silences as the journal last saw them (ID -> silence).
        seen_at: when the journal saw them (UTC; ``journal_seen.seen_at``), None when unknown.
    """

    snapshot: AlertSnapshot
    silences: Mapping[str, Silence]
    seen_at: dt.datetime | None


def seen_before(journal: Journal | None, urls: Iterable[str], snapshot: AlertSnapshot) -> bool:
    """Whether every unsilenced alert of a first poll (``snapshot``) was firing in the journal
    already on the Alertmanager of ``urls`` (``Config.watched``), also when the journal set it
    aside (review 50 F2; ``PollResult.seen_before``); False when none fires, or the journal
    cannot be read (logged)."""
    if journal is None:
        return False
    try:
        firing = seen_fingerprints(journal, urls)
    except JournalError as exc:
        log.warning("cannot read the alerts firing from the journal: %s", exc)
        return False
    unsilenced = [fp for fp, alert in snapshot.alerts.items() if not alert.silenced]
    return bool(unsilenced) and firing.issuperset(unsilenced)


def journal_last_seen(journal: Journal | None, urls: Iterable[str]) -> LastSeen:
    """What the journal last saw firing on the Alertmanager of ``urls`` (``journal_seen.last_seen``:
    the alerts, the members that listed each, the silences), for a tray that starts
    (``ClusterWatcher``'s ``recalled``); nothing when it cannot be read (logged)."""
    if journal is None:
        return LastSeen()
    try:
        return last_seen(journal, urls)
    except JournalError as exc:
        log.warning("cannot read the alerts firing from the journal: %s", exc)
        return LastSeen()


class LastLook:
    """The journal's last look at the Alertmanager of ``urls`` (``journal_last_seen``: its alerts
    and silences, 1,000 alerts in a long shift), read once for a tray that starts however many
    ask for it: the ``ClusterWatcher``'s ``recalled`` (a member started lately, members that do
    not answer, the picture shown before any answer) and the poller's look back at its first good
    poll (``PollerJournal._look_back``: what ended while the tray was off) share one read. Nothing
    writes that look between them: only a good poll is recorded, after both.

    Args:
        urls: the members' URLs with the scope (``Config.watched``).
    """

    def __init__(self, urls: Iterable[str]) -> None:
        self._urls = tuple(urls)
        self._read: tuple[Journal | None, LastSeen] | None = None  # (the journal read, what it gave)

    def read(self, journal: Journal | None) -> LastSeen:
        """``journal_last_seen`` of ``journal`` (None: none, nothing read), read at the first call
        and given again after; read afresh when ``journal`` is another one than the one read (a
        journal given once the tray ran: ``PollerWorker.use_journal``). Never raises (logged)."""
        if self._read is None or self._read[0] is not journal:
            self._read = (journal, journal_last_seen(journal, self._urls))
        return self._read[1]

    def let_go(self) -> None:
        """Forget what was read (its last reader took it): a running tray keeps none of it
        (reading 1,000 alerts at every start left 1 MB behind: issue 2); a later ``read``
        reads again."""
        self._read = None


def journal_copy(journal: Journal | None, urls: Iterable[str], severities: SeverityMap,
                 now: dt.datetime, others: bool = False) -> AlertSnapshot | None:
    """New settings with another Alertmanager (or scope), of which the tray kept no snapshot (it
    was restarted since it left it): what the shift journal last saw firing there
    (``journal_last_seen``), as a snapshot (at ``now``) for the tracker to go on from, so that the
    way back says nothing already said in the shift, no "Still firing" summary either (review
    54 H8), and tells what changed meanwhile. None when the journal has none of it: told afresh.
    ``others``: what it set aside under the other scopes of that Alertmanager instead
    (``journal_seen.seen_alerts``; none when it cannot be read, logged)."""
    if others:
        try:
            alerts = list(seen_alerts(journal, urls, others=True)[0].values()) if journal is not None else []
        except JournalError as exc:
            log.warning("cannot read the alerts set aside from the journal: %s", exc)
            alerts = []
    else:
        alerts = journal_last_seen(journal, urls).alerts
    return AlertTracker(severities).update(alerts, now).snapshot if alerts else None


def recalled_picture(seen: LastSeen, severities: SeverityMap, now: dt.datetime) -> Recalled | None:
    """``Recalled`` of what the journal last saw (``seen``: the ``ClusterWatcher``'s ``recalled``,
    read once, the start window's picture: ``handoff_live.Live.seen_before``), severities by
    ``severities`` (the settings' synonyms), silences ended by ``now`` (UTC) muting none; None
    when it saw no alert firing (a new journal: the tray shows none, as before)."""
    if not seen.alerts:
        return None
    alerts = [muted_at(alert, seen.silences, now) for alert in seen.alerts]
    snapshot = AlertTracker(severities).update(alerts, seen.seen_at or now).snapshot
    return Recalled(dataclasses.replace(snapshot, sequence=RECALLED_SEQUENCE), dict(seen.silences), seen.seen_at)
