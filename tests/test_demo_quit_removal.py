"""A normal Quit of ``oncall-tray demo`` removes its folder, on Windows too (code review 76 AN6):
its log file was still open at the removal, which Windows refuses; the folder left behind was then
taken for a crash's and the terminal said "the demo's files are kept in …" after every run. The
demo's log is closed before its folder goes, and whether the run crashed is told by the run
itself (``ui.launch.run`` calls ``unless_crashed`` only when no crash was reported), not by what
is left on disk: a removal that fails after a clean run says so, with the folder's path, as no
crash. The demo's real Alertmanager; ``ui.launch.run``'s part played in this process."""

from __future__ import annotations

import errno
import logging
import os
import shutil
from pathlib import Path

import pytest
from conftest import settings_file
from test_demo_folders import _demo

#: the demo run in this process sets up its own log: taken off after each test
pytestmark = pytest.mark.usefixtures("root_logger_restored")
log = logging.getLogger(__name__)


def _clean_run(seen: dict):
    """A tray that writes in its log, then quits with no crash: the cleanups as ``ui.launch.run``
    runs them (a failing one logged)."""

    def tray(loaded, cleanups=(), unless_crashed=()):
        seen["scratch"] = loaded.journal.parent
        logging.getLogger("oncall_tray.demo").warning("the demo's tray ran")
        for cleanup in [*cleanups, *unless_crashed]:
            try:
                cleanup()
            except Exception:
                log.exception("cleanup failed")
        return 0

    return tray


def _open_inside(folder: Path) -> list[str]:
    """The files under ``folder`` this process has open (Linux: /proc/self/fd)."""
    found = []
    for descriptor in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{descriptor}")
        except OSError:  # the listing's own descriptor, closed since
            continue
        if target.startswith(f"{folder}{os.sep}"):
            found.append(target)
    return found


def test_a_quit_demo_closes_its_log_before_removing_its_folder(monkeypatch, tmp_path, capsys):
    remove = shutil.rmtree
    at_removal: dict[Path, list[str]] = {}

    def as_on_windows(path, *args, **kwargs):  # an open file cannot be removed there
        opened = at_removal[Path(path)] = _open_inside(Path(path))
        if opened:
            if kwargs.get("ignore_errors"):
                return None
            raise PermissionError(errno.EACCES, "The process cannot access the file: it is used", opened[0])
        return remove(path, *args, **kwargs)

    monkeypatch.setattr(shutil, "rmtree", as_on_windows)
    seen: dict = {}
    assert _demo(monkeypatch, Path(settings_file(tmp_path, "language: en\nnotifications: false\n")),
                 _clean_run(seen)) == 0
    said = capsys.readouterr().err
    assert at_removal[seen["scratch"]] == [], "files of the demo's folder open at its removal"
    assert not seen["scratch"].exists()
    assert "kept" not in said and str(seen["scratch"]) not in said, said


@pytest.mark.parametrize(("language", "plain"), [
    ("en", "the demo's folder {} could not be removed (Permission denied); it ended normally"),
    ("pt_BR", "não foi possível remover a pasta da demonstração {} (Permission denied); ela terminou normalmente")])
def test_a_removal_failing_after_a_clean_run_says_so_as_no_crash(monkeypatch, tmp_path, capsys, language, plain):
    remove = shutil.rmtree

    def refused(path, *args, **kwargs):  # the demo's folder only (its Alertmanager's goes)
        if Path(path).name.startswith("oncall-tray-demo-"):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return remove(path, *args, **kwargs)

    monkeypatch.setattr(shutil, "rmtree", refused)
    seen: dict = {}
    try:
        assert _demo(monkeypatch, Path(settings_file(tmp_path, f"language: {language}\nnotifications: false\n")),
                     _clean_run(seen)) == 0
    finally:
        monkeypatch.undo()
    scratch = seen["scratch"]
    try:
        said = capsys.readouterr().err
        assert plain.format(scratch) in said, said
        assert "kept" not in said and "guardados" not in said and "log" not in said, said
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def test_a_crashed_demo_still_keeps_its_files_and_says_where(monkeypatch, tmp_path, capsys):
    """Code review 73 AJ5 as before: after a crash (``ui.launch.run`` runs no ``unless_crashed``)
    the folder and its log stay, and the terminal says where."""
    seen: dict = {}

    def crashed(loaded, cleanups=(), unless_crashed=()):
        seen["scratch"] = loaded.journal.parent
        for cleanup in cleanups:
            cleanup()
        return 1

    try:
        assert _demo(monkeypatch, Path(settings_file(tmp_path, "language: en\nnotifications: false\n")),
                     crashed) == 1
        scratch = seen["scratch"]
        assert (scratch / "log" / "oncall-tray.log").exists()
        said = capsys.readouterr().err
        assert f"the demo's files are kept in {scratch} (its log: {scratch / 'log'})" in said, said
    finally:
        shutil.rmtree(seen["scratch"], ignore_errors=True)
