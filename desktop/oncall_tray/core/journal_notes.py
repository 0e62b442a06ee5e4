"""The engineer's notes on alerts in the shift journal, and an alert's latest episode (no Qt):
what the notes panel and ``oncall-tray note`` write and list, and the escalation's "Already
Tried" reads."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from ..i18n import Message
from .journal_file import JournalError
from .journal_schema import ENDED, EVENT_DATA, Event, EventKind, event_from_row, parse_ts, ts
from .journal_tx import FLAP_WINDOW, Tx

#: The key of an event's ``data`` naming the incident (id) it was written on from the Incidents
#: window (``add_note``'s ``incidents``): read as that incident's, whatever episode its alert is in.
INCIDENT = "incident"
_NOTED = ("note", EventKind.ESCALATED.value, EventKind.ANSWERED.value)
#: An ``events`` row as ``event_from_row`` reads it, its ``data`` ``{}`` where it is not valid
#: JSON (a salvaged journal's garbled row: code review 63A CA1), as ``shifts._ITS_EVENT`` reads it
#: (``EVENT_DATA``): one such note read as written on no incident, by its time, instead of failing
#: every reader of the notes, the handoff's included (code review 76 AN5).
_EVENT_ROW = ("SELECT id, at, kind, fingerprint, alertname, silence_id, actor, source, text, "
              f"coalesce({EVENT_DATA}, '{{}}') AS data FROM events")
_ITS_INCIDENT = f"json_extract({EVENT_DATA}, '$.incident')"
#: The SQL condition that an event names no incident the journal holds: none, or one lost (a
#: journal salvaged before its incidents were made again under their numbers, ``journal_rebuild``):
#: read as its alert's incident of that time, never dropped.
_ON_NONE = (f"({_ITS_INCIDENT} IS NULL OR NOT EXISTS (SELECT 1 FROM incidents AS named "
            f"WHERE named.id = {_ITS_INCIDENT}))")
#: The SQL condition (``shifts.incidents``: the handled rule) that an ``events`` row is the
#: ``incidents`` row's: written on it (its ``data["incident"]``), or on none the journal holds
#: (none, or one lost: a journal salvaged before ``journal_rebuild`` kept the numbers; never
#: dropped) since the incident was taken on.
ITS_EVENT = (f"CASE WHEN EXISTS (SELECT 1 FROM incidents AS named WHERE named.id = {_ITS_INCIDENT}) "
             f"THEN {_ITS_INCIDENT} = incidents.id ELSE events.at >= incidents.opened_at END")


class IncidentsGone(JournalError):
    """Nothing was written on the incidents of an Incidents row: none of them is in the journal
    any more (it was set aside and salvaged, moved or replaced since the row was shown: the
    incidents took new numbers), or, for an escalation, all of them resolved since (code review
    75 AM5: the note fell back to the alert's current episode, unsaid; the escalation said
    "escalated already"). Not a failure of the journal: writing the same again fails again.

    Attributes:
        resolved: the incidents are there but resolved (an escalation's refusal); False: gone.
    """

    def __init__(self, what: str, resolved: bool) -> None:
        if resolved:
            reason = Message("journal", "the incident resolved since it was shown: the escalation was not recorded")
        elif what == "note":
            reason = Message("journal", "this row's incidents are no longer in the shift journal (it was set aside or "
                                        "replaced since): the note was not written; select the row again")
        else:
            reason = Message("journal", "this row's incidents are no longer in the shift journal (it was set aside or "
                                        "replaced since): the escalation was not recorded; select the row again")
        super().__init__(reason)
        self.resolved = resolved


def current_incident(tx: Tx, fingerprint: str) -> int | None:
    """The id of the alert's incident a note, escalation or answer written by alert (not on an
    Incidents row) is on: its latest incident when that one is open or covers the alert's
    latest firing (resolved after it); None when it has none (the alerts window's and
    ``oncall-tray note``'s, written after ``Tx.take_incident`` / ``take_ended_incident``: so
    the Incidents window, the handoff and the handled rule all read it on that incident)."""
    tx.flush()
    row = tx.conn.execute("SELECT id, resolved_at FROM incidents WHERE fingerprint = ? ORDER BY id DESC LIMIT 1",
                          (fingerprint,)).fetchone()
    if row is None:
        return None
    fired = tx.conn.execute("SELECT max(at) FROM events WHERE fingerprint = ? AND kind = ?",
                            (fingerprint, EventKind.FIRED.value)).fetchone()[0]
    return row["id"] if row["resolved_at"] is None or fired is None or row["resolved_at"] >= fired else None


def tagged(incident_id: int | None, data: dict | None = None) -> dict:
    """An event's ``data`` (``data``, or none) naming ``incident_id`` when there is one."""
    return {**({INCIDENT: incident_id} if incident_id is not None else {}), **(data or {})}


