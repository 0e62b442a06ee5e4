"""Keyboard only (review 22): Tab leaves the tables and the text boxes for the buttons, the
Silence dialog starts on its comment, a comment kept from before counts at once, Escape and
Ctrl+W close the alerts window (with a tray; without one they minimize it: test_no_tray.py). pytest-qt, offscreen, against a real Alertmanager."""

from __future__ import annotations

import pytest
from conftest import activate, make_alert, running_tray
from PySide6.QtCore import Qt

from oncall_tray.config import Config


@pytest.fixture
def controller(qtbot, alertmanager, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    alertmanager.post_alerts([make_alert("APIDown", "critical"), make_alert("HighCPUUsage", "warning")])
    config = Config(alertmanager_url=alertmanager.url, notifications=False, engineer="maria", poll_interval=60,
                    language="en")
    with running_tray(qtbot, config, tmp_path) as ctl:
        start = ctl.shift.window("start")  # no shift open: it opened by itself, and is the active window
        if start is not None:
            start.close()
        yield ctl


def focused_window(qtbot, controller, widget: str):
    """The alerts window, shown and active, with the keyboard focus on its ``widget`` attribute."""
    controller.show_window()
    window = controller.window
    qtbot.waitExposed(window)
    activate(qtbot, window)
    getattr(window, widget).setFocus()
    qtbot.waitUntil(getattr(window, widget).hasFocus, timeout=3000)
    return window


def with_a_tray(controller, monkeypatch) -> None:
    """A system tray appears (offscreen has none; without one Escape minimizes: test_no_tray.py)."""
    from PySide6.QtWidgets import QSystemTrayIcon

    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    controller.placement.place()


def focus_after_tab(qtbot, widget):
    """The widget that has the focus after Tab pressed in ``widget`` (which gets it first)."""
    activate(qtbot, widget.window())
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus, timeout=3000)
    qtbot.keyClick(widget, Qt.Key.Key_Tab)
    return widget.window().focusWidget()


def test_tab_leaves_the_alerts_and_silences_tables(qtbot, controller):
    controller.show_window()
    window = controller.window
    qtbot.waitExposed(window)
    table = window.table
    table.selectRow(0)
    selected = window.model.index(0, 0).data()
    assert focus_after_tab(qtbot, table) is not table
    assert table.currentIndex().row() == 0 and window.model.index(0, 0).data() == selected  # selection kept
    assert not window.silences.table.tabKeyNavigation()
    window.close()


def test_the_silence_dialog_starts_on_its_comment_and_tab_leaves_it(qtbot, controller):
    fp = next(fp for fp, a in controller.snapshot.alerts.items() if a.alertname == "HighCPUUsage")
    controller.alert_actions.open_silence_dialog(fp)
    dialog = next(iter(controller.alert_actions._dialogs.values()))
    qtbot.waitExposed(dialog)
    activate(qtbot, dialog)
    qtbot.waitUntil(dialog.comment.hasFocus, timeout=3000)
    qtbot.keyClicks(dialog.comment, "Investigando o pool")
    assert dialog.comment.toPlainText() == "Investigando o pool"  # not into the first label's name
    assert dialog.table.item(0, 0).text() == "alertname"
    assert focus_after_tab(qtbot, dialog.comment) is not dialog.comment
    assert dialog.comment.toPlainText() == "Investigando o pool"  # no tab typed
    assert not dialog.table.tabKeyNavigation()
    dialog.reject()
    from oncall_tray.core.shifts import alert_scope
    from oncall_tray.ui.alert_actions import SILENCE_COMMENT

    journal = controller.shift.journal  # written in the journal's thread
    qtbot.waitUntil(lambda: journal.get_state(alert_scope(fp), SILENCE_COMMENT, "") == "Investigando o pool",
                    timeout=5000)
    controller.alert_actions.open_silence_dialog(fp)  # the comment kept from before counts at once
    again = next(iter(controller.alert_actions._dialogs.values()))
    assert again.comment.toPlainText() == "Investigando o pool"
    assert again.silence_button.isEnabled() and "comment is required" not in again.problems.text()
    again.reject()


@pytest.mark.parametrize("key, modifier", [(Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
                                           (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)], ids=["escape", "ctrl-w"])
def test_escape_and_ctrl_w_close_the_alerts_window(qtbot, controller, monkeypatch, key, modifier):
    with_a_tray(controller, monkeypatch)
    window = focused_window(qtbot, controller, "table")
    qtbot.keyClick(window.table, key, modifier)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=3000)


def test_escape_in_the_filter_clears_it_before_it_closes_the_window(qtbot, controller, monkeypatch):
    """Review 23: Escape in the filter box closed the whole window instead of clearing the filter."""
    with_a_tray(controller, monkeypatch)
    window = focused_window(qtbot, controller, "filter")
    qtbot.keyClicks(window.filter, "APIDown")
    qtbot.keyClick(window.filter, Qt.Key.Key_Escape)
    assert window.filter.text() == "" and window.isVisible()
    qtbot.keyClick(window.filter, Qt.Key.Key_Escape)  # empty now: the window's Escape
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=3000)


def open_lone_dialog(controller, fp):
    """The Silence dialog of alert ``fp`` (opened now), the only one open."""
    controller.alert_actions.open_silence_dialog(fp)
    return next(iter(controller.alert_actions._dialogs.values()))


def test_a_comment_cancelled_at_once_shows_again_when_reopened_at_once(qtbot, controller):
    """Review 51 G2: nothing typed is lost, not even when the dialog is reopened before the
    journal wrote the draft (the engineer goes straight back after a wrong Enter)."""
    fp = next(fp for fp, a in controller.snapshot.alerts.items() if a.alertname == "HighCPUUsage")
    dialog = open_lone_dialog(controller, fp)
    qtbot.waitExposed(dialog)
    activate(qtbot, dialog)
    qtbot.waitUntil(dialog.comment.hasFocus, timeout=3000)
    qtbot.keyClicks(dialog.comment, "Pool no limite")
    qtbot.keyClick(dialog.comment, Qt.Key.Key_Escape)  # cancelled, before any pause in the typing
    assert not controller.alert_actions._dialogs
    again = open_lone_dialog(controller, fp)  # at once: the journal's write may still be queued
    assert again.comment.toPlainText() == "Pool no limite"
    again.reject()


def test_a_comment_cancelled_without_a_journal_shows_again(qtbot, controller, monkeypatch):
    """The journal cannot be used (its file unreadable): the comment is kept for this run."""
    monkeypatch.setattr(type(controller.shift), "available", property(lambda _self: False))
    fp = next(fp for fp, a in controller.snapshot.alerts.items() if a.alertname == "HighCPUUsage")
    dialog = open_lone_dialog(controller, fp)
    qtbot.waitExposed(dialog)
    dialog.comment.setPlainText("Sem diário")
    dialog.reject()
    again = open_lone_dialog(controller, fp)
    assert again.comment.toPlainText() == "Sem diário"
    assert again.silence_button.isEnabled()
    again.reject()
