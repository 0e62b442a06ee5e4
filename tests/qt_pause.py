"""Waiting in a test without holding up the tray under test when it runs in this process."""

from __future__ import annotations

import sys
import threading
import time


def pause(seconds: float) -> None:
    """Wait ``seconds``; on the thread of this process's QApplication (a tray controller under test
    here), with its events processed meanwhile: the tray's notifications with actions are sent
    through the GUI thread (``oncall_tray.ui.gui_bus``), and a test that only slept there while
    waiting for one in ``dunstctl history`` would wait for nothing."""
    core = sys.modules.get("PySide6.QtCore")
    app = core.QCoreApplication.instance() if core is not None else None
    if app is None or threading.current_thread() is not threading.main_thread():
        time.sleep(seconds)
        return
    deadline = time.monotonic() + seconds
    while (left := deadline - time.monotonic()) > 0:
        app.processEvents(core.QEventLoop.ProcessEventsFlag.AllEvents, max(1, int(left * 1000)))
        time.sleep(min(left, 0.005))
