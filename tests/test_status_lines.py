"""The windows' status lines follow one rule (code review 66 U4, U5, U6): a message is replaced
only by a newer message about the same thing; a success is never shown as a failure; a failure
stays until what failed succeeds or is superseded. Before: a journal read that failed once left
"Not saved: …" on the End window for good and a later success ("Markdown copied…") showed in red
(U4); with no journal, "expired, but not recorded" was replaced at once by "Silence expired." (U5);
a tick of the after-incident checklist wiped "Could not expire the silence: …" (U6). Real journal
(held by another connection with ``BEGIN EXCLUSIVE``, the busy timeout shortened) and a real
Alertmanager (stopped for the expiry), pytest-qt offscreen."""

from __future__ import annotations

import pytest
from test_escalate_locked_cli import held
from test_escalation_unread import DAMAGED as DAMAGED_BY_LANGUAGE
from test_escalation_unread import damaged
from test_handoff_windows import desk, run_shift  # noqa: F401 (fixture)
from test_window_errors import LOCKED, shown_incident, short_wait  # noqa: F401 (fixture)

from oncall_tray.core import aftercare

RED = "#b00020"
DAMAGED = DAMAGED_BY_LANGUAGE["english"]  # SQLite's words
UNRECORDED = {"english": "not recorded in the shift journal", "portuguese": "não foi registrado no diário do turno"}
COPIED = {"english": "Markdown copied to the clipboard.", "portuguese": "Markdown copiado para a área de transferência."}


def red(label, text: str) -> bool:
    """Whether ``text``, on ``label``, is shown in red (the label's colour, or its own span's)."""
    shown = label.text()
    assert text in shown, shown
    if "<" not in shown:  # plain text: the label's colour
        return RED in label.styleSheet()
    span = shown[:shown.index(text)].rsplit("<span", 1)[-1]
    return RED in span


def high_cpu_row(window):
    return next(window.silences.topLevelItem(r) for r in range(window.silences.topLevelItemCount())
                if window.silences.topLevelItem(r).text(0) == "HighCPUUsage")


@pytest.mark.parametrize("language", ["english", "portuguese"])
def test_a_read_that_failed_once_is_not_said_for_good(short_wait, desk, qtbot, request, language):  # noqa: F811
    request.getfixturevalue(language)
    run_shift(desk)
    window = desk.polled_window("end")
    qtbot.addWidget(window)
    with damaged():  # a read refused (another program's doing), once
        window.refresh_later()
        qtbot.waitUntil(lambda: DAMAGED in window.saved.text(), timeout=10000)
    window.refresh_later()  # mended: the next read succeeds, and nothing was left unsaved
    qtbot.waitUntil(lambda: DAMAGED not in window.saved.text(), timeout=10000)


@pytest.mark.parametrize("language", ["english", "portuguese"])
def test_a_success_after_a_failure_is_not_red_and_the_failure_stays(short_wait, desk, qtbot, request,  # noqa: F811
                                                                    language):
    request.getfixturevalue(language)
    run_shift(desk)
    window = desk.polled_window("end")
    qtbot.addWidget(window)
    with held():
        window.silences.itemWidget(high_cpu_row(window), 3).click()
        qtbot.waitUntil(lambda: UNRECORDED[language] in window.saved.text(), timeout=15000)
    assert red(window.saved, UNRECORDED[language])
    window.copy()  # another thing, which succeeded: said, not in red; the expiry's failure stays
    assert not red(window.saved, COPIED[language])
    assert red(window.saved, UNRECORDED[language])
    desk.poll()
    desk.settle()
    assert red(window.saved, UNRECORDED[language])


@pytest.mark.parametrize("language", ["english", "portuguese"])
def test_with_no_journal_an_expiry_not_recorded_is_said(desk, qtbot, request, language):  # noqa: F811
    request.getfixturevalue(language)
    run_shift(desk)
    window = desk.polled_window("end")
    qtbot.addWidget(window)
    journal, desk.controller.journal = desk.controller.journal, None  # none (not opened): nothing is recorded
    try:
        window.silences.itemWidget(high_cpu_row(window), 3).click()
        qtbot.waitUntil(lambda: not window.silences_table._expiring, timeout=15000)
        assert red(window.saved, UNRECORDED[language])
    finally:
        if desk.controller.journal is not None:  # opened again meanwhile (a poll)
            desk.controller.journal.close()
        desk.controller.journal = journal


@pytest.mark.parametrize("language", ["english", "portuguese"])
def test_a_tick_does_not_wipe_an_expiry_refused(desk, qtbot, request, language):  # noqa: F811
    request.getfixturevalue(language)
    run_shift(desk)
    _incident, panel = shown_incident(desk, qtbot)
    refused = {"english": " was not expired: ", "portuguese": " não foi expirado: "}
    desk.am.stop()  # Alertmanager gone: connection refused
    panel.expire_button.click()
    qtbot.waitUntil(lambda: refused[language] in panel.status.text(), timeout=10000)
    panel.step_boxes[aftercare.METRICS].click()  # the journal takes it
    desk.settle()
    assert panel.step_boxes[aftercare.METRICS].isChecked()
    assert refused[language] in panel.status.text() and RED in panel.status.styleSheet()
