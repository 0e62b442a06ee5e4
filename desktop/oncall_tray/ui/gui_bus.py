"""A dbus-python connection that GLib's main loop dispatches in the GUI thread, called from any
thread through the GUI thread.

The notifications with actions need a connection that listens (``ui.notice_clicks``: the server
sends ``ActionInvoked`` to the connection that called Notify only), so it is dispatched by GLib's
default main context, which Qt's event loop runs in the GUI thread. dbus-python's GLib
integration keeps its own lists of the connection's watches and timeouts without a lock: a
blocking call made on that connection from another thread (the delivery thread's Notify, the
server watch's GetServerInformation) adds and removes its timeout there while the GUI thread
dispatches it, and the tray died now and then with ``malloc(): unaligned fastbin chunk detected``
when a hung notification server was bypassed (a crash seen in test_notify_hung_daemon, one run
in about eight). So every use of the connection happens in the GUI thread: a call from another
thread is started there (``call_async``) and its caller waits for the answer.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot

log = logging.getLogger(__name__)
BUS_NAME = "org.freedesktop.DBus"
BUS_PATH = "/org/freedesktop/DBus"
#: Seconds a call from another thread waits for the GUI thread to start it: a GUI thread busy
#: that long (a large window drawn on a loaded machine) is not the notification server's fault,
#: so this wait is apart from the call's own time limit, and its end is ``GuiBusy``, not
#: NoReply: the next backend (plyer, on a connection of its own) shows the notice.
START_WITHIN = 3.0
#: Seconds a started call's caller waits beyond the call's time limit, after which libdbus has
#: answered it with NoReply in the GUI thread unless that thread is stuck.
ANSWER_GRACE = 1.0
NO_REPLY = "org.freedesktop.DBus.Error.NoReply"


class BusClosed(Exception):
    """The connection was closed (the app quits): no call is made, none waited for."""


class GuiBusy(Exception):
    """The GUI thread did not start a call within ``START_WITHIN`` s: it was not made."""


class _Call:
    """One call from another thread: started in the GUI thread, answered there."""

    def __init__(self) -> None:
        self.started = threading.Event()
        self.done = threading.Event()
        self.abandoned = False  # its caller stopped waiting before it started: never started
        self.reply: Any = None
        self.error: BaseException | None = None

    def answer(self, reply: Any = None, error: BaseException | None = None) -> None:
        if not self.done.is_set():
            self.reply, self.error = reply, error
            self.done.set()


def _one_value(values: tuple) -> Any:
    """A reply's values as ``call_blocking`` returns them: None, the one value, or a tuple."""
    return None if not values else values[0] if len(values) == 1 else values


