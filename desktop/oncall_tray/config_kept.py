"""The settings last read whole from a settings file, for a tray that starts while the file
cannot be read at all (review 57 S12: one unclosed bracket added while the tray ran was refused
and said, as it should; after a restart the tray watched the defaults, http://localhost:9093,
showed nothing of the HA pair the shift was on, and its handoff recorded "no silences").

Each time the tray reads its file whole (at start, and each edit it applies), a copy of the text
goes to the user data folder (``LoadedConfig.folders``' data folder, ``settings-last-read/``, one per settings file);
a tray started on a file that cannot be read or parsed at all uses that copy instead of the
defaults, and says so (``LoadedConfig.kept_at``). The command line does not: its commands that act
refuse such a file (``cli._deciding_problem``). No Qt.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from pathlib import Path

from .config import LoadedConfig, load_config
from .config_read import read_settings_text
from .config_write import atomic_write_text

log = logging.getLogger(__name__)
KEPT_DIR = "settings-last-read"


def kept_copy(loaded: LoadedConfig) -> Path:
    """Where the copy of ``loaded``'s settings file is kept, in its run's data folder (one per
    file: a tray of another ``--config`` keeps its own)."""
    return loaded.folders.per_settings_file(KEPT_DIR, loaded.path, ".yaml")


def _whole(loaded: LoadedConfig) -> bool:
    """True when ``loaded`` came from an existing file read and parsed whole (bad values aside)."""
    return loaded.exists and not any(p.kind in ("file", "missing") for p in loaded.problems)


def keep_settings(loaded: LoadedConfig) -> None:
    """Copy ``loaded``'s file, if it was read whole, for ``with_kept_settings``. Never raises: a
    copy that cannot be written is logged (the tray goes on; only a later start loses the copy)."""
    if not _whole(loaded):
        return
    target = kept_copy(loaded)
    try:
        atomic_write_text(target, read_settings_text(loaded.path))
    except (OSError, ValueError) as exc:
        log.warning("cannot keep a copy of the settings %s in %s: %s", loaded.path, target, exc)


def with_kept_settings(loaded: LoadedConfig) -> LoadedConfig:
    """``loaded``, unless its file could not be read or parsed at all (a problem of kind "file")
    and a copy of it was kept: then the copy's settings, with ``loaded``'s overrides, path and
    problems (the file still has to be fixed; the copy's own come after), and ``kept_at`` the
    time the copy was made (UTC). Never raises."""
    if not any(p.kind == "file" for p in loaded.problems):
        return loaded
    copy = kept_copy(loaded)
    try:
        made = dt.datetime.fromtimestamp(copy.stat().st_mtime, dt.timezone.utc)
    except OSError:
        return loaded
    kept = load_config(copy)
    if not _whole(kept):
        return loaded
    return dataclasses.replace(kept.overridden(**loaded.overrides), path=loaded.path, exists=loaded.exists,
                               problems=(*loaded.problems, *kept.problems), journal=loaded.journal,
                               store=loaded.store, kept_at=made, demo=loaded.demo,
                               folders=loaded.folders)


def shown_in_force(running: LoadedConfig) -> LoadedConfig:
    """What the settings dialog shows of ``running`` (the settings the tray runs on): its file
    read again (``reloaded``), unless that file cannot be read or parsed at all now: then
    ``running``'s settings, with the file's problems now and ``kept_at`` when they were last
    read whole from it (``running``'s own, else the time of the copy kept of them), so that the
    dialog does not show the defaults as if they were in force (review 65 R3: it showed
    http://localhost:9093 while the tray watched its Alertmanager). A tray that runs on the
    defaults itself (no copy was ever kept), or whose copy cannot be found, gets the file read
    again: the defaults, which is what it runs on or all that can be said. Never raises."""
    now = running.reloaded()
    if not any(p.kind == "file" for p in now.problems):
        return now
    made = running.kept_at
    if made is None and not any(p.kind in ("file", "missing") for p in running.problems):
        try:  # kept at each whole read the tray applied (keep_settings)
            made = dt.datetime.fromtimestamp(kept_copy(running).stat().st_mtime, dt.timezone.utc)
        except OSError:
            made = None
    if made is None:
        return now
    return dataclasses.replace(running, problems=now.problems, exists=now.exists, kept_at=made)


def kept_time_text(loaded: LoadedConfig) -> str:
    """When ``loaded``'s settings were last read whole (``kept_at``), as "YYYY-MM-DD HH:MM" in
    its time zone; "" when they were not kept."""
    if loaded.kept_at is None:
        return ""
    return loaded.kept_at.astimezone(loaded.config.zone()).strftime("%Y-%m-%d %H:%M")
