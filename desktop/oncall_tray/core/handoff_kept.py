"""A handoff's checklists read back in the language the engineer uses now (no Qt): the one rule
of *Past handoffs…*, ``handoff history`` and the start checklist's "previous shift's handoff
notes" (review 68 AF4: the start window showed them in the language they were handed over in).
The renderings are kept by ``handoff_languages``; here only read (split out so that
``core.handoff``, which ``handoff_languages`` imports, can read them too)."""

from __future__ import annotations

from collections.abc import Mapping

from .journal import Journal, JournalError
from .journal_schema import EventKind, Shift
from .shifts import RENDERED_KEY, event_data


def shown_in(journal: Journal, shift: Shift, language: str) -> tuple[str, str]:
    """The start checklist and end report of ``shift`` (each "" when there is none) in
    ``language`` where the handoff kept them so, else as written (``Shift.start_markdown``,
    ``end_markdown``; also when the events of a damaged journal, only read, cannot be read: review
    57 S10). Raises ``JournalError`` as the journal's reads do."""
    try:
        return tuple(_kept(event_data(journal, shift, kind), language) or written if written else ""
                     for kind, written in ((EventKind.SHIFT_STARTED, shift.start_markdown),
                                           (EventKind.SHIFT_ENDED, shift.end_markdown)))
    except JournalError:
        if journal.unreadable is None:
            raise
        return shift.start_markdown, shift.end_markdown


def _kept(data: Mapping | None, language: str) -> str:
    """The Markdown in ``language`` that an event's ``data`` keeps ("" when none)."""
    rendered = (data or {}).get(RENDERED_KEY)
    text = rendered.get(language) if isinstance(rendered, Mapping) else None
    return text if isinstance(text, str) else ""
