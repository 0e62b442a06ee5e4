"""A shift worked from the keyboard (fresh-user review of the keyboard, Q1-Q3, Q12-Q14): every
window opens on its first field, Enter presses the button drawn as the default, a button that
works keeps the keys out of the text boxes, Tab follows what is on screen and skips the Markdown
preview, Escape and Ctrl+W close every window, the alerts window's buttons have Alt+letter
mnemonics and its *Shift* menu opens the shift windows and the settings. pytest-qt, offscreen,
against a real Alertmanager; the keys go through the window, as typed (``press``)."""

from __future__ import annotations

import pytest
from conftest import activate, make_alert
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QApplication, QMenu, QPushButton
from test_handoff_windows import desk  # noqa: F401  (the fixture: a shift controller fed by real polls)
from test_keyboard import controller as tray  # noqa: F401  (the fixture: a tray on a real Alertmanager, two alerts)

from oncall_tray.core import shifts

NO = Qt.KeyboardModifier.NoModifier


def press(window, key, modifier=NO) -> None:
    """``key`` pressed and released in ``window``, through its QWindow: to the widget with the
    focus, past the shortcuts, as the keyboard does."""
    QTest.keyClick(window.windowHandle(), key, modifier)


def typed(window, text: str) -> None:
    """``text`` (lowercase letters and spaces) typed in ``window``."""
    for char in text:
        press(window, Qt.Key.Key_Space if char == " " else getattr(Qt.Key, f"Key_{char.upper()}"))


def opened(qtbot, window):
    """``window``, shown and active."""
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    activate(qtbot, window)
    return window


def focus(qtbot, widget) -> None:
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus, timeout=3000)


def tab_order(window, count: int = 60, backwards: bool = False) -> list:
    """The widgets that get the focus, one Tab (or Shift+Tab) after another, from where it is."""
    reached = []
    for _ in range(count):
        press(window, Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab,
              Qt.KeyboardModifier.ShiftModifier if backwards else NO)
        reached.append(QApplication.focusWidget())
    return reached


def start_window(desk, qtbot):
    desk.poll()
    desk.controller.start()  # no shift open: the start window opens by itself
    return opened(qtbot, desk.controller.window("start"))


# -- the start window (Q1-Q3) --------------------------------------------------------------------


def test_the_start_window_opens_on_its_first_item_and_enter_takes_over(desk, qtbot):
    """Q1: a letter typed at once went nowhere, Enter did not press *Take over the shift*."""
    window = start_window(desk, qtbot)
    first = next(iter(window.boxes.values()))
    qtbot.waitUntil(first.hasFocus, timeout=3000)
    focused = first.grab().toImage()
    focus(qtbot, window.engineer)
    assert first.grab().toImage() != focused, "the focus is seen on the first item"
    focus(qtbot, first)
    ticked = first.isChecked()
    press(window, Qt.Key.Key_Space)
    assert first.isChecked() is not ticked
    assert window.confirm_button.isDefault()
    press(window, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: desk.controller.shift is not None, timeout=5000)
    assert desk.controller.shift.engineer == "ana" and not window.isVisible()


def test_enter_in_the_name_field_takes_over(desk, qtbot):
    window = start_window(desk, qtbot)
    focus(qtbot, window.engineer)
    window.engineer.clear()
    typed(window, "joana")
    assert window.confirm_button.isDefault()
    press(window, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    qtbot.waitUntil(lambda: desk.controller.shift is not None, timeout=5000)
    assert desk.controller.shift.engineer == "joana"


def test_the_button_enter_presses_is_the_one_drawn_as_the_default(desk, qtbot):
    """Q2: with the focus on Close, *Take over the shift* still looked the default button."""
    window = start_window(desk, qtbot)
    close = next(b for b in window.findChildren(QPushButton) if b.text() == "Close")
    focus(qtbot, window.engineer)
    assert window.confirm_button.isDefault() and not close.isDefault()
    focus(qtbot, window.observations)  # Enter there is a new line: no button looks pressed by it
    assert not [b.text() for b in window.findChildren(QPushButton) if b.isDefault()]
    stops = tab_order(window, 40)
    assert close in stops
    while QApplication.focusWidget() is not close:
        press(window, Qt.Key.Key_Tab)
    assert close.isDefault() and not window.confirm_button.isDefault()
    press(window, Qt.Key.Key_Return)  # Close, not Take over
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=3000)
    assert desk.controller.shift is None


