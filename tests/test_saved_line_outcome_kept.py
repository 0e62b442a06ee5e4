"""An action's outcome on a shift window's status line stays through the journal writer's next
idle (fresh-clone CI at 266c746e: ``test_expire_504_worded``'s "Silence … may have been expired
all the same (Alertmanager answered HTTP 504): the next poll will tell" was replaced at once by
"All changes saved at …", the writer idling just after the expiry came back, so the engineer
could not read it). The outcome is shown with "All changes saved" under it, and gives way at the
idle after that one (the next poll's record: what "the next poll will tell" waits for)."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from PySide6.QtWidgets import QApplication

from oncall_tray.ui.saved_line import SavedLine

NOW = dt.datetime(2026, 12, 7, 22, 41, 3, tzinfo=dt.timezone.utc)
SAID = "Silence 6d2630a3 may have been expired all the same (Alertmanager answered HTTP 504): the next poll will tell."


def _line(qtbot) -> SavedLine:
    controller = SimpleNamespace(zone=dt.timezone.utc, translate=QApplication.translate, writer=None, now=lambda: NOW)
    line = SavedLine(controller)
    qtbot.addWidget(line)
    return line


def test_an_outcome_stays_through_the_next_idle_and_gives_way_at_the_one_after(qtbot, english):
    line = _line(qtbot)
    line._idle()
    line.say(("expire", "6d2630a3"), SAID)
    assert line.text() == SAID + "\nAll changes saved at 22:41:03"  # still true: said under it
    line._idle()  # the writer idles just after (the poll recorded meanwhile)
    assert line.text() == SAID + "\nAll changes saved at 22:41:03"
    line._idle()  # the next poll's record
    assert line.text() == "All changes saved at 22:41:03"


def test_a_failure_still_clears_the_outcome_and_the_saved_words(qtbot, english):
    line = _line(qtbot)
    line._idle()
    line.say(("expire", "a"), "Silence a expired.")
    line.say(("expire", "b"), "Silence b was not expired: refused. Nothing changed.", True)
    assert line.text() == "Silence b was not expired: refused. Nothing changed."
    line._idle()  # the expiry's failure is not the journal's: "All changes saved" beside it
    assert "All changes saved at 22:41:03" in line.text() and "Silence b was not expired" in line.text()
    assert "Silence a expired." not in line.text()


def test_a_newer_outcome_replaces_the_older_at_once(qtbot, english):
    line = _line(qtbot)
    line.say(("expire", "a"), "Silence a expired.")
    line._idle()
    line.say(("expire", "b"), "Silence b expired.")
    assert line.text() == "Silence b expired.\nAll changes saved at 22:41:03"
