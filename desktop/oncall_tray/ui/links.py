"""Opening a web address (Alertmanager, Grafana, Prometheus, a runbook) in the browser, and
saying so when the desktop cannot. GUI thread only."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from .translations import translator_for

TR_CONTEXT = "links"
tr = translator_for(TR_CONTEXT)


def open_link(url: str | QUrl, parent: QWidget | None = None) -> QWidget | None:
    """Open ``url`` with the desktop's browser (``QDesktopServices.openUrl``).

    When the desktop has no way to open it (no ``xdg-open`` on PATH, no handler for the scheme,
    a session without a desktop's services), the click must not pass silently: a box says so and
    shows the address, selectable, so that the engineer can copy it into a browser.

    Args:
        url: the address (text or ``QUrl``).
        parent: the window the box belongs to; None from the tray menu.
    Returns:
        the ``QMessageBox`` shown (non-modal; the caller keeps a reference while it is open, as a box without
        a parent lives only as long as its Python object), or None when the browser was asked.
    """
    link = url if isinstance(url, QUrl) else QUrl(url)
    if link.isValid() and QDesktopServices.openUrl(link):
        return None
    from PySide6.QtWidgets import QMessageBox  # only on failure: the tray imports this module (memory, issue 2)

    address = link.toString() if link.isValid() else str(url)
    box = QMessageBox(QMessageBox.Icon.Warning, tr("Cannot open a browser"),
                      tr("No browser could be opened for this address; copy it into one:\n\n%1").replace(
                          "%1", address), QMessageBox.StandardButton.Ok, parent)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.show()
    return box
