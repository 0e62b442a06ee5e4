"""The state scopes of the journal (no Qt): where each window keeps what the engineer types
before it is final (``Journal.state``), so that the windows, the notes kept at a quit, the
salvage and the command line all name them alike. ``core.shifts`` re-exports them.

``START_SCOPE`` (in ``shifts``: the shift start window, before it is confirmed),
``shift_scope(id)`` (the end window of the open shift), ``alert_scope(fingerprint)`` (the
alerts window's note being written, the Silence and Escalate dialogs' drafts),
``incident_note_scope(incident)`` (the note being written on an Incidents row),
``incident_scope(id)`` (the after-incident checklist and its reminders) and
``attention_scope(id)`` (what the tray's attention monitor said during a shift).
"""

from __future__ import annotations

from .journal_schema import Incident, ts

#: The key of the Observations in the start and end windows' drafts (``START_SCOPE``, ``shift_scope``):
#: the windows (``ui.handoff_start``, ``ui.handoff_end``), the checklists (``handoff``), the command
#: line's ``handoff`` and ``observations.put_observations`` read and write it by this name.
OBSERVATIONS = "observations"
#: The start of an ``incident_note_scope``: the draft of a note typed on an Incidents row.
INCIDENT_NOTE = "incident-note:"
#: The draft scopes of Incidents rows that the build between code review 75 AM7 and 76 AN2 named
#: by incident number: its own (``incident-note:<number>``) and its take-back's
#: (``alert:incident-note:<number>``); ``numbered_drafts`` moves them (code review 76 AN3).
NUMBERED_STARTS = (INCIDENT_NOTE, f"alert:{INCIDENT_NOTE}")
#: SQL: the condition on ``state`` rows of those drafts' scopes (only digits after the start: not
#: ``incident-note:<fingerprint>@<opened_at>``, whose hex fingerprint may start with a digit, code
#: review 78 AR1), and the query of those scopes. ``numbered`` checks a name again in Python.
NUMBERED_WHERE = " OR ".join(f"(scope GLOB '{start}[0-9]*' AND scope NOT GLOB '{start}*[^0-9]*')"
                             for start in NUMBERED_STARTS)
NUMBERED_SCOPES = f"SELECT scope FROM state WHERE {NUMBERED_WHERE}"


def shift_scope(shift_id: int) -> str:
    """The state scope of one shift (pending items, observations, incoming engineer)."""
    return f"shift:{shift_id}"


def alert_scope(fingerprint: str) -> str:
    """The state scope of one alert (the note being written in the alerts window)."""
    return f"alert:{fingerprint}"


def incident_scope(incident_id: int) -> str:
    """The state scope of one incident (after-incident ticks, dismissed reminders)."""
    return f"incident:{incident_id}"


def attention_scope(shift_id: int) -> str:
    """The state scope of what the tray said during one shift (escalations, missed responses,
    red flags, acknowledgements ending): a tray restarted in that shift does not say it again."""
    return f"attention:{shift_id}"


def incident_note_scope(incident: Incident) -> str:
    """The state scope of the note being typed on ``incident``'s Incidents row: named by its
    alert's fingerprint and when it was taken on (``opened_at``, UTC), never by its number,
    which another incident may take later (no AUTOINCREMENT; a replaced or salvaged journal
    numbers from 1 again): a draft of an incident gone from the journal is never offered on
    another (code review 76 AN2)."""
    return f"{INCIDENT_NOTE}{incident.fingerprint}@{ts(incident.opened_at)}"


def note_key(fingerprint: str, incident: Incident | None) -> str:
    """What a notes box's note and draft are keyed by (the notes panel's ``key``, the tray's
    ``unread``, the notes kept at a quit): in the alerts window (``incident`` None) the alert's
    ``fingerprint``; on an Incidents row its shown incident's ``incident_note_scope``: a note
    typed on yesterday's row stays there, not offered on today's incident of the same pod nor
    in the alerts window (code review 75 AM7). "" for no alert."""
    return incident_note_scope(incident) if incident is not None and fingerprint else fingerprint


def draft_scope(key: str) -> str:
    """The state scope of the draft of ``key`` (a ``note_key``): an Incidents row's own, or the
    alert's (``alert_scope``, which the alerts window's draft always used). Every reader and
    writer of a box's draft goes through it (code review 76 AN1: the notes kept at a quit were
    taken back into ``alert:<key>``)."""
    return key if key.startswith(INCIDENT_NOTE) else alert_scope(key)


def numbered(scope: str) -> int | None:
    """The incident number ``scope`` names when it is one of ``NUMBERED_STARTS``' draft scopes
    (``incident-note:<number>``, ``alert:incident-note:<number>``), else None."""
    for start in NUMBERED_STARTS:
        if scope.startswith(start) and scope[len(start):].isdigit():
            return int(scope[len(start):])
    return None
