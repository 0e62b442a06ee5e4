"""``handoff end`` (a preview) on a damaged journal that it only reads (review 57 S10): the end
report needs the events, which may not be readable; what the shift's draft holds (the state
table) is still printed, so that the engineer reads what they wrote (no Qt)."""

from __future__ import annotations

import datetime as dt

from ..core import shifts
from ..core.handoff import CONTEXT as REPORT
from ..core.local_times import local_stamp
from ..core.journal import Journal, JournalError
from ..core.journal_schema import Shift
from ..core.pending import own_items, split_items
from ..i18n import Translate
from ..terminal_text import visible
from .common import error, out

CONTEXT = "handoff_cli"


def print_draft(journal: Journal, shift: Shift, failure: JournalError, tr: Translate, zone: dt.tzinfo) -> None:
    """Say that the end report cannot be made (``failure``) and print the open ``shift`` and
    what its draft holds: pending items, observations, the incoming engineer.

    Raises:
        JournalError: the draft cannot be read either.
    """
    saved = journal.state(shifts.shift_scope(shift.id))
    error(tr(CONTEXT, "The end report cannot be made from the damaged journal: %1. What the shift's draft holds:")
          .replace("%1", failure.text(tr)))
    lines = [tr(CONTEXT, "Shift of %1, since %2").replace("%1", visible(shift.engineer)).replace(
        "%2", local_stamp(shift.started_at, zone, tr))]
    lines += [f"{tr(REPORT, 'Pending for the Next Shift')}:"] + [f"  - {visible(item)}" for item in own_items(saved)]
    lines += [f"{tr(REPORT, 'Observations')}:"] + [f"  - {visible(item)}"
                                                    for item in split_items(saved.get("observations", ""))]
    lines.append(tr(REPORT, "Incoming on-call engineer: %1").replace(
        "%1", visible(saved.get("incoming", shift.incoming)) or "?"))
    out("\n".join(lines))
