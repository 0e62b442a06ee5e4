"""A window is made again in a new language only once it is idle (code review 72 AH4-AH8):
no question, warning or file chooser of it open, no journal write in flight; until then it
stays as it is, and is made again when the box closes or the journal answers. What is typed,
where the cursor stands and a write that failed carry over to the new window. Before: a switch
under the end window's "who holds it now?" question aborted the tray (double free); a handoff
recorded just before the switch left the new window on screen with the handed-over shift; a
write failing at the switch was reported to the retired field and the words were lost; the
cursor went back to the start; a question of the alerts window was answered "No" by itself.
Real Alertmanager, real tray controller."""

from __future__ import annotations

import shiboken6
from conftest import make_alert
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from test_handoff_windows import type_into
from test_settings_dialog_language import language_restored  # noqa: F401  (fixture)
from test_settings_ui import controller_for, store  # noqa: F401  (fixtures)
from test_shift_windows_language import settle, switch

from oncall_tray.core import shifts
from oncall_tray.core.journal import Journal, JournalError
from oncall_tray.core.shifts import shift_scope
from oncall_tray.paths import Folders
from oncall_tray.ui.questions import confirm_risky


def on_shift(qtbot, controller_for, alertmanager, language_restored):  # noqa: F811
    """A tray controller with Bruno Lima's shift open and its end window shown: (controller, window, shift)."""
    alertmanager.post_alerts([make_alert("APIDown", "critical")])
    controller = controller_for(f"alertmanager_url: {alertmanager.url}\nengineer: ana\ntimezone: UTC\n")
    language_restored(controller)
    shift = shifts.start_shift(controller.shift.journal, "Bruno Lima")
    controller.shift._follow_shift()
    controller.shift.show_window("end")
    end = controller.shift.window("end")
    qtbot.waitExposed(end)
    return controller, end, shift


PT_TITLE = "Passar turno — oncall-tray"  # the end window's title in pt_BR


def under(kind, then) -> None:
    """Run ``then(box)`` once a box of ``kind`` is shown (from inside its own event loop)."""
    box = next((w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()), None)
    if box is None:
        QTimer.singleShot(20, lambda: under(kind, then))
    else:
        then(box)


def test_a_switch_under_a_question_of_the_end_window_waits_for_its_answer(qtbot, controller_for, alertmanager,  # noqa: F811
                                                                          language_restored):  # noqa: F811
    controller, end, shift = on_shift(qtbot, controller_for, alertmanager, language_restored)
    type_into(qtbot, end.incoming, "Bruno Lima")  # the one on shift: "… who holds it now?"
    settle(qtbot, controller)
    seen = {}

    def answer(box) -> None:
        switch(qtbot, controller, "pt_BR", at_once=True)
        seen["kept"] = controller.shift.window("end") is end and box.isVisible()
        box.button(QMessageBox.StandardButton.Yes).click()

    QTimer.singleShot(0, lambda: under(QMessageBox, answer))
    end.confirm()  # (before: aborted here, "double free or corruption")
    assert seen == {"kept": True}
    settle(qtbot, controller)
    assert [s.incoming for s in shifts.past_shifts(controller.shift.journal)] == ["Bruno Lima"]
    assert not controller.shift.window("end").isVisible()  # handed over
    controller.shift.show_window("end")
    assert controller.shift.window("end").windowTitle() == PT_TITLE


def test_a_switch_under_the_file_chooser_waits_for_it(qtbot, controller_for, alertmanager,  # noqa: F811
                                                      language_restored, monkeypatch):  # noqa: F811
    monkeypatch.setenv("QT_QPA_PLATFORMTHEME", "")
    controller, end, shift = on_shift(qtbot, controller_for, alertmanager, language_restored)
    type_into(qtbot, end.observations, "Latência subindo")
    settle(qtbot, controller)
    seen = {}

    def cancel(box) -> None:
        switch(qtbot, controller, "pt_BR", at_once=True)
        seen["kept"] = controller.shift.window("end") is end and box.isVisible()
        box.reject()

    QTimer.singleShot(0, lambda: under(QFileDialog, cancel))
    end.save_as()
    assert seen == {"kept": True}
    qtbot.waitUntil(lambda: controller.shift.window("end") is not end, timeout=5000)
    new = controller.shift.window("end")
    assert new.isVisible() and new.windowTitle() == PT_TITLE and new.observations.toPlainText() == "Latência subindo"


