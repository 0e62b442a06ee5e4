"""The notes panel's status line keeps every failure until what failed succeeds, as the shift
windows' (code review 67 AA7, the rule of code review 66 U4): it held one message, so a note
refused ("Not saved yet: …") was replaced by "Could not expire the silence: …", which the expiry
tried again and succeeding then cleared: nothing said any more that the note was still unsaved;
and a tick of the after-incident steps refused was replaced by the news of a note. Real journal
(its writes of notes, drafts and ticks failing as on a full disk: patched, as
``test_notes_unwritable``; the expiry's record, a transaction, still written) and a real
Alertmanager (stopped for the failed expiry, started again on its storage), pytest-qt offscreen."""

from __future__ import annotations

import pytest
from test_handoff_windows import desk, run_shift  # noqa: F401 (fixture)
from test_notes_unwritable import full_disk
from test_status_lines import red
from test_window_errors import shown_incident

from oncall_tray.core import aftercare
from oncall_tray.core.journal_schema import EventKind

NOTE = "Reiniciei o pod do backend de novo"
NOT_SAVED_YET = {"english": "Not saved yet: ", "portuguese": "Ainda não salvo: "}
NOT_SAVED = {"english": "Not saved: ", "portuguese": "Não salvo: "}
NOT_EXPIRED = {"english": " was not expired: ", "portuguese": " não foi expirado: "}
ADDED = {"english": "The journal can be written again: your note was added.",
         "portuguese": "O diário do turno pode ser gravado de novo: sua nota foi adicionada."}


@pytest.fixture
def disk_full(desk):  # noqa: F811
    """Every write of a note, a draft or a tick fails as on a full disk; ``disk_full.undo()`` ends it."""
    with full_disk(desk.controller.journal) as patch:
        yield patch


def refuse_a_note(desk, qtbot, panel, language: str) -> None:  # noqa: F811
    panel.input.setText(NOTE)
    panel.add_note()
    desk.settle()
    qtbot.waitUntil(lambda: NOT_SAVED_YET[language] in panel.status.text(), timeout=10000)
    assert panel.input.text() == NOTE and red(panel.status, NOT_SAVED_YET[language])


@pytest.mark.parametrize("language", ["english", "portuguese"])
def test_a_note_refused_is_still_said_after_an_expiry_failed_and_then_succeeded(desk, qtbot, request,  # noqa: F811
                                                                                 language):
    request.getfixturevalue(language)
    run_shift(desk)
    _incident, panel = shown_incident(desk, qtbot)
    request.getfixturevalue("disk_full")
    refuse_a_note(desk, qtbot, panel, language)
    desk.am.stop(remove_storage=False)  # Alertmanager gone: connection refused
    panel.expire_button.click()
    qtbot.waitUntil(lambda: NOT_EXPIRED[language] in panel.status.text(), timeout=10000)
    assert red(panel.status, NOT_EXPIRED[language])
    assert red(panel.status, NOT_SAVED_YET[language])  # about another thing: it stays
    desk.am.start()  # back, its silences with it: the expiry tried again succeeds
    panel.expire_button.click()
    qtbot.waitUntil(lambda: NOT_EXPIRED[language] not in panel.status.text(), timeout=15000)
    desk.settle()
    assert desk.outside().events(kinds=(EventKind.SILENCE_EXPIRED,))  # expired and recorded
    assert red(panel.status, NOT_SAVED_YET[language]), panel.status.text()  # the note is not saved yet
    assert panel.input.text() == NOTE


@pytest.mark.parametrize("language", ["english", "portuguese"])
def test_a_tick_refused_stays_said_beside_the_news_of_a_note(desk, qtbot, request, language):  # noqa: F811
    request.getfixturevalue(language)
    run_shift(desk)
    _incident, panel = shown_incident(desk, qtbot)
    disk_full = request.getfixturevalue("disk_full")
    box = panel.step_boxes[aftercare.METRICS]
    box.click()
    desk.settle()
    assert not box.isChecked() and red(panel.status, NOT_SAVED[language])
    ticked = panel.status.text()
    refuse_a_note(desk, qtbot, panel, language)
    assert ticked in panel.status.text() and red(panel.status, ticked), panel.status.text()
    disk_full.undo()  # room again: the note waiting is added at the next poll; the tick was not tried again
    desk.poll()
    qtbot.waitUntil(lambda: ADDED[language] in panel.status.text(), timeout=10000)
    desk.settle()
    assert not red(panel.status, ADDED[language])  # news, not a failure
    assert NOT_SAVED_YET[language] not in panel.status.text()
    assert red(panel.status, ticked), panel.status.text()  # the tick's failure stands till a tick is written
    box.click()
    desk.settle()
    assert box.isChecked() and ticked not in panel.status.text()
