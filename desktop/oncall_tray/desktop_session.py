"""Is there a graphical session to show the tray in? (no Qt: asked before Qt starts, which
would abort the process without one)."""

from __future__ import annotations

import os
import sys


def missing_display() -> str | None:
    """Why the tray cannot show on this machine, or None when it can.

    On Linux and the BSDs Qt needs an X11 (``DISPLAY``) or Wayland (``WAYLAND_DISPLAY``)
    session, unless ``QT_QPA_PLATFORM`` names another platform plugin (``offscreen`` in tests).
    Windows and macOS always have one.
    """
    if sys.platform in ("win32", "darwin"):
        return None
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform and not platform.startswith(("xcb", "wayland")):
        return None
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    return ("no graphical session (neither DISPLAY nor WAYLAND_DISPLAY is set): the tray needs a desktop; "
            "the one-shot commands (status, ack, silence...) work without one")
