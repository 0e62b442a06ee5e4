"""Where no system tray exists, the alerts window stands in for the tray icon (review 25):
closing it (Escape, Ctrl+W, the window manager) minimizes it instead of leaving nothing on
screen, a line says there is no tray and how to quit; once a tray appears the icon docks, the
automatic stand-in goes, a window the engineer is using stays. Quit asks first, from the window
and from the tray menu alike; a quit from the system (session logout, SIGTERM) does not ask.
pytest-qt, offscreen (which has no system tray)."""

from __future__ import annotations

import pytest
from conftest import activate, running_tray
from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QSystemTrayIcon
from test_ack_ui import answer_question

from oncall_tray.config import Config

CLOSE_KEYS = [(Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier), (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)]


@pytest.fixture
def no_tray(qtbot, tmp_path, monkeypatch, english):
    """A started tray app on a desktop without a system tray; ``tray_appears()`` makes one appear."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert not QSystemTrayIcon.isSystemTrayAvailable()  # offscreen has none
    config = Config(alertmanager_url="http://127.0.0.1:1", notifications=False, engineer="maria", poll_interval=60)
    with running_tray(qtbot, config, tmp_path) as ctl:
        start = ctl.shift.window("start")  # no shift open: it opened by itself
        if start is not None:
            start.close()

        def tray_appears() -> None:
            monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
            ctl.placement.timer.timeout.emit()  # the next look for a tray

        ctl.tray_appears = tray_appears
        qtbot.waitExposed(ctl.window)
        yield ctl


def minimized(window) -> bool:
    return window.isVisible() and bool(window.windowState() & Qt.WindowState.WindowMinimized)


class WindowManagerClose(QCloseEvent):
    """The close the window manager sends (its close button): a spontaneous one."""

    def spontaneous(self) -> bool:  # noqa: D102
        return True


def quit_tooltip(window) -> str:
    return window.stand_in.quit_button.toolTip()


def test_without_a_tray_the_window_says_so_and_how_to_quit(qtbot, no_tray):
    window = no_tray.window
    assert window.isVisible()
    banner = window.stand_in.banner
    assert banner.isVisible()
    assert "no system tray" in banner.text() and "Quit" in banner.text(), banner.text()
    assert "close the window" not in quit_tooltip(window), quit_tooltip(window)
    assert "minimize" in quit_tooltip(window)


@pytest.mark.parametrize("key, modifier", CLOSE_KEYS, ids=["escape", "ctrl-w"])
def test_without_a_tray_escape_and_ctrl_w_minimize_the_window_instead_of_hiding_it(qtbot, no_tray, key, modifier):
    window = no_tray.window
    activate(qtbot, window)
    qtbot.keyClick(window.table, key, modifier)
    qtbot.waitUntil(lambda: minimized(window), timeout=3000)
    no_tray.placement.timer.timeout.emit()
    assert minimized(window)


def test_without_a_tray_the_window_managers_close_minimizes_the_window(qtbot, no_tray):
    window = no_tray.window
    event = WindowManagerClose()
    window.closeEvent(event)
    assert not event.isAccepted()
    qtbot.waitUntil(lambda: minimized(window), timeout=3000)


def test_a_quit_from_the_system_still_closes_the_stand_in_window(qtbot, no_tray):
    """Session logout and SIGTERM quit through QEvent.Quit, which closes every window first: the
    stand-in must not refuse it (Qt would then cancel the quit), nor ask. (Sending QEvent.Quit
    itself would end the test process's event loops for the next tests.)"""
    window = no_tray.window
    QApplication.closeAllWindows()  # what QApplication does with QEvent.Quit, before it checks that none is left
    assert not window.isVisible()


def test_a_minimized_stand_in_comes_back_when_asked_for(qtbot, no_tray):
    """Running ``oncall-tray`` again shows the window: also when it was minimized."""
    window = no_tray.window
    activate(qtbot, window)
    qtbot.keyClick(window.table, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: minimized(window), timeout=3000)
    no_tray.show_window()
    assert window.isVisible() and not window.windowState() & Qt.WindowState.WindowMinimized


@pytest.mark.parametrize("key, modifier", CLOSE_KEYS, ids=["escape", "ctrl-w"])
def test_once_a_tray_appears_the_stand_in_goes_and_closing_hides_again(qtbot, no_tray, key, modifier):
    window = no_tray.window
    no_tray.tray_appears()
    assert not window.isVisible()  # the automatic stand-in: into the tray
    assert no_tray.tray.icon.isVisible()
    no_tray.show_window()  # a click on the icon
    assert not window.stand_in.banner.isVisible()
    assert "close the window to keep watching" in quit_tooltip(window)
    activate(qtbot, window)
    qtbot.keyClick(window.table, key, modifier)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=3000)


def test_a_window_asked_for_stays_open_when_a_tray_appears(qtbot, no_tray):
    window = no_tray.window
    window.hide()  # as if it had been closed before the fix; then `oncall-tray` run again:
    no_tray.show_window()
    no_tray.tray_appears()
    assert window.isVisible() and not window.stand_in.banner.isVisible()


def test_a_stand_in_the_engineer_is_typing_in_stays_open_when_a_tray_appears(qtbot, no_tray):
    window = no_tray.window
    window.filter.setFocus()
    for key in (Qt.Key.Key_A, Qt.Key.Key_P, Qt.Key.Key_I):  # typed into the window, through its window
        QTest.keyClick(window.windowHandle(), key)
    assert window.filter.text() == "api"
    no_tray.tray_appears()
    assert window.isVisible() and window.filter.text() == "api"
    assert not window.stand_in.banner.isVisible()


@pytest.mark.parametrize("key, quits", [(Qt.Key.Key_Escape, False), (Qt.Key.Key_Return, False), (Qt.Key.Key_Y, True)],
                         ids=["escape", "enter", "yes"])
def test_the_tray_menus_quit_asks_as_the_windows_does(qtbot, english, key, quits):
    from oncall_tray.ui.tray import TrayIcon

    tray = TrayIcon(Config())
    (quit_action,) = [a for a in tray.menu.actions() if a.text() == "Quit"]
    asked = answer_question(qtbot, key)
    with qtbot.waitSignals([tray.quit_requested], timeout=300, raising=False) as blocker:
        quit_action.trigger()
    assert asked and asked[0]["text"].startswith("No alert will be watched or notified")
    from PySide6.QtWidgets import QMessageBox
    assert asked[0]["default"] == QMessageBox.StandardButton.No
    assert blocker.signal_triggered is quits


def test_the_windows_quit_asks_with_no_as_the_default(qtbot, english):
    from PySide6.QtWidgets import QMessageBox

    from oncall_tray.ui.alerts_window import AlertsWindow

    window = AlertsWindow(Config())
    qtbot.addWidget(window)
    asked = answer_question(qtbot, Qt.Key.Key_Return)
    with qtbot.waitSignals([window.quit_requested], timeout=300, raising=False) as blocker:
        window.stand_in.quit_button.click()
    assert asked and asked[0]["default"] == QMessageBox.StandardButton.No
    assert not blocker.signal_triggered
