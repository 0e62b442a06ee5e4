"""What the shift journal's readers take from an event's ``data``, by the event's kind (no Qt).

An event's ``data`` is a JSON object (``journal_schema.Event.data``). Most of what it holds is
read as whatever it is (``str()`` of it, a truth value, an instance check) or not read at all;
the keys below are read as one type, and their readers raise on another (code review 63A CA1,
continued: ``{"labels": 5}`` passed the salvage, and the note on the resolved alert made an
incident whose labels "After the incident" could not match). ``DATA_SHAPES`` gives each kind's
as a ``msgspec`` Struct: ``journal_checks.COLUMN_CHECKS`` decodes each kept event's ``data`` as
its kind's (the others: any object), so a salvage leaves out a row its readers would raise on.
Unknown keys are allowed (a newer version's); a key missing is its default, as the readers'
``data.get(key, default)`` takes it. A value of another JSON type that a reader would take
without raising (a number as a severity, stored as its digits; a string as ``"from"``, read as
its characters) is refused all the same: never written, it is garbled, and read so it would be
wrong. Keys read as anything (``MEMBER_DOWN``'s "reason", ``ACKNOWLEDGED``'s "opens_incident",
an incident's number, the handoff's "markdown") are not typed.
"""

from __future__ import annotations

import msgspec

from .journal_schema import EventKind


class FiredData(msgspec.Struct):
    """A ``FIRED`` event's data (``journal_feed._fired``), as ``Tx.take_ended_incident`` reads
    it: the incident made of that firing when the engineer notes the alert once it resolved.

    Attributes:
        severity: written into ``incidents.severity`` (text, NOT NULL: null failed the note,
            ``NOT NULL constraint failed``; a list or an object could not be bound).
        labels: ``incidents.labels`` (label -> value; null or absent: none), read back as an
            ``Incident``'s ``labels`` (``aftercare.covering_silences`` matches silences on them).
    """

    severity: str = ""
    labels: dict[str, str] | None = None


class EscalatedData(msgspec.Struct):
    """An ``ESCALATED`` event's data (``Journal.record_escalation``).

    Attributes:
        message: the message sent to the level (text; ``escalation.sent_before`` gives it to
            ``carried_impact``, which splits it into lines: the ``escalate`` command and the
            escalation dialog raised on a number or null).
    """

    message: str = ""


class ShiftEndedData(msgspec.Struct):
    """A ``SHIFT_ENDED`` event's data (``shifts.end_shift``).

    Attributes:
        pending: the items handed over, iterated by ``carried.handed_items`` (the next shift's
            suggestions): a list (null or a number raised). Its items are read as they come
            (one that is no object with a "text" is left out, their words taken with ``str()``).
    """

    pending: list[object] = []


class WatchingMovedData(msgspec.Struct, rename={"left": "from"}):
    """A ``WATCHING_MOVED`` event's data (``journal_feed._watching``), as
    ``handoff_noticed.unwatched_lines`` reads it (``set()`` of each: a number, or a list
    holding lists, raised).

    Attributes:
        left: ``"from"``: the identities of the Alertmanager left (``journal_aside.identities``).
        to: those of the one watched from then on.
        from_also: the other identities the one left was followed under (one Alertmanager
            read through another URL, a proxy: ``journal_answers``; none: a journal written
            before).
        to_also: those of the one watched from then on.
    """

    left: list[str] | None = None
    to: list[str] | None = None
    from_also: list[str] | None = None
    to_also: list[str] | None = None


#: The kinds whose data has keys read as one type: kind -> the data's shape (the others' data:
#: any JSON object).
DATA_SHAPES: dict[EventKind, type[msgspec.Struct]] = {
    EventKind.FIRED: FiredData,
    EventKind.ESCALATED: EscalatedData,
    EventKind.SHIFT_ENDED: ShiftEndedData,
    EventKind.WATCHING_MOVED: WatchingMovedData,
}
