"""Where oncall-tray keeps its files, from platformdirs (per user, per platform)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import platformdirs

from . import APP_NAME


def config_dir() -> Path:
    """The user config folder, e.g. ``~/.config/oncall-tray`` on Linux."""
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def default_config_path() -> Path:
    """``<user config dir>/config.yaml`` (issue 2)."""
    return config_dir() / "config.yaml"


def log_dir() -> Path:
    """The user log folder, e.g. ``~/.local/state/oncall-tray/log`` on Linux."""
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def data_dir() -> Path:
    """The user data folder, e.g. ``~/.local/share/oncall-tray`` on Linux."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


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
    """A per-user folder for generated files (notification icons); created on demand."""
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))
