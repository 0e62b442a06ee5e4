"""Which silences have covered (muted) an alert, as the journal saw them (no Qt; the journal's
own ``state`` table, scope ``COVERED``, one key per silence ID, the value when first seen
covering one).

A silence that covered an alert and covers none now is one whose alert resolved: the guide's
"Remova silenciamento após resolver" applies, and the checklists offer it for expiry. One that
has covered nothing yet (a planned-maintenance silence made before its alert fires) is not
offered (review of three shifts: "não cobre mais nenhum alerta: expirar?" for a maintenance
silence that had never covered anything). Written by ``journal_feed.record_poll``; forgotten
when the silence is gone from Alertmanager.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

from .journal import Journal, Tx
from .journal_schema import dumps, ts

#: The state scope: key silence ID, value (JSON) the time it was first seen covering an alert.
COVERED = "silence_covered"


def note_covering(tx: Tx, silence_ids: Iterable[str]) -> None:
    """Remember that these silences cover an alert now (the first time is kept)."""
    now = ts(tx.now)
    rows = [(COVERED, sid, dumps(now), now) for sid in silence_ids if sid]
    if rows:
        tx.conn.executemany("INSERT OR IGNORE INTO state (scope, key, value, updated_at) VALUES (?, ?, ?, ?)", rows)


def forget(tx: Tx, silence_ids: Iterable[str]) -> None:
    """Forget silences gone from Alertmanager."""
    tx.conn.executemany("DELETE FROM state WHERE scope = ? AND key = ?", [(COVERED, sid) for sid in silence_ids])


def covered_before(journal: Journal, silence_ids: Collection[str]) -> set[str]:
    """Those of ``silence_ids`` the journal saw covering an alert at some time.

    Raises:
        JournalError: the journal cannot be read.
    """
    if not silence_ids:
        return set()
    ids = list(silence_ids)
    rows = journal.query(f"SELECT key FROM state WHERE scope = ? AND key IN ({','.join('?' * len(ids))})",
                         (COVERED, *ids))
    return {row[0] for row in rows}
