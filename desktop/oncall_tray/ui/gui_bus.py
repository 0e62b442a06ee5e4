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

Opening a connection blocks until the bus answers, without a time limit (a bus that accepts and
never answers held it minutes: code review 85 BE1), so the GUI thread never opens one before a
throwaway connection without a main loop, opened in a thread of its own, has shown within
``PROBE_WITHIN`` s that the bus answers; a call from another thread has that shown in its own
thread first.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

from ..notify.server_watch import AnswerLate, NotAsked

log = logging.getLogger(__name__)
BUS_NAME = "org.freedesktop.DBus"
BUS_PATH = "/org/freedesktop/DBus"
#: Seconds a call from another thread waits for the GUI thread to start it: a GUI thread busy
#: that long (a large window drawn on a loaded machine) is not the notification server's fault,
#: so this wait is apart from the call's own time limit, and its end is ``GuiBusy``, not
#: NoReply: the next backend (plyer, on a connection of its own) shows the notice.
START_WITHIN = 3.0
#: Seconds a started call's caller waits beyond the call's time limit: libdbus answers it (with
#: NoReply at the limit) in the GUI thread, so only a GUI thread stuck that long leaves the caller
#: without its answer; a shorter grace took a GUI thread busy for 2.5 s for a silent server and
#: showed the notice twice, the server's copy unknown to the tray (code review 85 BE3). Past it,
#: the caller gets ``AnswerLate``, and the answer, when it comes, still reaches whoever asked for it.
ANSWER_GRACE = 30.0
#: Seconds the bus has to answer a throwaway connection before the GUI thread opens its own.
PROBE_WITHIN = 2.0
#: Milliseconds a closed connection's Python object is kept (see ``close``).
KEEP_CLOSED_MS = 5000


class BusClosed(Exception):
    """The connection was closed (the app quits): no call is made, none waited for."""


class GuiBusy(NotAsked):
    """The GUI thread did not start a call within ``START_WITHIN`` s: it was not made, and never
    will be. (A call started whose answer the GUI thread did not hand over in time is
    ``AnswerLate``: it was made, code review 86 BG4.)"""


class BusUnanswered(NotAsked):
    """The session bus did not let a connection be opened within ``PROBE_WITHIN`` s: nothing was
    sent to the notification server, which may answer (code review 86 BG3: the watch took it for
    a server answering again, and the chain set the backend aside)."""


class _Probe:
    """One try at opening (and closing at once) a connection without a main loop, in a thread of
    its own: ``done`` once it ended, ``error`` what opening raised, or None."""

    def __init__(self, make: Callable[[bool], Any]) -> None:
        self.done = threading.Event()
        self.error: BaseException | None = None
        threading.Thread(target=self._run, args=(make,), name="oncall-tray-bus-probe", daemon=True).start()

    def _run(self, make: Callable[[bool], Any]) -> None:
        try:
            make(False).close()
        except Exception as exc:  # noqa: BLE001 - handed to the callers
            self.error = exc
        self.done.set()


class _Call:
    """One call from another thread: started in the GUI thread, answered there; kept (by its
    answer's handlers) until answered, also once its caller stopped waiting (``then``)."""

    def __init__(self) -> None:
        self.started = threading.Event()
        self.done = threading.Event()
        self.abandoned = False  # its caller stopped waiting before it started: never started
        self.reply: Any = None
        self.error: BaseException | None = None
        self._lock = threading.Lock()
        self._later: list[Callable[[Any, BaseException | None], None]] = []  # told of the answer (``then``)

    def answer(self, reply: Any = None, error: BaseException | None = None) -> None:
        """The call's answer (the first one given counts); tells those ``then`` was given."""
        with self._lock:
            if self.done.is_set():
                return
            self.reply, self.error = reply, error
            self.done.set()
            later, self._later = self._later, []
        for callback in later:
            _tell(callback, reply, error)

    def then(self, callback: Callable[[Any, BaseException | None], None]) -> None:
        """``callback(reply, error)`` once the call is answered: in the thread that answers it
        (the GUI thread), or at once in this one when it was answered already (``AnswerLate``)."""
        with self._lock:
            if not self.done.is_set():
                self._later.append(callback)
                return
        _tell(callback, self.reply, self.error)


