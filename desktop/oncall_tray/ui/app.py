"""The tray application: wires the poller, the tray icon, the status window, notifications and
the shift (journal, handoff windows: ``ShiftController``).

``ui.launch.run`` starts it. ``shutdown`` stops the poller within a bound (design notes,
"Threads": quitting must finish within 2 seconds).
"""

from __future__ import annotations

import dataclasses
import gc
import logging
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog

from ..config import LoadedConfig
from ..config_aliases import alias_problems
from ..config_kept import keep_settings
from ..config_urls import one_alertmanager
from ..connect import keyring_failed
from ..core.journal_copy import Recalled
from ..core.overview import Overview, overview, with_connection
from ..core.tracker import AlertSnapshot
from ..i18n import resolve_language
from ..logs import use_log_zone
from ..notify.poll_plan import plan
from ..notify.server_watch import ServerWatch
from ..notify.settling import SettledEnds
from ..secrets import SecretStore, demo_store
from ..watch import PollResult
from .alert_actions import AlertActions
from .app_menu import MenuEntries
from .app_trends import TrendWiring
from .connection import KEYRING_WAIT_S, ConnectionActions
from .demo_marks import DemoMark, marked
from .notice_clicks import NoticeClicks
from .notifications import Notifier
from .placement import Placement
from .settings_watch import SettingsWatcher, problems_notice
from .poller import Poller
from .remade import Focus, carry_typing
from .shift_controller import ShiftController
from .translations import install, translator_for
from .tray import TrayIcon
from .trend_notices import TrendNotices
from .window_idle import when_idle

if TYPE_CHECKING:
    from .alerts_window import AlertsWindow

log = logging.getLogger(__name__)
TR_CONTEXT = "app"
tr = translator_for(TR_CONTEXT)
SHUTDOWN_BUDGET_MS = 1500
RETIRE_WAIT_MS = 50
BACKGROUND_DELAY_MS = 100  # see TrayController._after_repaint


