"""Incidents made again from the events kept by a salvage that lost them (no Qt).

Review 62 Y10: a damaged journal whose incidents table could not be read (its page overwritten)
was carried into a new one with its events (the acknowledgements that open an incident, the
escalations, the notes) but without the incidents they had made; the handoff's "Incidents
Handled" (``shifts.incidents``) listed only the incidents made after the salvage and said
"Incidents: 2" with confidence, four fewer than the shift handled. Now, when the incidents
table was not read whole, every handling event kept (``journal_schema.HANDLING``, the rule of
"Incidents Handled") that no incident kept covers makes one again, as the journal made it then
(``Tx.take_incident``): taken on at that event, the alert's firing from its ``FIRED`` event
(severity, labels, summary) or the ``firing`` table, its acknowledgement and escalation from the
events in it, resolved at the ``RESOLVED`` event after it (not one after which its alert fired
again within ``FLAP_WINDOW``: the incident went on); that event's ``data["incident"]`` gives
the incident's number back, so that its after-incident ticks and reminders, kept in ``state``,
stay its own. One whose resolution was lost with the events while its alert is no longer last seen
firing is resolved at its last event kept (it was resolved by then at the latest, as far as the
journal can tell); one whose alert still fires stays open. A number not known is taken above
every incident number the journal names, never one whose ticks belong to another incident.

Stop 41's leftover: the notes, escalations and answers name the incident they were written on
(``data["incident"]``, ``journal_notes``); made again under new numbers, the incidents lost
them (the Incidents window, the alerts window and the handoff showed none), and an incident's
acknowledgement and escalation were taken by time window, another incident's among them. Now an
incident is made again under the number its events name (an incident opened by an
acknowledgement, which names none, takes the number of the first note or escalation written on
it), a post-mortem note naming a kept incident makes none, and the acknowledgement and
escalation are the incident's own events' (``_set_handling``). A note naming an incident that is
nowhere any more is never dropped: the readers take it as written on no incident, on its
alert's incident of its time (``journal_notes._ON_NONE``, ``journal_notes.ITS_EVENT``); every note
with an alert makes its incident again here, so after a salvage each note has one.
"""

from __future__ import annotations

import sqlite3

import msgspec

from .journal_schema import ENDED, EVENT_DATA, HANDLING, HANDLING_EVENT, EventKind, dumps, loads
from .scopes import NUMBERED_SCOPES, numbered

_EVENT = "SELECT id, at, kind, alertname, actor, text, data FROM events"


def rebuild_incidents(conn: sqlite3.Connection) -> int:
    """Make again, in ``conn`` (a journal in an open transaction, its tables carried), the
    incidents its handling events tell of that no incident row covers (see the module), each
    under the number its events name (``_walk``), with the acknowledgement and escalation of
    its own events (``_set_handling``). Returns how many were made.

    Raises:
        sqlite3.Error: the journal cannot be read or written.
    """
    made = _walk(conn)
    for number in made:
        _set_handling(conn, number)
    return len(made)


def _walk(conn: sqlite3.Connection) -> dict[int, bool]:
    """The incidents made again (number -> whether an event named that number), walking the
    handling events oldest first. An event naming a kept (or already made) incident in its
    ``data["incident"]`` is that incident's (a post-mortem note on yesterday's incident does not
    make another). One naming a lost number N makes N again, or gives N to the incident made a
    moment ago from an event naming none that covers it (an acknowledgement opens the incident,
    the note written on it names it), unless that event was written on an incident that had ended
    (``journal_schema.ENDED``: a post-mortem note) or another event of that incident's span names
    another lost number (code review 77 AQ2: today's incident took yesterday's number, its ticks,
    and a note naming today's number then made a second incident of today's episode): N is then
    an earlier incident of the alert, made again ended by the time the covering one's episode
    fired (``_episode_start``), as one naming N while a kept or named incident covers it. One
    naming none is covered by the alert's incident open at its time (as the journal read it
    then), else makes one."""
    kinds = ",".join("?" * len(HANDLING))
    handled = conn.execute(f"{_EVENT.replace('SELECT id,', 'SELECT fingerprint, id,')} WHERE fingerprint <> '' "
                           f"AND kind IN ({kinds}) AND {HANDLING_EVENT} ORDER BY at, id",
                           tuple(kind.value for kind in HANDLING)).fetchall()
    made: dict[int, bool] = {}
    for fingerprint, *event in handled:
        at, named = event[1], _data(tuple(event)).get("incident")
        named = named if isinstance(named, int) and not isinstance(named, bool) else None
        if named is not None and conn.execute("SELECT 1 FROM incidents WHERE id = ?", (named,)).fetchone():
            continue  # its own incident is there
        covering = conn.execute("SELECT id FROM incidents WHERE fingerprint = ? AND opened_at <= ? AND "
                                "(resolved_at IS NULL OR resolved_at >= ?) ORDER BY id DESC LIMIT 1",
                                (fingerprint, at, at)).fetchone()
        if named is None and covering is not None:
            continue
        ended = None
        if named is not None and covering is not None:
            if made.get(covering[0]) is False and not _data(tuple(event)).get(ENDED) and \
                    not _names_another(conn, covering[0], named):
                conn.execute("UPDATE incidents SET id = ? WHERE id = ?", (named, covering[0]))
                del made[covering[0]]
                made[named] = True
                continue
            ended = _episode_start(conn, fingerprint, covering[0])  # N is an earlier incident of the alert
        number, by_name = _make(conn, fingerprint, at, named, ended)
        made[number] = by_name
    return made