class GuiThreadBus(QObject):
    """The connection ``make()`` opens (in the GUI thread, when first needed and again after it was
    lost), with ``call_blocking`` and ``get_name_owner`` callable from any thread. Lives in the GUI
    thread, where it is made.

    Args:
        parent: its owner (``NoticeClicks``).
        make: opens a dbus-python connection on GLib's main loop; raises ``DBusException`` when
            there is no session bus. Called in the GUI thread only.
        start_within: seconds a call from another thread waits to be started (``START_WITHIN``).
    """

    _start = Signal(object)  # a callable run in the GUI thread

    def __init__(self, parent: QObject, make: Callable[[], Any], start_within: float = START_WITHIN) -> None:
        super().__init__(parent)
        self._make = make
        self._start_within = start_within
        self._gui_thread = threading.get_ident()
        self._bus: Any = None
        self._closed = False
        self._lock = threading.Lock()  # guards _waiting, _closed and each call's start
        self._waiting: set[_Call] = set()
        self._start.connect(self._run, Qt.ConnectionType.QueuedConnection)

    @Slot(object)
    def _run(self, run: Callable[[], None]) -> None:
        run()

    @property
    def connection(self) -> Any:
        """The connection made, or None (not yet, or closed). For the GUI thread."""
        return self._bus

    def connected(self) -> Any:
        """The connection, made now if need be (GUI thread). Raises ``BusClosed`` once closed and
        ``DBusException`` without a session bus."""
        if self._closed:
            raise BusClosed("the tray's D-Bus connection is closed")
        if self._bus is None or not self._bus.get_is_connected():
            self._bus = self._make()
        return self._bus

    def call_blocking(self, bus_name: str, object_path: str, dbus_interface: str, method: str,
                      signature: str = "", args: Sequence[Any] = (), timeout: float = -1.0) -> Any:
        """dbus-python's ``call_blocking`` (``timeout`` in seconds, -1 libdbus's default of 25 s),
        from any thread. Returns None, the reply's one value, or a tuple of its values. Raises
        ``DBusException`` as dbus-python does (``org.freedesktop.DBus.Error.NoReply`` when no answer
        came in time), ``GuiBusy`` when the GUI thread did not start the call within
        ``start_within`` s, ``BusClosed`` once ``close`` was called."""
        if threading.get_ident() == self._gui_thread:
            return self.connected().call_blocking(bus_name, object_path, dbus_interface, method, signature,
                                                  tuple(args), timeout=timeout)
        call = _Call()
        with self._lock:
            if self._closed:
                raise BusClosed("the tray's D-Bus connection is closed")
            self._waiting.add(call)
        try:
            self._start.emit(lambda: self._begin(call, (bus_name, object_path, dbus_interface, method, signature,
                                                        tuple(args)), timeout))
            return self._wait(call, method, timeout)
        finally:
            with self._lock:
                self._waiting.discard(call)

    def get_name_owner(self, name: str, timeout: float = -1.0) -> str:
        """The unique name of ``name``'s owner, from any thread; raises as ``call_blocking``
        (``org.freedesktop.DBus.Error.NameHasNoOwner`` when no one owns it)."""
        return str(self.call_blocking(BUS_NAME, BUS_PATH, BUS_NAME, "GetNameOwner", "s", (name,), timeout))

    def _wait(self, call: _Call, method: str, timeout: float) -> Any:
        import dbus

        if not call.started.wait(self._start_within):
            with self._lock:
                call.abandoned = not call.started.is_set()
            if call.abandoned:
                raise GuiBusy(f"the tray's main thread did not start {method} within {self._start_within:g} s")
        limit = (25.0 if timeout < 0 else timeout) + ANSWER_GRACE
        if not call.done.wait(limit):
            raise dbus.DBusException(f"no answer to {method} within {limit:g} s", name=NO_REPLY)
        if call.error is not None:
            raise call.error
        return call.reply

    def _begin(self, call: _Call, request: tuple, timeout: float) -> None:
        """GUI thread: start ``call`` (unless its caller gave up waiting); its answer comes back
        through GLib's loop, in this thread too."""
        with self._lock:
            if call.abandoned or call.done.is_set():
                return
            call.started.set()
        try:
            self.connected().call_async(*request, reply_handler=lambda *values: call.answer(_one_value(values)),
                                        error_handler=lambda error: call.answer(error=error), timeout=timeout)
        except Exception as exc:  # noqa: BLE001 - no bus, closed, dbus-python's errors: the caller's to judge
            call.answer(error=exc)

    def close(self) -> None:
        """GUI thread: close the connection (after a ``flush`` of what was sent); every call still
        waited for ends at once with ``BusClosed``, and later ones fail at once."""
        with self._lock:
            self._closed = True
            waiting = list(self._waiting)
        for call in waiting:
            call.started.set()
            call.answer(error=BusClosed("the tray's D-Bus connection closed"))
        bus, self._bus = self._bus, None
        if bus is not None:
            try:
                bus.flush()  # the requests sent before the connection closes
            except Exception as exc:  # noqa: BLE001 - dbus-python's, of any kind: quitting goes on
                log.info("cannot flush the D-Bus connection: %s", exc)
            bus.close()