def test_the_cursor_stays_where_the_typing_was(qtbot, controller_for, alertmanager, language_restored):  # noqa: F811
    controller, end, shift = on_shift(qtbot, controller_for, alertmanager, language_restored)
    type_into(qtbot, end.observations, "Latência subindo no backend")
    cursor = end.observations.textCursor()
    cursor.setPosition(8)  # "Latência| subindo"
    end.observations.setTextCursor(cursor)
    type_into(qtbot, end.incoming, "Carla")
    end.incoming.setCursorPosition(2)
    switch(qtbot, controller, "pt_BR", at_once=True)
    qtbot.waitUntil(lambda: controller.shift.window("end") is not end, timeout=5000)
    new = controller.shift.window("end")
    assert new.observations.textCursor().position() == 8 and new.incoming.cursorPosition() == 2
    assert new.focusWidget() is new.incoming
    type_into(qtbot, new.incoming, "r")
    assert new.incoming.text() == "Carrla"
    settle(qtbot, controller)


def test_a_handoff_recorded_at_the_switch_closes_the_window_shown(qtbot, controller_for, alertmanager,  # noqa: F811
                                                                 language_restored):  # noqa: F811
    controller, end, shift = on_shift(qtbot, controller_for, alertmanager, language_restored)
    type_into(qtbot, end.incoming, "Carla Dias")
    type_into(qtbot, end.observations, "Latência subindo")
    settle(qtbot, controller)
    end.confirm()
    switch(qtbot, controller, "pt_BR", at_once=True)
    settle(qtbot, controller)
    assert [s.incoming for s in shifts.past_shifts(controller.shift.journal)] == ["Carla Dias"]
    shown = [w for w in QApplication.topLevelWidgets() if w.isVisible() and "Carla Dias" in getattr(
        getattr(w, "incoming", None), "text", lambda: "")()]
    assert not shown  # (before: the new window stayed, with the shift handed over)
    controller.shift.show_window("end")
    again = controller.shift.window("end")
    assert again.windowTitle() == PT_TITLE and again.incoming.text() == "" and again.observations.toPlainText() == ""


def test_words_typed_while_the_journal_cannot_be_written_survive_the_switch(qtbot, controller_for, alertmanager,  # noqa: F811
                                                                            language_restored, monkeypatch):  # noqa: F811
    controller, end, shift = on_shift(qtbot, controller_for, alertmanager, language_restored)
    type_into(qtbot, end.observations, "Antes")
    settle(qtbot, controller)
    journal = controller.shift.journal
    real = journal.update_state

    def failing(*args, **kwargs):
        raise JournalError("database is locked")
    monkeypatch.setattr(journal, "update_state", failing)
    type_into(qtbot, end.observations, " e depois")  # not written yet: written (and failing) at the switch
    switch(qtbot, controller, "pt_BR", at_once=True)
    qtbot.waitUntil(lambda: controller.shift.window("end") is not end, timeout=5000)
    new = controller.shift.window("end")
    qtbot.waitUntil(lambda: new.observations_save.unsaved, timeout=5000)
    monkeypatch.setattr(journal, "update_state", real)  # the journal can be written again: the retry writes it

    def written() -> bool:
        return Journal.open(Folders.for_user().journal).state(shift_scope(shift.id)).get("observations") == "Antes e depois"
    qtbot.waitUntil(written, timeout=10000)
    new.reload()
    settle(qtbot, controller)
    assert new.observations.toPlainText() == "Antes e depois"


def test_a_question_of_the_alerts_window_is_not_answered_by_a_switch(qtbot, controller_for, alertmanager,  # noqa: F811
                                                                     language_restored):  # noqa: F811
    alertmanager.post_alerts([make_alert("APIDown", "critical")])
    controller = controller_for(f"alertmanager_url: {alertmanager.url}\nengineer: ana\n")
    language_restored(controller)
    controller.show_window()
    old = controller.built_window
    qtbot.waitExposed(old)
    seen = {}

    def answer(box) -> None:
        switch(qtbot, controller, "pt_BR", at_once=True)
        seen["kept"] = box.isVisible() and controller.built_window is old
        box.button(QMessageBox.StandardButton.Yes).click()

    QTimer.singleShot(0, lambda: under(QMessageBox, answer))
    # as the extension of a silence over a critical alert asks ("Keep a critical alert silenced?")
    assert confirm_risky(controller.built_window, "Keep a critical alert silenced?", "Extend anyway?") is True
    assert seen == {"kept": True}
    qtbot.waitUntil(lambda: controller.built_window is not old and controller.built_window is not None, timeout=5000)
    assert controller.built_window.isVisible()
    qtbot.waitUntil(lambda: not shiboken6.isValid(old), timeout=5000)  # the old one, its question gone, deleted