def _make(conn: sqlite3.Connection, fingerprint: str, at: str, named: int | None,
          ended: str | None = None) -> tuple[int, bool]:
    """One incident of ``fingerprint`` taken on at ``at`` (stored text time), made again under
    the number ``named`` (an event's ``data["incident"]``), else its resolution's, else a free
    one (``_free_number``); ``ended`` (stored text time): an earlier incident known only by a
    later note's number, taken on and resolved then. Returns its number and whether an event named it."""
    at = ended or at
    fired = conn.execute(f"{_EVENT} WHERE fingerprint = ? AND kind = ? AND at <= ? ORDER BY at DESC, id DESC LIMIT 1",
                         (fingerprint, EventKind.FIRED.value, at)).fetchone()
    resolved = _resolution(conn, fingerprint, at)
    firing = conn.execute("SELECT alertname, severity, summary, labels, starts_at FROM firing WHERE fingerprint = ?",
                          (fingerprint,)).fetchone()
    later = conn.execute("SELECT min(opened_at) FROM incidents WHERE fingerprint = ? AND opened_at > ?",
                         (fingerprint, at)).fetchone()[0]
    open_one = conn.execute("SELECT 1 FROM incidents WHERE fingerprint = ? AND resolved_at IS NULL",
                            (fingerprint,)).fetchone()
    if ended is not None:
        resolved, resolved_at = None, ended
    elif resolved is not None:
        resolved_at = resolved[1]
    elif firing is not None and open_one is None:
        resolved_at = None  # its alert still fires: open, as it was
    else:  # resolved by its last event kept at the latest
        resolved_at = conn.execute("SELECT max(at) FROM events WHERE fingerprint = ? AND at >= ? AND at < ?",
                                   (fingerprint, at, later or "9999")).fetchone()[0] or at
    fired_data = _data(fired)
    alertname = (firing[0] if firing else "") or (fired[3] if fired else "") or _named(conn, fingerprint, at)
    severity = (firing[1] if firing else "") or _text(fired_data.get("severity"))
    summary = (firing[2] if firing else "") or (fired[5] if fired else "")
    labels = (firing[3] if firing and firing[3] != "{}" else "") or dumps(_labels(fired_data.get("labels")))
    fired_at = fired[1] if fired is not None else (firing[4] if firing else None)
    number = named if named is not None else _data(resolved).get("incident")
    by_name = isinstance(number, int) and not conn.execute("SELECT 1 FROM incidents WHERE id = ?",
                                                           (number,)).fetchone()
    number = number if by_name else _free_number(conn)
    conn.execute("INSERT INTO incidents (id, fingerprint, alertname, severity, summary, labels, fired_at, opened_at,"
                 " resolved_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                 (number, fingerprint, alertname, severity, summary, labels, min(fired_at, at) if fired_at else None,
                  at, resolved_at))
    return number, by_name


def _names_another(conn: sqlite3.Connection, number: int, named: int) -> bool:
    """Whether an event of the incident ``number``'s alert within its span (taken on to
    resolved), not written on an ended incident, names a number other than ``named`` that no
    incident has (the number the journal gave that incident, when ``named`` is another's)."""
    return conn.execute(f"SELECT 1 FROM events, incidents WHERE incidents.id = ? AND events.fingerprint = "
                        f"incidents.fingerprint AND events.at >= incidents.opened_at AND events.at <= "
                        f"coalesce(incidents.resolved_at, '9999') AND json_extract({EVENT_DATA}, '$.incident') <> ? "
                        f"AND NOT coalesce(json_extract({EVENT_DATA}, '$.{ENDED}'), 0) AND "
                        f"json_extract({EVENT_DATA}, '$.incident') NOT IN (SELECT id FROM incidents) LIMIT 1",
                        (number, named)).fetchone() is not None


def _episode_start(conn: sqlite3.Connection, fingerprint: str, number: int) -> str:
    """When the episode of the incident ``number`` (of ``fingerprint``) began, as far as the
    journal tells: its alert's last ``FIRED`` event by the incident's taking on, else that."""
    opened = conn.execute("SELECT opened_at FROM incidents WHERE id = ?", (number,)).fetchone()[0]
    fired = conn.execute("SELECT max(at) FROM events WHERE fingerprint = ? AND kind = ? AND at <= ?",
                         (fingerprint, EventKind.FIRED.value, opened)).fetchone()[0]
    return fired or opened