def test_check_again_from_the_keyboard_keeps_the_keys_out_of_the_observations(desk, qtbot):
    """Q3: *Check again* is disabled while it checks; Qt gave its focus to the Observations."""
    window = start_window(desk, qtbot)
    checks = window.dashboard_checks
    qtbot.waitUntil(lambda: not checks.checking, timeout=15000)
    focus(qtbot, checks.button)
    press(window, Qt.Key.Key_Space)
    assert checks.checking
    typed(window, "x")
    assert window.observations.toPlainText() == "" and window.engineer.text() == "ana"
    qtbot.waitUntil(lambda: not checks.checking, timeout=15000)
    qtbot.waitUntil(checks.button.hasFocus, timeout=3000)  # back on it, for the next Tab


def test_tab_goes_through_the_start_window_as_it_is_laid_out(desk, qtbot):
    """The checklist, the dashboards, the observations and the name, then the lists beside them,
    then the buttons from left to right; the scroll area holding the body is no stop of its own."""
    window = start_window(desk, qtbot)
    boxes = list(window.boxes.values())
    focus(qtbot, boxes[0])
    expected = [*boxes[1:], window.dashboard_checks.tree, window.dashboard_checks.button, window.observations,
                window.engineer, window.alerts, window.silences, window.incidents, window.previous, window.copy_button]
    stops = tab_order(window, len(expected) + 3)
    assert stops[:len(expected)] == expected
    assert [w.text() for w in stops[len(expected):]] == ["Close", "&Take over the shift", boxes[0].text()]


# -- the end window (Q13) --------------------------------------------------------------------------


def end_window(desk, qtbot):
    desk.am.post_alerts([make_alert("APIDown", "critical")])
    desk.poll()
    shifts.start_shift(desk.controller.journal, "ana")
    desk.controller._follow_shift()
    desk.poll()
    desk.controller.show_window("end")
    return opened(qtbot, desk.controller.window("end"))


def test_the_end_window_opens_on_the_pending_items_and_enter_hands_over(desk, qtbot):
    """Q13: the window opened with no focused widget (a typed "Y" was lost)."""
    window = end_window(desk, qtbot)
    qtbot.waitUntil(window.pending.hasFocus, timeout=3000)
    typed(window, "y")
    assert window.pending.toPlainText() == "y"
    focus(qtbot, window.incoming)
    typed(window, "joana")
    assert window.confirm_button.isDefault()
    press(window, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: desk.controller.shift is None, timeout=5000)
    assert shifts.last_handoff(desk.outside()).incoming == "joana"


def test_shift_tab_from_the_incoming_engineer_reaches_the_observations(desk, qtbot):
    """Q13: Shift+Tab from *Plantonista entrando* went into the read-only Markdown preview, where
    typing is dropped; Tab never stops there, nor on the scroll area of the window's body."""
    window = end_window(desk, qtbot)
    focus(qtbot, window.incoming)
    press(window, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is window.observations
    typed(window, "z")
    assert window.observations.toPlainText() == "z"
    stops = tab_order(window, 40) + tab_order(window, 40, backwards=True)
    assert window.preview not in stops
    assert not [w for w in stops if isinstance(w, QAbstractScrollArea) and type(w).__name__ == "QScrollArea"]


def test_tab_goes_through_the_end_window_as_it_is_laid_out(desk, qtbot):
    """The incidents, the pending items, the silences (each Expire button after its list), the
    observations, the incoming engineer, then the buttons from left to right."""
    from conftest import silence

    silence(desk.am, {"alertname": "APIDown"}, author="ana", comment="investigando")
    window = end_window(desk, qtbot)
    expire = [b for b in window.silences.findChildren(QPushButton)]
    assert expire, "ana's silence has its Expire button"
    focus(qtbot, window.incidents)
    stops = tab_order(window, 20)
    box = window.pending_box
    listed = [box.suggested] if box.suggested.isVisibleTo(window) else []
    expected = [*listed, window.pending, window.silences, *expire, window.observations, window.incoming,
                window.copy_button, window.save_button]
    assert stops[:len(expected)] == expected
    assert [w.text() for w in stops[len(expected):len(expected) + 3]] == ["Past handoffs…", "Close",
                                                                        "&Hand over the shift"]


# -- Escape and Ctrl+W (Q14) ---------------------------------------------------------------------


CLOSE_KEYS = [(Qt.Key.Key_Escape, NO), (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)]


def shift_window(desk, qtbot, kind: str):
    """The ``kind`` shift window opened and active (a shift open for the end window)."""
    desk.poll()
    if kind == "end":
        shifts.start_shift(desk.controller.journal, "ana")
        desk.controller._follow_shift()
    desk.controller.show_window(kind)
    return opened(qtbot, desk.controller.window(kind))


@pytest.mark.parametrize("key, modifier", CLOSE_KEYS, ids=["escape", "ctrl-w"])
@pytest.mark.parametrize("kind", ["incidents", "history", "start", "end"])
def test_escape_and_ctrl_w_close_every_shift_window(desk, qtbot, kind, key, modifier):
    """Q14: the Incidents window ignored Escape and Ctrl+W (the others closed)."""
    window = shift_window(desk, qtbot, kind)
    qtbot.waitUntil(lambda: window.focusWidget() is not None, timeout=3000)
    press(window, key, modifier)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=3000)


