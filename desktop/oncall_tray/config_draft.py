"""The changes typed in the settings dialog and not saved when the tray was stopped without asking
(code review 67 AA9: SIGTERM from a systemd-managed or Wayland session's end, SIGINT): the settings
file is never written without the engineer's Save, and nothing typed may be lost without a word,
so they are kept beside the copy of the settings the tray keeps (``config_kept``: the user data
folder, ``settings-not-saved/``, one per settings file) and offered back the next time the dialog
opens. Written atomically, readable by the user only (``tempfile.mkstemp``). No Qt.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from dataclasses import dataclass
from pathlib import Path

from .config_write import atomic_write_text
from .paths import per_settings_file

log = logging.getLogger(__name__)
DRAFT_DIR = "settings-not-saved"


@dataclass(frozen=True)
class SettingsDraft:
    """The changes kept for one settings file.

    Attributes:
        typed: each field changed, by key, as the dialog's ``Field.typed`` gives it (a text as
            typed; a number, a choice, a tick or the weekdays as values).
        opened: what those fields held when the dialog opened (the same form).
        kept_at: when they were kept (UTC).
    """

    typed: dict
    opened: dict
    kept_at: dt.datetime


def draft_path(settings: Path) -> Path:
    """Where the changes not saved of the settings file ``settings`` are kept."""
    return per_settings_file(DRAFT_DIR, settings, ".json")


def keep_draft(settings: Path, typed: dict, opened: dict, at: dt.datetime) -> Path:
    """Keep ``typed`` (changed fields, by key) and ``opened`` (what they held at the opening) for
    ``settings`` at ``at`` (UTC), over any kept before; returns where.

    Raises:
        UnwritablePath: (an OSError) the draft cannot be written.
        TypeError, ValueError: a value JSON cannot hold.
    """
    target = draft_path(settings)
    atomic_write_text(target, json.dumps({"settings": str(settings), "kept_at": at.isoformat(),
                                          "typed": typed, "opened": opened}, ensure_ascii=False, indent=1))
    return target


def read_draft(settings: Path) -> SettingsDraft | None:
    """The changes kept for ``settings``, or None when there are none. Never raises: a draft that
    cannot be read or is not one is logged and taken as none (and left where it is)."""
    target = draft_path(settings)
    try:
        data = json.loads(target.read_text("utf-8"))
        typed, opened = data["typed"], data.get("opened", {})
        kept_at = dt.datetime.fromisoformat(data["kept_at"])
        if not isinstance(typed, dict) or not isinstance(opened, dict) or kept_at.tzinfo is None:
            raise ValueError("not a draft of settings")
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        log.warning("cannot read the settings not saved kept in %s: %s", target, exc)
        return None
    return SettingsDraft(typed, opened, kept_at) if typed else None


def drop_draft(settings: Path) -> None:
    """Forget the changes kept for ``settings`` (restored or discarded). Never raises: a draft
    that cannot be removed is logged (it is offered again)."""
    try:
        draft_path(settings).unlink(missing_ok=True)
    except OSError as exc:
        log.warning("cannot remove the settings not saved kept in %s: %s", draft_path(settings), exc)


__all__ = ["DRAFT_DIR", "SettingsDraft", "draft_path", "drop_draft", "keep_draft", "read_draft"]
