"""Qt side of notifications: a delivery thread and the Qt fallbacks (design notes,
"Notifications").

The chain (on Linux, notifications with actions where the server offers them:
``notice_clicks``; plyer; then the tray's own balloon, then an always-on-top window) runs in one
Python worker thread so that a slow or hung notification daemon never stalls the GUI thread.
The Qt fallbacks hand their work back to the GUI thread through queued signals.
"""

from __future__ import annotations

import dataclasses
import logging
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QMessageBox

from ..core.names import utf16_units
from ..core.overview import Light
from ..notify.backends import Backend, NotificationChain, PlyerBackend
from ..notify.messages import BODY_LIMIT, TITLE_LIMIT, Notice, clip, combined
from ..notify.server_watch import ServerWatch
from ..notify.sound import play
from .icons import notification_icon
from .translations import translate

log = logging.getLogger(__name__)
POPUP_SECONDS = 15
BALLOON_SECONDS = 10.0  # how long the tray's balloon shows a message (``TrayIcon.show_message``)
BALLOON_GATHER_MS = 150  # notices handed to the balloon within this are shown as one


class _QtBackend:
    """A backend whose ``send`` (in the delivery thread) emits a queued signal to the GUI."""

    def __init__(self, name: str, signal, available) -> None:
        self.name = name
        self._signal = signal
        self._available = available

    def send(self, notice: Notice, icon: Path | None) -> None:
        if not self._available():
            raise RuntimeError(f"{self.name} is not available")
        self._signal.emit(notice)


