"""Which draft a Settings dialog keeps (code review AU2): the first dialog open on a settings file
keeps ``config_draft.draft_path``'s, and another open meanwhile (a second tray on the same
settings file: one given ``--alertmanager`` runs beside the other) keeps one of its own beside it,
so that what the engineer types in either is kept (guide: nothing typed may be lost), neither
written over by the other nor offered by it as "not saved when oncall-tray stopped". Each draft is
held by the dialog keeping it (``core.journal_hold``: the system drops the hold when the tray
ends, SIGKILL included). No Qt.
"""

from __future__ import annotations

from pathlib import Path

from .config_draft import DRAFT_SLOTS, draft_path
from .core.journal_hold import Holder, JournalHeld, JournalHold
from .paths import Folders

WHAT = "the settings not saved"  # (the hold's name in the log)


def take_slot(folders: Folders, settings: Path, holder: Holder, prefer_left: bool = True,
              ) -> tuple[int, JournalHold | None, bool]:
    """Hold a draft of ``settings`` for one dialog: the first one no other open dialog holds
    (``config_draft.draft_path``'s slots, 0 first), or with ``prefer_left`` a later free one
    holding a draft left by a dialog gone (a tray that crashed or stopped with changes not saved),
    so that the next opening offers it back as the first dialog's is.

    Returns:
        (slot, hold, shared): the slot taken; its hold (None when the lock cannot be made: logged
        by ``JournalHold.take``, the dialog keeping slot 0 unguarded as before); whether another
        open dialog holds a slot before it (the dialog then says its draft is kept apart).

    Raises:
        JournalHeld: every slot is held (``DRAFT_SLOTS`` dialogs open on ``settings``): the last
            holder's.
    """
    taken: tuple[int, JournalHold | None] | None = None
    held: JournalHeld | None = None
    for slot in range(DRAFT_SLOTS):
        try:
            taken = slot, JournalHold.take(draft_path(folders, settings, slot), holder, WHAT)
            break
        except JournalHeld as exc:
            held = exc
    if taken is None:
        raise held  # type: ignore[misc]  (DRAFT_SLOTS > 0: one was tried)
    slot, hold = taken
    if prefer_left and not draft_path(folders, settings, slot).exists():
        for later in range(slot + 1, DRAFT_SLOTS):
            if not draft_path(folders, settings, later).exists():
                continue
            try:
                left = JournalHold.take(draft_path(folders, settings, later), holder, WHAT)
            except JournalHeld:
                continue
            if hold is not None:
                hold.release()
            return later, left, slot > 0
    return slot, hold, slot > 0


__all__ = ["WHAT", "take_slot"]
