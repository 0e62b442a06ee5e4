"""What the shift journal last saw on the Alertmanager a poller starts on, for that poller (no
Qt): the alerts it had firing there, as a list or as a tracker's snapshot, and whether a first
poll's alerts were all known. Each read failure is logged and taken as nothing known."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable

from .journal import Journal, JournalError
from .journal_seen import LastSeen, last_seen, seen_alerts, seen_fingerprints
from .severity import SeverityMap
from .tracker import AlertSnapshot, AlertTracker

log = logging.getLogger(__name__)


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
