"""The application's identity towards the desktop (issue 7): the Windows AppUserModelID, the
desktop file name Qt announces on Linux, and the windows' icon rendered from the SVG source
(``resources/icons/hicolor``, found by ``paths.shipped``). GUI thread only."""

from __future__ import annotations

import logging
import sys

from PySide6.QtGui import QGuiApplication, QIcon, QPixmap

from ..identity import APP_ID, ICON_NAME, WINDOWS_APP_USER_MODEL_ID
from ..paths import shipped

log = logging.getLogger(__name__)
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256)


def set_process_identity() -> None:
    """On Windows, name the process with the AppUserModelID of its Start menu shortcut, so that
    the taskbar and notifications credit oncall-tray, not Python. Call before any window shows.
    Elsewhere nothing to do."""
    if sys.platform != "win32":
        return
    import ctypes

    try:
        ctypes.windll.shell32.SetCurrentProcessExplicitAppUserModelID(WINDOWS_APP_USER_MODEL_ID)
    except (AttributeError, OSError) as exc:
        log.warning("cannot set the AppUserModelID: %s", exc)


def app_icon() -> QIcon:
    """The application icon at every shipped size (an empty QIcon if none can be read)."""
    icon = QIcon()
    folder = shipped("icons", "hicolor")
    for size in ICON_SIZES:
        item = folder.joinpath(f"{size}x{size}", "apps", f"{ICON_NAME}.png")
        pixmap = QPixmap()
        try:
            if pixmap.loadFromData(item.read_bytes(), "PNG"):
                icon.addPixmap(pixmap)
        except OSError as exc:
            log.warning("application icon %s missing: %s", item, exc)
    return icon


def apply_identity(app: QGuiApplication) -> None:
    """Desktop file name (Linux: matches ``com.conectcrm.OncallTray.desktop``) and window icon."""
    QGuiApplication.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
