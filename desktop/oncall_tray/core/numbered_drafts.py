"""Drafts of Incidents rows named by incident number, by the build between code review 75 AM7
and 76 AN2, moved to the names the boxes read now (no Qt).

That build kept the note typed on an Incidents row under ``incident-note:<number>`` (and, taking
back a note kept at Quit, under ``alert:incident-note:<number>``); its boxes now read
``scopes.incident_note_scope`` (the incident's fingerprint and start), so those drafts were shown
nowhere. ``move_numbered_drafts`` moves each to the name of incident ``<number>`` of the journal:
into an empty draft, or after the words of one that holds other words (``after``: nothing typed
is written over); the draft of a number no incident of the journal has any more goes into the
shift's observations (the open shift's, else the start window's draft), one line each, as
``ui.incident_gone`` does with a note refused, and is said in the log. Never dropped. So does
the draft of an incident no longer in the journal under its own name (code review 77 AQ1: a note
refused as its incident was gone, whose move to the observations failed, kept there meanwhile).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from .journal import Journal
from .journal_schema import EVENT_DATA, INCIDENT_COLUMNS, dumps, incident_from_row, loads, ts
from .journal_state import UPSERT
from .observations import put_observations
from .scopes import INCIDENT_NOTE, NUMBERED_WHERE, incident_note_scope, numbered

log = logging.getLogger(__name__)
#: The key of a notes box's draft in its scope (``ui.incident_draft.DRAFT``).
DRAFT = "draft"
#: The scopes an old build named by number: its own, and its take-back's (code review 76 AN1).
_NUMBERED = f"SELECT scope, value FROM state WHERE key = ? AND ({NUMBERED_WHERE})"
#: The drafts of Incidents rows named by their incident (``incident_note_scope``: fingerprint@start).
_NAMED = f"SELECT scope, value FROM state WHERE key = ? AND scope GLOB '{INCIDENT_NOTE}*@*'"


def move_numbered_drafts(journal: Journal, after: Callable[[str, str], str],
                         gone_line: Callable[[str, str], str]) -> list[str]:
    """Move every draft of an old build named by incident number, and every draft of an
    incident no longer in the journal (see the module), in one write transaction. ``after(draft, old)``: what a draft that holds words becomes with ``old`` put
    after them (the notes panel's ``after_draft``); ``gone_line(alert, text)``: the observations'
    line of the draft ``text`` of an incident of ``alert`` (its name, else "#<number>") gone from the
    journal, in the engineer's language. Returns the lines put in the observations.

    Raises:
        JournalError: the journal cannot be read or written (nothing moved then).
    """
    gone: list[str] = []
    if not journal.query(_NUMBERED, (DRAFT,)) and not _orphans(journal.query):  # (the usual case: no write)
        return gone
    with journal.transaction() as tx:
        conn = tx.conn
        for scope, alertname, text in _orphans(lambda sql, args: conn.execute(sql, args).fetchall()):
            conn.execute("DELETE FROM state WHERE scope = ? AND key = ?", (scope, DRAFT))
            gone.append(gone_line(alertname, text))
            log.info("the draft of an incident no longer in the journal (%s) moved to the observations", scope)
        for scope, value in conn.execute(_NUMBERED, (DRAFT,)).fetchall():
            number, text = numbered(scope), loads(value)
            conn.execute("DELETE FROM state WHERE scope = ? AND key = ?", (scope, DRAFT))
            text = text if isinstance(text, str) else ""
            if number is None or not text.strip():
                continue
            row = conn.execute(f"SELECT {INCIDENT_COLUMNS} FROM incidents WHERE id = ?", (number,)).fetchone()
            if row is not None:
                target = incident_note_scope(incident_from_row(row))
                held = conn.execute("SELECT value FROM state WHERE scope = ? AND key = ?", (target, DRAFT)).fetchone()
                current = loads(held[0]) if held else ""
                current = current if isinstance(current, str) else ""
                _put(tx, target, DRAFT, after(current, text) if current.strip() else text)
                log.info("the draft of incident %s kept by number (%s) moved to %s", number, scope, target)
                continue
            named = conn.execute("SELECT alertname FROM events WHERE alertname <> '' AND "
                                 f"json_extract({EVENT_DATA}, '$.incident') = ? "
                                 "ORDER BY id DESC LIMIT 1", (number,)).fetchone()
            gone.append(gone_line(named[0] if named else f"#{number}", text))
        if gone:
            where = put_observations(conn, tx.now, gone)
            log.warning("%d note draft(s) of incidents no longer in the shift journal moved to the observations "
                        "(%s): %s", len(gone), where, " | ".join(gone))
    return gone



def _orphans(query: Callable[[str, tuple], list]) -> list[tuple[str, str, str]]:
    """The Incidents rows' drafts (``incident_note_scope``) holding words whose incident is no
    longer in the journal (set aside, salvaged or replaced since; a note refused as its incident
    was gone, whose move to the observations had not succeeded when the tray stopped: code review
    77 AQ1), each (scope, its alert's name or fingerprint, text); ``query(sql, args)``: rows."""
    found = []
    for scope, value in query(_NAMED, (DRAFT,)):
        fingerprint = scope[len(INCIDENT_NOTE):].partition("@")[0]
        text = loads(value)
        if not isinstance(text, str) or not text.strip():
            continue
        rows = query(f"SELECT {INCIDENT_COLUMNS} FROM incidents WHERE fingerprint = ?", (fingerprint,))
        if any(incident_note_scope(incident_from_row(row)) == scope for row in rows):
            continue
        named = query("SELECT alertname FROM events WHERE fingerprint = ? AND alertname <> '' "
                      "ORDER BY id DESC LIMIT 1", (fingerprint,))
        found.append((scope, named[0][0] if named else fingerprint, text))
    return found


def _put(tx, scope: str, key: str, value: object) -> None:
    tx.conn.execute(UPSERT, (scope, key, dumps(value), ts(tx.now)))
