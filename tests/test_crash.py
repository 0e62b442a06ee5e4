"""Crash reporting (issue 7): an unhandled exception is logged, hides the tray icon at once (no
zombie icon claiming the alerts are watched), and shows a dialog with the error and a copy
button; the process then ends with exit code 1."""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
import threading

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from test_single_instance import window_viewable
from tray_process import TrayProcess, tray_colour_pixels, wait_until

from oncall_tray.core.overview import Light
from oncall_tray.ui.crash import CrashReporter, crash_text, restart_command
from oncall_tray.ui.icons import COLOURS


class _App:
    """Stands in for the QApplication's exit() so that a test does not end pytest-qt's app."""

    def __init__(self) -> None:
        self.exit_codes: list[int] = []

    def exit(self, code: int) -> None:
        self.exit_codes.append(code)

    def quit(self) -> None:
        self.exit_codes.append(0)


@pytest.fixture
def reporter(qapp):
    app = _App()
    crash = CrashReporter(app)
    crash.install()
    yield crash, app
    crash.uninstall()
    if crash.dialog is not None:
        crash.dialog.close()


def _boom() -> None:
    raise RuntimeError("boom in a slot")


def test_exception_in_a_slot_stops_the_tray_and_shows_the_dialog(qtbot, reporter, caplog):
    crash, app = reporter
    stopped = []
    crash.add_cleanup(lambda: stopped.append(True))
    QTimer.singleShot(0, _boom)  # raised inside Qt's event loop: PySide hands it to sys.excepthook
    qtbot.waitUntil(lambda: crash.dialog is not None and crash.dialog.isVisible(), timeout=5000)
    assert stopped == [True]
    dialog = crash.dialog
    assert "RuntimeError: boom in a slot" in dialog.details.toPlainText()
    assert "oncall-tray" in dialog.details.toPlainText().splitlines()[0]
    assert any("unhandled exception" in r.message and "boom in a slot" in r.message for r in caplog.records)
    dialog.copy_button.click()
    assert "RuntimeError: boom in a slot" in QGuiApplication.clipboard().text()
    QTimer.singleShot(0, _boom)  # a second error is logged, not shown again
    qtbot.wait(50)
    assert crash.dialog is dialog and stopped == [True]
    dialog.quit_button.click()
    assert app.exit_codes == [1]


def test_exception_in_another_thread_reaches_the_gui_thread(qtbot, reporter):
    crash, _app = reporter
    worker = threading.Thread(target=_boom, name="worker")
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: crash.dialog is not None, timeout=5000)
    assert "boom in a slot" in crash.dialog.text


def test_crash_text_and_restart_command():
    try:
        _boom()
    except RuntimeError as exc:
        text = crash_text(type(exc), exc, exc.__traceback__)
    assert text.startswith("oncall-tray ") and "Traceback" in text and "_boom" in text
    program, args = restart_command()
    assert program == sys.executable and args == sys.orig_argv[1:]


CRASHING_TRAY = textwrap.dedent("""
    import sys
    from oncall_tray.ui import app

    def on_polled(self, result):
        raise RuntimeError("boom from a poll")

    app.TrayController.on_polled = on_polled  # a bug in the code that handles every poll
    from oncall_tray.cli import main

    sys.exit(main(sys.argv[1:]))
""")


@pytest.mark.desktop
def test_crash_in_the_real_tray_leaves_no_icon_and_quits_from_the_dialog(desktop, alertmanager, tmp_path):
    if shutil.which("xdotool") is None:
        pytest.fail("xdotool missing: install 'xdotool' (.ci/install-system-packages)")
    app = TrayProcess(desktop, alertmanager.url, tmp_path, command=[sys.executable, "-c", CRASHING_TRAY])
    try:
        wait_until(lambda: window_viewable(desktop, "oncall-tray stopped"), 20, "the crash dialog")
        wait_until(lambda: tray_colour_pixels(desktop, tmp_path / "tray.png", COLOURS[Light.UNREACHABLE]) == 0,
                   5, "the tray icon to be gone")
        log = next((tmp_path / "xdg-state").rglob("oncall-tray.log")).read_text()
        assert "unhandled exception" in log and "RuntimeError: boom from a poll" in log
        desktop.screenshot(tmp_path / "dialog.png")
        # The dialog asked for the focus when it showed: Escape is its Quit button.
        subprocess.run(["xdotool", "key", "Escape"],
                       env=desktop.env, check=True, timeout=10)
        assert app.process.wait(10) == 1
    finally:
        app.close()


@pytest.mark.desktop
def test_a_crashed_demo_keeps_the_log_its_dialog_names(desktop, alertmanager, tmp_path):
    """Code review 73 AJ5: the demo keeps its files, its log too, in a folder of its own, removed
    when it ends; after a crash it was removed as the dialog closed, with the log the dialog had
    just named. Kept after a crash (and said where), still removed after a Quit."""
    if shutil.which("xdotool") is None:
        pytest.fail("xdotool missing: install 'xdotool' (.ci/install-system-packages)")
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    env = {**desktop.env, "TMPDIR": str(scratch), "XDG_CONFIG_HOME": str(tmp_path / "xdg-config"),
           "XDG_STATE_HOME": str(tmp_path / "xdg-state"), "XDG_CACHE_HOME": str(tmp_path / "xdg-cache"),
           "XDG_DATA_HOME": str(tmp_path / "xdg-data"), "XDG_RUNTIME_DIR": str(tmp_path / "runtime")}
    (tmp_path / "runtime").mkdir(mode=0o700)
    crashing_demo = CRASHING_TRAY.replace("main(sys.argv[1:])", "main([*sys.argv[1:], 'demo'])")
    app = TrayProcess(desktop, alertmanager.url, tmp_path, env=env, command=[sys.executable, "-c", crashing_demo])
    try:
        wait_until(lambda: window_viewable(desktop, "oncall-tray stopped"), 60, "the crash dialog")
        subprocess.run(["xdotool", "key", "Escape"], env=desktop.env, check=True, timeout=10)  # its Quit
        assert app.process.wait(30) == 1
    finally:
        app.close()
    (kept,) = scratch.glob("oncall-tray-demo-*")
    log = (kept / "log" / "oncall-tray.log").read_text()
    assert "RuntimeError: boom from a poll" in log
    assert f"the demo's files are kept in {kept}" in app.output()
