"""Delivery of notices: plyer first (on Linux, notifications with actions first where the
server offers them: ``freedesktop``), then whatever fallbacks the caller adds (design notes,
"Notifications").

plyer is thinly maintained and fails in known ways, so every backend call is guarded: an
exception (or a platform plyer does not support) is logged and the next backend is tried. A
backend that fails ``MAX_FAILURES`` times in a row is set aside for ``RETRY_AFTER`` seconds,
then tried again: a notification daemon started later (or restarted) is used again, rather than
the tray's single balloon for the rest of the session (review 19). A backend whose server did
not answer in time (``server_watch.TimedOut``) counts as failing that many times at once, since
each try costs the wait again (review 65 T1: a hung daemon delayed each notice of a burst by
50 s), and is tried again as soon as its server answers.
"""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Protocol

from .. import APP_NAME
from ..markup import escape
from .messages import Notice
from .server_watch import SERVICE, AnswerLate, NotAsked, ServerWatch, TimedOut

log = logging.getLogger(__name__)
MAX_FAILURES = 3
RETRY_AFTER = 300.0  # seconds a backend set aside waits before it is tried again


class Backend(Protocol):
    """Something that shows a notice or raises."""

    name: str

    def send(self, notice: Notice, icon: Path | None) -> None:
        """Show ``notice`` with ``icon`` (a PNG, or ICO on Windows); raise on any failure."""


def notify_fields(notice: Notice, icon: Path | None, timeout: int) -> dict:
    """What a notification of ``notice`` is sent with, as ``plyer.notification.notify`` takes it
    (title, message, app_name, app_icon, timeout in seconds), the same for every backend that
    calls Notify: plyer's and ``freedesktop.ActionsBackend``. On Linux also ``hints``: the
    urgency (critical for critical alerts and red flags, low for quiet notices, a D-Bus byte);
    and the body escaped, since daemons read it as markup (GNOME and KDE announce it; dunst
    does it without announcing): a summary's "<b>" stays text. Raises ImportError without
    dbus-python on Linux."""
    fields = {"title": notice.title, "message": notice.body, "app_name": APP_NAME,
              "app_icon": str(icon) if icon else "", "timeout": timeout}
    if sys.platform == "linux":
        import dbus

        fields["hints"] = {"urgency": dbus.Byte(2 if notice.urgent else 0 if notice.quiet else 1)}
        fields["message"] = escape(notice.body, quote=False)
    return fields


class Unsuitable(Exception):
    """A backend that works but cannot show this notice as it should (a notification server
    without actions, for ``freedesktop.ActionsBackend``): the next backend shows it, and this
    one is not counted as failing."""


class PlyerBackend:
    """``plyer.notification.notify``. On Linux with dbus-python it passes the urgency hint
    (critical for critical alerts, low for quiet notices) and the severity icon
    (``notify_fields``).

    plyer's own D-Bus calls wait dbus-python's default 25 s, and its Notify needs the server's
    introspection (it guesses the call's signature from it; without it, Notify fails with
    "Unable to guess signature from an empty list"). So on Linux the server is asked for that
    introspection first, through ``watch`` (``NOTIFY_TIMEOUT``): a server that does not answer
    it is not left to plyer (review 65 T1).

    Args:
        timeout: seconds a normal notice stays on screen.
        watch: the notification server's watch, shared with the other backends that call it.
    """

    name = "plyer"

    def __init__(self, timeout: int = 10, watch: ServerWatch | None = None) -> None:
        self.timeout = timeout
        self._watch = watch or ServerWatch()

    def send(self, notice: Notice, icon: Path | None) -> None:
        """Deliver through plyer. Raises ``TimedOut`` on Linux when the server does not answer
        in time (plyer is not called), and whatever plyer raises (NotImplementedError on an
        unsupported platform, D-Bus errors, ...); ImportError on Linux without dbus-python,
        with which plyer silently does nothing or calls notify-send without checking it: the
        fallback takes over and the failure is seen."""
        from plyer import notification

        fields = notify_fields(notice, icon, self.timeout)
        if sys.platform == "linux":
            import dbus

            self._watch.call(dbus.SessionBus(), SERVICE, "org.freedesktop.DBus.Introspectable", "Introspect")
        notification.notify(**fields)


class NotificationChain:
    """Tries backends in order until one succeeds.

    Args:
        backends: in order of preference.
        icon_for: notice -> icon path (or None).
        clock: monotonic seconds (tests pass their own).
    """

    def __init__(self, backends: Sequence[Backend], icon_for: Callable[[Notice], Path | None],
                 clock: Callable[[], float] = time.monotonic) -> None:
        self._backends = list(backends)
        self._failures = {id(b): 0 for b in self._backends}
        self._aside_until: dict[int, float] = {}  # backend id -> when it is tried again
        #: backend id -> whether the server of a backend set aside for not answering answers again
        self._answering: dict[int, Callable[[], bool]] = {}
        self._icon_for = icon_for
        self._clock = clock

    @property
    def backends(self) -> list[str]:
        """Names of the backends in use now (not set aside)."""
        now = self._clock()
        return [b.name for b in self._backends if not self._aside(b, now)]

    def _aside(self, backend: Backend, now: float) -> bool:
        """Whether ``backend`` is set aside now: until ``RETRY_AFTER`` s passed, or its server
        answers again when it was set aside for not answering."""
        answering = self._answering.get(id(backend))
        return self._aside_until.get(id(backend), 0.0) > now and not (answering is not None and answering())

    def send(self, notice: Notice) -> str | None:
        """Show ``notice`` with the first backend that works; returns its name, or None when
        every backend failed (each failure is logged, never raised)."""
        icon = self._icon_for(notice)
        now = self._clock()
        for index, backend in enumerate(self._backends):
            if self._aside(backend, now):
                continue
            try:
                backend.send(notice, icon)
            except (Unsuitable, NotAsked, AnswerLate) as why:  # not a failure of the backend's
                log.debug("notification backend %s passes (%s)", backend.name, why)
                continue
            except Exception as exc:  # a hint must never take the app down
                log.warning("notification backend %s failed (%s: %s); trying the next one",
                            backend.name, type(exc).__name__, exc)
                self._failed(backend, index, exc, now)
                continue
            self._failures[id(backend)] = 0
            self._aside_until.pop(id(backend), None)
            self._answering.pop(id(backend), None)
            return backend.name
        log.error("no notification backend could show: %s", notice.title)
        return None

    def _failed(self, backend: Backend, index: int, exc: Exception, now: float) -> None:
        """Count a failure of ``backend``; set it aside after ``MAX_FAILURES`` in a row (a
        timeout counts as that many: each try would wait again), never the last backend."""
        timed_out = isinstance(exc, TimedOut)
        self._failures[id(backend)] = MAX_FAILURES if timed_out else self._failures[id(backend)] + 1
        if self._failures[id(backend)] < MAX_FAILURES or index == len(self._backends) - 1:
            return
        self._aside_until[id(backend)] = now + RETRY_AFTER
        self._failures[id(backend)] = MAX_FAILURES - 1  # one more failure sets it aside again
        if timed_out:
            self._answering[id(backend)] = exc.answering
            log.warning("setting notification backend %s aside until its server answers again (%d s at most)",
                        backend.name, RETRY_AFTER)
        else:
            self._answering.pop(id(backend), None)
            log.warning("setting notification backend %s aside for %d s after %d failures", backend.name,
                        RETRY_AFTER, MAX_FAILURES)
