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
from .handoff import EndReport, Live, StartChecklist, Translate, end_report
from .handoff_markdown import end_markdown, start_markdown
from .journal import Journal, JournalError
from .journal_schema import EventKind, Shift
from .local_times import iana_zone, local_stamp, zoned_stamp
from .pending import pending_items
from .handoff_kept import shown_in  # noqa: F401 (re-exported: Past handoffs, handoff history)
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
    IANA name) or the journal's events cannot be read. The lists of past handoffs show both
    times in the later one, named once (``listed_times``; review 63 Z4, 66 S8)."""
    return _zone_of(journal, shift, EventKind.SHIFT_STARTED), _zone_of(journal, shift, EventKind.SHIFT_ENDED)


def listed_times(journal: Journal, shift: Shift, zone: dt.tzinfo, tr: Translate) -> tuple[str, str]:
    """``shift``'s start and end as the lists of past handoffs (``handoff history``, the tray's
    Past handoffs) show them: both in one zone, named once after the end, ``("06/12/2026 20:00",
    "06/12/2026 20:15 -03")``: the zone of the later text (``written_zones``: the end's, else the
    start's), else ``zone`` (the settings'). Review 66 S8: each in its own text's zone, a zone
    changed mid-shift listed "23:00 UTC – 20:15 -03", a shift that ended before it began."""
    start, end = written_zones(journal, shift)
    one = end or start or zone
    return local_stamp(shift.started_at, one, tr), zoned_stamp(shift.ended_at, one, tr)


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
        again = end_report(journal, report.shift, live, tr, zone, at=report.at, policy=policy, engineer=report.outgoing)
        again = dataclasses.replace(again, pending=pending_items(again.suggestions, report.dismissed, report.own),
                                    dismissed=report.dismissed, own=report.own, observations=report.observations,
                                    incoming=report.incoming)
        rendered[language] = end_markdown(again, tr, zone)
    return _with_zone(rendered, zone)