def _resolution(conn: sqlite3.Connection, fingerprint: str, at: str) -> tuple | None:
    """The ``RESOLVED`` event (``_EVENT``'s columns) that closed the incident of ``fingerprint``
    taken on at ``at``: the first one after it whose incident did not fire again within
    ``FLAP_WINDOW`` (a ``FIRED`` event naming it in ``data["incident"]``: the incident went on);
    None when none is kept."""
    for row in conn.execute(f"{_EVENT} WHERE fingerprint = ? AND kind = ? AND at >= ? ORDER BY at, id",
                            (fingerprint, EventKind.RESOLVED.value, at)).fetchall():
        number = _data(row).get("incident")
        if number is None or conn.execute(
                f"SELECT 1 FROM events WHERE fingerprint = ? AND kind = ? AND id > ? AND "
                f"json_extract({EVENT_DATA}, '$.incident') = ?", (fingerprint, EventKind.FIRED.value, row[0], number)
        ).fetchone() is None:
            return row
    return None


def _named(conn: sqlite3.Connection, fingerprint: str, at: str) -> str:
    """The alert's name as its events kept at ``at`` give it ("" for none)."""
    row = conn.execute("SELECT alertname FROM events WHERE fingerprint = ? AND alertname <> '' AND at = ? LIMIT 1",
                       (fingerprint, at)).fetchone()
    return row[0] if row else ""


def _set_handling(conn: sqlite3.Connection, number: int) -> None:
    """Give the incident ``number`` made again its first acknowledgement (its time, by whom)
    and highest escalation (the level, when it was escalated to it) from its own events: those
    naming it in ``data["incident"]`` (escalations, answers and notes written on it), and those
    naming none (acknowledgements: the journal writes no incident on them) of its alert between
    its taking on and its resolution; never an event naming another incident."""
    opened, resolved = conn.execute("SELECT opened_at, resolved_at FROM incidents WHERE id = ?", (number,)).fetchone()
    rows = conn.execute(f"SELECT events.at, events.kind, events.actor, events.text FROM events, incidents "
                        f"WHERE incidents.id = ? AND events.fingerprint = incidents.fingerprint AND events.kind IN "
                        f"(?, ?) AND {HANDLING_EVENT} AND coalesce(json_extract({EVENT_DATA}, '$.incident') = ?, "
                        f"events.at >= ? AND events.at <= ?) ORDER BY events.at, events.id",
                        (number, EventKind.ACKNOWLEDGED.value, EventKind.ESCALATED.value, number, opened,
                         resolved or "9999")).fetchall()
    ack, escalation, escalated_at = None, "", None
    for at, kind, actor, text in rows:
        if kind == EventKind.ACKNOWLEDGED.value and ack is None:
            ack = (at, actor)
        elif kind == EventKind.ESCALATED.value and text > escalation:
            escalation, escalated_at = text, at
    conn.execute("UPDATE incidents SET acknowledged_at = ?, acknowledged_by = ?, escalation = ?, escalated_at = ? "
                 "WHERE id = ?", (ack[0] if ack else None, ack[1] if ack else "", escalation, escalated_at, number))


def _free_number(conn: sqlite3.Connection) -> int:
    """An incident number above every one the journal names: its incidents, its events'
    ``data["incident"]``, its ``state`` scopes ``incident:N`` (ticks of incidents lost) and the
    Incidents rows' drafts an old build named by number (``numbered_drafts``: moved to incident N
    at the journal's next use; a rebuilt incident taking N would get another's draft). The
    drafts named by an incident's alert and start (``incident_note_scope``) name no number."""
    numbers = [conn.execute("SELECT coalesce(max(id), 0) FROM incidents").fetchone()[0],
               conn.execute(f"SELECT coalesce(max(CAST(json_extract({EVENT_DATA}, '$.incident') AS INTEGER)), 0) "
                            "FROM events").fetchone()[0] or 0,
               conn.execute("SELECT coalesce(max(CAST(substr(scope, 10) AS INTEGER)), 0) FROM state "
                            "WHERE scope LIKE 'incident:%'").fetchone()[0] or 0]
    numbers += [numbered(scope) or 0 for scope, in conn.execute(NUMBERED_SCOPES).fetchall()]
    return max(numbers) + 1


def _data(row: tuple | None) -> dict:
    """The ``data`` of an event row (``_EVENT``'s columns; None: no event), {} when it is not a
    JSON object (garbled: a salvage keeps none such, ``journal_rows``; code review 63A CA1)."""
    try:
        data = loads(row[6]) if row is not None else {}
    except (msgspec.DecodeError, TypeError, RecursionError):  # RecursionError: nested too deep
        return {}
    return data if isinstance(data, dict) else {}


def _text(value: object) -> str:
    """``value`` when it is text, else ""."""
    return value if isinstance(value, str) else ""


def _labels(value: object) -> dict[str, str]:
    """``value``'s labels whose name and value are text ({} for another kind of value)."""
    return {k: v for k, v in value.items() if isinstance(k, str) and isinstance(v, str)} \
        if isinstance(value, dict) else {}
