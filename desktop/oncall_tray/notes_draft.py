"""What was typed in the notes panel over an alert's draft that the shift journal could not read
(``ui.incident_draft``), kept when the tray quits (code review 69 AD3: it lived only in the panel
and was lost at Quit without a word). It cannot go in the journal under the draft's key, which
would write over the draft the journal could not read, so it is kept beside the journal as the
settings not saved are (``config_draft``: the user data folder, ``notes-not-saved/``, one file per
journal, written atomically) and taken back into each alert's draft, after it, at the next start
(``ShiftController``), and kept as it is typed (code review 71 AG7: a SIGKILL lost it). Only a
tray that uses the journal reads and writes it, whether or not it could lock it (code review 70
AE4: a second tray wrote its stale copy over the holder's; 71 AG1: a tray on a file system without
locks kept nothing); a file that cannot be read is set aside, never written over. No Qt.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from .paths import Folders
from .side_files import drop_side, open_side, write_side

NOTES_DIR = "notes-not-saved"


class UnreadableNotes(Exception):
    """The notes kept for a journal are in a file that cannot be read, or is not notes
    (``read_notes``). ``path``: that file; ``aside``: where it was set aside, as it was, for the
    engineer to read (None: it could not be moved and is left at ``path``); ``reason``: why it
    cannot be read (the error's words, untranslated); ``damaged``: it was read, and holds no notes
    (no JSON, or not the shape ``keep_notes`` writes), else it could not be read (an OSError)."""

    def __init__(self, path: Path, aside: Path | None, reason: str, damaged: bool) -> None:
        super().__init__(f"cannot read the notes not saved kept in {path}: {reason}")
        self.path, self.aside, self.reason, self.damaged = path, aside, reason, damaged


def notes_path(folders: Folders, journal: Path) -> Path:
    """Where the notes typed over unread drafts of the journal ``journal`` are kept, in the data
    folder of ``folders`` (the run's), named by its path's digest
    (``paths.Folders.per_settings_file``: a journal given elsewhere keeps its own)."""
    return folders.per_settings_file(NOTES_DIR, journal, ".json")


def keep_notes(folders: Folders, journal: Path, typed: dict[str, str], at: dt.datetime) -> Path | None:
    """Keep ``typed`` (alert fingerprint -> what its box held over its unread draft) for
    ``journal`` at ``at`` (UTC), over any kept before; the blank ones are left out, and with none
    left the file is removed (``drop_notes``). Returns where they are kept, or None.

    Raises:
        UnwritablePath: (an OSError) the file cannot be written.
    """
    kept = {fp: text for fp, text in typed.items() if fp and text.strip()}
    if not kept:
        drop_notes(folders, journal)
        return None
    target = notes_path(folders, journal)
    write_side(target, {"journal": str(journal), "kept_at": at.isoformat(), "typed": kept})
    return target


def read_notes(folders: Folders, journal: Path, at: dt.datetime) -> dict[str, str]:
    """The notes kept for ``journal`` (fingerprint -> text), or {} when there are none.

    Raises:
        UnreadableNotes: the file cannot be read or is not notes: it is set aside first
            (``<name>.unreadable-<UTC time of at>`` beside it, as it was), so that the next
            ``keep_notes`` does not write over it (code review 70 AE4); logged.
    """
    return open_side(notes_path(folders, journal), "notes not saved", _notes, at, UnreadableNotes) or {}


def _notes(data: dict) -> dict[str, str]:
    """The notes a file holds, the blank ones left out. Raises ValueError or KeyError for a file
    that holds none."""
    typed = data["typed"]
    if not isinstance(typed, dict):
        raise ValueError("not notes typed")
    return {str(fp): str(text) for fp, text in typed.items() if str(text).strip()}


def drop_notes(folders: Folders, journal: Path) -> None:
    """Forget the notes kept for ``journal`` (taken back). Never raises: a file that cannot be
    removed is logged (its notes are taken back again)."""
    drop_side(notes_path(folders, journal), "notes not saved")


__all__ = ["NOTES_DIR", "UnreadableNotes", "drop_notes", "keep_notes", "notes_path", "read_notes"]
