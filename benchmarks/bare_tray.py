"""The memory baseline: a bare PySide6 application that only shows a QSystemTrayIcon.

Run by ``memory.py`` as a subprocess on the virtual desktop. It prints ``ready`` on stdout once
the icon is shown and the event loop runs, and quits on SIGTERM or SIGINT.
"""

from __future__ import annotations

import signal
import sys

from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon


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