def row_incidents(tx: Tx, incident_ids: Sequence[int]) -> list:
    """The rows (id, fingerprint, escalation, escalated_at, resolved_at) of the incidents
    ``incident_ids`` that exist, in the order given, read in the transaction ``tx``."""
    wanted = list(dict.fromkeys(incident_ids))
    rows = {row["id"]: row for row in tx.conn.execute(
        "SELECT id, fingerprint, escalation, escalated_at, resolved_at FROM incidents WHERE id IN "
        f"({', '.join('?' * len(wanted))})", wanted)} if wanted else {}
    return [rows[i] for i in wanted if i in rows]


def _on_incident(row) -> dict:
    """A note's ``data`` written by id on the incident ``row`` (``row_incidents``): its number,
    and ``ENDED`` when it had ended (a post-mortem note: a rebuild never gives its number to the
    incident of the alert's episode then, code review 77 AQ2)."""
    return {INCIDENT: row["id"], ENDED: True} if row["resolved_at"] is not None else {INCIDENT: row["id"]}


class Notes:
    """The notes of ``Journal`` (a part of it: its ``transaction`` and ``query`` do the work)."""

    def add_note(self, fingerprint: str, text: str, *, alertname: str = "", actor: str = "", source: str = "",
                 at: dt.datetime | None = None, draft: tuple[str, str] | None = None,
                 incidents: Sequence[int] = ()) -> Event:
        """The engineer's note on an alert (one action or observation); blank text is refused.
        A note on a firing alert opens an incident for it (the engineer is handling it); one on
        an alert that resolved without being handled makes an incident of that firing
        (``Tx.take_ended_incident``).
        ``draft`` (scope, key): the saved state that held the note while it was typed, removed
        in the same transaction.
        ``incidents``: the ids of the incidents of the Incidents row it is written on (a folded
        row's members, the shown one first): written on each of them (``data["incident"]``), at
        one time, in this one transaction, all or none, none opened or taken, whatever episode
        their alerts are in now (code review 74 AL2: by fingerprint, a pod firing again today
        got yesterday's post-mortem note and an incident; AL3: one write per member); the
        first one's event is returned (``fingerprint`` then only names the draft's alert).

        Without ``incidents`` (the alerts window, ``oncall-tray note``: by alert) the note is on
        the alert's current incident (``current_incident``; ``data["incident"]``), so every
        reader agrees whatever comes after (code review 75 AM1, AM4).

        Raises:
            ValueError: ``text`` is blank.
            IncidentsGone: none of ``incidents`` is in the journal any more; nothing written
                (code review 75 AM5: it was written on the alert's current episode).
            JournalError: the journal cannot be written.
        """
        text = text.strip()
        if not text:
            raise ValueError("a note needs some text")
        with self.transaction(at) as tx:
            if draft is not None:
                tx.conn.execute("DELETE FROM state WHERE scope = ? AND key = ?", draft)
            written = [tx.event(EventKind.NOTE, fingerprint=row["fingerprint"], alertname=alertname, actor=actor,
                                source=source, text=text, data=_on_incident(row))
                       for row in row_incidents(tx, incidents)]
            if written:
                return written[0]
            if incidents:
                raise IncidentsGone("note", resolved=False)  # (rolled back: the draft kept)
            if tx.firing(fingerprint):  # writing about a firing alert is handling it
                tx.take_incident(fingerprint, alertname=alertname)
            else:
                tx.take_ended_incident(fingerprint, alertname)
            return tx.event(EventKind.NOTE, fingerprint=fingerprint, alertname=alertname, actor=actor,
                            source=source, text=text, data=tagged(current_incident(tx, fingerprint)))

    def notes(self, fingerprint: str) -> list[Event]:
        """The notes on the alert's latest episode, oldest first: those written since it fired,
        an episode going on when the alert fires again within ``FLAP_WINDOW`` of resolving (all
        of them when the journal knows neither its firing nor an incident of it; from its latest
        incident's firing when its firings were lost with the events, a salvage keeping the
        incidents)."""
        return self._episode_events(fingerprint, ("note",))

    def notes_and_escalations(self, fingerprint: str, acknowledgements: bool = False) -> list[Event]:
        """The notes, recorded escalations and their answers (``text`` the level) of the alert's
        latest episode (as ``notes``), oldest first: what the notes panel lists; with
        ``acknowledgements``, its acknowledged and unacknowledged events too (the escalation's "Already Tried":
        ``escalation.tried_items``)."""
        return self._episode_events(fingerprint, _NOTED + ((EventKind.ACKNOWLEDGED.value, EventKind.UNACKNOWLEDGED.value)
                                                          if acknowledgements else ()))

    def _episode_events(self, fingerprint: str, kinds: tuple[str, ...]) -> list[Event]:
        begun = self.episode_start(fingerprint)
        if begun is None:  # its firings lost (a salvage): from its latest incident's firing, else all
            latest = self.query("SELECT coalesce(min(fired_at, opened_at), opened_at) FROM incidents "
                                "WHERE fingerprint = ? ORDER BY id DESC LIMIT 1", (fingerprint,))
            begun = parse_ts(latest[0][0]) if latest else None
        start = ts(begun or dt.datetime.min.replace(tzinfo=dt.UTC))
        rows = self.query(f"{_EVENT_ROW} WHERE fingerprint = ? AND kind IN ({', '.join('?' * len(kinds))}) AND at >= ? "
                          f"AND NOT EXISTS (SELECT 1 FROM incidents WHERE id = {_ITS_INCIDENT} AND resolved_at < ?) "
                          "ORDER BY at, id", (fingerprint, *kinds, start, start))
        return [event_from_row(r) for r in rows]  # (not those written on an incident of an episode before)

    def incident_notes(self, incident_id: int) -> tuple[str, list[Event]]:
        """The fingerprint of the incident ``incident_id`` ("" when there is none) and its notes,
        recorded escalations and their answers (``notes_and_escalations``' kinds), oldest first:
        those written on it (``add_note``'s ``incidents``), and those on its alert, written on no
        incident or on one no longer in the journal (``_ON_NONE``: a note is never dropped), from
        when it fired (or was taken on; for the alert's first incident, from any time before)
        until the alert's next incident began: an Incidents row's notes, whatever episode its
        alert is in now (code review 74 AL2). One whose ``data`` is not valid JSON is read as
        written on no incident (``_EVENT_ROW``).

        Raises:
            JournalError: the journal cannot be read.
        """
        first = "coalesce(min(fired_at, opened_at), opened_at)"
        found = self.query(f"SELECT fingerprint, {first} FROM incidents WHERE id = ?", (incident_id,))
        if not found:
            return "", []
        fingerprint, start = found[0][0], found[0][1]
        if not self.query("SELECT 1 FROM incidents WHERE fingerprint = ? AND id < ? LIMIT 1", (fingerprint, incident_id)):
            start = None  # the alert's first incident: the notes on none (or on one lost) before it too
        after = self.query(f"SELECT {first} FROM incidents WHERE fingerprint = ? AND id > ? ORDER BY id LIMIT 1",
                           (fingerprint, incident_id))
        until = after[0][0] if after else None
        rows = self.query(
            f"{_EVENT_ROW} WHERE fingerprint = ? AND kind IN ({', '.join('?' * len(_NOTED))}) AND ("
            f"{_ITS_INCIDENT} = ? OR ({_ON_NONE} AND (? IS NULL OR at >= ?) AND (? IS NULL OR at < ?))) "
            "ORDER BY at, id",
            (fingerprint, *_NOTED, incident_id, start, start, until, until))
        return fingerprint, [event_from_row(r) for r in rows]

    def incident_note_texts(self, incident_id: int) -> list[str]:
        """The texts of the notes of the incident ``incident_id`` (``incident_notes``' notes,
        oldest first; none when there is no such incident): what the handoff lists with it, as
        the Incidents window shows it (code review 75 AM4: the handoff read the alert's latest
        episode, another incident's when its pod fired again since).

        Raises:
            JournalError: the journal cannot be read.
        """
        return [event.text for event in self.incident_notes(incident_id)[1] if event.kind is EventKind.NOTE]

    def episode_start(self, fingerprint: str) -> dt.datetime | None:
        """When the alert's latest episode began (UTC): its latest firing, or the one before
        when it had resolved less than ``FLAP_WINDOW`` earlier, and so on; None when the
        journal never saw it fire."""
        start = resolved = None
        for row in self.query("SELECT kind, at FROM events WHERE fingerprint = ? AND kind IN ('fired', 'resolved') "
                              "ORDER BY at DESC, id DESC", (fingerprint,)):
            at = parse_ts(row["at"])
            if row["kind"] == EventKind.FIRED.value:
                if start is not None and resolved is not None and start - resolved > FLAP_WINDOW:
                    break  # resolved long enough before the firing after it: that one began the episode
                start, resolved = at, None
            elif start is not None and resolved is None:
                resolved = at
        return start

    def notes_for(self, fingerprint: str) -> list[str]:
        """The notes' texts (``notes``), as ``core.escalation``'s ``notes=`` takes them ("already
        tried")."""
        return [event.text for event in self.notes(fingerprint)]
