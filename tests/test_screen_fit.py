"""Every window and dialog fits the screen it opens on, its buttons in view, and Tab leaves its
multi-line text boxes (a fresh-user review on a 1280x720 desktop: the shift start window was
taller than the screen, its buttons out of reach). pytest-qt, offscreen; the shift windows
against a real Alertmanager."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QPushButton, QWidget
from test_handoff_windows import desk, run_shift  # noqa: F401  (desk: the fixture)

from oncall_tray.alertmanager.models import Alert, AlertStatus, Matcher
from oncall_tray.config import Config
from oncall_tray.core.severity import Severity
from oncall_tray.ui import screen_fit
from oncall_tray.ui.screen_fit import FRAME_ALLOWANCE, capped_geometry

#: A small laptop's screen, as the review's virtual desktop.
SMALL = QRect(0, 0, 1280, 720)


def test_a_default_size_is_capped_to_the_free_area_of_the_screen_and_centred_there():
    title_bar = QMargins(0, 30, 0, 0)
    rect = capped_geometry(QSize(1100, 760), SMALL, title_bar)
    assert rect.size() == QSize(1100, 690) and rect.top() == 30 and rect.left() == 90
    assert capped_geometry(QSize(1100, 760), QRect(0, 0, 1920, 1080)).size() == QSize(1100, 760)  # room: as asked
    # a second screen, right of the first, with a panel at its top
    second = QRect(1280, 24, 1366, 744)
    rect = capped_geometry(QSize(1200, 800), second)
    assert second.marginsRemoved(FRAME_ALLOWANCE).contains(rect) and rect.width() == 1200


@pytest.fixture
def screen(monkeypatch):
    """The free area every window finds on its screen: SMALL; ``screen.asked`` lists the
    windows that asked for it (each window's ``fit_to_screen``)."""
    asked: list[QWidget] = []
    monkeypatch.setattr(screen_fit, "available_geometry", lambda window: asked.append(window) or SMALL)
    return asked


def assert_fits(qtbot, window: QWidget, area: QRect) -> None:
    """``window``, shown, fits ``area`` with its frame, and every button it shows is in view."""
    window.show()
    qtbot.waitExposed(window)
    room = area.marginsRemoved(FRAME_ALLOWANCE)
    assert window.width() <= room.width() and window.height() <= room.height(), (window, window.size(), room)
    assert area.contains(window.frameGeometry()), (window.frameGeometry(), area)
    buttons = [b for b in window.findChildren(QPushButton) if b.isVisibleTo(window)
               and not b.parent().inherits("QAbstractItemView") and not _in_scroll(b, window)]
    assert buttons
    for button in buttons:
        assert window.rect().contains(QRect(button.mapTo(window, QPoint(0, 0)), button.size())), button.text()


def _in_scroll(widget: QWidget, window: QWidget) -> bool:
    """Whether ``widget`` is inside a scroll area's viewport (shown by scrolling)."""
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if parent.objectName() == "qt_scrollarea_viewport":
            return True
        parent = parent.parentWidget()
    return False


def test_the_shift_windows_fit_a_small_screen_with_their_buttons_in_view(desk, qtbot, screen):
    desk.poll()
    controller = desk.controller
    controller.show_window("start")
    start = controller.window("start")
    assert start in screen
    assert_fits(qtbot, start, SMALL)
    assert start.confirm_button in start.findChildren(QPushButton) and not _in_scroll(start.confirm_button, start)
    run_shift(desk)
    for kind in ("end", "history", "incidents"):
        controller.show_window(kind)
        assert controller.window(kind) in screen
        assert_fits(qtbot, controller.window(kind), SMALL)
    end = controller.window("end")
    assert not _in_scroll(end.confirm_button, end)


def test_the_alerts_window_and_the_dialogs_fit_too(qtbot, screen, tmp_path):
    from oncall_tray.config import load_config
    from oncall_tray.secrets import SecretStore
    from oncall_tray.ui.alerts_window import AlertsWindow
    from oncall_tray.ui.crash import CrashDialog
    from oncall_tray.ui.escalation_dialog import EscalationDialog
    from oncall_tray.ui.login_dialog import LoginDialog
    from oncall_tray.ui.settings_dialog import SettingsDialog
    from oncall_tray.ui.silence_dialog import SilenceDialog

    window = AlertsWindow(Config())
    qtbot.addWidget(window)
    assert window in screen
    assert_fits(qtbot, window, SMALL)
    store = SecretStore(None, "no keyring in this test")
    (tmp_path / "c.yaml").write_text("")
    alert = Alert(fingerprint="f", labels={"alertname": "APIDown", "severity": "critical"},
                  status=AlertStatus("active"), starts_at=dt.datetime.now(dt.timezone.utc))
    dialogs = [SettingsDialog(load_config(tmp_path / "c.yaml"), store),
               LoginDialog("https://am.example", "basic", "", "", store),
               SilenceDialog([Matcher("alertname", "APIDown")], "ana", [alert], lambda _a: Severity.CRITICAL),
               EscalationDialog(alert, Severity.CRITICAL, {}, Config()),
               CrashDialog("Traceback: …", None)]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        assert dialog.findChildren(QDialogButtonBox)
        assert dialog in screen  # sized by the screen it opens on (smaller than SMALL at first)
        assert_fits(qtbot, dialog, SMALL)
        dialog.close()


def test_tab_leaves_the_text_boxes_of_the_shift_windows(desk, qtbot):
    desk.poll()
    controller = desk.controller
    controller.show_window("start")
    start = controller.window("start")
    run_shift(desk)
    controller.show_window("end")
    end = controller.window("end")
    for window, boxes in ((start, (start.observations, start.previous)),
                          (end, (end.observations, end.pending_box.own))):
        window.activateWindow()
        qtbot.waitUntil(lambda w=window: QApplication.activeWindow() is w, timeout=5000)
        for box in boxes:
            before = box.toPlainText()
            box.setFocus()
            qtbot.waitUntil(box.hasFocus, timeout=5000)
            qtbot.keyClick(box, Qt.Key.Key_Tab)
            assert box.toPlainText() == before and "\t" not in box.toPlainText()
            assert not box.hasFocus()


@pytest.mark.parametrize("area", [QRect(0, 0, 1920, 1080), SMALL], ids=["default size", "1280x720"])
def test_the_start_window_gives_its_width_to_the_lists_and_the_reasons_stay_in_view(desk, qtbot, monkeypatch,
                                                                                       area):
    """A fresh-user review: the right column cut the alerts' names and the open incidents, the
    silences' reason was pushed out of view ("Backup r…"), the dashboards box had ~150 px empty."""
    from conftest import make_alert, silence

    monkeypatch.setattr(screen_fit, "available_geometry", lambda _window: area)
    name = "BackupOlderThan24h"
    desk.am.post_alerts([make_alert(name, "info", instance="conectsuite-postgres:5432", job="backup",
                                    service="postgres", env="production", team="dba"),
                         make_alert("DatabaseConnectionPoolExhausted", "critical")])
    silence(desk.am, {"alertname": name, "instance": "conectsuite-postgres:5432", "job": "backup",
                      "service": "postgres", "env": "production", "team": "dba"}, minutes=600, author="bruno",
            comment="Backup reagendado para a janela de manutenção de sábado")
    start = desk.polled_window("start")
    qtbot.waitUntil(lambda: start.silences.topLevelItemCount() == 1, timeout=10000)
    left, right = _columns(start)
    assert right >= 560 and left >= 560  # the lists had ~400 px, the checklist took the rest
    tree = start.silences
    reason = tree.columnCount() - 1
    assert tree.headerItem().text(reason) == "Reason"
    assert tree.header().sectionViewportPosition(reason) + 120 <= tree.viewport().width()  # in view, ≥ 120 px
    assert tree.horizontalScrollBar().maximum() == 0 or not tree.horizontalScrollBar().isVisible()
    # the dashboards take the height of their rows, not more; the notes get the rest
    dashboards = start.dashboard_checks.tree
    assert dashboards.height() <= dashboards.header().height() + 8 * dashboards.sizeHintForRow(0) + 12
    alerts = start.alerts
    row = next(i for i in range(alerts.topLevelItemCount()) if alerts.topLevelItem(i).text(1).startswith("Database"))
    assert alerts.columnWidth(1) >= alerts.fontMetrics().horizontalAdvance(alerts.topLevelItem(row).text(1))
    assert start.incidents.wordWrap()


def _columns(window) -> list[int]:
    """The widths of the start window's two columns (its horizontal splitter)."""
    from PySide6.QtWidgets import QSplitter

    (columns,) = [s for s in window.findChildren(QSplitter) if s.orientation() == Qt.Orientation.Horizontal]
    return columns.sizes()


@pytest.mark.desktop
@pytest.mark.parametrize("kind", ["end", "start"])
@pytest.mark.parametrize("scale, size, language", [("1.5", (1920, 1080), "en"), ("1.5", (1920, 1080), "pt_BR"),
                                                   ("1", (1024, 600), "pt_BR")])
def test_a_shift_window_opens_with_its_title_bar_on_the_screen(tmp_path, kind, scale, size, language):
    """Review 51 G9: at 1920x1080 with QT_SCALE_FACTOR=1.5 under openbox, the Hand over the shift
    window's content started at y=0 and its title bar was above the screen: it could not be
    dragged. Placed before the window manager framed it, the window is placed again once it has:
    its frame, title bar included, inside the free area of the screen."""
    import json
    import os
    from fd_wait import readable
    import subprocess
    import sys
    import time
    from pathlib import Path

    from desktop_env import VirtualDesktop, require, selection_owner

    require("openbox")
    with VirtualDesktop(size=size, tray=False) as desktop:
        env = {**desktop.env, "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_CACHE_HOME": str(tmp_path / "cache")}
        desktop._spawn("openbox", ["openbox"], env=env)
        desktop._poll("openbox to manage the screen", lambda: selection_owner(desktop.display, "WM_S0"))
        window = subprocess.Popen([sys.executable, str(Path(__file__).parent / "shift_window_process.py"), kind,
                                   language], env={**env, "QT_SCALE_FACTOR": scale}, stdin=subprocess.PIPE,
                                  stdout=subprocess.PIPE)
        seen, received, deadline = [], b"", time.monotonic() + 15

        def inside(count: int) -> bool:
            """Whether the frame told last is inside the free area, once ``count`` lines came."""
            nonlocal received
            while len(seen) < count or not QRect(*seen[-1]["available"]).contains(QRect(*seen[-1]["frame"])):
                assert time.monotonic() < deadline, f"the frame never came inside the screen: {seen}"
                if readable(window.stdout.fileno(), 0.1):  # (unbuffered: poll sees every line)
                    chunk = os.read(window.stdout.fileno(), 4096)
                    assert chunk, "the window's process ended"
                    *lines, received = (received + chunk).split(b"\n")
                    seen.extend(json.loads(line) for line in lines)
            return True

        try:
            inside(1)
            window.stdin.write(b"\n")  # and still there once the window manager's moves came in
            window.stdin.flush()
            assert inside(len(seen) + 1)
        finally:
            window.terminate()
            window.wait(10)
            window.stdin.close()
            window.stdout.close()