class TrayController(QObject, TrendWiring, MenuEntries):
    """Everything the running tray needs, built from the settings; lives in the GUI thread.

    Args:
        loaded: the settings.
        store: where passwords and tokens are (default: the system keyring, or memory for this
            run when there is none; the demo's: memory only, ``secrets.demo_store``).
        translators: the installed translators, replaced when the language setting changes.

    Signals:
        settings_applied(Config): new settings are in use (``apply_settings``).

    The trends: ``TrendWiring`` (``app_trends``); the menu's test notification and autostart:
    ``MenuEntries`` (``app_menu``).
    """

    settings_applied = Signal(object)

    def __init__(self, loaded: LoadedConfig, parent: QObject | None = None, store: SecretStore | None = None,
                 translators: Sequence = ()) -> None:
        super().__init__(parent)
        self.loaded = loaded
        config = loaded.config
        self.config = config
        # a locked keyring's prompt is waited for a bounded time, and said (review 32)
        self.store = store or (demo_store() if loaded.demo else  # the demo's logins: never in the keyring
                               SecretStore(on_locked=lambda: self.connection.keyring_locked.emit(),
                                           unlock_wait_s=KEYRING_WAIT_S))
        if isinstance(loaded.store, SecretStore) and not loaded.demo:  # the start-up read's prompt, if dismissed, is not raised again
            self.store.heed(loaded.store)
        self.translators = list(translators)
        self.snapshot: AlertSnapshot | None = None
        #: Until Alertmanager first answers, the journal's last look, shown stale (``PollResult.recalled``).
        self.recalled: Recalled | None = None
        self.view: Overview | None = None
        #: the demo's run: every window's title marked (review 68 AF6), as the icon, tooltip, menu and notices
        self.demo_mark = DemoMark(self).install() if loaded.demo else None
        self.tray = TrayIcon(config, self, demo=loaded.demo)
        self.shift = ShiftController(config, lambda notices: self.notifier.show(notices), loaded.journal, parent=self,
                                     store=self.store, given="alertmanager_url" in loaded.overrides,
                                     settings=loaded.path, folders=loaded.folders)
        self.alert_actions = AlertActions(self)
        self._window: AlertsWindow | None = None  # built when first shown: see ``window``
        self._trend_cells: dict = {}  # the board's cells for the table's trend column
        self.silences: dict = {}
        #: The last poll's ``PollResult.held_down`` (silence ID -> members down, its only holders): a
        #: window built or shown later marks them at once, not at the next poll.
        self.held_down: dict[str, tuple[str, ...]] = {}
        self.settled = SettledEnds()
        self._flapping_told: set[str] = set()  # said to flap in this shift (``plan``): a new shift hears it again
        self.shift.shift_changed.connect(self._shift_changed)
        self.clicks = NoticeClicks(self, loaded.folders.cache)  # a click on a notification, its Acknowledge (review 48 R2)
        server = ServerWatch()  # the notification server, as both of its backends see it (review 65 T1)
        actions = self.clicks.backend(server)
        self.notifier = Notifier(self.tray.show_message, lambda: self.placement.tray_shown, config.notifications, self,
                                 actions, server, mark=marked if loaded.demo else None,
                                 icons=loaded.folders.cache / "icons")
        if actions is not None:
            self.clicks.close_leftovers()  # of a run killed before it could (review 57 S4)
        self.notifier.sound = config.sound
        self.poller = self._make_poller()
        self.connection = ConnectionActions(self)
        self._retired: list[Poller] = []
        self.trends = self._make_trends()
        self.trend_notices = TrendNotices(self)
        self.trend_notices.zone = self.config.zone()
        self.board: dict = {}  # fingerprint -> TrendResult, the last hour of every alert (issue 8)
        self._trend_memory: dict = {}  # fingerprint -> Trend, kept a while after resolution
        self.shift.trend_of = self._trend_memory.get
        self.trend_notices.ready.connect(self.notifier.show)
        self.shift.attach_tray(self.tray, self.refresh)
        self.placement = Placement(self.tray, lambda: self.window, lambda: self._window, self.show_window, self)
        self.tray.refresh_requested.connect(self.refresh)
        self.tray.quit_requested.connect(self.quit_settled)
        self.tray.open_requested.connect(self.show_window)
        self.tray.acknowledge_requested.connect(
            lambda: self.alert_actions.acknowledge(self.alert_actions.worst_unacknowledged()))
        self.tray.test_notification_requested.connect(self.send_test_notification)
        self.tray.autostart_toggled.connect(self.set_autostart)
        self.tray.settings_requested.connect(self.connection.open_settings)
        if isinstance(app := QCoreApplication.instance(), QGuiApplication):  # the session's end asks (review 66 S9)
            app.commitDataRequest.connect(self.commit_session)
        self.tray.login_requested.connect(lambda: self.connection.open_login())
        # hand edits of the settings file apply at once, or their problems are said (review 31)
        self.settings_watch = SettingsWatcher(lambda: self.loaded, self.apply_settings,
                                              lambda notices: self.notifier.show(notices), self)

    @property
    def window(self) -> AlertsWindow:
        """The alerts window, built the first time something needs it (opened from the tray, or
        shown where there is no tray): a hidden window's widgets cost several MB for nothing
        (issue 2, ``benchmarks/memory.py``). ``built_window`` does not build it."""
        if self._window is None:
            from .alerts_window import AlertsWindow  # imported when first needed: its widget classes cost MBs

            window = AlertsWindow(self.config)
            window.refresh_requested.connect(self.refresh)
            window.quit_requested.connect(self.quit_settled)
            window.watched_on = self.tray.watched_on  # its Quit asks as the menu's (review 70 AK4)
            self.alert_actions.connect_window(window)
            window.shift_button.offer(self.tray.window_actions)  # the tray menu's entries, by keyboard
            self.shift.attach_window(window)
            window.trend_requested.connect(self.request_trend)
            window.model.set_trends(self._trend_cells)
            window.stand_in.set_active(self.placement.standing_in)
            self._window = window
        return self._window

    @property
    def built_window(self) -> AlertsWindow | None:
        """The alerts window if it was built, else None (never builds it)."""
        return self._window

    def _make_poller(self, follows: Poller | None = None) -> Poller:
        # after new settings the tracker goes on from what was shown: the alerts already known
        # (the same fingerprints, in any member) are not announced again, nor summarised; but
        # another Alertmanager starts afresh: what it lacks did not resolve (review 37: "Resolved:
        # APIDown" for every alert, on a changed URL)
        # (the one whose state it takes over: with settings applied twice during one poll, the one
        # before both)
        same = Poller.same_alertmanager(follows, self.config)
        # (not the journal's picture shown meanwhile: the tracker would take its alerts gone as resolved)
        poller = Poller(self.config, self, self.store, follows, journal=self.shift.journal,
                        known=self.snapshot if same and self.recalled is None else None, same=same,
                        asked=self.shift.expires_asked)
        poller.polled.connect(self.on_polled)
        return poller

    def refresh(self) -> None:
        """Poll now ("Refresh now")."""
        self.poller.refresh()

    def start(self) -> None:
        """Show the tray (or the window where there is no tray) and start polling."""
        self._show_autostart()
        # read again each time the menu opens: `oncall-tray autostart off` may have changed it (review 16)
        self.tray.menu.aboutToShow.connect(self._show_autostart)
        self.placement.place()
        self._report_settings_problems()
        self.shift.start()
        # Everything built so far (Qt wrappers, modules) lives as long as the app: keep it out
        # of the cyclic collector's full passes, which would otherwise stall the GUI thread
        # for tens of milliseconds while thousands of alerts come and go.
        gc.freeze()
        self.poller.start()

    _view_state: tuple | None = None  # the replaced window's filter, selection and order (new settings)

    def show_window(self, asked: bool = True) -> None:
        """Show the status window in front, also when it was minimized; ``asked``: by the engineer
        (the icon, ``oncall-tray`` run again), not for want of a tray."""
        if asked and self._window is not None:
            self._window.stand_in.asked_for()
        if self.view is not None:
            self.window.show_overview(self.view)
        if self.snapshot is not None:
            self.window.load(self.snapshot, self.silences, self.held_down)
        if self._view_state is not None:  # the window replaced after new settings: same filter and alert
            self.window.restore_view(self._view_state)
            self._view_state = None
        self.window.setWindowState(self.window.windowState() & ~Qt.WindowState.WindowMinimized)
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()

    def on_polled(self, result: PollResult) -> None:
        """Update the tray, the window and notify after a poll."""
        # a failed poll before any good one: the alerts the shift journal last saw firing, shown stale until
        # Alertmanager answers (on a train, the VPN off: what was firing when last seen)
        recalled = result.recalled is not None and self.snapshot is None
        if recalled:
            self.recalled, self.snapshot, self.silences = result.recalled, result.recalled.snapshot, \
                dict(result.recalled.silences)
            self.held_down = {}
        if result.update is not None:
            self.snapshot, self.recalled = result.update.snapshot, None  # the live alerts replace the journal's
            self.silences, self.held_down = dict(result.silences), result.held_down
            self.clicks.after_poll(self.snapshot)  # no Acknowledge left on screen for a resolved alert
        previous = self.view
        self.view = with_connection(overview(self.snapshot, result.contact, result.attention, result.inhibited,
                                             self.shift.engineer, self.recalled), result.members,
                                    result.error, self.config.insecure_skip_verify, result.apart, result.restarted,
                                    keyring_failed(result.error), result.unreadable, result.unknown, result.aliases,
                                    result.unreadable_silences, alias_problems(self.loaded.path, result.aliases))
        self.tray.show_overview(self.view)
        self.alert_actions.show_tray_target()
        window = self._window
        if window is not None and window.isVisible():
            if result.update is not None:
                window.apply(result.update, self.silences, self.held_down)
            elif recalled:
                window.load(self.snapshot, self.silences, self.held_down)
            window.show_overview(self.view)
            window.refresh_trend()
        translate = QCoreApplication.translate
        threshold = self.config.notification_summary_threshold
        notices = plan(result, translate, threshold, self.config.zone(), self._flapping_told) + self.settled.after_poll(
            result, translate, threshold)  # a flapping alert's end, once it stays resolved (review 29)
        notices = self.alert_actions.after_poll(result, translate, notices)
        self.notifier.show(self._hold_for_trends(result, notices + self.connection.notices(previous, result)))
        # not once new settings replaced the poller: its Alertmanager may be another, and the
        # journal would record this poll as the new one's (its alerts fired there, then resolved)
        poller = self.poller
        self._after_repaint(lambda: self.poller is poller and self.shift.on_polled(result))

    def _polled_before(self, result: PollResult) -> None:
        """A poll of a poller that new settings replaced, worked out before the new one took over
        its state (``Handover._taking_over``), come after they were applied: what the new one takes
        as said is said, the contact's change and the monitor's notices (code review 81 AX13: they
        went nowhere); its alerts are not shown, the new poller finds them again from those shown."""
        self._say_before(dataclasses.replace(result, update=None))

    def _polled_before_elsewhere(self, result: PollResult) -> None:
        """``_polled_before`` for new settings with another Alertmanager (another URL), or the
        same one with none of its alerts shown (review 76 BH2: its first polls failed): the new
        poller's tracker went on from the old one's, which knows this poll's alerts, so its fired
        and resolved ones are said here, or never (code review 86 BF2: an alert fired in the poll
        worked out as Settings > OK was pressed was listed, never notified); not shown."""
        self._say_before(result)

    def _say_before(self, result: PollResult) -> None:
        """Say ``result``'s notices (``plan``) and its monitor's, of a poller new settings replaced,
        worded in these (``PollResult.reworded``: review 76 BH6, "It ended at 21:51" beside the
        window's 18:51 after the time zone was changed)."""
        translate, zone = QCoreApplication.translate, self.config.zone()
        said = plan(result, translate, self.config.notification_summary_threshold, zone, self._flapping_told)
        self.notifier.show(said + (result.reworded(translate, zone) if result.reworded is not None
                                   else list(result.attention_notices)))

    def _shift_changed(self, _shift) -> None:
        """A shift began or ended (here or elsewhere), or the journal can be used again: the
        flapping alerts are said again to the new engineer, and the poller reads the journal."""
        self._flapping_told.clear()
        if self.shift.journal is not None:
            self.poller.use_journal(self.shift.journal)

    def _after_repaint(self, work: Callable[[], None]) -> None:
        """Run ``work`` (which starts Python work on another thread: the journal's, the trends')
        ``BACKGROUND_DELAY_MS`` from now, once the GUI thread has repainted after a poll: started
        at once, those threads hold the GIL while the table repaints and stretch a 15 ms repaint
        into a 50-100 ms stall (``benchmarks/gui_stall.py``; design notes: < 50 ms)."""
        QTimer.singleShot(BACKGROUND_DELAY_MS, self, work)

    def apply_settings(self, loaded: LoadedConfig) -> None:
        """Use new settings at once, without a restart: the language, notifications, the tray's
        menu, a new alerts window, and a new poller (new clients, credentials, TLS)."""
        old = self.config
        self.loaded, self.config = loaded, loaded.config
        keep_settings(loaded)  # for a start while the file cannot be read (review 57 S12)
        use_log_zone(self.config.zone())  # a new ``timezone``: the log's times follow (review 51 G6)
        if not one_alertmanager(old.alertmanager_urls(), self.config.alertmanager_urls()):
            # another Alertmanager: the alerts of the one before are not its alerts, stale or not
            # (review 41 F4: kept as stale rows, which lost their escalations and responses)
            self.snapshot, self.silences, self.recalled, self.held_down = None, {}, None, {}
        self.shift.use_config(self.config)  # before the shift windows are made again: their language is its
        language = resolve_language(self.config.language)
        if language != resolve_language(old.language):
            app = QCoreApplication.instance()
            for translator in self.translators:
                app.removeTranslator(translator)
            self.translators = install(app, language)
            self.shift.retranslate()
            self.connection.retranslate()
        self.notifier.enabled = self.config.notifications
        self.trend_notices.zone = self.config.zone()
        self.notifier.sound = self.config.sound
        self.tray.set_config(self.config)
        if self._window is not None:  # once no question of it is open (code review 72 AH8)
            when_idle(self._window, (), lambda old=self._window: self._remake_window(old))
        # the same one, its alerts shown: the new poller goes on from them (``_make_poller``'s ``known``)
        shown = Poller.same_alertmanager(self.poller, self.config) and self.snapshot is not None and \
            self.recalled is None
        old_poller, self.poller = self.poller, self._make_poller(follows=self.poller)
        old_poller.polled.disconnect(self.on_polled)
        old_poller.polled.connect(self._polled_before if shown else self._polled_before_elsewhere)
        # Not waiting long: a request in flight must not freeze the GUI, nor the new poller, which takes
        # the old one's state over at once (``Poller.start``); the old thread ends after its request
        # (its answer dropped) and is reaped here or at quit.
        self._retired = [p for p in self._retired if not p.shutdown(0)]
        if not old_poller.shutdown(RETIRE_WAIT_MS):
            self._retired.append(old_poller)
        self.connection.reset()
        self.alert_actions.renew()
        self._renew_trends()
        self.poller.start()
        log.info("new settings applied")
        self.settings_applied.emit(self.config)

    def _remake_window(self, old_window: AlertsWindow) -> None:
        """The alerts window made again with the settings now, where it stood, its view and
        its dialogs carried over; unless ``old_window`` was already replaced."""
        if self._window is not old_window:
            return
        self._window = None  # the next one is built with the new settings
        visible, geometry, focus = old_window.isVisible(), old_window.saveGeometry(), Focus.of(old_window)
        self._view_state = old_window.view_state()
        if visible:
            self.window.restoreGeometry(geometry)
            self.show_window(asked=False)
            carry_typing(old_window, self._window)  # the note being typed, cursor and all (code review 73 AJ3)
        old_window.close()
        old_window.deleteLater()
        if visible:
            focus.give(self._window)
        self.alert_actions.carry_dialogs(old_window, self._window)

    def _report_settings_problems(self) -> None:
        problems = self.loaded.problems
        if not problems:
            return
        for problem in problems:
            log.warning("settings %s: %s", self.loaded.path, problem)
        self.notifier.show([problems_notice(self.loaded, tr("Problems in the settings file"))])

    def shutdown(self) -> bool:
        """Stop polling and notifying, hide the icon; False if the poller (or a keyring write
        waiting on an unlock prompt: ``LoginKeeper.shutdown``, or an expire sent at the quit:
        ``ShiftController.shutdown``) did not stop in time."""
        self.tray.set_visible(False)
        if self.demo_mark is not None:
            self.demo_mark.remove()
        self.placement.stop()
        self.settings_watch.stop()
        if self._window is not None:  # its notes box saved, or kept (code review 69 AD3)
            self._window.hide()
            for dialog in self._window.findChildren(QDialog):  # its boxes too (one open keeps the window
                dialog.hide()  # from being made again: ``when_idle``), a dialog's text flushed as the window's
        self.alert_actions.end_dialogs()  # and those without a parent: flushed too, the journal open (AJ2)
        shift_stopped = self.shift.shutdown()  # False: an expire sent at the quit not answered (code review 80 AV3)
        self.notifier.shutdown()
        self.clicks.close()
        keyring_stopped = self.connection.shutdown(SHUTDOWN_BUDGET_MS / 6000)  # a write stuck on a prompt: not waited
        actions_stopped = self.alert_actions.shutdown(SHUTDOWN_BUDGET_MS // 3)
        trends_stopped = self.trends.shutdown(SHUTDOWN_BUDGET_MS // 3)
        stopped = self.poller.shutdown(SHUTDOWN_BUDGET_MS // 3)
        retired = all([p.shutdown(RETIRE_WAIT_MS) for p in self._retired])
        return retired and stopped and actions_stopped and trends_stopped and keyring_stopped and shift_stopped
