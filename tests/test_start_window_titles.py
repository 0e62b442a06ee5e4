"""The start window's section titles at the default size (review 59 U8): in pt_BR, "Handoff notes
do turno anterior — pendências próprias do plantonista anterior passadas a este turn…" was cut
(a box's title does not wrap: ``FittedBox``), hiding the number of the outgoing engineer's own
pending items carried on, which the English title showed at its end. The title is short; that
number is said in a line of its own inside the box, which wraps."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QLabel
from test_handoff_windows import desk  # noqa: F401  (desk: the fixture)

from oncall_tray.core import shifts
from oncall_tray.ui import screen_fit
from oncall_tray.ui.handoff_common import FittedBox

CARRIED = {"portuguese": "Pendências próprias do plantonista anterior passadas a este turno: 1",
           "english": "The outgoing engineer's own pending items carried on to this shift: 1"}


@pytest.mark.parametrize("language", ["portuguese", "english"])
def test_every_title_and_the_carried_count_are_whole_at_the_default_size(desk, qtbot, monkeypatch, request,
                                                                         language):
    request.getfixturevalue(language)
    monkeypatch.setattr(screen_fit, "available_geometry", lambda _window: QRect(0, 0, 1280, 800))
    journal = desk.controller.journal
    maria = shifts.start_shift(journal, "Maria")
    shifts.end_shift(journal, maria.id, incoming="Ana", markdown="## Passando Turno\n",
                     pending=[{"text": "Confirmar com DBA o max_connections", "from": "Maria"}])
    start = desk.polled_window("start")
    qtbot.waitUntil(lambda: start.previous.toPlainText() != "", timeout=10000)
    for box in start.findChildren(FittedBox):
        assert box.title() == box.full_title(), box.full_title()  # none cut with "…"
    shown = [label.text() for label in start.previous_box.findChildren(QLabel) if label.isVisible()]
    assert CARRIED[language] in shown, shown
    line = next(label for label in start.previous_box.findChildren(QLabel) if label.text() == CARRIED[language])
    assert line.wordWrap() and line.width() <= start.previous_box.width()
