"""Words typed into a draft from two places at once: the shift windows' text boxes and the
command line's ``handoff start/end --observation/--pending`` (no Qt, no I/O).

Both write through ``Journal.update_state``, which reads, changes and writes one value in one
transaction; these functions are the changes. Nothing typed in either place is lost
(developers' guide: "nothing the engineer typed may be lost").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import NamedTuple

from .pending import split_items
from .handoff_markdown import one_line


def with_items(current: str | None, items: Iterable[str]) -> str | None:
    """``current`` (a draft text box, or None) with each of ``items`` on a line of its own after
    the words already there, which are kept as typed. An item whose words the draft holds
    already (list markers aside) is left out, so the same command run twice adds it once. Nothing to add: ``current`` as it was."""
    held = set(split_items(current or ""))
    added = []
    for item in items:
        text = one_line(item)
        words = split_items(text)
        if words and words[0] not in held:
            held.add(words[0])
            added.append(text)
    if not added:
        return current
    if current and not current.endswith("\n"):
        current += "\n"
    return (current or "") + "\n".join(added)


#: The state scope of the marks of take-backs (``taking_back``): key, a box's draft scope; value,
#: the note kept at a quit last taken back into that draft. Removed once the file kept beside the
#: journal no longer holds it; a scope of its own, so that no draft's scope holds anything but it.
TAKEN_BACK_SCOPE = "taken_back"


def after_draft(draft: str, typed: str) -> str:
    """What a notes box holds once ``draft``, read at last, comes back: ``draft``, then ``typed``
    (what was typed while it could not be read, or an old build's draft: ``numbered_drafts``),
    after a space; ``draft`` alone when ``typed`` is empty. Whatever the draft holds already,
    ``typed`` is added: nothing typed is lost (code review 80 AV4: "waiting" typed after a draft
    ending "now waiting" was dropped as if taken back already; a take-back already written is
    known by its mark, ``taking_back``)."""
    if not typed.strip():
        return draft
    return f"{draft} {typed}" if draft.strip() else typed


def taking_back(draft: str, typed: str, taken: str) -> str:
    """What a draft holds once the note ``typed``, kept beside the journal at a quit, is taken
    back into it (``after_draft``), when the draft's ``TAKEN_BACK_SCOPE`` mark is ``taken`` (the note
    last taken back into it, written after it; "" when none). ``typed`` that IS that note is not
    added again: a take-back committed at a quit whose file was not rewritten (a SIGKILL, the
    follow-up dropped) is found again at the next start (code review 79 AT9), wherever the
    engineer moved it in the draft since (80 AU4). ``typed`` beginning with that note then a
    space (what was typed over the draft this run, after the kept note: ``after_draft``) adds
    only the rest. Any other text is added, even the same words as the draft's (80 AV4)."""
    if taken.strip():
        if typed == taken:
            return draft
        if typed.startswith(f"{taken} "):
            return after_draft(draft, typed[len(taken) + 1:])
    return after_draft(draft, typed)


def merge_typed(stored: object, typed: str, base: str | None) -> str:
    """What to save for a text box whose text is now ``typed``, when it last showed or saved
    ``base`` and the journal holds ``stored``.

    Unchanged since (``stored`` is ``base``, or None, or already ``typed``): ``typed``. Changed
    elsewhere meanwhile (the command line added lines): ``typed`` followed by the lines
    ``stored`` gained since ``base`` that ``typed`` does not hold, so that the window's save
    keeps them instead of writing over them. A line the engineer deleted from the box (it was
    in ``base``) stays deleted. ``base`` None (nothing known of the journal) saves ``typed``.
    """
    if base is None or not isinstance(stored, str) or stored in (base, typed):
        return typed
    before = set(base.splitlines())
    have = set(typed.splitlines())
    gained = [line for line in stored.splitlines() if line.strip() and line not in before and line not in have]
    if not gained:
        return typed
    if typed and not typed.endswith("\n"):
        typed += "\n"
    return typed + "\n".join(gained)


class RefusedNote(NamedTuple):
    """A note the journal refused when Enter was pressed (disk full), back in its alert's box
    (the alerts window's notes panel) until it is added: its text, when Enter was pressed (UTC,
    the note's time once added), its alert's name and the ids of the incidents of the Incidents
    row it was added on (a folded row's members, ``handoff_folded``, the shown one first: written
    on each of them in one transaction, also when it is added by itself after the refusal; ()
    for an alert of the alerts window, noted by its fingerprint) and its alert's fingerprint."""

    text: str
    at: dt.datetime
    alertname: str
    incidents: tuple[int, ...] = ()
    fingerprint: str = ""

    def rest(self, box: str) -> str | None:
        """What ``box`` holds after this note when it still begins with it, stripped ("": the
        note alone), added by itself once the journal takes it, the rest left as the draft; None
        when the note was changed (a draft again: review 58 T6). The one rule of the status
        line and of the adding (review 61 X9: the line promised the add, which needed the note
        alone; the note comes back before what was typed since, ``_note_written``)."""
        box = box.strip()
        if box == self.text:
            return ""
        return box[len(self.text):].strip() if box.startswith(self.text) and box[len(self.text)].isspace() else None
