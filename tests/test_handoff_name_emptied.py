"""Fresh-user review 74 BB2 (major): in *Take over the shift*, a name field the engineer emptied
was filled again by the next poll with the offered name (the ``engineer`` setting, or the last
handoff's incoming engineer), the cursor at its end, so the name then typed was glued to it: the
shift was taken by "Bruno LimaAna Souza", who then signed silences and the handoff. A field the
engineer touched, even emptied, is never refilled by a poll (the offered name is only its
placeholder); an empty name at Take over is refused with a message, not replaced. Typed as a user
types (QTest key clicks), across real polls of an Alertmanager."""

from __future__ import annotations

from conftest import make_alert
from PySide6.QtCore import Qt
from test_handoff_windows import desk, type_into  # noqa: F401  (desk: the fixture)

from oncall_tray.core import shifts
from oncall_tray.core.shifts import START_SCOPE


def _poll_and_wait_for_the_reload(desk, window) -> None:
    """Poll Alertmanager and wait until the window applied the draft the poll made it read."""
    applied = []
    original = window._apply
    window._apply = lambda read, shown: (original(read, shown), applied.append(True))
    try:
        desk.am.post_alerts([make_alert("APIDown", "critical")])
        desk.poll()
        desk.qtbot.waitUntil(lambda: bool(applied), timeout=10000)
    finally:
        window._apply = original


def _empty(qtbot, field) -> None:
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field, Qt.Key.Key_Backspace)


def test_an_emptied_name_stays_empty_across_a_poll_and_the_typed_name_is_the_shifts(desk, qtbot, monkeypatch):
    window = desk.polled_window("start")
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.engineer.text() == "ana", timeout=10000)  # the setting, offered
    _empty(qtbot, window.engineer)
    qtbot.waitUntil(lambda: desk.outside().state(START_SCOPE).get("engineer") == "", timeout=10000)  # saved so
    _poll_and_wait_for_the_reload(desk, window)
    assert window.engineer.text() == ""  # it was "ana" again, the cursor after it
    assert window.engineer.placeholderText() == "ana"  # still offered, as a suggestion only
    warned = []
    monkeypatch.setattr("oncall_tray.ui.handoff_start.QMessageBox.warning", lambda *args: warned.append(args[2]))
    window.confirm()  # nothing typed: refused, not replaced by the offered name
    assert warned == ["Type the on-call engineer's name first."]
    assert desk.controller.shift is None
    _poll_and_wait_for_the_reload(desk, window)
    assert window.engineer.text() == ""
    type_into(qtbot, window.engineer, "Carla Dias")
    window.confirm()
    qtbot.waitUntil(lambda: desk.controller.shift is not None, timeout=10000)
    assert shifts.open_shift(desk.outside()).engineer == "Carla Dias"  # was "anaCarla Dias"


def test_an_untouched_name_still_follows_the_offer(desk, qtbot):
    """The other side of the rule: a field the engineer never touched shows the name offered."""
    window = desk.polled_window("start")
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.engineer.text() == "ana", timeout=10000)
    _poll_and_wait_for_the_reload(desk, window)
    assert window.engineer.text() == "ana"
    window.confirm()
    qtbot.waitUntil(lambda: desk.controller.shift is not None, timeout=10000)
    assert shifts.open_shift(desk.outside()).engineer == "ana"
