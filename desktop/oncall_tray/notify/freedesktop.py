"""Notifications with actions on Linux: the desktop's notification server (freedesktop.org
Desktop Notifications, ``org.freedesktop.Notifications``) called through dbus-python, so that a
click on a notification opens the alerts window and *Acknowledge (15 min)* acknowledges its
alert (review 48 R2: a click did nothing, and there was no such button). No Qt here: the GUI
side (``ui.notice_clicks``) owns the connection and acts on what the server says.

The server tells of a click (``ActionInvoked``) and of a closed notification
(``NotificationClosed``) on the connection that called Notify only (dunst 1.9 addresses these
signals to it: seen with dbus-monitor), so the connection that sends is the one that listens.
A notice that says again what an earlier one said (``Notice.refreshes``: the reminders of an
unacknowledged critical alert; an escalation summary covering every alert of the earlier one that
still fires, ``says_again``) replaces that one's notification while it is on screen: Notify's
``replaces_id`` is the id the same server gave it (fresh-user review 71 AP7: each reminder was a
new persistent notification, 30 an hour stacked on screen). One closed meanwhile (dismissed,
withdrawn: ``closed``), or shown by a server that has been replaced since, is not replaced: the
notice is a new notification. Where the server offers no actions (``GetCapabilities`` without "actions"), the notice is left
to plyer (``backends.Unsuitable``). Every call waits at most ``server_watch.NOTIFY_TIMEOUT``
(review 65 T1: a stopped dunst held each notice 25 s here).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..i18n import Translate
from .backends import Unsuitable, notify_fields
from .messages import Notice
from .server_watch import INTERFACE, SERVICE, AnswerLate, ServerWatch

log = logging.getLogger(__name__)
NOTIFY_SIGNATURE = "susssasa{sv}i"  # (app_name, replaces_id, app_icon, summary, body, actions, hints, timeout ms)
#: The action a click on the notification performs (the specification's name for it).
DEFAULT = "default"
ACKNOWLEDGE = "acknowledge"
CONTEXT = "notifications"


def actions(notice: Notice, tr: Translate) -> list[str]:
    """The actions of ``notice``'s notification, as Notify takes them (key, label, key, label):
    ``DEFAULT`` (the alerts window, on the notice's alert when it is about one), and
    ``ACKNOWLEDGE`` when the notice offers it (``Notice.acknowledgeable``: one firing alert that
    no silence mutes; never a quiet notice nor a summary)."""
    offered = [DEFAULT, tr(CONTEXT, "Show alerts")]
    if notice.acknowledgeable and notice.fingerprint:
        offered += [ACKNOWLEDGE, tr(CONTEXT, "Acknowledge (15 min)")]
    return offered


def says_again(earlier: Notice, later: Notice) -> bool:
    """``later`` may replace ``earlier`` on screen (``Notice.refreshes``): it refreshes the same key
    and covers every alert ``earlier`` covered (``Notice.covers``; code review 79 AT1: an
    escalation summary of other alerts replaced one whose single notices it had closed) that still
    fired when ``later`` was made (``Notice.firing``; code review 80 AV2: once one of them resolved,
    no later summary replaced nor closed it, and two stayed on screen, the first naming the resolved
    alert). An earlier one it may replace is closed when another is replaced (``ui.notice_clicks``)."""
    if not later.refreshes or later.refreshes != earlier.refreshes:
        return False
    standing = earlier.covers if not later.firing else frozenset(
        key for key in earlier.covers if key.rsplit(":", 1)[-1] in later.firing)  # ``escalation_key``'s form
    return standing <= later.covers


def expire_timeout(notice: Notice, seconds: int) -> int:
    """Notify's ``expire_timeout`` in milliseconds: ``seconds`` for a normal or quiet notice; -1
    (the server's own choice for its urgency) for an urgent one, a critical alert or a red flag,
    which the specification's servers keep on screen until dismissed (GNOME, KDE, dunst's
    defaults), so that its *Acknowledge* button is there when the engineer comes back (review 52
    H4: gone after 10 s, and dunst's history gives it back without its actions)."""
    return -1 if notice.urgent else seconds * 1000


class ActionsBackend:
    """Sends notices with actions (``actions``) through ``connection()``, with what plyer would
    send otherwise (``backends.notify_fields``: app name, icon, urgency, escaped body, timeout).

    Args:
        connection: the bus connection to call Notify on, given at each call (in the delivery
            thread): an object with dbus-python's ``call_blocking`` and ``get_name_owner(name,
            timeout)``, callable from that thread (``ui.gui_bus.GuiThreadBus``); it raises when
            there is no session bus.
        sent: called with (the server's unique bus name, the notification's id, the notice, the
            id of the notification it replaced or 0) once the server took it: the ids of
            ``ActionInvoked`` are that server's. In the delivery thread, or, for a Notify whose
            answer came late (``AnswerLate``), in the thread that heard it (the GUI thread). A
            server keeps the id it replaces (the specification), but one that had closed it may
            give another.
        tr: translates the actions' labels (thread-safe: ``QCoreApplication.translate``).
        timeout: seconds a normal notice stays on screen.
        watch: the notification server's watch (each call's time limit), shared with the other
            backends that call the server.
    """

    name = "notification with actions"

    def __init__(self, connection: Callable[[], Any], sent: Callable[[str, int, Notice, int], None], tr: Translate,
                 timeout: int = 10, watch: ServerWatch | None = None) -> None:
        self._connection = connection
        self._sent = sent
        self._tr = tr
        self.timeout = timeout
        self._watch = watch or ServerWatch()
        #: ``Notice.refreshes`` -> (server, id, notice) of its last notification, while on screen;
        #: the delivery thread sends, the GUI thread hears of closed ones (``closed``)
        self._refreshed: dict[str, tuple[str, int, Notice]] = {}
        self._lock = threading.Lock()

    def closed(self, server: str, number: int) -> None:
        """``server`` closed its notification ``number`` (``NotificationClosed``: dismissed,
        expired, withdrawn): a notice refreshing it is a new notification. Any thread."""
        with self._lock:
            for key in [key for key, shown in self._refreshed.items() if shown[:2] == (server, number)]:
                del self._refreshed[key]

    def _replaced(self, notice: Notice, server: str) -> int:
        """The id of the notification of ``server`` that ``notice`` replaces (0: none; ``says_again``)."""
        with self._lock:
            shown = self._refreshed.get(notice.refreshes) if notice.refreshes else None
        return shown[1] if shown is not None and shown[0] == server and says_again(shown[2], notice) else 0

    def send(self, notice: Notice, icon: Path | None) -> None:
        """Show ``notice``. Raises ``Unsuitable`` when the server offers no actions,
        ``server_watch.TimedOut`` when it does not answer in time, ``AnswerLate`` (nothing
        shown) or ``NotAsked`` when a call before Notify was not answered or not made for a
        reason not the server's, and whatever else dbus-python raises (``DBusException``: no
        server, no session bus, ...).

        A Notify made whose answer did not reach this thread in time (``AnswerLate``: the GUI
        thread stuck) counts as shown, and returns: the request went to a server that answered
        GetCapabilities just before, and only the GUI thread kept its answer (libdbus would have
        handed over NoReply at the limit had that thread run), so the server most likely showed
        it, and the next backend would show it a second time (code review 86 BG4). The server's
        silence, ``TimedOut``, is passed on instead: the server then most likely did not show
        it. The late answer, when it comes, is handled as an answer in time (``sent``), so the
        notification's actions work and it is withdrawn; a late error is logged (the notice may
        then not have been shown: only the log tells)."""
        import dbus

        bus = self._connection()
        if "actions" not in self._watch.call(bus, SERVICE, INTERFACE, "GetCapabilities"):
            raise Unsuitable("the notification server offers no actions")
        # the one that answered (started by the call if need be)
        server = bus.get_name_owner(SERVICE, self._watch.timeout)
        fields = notify_fields(notice, icon, self.timeout)
        replaced = self._replaced(notice, str(server))
        try:
            number = self._watch.call(bus, server, INTERFACE, "Notify", NOTIFY_SIGNATURE, (
                fields["app_name"], dbus.UInt32(replaced), fields["app_icon"], fields["title"], fields["message"],
                actions(notice, self._tr), fields["hints"], expire_timeout(notice, fields["timeout"])))
        except AnswerLate as late:
            log.warning("notification %r: the server's answer is late (%s); counted as shown", notice.title, late)
            late.then(lambda number, error: self._answered(str(server), number, notice, replaced, error))
            return
        self._answered(str(server), number, notice, replaced)

    def _answered(self, server: str, number: Any, notice: Notice, replaced: int,
                  error: BaseException | None = None) -> None:
        """Notify's answer: ``notice`` is ``server``'s notification ``number`` (kept to be replaced,
        told to ``sent``), or ``error`` (a late answer's, logged)."""
        if error is not None:
            log.warning("notification %r: the server's late answer is an error, it may not be shown: %s",
                        notice.title, error)
            return
        if notice.refreshes:
            with self._lock:
                self._refreshed[notice.refreshes] = (server, int(number), notice)
        self._sent(server, int(number), notice, replaced)
