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
from .local_times import iana_zone
from .pending import pending_items
from .shifts import RENDERED_KEY, event_data
from .sla import SlaPolicy


#: The key, beside the language codes of the renderings kept with a handoff, of the IANA name of
#: the zone their times are in: the lists of past handoffs show the shift's times in it, as its
#: texts do (review 63 Z4). Absent for a zone without one (a POSIX ``TZ``) and in earlier handoffs.
ZONE_KEY = "zone"


def start_renderings(checklist: StartChecklist, zone: dt.tzinfo) -> dict[str, str]:
    """``checklist`` as Markdown in each shipped language (language code -> text), times in
    ``zone``, with ``ZONE_KEY``: its IANA name (when it has one)."""
    return _with_zone({language: start_markdown(checklist, translator(language), zone) for language in SHIPPED}, zone)


def _with_zone(rendered: dict[str, str], zone: dt.tzinfo) -> dict[str, str]:
    key = getattr(zone, "key", None)  # a ZoneInfo's IANA name
    return {**rendered, ZONE_KEY: key} if isinstance(key, str) and key else rendered


def written_zones(journal: Journal, shift: Shift) -> tuple[dt.tzinfo | None, dt.tzinfo | None]:
    """The zones the start checklist and the end report of ``shift``'s handoff were each written
    in (``ZONE_KEY``), each None when not kept (an earlier version's handoff, a zone without an
    IANA name) or the journal's events cannot be read. The lists of past handoffs show the shift's
    start in the first and its end in the second, each named, so that a shift taken over in one
    zone and handed over in another reads in the list as its two headings do (review 63 Z4;
    review 64 V8: both times were listed in the end's zone, the start heading said another)."""
    return _zone_of(journal, shift, EventKind.SHIFT_STARTED), _zone_of(journal, shift, EventKind.SHIFT_ENDED)


def listed_zones(journal: Journal, shift: Shift, zone: dt.tzinfo) -> tuple[dt.tzinfo, dt.tzinfo]:
    """The zones the lists of past handoffs show ``shift``'s start and end in: each its text's
    (``written_zones``), else the other text's, else ``zone`` (the settings')."""
    start, end = written_zones(journal, shift)
    return start or end or zone, end or start or zone


def _zone_of(journal: Journal, shift: Shift, kind: EventKind) -> dt.tzinfo | None:
    """The zone kept with the texts of ``shift``'s ``kind`` event (``ZONE_KEY``), or None."""
    try:
        rendered = (event_data(journal, shift, kind) or {}).get(RENDERED_KEY)
    except JournalError:
        return None
    name = rendered.get(ZONE_KEY) if isinstance(rendered, Mapping) else None
    if not isinstance(name, str):
        return None
    return iana_zone(name)


def end_renderings(journal: Journal, report: EndReport, live: Live, zone: dt.tzinfo,
                   policy: SlaPolicy | None = None) -> dict[str, str]:
    """``report`` (as the engineer hands it over: ``live`` the poll it was made from, ``policy``
    the SLA settings) as Markdown in each shipped language: built again in each, up to the same
    moment, with the engineer's choices and words carried over; with ``ZONE_KEY`` as
    ``start_renderings``. Raises ``JournalError`` as the journal's reads do."""
    rendered = {}
    for language in SHIPPED:
        tr = translator(language)
        again = end_report(journal, report.shift, live, tr, zone, at=report.at, policy=policy)
        again = dataclasses.replace(again, pending=pending_items(again.suggestions, report.dismissed, report.own),
                                    dismissed=report.dismissed, own=report.own, observations=report.observations,
                                    incoming=report.incoming)
        rendered[language] = end_markdown(again, tr, zone)
    return _with_zone(rendered, zone)


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
