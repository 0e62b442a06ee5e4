"""Crash reporting (issue 7): an unhandled exception, in the GUI thread or any other, is logged
with its traceback, stops the tray at once (the icon is hidden: a frozen icon showing the last
colour would claim the alerts are watched when they are not), and shows a dialog with the error,
a button that copies it, Restart and Quit. The process then ends with exit code 1.

Native crashes (a segfault in Qt) cannot be caught; ``faulthandler`` writes their Python stack to
the log file.
"""

from __future__ import annotations

import faulthandler
import logging
import platform
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QObject, QProcess, Qt, Signal
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
)

from .. import __version__
from .screen_fit import fit_to_screen
from .tab_order import buttons_after
from .translations import translator_for

log = logging.getLogger(__name__)
TR_CONTEXT = "crash"
tr = translator_for(TR_CONTEXT)
EXIT_CRASHED = 1


def log_file() -> Path | None:
    """The file the root logger writes to (None when it has no file handler)."""
    for handler in logging.getLogger().handlers:
        name = getattr(handler, "baseFilename", None)
        if name:
            return Path(name)
    return None


def crash_text(exc_type: type[BaseException], exc: BaseException, tb) -> str:
    """What the dialog shows and Copy copies: versions and platform, then the traceback."""
    header = (f"oncall-tray {__version__}, Python {platform.python_version()}, PySide6 {pyside_version}, "
              f"{platform.platform()}{' (frozen)' if getattr(sys, 'frozen', False) else ''}")
    return header + "\n\n" + "".join(traceback.format_exception(exc_type, exc, tb))


def restart_command() -> tuple[str, list[str]]:
    """The program and arguments that start this process again (a bundle's executable, or the
    interpreter with the original command line)."""
    if getattr(sys, "frozen", False):
        return sys.executable, sys.argv[1:]
    return sys.executable, list(getattr(sys, "orig_argv", [sys.executable, *sys.argv])[1:])


class CrashDialog(QDialog):
    """The error, a Copy button (to the clipboard), Restart and Quit."""

    def __init__(self, text: str, log_path: Path | None) -> None:
        super().__init__()
        self.setWindowTitle(tr("oncall-tray stopped"))
        self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, True)
        fit_to_screen(self, 720, 420)
        self.text = text
        self.restart_chosen = False
        intro = tr("oncall-tray met an unexpected error and stopped: Alertmanager is not being watched. "
                   "Restart it, and send the details below to the developers.")
        if log_path is not None:
            intro += "\n" + tr("The log file: %1").replace("%1", str(log_path))
        label = QLabel(intro)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QPlainTextEdit(text)
        self.details.setReadOnly(True)
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        buttons = QDialogButtonBox()
        self.copy_button = QPushButton(tr("Copy details"))
        self.copy_button.clicked.connect(self.copy)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.restart_button = buttons.addButton(tr("Restart"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.quit_button = buttons.addButton(tr("Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        self.restart_button.clicked.connect(self._restart)
        self.quit_button.clicked.connect(self.reject)
        self.setWindowIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical))
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
        buttons_after(self.details, buttons)  # Restart, Copy details, Quit (review 51 G2)

    def copy(self) -> None:
        """Put the details on the clipboard."""
        QGuiApplication.clipboard().setText(self.text)
        self.copy_button.setText(tr("Copied"))

    def _restart(self) -> None:
        self.restart_chosen = True
        self.accept()


class CrashReporter(QObject):
    """Catches what nothing else caught; created once, in the GUI thread, after the QApplication.

    ``add_cleanup(fn)`` registers what stops the tray (hide the icon, stop polling, release the
    single-instance lock); each runs once, in the GUI thread, before the dialog shows.

    Signals:
        crashed(str): the crash text, after logging (queued to the GUI thread).
    """

    crashed = Signal(str)

    def __init__(self, app: QApplication, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._app = app
        self._cleanups: list[Callable[[], None]] = []
        self._first: str | None = None
        self._lock = threading.Lock()
        self.dialog: CrashDialog | None = None
        self._previous = (sys.excepthook, threading.excepthook)
        self._fault_file = None
        self.crashed.connect(self._on_crashed, Qt.ConnectionType.QueuedConnection)

    def install(self) -> CrashReporter:
        """Become ``sys.excepthook`` and ``threading.excepthook``; send native crashes'
        stacks to the log file."""
        sys.excepthook = self.report
        threading.excepthook = lambda args: self.report(args.exc_type, args.exc_value, args.exc_traceback)
        path = log_file()
        if path is not None:
            try:
                self._fault_file = open(path, "a", encoding="utf-8")  # noqa: SIM115 (process lifetime)
                faulthandler.enable(self._fault_file)
            except (OSError, ValueError, RuntimeError):
                self._fault_file = None
        return self

    def uninstall(self) -> None:
        """Put the previous hooks back."""
        sys.excepthook, threading.excepthook = self._previous
        if self._fault_file is not None:
            faulthandler.disable()
            self._fault_file.close()
            self._fault_file = None

    def add_cleanup(self, cleanup: Callable[[], None]) -> None:
        """Run ``cleanup`` when a crash is reported (GUI thread)."""
        self._cleanups.append(cleanup)

    @property
    def crash(self) -> str | None:
        """The text of the first crash reported, or None."""
        return self._first

    def report(self, exc_type, exc, tb) -> None:
        """Log an unhandled exception and, for the first one, stop the tray and show the dialog.
        Safe from any thread; never raises."""
        if issubclass(exc_type, KeyboardInterrupt):
            self._app.quit()
            return
        try:
            text = crash_text(exc_type, exc, tb)
        except Exception:
            text = f"{exc_type.__name__}: {exc}"
        log.critical("unhandled exception: %s", text)
        with self._lock:
            if self._first is not None:
                return
            self._first = text
        self.crashed.emit(text)

    def _on_crashed(self, text: str) -> None:
        for cleanup in self._cleanups:
            try:
                cleanup()
            except Exception:
                log.exception("cleanup after the crash failed")
        self.dialog = CrashDialog(text, log_file())
        self.dialog.finished.connect(self._on_dialog_finished)
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()

    def _on_dialog_finished(self, _result: int) -> None:
        if self.dialog is not None and self.dialog.restart_chosen:
            program, arguments = restart_command()
            started = QProcess.startDetached(program, arguments)
            started = started[0] if isinstance(started, tuple) else started  # (ok, pid) in PySide6
            log.info("restart after the crash: %s %s: %s", program, arguments, "started" if started else "failed")
        self._app.exit(EXIT_CRASHED)
