"""The memory baseline: a bare PySide6 application that only shows a QSystemTrayIcon.

Run by ``memory.py`` as a subprocess on the virtual desktop. It prints ``ready`` on stdout once
the icon is shown and the event loop runs, and quits on SIGTERM or SIGINT.

``--stack``: first import, as the tray does before Qt, the libraries that issue 2 and the
design notes name for it (httpx with one client, msgspec, PyYAML, platformdirs, sqlite3 with
an open database, promql_parser), and nothing of the tray's own: the floor that the stack
puts under the tray, for comparison (not a target).
"""

from __future__ import annotations

import signal
import sys


def import_stack() -> list[object]:
    """Import the named stack and make the objects the tray always makes: an httpx client,
    a SQLite connection. Returns them (kept alive)."""
    import sqlite3

    import httpx
    import msgspec  # noqa: F401
    import platformdirs  # noqa: F401
    import promql_parser  # noqa: F401
    import yaml  # noqa: F401

    return [httpx.Client(), sqlite3.connect(":memory:")]


# Before PySide6, as the tray does: PySide6's import hook reads the source of every module
# imported after it (oncall_tray.ui.qt_workarounds.stop_source_caching).
KEPT = import_stack() if "--stack" in sys.argv[1:] else []

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtGui import QColor, QIcon, QPixmap  # noqa: E402
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon  # noqa: E402


def main() -> int:
    app = QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    pixmap = QPixmap(22, 22)
    pixmap.fill(QColor("#2e7d32"))
    icon = QSystemTrayIcon(QIcon(pixmap))
    menu = QMenu()
    menu.addAction("Quit", app.quit)
    icon.setContextMenu(menu)
    icon.setToolTip("bare tray")
    icon.show()
    # Python signal handlers run only when the interpreter gets control: wake it up regularly.
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: app.quit())
    ticker = QTimer()
    ticker.timeout.connect(lambda: None)
    ticker.start(200)

    def ready() -> None:
        print(f"ready tray_available={QSystemTrayIcon.isSystemTrayAvailable()} visible={icon.isVisible()}",
              flush=True)

    QTimer.singleShot(500, ready)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
