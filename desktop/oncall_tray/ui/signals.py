"""SIGINT and SIGTERM end the tray cleanly: Python's wake-up fd, watched by a Qt socket
notifier, lets the event loop hear a signal without polling (no CPU between polls)."""

from __future__ import annotations

import logging
import signal
import socket
import sys

from PySide6.QtCore import QSocketNotifier
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)


def quit_on_signals(app: QApplication) -> QSocketNotifier | None:
    """Make SIGINT and SIGTERM quit the Qt event loop cleanly (wake-up fd + socket notifier)."""
    if not hasattr(signal, "SIGTERM") or sys.platform == "win32":
        return None
    reader, writer = socket.socketpair()
    reader.setblocking(False)
    writer.setblocking(False)
    signal.set_wakeup_fd(writer.fileno())
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: None)
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, app)

    def on_signal() -> None:
        try:
            reader.recv(64)
        except OSError:
            pass
        log.info("signal received; quitting")
        app.quit()

    notifier.activated.connect(on_signal)
    notifier._sockets = (reader, writer)  # keep both ends alive with the notifier
    return notifier
