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
    from oncall_tray.ui.silence_dialogs import SILENCE_COMMENT

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


def shown_with_a_row(qtbot, controller, name: str):
    """The alerts window after Ctrl+F, ``name`` typed, Tab to the table and Down: as an engineer
    finds an alert by keyboard. Returns the window."""
    controller.show_window()
    window = controller.window
    qtbot.waitExposed(window)
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.filter.hasFocus, timeout=3000)
    qtbot.keyClicks(window.filter, name)
    qtbot.keyClick(window.filter, Qt.Key.Key_Tab)
    qtbot.waitUntil(window.table.hasFocus, timeout=3000)
    qtbot.keyClick(window.table, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: window.selected_alert()[1] == name, timeout=3000)
    return window


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Enter], ids=["return", "enter"])
def test_enter_on_a_row_does_what_a_double_click_does(qtbot, controller, key):
    """Review 51 G3: Enter did nothing; a double click acknowledges."""
    window = shown_with_a_row(qtbot, controller, "HighCPUUsage")
    fp = window.selected_fingerprint()
    with qtbot.waitSignal(window.acknowledge_requested, timeout=3000) as asked:
        qtbot.keyClick(window.table, key)
    assert asked.args == [fp]


def tab_stops(qtbot, window, count: int) -> list:
    """The widgets Tab reaches from the focused one, in order, without repeats."""
    from PySide6.QtWidgets import QApplication

    stops = []
    for _ in range(count):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        if widget is not None and (not stops or stops[-1] is not widget):
            stops.append(widget)
    return stops


def test_tab_from_the_table_reaches_the_alert_buttons_then_details_notes_and_window_buttons(qtbot, controller):
    """Review 51 G3: Tab went to the detail pane and its links first, the notes panel after Quit."""
    from PySide6.QtWidgets import QAbstractScrollArea, QPushButton

    from oncall_tray.ui.incident_panel import IncidentPanel

    window = shown_with_a_row(qtbot, controller, "HighCPUUsage")
    stops = tab_stops(qtbot, window, 17)
    assert stops[:5] == [window.ack_button, window.silence_button, window.escalate_button, window.incidents_button,
                         window.details]
    panel = window.findChild(IncidentPanel)
    rest = stops[5:]
    in_panel = [w for w in rest if panel.isAncestorOf(w)]
    assert in_panel and rest[:len(in_panel)] == in_panel  # the notes panel, next
    assert window.model.rowCount() and panel.input in in_panel
    after = [w.text() for w in rest[len(in_panel):len(in_panel) + 3] if isinstance(w, QPushButton)]
    assert after == ["Refresh now", "Open Alertmanager", "S&hift"]  # then Quit
    # a scroll area holding the panel is no stop of its own: it shows no focus (review 51 G3)
    assert not [w for w in stops if isinstance(w, QAbstractScrollArea) and type(w).__name__ == "SidePanelScroll"]


def test_every_tab_stop_of_the_alerts_window_shows_its_focus(qtbot, controller):
    """Each widget Tab reaches looks different while it has the focus than once Tab left it."""
    from PySide6.QtWidgets import QApplication

    window = shown_with_a_row(qtbot, controller, "HighCPUUsage")
    for _ in range(16):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        focused = widget.grab().toImage()
        while QApplication.focusWidget() is widget:  # past the links of the details
            qtbot.keyClick(widget, Qt.Key.Key_Tab)
        name = f"{type(widget).__name__} {getattr(widget, 'text', str)()}"
        assert widget.grab().toImage() != focused, f"{name} shows no focus"


@pytest.mark.parametrize("typed", ["", "HighCPU"], ids=["no-filter", "filter"])
def test_tab_into_the_table_draws_the_row_whose_details_it_shows(qtbot, controller, typed):
    """Review 53 K9: with nothing selected, Tab into the table showed the first row's details and
    Enter acknowledged it, but the row was not drawn selected (only a cell's focus frame): the
    row the window acts on is the row drawn selected."""
    controller.show_window()
    window = controller.window
    qtbot.waitExposed(window)
    activate(qtbot, window)
    window.table.clearSelection()
    window.filter.setFocus()
    qtbot.waitUntil(window.filter.hasFocus, timeout=3000)
    qtbot.keyClicks(window.filter, typed)
    qtbot.keyClick(window.filter, Qt.Key.Key_Tab)
    qtbot.waitUntil(window.table.hasFocus, timeout=3000)
    fp = window.selected_fingerprint()
    assert fp, "the details show an alert"
    assert window.table.selectionModel().isRowSelected(window.model.row_of(fp)), "drawn selected"
    assert [index.row() for index in window.table.selectionModel().selectedRows()] == [window.model.row_of(fp)]