@pytest.mark.parametrize("kind, field", [("start", "engineer"), ("start", "observations"), ("end", "incoming")])
def test_ctrl_w_in_a_text_field_closes_the_window(desk, qtbot, kind, field):
    window = shift_window(desk, qtbot, kind)
    focus(qtbot, getattr(window, field))
    press(window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=3000)


# -- the alerts window (Q12) ---------------------------------------------------------------------


def alerts_window(qtbot, controller):
    """The alerts window, active, an alert selected and its trend pane built (which takes the
    activation away, offscreen), the focus in the table."""
    controller.show_window()
    window = opened(qtbot, controller.window)
    window.table.selectRow(0)
    qtbot.waitUntil(lambda: window.chart is not None, timeout=5000)
    activate(qtbot, window)
    focus(qtbot, window.table)
    return window


def mnemonics(window) -> dict[str, list[str]]:
    """Each Alt+letter of the window's buttons -> the buttons' texts."""
    found: dict[str, list[str]] = {}
    for button in window.findChildren(QAbstractButton):
        key = QKeySequence.mnemonic(button.text()).toString()
        if key and button.window() is window:
            found.setdefault(key, []).append(button.text())
    return found


@pytest.mark.parametrize("language", ["en", "pt_BR"])
def test_the_alert_buttons_have_mnemonics_without_clashes(qtbot, tray, language):
    """Q12: no underlined letter on Acknowledge, Silence…, Escalate…, Copy for #incidents."""
    from oncall_tray.ui.alerts_window import AlertsWindow
    from oncall_tray.ui.translations import install

    app = QCoreApplication.instance()
    translators = install(app, language)
    try:
        window = AlertsWindow(tray.config)
        qtbot.addWidget(window)
        tray.shift.attach_window(window)  # the notes panel's buttons too
        found = mnemonics(window)
        assert {k: v for k, v in found.items() if len(v) > 1} == {}
        buttons = [window.ack_button, window.silence_button, window.escalate_button, window.incidents_button,
                   window.shift_button]
        assert all(QKeySequence.mnemonic(b.text()).toString() for b in buttons), [b.text() for b in buttons]
        assert window.ack_button.text() == {"en": "&Acknowledge", "pt_BR": "&Reconhecer"}[language]
        from oncall_tray.ui.tray import TrayIcon

        entries = TrayIcon(tray.config).window_actions()  # the Shift menu's: the tray menu's own
        keys = [QKeySequence.mnemonic(a.text()).toString() for a in entries if a is not None and a.isVisible()]
        assert len(keys) == 5 and all(keys) and len(set(keys)) == 5, [a.text() for a in entries]
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        QLocale.setDefault(QLocale("en"))


