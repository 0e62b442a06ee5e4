"""The shift's checklists in every shipped language, kept with the handoff, and read back in the
one the engineer uses now (no Qt; review Q16).

``handoff history`` and *Past handoffs…* showed each checklist as it was written: a shift started
in English and handed over in Brazilian Portuguese read half and half. The Markdown recorded in
the shift's row stays as written (what was copied, what earlier versions read); beside it, the
``SHIFT_STARTED`` and ``SHIFT_ENDED`` events' data keep it in each language of ``i18n.SHIPPED``
(``RENDERED_KEY``), made from the same checklist or report: the start checklist re-rendered as
it stands; the end report built again in each language (``end_report``: its suggested pending
items by their keys, ``Suggestion.key``) with what the engineer chose and typed (the suggestions
left out, the own items, observations and incoming engineer, which stay as typed). A handoff
recorded before this, or by an earlier version, reads as it was written.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping

from ..i18n import SHIPPED, translator
from .handoff import EndReport, Live, StartChecklist, end_report
from .handoff_markdown import end_markdown, start_markdown
from .journal import Journal, JournalError
from .journal_schema import EventKind, Shift
from .pending import pending_items
from .shifts import RENDERED_KEY, event_data
from .sla import SlaPolicy


def start_renderings(checklist: StartChecklist, zone: dt.tzinfo) -> dict[str, str]:
    """``checklist`` as Markdown in each shipped language (language code -> text), times in ``zone``."""
    return {language: start_markdown(checklist, translator(language), zone) for language in SHIPPED}


def end_renderings(journal: Journal, report: EndReport, live: Live, zone: dt.tzinfo,
                   policy: SlaPolicy | None = None) -> dict[str, str]:
    """``report`` (as the engineer hands it over: ``live`` the poll it was made from, ``policy``
    the SLA settings) as Markdown in each shipped language: built again in each, up to the same
    moment, with the engineer's choices and words carried over. Raises ``JournalError`` as the
    journal's reads do."""
    rendered = {}
    for language in SHIPPED:
        tr = translator(language)
        again = end_report(journal, report.shift, live, tr, zone, at=report.at, policy=policy)
        again = dataclasses.replace(again, pending=pending_items(again.suggestions, report.dismissed, report.own),
                                    dismissed=report.dismissed, own=report.own, observations=report.observations,
                                    incoming=report.incoming)
        rendered[language] = end_markdown(again, tr, zone)
    return rendered


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
