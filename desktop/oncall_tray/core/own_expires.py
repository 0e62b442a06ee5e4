"""The silences this app expired, as the shift journal recorded them (no Qt): the Silences tab,
the handoff and the incidents' aftercare (``ui.shift_controller``), and ``oncall-tray silence
expire`` record each expire they make (``journal_feed.record_silence_change``: a
``SILENCE_EXPIRED`` event whose source is the tray or the command line); an expire seen only by a
poll (``SOURCE_ALERTMANAGER``) was made by someone else (amtool, Alertmanager's UI, a script).

The attention monitor keeps quiet about an acknowledgement ended early by the engineer here, and
says one ended early by anyone else (fresh-user review 71 AP5: a colleague's ``amtool silence
expire`` went unsaid, the alert firing again without a word).
"""

from __future__ import annotations

import datetime as dt

from .journal import Journal
from .journal_schema import SOURCE_CLI, SOURCE_TRAY, EventKind, ts

#: How far back the journal is read: an acknowledgement lasts at most the guide's 24 h, and a tray
#: off for longer says nothing of what ended meanwhile that the journal's last look does not have.
LOOK_BACK = dt.timedelta(days=2)


def expired_here(journal: Journal, now: dt.datetime) -> frozenset[str]:
    """The IDs of the silences this app (tray or command line) expired within ``LOOK_BACK`` of
    ``now`` (aware UTC).

    Raises:
        JournalError: the journal cannot be read.
    """
    rows = journal.query("SELECT DISTINCT silence_id FROM events WHERE kind = ? AND source IN (?, ?) AND at >= ?",
                         (EventKind.SILENCE_EXPIRED.value, SOURCE_TRAY, SOURCE_CLI, ts(now - LOOK_BACK)))
    return frozenset(row["silence_id"] for row in rows if row["silence_id"])
