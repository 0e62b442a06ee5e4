"""Starting the tray: the display check, the application object, one instance per settings,
the crash reporter, the signals, the event loop and the bounded quit.

``run(loaded_config)`` is what ``oncall-tray`` (and ``oncall-tray demo``) call. Quitting stops
the poller within a bound: if the poller thread is stuck in a request that never answers, the
process exits without waiting for it (design notes, "Threads": quitting must finish within
2 seconds).
"""

from __future__ import annotations

import gc
import logging
import os
import sys
from collections.abc import Callable, Sequence

import shiboken6
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication

from .. import APP_NAME, __version__
from ..config import LoadedConfig
from ..config_kept import keep_settings, with_kept_settings
from ..desktop_session import missing_display
from ..i18n import resolve_language, translator
from .app import TrayController
from .app_identity import apply_identity, set_process_identity
from .crash import CrashReporter
from .qt_workarounds import guard_singleton_refcounts
from .signals import quit_on_signals
from .single_instance import SingleInstance, instance_key
from .translations import install, translator_for

log = logging.getLogger(__name__)
TR_CONTEXT = "app"
tr = translator_for(TR_CONTEXT)


def run(loaded: LoadedConfig, cleanups: Sequence[Callable[[], None]] = (),
        unless_crashed: Sequence[Callable[[], None]] = ()) -> int:
    """Run the tray until Quit or SIGINT/SIGTERM; returns the exit code.

    ``cleanups`` run after the event loop ends, also on the forced-exit path; ``unless_crashed``
    after them, only when no crash was reported (the demo's folder, which holds the log the crash
    dialog names: code review 73 AJ5). When a tray with
    the same settings runs already, its window is brought to the front instead and 0 returned
    (1 if it does not answer). An unhandled exception shows the crash dialog (exit code 1).
    """
    guard_singleton_refcounts()  # before any Qt call: see qt_workarounds
    loaded = with_kept_settings(loaded)  # a file unreadable now: the settings last read whole (review 57 S12)
    keep_settings(loaded)
    reason = missing_display()
    if reason and QApplication.instance() is None:
        log.info("not started: %s", reason)  # the log file; stderr gets the one line below
        said = reason.text(translator(resolve_language(loaded.config.language)))
        print(f"oncall-tray: {said}", file=sys.stderr)
        for cleanup in [*cleanups, *unless_crashed]:
            cleanup()
        return 1
    set_process_identity()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setQuitOnLastWindowClosed(False)
    apply_identity(app)
    language = resolve_language(loaded.config.language)
    translators = install(app, language)  # kept alive until exit (by the controller)
    instance = SingleInstance(instance_key(loaded.path, loaded.config.alertmanager_urls()))
    if not instance.claim():
        return _join_running(instance, [*cleanups, *unless_crashed])
    crash = CrashReporter(app).install()
    wakeup = quit_on_signals(app)  # noqa: F841
    controller = None
    held = [instance]  # the tray of these settings: another Alertmanager in them is another key
    try:
        controller = TrayController(loaded, translators=translators)
        crash.add_cleanup(controller.shutdown)

        def hold(claimed: SingleInstance) -> None:
            claimed.activation_requested.connect(controller.show_window)
            claimed.refresh_requested.connect(controller.refresh)

        def follow(config) -> None:  # review 39: a second tray started once the settings' URL changed
            key = instance_key(loaded.path, config.alertmanager_urls())
            if key != held[0].key:
                moved = SingleInstance(key)
                if moved.claim():  # else another tray watches that one already: this one keeps its key
                    hold(moved)
                    held[0].release()
                    held[0] = moved
                else:
                    log.warning("another oncall-tray watches %s with these settings", config.alertmanager_url)

        hold(instance)
        controller.settings_applied.connect(follow)
        crash.add_cleanup(lambda: held[0].release())
        controller.start()
    except Exception:
        crash.report(*sys.exc_info())
    code = app.exec()
    stopped = controller.shutdown() if controller is not None else True
    held[0].release()
    crash.uninstall()
    for cleanup in [*cleanups, *(unless_crashed if crash.crash is None else ())]:
        try:
            cleanup()
        except Exception:
            log.exception("cleanup failed")
    if not stopped:
        log.warning("a request (a poll, an expire sent at the quit) is still running; exiting without waiting for it")
        hand_over_clipboard(app)
        logging.shutdown()
        os._exit(code)
    return code


def hand_over_clipboard(app: QApplication) -> None:
    """Before an exit that skips the QApplication's destruction (``os._exit``): when this process
    owns the clipboard (the handoff Markdown copied just before Quit), destroy the application now,
    where Qt's X11 clipboard hands what it holds to the clipboard manager (``SAVE_TARGETS``,
    bounded by Qt's clipboard timeout of 5 s) so that it can still be pasted (code review 83 BA7).
    Without a clipboard manager running, X11 loses the clipboard at any exit, this one or not.

    Not while a ``QThread`` still runs (the poller stuck in a DNS lookup or a connect): destroying
    the application destroys it too and Qt aborts the process ("QThread: Destroyed while thread …
    is still running", exit 134; code review 84 BC5); the hand-over is skipped then, and logged."""
    clipboard = app.clipboard()
    if not (clipboard.ownsClipboard() or clipboard.ownsSelection()):
        return
    running = running_qthreads()
    if running:
        log.warning("clipboard not handed over to the clipboard manager: %s still running",
                    ", ".join(repr(thread.objectName()) for thread in running))
        return
    log.info("handing the clipboard over before exiting")
    app.shutdown()


def running_qthreads() -> list[QThread]:
    """The ``QThread`` objects known to Python (wrapped) that still run, the calling thread's own
    left out: those ``QCoreApplication.shutdown`` would destroy while they run."""
    current = QThread.currentThread()
    return [thread for thread in gc.get_objects()
            if isinstance(thread, QThread) and shiboken6.isValid(thread) and thread is not current
            and thread.isRunning()]


def _join_running(instance: SingleInstance, cleanups: Sequence[Callable[[], None]]) -> int:
    """Another tray with these settings runs: ask it to show its window (issue 7)."""
    for cleanup in cleanups:
        cleanup()
    if instance.activate_running():
        log.info("oncall-tray runs already; its window was brought to the front")
        # said where it was started from too (review 12: a start from a terminal ended silently)
        print(f"oncall-tray: {tr('oncall-tray runs already; its window was brought to the front')}", file=sys.stderr)
        return 0
    text = tr("oncall-tray runs already but does not answer; quit it or end its process (its lock: %1)")
    print(f"oncall-tray: {text.replace('%1', instance.lock_file)}", file=sys.stderr)
    return 1
