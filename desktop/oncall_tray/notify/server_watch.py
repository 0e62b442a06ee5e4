"""The desktop's notification server (``org.freedesktop.Notifications`` on the session bus) as
the tray's D-Bus backends call it: every call waits at most ``NOTIFY_TIMEOUT``, and a server that
let a call go unanswered is not called again until it answers (review 65 T1: a stopped dunst
cost every notice dbus-python's default 25 s in the notifications with actions and 25 s more in
plyer, one notice after another on the single delivery thread, before the tray's balloon showed
it). No Qt here; dbus-python is imported only when a call is made (Linux).

A server that does not answer is watched from a thread of its own (``ServerWatch``), which asks
it again and again, each time waiting long, until it answers: the notices meanwhile go to the
fallbacks at once (``backends.NotificationChain`` sets the backends aside while
``ServerWatch.answering`` is false), and to the server again as soon as it answers.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from typing import Any

log = logging.getLogger(__name__)
SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
INTERFACE = SERVICE
#: Seconds any D-Bus call to the notification server may take. A server that runs answers in a
#: few milliseconds (dunst, GNOME Shell, KDE); one that has not answered in this time is stopped,
#: frozen or swapped out, and the fallback must show the notice instead: the design's target from
#: the poll to the notification is under 1 s, so the wait is kept to about that, with room for a
#: loaded desktop, rather than dbus-python's default of 25 s (review 65 T1).
NOTIFY_TIMEOUT = 1.5
#: Seconds each of the watch's calls to a server that did not answer waits (libdbus's own
#: default): only the watch's thread waits, and a longer wait sends fewer calls to a server that
#: will answer them all, late, when it wakes up.
WATCH_TIMEOUT = 25.0
#: D-Bus errors that mean "no answer in time" (libdbus gives NoReply when a call times out).
NO_ANSWER = ("org.freedesktop.DBus.Error.NoReply", "org.freedesktop.DBus.Error.Timeout")


class NotAsked(Exception):
    """A call that was not made, for a reason that is not the server's (``ui.gui_bus.GuiBusy``:
    the GUI thread, which makes the calls of the notifications with actions, was too busy to
    start it; one it started is never this, but ``AnswerLate``; ``ui.gui_bus.BusUnanswered``: no
    connection to the bus could be opened): neither an answer of the server nor its silence.
    ``backends.NotificationChain`` passes to the next backend without counting a failure, and the
    watch asks again (code review 85 BE4: it stopped watching, the silent server taken as
    answering)."""


class AnswerLate(Exception):
    """A call that was made (its request went to the server) whose answer did not reach its
    caller in time for a reason that is not the server's (``ui.gui_bus.GuiThreadBus``: the GUI
    thread, which hands the answers over, did not within ``ui.gui_bus.ANSWER_GRACE`` s past the
    call's limit): not a ``NotAsked``, since the server may have done what it was asked (code
    review 86 BG4: a Notify passed on was shown twice). ``freedesktop.ActionsBackend`` counts a
    late Notify as shown; the calls before it show nothing, and ``backends.NotificationChain``
    passes to the next backend without counting a failure. The watch asks again.

    Args:
        message: why, in English (the log).
        then: ``then(callback)`` has ``callback(reply, error)`` called once the answer arrives:
            the reply as ``call_blocking`` returns it and None, or None and the exception
            (dbus-python's ``DBusException``); at once, in the caller's thread, when it has
            arrived already. Never called when the answer never comes (the connection closed).
    """

    def __init__(self, message: str, then: Callable[[Callable[[Any, BaseException | None], None]], None]) -> None:
        super().__init__(message)
        self.then = then


class TimedOut(Exception):
    """A backend's server did not answer within ``NOTIFY_TIMEOUT``, or has not answered since it
    last did not. Trying it for the next notice would cost that wait again, so
    ``backends.NotificationChain`` sets the backend aside at once, until ``answering()`` is true.

    Args:
        message: why, in English (the log).
        answering: tells, without waiting, whether the server answers again.
    """

    def __init__(self, message: str, answering: Callable[[], bool]) -> None:
        super().__init__(message)
        self.answering = answering


class ServerWatch:
    """Calls to the notification server with a time limit, and whether it answers.

    Shared by the backends that call the same server (``freedesktop.ActionsBackend`` and
    ``backends.PlyerBackend``): once one of them found it silent, the other does not wait for it
    too. Thread-safe: calls come from the delivery thread, ``close`` from the GUI thread.

    Args:
        timeout: seconds a call may take (``NOTIFY_TIMEOUT``).
        watch_timeout: seconds each of the watch's own calls waits (``WATCH_TIMEOUT``).
    """

    def __init__(self, timeout: float = NOTIFY_TIMEOUT, watch_timeout: float = WATCH_TIMEOUT) -> None:
        self.timeout = timeout
        self.watch_timeout = watch_timeout
        self._lock = threading.Lock()
        self._watcher: threading.Thread | None = None  # alive while the server is silent
        self._closed = threading.Event()

    @property
    def answering(self) -> bool:
        """False from a call that timed out until the server answers again (any reply, an
        error too: a server gone fails at once, which the chain's own rule handles)."""
        with self._lock:
            return self._watcher is None

    def call(self, bus: Any, destination: str, interface: str, method: str, signature: str = "",
             args: Sequence[Any] = ()) -> Any:
        """``bus.call_blocking`` of ``interface.method`` on ``destination`` (the server's name)
        at ``PATH``, waiting at most ``timeout`` s; returns the reply (one value, a tuple of
        several, or None). Raises ``TimedOut`` at once while the server has not answered since
        a call timed out, ``TimedOut`` after ``timeout`` s (and starts watching it), and
        whatever else dbus-python raises (``DBusException``: no server, no bus, ...)."""
        import dbus

        if not self.answering:
            raise TimedOut("the notification server has not answered since a call timed out", lambda: self.answering)
        try:
            return bus.call_blocking(destination, PATH, interface, method, signature, tuple(args),
                                     timeout=self.timeout)
        except dbus.DBusException as exc:
            if exc.get_dbus_name() not in NO_ANSWER:
                raise
            self._watch(bus, destination)
            raise TimedOut(f"the notification server did not answer {method} within {self.timeout:g} s",
                           lambda: self.answering) from exc

    def _watch(self, bus: Any, destination: str) -> None:
        with self._lock:
            if self._watcher is not None or self._closed.is_set():
                return
            self._watcher = threading.Thread(target=self._wait_for_answer, args=(bus, destination),
                                             name="oncall-tray-notify-watch", daemon=True)
            self._watcher.start()

    def _wait_for_answer(self, bus: Any, destination: str) -> None:
        """The watch's thread: ask the server (``GetServerInformation``, which every server
        offers) until it answers, then mark it answering and end; ends too at ``close``."""
        import dbus

        log.warning("the notification server does not answer; notices go to the fallbacks until it does")
        while not self._closed.is_set():
            try:
                bus.call_blocking(destination, PATH, INTERFACE, "GetServerInformation", "", (),
                                  timeout=self.watch_timeout)
            except dbus.DBusException as exc:
                if exc.get_dbus_name() in NO_ANSWER:
                    continue
                log.info("the notification server answers again, with an error: %s", exc)
            except (NotAsked, AnswerLate) as exc:
                log.info("the notification server not asked, or its answer not heard, this time: %s", exc)
                self._closed.wait(1.0)  # no answer, no silence: asked again, after a pause
                continue
            except Exception as exc:  # noqa: BLE001 - a closed connection, of any kind: stop watching
                log.info("no longer watching the notification server: %s", exc)
            else:
                log.warning("the notification server answers again")
            break
        with self._lock:
            self._watcher = None

    def close(self) -> None:
        """Stop watching (the app quits): the watch's thread ends after its current call, or at
        once when its connection is closed."""
        self._closed.set()
