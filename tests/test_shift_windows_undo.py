"""A shift window made again (the language switched while it was open: ``ShiftWindows._remake``)
keeps its text boxes' undo history (code review AU1: after the rebuild, Ctrl+Z no longer brought
back what the engineer had typed before it, the new box's history started empty). Real
Alertmanager, real tray."""

from __future__ import annotations

from conftest import make_alert
from PySide6.QtCore import Qt
from test_handoff_windows import type_into
from test_settings_dialog_language import language_restored  # noqa: F401  (fixture)
from test_settings_ui import controller_for, store  # noqa: F401  (fixtures)
from test_shift_windows_language import remade, settle, switch

from oncall_tray.core import shifts


def replace_typed(qtbot, box, first: str, then: str) -> None:
    """Type ``first`` into ``box``, then select it all and type ``then`` over it: two undo steps."""
    type_into(qtbot, box, first)
    box.selectAll()
    type_into(qtbot, box, then)
    assert box.toPlainText() == then


def undo(qtbot, box) -> None:
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def test_undo_survives_the_shift_windows_being_made_again(qtbot, controller_for, alertmanager,  # noqa: F811
                                                         language_restored):  # noqa: F811
    alertmanager.post_alerts([make_alert("APIDown", "critical")])
    controller = controller_for(f"alertmanager_url: {alertmanager.url}\nengineer: ana\ntimezone: UTC\n")
    language_restored(controller)
    controller.shift.show_window("start")
    start = controller.shift.window("start")
    qtbot.waitExposed(start)
    replace_typed(qtbot, start.observations, "Deploy 15h", "Deploy 16h")
    settle(qtbot, controller)
    switch(qtbot, controller, "pt_BR")
    remade(qtbot, controller, "start")
    assert controller.shift.window("start") is not start  # made again
    start = controller.shift.window("start")
    assert start.observations.toPlainText() == "Deploy 16h"
    undo(qtbot, start.observations)
    assert start.observations.toPlainText() == "Deploy 15h"  # the text before the rebuild
    qtbot.waitUntil(lambda: start.observations_save._saved == "Deploy 15h", timeout=5000)  # and saved

    shift = shifts.start_shift(controller.shift.journal, "Bruno Lima")
    controller.shift._follow_shift()  # a poll's read from before it, answered later, is dropped (test_shift_stale_read)
    controller.shift.show_window("end")
    end = controller.shift.window("end")
    qtbot.waitExposed(end)
    assert end._shift_id == shift.id and not end.observations.isReadOnly()
    replace_typed(qtbot, end.observations, "Disco 80%", "Disco 90%")
    replace_typed(qtbot, end.pending, "Trocar disco", "Trocar o disco")
    switch(qtbot, controller, "en", at_once=True)  # before the last words are written
    remade(qtbot, controller, "end")
    assert controller.shift.window("end") is not end
    end = controller.shift.window("end")
    for box, before in ((end.observations, "Disco 80%"), (end.pending, "Trocar disco")):
        undo(qtbot, box)
        assert box.toPlainText() == before
    settle(qtbot, controller)
    qtbot.waitUntil(lambda: end.observations_save._saved == "Disco 80%", timeout=5000)


def test_a_box_taken_over_neither_shows_nor_writes_anything_more(qtbot):
    """The old window, hidden but not deleted yet, may still be answered a read of the draft it
    asked for before the rebuild (``ShiftEndWindow._reloaded``): its box, whose document the new
    window's box now shows, must not set that text (it emptied the new box, undo history and all),
    nor write what is typed in the new one."""
    from PySide6.QtWidgets import QPlainTextEdit, QWidget

    from oncall_tray.ui.autosave import Autosave
    from oncall_tray.ui.remade import carry_typing

    writes: dict[str, list[str]] = {"old": [], "new": []}
    windows = {}
    for which in ("old", "new"):
        window = windows[which] = QWidget()
        qtbot.addWidget(window)
        box = QPlainTextEdit(window, objectName="observations")
        window.save = Autosave(box, lambda text, _base, which=which: writes[which].append(text))
        window.box = box
    old, new = windows["old"], windows["new"]
    old.show()
    replace_typed(qtbot, old.box, "Disco 80%", "Disco 90%")
    carry_typing(old, new)
    assert new.box.document() is old.box.document() and new.box.toPlainText() == "Disco 90%"
    old.save.set_text_quietly("")  # the old window's late read of the draft
    old.save.load("")
    assert new.box.toPlainText() == "Disco 90%"
    type_into(qtbot, new.box, "!")
    old.save.flush()
    new.save.flush()
    assert writes["old"] == [] and writes["new"][-1] == "Disco 90%!"
    while new.box.document().isUndoAvailable() and new.box.toPlainText() != "Disco 80%":
        new.box.undo()
    assert new.box.toPlainText() == "Disco 80%"  # typed before the carry: still in its history
