"""``handoff start`` and ``end`` (previews) on a damaged journal that they only read (review 57
S10): the checklist and the report need the events, which may not be readable; what can still be
read is printed instead, so that the engineer sees what they and the shift before wrote: for
``end``, the open shift and its draft (pending items, observations, the incoming engineer); for
``start``, the previous shift's handoff notes and the start window's draft (no Qt)."""

from __future__ import annotations

import datetime as dt

from ..core import shifts
from ..core.observations import OBSERVATIONS
from ..core.handoff import CONTEXT as REPORT
from ..core.handoff import handed_notes
from ..core.journal import Journal, JournalError
from ..core.journal_schema import Shift
from ..core.local_times import local_stamp
from ..core.pending import own_items, split_items
from ..i18n import Translate
from ..terminal_text import visible
from .common import EXIT_USAGE, error, out

CONTEXT = "handoff_cli"


def print_readable(action: str, journal: Journal, failure: JournalError, tr: Translate, zone: dt.tzinfo,
                   engineer: str, language: str) -> int:
    """Say that ``action``'s checklist ("start") or report ("end") cannot be made (``failure``)
    and print what can still be read of it (see the module); the previous handoff's notes in
    ``language`` ("en", "pt_BR") as the checklist gives them; ``engineer``: the ``engineer`` setting,
    who hands over a shift started with no name (``shifts.handed_over_by``) (``handed_notes``; review 72 AH11). Returns the exit code: 1, the
    journal cannot be used whole. When that cannot be read either (the damaged file read as it is:
    its shifts' or drafts' pages damaged too), one line says so instead (review 61 X12: it ended
    in a traceback); ``failure`` is then not repeated, that reading's error is said.
    """
    end = action == "end"
    try:
        lines = _end_draft(journal, shifts.open_shift(journal), tr, zone, engineer) if end else \
            _start_draft(journal, tr, zone, language, engineer)
    except JournalError as unread:
        said = tr(CONTEXT, "The end report cannot be made from the damaged journal, nor can the open shift and its "
                           "draft be read from it: %1") if end else \
            tr(CONTEXT, "The start checklist cannot be made from the damaged journal, nor can the previous shift's "
                        "handoff notes and the draft be read from it: %1")
        error(said.replace("%1", unread.text(tr)))
        return EXIT_USAGE
    said = tr(CONTEXT, "The end report cannot be made from the damaged journal: %1. What can still be read of the "
                       "shift:") if end else \
        tr(CONTEXT, "The start checklist cannot be made from the damaged journal: %1. What can still be read:")
    error(said.replace("%1", failure.text(tr)))
    out("\n".join(lines))
    return EXIT_USAGE


def no_shift(journal: Journal, tr: Translate) -> str:
    """What to say when ``journal`` has no open shift: start one; or, when it is damaged and only
    read here, that none can be read from it (one may be open in it: review 60 V6, a journal cut
    short was told "No shift is open: start one"), to repair it first."""
    if journal.unreadable is not None:
        return tr(CONTEXT, "No open shift can be read from the damaged journal (one may be open in it): repair it "
                           "first, as said above, before starting a shift.")
    return tr(CONTEXT, "No shift is open: start one with `oncall-tray handoff start --confirm`.")


def _end_draft(journal: Journal, shift, tr: Translate, zone: dt.tzinfo, engineer: str) -> list[str]:
    if shift is None:
        return [no_shift(journal, tr)]
    saved = journal.state(shifts.shift_scope(shift.id))
    by = shifts.handed_over_by(journal, shift, engineer)  # a nameless shift's: who is on call (EndReport.outgoing)
    lines = [tr(CONTEXT, "Shift of %1, since %2").replace("%1", visible(by)).replace(
        "%2", local_stamp(shift.started_at, zone, tr))]
    lines += [f"{tr(REPORT, 'Pending for the Next Shift')}:"] + [f"  - {visible(item)}" for item in own_items(saved)]
    lines += _observations(saved, tr)
    return lines + [tr(REPORT, "Incoming on-call engineer: %1").replace(
        "%1", visible(saved.get("incoming", shift.incoming)) or "?")]


def _start_draft(journal: Journal, tr: Translate, zone: dt.tzinfo, language: str, engineer: str) -> list[str]:
    previous, saved = shifts.last_handoff(journal), journal.state(shifts.START_SCOPE)
    by = shifts.handed_over_by(journal, previous, engineer) if previous is not None else ""
    return previous_notes(previous, handed_notes(saved, previous, journal, language), tr, zone, by) + \
        _observations(saved, tr)


def previous_notes(previous: Shift | None, notes: str, tr: Translate, zone: dt.tzinfo, by: str = "") -> list[str]:
    """The lines of the previous shift's handoff ``notes`` (its end report, or what was pasted)
    under a heading naming who handed over (``by``, ``shifts.handed_over_by``; "": ``previous``'s
    engineer) when (``previous``, the shift handed over last)."""
    heading = tr(CONTEXT, "Previous shift's handoff notes")
    if previous is not None and previous.ended_at is not None:
        heading += " (" + tr(CONTEXT, "%1, handed over %2").replace("%1", by or previous.engineer).replace(
            "%2", local_stamp(previous.ended_at, zone, tr)) + ")"
    notes = notes.strip()
    return [f"{heading}:"] + ([f"  | {line}" for line in notes.splitlines()] if notes else
                              [f"  {tr(CONTEXT, '(none in this journal)')}"])


def _observations(saved: dict, tr: Translate) -> list[str]:
    return [f"{tr(REPORT, 'Observations')}:"] + [f"  - {visible(item)}"
                                                 for item in split_items(saved.get(OBSERVATIONS, ""))]
