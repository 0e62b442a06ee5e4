"""An Alertmanager's restart in the shift journal, recorded once (no Qt).

The tray records each restart of a member it sees (``ui.shift_contact``). A tray that is itself
started again within the restart's grace sees the same restart again (the same member, the same
start time from its status, the alerts its journal last saw firing not listed again yet): that is
not a second restart (review 52 H7: "restarted at 00:14 … (×2)" in the handoff).
"""

from __future__ import annotations

import datetime as dt

from .journal import Journal
from .journal_schema import SOURCE_TRAY, EventKind, ts


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