def test_alt_letters_press_the_alert_buttons(qtbot, tray):
    window = alerts_window(qtbot, tray)
    fp = window.selected_fingerprint()
    for button, signal in [(window.escalate_button, window.escalate_requested),
                           (window.silence_button, window.silence_requested),
                           (window.incidents_button, window.incidents_message_requested),
                           (window.ack_button, window.acknowledge_requested)]:
        with qtbot.waitSignal(signal, timeout=3000) as asked:
            press(window, QKeySequence.mnemonic(button.text())[0].key(), Qt.KeyboardModifier.AltModifier)
        assert asked.args == [fp], button.text()
        for other in QApplication.topLevelWidgets():  # the dialog it opened
            if other is not window and other.isVisible() and other.inherits("QDialog"):
                other.close()
        activate(qtbot, window)


@pytest.mark.parametrize("entry, kind", [("t", "start"), ("i", "incidents"), ("p", "history")])
def test_the_shift_menu_opens_the_shift_windows(qtbot, tray, entry, kind):
    """Q12: Take over, Hand over, Incidents and Settings needed the tray icon's menu, a click."""
    window = alerts_window(qtbot, tray)
    press(window, QKeySequence.mnemonic(window.shift_button.text())[0].key(), Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu), timeout=3000)
    menu = QApplication.activePopupWidget()
    QTest.keyClick(menu, getattr(Qt.Key, f"Key_{entry.upper()}"))
    qtbot.waitUntil(lambda: tray.shift.window(kind) is not None and tray.shift.window(kind).isVisible(), timeout=5000)
    tray.shift.window(kind).close()


def test_the_shift_menu_offers_the_settings_and_follows_the_shift(qtbot, tray):
    window = alerts_window(qtbot, tray)
    menu = window.shift_button.menu()
    menu.aboutToShow.emit()
    texts = [a.text() for a in menu.actions() if a.isVisible() and not a.isSeparator()]
    assert texts == ["&Take over the shift…", "&Hand over the shift…", "&Incidents…", "&Past handoffs…",
                     "&Settings…"]
    enabled = {a.text(): a.isEnabled() for a in menu.actions()}
    assert enabled["&Take over the shift…"] and not enabled["&Hand over the shift…"]  # no shift open
    keys = [QKeySequence.mnemonic(t).toString() for t in texts]
    assert len(set(keys)) == len(keys)


def test_the_shift_menu_opens_again_and_again_and_the_tray_menu_keeps_its_entries(qtbot, tray):
    """Review 57 S6: the second time the Shift menu opened, the tray crashed ("Internal C++ object
    (QAction) already deleted"): PySide's QMenu.clear() deleted the tray menu's actions it showed."""
    window = alerts_window(qtbot, tray)
    menu = window.shift_button.menu()
    for _ in range(3):
        menu.aboutToShow.emit()
        assert [a.text() for a in menu.actions() if a.isVisible() and not a.isSeparator()][-1] == "&Settings…"
    tray_menu = [a.text() for a in tray.tray.menu.actions()]
    assert "&Take over the shift…" in tray_menu and "&Settings…" in tray_menu
    assert sum(1 for a in menu.actions() if a.isSeparator()) == 1  # not one more at each opening


def test_expire_from_the_keyboard_keeps_the_keys_out_of_the_observations(desk, qtbot):
    """Expire, pressed with Space, is replaced by a disabled "Expiring…" while Alertmanager is
    asked: the keys typed meanwhile must not go into a text box (Q3's kind)."""
    from conftest import silence

    silence(desk.am, {"alertname": "APIDown"}, author="ana", comment="investigando")
    window = end_window(desk, qtbot)
    (expire,) = window.silences.findChildren(QPushButton)
    focus(qtbot, expire)
    press(window, Qt.Key.Key_Space)
    typed(window, "x")
    assert window.observations.toPlainText() == "" and window.incoming.text() == ""
    assert window.pending.toPlainText() == ""
    assert QApplication.focusWidget() is window.silences  # on the list, where arrows and Tab go on


def test_the_alerts_window_opens_on_its_filter(qtbot, tray):
    """It opened with the focus on its tab bar, where typing goes nowhere: a letter typed at once
    filters the alerts; Tab then reaches the table."""
    tray.show_window()
    window = opened(qtbot, tray.window)
    qtbot.waitUntil(window.filter.hasFocus, timeout=3000)
    typed(window, "api")
    assert window.filter.text() == "api"
    press(window, Qt.Key.Key_Tab)
    assert window.focusWidget() is window.table  # (its trend pane, built then, takes the activation offscreen)
