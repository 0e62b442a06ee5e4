"""Pending items carried from one handoff to the next shift (guide: "Pendências para Próximo
Turno" are for the next shift to carry on). No Qt; the journal's own reads.

The items an engineer typed (the end window's own items, ``handoff end --pending``) and the
carried items they kept are recorded with the handoff, in its ``SHIFT_ENDED`` event's data
(``"pending"``: a list of ``{"text", "from"}``, ``pending.handed_over``). The next shift's end
report offers them as suggestions ("… (from Maria's handoff)"), ticked: unticked, one is
dismissed as any suggestion is (``pending.PENDING_DISMISSED``); kept, it is recorded again with
that handoff and goes on to the shift after, still naming who typed it. They are read from the
journal each time, so a restart neither loses nor doubles one (review of three shifts: the typed
items lived only in the old handoff's Markdown, and the next shift's list was rebuilt without
them).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from .journal import Journal
from .journal_schema import EventKind, Shift, loads, parse_ts, shift_from_row, ts
from .shifts import event_data
from .pending import Suggestion, carried_key

CONTEXT = "handoff"
#: The ``SHIFT_ENDED`` event data's key of the items handed over.
PENDING_KEY = "pending"


def handoff_before(journal: Journal, at: dt.datetime) -> Shift | None:
    """The latest shift handed over at or before ``at`` (UTC; a shift's start: the handoff it took
    over from), None when there is none: the one rule of "since the previous handoff ended" (the
    end report's notes and Incidents Handled, ``handoff.end_report``) and of the items it handed
    over (``carried_suggestions``).

    Read from the ``shifts`` table, else from the handoff's ``SHIFT_ENDED`` event: a salvage skips
    the rows it cannot read (``journal_salvage``), and a later handoff whose shift row was lost is
    told by its kept event (code review 80 AV6: the next handoff listed the lost shift's notes
    again, or every note ever with no shift row kept). Such a shift has its event's number,
    engineer (the event's actor), end and incoming engineer; its start is its ``SHIFT_STARTED``
    event's when kept, else its end. Raises JournalError."""
    rows = journal.query("SELECT * FROM shifts WHERE ended_at IS NOT NULL AND ended_at <= ? "
                         "ORDER BY ended_at DESC, id DESC LIMIT 1", (ts(at),))
    kept = shift_from_row(rows[0]) if rows else None
    ended = journal.query("SELECT at, actor, data FROM events WHERE kind = ? AND at <= ? ORDER BY at DESC, id DESC "
                          "LIMIT 1", (EventKind.SHIFT_ENDED.value, ts(at)))
    if not ended or (kept is not None and kept.ended_at is not None and parse_ts(ended[0]["at"]) <= kept.ended_at):
        return kept
    data, end = loads(ended[0]["data"]), parse_ts(ended[0]["at"])
    number = data.get("shift") if isinstance(data.get("shift"), int) else 0
    started = [parse_ts(row["at"]) for row in journal.query(
        "SELECT at, data FROM events WHERE kind = ? AND at <= ? ORDER BY at DESC, id DESC",
        (EventKind.SHIFT_STARTED.value, ts(end))) if loads(row["data"]).get("shift") == number]
    return Shift(number, ended[0]["actor"] or "", started[0] if started else end, end, str(data.get("incoming", "")))


def handed_items(journal: Journal, shift: Shift | None) -> list[dict[str, str]]:
    """The own items ``shift`` handed over (``{"text", "from"}``, in its order); none for None,
    a shift still open, or a handoff recorded before they were kept."""
    if shift is None or shift.ended_at is None:
        return []
    data = event_data(journal, shift, EventKind.SHIFT_ENDED) or {}
    return [{"text": str(item.get("text", "")), "from": str(item.get("from", ""))}
            for item in data.get(PENDING_KEY, []) if isinstance(item, dict) and item.get("text")]


def carried_suggestions(journal: Journal, shift: Shift, tr: Callable[[str, str], str]) -> list[Suggestion]:
    """The items handed over by the handoff ``shift`` took over from, as suggestions in
    ``tr``'s language: "<item> (from <engineer>'s handoff)"."""
    items = handed_items(journal, handoff_before(journal, shift.started_at))
    return [Suggestion(carried_key(item["text"]), carried_text(item, tr), item["text"], item["from"])
            for item in items]


def carried_text(item: dict[str, str], tr: Callable[[str, str], str]) -> str:
    """"<item> (from <engineer>'s handoff)" (the item alone when nobody is named)."""
    if not item["from"].strip():
        return item["text"]
    words = {"%1": item["text"], "%2": item["from"].strip()}  # in one pass: an item may hold "%2"
    return re.sub("%[12]", lambda found: words[found.group()], tr(CONTEXT, "%1 (from %2's handoff)"))
