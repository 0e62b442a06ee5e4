"""The Settings dialog's alias check (``ui/settings_aliases``) answering while a box of the dialog
is open, or after the engineer's Cancel/Discard/Quit question decided otherwise (code review 70
AE1, AE2, AE7). The dialog is deleted on close, as the tray's ``ConnectionActions._show`` makes
it: an answer that saved (and so closed) it under the "Not quitting yet" box or the unsaved
question deleted the box in its own nested loop ("double free or corruption", the tray aborted).
Now the answer waits until the box is closed; Quit forgets a waiting Save before it asks, as
Escape does; a Save on a closed dialog writes nothing; Cancel's "go on editing" says the Save
pressed was not made. The check's thread is held by an event the test releases (no sleeps)."""

from __future__ import annotations

import socket

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

import oncall_tray.ui.settings_aliases as settings_aliases
import oncall_tray.ui.settings_unsaved as settings_unsaved
from conftest import running_tray
from oncall_tray.config import Config, load_config
from oncall_tray.secrets import SecretStore
from oncall_tray.ui.settings_dialog import SettingsDialog
from test_settings_alias_check_overtaken import TWO, Held, _answer_then, _asking

BUTTONS = QMessageBox.StandardButton


@pytest.fixture
def dialog(qtbot, tmp_path):
    """A shown Settings dialog deleted on close (``ConnectionActions._show``), its file's texts
    at each ``saved`` in ``written``."""
    path = tmp_path / "config.yaml"
    path.write_text("alertmanager_url: http://127.0.0.1:9\nlanguage: en\n", encoding="utf-8")
    shown = SettingsDialog(load_config(path), SecretStore(None, "no keyring in this test"))
    shown.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    shown.show()
    written = []
    shown.saved.connect(lambda loaded: written.append(path.read_text(encoding="utf-8")))
    shown.written, shown.before, shown.path = written, path.read_text(encoding="utf-8"), path
    yield shown
    if shiboken6.isValid(shown):
        shown.aliases._answered.disconnect()
        shown.close()


def under_the_box(qtbot, dialog, held: Held, title: str, close) -> list:
    """Once the modal box titled ``title`` is open over ``dialog``: release the check, wait for
    its answer there (in the box's loop), note what the dialog then is, and ``close`` the box."""
    seen = []

    def answer_under_it() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox) and box.windowTitle() == title, box
        with qtbot.waitSignal(dialog.aliases._answered, timeout=15000):
            held.release()
        qtbot.wait(0)  # what an answer posts (a deferred delete) runs here, under the box
        seen.append((shiboken6.isValid(dialog) and dialog.isVisible(), list(dialog.written)))
        close(box)

    QTimer.singleShot(0, answer_under_it)
    return seen


def test_quit_save_the_check_answering_under_not_quitting_yet_saves_after_it(qtbot, dialog, monkeypatch):
    held = Held()
    monkeypatch.setattr(settings_aliases, "aliases_of", held)
    dialog.fields["alertmanager_urls"].widget.setPlainText(TWO)
    monkeypatch.setattr(settings_unsaved, "ask_unsaved", lambda parent, why: BUTTONS.Save)
    seen = under_the_box(qtbot, dialog, held, "Not quitting yet", lambda box: box.accept())
    assert settings_unsaved.settled_for_quit(dialog) is True  # answered and written: the quit goes on
    assert seen == [(True, [])]  # nothing done to the dialog while the box was open
    assert len(dialog.written) == 1 and "127.0.0.1:10" in dialog.written[0]


def test_quit_discard_the_check_answering_under_the_real_question_writes_nothing(qtbot, dialog, monkeypatch):
    held = Held()
    _asking(qtbot, dialog, held, monkeypatch)  # Save pressed, then Quit
    seen = under_the_box(qtbot, dialog, held, "Unsaved settings", lambda box: box.button(BUTTONS.Discard).click())
    assert settings_unsaved.settled_for_quit(dialog) is True
    assert seen == [(True, [])]
    assert dialog.written == [] and dialog.path.read_text(encoding="utf-8") == dialog.before


@pytest.mark.parametrize("answer", ["Discard", "Save"])
def test_quit_forgets_the_waiting_save_before_it_asks(qtbot, dialog, monkeypatch, answer):
    held = Held()
    _asking(qtbot, dialog, held, monkeypatch)  # Save pressed, then Quit; the check answers under the question
    monkeypatch.setattr(settings_unsaved, "ask_unsaved", _answer_then(qtbot, dialog, held, getattr(BUTTONS, answer)))
    monkeypatch.setattr(QMessageBox, "information", lambda *_args: None)
    if answer == "Discard":
        assert settings_unsaved.settled_for_quit(dialog) is True
        assert dialog.written == [] and dialog.path.read_text(encoding="utf-8") == dialog.before
        return
    with qtbot.waitSignal(dialog.saved, timeout=15000):  # the question's Save asks again; that answer writes
        assert settings_unsaved.settled_for_quit(dialog) is False
    assert len(dialog.written) == 1 and held.calls == 2


