"""What a click on a desktop notification does (review 48 R2: nothing, and there was no
*Acknowledge*): on Linux, where the notification server offers actions, notices go out with them
(``notify.freedesktop``), and this object keeps which notice each notification shows and acts
on the server's ``ActionInvoked``: "default" (a click) shows the alerts window in front with
the notice's alert selected (only the window for a notice about no single alert),
"acknowledge" does what the window's *Acknowledge* button does (``AlertActions.acknowledge``);
once the alert no longer fires, both say so (``AlertActions.not_firing``).

The server sends its signals to the connection that called Notify only, so the dbus-python
connection that sends also listens. It runs on GLib's default main context, which Qt's event
loop runs in the GUI thread (Qt's GLib event dispatcher, PySide6's default on Linux); without it
the signals would never arrive, and the notices keep going through plyer. The connection is
used in the GUI thread only (``gui_bus.GuiThreadBus``: the delivery thread's calls are started
there), and its signals are dispatched there.
"""

from __future__ import annotations

import logging
import os
import sys
from collections import OrderedDict
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractEventDispatcher, QObject, Qt, Signal

from ..core.overview import Light
from ..notify.freedesktop import ACKNOWLEDGE, DEFAULT, ActionsBackend, says_again
from ..notify.server_watch import INTERFACE, PATH, SERVICE, ServerWatch
from ..notify.messages import Notice
from ..notify.shown_list import ShownList
from .gui_bus import BusUnanswered, GuiThreadBus
from .translations import translate

if TYPE_CHECKING:
    from ..core.tracker import AlertSnapshot
    from .app import TrayController

log = logging.getLogger(__name__)
#: Notifications remembered at most (each until the server says it closed): a server that never
#: says so, or one restarted meanwhile, does not make the tray grow.
KEPT = 200
#: Actions on notifications not remembered yet, kept at most (another application's never are).
EARLY_KEPT = 20


def glib_events() -> bool:
    """True when the GUI thread's event loop runs GLib's default main context (Qt's GLib event
    dispatcher; not with ``QT_NO_GLIB=1``), where dbus-python's signals are dispatched."""
    dispatcher = QAbstractEventDispatcher.instance()
    return dispatcher is not None and dispatcher.inherits("QEventDispatcherGlib")


