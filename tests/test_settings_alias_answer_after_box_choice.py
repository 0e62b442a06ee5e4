"""The Settings dialog's alias check (``ui/settings_aliases``) answering while a box of the dialog
is open: the answer waits, and the box's result is acted on first (code review 71 AG5, AG6). One
rule, whatever the moment the Alertmanagers answer: any field changed, and any unsaved question
answered Discard or Cancel, after Save was pressed, drops the waiting Save, said under Save. A CA
file chosen while the check answered was lost (the held Save wrote the settings without it and
closed the dialog); a Save chosen in Quit's question nested under Escape's was made after the
engineer answered Discard there, or not, depending on when the check answered. The check's thread
is held by an event the test releases (no sleeps)."""

from __future__ import annotations

import threading

import pytest
import shiboken6
from PySide6.QtWidgets import QFileDialog, QMessageBox

import oncall_tray.ui.settings_aliases as settings_aliases
import oncall_tray.ui.settings_dialog as settings_dialog
import oncall_tray.ui.settings_unsaved as settings_unsaved
from test_settings_alias_answer_under_boxes import dialog  # noqa: F401 - the fixture
from test_settings_alias_check_overtaken import TWO, Held, _asking

BUTTONS = QMessageBox.StandardButton


def _ca(dialog) -> str:
    """A CA file beside the dialog's settings file (a file that is not there is a field problem)."""
    path = dialog.path.parent / "team-ca.pem"
    path.write_text("-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----\n", encoding="utf-8")
    return str(path)


def _choose_button(dialog):
    return next(b for b in dialog.findChildren(type(dialog.save_button)) if b.text() == "Choose…")


def test_a_ca_file_chosen_while_the_check_answers_drops_the_waiting_save(qtbot, dialog, monkeypatch):
    held, ca = Held(), _ca(dialog)
    _asking(qtbot, dialog, held, monkeypatch)  # Save pressed: "Asking the Alertmanagers…"

    def choose(*_args, **_kwargs):
        with qtbot.waitSignal(dialog.aliases._answered, timeout=15000):
            held.release()  # the check answers while the engineer picks the file
        return ca, ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", choose)
    _choose_button(dialog).click()
    qtbot.wait(0)
    assert shiboken6.isValid(dialog) and dialog.isVisible()
    assert dialog.written == [] and dialog.path.read_text(encoding="utf-8") == dialog.before
    assert dialog.fields["ca_bundle"].raw() == ca
    assert dialog.save_error.text().startswith("Not saved: you changed the settings"), dialog.save_error.text()
    assert dialog.save_button.isEnabled() and not dialog.aliases.waiting()
    with qtbot.waitSignal(dialog.saved, timeout=15000):  # Save again: asked again, then written with the file
        dialog.save()
    assert len(dialog.written) == 1 and ca in dialog.written[0] and "127.0.0.1:10" in dialog.written[0]


def test_a_ca_file_chosen_before_the_check_answers_drops_the_waiting_save(qtbot, dialog, monkeypatch):
    held, ca = Held(), _ca(dialog)
    _asking(qtbot, dialog, held, monkeypatch)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args, **_kwargs: (ca, ""))
    _choose_button(dialog).click()  # chosen while still asked: the same rule, the Save is dropped
    with qtbot.waitSignal(dialog.aliases._answered, timeout=15000):
        held.release()
    qtbot.wait(0)
    assert dialog.isVisible() and dialog.written == []
    assert dialog.save_error.text().startswith("Not saved: you changed the settings"), dialog.save_error.text()


def _answered_after(qtbot, held: Held) -> None:
    """Let the check answer now, and wait until that answer was acted on (the dialog may be gone:
    its thread then ends without a word), and the events it posted have run."""
    held.release()
    qtbot.waitUntil(lambda: not any(t.name == "oncall-tray settings aliases" for t in threading.enumerate()),
                    timeout=15000)
    qtbot.wait(0)


def _nested_quit_save(qtbot, dialog, monkeypatch, answer, timing: str) -> list:
    """URLs changed to two, then Escape's unsaved question (answered ``answer``) over which the
    tray's Quit comes, answered Save in its own question: the check starts; it answers under "Not
    quitting yet" (``timing`` "under") or only after Escape's question is answered ("after"),
    "later" for the test to release it (``dialog.held``). What Quit returned, in a list."""
    held = dialog.held = Held()
    monkeypatch.setattr(settings_aliases, "aliases_of", held)
    dialog.fields["alertmanager_urls"].widget.setPlainText(TWO)
    asked = []

    def not_quitting_yet(*_args):
        if timing == "under":
            with qtbot.waitSignal(dialog.aliases._answered, timeout=15000):
                held.release()

    def escape_question(parent, why):
        monkeypatch.setattr(settings_unsaved, "ask_unsaved", lambda parent, why: BUTTONS.Save)
        monkeypatch.setattr(QMessageBox, "information", not_quitting_yet)
        asked.append(settings_unsaved.settled_for_quit(dialog))
        return answer

    monkeypatch.setattr(settings_dialog, "ask_unsaved", escape_question)
    if timing != "later":
        dialog.reject()  # Escape
    if timing == "after":
        _answered_after(qtbot, held)
    return asked


@pytest.mark.parametrize("timing", ["under", "after"])
def test_discard_in_escapes_question_drops_the_save_of_quits_question_under_it(qtbot, dialog, monkeypatch, timing):
    asked = _nested_quit_save(qtbot, dialog, monkeypatch, BUTTONS.Discard, timing)
    assert asked == [False]  # Quit did not go on: "Not quitting yet"
    assert dialog.written == [] and dialog.path.read_text(encoding="utf-8") == dialog.before


@pytest.mark.parametrize("timing", ["under", "after"])
def test_cancel_in_escapes_question_drops_the_save_of_quits_question_under_it(qtbot, dialog, monkeypatch, timing):
    asked = _nested_quit_save(qtbot, dialog, monkeypatch, BUTTONS.Cancel, timing)  # Cancel: go on editing
    assert asked == [False]
    assert dialog.isVisible() and dialog.written == [] and dialog.path.read_text(encoding="utf-8") == dialog.before
    assert dialog.save_error.text().startswith("Not saved:"), dialog.save_error.text()
    assert dialog.save_button.isEnabled() and not dialog.aliases.waiting()


def test_save_in_escapes_question_after_quits_save_under_it_writes_once(qtbot, dialog, monkeypatch):
    asked = _nested_quit_save(qtbot, dialog, monkeypatch, BUTTONS.Save, "later")
    with qtbot.waitSignal(dialog.saved, timeout=15000):  # Escape's Save asks again; that answer writes
        dialog.reject()
        dialog.held.release()
    qtbot.wait(0)
    assert asked == [False] and len(dialog.written) == 1 and "127.0.0.1:10" in dialog.written[0]
