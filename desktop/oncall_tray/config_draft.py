"""The changes typed in the settings dialog and not saved when the tray was stopped without asking
(code review 67 AA9: SIGTERM from a systemd-managed or Wayland session's end, SIGINT): the settings
file is never written without the engineer's Save, and nothing typed may be lost without a word,
so they are kept beside the copy of the settings the tray keeps (``config_kept``: the user data
folder, ``settings-not-saved/``, one per settings file) and offered back the next time the dialog
opens. Written atomically, readable by the user only (``tempfile.mkstemp``), and never with a
password: a URL's is taken out and the field named in ``not_kept`` (code review 68 AB2: the
dialog refuses to save one, the keyring holds it; a draft kept as the session ends cannot ask the
keyring, which may be locked or going away, and must not hold it in clear text). No Qt.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from .paths import Folders
from .side_files import drop_side, open_side, read_side, write_side
from .url_passwords import without_password


DRAFT_DIR = "settings-not-saved"


@dataclass(frozen=True)
class SettingsDraft:
    """The changes kept for one settings file.

    Attributes:
        typed: each field changed, by key, as the dialog's ``Field.typed`` gives it (a text as
            typed; a number, a choice, a tick or the weekdays as values).
        opened: what those fields held when the dialog opened (the same form).
        kept_at: when they were kept (UTC).
        not_kept: the fields of ``typed`` whose URL passwords were left out (to type again).
    """

    typed: dict
    opened: dict
    kept_at: dt.datetime
    not_kept: tuple[str, ...] = ()


def without_secrets(values: dict, editing: Mapping[str, str] | None = None) -> dict:
    """``values`` (field key -> ``Field.typed``) as they may be kept or logged: each text with
    its URLs' passwords taken out (``url_passwords.without_password``; in a field of addresses,
    a key ending in ``_url`` or ``_urls``, written without a scheme too, and queries masked).
    ``editing``: the field of addresses being typed in, if any (key -> its text when its editing
    began, ``url_passwords.without_password``'s ``edited_from``):
    what may be a password starting with digits is taken out of it too (code review 72 AH10)."""
    editing = editing or {}
    return {key: without_password(value, key.endswith(("_url", "_urls")), editing.get(key))
            if isinstance(value, str) else value for key, value in values.items()}


DRAFT_SLOTS = 4  # dialogs open at once on one settings file that each keep a draft of their own


def draft_path(folders: Folders, settings: Path, slot: int = 0) -> Path:
    """Where the changes not saved of the settings file ``settings`` are kept (in the data
    folder of ``folders``, the run's: ``LoadedConfig.folders``): ``<digest>.json`` for the first
    dialog open on it (``slot`` 0), ``<digest>.<slot + 1>.json`` for another open meanwhile (two
    trays on one settings file; code review AU2: what the second typed was kept nowhere), each
    apart from the others (``ui.settings_draft_slot``)."""
    return folders.per_settings_file(DRAFT_DIR, settings, f".{slot + 1}.json" if slot else ".json")


def keep_draft(folders: Folders, settings: Path, typed: dict, opened: dict, at: dt.datetime,
               not_kept: Iterable[str] = (), editing: Mapping[str, str] | None = None, slot: int = 0) -> Path:
    """Keep ``typed`` (changed fields, by key) and ``opened`` (what they held at the opening) for
    ``settings`` at ``at`` (UTC), over any kept before, without their passwords (``without_secrets``,
    the fields they were taken from named in the draft's ``not_kept``, after those of ``not_kept``
    in ``typed``: a restored draft's, whose fields no longer hold them; ``editing``: the field
    being typed in, as ``without_secrets`` takes it; ``slot``: the dialog's, ``draft_path``); returns where.

    Raises:
        UnwritablePath: (an OSError) the draft cannot be written.
        TypeError, ValueError: a value JSON cannot hold.
    """
    target = draft_path(folders, settings, slot)
    safe = without_secrets(typed, editing)
    marked = list(dict.fromkeys(key for key in not_kept if key in typed))
    marked += [key for key in typed if safe[key] != typed[key] and key not in marked]
    write_side(target, {"settings": str(settings), "kept_at": at.isoformat(), "typed": safe,
                        "opened": without_secrets(opened), "not_kept": marked})
    return target


def read_draft(folders: Folders, settings: Path, slot: int = 0) -> SettingsDraft | None:
    """The changes kept for ``settings`` (in ``slot``: ``draft_path``), or None when there are none.
    Never raises: a draft that cannot be read or is not one is logged and taken as none (and left
    where it is)."""
    draft = read_side(draft_path(folders, settings, slot), "settings not saved", _draft)
    return draft if draft is not None and draft.typed else None


class UnreadableDraft(Exception):
    """The changes kept for a settings file are in a file that cannot be read, or is not a draft
    (``open_draft``). ``path``: that file; ``aside``: where it was set aside, as it was, for the
    engineer to read (None: it could not be moved and is left at ``path``, never to be written
    over); ``reason``: why it cannot be read (the error's words, untranslated); ``damaged``: it
    was read and holds no draft (said ``side_files.DAMAGED``, review 69 AI6), else it could not
    be read (an OSError). ``side_files.reason_text`` says why."""

    def __init__(self, path: Path, aside: Path | None, reason: str, damaged: bool = False) -> None:
        super().__init__(f"cannot read the settings not saved kept in {path}: {reason}")
        self.path, self.aside, self.reason, self.damaged = path, aside, reason, damaged


def open_draft(folders: Folders, settings: Path, at: dt.datetime, slot: int = 0) -> SettingsDraft | None:
    """The changes kept for ``settings`` (in ``slot``: ``draft_path``), or None when there are none,
    as the dialog that will keep the next ones reads them.

    Raises:
        UnreadableDraft: the file cannot be read or is not a draft: it is set aside first
            (``<name>.unreadable-<UTC time of at>`` beside it, as it was), so that the next
            ``keep_draft`` does not write over it (code review 71 AG4, as the notes file: code
            review 70 AE4); logged.
    """
    draft = open_side(draft_path(folders, settings, slot), "settings not saved", _draft, at, UnreadableDraft)
    return draft if draft is not None and draft.typed else None


def _draft(data: dict) -> SettingsDraft:
    """The draft a file holds. Raises ValueError, KeyError or TypeError for one that is not."""
    typed, opened, not_kept = data["typed"], data.get("opened", {}), data.get("not_kept", [])
    kept_at = dt.datetime.fromisoformat(data["kept_at"])
    if not isinstance(typed, dict) or not isinstance(opened, dict) or not isinstance(not_kept, list) \
            or kept_at.tzinfo is None:
        raise ValueError("not a draft of settings")
    return SettingsDraft(typed, opened, kept_at, tuple(map(str, not_kept)))


def drop_draft(folders: Folders, settings: Path, slot: int = 0) -> None:
    """Forget the changes kept for ``settings`` (in ``slot``: ``draft_path``; restored or
    discarded). Never raises: a draft that cannot be removed is logged (it is offered again)."""
    drop_side(draft_path(folders, settings, slot), "settings not saved")


__all__ = ["DRAFT_DIR", "DRAFT_SLOTS", "SettingsDraft", "UnreadableDraft", "draft_path", "drop_draft", "keep_draft", "open_draft",
           "read_draft", "without_secrets"]