class Notifier(QObject):
    """Shows notices without blocking the GUI thread.

    Args:
        show_tray_message: GUI-thread callable ``(title, body, critical)``; the tray's balloon.
        tray_available: GUI-thread-free callable telling whether the tray icon is shown.
        enabled: False turns notifications off (the tray and window still show everything).
        first: a backend tried before plyer (``NoticeClicks.backend``: notifications with actions).
        server: the notification server's watch, shared with ``first`` (a new one if None).
        mark: ``title -> title`` put on every notice's title before any backend sees it
            (``demo_marks.marked``: the demo's notices, review 68 AF6); None: titles as they are.
        icons: the folder the notices' icons are written in (the run's cache folder's
            ``icons``, ``LoadedConfig.folders``); None: notices without an icon.

    Signals:
        delivered(Notice, str): a notice was shown, with the backend's name ("" if none could).
    """

    delivered = Signal(object, str)
    _tray_message = Signal(object)
    _popup = Signal(object)

    def __init__(self, show_tray_message, tray_available, enabled: bool = True, parent: QObject | None = None,
                 first: Backend | None = None, server: ServerWatch | None = None,
                 mark: Callable[[str], str] | None = None, icons: Path | None = None) -> None:
        super().__init__(parent)
        self._mark = mark
        self.enabled = enabled
        self.sound = False  # issue 4: optional sound for critical alerts (setting ``sound``)
        self._sound_failed = False  # a failure was logged as a warning (notification thread only)
        self._icons = {light: self._icon(light, icons) for light in Light} if icons is not None else {}
        self._show_tray_message = show_tray_message
        self._tray_message.connect(self._queue_balloon, Qt.ConnectionType.QueuedConnection)
        #: the balloon shows one message at a time, each replacing the last: notices that come
        #: together, or while an earlier one is still on screen, are shown as one (GUI thread)
        self._balloon_new: list[Notice] = []
        self._balloon_shown: list[tuple[float, Notice]] = []
        self._balloon_timer = QTimer(self)
        self._balloon_timer.setSingleShot(True)
        self._balloon_timer.setInterval(BALLOON_GATHER_MS)
        self._balloon_timer.timeout.connect(self._flush_balloon)
        self._popup.connect(self._show_popup, Qt.ConnectionType.QueuedConnection)
        self._server = server or ServerWatch()
        self._chain = NotificationChain(
            [*([first] if first is not None else []), PlyerBackend(watch=self._server),
             _QtBackend("tray message", self._tray_message, tray_available),
             _QtBackend("window", self._popup, lambda: True)],
            self._icon_for)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="oncall-tray-notify")
        self._closed = False
        self._popups: list[QMessageBox] = []

    @staticmethod
    def _icon(light: Light, folder: Path) -> Path | None:
        try:
            return notification_icon(light, folder)
        except OSError as exc:
            log.warning("notification icons unavailable: %s", exc)
            return None

    def _icon_for(self, notice: Notice) -> Path | None:
        return self._icons.get(notice.icon_light)

    def show(self, notices: list[Notice]) -> None:
        """Queue ``notices`` for delivery, in order (none after ``shutdown``: the app quits or
        crashed, review 19)."""
        if not self.enabled or self._closed:
            return
        for notice in notices:
            if self._mark is not None:  # in the GUI thread: the mark is translated
                notice = self._marked(notice)
            self._executor.submit(self._deliver, notice)

    def _marked(self, notice: Notice) -> Notice:
        """``notice`` with the mark on its title; a title the mark makes too long opens the body
        whole (as ``messages.notice`` does: "[Demonstração] Prazo de resposta perdido:…" lost the
        alert's name), unless the body opens with it already."""
        title, body = self._mark(notice.title), notice.body
        if utf16_units(title) > TITLE_LIMIT and not body.startswith(notice.title.removesuffix("…")):
            body = clip(notice.title + ("\n" + body if body else ""), BODY_LIMIT)
        return dataclasses.replace(notice, title=clip(title, TITLE_LIMIT), body=body)

    def _deliver(self, notice: Notice) -> None:
        backend = self._chain.send(notice)
        if self.sound and notice.urgent:
            if not play(warned=self._sound_failed):  # in this thread: the GUI never waits for the speaker
                self._sound_failed = True
        log.info("notification %r via %s", notice.title, backend or "nothing")
        self.delivered.emit(notice, backend or "")

    def _queue_balloon(self, notice: Notice) -> None:
        self._balloon_new.append(notice)
        if not self._balloon_timer.isActive():
            self._balloon_timer.start()

    def _flush_balloon(self) -> None:
        """Show the notices gathered, with those still on screen that the new message would
        replace (review 19: four notices in 107 ms left only "Resolved: ..." on screen)."""
        now = time.monotonic()
        still = [(at, n) for at, n in self._balloon_shown if now - at < BALLOON_SECONDS]
        new, self._balloon_new = self._balloon_new, []
        self._balloon_shown = still + [(now, n) for n in new]
        shown = combined(new + [n for _at, n in reversed(still)], translate)
        title = shown.title if self._mark is None else self._mark(shown.title)  # "3 notifications" too
        self._show_tray_message(title, shown.body, shown.urgent)

    def _show_popup(self, notice: Notice) -> None:
        if self._closed:  # its delivery ended after the quit began: nothing is shown now
            return
        box = QMessageBox(QMessageBox.Icon.Warning if notice.urgent else QMessageBox.Icon.Information,
                          notice.title, notice.body, QMessageBox.StandardButton.Ok)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, True)
        box.setModal(False)
        box.finished.connect(lambda _r, b=box: self._popups.remove(b) if b in self._popups else None)
        self._popups.append(box)
        box.show()
        if not notice.urgent:
            QTimer.singleShot(POPUP_SECONDS * 1000, box.close)

    def shutdown(self) -> None:
        """Stop accepting notices; pending ones are dropped, the always-on-top windows of the last
        fallback closed (the app is quitting: an urgent one stays until closed, and outlived a tray
        shut down in the tests' process, taken for the next test's message box)."""
        self._closed = True
        self._executor.shutdown(wait=False, cancel_futures=True)
        self._server.close()
        for box in list(self._popups):
            box.close()

