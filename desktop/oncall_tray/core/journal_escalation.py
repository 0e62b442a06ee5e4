"""The journal's records of escalations and of their answers (no Qt): what the engineer records
with the tray's *Escalated to…* menu and ``oncall-tray escalate``.

The on-call guide gives each level a time to answer after the escalation (L2 "< 10 minutos após
escalação", L3 "< 15": ``sla.ANSWER_WITHIN``); the tray reminds the engineer when it passes, unless
the answer was recorded (``Escalations.record_answer``).
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Mapping, Sequence

from .journal_notes import INCIDENT, IncidentsGone, current_incident, row_incidents, tagged
from .journal_schema import Event, EventKind, ts
from .sla import ANSWER_WITHIN

_OPEN_INCIDENT = ("SELECT escalation, escalated_at FROM incidents WHERE fingerprint = ? AND resolved_at IS NULL "
                  "ORDER BY id DESC LIMIT 1")


class NotAnswered(str, enum.Enum):
    """Why ``record_answer`` recorded nothing."""

    NOT_ESCALATED = "not escalated"  # the alert's open incident is not escalated at all
    OTHER_LEVEL = "other level"  # it is escalated to the other level
    ALREADY = "already"  # that level's answer was recorded since the escalation


class Escalations:
    """The escalation records of ``Journal`` (a part of it: its ``transaction`` does the work)."""

    def record_escalation(self, fingerprint: str, level: str, *, alertname: str = "", actor: str = "",
                          source: str = "", severity: str = "", summary: str = "",
                          labels: Mapping[str, str] | None = None, fired_at: dt.datetime | None = None,
                          at: dt.datetime | None = None, message: str = "",
                          incidents: Sequence[int] = ()) -> Event | None:
        """The engineer escalated the alert to ``level`` (L2, L3): an event, with the
        ``message`` sent (as edited: review 28, the impact typed into it was found nowhere
        afterwards) in its ``data["message"]``, and the incident (opened if the alert was not
        acknowledged) marked escalated. None, and nothing recorded, when its open incident is
        escalated to ``level`` or higher already (the tray's *Escalated to…* and ``oncall-tray
        escalate`` both record; twice was listed twice). ``incidents``: the ids of the incidents of
        the Incidents row it is recorded on (a folded row's members, the shown one first): recorded
        on each of them still open (one that resolved since is escalated no more, none opened) in
        this one transaction, all or none (code review 74 AL2, AL3); the first recorded is
        returned. Recorded by alert (no ``incidents``), it names the alert's open incident
        (``current_incident``). Raises ``IncidentsGone`` when none of ``incidents`` is open (all
        resolved since the row was shown, or gone from the journal: code review 75 AM5, it said
        "escalated already"), JournalError."""
        with self.transaction(at) as tx:
            if incidents:
                written, rows = [], row_incidents(tx, incidents)
                if not any(row["resolved_at"] is None for row in rows):  # (not "escalated already")
                    raise IncidentsGone("escalation", resolved=bool(rows))
                for row in rows:
                    if row["resolved_at"] is None and not (row["escalation"] and row["escalation"] >= level):
                        tx.conn.execute("UPDATE incidents SET escalation = ?, escalated_at = ? WHERE id = ?",
                                        (level, ts(tx.now), row["id"]))
                        written.append(tx.event(EventKind.ESCALATED, fingerprint=row["fingerprint"],
                                                alertname=alertname, actor=actor, source=source, text=level,
                                                data={INCIDENT: row["id"], **({"message": message} if message else {})}))
                return written[0] if written else None
            done = tx.conn.execute(_OPEN_INCIDENT, (fingerprint,)).fetchone()
            if done is not None and done[0] and done[0] >= level:
                return None
            tx.take_incident(fingerprint, alertname=alertname, severity=severity, summary=summary, labels=labels,
                             fired_at=fired_at, escalation=level, escalated_at=tx.now)
            return tx.event(EventKind.ESCALATED, fingerprint=fingerprint, alertname=alertname, actor=actor,
                            source=source, text=level, data=tagged(current_incident(tx, fingerprint),
                                                                   {"message": message} if message else {}))

    def record_answer(self, fingerprint: str, level: str, *, alertname: str = "", actor: str = "",
                      source: str = "", at: dt.datetime | None = None,
                      incidents: Sequence[int] = ()) -> Event | NotAnswered:
        """The level the alert was escalated to (``level``: "L2", "L3") answered: an
        ``ANSWERED`` event (``text`` the level), which stops the tray's reminder that the answer
        is overdue and which the handoff tells ("answered at 17:01"). Records nothing, and says
        why, when the alert's open incident is not escalated (``NOT_ESCALATED``), is escalated to
        the other level (``OTHER_LEVEL``) or its answer was recorded since the escalation
        (``ALREADY``). ``incidents``: as ``record_escalation``'s (recorded for each of them still
        open, in one transaction; the first's outcome returned). Raises ValueError for a level
        with no answer time, JournalError."""
        if level not in ANSWER_WITHIN:
            raise ValueError(f"no answer is expected from level {level!r}")
        with self.transaction(at) as tx:
            if not incidents:
                done = tx.conn.execute(_OPEN_INCIDENT, (fingerprint,)).fetchone()
                return _answer(tx, fingerprint, level, done, tagged(current_incident(tx, fingerprint)),
                               alertname=alertname, actor=actor, source=source)
            outcomes = [_answer(tx, row["fingerprint"], level, (row["escalation"], row["escalated_at"]),
                                {INCIDENT: row["id"]}, alertname=alertname, actor=actor, source=source)
                        for row in row_incidents(tx, incidents) if row["resolved_at"] is None]
            return next((o for o in outcomes if isinstance(o, Event)), outcomes[0] if outcomes
                        else NotAnswered.NOT_ESCALATED)


def _answer(tx, fingerprint: str, level: str, done, data: Mapping, **fields) -> Event | NotAnswered:
    """``record_answer`` on one incident, of which ``done`` is (escalation, escalated_at), None
    for none; ``data`` the event's."""
    if done is None or not done[0]:
        return NotAnswered.NOT_ESCALATED
    if done[0] != level:
        return NotAnswered.OTHER_LEVEL
    if tx.conn.execute("SELECT 1 FROM events WHERE fingerprint = ? AND kind = ? AND text = ? AND at >= ?",
                       (fingerprint, EventKind.ANSWERED.value, level, done[1] or "")).fetchone():
        return NotAnswered.ALREADY
    return tx.event(EventKind.ANSWERED, fingerprint=fingerprint, text=level, data=dict(data), **fields)
