"""An Alertmanager's restart in the shift journal, recorded once (no Qt).

The tray records each restart of a member it sees (``ui.shift_contact``). A tray that is itself
started again within the restart's grace sees the same restart again (the same member, the same
start time from its status, the alerts its journal last saw firing not listed again yet): that is
not a second restart (review 52 H7: "restarted at 00:14 … (×2)" in the handoff).

An Alertmanager that restarted keeps its silences on disk but not its alerts: it holds none until
Prometheus sends them again, at its next resend (one minute by default); ``RESTART_GRACE`` is how
long its alerts from before are kept while it has not listed them again (``member_starts``,
``cluster_watch``), and how late after a start a first recorded one is taken as a restart
(``journal_starts.keep_member_starts``).
"""

from __future__ import annotations

import datetime as dt

from .journal import Journal
from .journal_schema import SOURCE_TRAY, EventKind, ts

#: How long after an Alertmanager restarted its alerts from before are kept while it has not
#: listed them again (Prometheus sends every firing alert again each ``resend_delay``, 1 min by
#: default, and at each evaluation of a rule that starts firing).
RESTART_GRACE = dt.timedelta(minutes=5)


def record_restart(journal: Journal, url: str, started: dt.datetime | None) -> bool:
    """Record that the member at ``url`` (its base URL) restarted at ``started`` (UTC, its
    status's start time; None when unknown: now, and always recorded), unless the journal holds
    that restart already (same member, same start). True when recorded. Raises
    ``JournalError``."""
    with journal.transaction() as tx:
        if started is not None and tx.conn.execute(
                "SELECT 1 FROM events WHERE kind = ? AND at = ? AND text = ? LIMIT 1",
                (EventKind.ALERTMANAGER_RESTARTED.value, ts(started), url)).fetchone() is not None:
            return False
        tx.add(EventKind.ALERTMANAGER_RESTARTED, started, text=url, source=SOURCE_TRAY)
        return True