def _tell(callback: Callable[[Any, BaseException | None], None], reply: Any, error: BaseException | None) -> None:
    """``callback(reply, error)``; what it raises is logged (it runs in GLib's loop: code review 86 BG4)."""
    try:
        callback(reply, error)
    except Exception:  # noqa: BLE001 - a late answer's receiver must not raise in the event loop
        log.exception("the receiver of a late D-Bus answer failed")


def _one_value(values: tuple) -> Any:
    """A reply's values as ``call_blocking`` returns them: None, the one value, or a tuple."""
    return None if not values else values[0] if len(values) == 1 else values


class GuiThreadBus(QObject):
    """The connection ``make()`` opens (in the GUI thread, when first needed and again after it was
    lost), with ``call_blocking`` and ``get_name_owner`` callable from any thread. Lives in the GUI
    thread, where it is made.

    Args:
        parent: its owner (``NoticeClicks``).
        make: ``make(listen)`` opens a dbus-python connection: with ``listen`` on GLib's main loop,
            listening (called in the GUI thread only), without it a plain one on no main loop
            (the probe, closed at once: called in a thread of its own). Raises ``DBusException``
            when there is no session bus.
        start_within: seconds a call from another thread waits to be started (``START_WITHIN``).
        probe_within: seconds the bus has to answer a probe (``PROBE_WITHIN``).
    """

    _start = Signal(object)  # a callable run in the GUI thread

    def __init__(self, parent: QObject, make: Callable[[bool], Any], start_within: float = START_WITHIN,
                 probe_within: float = PROBE_WITHIN) -> None:
        super().__init__(parent)
        self._make = make
        self._start_within = start_within
        self._probe_within = probe_within
        self._probing: _Probe | None = None  # the last probe (one at a time)
        self._gui_thread = threading.get_ident()
        self._bus: Any = None
        self._closed = False
        self._lock = threading.Lock()  # guards _waiting, _closed and each call's start
        self._waiting: set[_Call] = set()
        self._pending: set[Any] = set()  # dbus-python's PendingCall of each call started, until answered (GUI thread)
        self._start.connect(self._run, Qt.ConnectionType.QueuedConnection)

    @Slot(object)
    def _run(self, run: Callable[[], None]) -> None:
        run()

    @property
    def connection(self) -> Any:
        """The connection while it is connected, else None (not made yet, lost, or closed); never
        opens one. For the GUI thread."""
        bus = self._bus
        return bus if bus is not None and bus.get_is_connected() else None

    def connected(self) -> Any:
        """The connection, opened now if need be (GUI thread; the bus probed first, see the
        module's notes). Raises ``BusClosed`` once closed, ``BusUnanswered`` when the probe got
        no answer in time, ``DBusException`` without a session bus."""
        if self._closed:
            raise BusClosed("the tray's D-Bus connection is closed")
        if self.connection is None:
            self._probe()
            self._bus = self._make(True)
        return self._bus

    def _probe(self) -> None:
        """Show that the bus answers: a throwaway connection opened and closed in a thread of its
        own (``_Probe``), one at a time: a caller while one runs waits for that one (code review
        86 BG2: the second of two callers was told the bus did not answer). Waits at most
        ``probe_within`` s; raises ``BusUnanswered`` without an answer by then, or what opening
        raised. (libdbus holds a lock of the whole process while a connection waits for the bus's
        Hello: while a probe waits, every connection opened in the process waits too, so none is
        opened in the GUI thread then.)"""
        with self._lock:
            probe = self._probing
            if probe is None or probe.done.is_set():  # none running: a new one (the bus may have gone since)
                probe = self._probing = _Probe(self._make)
        if not probe.done.wait(self._probe_within):
            raise BusUnanswered(f"the session bus did not answer a connection within {self._probe_within:g} s")
        if probe.error is not None:
            raise probe.error

    def call_blocking(self, bus_name: str, object_path: str, dbus_interface: str, method: str,
                      signature: str = "", args: Sequence[Any] = (), timeout: float = -1.0) -> Any:
        """dbus-python's ``call_blocking`` (``timeout`` in seconds, -1 libdbus's default of 25 s),
        from any thread. Returns None, the reply's one value, or a tuple of its values. Raises
        ``DBusException`` as dbus-python does (``org.freedesktop.DBus.Error.NoReply`` when no answer
        came in time), ``GuiBusy`` when the GUI thread did not start the call within
        ``start_within`` s (not made), ``AnswerLate`` when it started it (the request was sent)
        and did not hand its answer over within ``ANSWER_GRACE`` s past ``timeout`` (its
        ``then`` gives the answer when it comes), ``BusUnanswered`` when the bus does not let a
        connection be opened, ``BusClosed`` once ``close`` was called."""
        if threading.get_ident() == self._gui_thread:
            return self.connected().call_blocking(bus_name, object_path, dbus_interface, method, signature,
                                                  tuple(args), timeout=timeout)
        if self._bus is None and not self._closed:  # (no libdbus call on the connection off the GUI thread)
            self._probe()  # here, not in the GUI thread: a bus that does not answer holds this thread only
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

    def get_name_owner(self, name: str, timeout: float = 5.0) -> str:
        """The unique name of ``name``'s owner, from any thread; raises as ``call_blocking``
        (``org.freedesktop.DBus.Error.NameHasNoOwner`` when no one owns it)."""
        return str(self.call_blocking(BUS_NAME, BUS_PATH, BUS_NAME, "GetNameOwner", "s", (name,), timeout))

    def _wait(self, call: _Call, method: str, timeout: float) -> Any:
        if not call.started.wait(self._start_within):
            with self._lock:
                call.abandoned = not call.started.is_set()
            if call.abandoned:
                raise GuiBusy(f"the tray's main thread did not start {method} within {self._start_within:g} s")
        limit = (25.0 if timeout < 0 else timeout) + ANSWER_GRACE
        if not call.done.wait(limit):  # made: the server may have done it (code review 86 BG4)
            raise AnswerLate(f"the tray's main thread did not give the answer to {method} within {limit:g} s",
                             call.then)
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
        pending: list = []

        def answered(reply: Any = None, error: BaseException | None = None) -> None:
            for started in pending:
                self._pending.discard(started)
            call.answer(reply, error)

        try:
            pending.append(self.connected().call_async(
                *request, reply_handler=lambda *values: answered(_one_value(values)),
                error_handler=lambda error: answered(error=error), timeout=timeout))
        except Exception as exc:  # noqa: BLE001 - no bus, closed, dbus-python's errors: the caller's to judge
            call.answer(error=exc)
            return
        if not call.done.is_set():
            self._pending.add(pending[0])

    def close(self) -> None:
        """GUI thread: close the connection (after a ``flush`` of what was sent); every call still
        waited for ends at once with ``BusClosed``, and later ones fail at once."""
        with self._lock:
            self._closed = True
            waiting = list(self._waiting)
        for call in waiting:
            call.started.set()
            call.answer(error=BusClosed("the tray's D-Bus connection closed"))
        for pending in list(self._pending):  # their answers never come: dbus-python, which would hand
            pending.cancel()  # them over after the connection's Python object went, raises in the loop
        self._pending.clear()
        live, (bus, self._bus) = self.connection, (self._bus, None)
        if live is not None:
            try:
                live.flush()  # the requests sent before the connection closes
            except Exception as exc:  # noqa: BLE001 - dbus-python's, of any kind: quitting goes on
                log.info("cannot flush the D-Bus connection: %s", exc)
        if bus is not None:
            bus.close()
            # kept a while: messages it read before it closed (the NotificationClosed of the
            # notifications just withdrawn, its Disconnected) are dispatched by GLib's loop later,
            # and dbus-python raises in the loop for a connection whose Python object went ("D-Bus
            # connection does not have a Connection instance associated with it": the fresh-clone
            # CI at 2ffd37d2, a tray shut down in test_escalation_replaces)
            QTimer.singleShot(KEEP_CLOSED_MS, lambda: bus)
