"""The engineer's notes on alerts in the shift journal, and an alert's latest episode (no Qt):
what the notes panel and ``oncall-tray note`` write and list, and the escalation's "Already
Tried" reads."""

from __future__ import annotations

import datetime as dt

from .journal_schema import Event, EventKind, event_from_row, parse_ts, ts
from .journal_tx import FLAP_WINDOW


class Notes:
    """The notes of ``Journal`` (a part of it: its ``transaction`` and ``query`` do the work)."""

    def add_note(self, fingerprint: str, text: str, *, alertname: str = "", actor: str = "", source: str = "",
                 at: dt.datetime | None = None, draft: tuple[str, str] | None = None) -> Event:
        """The engineer's note on an alert (one action or observation); blank text is refused.
        A note on a firing alert opens an incident for it (the engineer is handling it); one on
        an alert that resolved without being handled makes an incident of that firing
        (``Tx.take_ended_incident``).
        ``draft`` (scope, key): the saved state that held the note while it was typed, removed
        in the same transaction.

        Raises:
            ValueError: ``text`` is blank.
        """
        text = text.strip()
        if not text:
            raise ValueError("a note needs some text")
        with self.transaction(at) as tx:
            if draft is not None:
                tx.conn.execute("DELETE FROM state WHERE scope = ? AND key = ?", draft)
            if tx.firing(fingerprint):  # writing about a firing alert is handling it
                tx.take_incident(fingerprint, alertname=alertname)
            else:
                tx.take_ended_incident(fingerprint, alertname)
            return tx.event(EventKind.NOTE, fingerprint=fingerprint, alertname=alertname, actor=actor,
                            source=source, text=text)

    def notes(self, fingerprint: str) -> list[Event]:
        """The notes on the alert's latest episode, oldest first: those written since it fired,
        an episode going on when the alert fires again within ``FLAP_WINDOW`` of resolving (all
        of them when the journal never saw it fire)."""
        return self._episode_events(fingerprint, ("note",))

    def notes_and_escalations(self, fingerprint: str, acknowledgements: bool = False) -> list[Event]:
        """The notes, recorded escalations and their answers (``text`` the level) of the alert's
        latest episode (as ``notes``), oldest first: what the notes panel lists; with
        ``acknowledgements``, its acknowledged and unacknowledged events too (the escalation's "Already Tried":
        ``escalation.tried_items``)."""
        kinds = ("note", EventKind.ESCALATED.value, EventKind.ANSWERED.value)
        return self._episode_events(fingerprint, kinds + ((EventKind.ACKNOWLEDGED.value, EventKind.UNACKNOWLEDGED.value)
                                                          if acknowledgements else ()))

    def _episode_events(self, fingerprint: str, kinds: tuple[str, ...]) -> list[Event]:
        start = self.episode_start(fingerprint)
        rows = self.query(f"SELECT * FROM events WHERE fingerprint = ? AND kind IN ({', '.join('?' * len(kinds))}) "
                          "AND at >= ? ORDER BY at, id", (fingerprint, *kinds, ts(start) if start else ""))
        return [event_from_row(r) for r in rows]

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
