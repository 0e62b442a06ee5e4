"""Delivery of notices: plyer first, then whatever fallbacks the caller adds (design notes,
"Notifications").

plyer is thinly maintained and fails in known ways, so every backend call is guarded: an
exception (or a platform plyer does not support) is logged and the next backend is tried. A
backend that fails ``MAX_FAILURES`` times in a row is dropped for the rest of the session.
"""

from __future__ import annotations

import html
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Protocol

from .. import APP_NAME
from .messages import Notice

log = logging.getLogger(__name__)
MAX_FAILURES = 3


class Backend(Protocol):
    """Something that shows a notice or raises."""

    name: str

    def send(self, notice: Notice, icon: Path | None) -> None:
        """Show ``notice`` with ``icon`` (a PNG, or ICO on Windows); raise on any failure."""


class PlyerBackend:
    """``plyer.notification.notify``. On Linux with dbus-python it passes the urgency hint
    (critical for critical alerts, low for quiet notices) and the severity icon.

    Args:
        timeout: seconds a normal notice stays on screen.
    """

    name = "plyer"

    def __init__(self, timeout: int = 10) -> None:
        self.timeout = timeout

    def send(self, notice: Notice, icon: Path | None) -> None:
        """Deliver through plyer. Raises whatever plyer raises (NotImplementedError on an
        unsupported platform, D-Bus errors, ...)."""
        from plyer import notification

        critical = notice.urgent
        kwargs = {
            "title": notice.title,
            "message": notice.body,
            "app_name": APP_NAME,
            "app_icon": str(icon) if icon else "",
            "timeout": self.timeout,
        }
        if sys.platform == "linux":
            # Without dbus-python plyer silently does nothing or calls notify-send without
            # checking it; refuse here so that the fallback takes over and the failure is seen.
            import dbus

            kwargs["hints"] = {"urgency": dbus.Byte(2 if critical else 0 if notice.quiet else 1)}
            # Daemons read the body as markup (GNOME and KDE announce it; dunst does it
            # without announcing): escape it so that a summary's "<b>" stays text.
            kwargs["message"] = html.escape(notice.body, quote=False)
        notification.notify(**kwargs)


class NotificationChain:
    """Tries backends in order until one succeeds.

    Args:
        backends: in order of preference.
        icon_for: notice -> icon path (or None).
    """

    def __init__(self, backends: Sequence[Backend], icon_for: Callable[[Notice], Path | None]) -> None:
        self._backends = list(backends)
        self._failures = {id(b): 0 for b in self._backends}
        self._icon_for = icon_for

    @property
    def backends(self) -> list[str]:
        """Names of the backends still in use."""
        return [b.name for b in self._backends]

    def send(self, notice: Notice) -> str | None:
        """Show ``notice`` with the first backend that works; returns its name, or None when
        every backend failed (each failure is logged, never raised)."""
        icon = self._icon_for(notice)
        for backend in list(self._backends):
            try:
                backend.send(notice, icon)
            except Exception as exc:  # a hint must never take the app down
                self._failures[id(backend)] += 1
                log.warning("notification backend %s failed (%s: %s); trying the next one",
                            backend.name, type(exc).__name__, exc)
                if self._failures[id(backend)] >= MAX_FAILURES and len(self._backends) > 1:
                    log.warning("dropping notification backend %s after %d failures", backend.name, MAX_FAILURES)
                    self._backends.remove(backend)
                continue
            self._failures[id(backend)] = 0
            return backend.name
        log.error("no notification backend could show: %s", notice.title)
        return None
