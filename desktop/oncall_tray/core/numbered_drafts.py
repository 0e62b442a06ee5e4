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
A note kept at Quit that the build of code review 76 AN1 took back into
``alert:<incident_note_scope>`` goes into that box's own draft first. Only names holding nothing
but digits after their start are numbers (code review 78 AR1: an ``incident_note_scope`` whose
fingerprint starts with a digit was taken for one and deleted), and a draft is deleted only
after its words are written where they go, in the same transaction.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from ..i18n import Message, Translate, english
from .drafts import after_draft
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
#: The start of a note kept at Quit that the build of code review 76 AN1 took back into
#: ``alert:<incident_note_scope>``, a scope no box reads; moved to the box's own (code review 78 AR1).
TAKEN_BACK = "alert:"
_TAKEN_BACK = f"SELECT scope, value FROM state WHERE key = ? AND scope GLOB '{TAKEN_BACK}{INCIDENT_NOTE}*@*'"


def gone_words(name: str, text: str) -> Message:
    """The observations' line of a note ``text`` typed on an incident of the alert ``name`` (its
    name, else "#<number>") that is no longer in the shift journal (translatable)."""
    return Message("incident_panel", "Note on %1, not written: its incident is no longer in the shift journal: %2",
                   (name, text))


def move_old_drafts(journal: Journal, tr: Translate = english) -> list[str]:
    """``move_numbered_drafts`` as the tray and the command line both run it (code review 80 AU2:
    the command line never did, so an engineer who only uses it never saw them): a draft put after
    the words of the one already there (``drafts.after_draft``), the observations' lines in
    ``tr``'s language (``gone_words``). Returns the lines put in the observations.

    Raises:
        JournalError: the journal cannot be read or written (nothing moved then).
    """
    return move_numbered_drafts(journal, after_draft, lambda name, text: gone_words(name, text).text(tr))


def move_numbered_drafts(journal: Journal, after: Callable[[str, str], str],
                         gone_line: Callable[[str, str], str]) -> list[str]:
    """Move every draft of an old build named by incident number or taken back where no box
    reads it, and every draft of an incident no longer in the journal (see the module), in one
    write transaction. ``after(draft, old)``: what a draft that holds words becomes with ``old`` put
    after them (the notes panel's ``after_draft``); ``gone_line(alert, text)``: the observations'
    line of the draft ``text`` of an incident of ``alert`` (its name, else "#<number>") gone from the
    journal, in the engineer's language. Returns the lines put in the observations.

    Raises:
        JournalError: the journal cannot be read or written (nothing moved then).
    """
    gone: list[str] = []
    if not any(journal.query(sql, (DRAFT,)) for sql in (_NUMBERED, _TAKEN_BACK)) and not _orphans(journal.query):
        return gone  # (the usual case: no write)
    with journal.transaction() as tx:
        conn = tx.conn
        emptied: list[str] = []  # deleted once their words are written where they go (code review 78 AR1)
        for scope, value in conn.execute(_TAKEN_BACK, (DRAFT,)).fetchall():  # into the box's own draft first
            _put_after(tx, scope[len(TAKEN_BACK):], loads(value), after)
            emptied.append(scope)
            log.info("a note kept at Quit taken back into %s moved to the draft of its box", scope)
        _forget(conn, emptied)
        emptied = []
        for scope, alertname, text in _orphans(lambda sql, args: conn.execute(sql, args).fetchall()):
            gone.append(gone_line(alertname, text))
            emptied.append(scope)
            log.info("the draft of an incident no longer in the journal (%s) moved to the observations", scope)
        for scope, value in conn.execute(_NUMBERED, (DRAFT,)).fetchall():
            number, text = numbered(scope), loads(value)
            if number is None:  # not a number after all: not an old build's draft, left as it is
                continue
            emptied.append(scope)
            text = text if isinstance(text, str) else ""
            if not text.strip():
                continue
            row = conn.execute(f"SELECT {INCIDENT_COLUMNS} FROM incidents WHERE id = ?", (number,)).fetchone()
            if row is not None:
                target = incident_note_scope(incident_from_row(row))
                _put_after(tx, target, text, after)
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
        _forget(conn, emptied)
    return gone


def _put_after(tx, scope: str, text: object, after: Callable[[str, str], str]) -> None:
    """``text`` (a draft's value) put into the draft of ``scope``: as it is when that one is
    empty, else after its words (``after``); nothing when ``text`` holds none."""
    if not isinstance(text, str) or not text.strip():
        return
    held = tx.conn.execute("SELECT value FROM state WHERE scope = ? AND key = ?", (scope, DRAFT)).fetchone()
    current = loads(held[0]) if held else ""
    current = current if isinstance(current, str) else ""
    _put(tx, scope, DRAFT, after(current, text) if current.strip() else text)


def _forget(conn, scopes: list[str]) -> None:
    """The drafts of ``scopes`` deleted: only once what they held is written where it goes, in
    the same transaction (code review 78 AR1: deleted first, a draft not moved was lost)."""
    conn.executemany("DELETE FROM state WHERE scope = ? AND key = ?", [(scope, DRAFT) for scope in scopes])


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
