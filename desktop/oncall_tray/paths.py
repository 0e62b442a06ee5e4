"""Where oncall-tray keeps its files, from platformdirs (per user, per platform).

The folders a run writes in (its log, its data: journal, drafts, notes, the settings' kept
copy; its cache: notification icons, the notifications on screen) are one immutable value,
``Folders``, made once where a run starts (``cli.main`` for the tray and each command:
``Folders.for_user``; ``oncall-tray demo``, whose tray runs beside the real one:
``Folders.inside`` its own temporary folder, code review 72 AH1) and passed down, on
``LoadedConfig.folders`` or as a parameter: no module finds its folder in a process-wide
setting (design: no global mutable state). The settings file is read where it is.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from . import APP_NAME


@dataclass(frozen=True)
class Folders:
    """The folders a run keeps its files in.

    Attributes:
        log: the log folder (``logs.setup_logging``).
        data: the data folder: the shift journal, the settings' drafts and kept copies, the
            unsaved notes (``per_settings_file``).
        cache: generated files: the notification icons, the notifications on screen.
    """

    log: Path
    data: Path
    cache: Path

    @classmethod
    def for_user(cls) -> Folders:
        """The user's folders from platformdirs, e.g. ``~/.local/state/oncall-tray/log``,
        ``~/.local/share/oncall-tray``, ``~/.cache/oncall-tray`` on Linux."""
        return cls(Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
                   Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
                   Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)))

    @classmethod
    def inside(cls, root: Path) -> Folders:
        """``root``'s ``log``, ``data`` and ``cache`` folders: a run whose files are all kept in
        ``root`` (the demo's, apart from the real tray's: code review 72 AH1)."""
        root = Path(root)
        return cls(root / "log", root / "data", root / "cache")

    @property
    def journal(self) -> Path:
        """The shift journal, ``<data>/journal.db`` (issue 5)."""
        return self.data / "journal.db"

    def per_settings_file(self, folder: str, settings: Path, suffix: str) -> Path:
        """``<data>/<folder>/<digest><suffix>``: a file kept for the settings file (or journal)
        ``settings`` (one per such file: a tray of another ``--config`` keeps its own), named by
        the first 16 hex digits of the SHA-256 of its absolute path."""
        digest = hashlib.sha256(str(Path(settings).expanduser().absolute()).encode("utf-8")).hexdigest()[:16]
        return self.data / folder / f"{digest}{suffix}"


def config_dir() -> Path:
    """The user config folder, e.g. ``~/.config/oncall-tray`` on Linux."""
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def default_config_path() -> Path:
    """``<user config dir>/config.yaml`` (issue 2)."""
    return config_dir() / "config.yaml"


def shipped(*parts: str) -> Path:
    """A file shipped with the app in ``oncall_tray.resources`` (translations, icons, sounds,
    demo alerts), e.g. ``shipped("sounds", "critical.wav")``: the path in that package's folder.
    The wheel, the editable install and the PyInstaller bundle all keep the resources as plain
    files. Not ``importlib.resources.files``: for zip imports, which the app never uses, it
    imports zipfile, bz2 and lzma, about 1.5 MB of a tray that runs for days (issue 2)."""
    from . import resources

    return Path(resources.__file__).parent.joinpath(*parts)
