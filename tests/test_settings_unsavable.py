"""A settings dialog that cannot save (review 24): the question on Escape offers no Save that
cannot save and says why; a settings file that could not be read is said at once, in the words
of ``oncall-tray config check``, and never overwritten."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from oncall_tray.config import load_config
from oncall_tray.config_write import save_settings
from oncall_tray.i18n import english as in_english
from oncall_tray.secrets import SecretStore
from oncall_tray.ui.settings_dialog import SettingsDialog

BROKEN = "# my settings\npoll_interval: [15\n# the team's Alertmanager\nengineer: ana\nlanguage: en\n"
#: what `oncall-tray config check` says of BROKEN
BROKEN_REASON = ("line 2: not valid YAML: the [ at column 16 is never closed (a list is written [a, b]; a mapping "
                 "{a: 1, b: 2}; put a value that starts with one in quotes)")


@pytest.fixture
def store():
    return SecretStore(None, "no keyring in this test")


def shown_dialog(qtbot, store, path, text):
    """The settings dialog on ``path`` holding ``text``, shown."""
    path.write_text(text)
    dialog = SettingsDialog(load_config(path), store)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def answer_question(qtbot, dialog, key, seen):
    """Press ``key`` (Escape, Enter...) in the question that Escape in ``dialog`` brings up,
    after noting its buttons, default button and text in ``seen``."""
    def look():
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.update(buttons={box.standardButton(b) for b in box.buttons()},
                    default=box.standardButton(box.defaultButton()), text=box.text(), info=box.informativeText())
        qtbot.keyClick(box, key)

    QTimer.singleShot(0, look)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert seen, "no question was asked"


def test_escape_while_a_field_is_wrong_offers_no_save_and_says_why(qtbot, tmp_path, store, english):
    """Review 24: -5 in "Poll every (seconds)", Escape: the question offered Save as its default;
    Enter closed it and nothing happened, no message."""
    path = tmp_path / "c.yaml"
    dialog = shown_dialog(qtbot, store, path, "poll_interval: 15\n")
    dialog.fields["poll_interval"].widget.setText("-5")
    assert not dialog.save_button.isEnabled()
    seen = {}
    answer_question(qtbot, dialog, Qt.Key.Key_Return, seen)
    buttons = QMessageBox.StandardButton
    assert seen["buttons"] == {buttons.Discard, buttons.Cancel} and seen["default"] == buttons.Cancel
    assert "cannot be saved" in seen["text"]
    assert "Poll every (seconds): must be between 1 and 3600 seconds" in seen["info"]
    assert dialog.isVisible() and dialog.fields["poll_interval"].widget.text() == "-5"  # back to editing
    seen.clear()
    answer_question(qtbot, dialog, Qt.Key.Key_Escape, seen)  # Escape in the question: Cancel too
    assert dialog.isVisible()
    seen.clear()

    def discard():
        box = QApplication.activeModalWidget()
        box.button(buttons.Discard).click()
        seen["done"] = True

    QTimer.singleShot(0, discard)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert seen and not dialog.isVisible() and path.read_text() == "poll_interval: 15\n"


def test_escape_with_valid_changes_offers_save_and_enter_goes_back_to_editing(qtbot, tmp_path, store, english):
    """Save is offered; but Enter, the reflex after Cancel, goes back to editing: nothing saved,
    nothing lost (review 48 R5: Save was the default and saved a wrong URL the engineer meant to
    throw away)."""
    path = tmp_path / "c.yaml"
    dialog = shown_dialog(qtbot, store, path, "poll_interval: 15\n")
    dialog.fields["poll_interval"].widget.setText("20")
    seen = {}
    answer_question(qtbot, dialog, Qt.Key.Key_Return, seen)
    buttons = QMessageBox.StandardButton
    assert seen["buttons"] == {buttons.Save, buttons.Discard, buttons.Cancel} and seen["default"] == buttons.Cancel
    assert dialog.isVisible() and dialog.fields["poll_interval"].widget.text() == "20"
    assert path.read_text() == "poll_interval: 15\n"


def test_a_file_that_cannot_be_read_is_said_at_once_and_never_overwritten(qtbot, tmp_path, store, english):
    """Review 24: the dialog showed the defaults with no sign that the file was not valid YAML;
    only Save said so, with PyYAML's dump and its carets."""
    path = tmp_path / "config.yaml"
    dialog = shown_dialog(qtbot, store, path, BROKEN)
    assert [p.text() for p in dialog.loaded.problems] == [BROKEN_REASON]  # as config check says it
    assert dialog.file_problem.isVisible()
    said = dialog.file_problem.text()
    assert str(path) in said and BROKEN_REASON in said and "fix" in said.lower()
    dialog.fields["poll_interval"].widget.setText("20")
    assert dialog.save_button.isEnabled()  # the file may be fixed meanwhile: Save reads it again
    dialog.save()
    refused = dialog.save_error.text()
    assert refused.startswith("Not saved: ") and BROKEN_REASON in refused and str(path) in refused
    assert "<unicode string>" not in refused and "^" not in refused and "\n" not in refused
    assert dialog.isVisible() and path.read_text() == BROKEN
    seen = {}  # Escape: Save cannot save either
    answer_question(qtbot, dialog, Qt.Key.Key_Return, seen)
    assert seen["default"] == QMessageBox.StandardButton.Cancel
    assert QMessageBox.StandardButton.Save not in seen["buttons"] and BROKEN_REASON in seen["info"]
    assert dialog.isVisible() and path.read_text() == BROKEN


def test_a_readable_file_shows_no_file_problem(qtbot, tmp_path, store):
    dialog = shown_dialog(qtbot, store, tmp_path / "c.yaml", "poll_interval: 15\n")
    assert not dialog.file_problem.isVisible()


@pytest.mark.parametrize("content", [BROKEN.encode(), b"- a list\n", b"\xff\xfe"])
def test_saving_refuses_what_config_check_cannot_read_in_its_words(tmp_path, content):
    path = tmp_path / "c.yaml"
    path.write_bytes(content)
    (problem,) = load_config(path).problems
    with pytest.raises(ValueError) as raised:
        save_settings(path, {"poll_interval": 20})
    assert raised.value.text(in_english) == problem.cause_text(in_english)
    assert path.read_bytes() == content
