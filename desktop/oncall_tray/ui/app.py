"""The tray application: wires the poller, the tray icon, the status window and notifications.

Start with ``run(loaded_config)``. Quitting stops the poller within a bound: if the poller
thread is stuck in a request that never answers, the process exits without waiting for it
(design notes, "Threads": quitting must finish within 2 seconds).
"""

from __future__ import annotations

import datetime as dt
import gc
import logging
import os
import signal
import socket
import sys
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QSystemTrayIcon

from .. import APP_NAME, __version__
from ..alertmanager.models import Matcher
from ..config import LoadedConfig
from ..core.severity import Severity, SeverityMap
from ..core.silencing import ack_silence, covered, extension, left_behind, validate, validate_extension
from ..core.tracker import EventKind
from ..core.trend import arrow, verdict_line, verdict_word
from ..core.overview import Light, Overview, overview
from ..core.tracker import AlertSnapshot
from ..i18n import resolve_language
from ..notify.attention_messages import attention_notices, left_behind_notice
from ..notify.messages import BODY_LIMIT, TITLE_LIMIT, Notice, clip, plan
from ..watch import PollResult
from .notifications import Notifier
from .poller import Poller
from .actions import ActionResult, Actions
from .alerts_window import AlertsWindow
from .escalation_dialog import EscalationDialog
from .silence_dialog import SilenceDialog
from .translations import install, translator_for
from .tray import TrayIcon
from .trend_notices import TrendNotices
from .trend_worker import Trends

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
        self.actions = Actions(config, self)
        self.actions.finished.connect(self.on_action)
        self.trends = Trends(config, self)
        self.trend_notices = TrendNotices(self)
        self.board: dict = {}  # fingerprint -> TrendResult, the last hour of every alert (issue 8)
        self.trends.pane_ready.connect(self.window.show_trend)
        self.trends.board_ready.connect(self.on_board)
        self.trend_notices.ready.connect(self.notifier.show)
        self.window.trend_requested.connect(self.request_trend)
        self._dialogs: dict[str, SilenceDialog] = {}
        self._tray_shown = False
        self._tray_timer = QTimer(self)
        self._tray_timer.setInterval(TRAY_CHECK_MS)
        self._tray_timer.timeout.connect(self._place)
        self.poller.polled.connect(self.on_polled)
        for source in (self.tray, self.window):
            source.refresh_requested.connect(self.poller.refresh)
            source.quit_requested.connect(QCoreApplication.quit)
        self.tray.open_requested.connect(self.show_window)
        self.window.escalate_requested.connect(self.escalate)
        self.window.acknowledge_requested.connect(self.acknowledge)
        self.window.silence_requested.connect(self.open_silence_dialog)
        self.window.silences.expire_requested.connect(self.expire_silence)
        self.window.silences.extend_requested.connect(self.extend_silence)
        self.tray.acknowledge_requested.connect(lambda: self.acknowledge(self.worst_unacknowledged()))
        self.tray.test_notification_requested.connect(self.send_test_notification)

    def start(self) -> None:
        """Show the tray (or the window where there is no tray) and start polling."""
        self._place()
        self._report_settings_problems()
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
        self.view = overview(self.snapshot, result.contact, result.attention)
        self.tray.show_overview(self.view)
        worst = self.worst_unacknowledged()
        self.tray.set_ack_target(self.snapshot.alerts[worst].alertname if worst and self.view.light is not Light.UNREACHABLE
                                 else None)
        if self.window.isVisible():
            if result.update is not None:
                self.window.apply(result.update, self.silences)
            self.window.show_overview(self.view)
            self.window.refresh_trend()
        translate = QCoreApplication.translate
        notices = plan(result, translate, self.config.notification_summary_threshold)
        if result.update is not None:
            resolved = [e.alert for e in result.update.events if e.kind is EventKind.RESOLVED]
            if resolved:
                still = covered(self.snapshot.alerts.values())
                notices += [left_behind_notice(a, s, translate) for a, s in left_behind(resolved, self.silences, still)]
        if result.attention is not None and self.snapshot is not None:
            notices += attention_notices(result.attention, self.snapshot.alerts, translate, result.contact.last_success_at
                                         or dt.datetime.now(dt.timezone.utc))
        self.notifier.show(self._hold_for_trends(result, notices))

    # -- trends (issue 8) --------------------------------------------------------------------

    def request_trend(self, fingerprint: str, range_s: int) -> None:
        """The detail pane wants an alert's trend (fetched off the GUI thread)."""
        alert = self.snapshot.alerts.get(fingerprint) if self.snapshot else None
        if alert is not None:
            self.trends.request_pane(alert, range_s)

    def _hold_for_trends(self, result: PollResult, notices: list) -> list:
        """Ask for the board of this poll's alerts (and of those just resolved); the notices of
        new warnings and resolved alerts wait a moment for their trend."""
        if result.update is None or self.snapshot is None:
            return notices
        events = result.update.events
        resolved = [e.alert for e in events if e.kind is EventKind.RESOLVED]
        alerts = self.snapshot.alerts
        self.trends.request_board([alerts[fp] for _key, fp in self.snapshot.order] + resolved)
        fired = {e.alert.fingerprint for e in events if e.kind is EventKind.FIRED and e.severity is Severity.WARNING}
        return self.trend_notices.offer(notices, fired, {a.fingerprint for a in resolved})

    def on_board(self, results: dict) -> None:
        """The board came back: the table's trend column, the held notices."""
        self.board = results
        translate = QCoreApplication.translate
        self.window.model.set_trends({fp: (f"{arrow(r.trend)} {verdict_word(r.trend.verdict, translate)}",
                                           r.trend.verdict.value, verdict_line(r.trend, translate))
                                      for fp, r in results.items() if r.trend is not None})
        self.trend_notices.on_board(results)

    # -- acknowledge and silence ---------------------------------------------------------------

    def worst_unacknowledged(self) -> str:
        """Fingerprint of the worst, oldest unacknowledged alert ("" when none)."""
        if self.snapshot is None:
            return ""
        alerts = self.snapshot.alerts
        return next((fp for _key, fp in self.snapshot.order if not alerts[fp].silenced), "")

    def acknowledge(self, fingerprint: str) -> None:
        """Silence one alert for the ack window (guide: "Acknowledge ... Silence por 15min"),
        off the GUI thread; the answer arrives in ``on_action``."""
        alert = self.snapshot.alerts.get(fingerprint) if self.snapshot and fingerprint else None
        if alert is None or alert.silenced:
            return
        draft = ack_silence(alert, self.config.engineer, dt.datetime.now(dt.timezone.utc), self.config.volatile_labels)
        problems = validate(draft, self.snapshot.alerts.values(), self._severity_of)
        if problems:
            self._warn(tr("Cannot acknowledge %1").replace("%1", alert.alertname),
                       "\n".join(p.text(QCoreApplication.translate) for p in problems))
            self.window.refresh_buttons()
            return
        self.actions.create(f"ack:{fingerprint}", draft)

    def open_silence_dialog(self, fingerprint: str) -> None:
        """The silence dialog, prefilled with the alert's labels (volatile ones left out)."""
        alert = self.snapshot.alerts.get(fingerprint) if self.snapshot else None
        if alert is None:
            return
        skip = set(self.config.volatile_labels)
        matchers = [Matcher(name=k, value=v) for k, v in sorted(alert.labels.items()) if k not in skip]
        dialog = SilenceDialog(matchers, self.config.engineer, list(self.snapshot.alerts.values()),
                               self._severity_of, parent=self.window)
        tag = f"silence:{id(dialog)}"
        self._dialogs[tag] = dialog
        dialog.submitted.connect(lambda draft: self.actions.create(tag, draft))
        dialog.finished.connect(lambda _r: self._dialogs.pop(tag, None))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    def expire_silence(self, silence_id: str) -> None:
        """Expire a silence (guide: remove the silence once the alert is resolved)."""
        if self.actions.expire(f"expire:{silence_id}", silence_id):
            self.window.silences.set_busy(silence_id, True)

    def extend_silence(self, silence_id: str) -> None:
        """Extend a silence by the ack window, keeping its ID; refused past 24 h from now."""
        silence = self.silences.get(silence_id)
        if silence is None:
            return
        now = dt.datetime.now(dt.timezone.utc)
        problems = validate_extension(silence, now)
        if problems:
            self._warn(tr("Cannot extend the silence"), "\n".join(p.text(QCoreApplication.translate) for p in problems))
            return
        if self.actions.create(f"extend:{silence_id}", extension(silence, now)):
            self.window.silences.set_busy(silence_id, True)

    def _severity_of(self, alert) -> Severity:
        if self.snapshot is not None and alert.fingerprint in self.snapshot.severities:
            return self.snapshot.severities[alert.fingerprint]
        return SeverityMap(self.config.severity_synonyms).of(alert)

    def on_action(self, result: ActionResult) -> None:
        """An action came back: refresh at once on success (the alert turns acknowledged within
        one poll); show Alertmanager's answer on failure, losing nothing typed."""
        dialog = self._dialogs.get(result.tag)
        if result.tag.startswith(("expire:", "extend:")):
            self.window.silences.set_busy(result.tag.split(":", 1)[1], False)
        if result.ok:
            if dialog is not None:
                dialog.accept()
            self.poller.refresh()
            return
        message = result.error.describe() if result.error else ""
        if dialog is not None:
            dialog.refused(message)
            return
        title = tr("Alertmanager did not accept the acknowledgement") if result.tag.startswith("ack:") else \
            tr("Alertmanager did not accept the change")
        self._warn(title, message)
        self.window.refresh_buttons()

    def _warn(self, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self.window)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.show()

    def escalate(self, fingerprint: str) -> None:
        """Open the escalation dialog for an alert (non-modal; several may be open)."""
        alert = self.snapshot.alerts.get(fingerprint) if self.snapshot else None
        if alert is None:
            return
        trend = self.board.get(fingerprint)
        dialog = EscalationDialog(alert, self.snapshot.severities[fingerprint], self.silences, self.config,
                                  trend=trend.trend if trend else None, parent=self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

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
        self.notifier.shutdown()
        actions_stopped = self.actions.shutdown(SHUTDOWN_BUDGET_MS // 3)
        trends_stopped = self.trends.shutdown(SHUTDOWN_BUDGET_MS // 3)
        return self.poller.shutdown(SHUTDOWN_BUDGET_MS // 3) and actions_stopped and trends_stopped


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
