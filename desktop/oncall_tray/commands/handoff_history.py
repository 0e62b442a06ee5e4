"""``oncall-tray handoff history``: the handoffs kept in the shift journal, as a list or one of
them (split from ``handoff``, whose translation context it keeps)."""

from __future__ import annotations

from ..config import LoadedConfig
from ..core import shifts
from ..core.handoff_languages import listed_times, shown_in
from ..core.journal import Journal
from ..i18n import Translate, resolve_language
from .common import EXIT_OK, EXIT_USAGE, error, out

CONTEXT = "handoff_cli"


def history(args, loaded: LoadedConfig, journal: Journal, tr: Translate) -> int:
    """``oncall-tray handoff history``: with no ``args.id``, one line per shift handed over
    (its times in the settings' zone, who handed over, a shift started with no name by the name
    it was handed over under: ``shifts.handed_over_by``, code review 82B AZ3, → the incoming);
    with one, that handoff's Markdown as kept. Returns the exit code (``EXIT_USAGE``: no such
    shift). Raises ``JournalError`` when the journal cannot be read."""
    zone = loaded.config.zone()
    if args.id is None:
        past = shifts.past_shifts(journal)
        for shift in past:
            start, end = listed_times(journal, shift, zone, tr)  # one zone, named once (review 63 Z4, 66 S8)
            by = shifts.handed_over_by(journal, shift, loaded.config.engineer)  # a nameless shift's too
            out(f"{shift.id:>5}  {start} – {end}  {by} → {shift.incoming or '?'}")
        if not past:
            error(tr(CONTEXT, "No handoff in the journal yet: the list grows as shifts are handed over "
                              "(oncall-tray handoff end --confirm)."))
        return EXIT_OK
    shift = shifts.shift(journal, args.id)
    if shift is None:
        error(tr(CONTEXT, "No shift %1 in the journal.").replace("%1", str(args.id)))
        return EXIT_USAGE
    # in the language of the day where the handoff kept it so (review Q16: read half and half)
    parts = [text for text in shown_in(journal, shift, resolve_language(loaded.config.language)) if text]
    out("\n".join(parts), end="")
    return EXIT_OK
