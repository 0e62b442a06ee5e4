"""The tray application: wires the poller, the tray icon, the status window, notifications and
the shift (journal, handoff windows: ``ShiftController``).

Start with ``run(loaded_config)``. Quitting stops the poller within a bound: if the poller
thread is stuck in a request that never answers, the process exits without waiting for it
(design notes, "Threads": quitting must finish within 2 seconds).
"""

from __future__ import annotations

import gc
import logging
import os
import signal
import socket
import sys
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier, QTimer
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from .. import APP_NAME, __version__
from ..config import LoadedConfig
from ..core.overview import Light, Overview, overview
from ..core.tracker import AlertSnapshot
from ..i18n import resolve_language
from ..notify.messages import BODY_LIMIT, TITLE_LIMIT, Notice, clip, plan
from ..watch import PollResult
from .notifications import Notifier
from .poller import Poller
from .qt_workarounds import guard_singleton_refcounts
from .shift_controller import ShiftController
from .alerts_window import AlertsWindow
from .translations import install, translator_for
from .tray import TrayIcon

log = logging.getLogger(__name__)
TR_CONTEXT = "app"
tr = translator_for(TR_CONTEXT)
TRAY_CHECK_MS = 5000
SHUTDOWN_BUDGET_MS = 1500


class TrayController(QObject):
    """Everything the running tray needs, built from the settings; lives in the GUI thread."""

    def __init__(self, loaded: LoadedConfig, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.loaded = loaded
        config = loaded.config
        self.config = config
        self.snapshot: AlertSnapshot | None = None
        self.view: Overview | None = None
        self.tray = TrayIcon(config, self)
        self.window = AlertsWindow(config)
        self.silences: dict = {}
        self.notifier = Notifier(self.tray.show_message, lambda: self._tray_shown, config.notifications, self)
        self.poller = Poller(config, self)
        self.shift = ShiftController(config, self.notifier.show, parent=self)
        self.shift.attach(self.tray, self.window, self.poller.refresh)
        self._tray_shown = False
        self._tray_timer = QTimer(self)
        self._tray_timer.setInterval(TRAY_CHECK_MS)
        self._tray_timer.timeout.connect(self._place)
        self.poller.polled.connect(self.on_polled)
        for source in (self.tray, self.window):
            source.refresh_requested.connect(self.poller.refresh)
            source.quit_requested.connect(QCoreApplication.quit)
        self.tray.open_requested.connect(self.show_window)
        self.tray.test_notification_requested.connect(self.send_test_notification)

    def start(self) -> None:
        """Show the tray (or the window where there is no tray) and start polling."""
        self._place()
        self._report_settings_problems()
        self.shift.start()
        # Everything built so far (Qt wrappers, modules) lives as long as the app: keep it out
        # of the cyclic collector's full passes, which would otherwise stall the GUI thread
        # for tens of milliseconds while thousands of alerts come and go.
        gc.freeze()
        self.poller.start()

    def _place(self) -> None:
        """Use the tray when one exists; otherwise show the window and look again later."""
        available = QSystemTrayIcon.isSystemTrayAvailable()
        if available and not self._tray_shown:
            self.tray.set_visible(True)
            self._tray_shown = True
            self._tray_timer.stop()
            if self.window.isVisible() and self._window_is_fallback:
                self.window.hide()
            log.info("system tray found; showing the tray icon")
        elif not available and not self._tray_shown:
            log.info("no system tray; showing the status window instead")
            self._window_is_fallback = True
            self.show_window()
            self._tray_timer.start()

    _window_is_fallback = False

    def show_window(self) -> None:
        """Show the status window in front."""
        if self.view is not None:
            self.window.show_overview(self.view)
        if self.snapshot is not None:
            self.window.load(self.snapshot, self.silences)
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()

    def on_polled(self, result: PollResult) -> None:
        """Update the tray, the window and notify after a poll."""
        if result.update is not None:
            self.snapshot = result.update.snapshot
            self.silences = dict(result.silences)
        self.view = overview(self.snapshot, result.contact)
        self.tray.show_overview(self.view)
        if self.window.isVisible():
            if result.update is not None:
                self.window.apply(result.update, self.silences)
            self.window.show_overview(self.view)
        self.notifier.show(plan(result, QCoreApplication.translate, self.config.notification_summary_threshold))
        self.shift.on_polled(result)

    def send_test_notification(self) -> None:
        """A notice that shows whether notifications reach the desktop."""
        body = tr("Notifications work. Watching %1.").replace("%1", self.config.alertmanager_url)
        self.notifier.show([Notice(tr("oncall-tray test notification"), body, None)])

    def _report_settings_problems(self) -> None:
        problems = self.loaded.problems
        if not problems:
            return
        for problem in problems:
            log.warning("settings %s: %s", self.loaded.path, problem)
        title = tr("Problems in the settings file")
        body = tr("%1; defaults are used for: %2").replace("%1", str(self.loaded.path)).replace(
            "%2", "; ".join(str(p) for p in problems))
        self.notifier.show([Notice(clip(title, TITLE_LIMIT), clip(body, BODY_LIMIT), None, light=Light.WARNING)])

    def shutdown(self) -> bool:
        """Stop polling and notifying, hide the icon; False if the poller did not stop in time."""
        self.tray.set_visible(False)
        self.shift.shutdown()
        self.notifier.shutdown()
        return self.poller.shutdown(SHUTDOWN_BUDGET_MS)


def _quit_on_signals(app: QApplication) -> QSocketNotifier | None:
    """Make SIGINT and SIGTERM quit the Qt event loop cleanly (wake-up fd + socket notifier)."""
    if not hasattr(signal, "SIGTERM") or sys.platform == "win32":
        return None
    reader, writer = socket.socketpair()
    reader.setblocking(False)
    writer.setblocking(False)
    signal.set_wakeup_fd(writer.fileno())
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: None)
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, app)

    def on_signal() -> None:
        try:
            reader.recv(64)
        except OSError:
            pass
        log.info("signal received; quitting")
        app.quit()

    notifier.activated.connect(on_signal)
    notifier._sockets = (reader, writer)  # keep both ends alive with the notifier
    return notifier


def run(loaded: LoadedConfig, cleanups: Sequence[Callable[[], None]] = ()) -> int:
    """Run the tray until Quit or SIGINT/SIGTERM; returns the exit code.

    ``cleanups`` run after the event loop ends, also on the forced-exit path.
    """
    guard_singleton_refcounts()  # before any Qt call: see qt_workarounds
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setQuitOnLastWindowClosed(False)
    language = resolve_language(loaded.config.language)
    translators = install(app, language)  # noqa: F841  (kept alive until exit)
    wakeup = _quit_on_signals(app)  # noqa: F841
    controller = TrayController(loaded)
    controller.start()
    code = app.exec()
    stopped = controller.shutdown()
    for cleanup in cleanups:
        try:
            cleanup()
        except Exception:
            log.exception("cleanup failed")
    if not stopped:
        log.warning("the poller is stuck in a request; exiting without waiting for it")
        logging.shutdown()
        os._exit(code)
    return code
