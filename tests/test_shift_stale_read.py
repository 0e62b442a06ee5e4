"""A poll's read of the open shift taken before a change and answered after it (code review
AU, the builder of fix-auwindow: a read of "no shift" from before the engineer's shift started,
answered after the tray had seen the shift) is older than what the windows show: it is dropped,
and never blanks the end window nor wipes what the engineer typed in it (and its undo history).
Real Alertmanager, real journal, real polls."""

from __future__ import annotations

import threading

from test_handoff_windows import desk, type_into  # noqa: F401 (desk: the fixture)
from test_shift_windows_undo import replace_typed, undo

from oncall_tray.core import shifts
from oncall_tray.core.shifts import OBSERVATIONS, shift_scope


def read_taken_not_answered(desk) -> None:  # noqa: F811
    """A poll, its read of the open shift run in the journal's thread, its answer not delivered
    yet (the GUI thread has not run since: answers come back through its event loop)."""
    desk.controller.on_polled(desk.watcher.poll())
    taken = threading.Event()
    desk.controller.writer.submit(taken.set)
    assert taken.wait(10)


def test_a_read_from_before_the_shift_started_neither_blanks_nor_wipes_the_end_window(desk, qtbot):  # noqa: F811
    controller = desk.controller
    desk.poll()
    assert controller.shift is None
    seen: list = []
    controller.shift_changed.connect(seen.append)
    read_taken_not_answered(desk)  # "no shift open", read now
    shift = shifts.start_shift(controller.journal, "Bruno Lima")  # from the command line
    controller._follow_shift()  # the tray sees it
    controller.show_window("end")
    end = controller.window("end")
    qtbot.addWidget(end)
    qtbot.waitExposed(end)
    assert end._shift_id == shift.id and not end.observations.isReadOnly()
    replace_typed(qtbot, end.observations, "Disco 80%", "Disco 90%")  # not written yet
    desk.settle()  # the old read answered now
    assert controller.shift is not None and controller.shift.id == shift.id
    assert [s and s.id for s in seen] == [shift.id]  # never "no shift" in between
    assert end._shift_id == shift.id and not end.observations.isReadOnly()
    desk.poll()  # the next poll reads the shift again
    assert end.observations.toPlainText() == "Disco 90%"
    qtbot.waitUntil(lambda: controller.journal.state(shift_scope(shift.id)).get(OBSERVATIONS) == "Disco 90%",
                    timeout=5000)
    undo(qtbot, end.observations)
    assert end.observations.toPlainText() == "Disco 80%"  # its undo history kept


def test_a_read_from_before_the_handoff_does_not_reopen_the_shift_under_the_start_window(desk, qtbot):  # noqa: F811
    controller = desk.controller
    shift = shifts.start_shift(controller.journal, "Bruno Lima")
    desk.poll()
    assert controller.shift is not None and controller.shift.id == shift.id
    read_taken_not_answered(desk)  # "Bruno Lima's shift open", read now
    shifts.end_shift(controller.journal, shift.id, incoming="ana")  # handed over from the command line
    controller._follow_shift()
    assert controller.shift is None
    controller.show_window("start")
    window = controller.window("start")
    qtbot.addWidget(window)
    qtbot.waitExposed(window)  # the old read answered meanwhile, perhaps
    type_into(qtbot, window.observations, "Deploy 16h")
    desk.settle()  # if not, now
    assert controller.shift is None and window.confirm_button.isEnabled() and window.banner.isHidden()
    assert window.observations.toPlainText() == "Deploy 16h"


def test_a_reload_keeps_what_was_typed_and_not_written_yet(qtbot):
    """``Autosave.show_read``, which every shift window's reload of its boxes goes through: the
    words typed since the last save stay, and their undo history; once written, a read shows."""
    from PySide6.QtWidgets import QPlainTextEdit

    from oncall_tray.ui.autosave import Autosave

    box = QPlainTextEdit()
    qtbot.addWidget(box)
    writes: list[str] = []
    save = Autosave(box, lambda text, _base: writes.append(text))
    save.show_read("Disco 80%")
    assert box.toPlainText() == "Disco 80%" and not save.typed
    box.show()
    qtbot.waitExposed(box)
    box.selectAll()
    type_into(qtbot, box, "Disco 90%")
    assert save.typed
    save.show_read("")  # a read answered before the words were written
    assert box.toPlainText() == "Disco 90%" and writes == []
    save.flush()
    assert writes == ["Disco 90%"] and not save.typed
    box.undo()
    assert box.toPlainText() == "Disco 80%"  # its history kept
    box.redo()
    save.show_read("Disco 90%\nadded elsewhere")  # read after the write: shown
    assert box.toPlainText() == "Disco 90%\nadded elsewhere"
