"""A shift window of a real shift controller, on the X display of its environment (tests only):
``python tests/shift_window_process.py KIND LANGUAGE`` ("start" or "end"; for "end" a shift is
open). Each time the window manager has moved or resized the framed window, and for each line
read on stdin, one JSON line on stdout: the frame and the free area of its screen, ``[x, y,
width, height]`` in logical pixels. Runs until it is terminated."""

from __future__ import annotations

import datetime as dt
import json
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSocketNotifier
from PySide6.QtWidgets import QApplication, QWidget

from oncall_tray.config import Config
from oncall_tray.core import shifts
from oncall_tray.demo import free_port
from oncall_tray.ui.qt_workarounds import guard_singleton_refcounts
from oncall_tray.ui.shift_controller import ShiftController
from oncall_tray.ui.translations import install
from oncall_tray.paths import Folders


def tell(window: QWidget) -> None:
    """One JSON line: ``window``'s frame and the free area of its screen."""
    frame, free = window.frameGeometry(), window.screen().availableGeometry()
    print(json.dumps({"frame": [frame.x(), frame.y(), frame.width(), frame.height()],
                      "available": [free.x(), free.y(), free.width(), free.height()]}), flush=True)


class Framed(QObject):
    """Tells the frame of the window it watches once the window manager framed it."""

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() in (QEvent.Type.Move, QEvent.Type.Resize) and isinstance(watched, QWidget) \
                and watched.isWindow() and watched.frameGeometry() != watched.geometry():
            tell(watched)
        return False


def main(kind: str, language: str) -> None:
    guard_singleton_refcounts()
    app = QApplication(sys.argv[:1])
    install(app, language)
    config = Config(alertmanager_url=f"http://127.0.0.1:{free_port()}", engineer="ana", language=language)
    controller = ShiftController(config, lambda _notices: None, path=Path(tempfile.mkdtemp()) / "journal.db", folders=Folders.for_user())
    if kind == "end":
        shifts.start_shift(controller.journal, "ana", at=dt.datetime.now(dt.timezone.utc) - dt.timedelta(hours=2))
        controller._follow_shift()
    framed = Framed()
    app.installEventFilter(framed)  # the window is built by show_window: watched from its first event
    controller.show_window(kind)
    asked = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)  # a line on stdin: tell it again
    asked.activated.connect(lambda *_: (sys.stdin.readline(), tell(controller.window(kind))))
    app.exec()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
