"""Is there a graphical session to show the tray in? (no Qt: asked before Qt starts, which
would abort the process without one)."""

from __future__ import annotations

import os
import sys

from .i18n import Message


def _x_display_refuses(display: str) -> bool:
    """True when libxcb cannot connect to ``display`` (no server there, or it refuses us); False
    when it can, or when libxcb cannot be loaded (Qt's xcb plugin needs it: Qt then says why).
    Qt would abort the whole process instead (design: a clear message and exit 1)."""
    import ctypes

    try:
        xcb = ctypes.CDLL("libxcb.so.1")  # by name: ctypes.util.find_library runs ldconfig (slow)
    except OSError:
        return False
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
    xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
    xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
    connection = xcb.xcb_connect(display.encode(), None)
    try:
        return bool(xcb.xcb_connection_has_error(connection))
    finally:
        xcb.xcb_disconnect(connection)


def missing_display() -> Message | None:
    """Why the tray cannot show on this machine (translatable: review 42 F5, the first thing a
    Portuguese-speaking engineer sees over ssh), or None when it can.

    On Linux and the BSDs Qt needs an X11 (``DISPLAY``, one that answers: a stale ``DISPLAY``
    would make Qt abort the process) or Wayland (``WAYLAND_DISPLAY``) session, unless
    ``QT_QPA_PLATFORM`` names another platform plugin (``offscreen`` in tests).
    Windows and macOS always have one.
    """
    if sys.platform in ("win32", "darwin"):
        return None
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform and not platform.startswith(("xcb", "wayland")):
        return None
    if os.environ.get("WAYLAND_DISPLAY"):
        return None
    display = os.environ.get("DISPLAY")
    if display:
        if platform.startswith("xcb") or not _x_display_refuses(display):
            return None
        return Message("cli", "cannot open the X display %1 (DISPLAY): the session it names is gone (an old ssh "
                              "session?); the one-shot commands (status, ack, silence...) work without one", (display,))
    return Message("cli", "no graphical session (neither DISPLAY nor WAYLAND_DISPLAY is set): the tray needs a "
                          "desktop; the one-shot commands (status, ack, silence...) work without one")
