"""Where oncall-tray keeps its files, from platformdirs (per user, per platform).

A run given a folder of its own (``ONCALL_TRAY_OWN_FOLDER``: ``oncall-tray demo``, whose tray
runs beside the real one) keeps every file it writes there instead (``own_folder``): its data
(drafts, notes, the settings' kept copy), its cache (the notifications on screen, icons) and its
log; the settings file is read where it is (code review 72 AH1).
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import platformdirs

from . import APP_NAME

#: The environment variable naming the folder a run keeps all its files in (``own_folder``).
OWN_FOLDER = "ONCALL_TRAY_OWN_FOLDER"


def own_folder() -> Path | None:
    """The folder this run keeps its files in instead of the user's folders (the demo's temporary
    one, from ``OWN_FOLDER``), or None: the user's folders (platformdirs)."""
    folder = os.environ.get(OWN_FOLDER)
    return Path(folder) if folder else None


def _user_folder(kind: str, user: str) -> Path:
    """``<own folder>/<kind>``, or else ``user`` (a platformdirs folder) as a Path."""
    own = own_folder()
    return own / kind if own is not None else Path(user)


def config_dir() -> Path:
    """The user config folder, e.g. ``~/.config/oncall-tray`` on Linux."""
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def default_config_path() -> Path:
    """``<user config dir>/config.yaml`` (issue 2)."""
    return config_dir() / "config.yaml"


def log_dir() -> Path:
    """The user log folder, e.g. ``~/.local/state/oncall-tray/log`` on Linux (``own_folder``/log)."""
    return _user_folder("log", platformdirs.user_log_dir(APP_NAME, appauthor=False))


def data_dir() -> Path:
    """The user data folder, e.g. ``~/.local/share/oncall-tray`` on Linux (``own_folder``/data)."""
    return _user_folder("data", platformdirs.user_data_dir(APP_NAME, appauthor=False))


def per_settings_file(folder: str, settings: Path, suffix: str) -> Path:
    """``<user data dir>/<folder>/<digest><suffix>``: a file kept for the settings file
    ``settings`` (one per settings file: a tray of another ``--config`` keeps its own), named by
    the first 16 hex digits of the SHA-256 of its absolute path."""
    digest = hashlib.sha256(str(Path(settings).expanduser().absolute()).encode("utf-8")).hexdigest()[:16]
    return data_dir() / folder / f"{digest}{suffix}"


def journal_path() -> Path:
    """The shift journal, ``<user data dir>/journal.db`` (issue 5)."""
    return data_dir() / "journal.db"


def shipped(*parts: str) -> Path:
    """A file shipped with the app in ``oncall_tray.resources`` (translations, icons, sounds,
    demo alerts), e.g. ``shipped("sounds", "critical.wav")``: the path in that package's folder.
    The wheel, the editable install and the PyInstaller bundle all keep the resources as plain
    files. Not ``importlib.resources.files``: for zip imports, which the app never uses, it
    imports zipfile, bz2 and lzma, about 1.5 MB of a tray that runs for days (issue 2)."""
    from . import resources

    return Path(resources.__file__).parent.joinpath(*parts)


def runtime_dir() -> Path:
    """A per-user folder for generated files (notification icons, the notifications on screen);
    created on demand (``own_folder``/cache)."""
    return _user_folder("cache", platformdirs.user_cache_dir(APP_NAME, appauthor=False))