class NoticeClicks(QObject):
    """The notifications sent with actions, by (server, id), and what their actions do for
    ``controller`` (its alerts window and ``alert_actions``). Lives in the GUI thread."""

    _sent = Signal(str, int, object, int)  # (server's unique name, id, Notice, id replaced), from the delivery thread
    _invoked = Signal(str, int, str)  # (server, id, action key)
    _closed = Signal(str, int)

    def __init__(self, controller: TrayController, cache: Path) -> None:
        """``cache``: the run's cache folder (``LoadedConfig.folders``), where the list of the
        notifications on screen is kept, one per run (``notify.shown_list``)."""
        super().__init__(controller)
        self.controller = controller
        self._shown: OrderedDict[tuple[str, int], tuple[Notice, str]] = OrderedDict()  # with its alert's name
        self._bus = GuiThreadBus(self, self._open)  # made in the GUI thread, when first needed
        queued = Qt.ConnectionType.QueuedConnection
        self._sent.connect(self._remember, queued)
        self._invoked.connect(self._act, queued)
        self._closed.connect(self._forget, queued)
        self._left = ShownList(cache)
        #: (server, id) -> the action chosen on a notification before it was remembered (``_act``)
        self._early: OrderedDict[tuple[str, int], str] = OrderedDict()
        self._backend: ActionsBackend | None = None  # told of closed notifications (a reminder's: AP7)

    def backend(self, watch: ServerWatch, timeout: int = 10) -> ActionsBackend | None:
        """The notification backend with actions, or None where it cannot work: not Linux, no
        dbus-python, or an event loop without GLib (see the module's notes). ``watch``: the
        notification server's, shared with the other backends that call it."""
        if sys.platform != "linux" or not glib_events():
            return None
        try:
            import dbus.mainloop.glib  # noqa: F401  (dbus-python's GLib main loop)
        except ImportError as exc:
            log.info("notifications without actions: %s", exc)
            return None
        self._backend = ActionsBackend(self._connection, self._sent.emit, translate, timeout, watch)
        return self._backend

    def _connection(self) -> GuiThreadBus:
        """The session bus connection that sends and listens, callable from the delivery thread
        (``GuiThreadBus``; the GUI thread makes it when first needed, and again after it was
        lost)."""
        return self._bus

    def _open(self, listen: bool) -> Any:
        """A new session bus connection at ``DBUS_SESSION_BUS_ADDRESS`` as it is now (libdbus keeps
        the first address it read for the whole process): with ``listen``, on GLib's loop and
        listening to the server's signals (GUI thread); without, on no main loop (``GuiThreadBus``'s
        probe, any thread). Raises DBusException without a session bus."""
        import dbus.bus
        import dbus.mainloop
        from dbus.mainloop.glib import DBusGMainLoop

        address = os.environ.get("DBUS_SESSION_BUS_ADDRESS") or dbus.bus.BUS_SESSION
        bus = dbus.bus.BusConnection(address, mainloop=DBusGMainLoop() if listen else dbus.mainloop.NULL_MAIN_LOOP)
        bus.set_exit_on_disconnect(False)
        if listen:
            for name, handler in (("ActionInvoked", self._on_invoked), ("NotificationClosed", self._on_closed)):
                bus.add_signal_receiver(handler, name, INTERFACE, None, PATH, sender_keyword="sender")
        return bus

    def _on_invoked(self, number, key, sender: str = "") -> None:  # any thread (dbus-python's handler)
        self._invoked.emit(str(sender), int(number), str(key))

    def _on_closed(self, number, _reason=None, sender: str = "") -> None:
        if self._backend is not None:  # at once: a reminder sent meanwhile is a new notification
            self._backend.closed(str(sender), int(number))
        self._closed.emit(str(sender), int(number))

    def _forget(self, server: str, number: int) -> None:
        if self._shown.pop((server, number), None) is not None:
            self._write_left()

    def _write_left(self) -> None:
        """Keep the (server, id) of the notifications on screen in this run's list, for the next
        run if this one dies (``close_leftovers``); a failure is logged, nothing more."""
        self._left.write(self._shown)

    def close_leftovers(self) -> None:
        """Close the notifications an earlier run left on screen (killed: review 57 S4, its critical
        "Still unacknowledged" stayed beside this run's window, its Acknowledge answering no one),
        those the notification server running now showed: after a restart of the server, the
        same ids are other notifications. Only runs that ended count: another tray running on the
        same settings keeps its notifications (fresh-user review 70 AK7). Call at start, where
        notices have actions (``backend``)."""
        left = self._left.left_by_ended_runs()
        if left:
            import dbus

            try:
                owner = self._connection().get_name_owner(SERVICE)
            except (dbus.DBusException, BusUnanswered) as exc:  # no server (or bus) now: nothing of it on screen
                log.info("cannot close the notifications left: %s", exc)
                owner = ""
            for server, number in left:
                if server == owner:
                    self._withdraw(server, number)

    def _remember(self, server: str, number: int, notice: Notice, replaced: int = 0) -> None:
        """``notice`` is shown as ``server``'s notification ``number``, in place of its ``replaced``
        (0: none; ``freedesktop.ActionsBackend``): that one leaves the list when the server gave
        another id (review 71 AP7), the list on disk (``notify.shown_list``) with it. The
        notifications of that server whose notice ``notice`` says again in full
        (``Notice.closes``: an escalation summary, the single escalations it names; review 72
        AS3), or that it could have replaced (``freedesktop.says_again``: an escalation summary
        covering all the alerts of two earlier ones, which were left beside each other, code
        review 79 AT1), are closed."""
        if replaced and replaced != number:
            self._shown.pop((server, replaced), None)
        if notice.closes or notice.covers:
            for (shown_on, shown), (earlier, _name) in list(self._shown.items()):
                if shown_on == server and shown != number and (
                        earlier.refreshes in notice.closes or (notice.covers and says_again(earlier, notice))):
                    self._withdraw(server, shown)
        snapshot = self.controller.snapshot  # the name, for an Acknowledge once it resolved
        alert = snapshot.alerts.get(notice.fingerprint) if snapshot is not None and notice.fingerprint else None
        self._shown[(server, number)] = (notice, alert.display_name if alert is not None else "")
        self._shown.move_to_end((server, number))
        while len(self._shown) > KEPT:
            self._shown.popitem(last=False)
        self._write_left()
        early = self._early.pop((server, number), None)
        if early is not None:
            self._act(server, number, early)

    def _act(self, server: str, number: int, key: str) -> None:
        """An action of a notification: ours (sent by this connection to that server), or
        another application's (ignored). One of a notification not remembered yet is kept until
        it is (``_remember``): the server's signal can come before the delivery thread heard Notify's
        answer, the action chosen at once on a notification just shown was lost (a click in
        test_notification_actions, in the GUI thread's order since ``gui_bus``)."""
        notice, name = self._shown.get((server, number), (None, ""))
        if notice is None:
            self._early[(server, number)] = key
            while len(self._early) > EARLY_KEPT:
                self._early.popitem(last=False)
            return
        log.info("notification %r: %s", notice.title, key)
        alert_actions = self.controller.alert_actions
        if key == ACKNOWLEDGE and notice.acknowledgeable:
            if alert_actions.firing(notice.fingerprint):
                alert_actions.acknowledge(notice.fingerprint)
            else:  # resolved meanwhile: said so, the window need not open (review 52 H5)
                alert_actions.not_firing(notice.fingerprint, name)
                self._withdraw(server, number)  # nothing left to acknowledge (review 53 K4)
            return
        if key == DEFAULT:
            self.controller.show_window()
            if notice.fingerprint and not self.controller.window.select_alert(notice.fingerprint):
                # resolved since: said so, the engineer's selection left alone (review 53 K6)
                alert_actions.not_firing(notice.fingerprint, name, acknowledging=False)

    def after_poll(self, snapshot: AlertSnapshot) -> None:
        """A poll read Alertmanager (``snapshot``): close the notifications offering *Acknowledge*
        whose alert no longer fires unsilenced in it (resolved, or acknowledged since): a critical
        one stays on screen until dismissed, and was left there, its Acknowledge still offered,
        long after "Resolved" (review 53 K4); and those of the contact lost (``Light.UNREACHABLE``:
        "Alertmanager unreachable for 1 min", urgent, stayed on screen beside nothing but the
        header's "Last good poll", the quiet "restored" gone after 10 s: review 76 BH5). The
        server is not waited for (``ignore_reply``); a failure is logged."""
        if self._bus.connection is None:
            return
        for (server, number), (notice, _name) in list(self._shown.items()):
            if notice.light is Light.UNREACHABLE:
                self._withdraw(server, number)
            elif notice.acknowledgeable:
                alert = snapshot.alerts.get(notice.fingerprint)
                if alert is None or alert.silenced:
                    self._withdraw(server, number)

    def _withdraw(self, server: str, number: int) -> None:
        """Ask ``server`` to close its notification ``number``; it is forgotten when the server
        says it closed (an action chosen meanwhile is still acted on). Only on the connection
        that showed it, while connected: none is opened for this (after a loss, the server's
        notifications of the lost connection cannot be acted on anyway; code review 85 BE1, BE6)."""
        import dbus

        bus = self._bus.connection
        if bus is None:
            log.info("cannot close notification %s: no connection to the session bus now", number)
            return
        try:
            bus.get_object(server, PATH, introspect=False).CloseNotification(
                dbus.UInt32(number), dbus_interface=INTERFACE, ignore_reply=True)
        except dbus.DBusException as exc:
            log.info("cannot close notification %s: %s", number, exc)

    @property
    def remembered(self) -> int:
        """How many notifications are remembered now (at most ``KEPT``)."""
        return len(self._shown)

    def close(self) -> None:
        """The app quits: close the notifications it remembers, whose actions no one would answer
        now (review 56 Q17: the demo's critical notice stayed on screen above the next tray's),
        then the connection: no more actions come."""
        if self._bus.connection is not None:
            for server, number in list(self._shown):
                self._withdraw(server, number)
            self._shown.clear()
        self._left.drop()  # none left for the next run to close: its list and lock go
        self._bus.close()  # what was sent is flushed first
