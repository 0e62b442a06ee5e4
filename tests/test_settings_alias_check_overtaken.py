"""Code review 69 AD1, AD6, AD7: the Settings dialog's alias check at Save (``ui/settings_aliases``)
runs in a thread while the dialog stays live. Its answer completes only the Save the engineer
asked for if nothing happened since (Cancel's question, Discard, another Save, an edit: the answer
is dropped); an exception in the check's thread ends the wait with a reason and Save enabled
again; Quit -> Save with changed URLs says why the tray does not quit yet. The check's thread is
held by an event the test releases (no sleeps); what it would answer is set per test."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QMessageBox

import oncall_tray.ui.settings_aliases as settings_aliases
import oncall_tray.ui.settings_dialog as settings_dialog
import oncall_tray.ui.settings_unsaved as settings_unsaved
from oncall_tray.config import load_config
from oncall_tray.secrets import SecretStore
from oncall_tray.ui.settings_dialog import SettingsDialog

TWO = "http://127.0.0.1:9\nhttp://127.0.0.1:10"


class Held:
    """``aliases_of`` held until ``release``; then answers ``found`` (or raises ``error``)."""

    def __init__(self, found=None, error: Exception | None = None) -> None:
        self.gate = threading.Event()
        self.found = found or {}
        self.error = error
        self.calls = 0

    def __call__(self, config, store=None):
        self.calls += 1
        if self.calls == 1:  # the first check waits; any later one answers at once
            self.gate.wait(30)
        if self.error is not None:
            raise self.error
        return self.found

    def release(self) -> None:
        self.gate.set()


@pytest.fixture
def dialog(qtbot, tmp_path):
    path = tmp_path / "config.yaml"
    path.write_text("alertmanager_url: http://127.0.0.1:9\nlanguage: en\n", encoding="utf-8")
    shown = SettingsDialog(load_config(path), SecretStore(None, "no keyring in this test"))
    qtbot.addWidget(shown)
    shown.show()
    shown.written = []
    shown.saved.connect(lambda loaded: shown.written.append(path.read_text(encoding="utf-8")))
    shown.before = path.read_text(encoding="utf-8")
    shown.path = path
    yield shown
    shown.aliases._answered.disconnect()


def _asking(qtbot, dialog, held: Held, monkeypatch) -> None:
    monkeypatch.setattr(settings_aliases, "aliases_of", held)
    dialog.fields["alertmanager_urls"].widget.setPlainText(TWO)
    dialog.save()
    assert "Asking" in dialog.save_error.text() and not dialog.save_button.isEnabled()


def _answer_then(qtbot, dialog, held: Held, answer):
    """An ``ask_unsaved`` that lets the check answer while the question is open, then ``answer``."""
    def ask(parent, why):
        with qtbot.waitSignal(dialog.aliases._answered, timeout=15000):
            held.release()
        return answer
    return ask


def test_discard_in_cancels_question_while_the_check_answers_writes_nothing(qtbot, dialog, monkeypatch):
    held = Held()
    _asking(qtbot, dialog, held, monkeypatch)
    monkeypatch.setattr(settings_dialog, "ask_unsaved", _answer_then(qtbot, dialog, held, QMessageBox.StandardButton.Discard))
    dialog.reject()
    assert dialog.written == [] and dialog.path.read_text(encoding="utf-8") == dialog.before
    assert not dialog.isVisible()


def test_save_in_cancels_question_while_the_check_answers_writes_once(qtbot, dialog, monkeypatch):
    held = Held()
    _asking(qtbot, dialog, held, monkeypatch)
    monkeypatch.setattr(settings_dialog, "ask_unsaved", _answer_then(qtbot, dialog, held, QMessageBox.StandardButton.Save))
    with qtbot.waitSignal(dialog.saved, timeout=15000):
        dialog.reject()  # the question's Save asks again; its answer writes
    qtbot.wait(0)
    assert len(dialog.written) == 1 and "127.0.0.1:10" in dialog.written[0]
    assert held.calls == 2


def test_cancel_in_the_question_drops_the_answer_and_enables_save(qtbot, dialog, monkeypatch):
    held = Held()
    _asking(qtbot, dialog, held, monkeypatch)
    monkeypatch.setattr(settings_dialog, "ask_unsaved", _answer_then(qtbot, dialog, held, QMessageBox.StandardButton.Cancel))
    dialog.reject()  # back to editing: nothing written, Save pressable again, and said (code review 70 AE7)
    assert dialog.written == [] and dialog.isVisible()
    assert dialog.save_button.isEnabled() and "Asking" not in dialog.save_error.text()
    assert dialog.save_error.text().startswith("Not saved:"), dialog.save_error.text()


def test_an_edit_while_the_check_runs_drops_its_answer(qtbot, dialog, monkeypatch):
    held = Held()
    _asking(qtbot, dialog, held, monkeypatch)
    dialog.fields["alertmanager_urls"].widget.setPlainText(TWO + "\nhttp://127.0.0.1:11")
    assert dialog.save_button.isEnabled() and "Asking" not in dialog.save_error.text()
    with qtbot.waitSignal(dialog.aliases._answered, timeout=15000):
        held.release()
    assert dialog.written == [] and dialog.path.read_text(encoding="utf-8") == dialog.before
    assert dialog.isVisible()


def test_an_exception_in_the_checks_thread_ends_the_wait_with_the_reason(qtbot, dialog, monkeypatch):
    held = Held(error=RuntimeError("the keyring backend broke"))
    _asking(qtbot, dialog, held, monkeypatch)
    held.release()
    qtbot.waitUntil(dialog.save_button.isEnabled, timeout=15000)
    said = dialog.save_error.text()  # in plain words; the exception's own text in the log (code review 70 AE6)
    assert "unexpected error in oncall-tray (RuntimeError)" in said and "Asking" not in said and dialog.written == []
    with qtbot.waitSignal(dialog.saved, timeout=15000):
        dialog.save()  # a second Save keeps the URLs as typed
    assert "127.0.0.1:10" in dialog.written[0]


def test_quit_save_while_the_check_runs_says_why_the_tray_stays(qtbot, dialog, monkeypatch):
    held = Held()
    monkeypatch.setattr(settings_aliases, "aliases_of", held)
    dialog.fields["alertmanager_urls"].widget.setPlainText(TWO)
    monkeypatch.setattr(settings_unsaved, "ask_unsaved", lambda parent, why: QMessageBox.StandardButton.Save)
    said = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text, *a: said.append((title, text)))
    assert settings_unsaved.settled_for_quit(dialog) is False
    assert said and "Quit again" in said[0][1], said
    with qtbot.waitSignal(dialog.saved, timeout=15000):
        held.release()  # the check's answer saves, as the Save asked
    assert len(dialog.written) == 1


def test_quit_discard_while_the_check_runs_writes_nothing(qtbot, dialog, monkeypatch):
    held = Held()
    _asking(qtbot, dialog, held, monkeypatch)  # Save pressed, then Quit -> Discard
    monkeypatch.setattr(settings_unsaved, "ask_unsaved", lambda parent, why: QMessageBox.StandardButton.Discard)
    assert settings_unsaved.settled_for_quit(dialog) is True
    with qtbot.waitSignal(dialog.aliases._answered, timeout=15000):
        held.release()
    assert dialog.written == [] and dialog.path.read_text(encoding="utf-8") == dialog.before