def test_a_save_on_a_closed_dialog_writes_nothing(qtbot, dialog):
    dialog.fields["contacts"].widget.setPlainText("SRE: Ana - 1234\n")
    dialog.close()  # by the program (the tray's shutdown): nothing asked
    dialog.save()
    assert dialog.written == [] and dialog.path.read_text(encoding="utf-8") == dialog.before


def test_an_answer_while_the_ca_file_chooser_is_open_waits_for_it(qtbot, dialog, monkeypatch):
    held = Held()
    _asking(qtbot, dialog, held, monkeypatch)
    seen = []

    def choose(*_args, **_kwargs):
        with qtbot.waitSignal(dialog.aliases._answered, timeout=15000):
            held.release()
        qtbot.wait(0)
        seen.append((dialog.isVisible(), list(dialog.written)))
        return "", ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", choose)
    with qtbot.waitSignal(dialog.saved, timeout=15000):
        next(b for b in dialog.findChildren(type(dialog.save_button)) if b.text() == "Choose…").click()
    assert seen == [(True, [])]  # answered while choosing: the Save waited, then wrote
    assert len(dialog.written) == 1


def test_go_on_editing_after_escape_says_the_save_was_not_made(qtbot, dialog, monkeypatch):
    import oncall_tray.ui.settings_dialog as settings_dialog

    held = Held()
    _asking(qtbot, dialog, held, monkeypatch)
    monkeypatch.setattr(settings_dialog, "ask_unsaved", lambda parent, why: BUTTONS.Cancel)
    dialog.reject()  # Escape, then "Cancel" (go on editing)
    assert dialog.isVisible() and dialog.save_button.isEnabled()
    assert dialog.save_error.text().startswith("Not saved:"), dialog.save_error.text()
    held.release()


def test_a_fault_in_the_check_is_said_in_plain_words(qtbot, dialog, monkeypatch, caplog):
    held = Held(error=KeyError("members"))
    _asking(qtbot, dialog, held, monkeypatch)
    held.release()
    qtbot.waitUntil(dialog.save_button.isEnabled, timeout=15000)
    said = dialog.save_error.text()
    assert "members" not in said and "an unexpected error in oncall-tray (KeyError)" in said, said
    assert "KeyError: 'members'" in caplog.text  # the whole of it in the log


def test_a_fault_in_the_check_in_portuguese(qtbot, portuguese, dialog, monkeypatch):  # the dialog made in pt_BR
    held = Held(error=KeyError("members"))
    monkeypatch.setattr(settings_aliases, "aliases_of", held)
    dialog.fields["alertmanager_urls"].widget.setPlainText(TWO)
    dialog.save()
    held.release()
    qtbot.waitUntil(dialog.save_button.isEnabled, timeout=15000)
    said = dialog.save_error.text()
    assert "members" not in said and "unexpected" not in said and "KeyError" in said, said


def _refused_url() -> str:
    """A loopback URL nothing listens on (its port chosen free now)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{sock.getsockname()[1]}"


def test_tray_quit_save_with_new_urls_answered_under_not_quitting_yet(qtbot, alertmanager, tmp_path, monkeypatch,
                                                                      english):
    """The real tray, its real Settings dialog (deleted on close) and alias check against a real
    Alertmanager: tray menu Quit, "Save" to the unsaved question; the answer comes while "Not
    quitting yet" is open (code review 70 AE1: the tray aborted there)."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    (tmp_path / "conf").mkdir()
    path = tmp_path / "conf" / "c.yaml"
    path.write_text(f"alertmanager_url: {alertmanager.url}\n", encoding="utf-8")
    config = Config(alertmanager_url=alertmanager.url, notifications=False, engineer="maria", poll_interval=60)
    with running_tray(qtbot, config, tmp_path / "conf") as controller:
        controller.connection.open_settings()
        dialog = controller.connection.dialogs["settings"]
        assert dialog.testAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        second = _refused_url()
        dialog.fields["alertmanager_urls"].widget.setPlainText(f"{alertmanager.url}\n{second}")
        written, quits, asked = [], [], []
        dialog.saved.connect(lambda loaded: written.append(path.read_text(encoding="utf-8")))

        def question(_parent, title, _text, *_rest):
            asked.append(title)
            return BUTTONS.Yes if title == "Quit oncall-tray?" else BUTTONS.Save

        monkeypatch.setattr(QMessageBox, "question", question)
        monkeypatch.setattr(QCoreApplication, "quit", lambda: quits.append(True))
        seen, answered = [], []
        dialog.aliases._answered.connect(lambda *args: answered.append(args))

        def answer_under_it() -> None:
            box = QApplication.activeModalWidget()
            assert isinstance(box, QMessageBox) and box.windowTitle() == "Not quitting yet", box
            qtbot.waitUntil(lambda: bool(answered), timeout=15000)
            qtbot.wait(0)
            seen.append((dialog.isVisible(), list(written)))
            box.accept()

        QTimer.singleShot(0, answer_under_it)
        controller.tray._confirm_quit()
        assert asked == ["Quit oncall-tray?", "Unsaved settings"] and seen == [(True, [])]
        assert quits == [True] and len(written) == 1 and second in written[0]
        assert "settings" not in controller.connection.dialogs
