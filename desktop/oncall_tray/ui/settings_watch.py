"""The settings file edited by hand while the tray runs: read again and applied, or refused with
its problems said (review 31: hand edits waited for the next Save or restart, silently).

A ``QFileSystemWatcher`` watches the file and its folder (an editor that saves by writing a new
file and renaming it over the old one ends the file's own watch). Changes are taken together a
moment after the last one (``SETTLE_MS``), so that a save in several writes is read once.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer

from ..config import LoadedConfig
from ..config_kept import kept_time_text
from ..config_read import blank_settings
from ..core.names import utf16_units
from ..core.overview import Light
from ..notify.messages import BODY_LIMIT, TITLE_LIMIT, Notice, clip
from .translations import translate, translator_for

log = logging.getLogger(__name__)
TR_CONTEXT = "settings_watch"
tr = translator_for(TR_CONTEXT)
#: Quiet time after the last change before the file is read again, in milliseconds.
SETTLE_MS = 500


def _signature(path: str) -> tuple[int, int, int] | None:
    """What tells one version of the file from another without reading it: (inode, size,
    modification time in ns); None when there is no such file."""
    try:
        stat = os.stat(path)
    except OSError:
        return None
    return stat.st_ino, stat.st_size, stat.st_mtime_ns


class SettingsWatcher(QObject):
    """Applies the settings file as the engineer edits it by hand (GUI thread).

    Once the file changed (``SETTLE_MS`` after the last change), it is read again with this
    run's overrides on top (``LoadedConfig.reloaded``):

    - with no problem and settings other than those in force (or the settings in force came with
      problems, or the edit before was refused): ``apply(loaded)``, and a quiet notice "Settings
      applied";
    - with problems (malformed YAML, a bad value, a setting unknown; not the warnings of
      ``Problem.warning``, a key written twice or a file read as Windows-1252, applied with
      them said, as at start and by the commands): nothing is applied, the
      tray keeps the settings it has, and a notice names the problems (``problems_notice``);
      a restart would use the defaults for them, which is not done behind the engineer's back;
    - removed: nothing changes (an editor may be about to write it again; logged);
    - emptied (nothing but white space): nothing changes either, and a notice says so (review
      40 F9: a file truncated by an editor or a sync tool was applied as the defaults, and the
      tray went over to http://localhost:9093 and another engineer's name).

    Args:
        current: the settings in force (``TrayController.loaded``).
        apply: uses new settings (``TrayController.apply_settings``).
        notify: shows notices (``Notifier.show``).
    """

    def __init__(self, current: Callable[[], LoadedConfig], apply: Callable[[LoadedConfig], None],
                 notify: Callable[[list[Notice]], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._current, self._apply, self._notify = current, apply, notify
        self._path = str(current().path)
        self._seen = _signature(self._path)
        self._refused = False  # the last edit was refused: a fixed file is said applied (review 33)
        self._watcher = QFileSystemWatcher(self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SETTLE_MS)
        self._timer.timeout.connect(self._read_again)
        self._watcher.fileChanged.connect(self._changed)
        self._watcher.directoryChanged.connect(self._changed)
        self._watch()

    def stop(self) -> None:
        """Watch no more (the tray is quitting): nothing is applied after this. The watcher is
        deleted: it holds an inotify instance from its construction to its deletion (the user's
        limit is 128 by default). Calling it again does nothing."""
        self._timer.stop()
        watcher, self._watcher = self._watcher, None
        if watcher is not None:
            shiboken6.delete(watcher)

    def _watch(self) -> None:
        """Watch the file when it exists, and its folder, or while there is none (a first run,
        before ``oncall-tray config init``), the nearest folder above it that exists."""
        folder = os.path.dirname(os.path.abspath(self._path))
        while not os.path.isdir(folder) and os.path.dirname(folder) != folder:
            folder = os.path.dirname(folder)
        watched = set(self._watcher.files()) | set(self._watcher.directories())
        wanted = [p for p in (self._path, folder) if p not in watched and os.path.exists(p)]
        if wanted:
            self._watcher.addPaths(wanted)

    def _changed(self, _path: str) -> None:
        self._watch()  # a file replaced by a rename is watched again
        self._timer.start()

    def _read_again(self) -> None:
        signature = _signature(self._path)
        if signature == self._seen:
            return  # another file of the folder changed
        self._seen = signature
        if signature is None:
            log.info("the settings file %s was removed; the settings in force stay", self._path)
            return
        if blank_settings(self._path):
            log.warning("the settings file %s was emptied; the settings in force stay", self._path)
            self._notify([Notice(clip(tr("Emptied settings file not applied"), TITLE_LIMIT), clip(tr(
                "%1 is empty now: the tray keeps the settings it had. To start again from the defaults, write "
                "them in it (oncall-tray config init --force).").replace("%1", self._path), BODY_LIMIT), None,
                light=Light.WARNING)])
            self._refused = True
            return
        loaded = self._current()
        fresh = loaded.reloaded()
        # a file read as Windows-1252 is used, as at start (review 55 P4: refused here only), and a
        # key written twice with its last value, as the commands do (review 61 W3)
        warned = [p for p in fresh.problems if p.warning]
        if len(warned) < len(fresh.problems):
            for problem in fresh.problems:
                log.warning("settings %s (edited, not applied): %s", self._path, problem)
            self._notify([problems_notice(fresh, tr("Edited settings not applied"), tr(
                "The tray keeps the settings it had until the file is fixed."), in_force=False)])
            self._refused = True
            return
        refused, self._refused = self._refused, False
        if fresh.config == loaded.config and not loaded.problems and not refused:
            return  # saved by the tray itself, or only comments changed
        log.info("the settings file %s was edited; applying it", self._path)
        self._apply(fresh)
        self._notify([Notice(clip(tr("Settings applied"), TITLE_LIMIT), clip(" ".join(
            [tr("Read again from %1 after it was edited.").replace("%1", self._path),
             *(p.text(translate) for p in warned)]), BODY_LIMIT), None, quiet=not warned,
            light=Light.WARNING if warned else Light.OK)])


def problems_notice(loaded: LoadedConfig, title: str, after: str = "", in_force: bool = True) -> Notice:
    """The notice naming what is wrong in ``loaded``'s file, then ``after`` and where to read
    every problem (``oncall-tray config check``), which are never cut off (review 19: the
    notice stopped at "…line 4:…"). ``in_force``: ``loaded`` is in use, its defaults standing
    in for what is wrong (``settings_notice_body``); else it was refused, and its problems are
    listed (``_listed``)."""
    # one problem refused is said whole: it needs no pointer to the others (review 41 F6: cut in pt_BR)
    alone = not in_force and len(loaded.problems) == 1
    tail = "\n".join(filter(None, (after, "" if alone else tr("Check them all: oncall-tray config check"))))
    room = BODY_LIMIT - utf16_units(tail) - 1
    body = clip(settings_notice_body(loaded) if in_force else _listed(loaded, room), room) + "\n" + tail
    return Notice(clip(title, TITLE_LIMIT), body, None, light=Light.WARNING)


def _listed(loaded: LoadedConfig, room: int) -> str:
    """The problems of an edit not applied, one a line, as many whole ones as fit in ``room``
    characters, then how many more (review 40 F8: "…; line 5: alertmanager_url: must be an
    http:// or https:// URL with a host; line…", the third not even counted); the first one is
    cut only when it alone is longer. The file is the one in force: its name is left out."""
    texts = [p.text(translate) for p in loaded.problems]
    shown: list[str] = []
    for number, text in enumerate(texts):
        rest = len(texts) - number - 1
        more = tr("(+%1 more)").replace("%1", str(rest)) if rest else ""
        if shown and len("\n".join([*shown, text, more]).rstrip()) > room:
            shown.append(tr("(+%1 more)").replace("%1", str(len(texts) - number)))
            break
        shown.append(text)
    return "\n".join(shown)


def settings_notice_body(loaded: LoadedConfig) -> str:
    """What is wrong in the settings file, in the interface's language: a file that could not be
    read (or parsed) at all is said so with why, a missing one as such, else the settings that
    fell back to their defaults and then the other faults (``loaded`` is in use)."""
    problems, path = loaded.problems, str(loaded.path)
    whole = next((p for p in problems if p.kind in ("file", "missing")), None)
    if whole is not None and whole.kind == "file" and loaded.kept_at is not None:
        made = kept_time_text(loaded)
        # what is in force first: a long reason is cut at the notice's end
        return tr("Using the settings last read from %1 at %3 until it is fixed: it cannot be read (%2)").replace(
            "%1", path).replace("%3", made).replace("%2", whole.cause_text(translate))
    if whole is not None and whole.kind == "file":
        return tr("Could not read the settings file %1 (%2); using the defaults").replace("%1", path).replace(
            "%2", whole.cause_text(translate))
    if whole is not None:
        return f"{path}: {whole.text(translate)}"
    # a key written twice keeps its last value, an unknown one has none: not among the defaults
    defaulted = [p.text(translate) for p in problems if p.uses_default]
    others = [p.text(translate) for p in problems if not p.uses_default]
    head = tr("%1; defaults are used for: %2").replace("%1", path).replace("%2", "; ".join(defaulted)) \
        if defaulted else path
    return "; ".join([head, *others])
