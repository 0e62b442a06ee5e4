"""The end window writes what was typed for a shift before it shows the next shift's draft
(fix-auwipe); when that write fails once the next shift is shown (the journal full, or locked past
its busy timeout), the words come back on screen, are written to the shift shown, and the field
takes the journal's reads again once they are (code review 83 BA5: they were on no screen and in
no file, and the field refused every read after). Real Alertmanager, real journal; only the
tray's write of the first shift's draft is made to fail."""

from __future__ import annotations

import pytest
from test_handoff_windows import desk  # noqa: F401 (the fixture)

from oncall_tray.core import shifts
from oncall_tray.core.journal import JournalError
from oncall_tray.core.shifts import OBSERVATIONS, shift_scope

TYPED = "shift 7: db failover half done"


def _end_window_whose_first_shift_cannot_be_written(desk, qtbot, monkeypatch):  # noqa: F811
    """A shift started, the end window showing it; only the tray's writes of that shift's draft fail."""
    controller = desk.controller
    first = shifts.start_shift(controller.journal, "ana")
    controller._follow_shift()
    controller.show_window("end")
    end = controller.window("end")
    qtbot.addWidget(end)
    qtbot.waitExposed(end)
    assert end._shift_id == first.id
    journal, writable = controller.journal, controller.journal.update_state

    def full_for_the_first(scope, *args, **kwargs):
        if scope == shift_scope(first.id):
            raise JournalError("cannot write the shift journal: database or disk is full")
        return writable(scope, *args, **kwargs)

    monkeypatch.setattr(journal, "update_state", full_for_the_first)
    return first, end


@pytest.mark.parametrize("failed_before", [False, True])
def test_words_typed_for_a_shift_whose_write_fails_after_the_switch_stay_and_are_kept(desk, qtbot,  # noqa: F811
                                                                                       monkeypatch, failed_before):
    """``failed_before``: a write of the words already failed while the first shift was shown
    (they stayed on screen, the second shift's draft not shown over them)."""
    controller = desk.controller
    first, end = _end_window_whose_first_shift_cannot_be_written(desk, qtbot, monkeypatch)
    end.observations.setPlainText(TYPED)  # typed, not written yet (its pause not reached)
    if failed_before:
        end.observations_save.flush()
        desk.settle()
        assert end.observations_save.unsaved
    outside = desk.outside()  # the command line hands over and starts the next shift
    shifts.end_shift(outside, first.id, incoming="bruno")
    second = shifts.start_shift(outside, "bruno")
    outside.set_state(shift_scope(second.id), OBSERVATIONS, "shift 8 own words")
    controller._follow_shift()  # the window writes the typing to the first shift, then shows the second's
    qtbot.waitUntil(lambda: end._shift_id == second.id, timeout=5000)
    qtbot.waitUntil(lambda: TYPED in end.observations.toPlainText(), timeout=10000)  # back on screen
    scope = shift_scope(second.id)
    qtbot.waitUntil(lambda: TYPED in (desk.outside().state(scope).get(OBSERVATIONS) or ""), timeout=10000)
    assert "shift 8 own words" in desk.outside().state(scope)[OBSERVATIONS]  # the second shift's own kept
    qtbot.waitUntil(lambda: not end.observations_save.unsaved, timeout=10000)
    desk.settle()
    stored = desk.outside().state(scope)[OBSERVATIONS]
    outside.set_state(scope, OBSERVATIONS, stored + "\ncolleague added a line via CLI")
    end.reload()
    qtbot.waitUntil(lambda: "colleague added a line via CLI" in end.observations.toPlainText(), timeout=10000)


def test_words_typed_over_two_pauses_whose_writes_fail_after_the_switch_come_back_once(desk, qtbot,  # noqa: F811
                                                                                        monkeypatch):
    """Code review 84 BC1: two writes of the first shift's words queued ("abc", then "abc def"), both
    failing once the next shift is shown: each was put back whole, "abc" came back twice."""
    controller = desk.controller
    first, end = _end_window_whose_first_shift_cannot_be_written(desk, qtbot, monkeypatch)
    outside = desk.outside()
    shifts.end_shift(outside, first.id, incoming="bruno")
    second = shifts.start_shift(outside, "bruno")
    outside.set_state(shift_scope(second.id), OBSERVATIONS, "shift 8 own words")
    end.observations.setPlainText("abc")
    end.observations_save.flush()  # the first pause's write, its failure not heard yet
    end.observations.setPlainText("abc def")
    controller._follow_shift()  # the window writes "abc def" to the first shift, then shows the second's
    qtbot.waitUntil(lambda: end._shift_id == second.id, timeout=5000)
    qtbot.waitUntil(lambda: "abc def" in end.observations.toPlainText(), timeout=10000)  # back on screen
    scope = shift_scope(second.id)
    qtbot.waitUntil(lambda: not end.observations_save.unsaved, timeout=10000)
    desk.settle()
    shown, stored = end.observations.toPlainText(), desk.outside().state(scope)[OBSERVATIONS]
    assert shown == stored == "shift 8 own words\nabc def", (shown, stored)
