"""Quit with the Settings dialog holding unsaved edits (review 66 S9): the quit question did not
mention them and the typed contact was lost. The quit now asks the dialog, as its own Escape
does: Save (the quit goes on once saved; a Save that fails keeps the tray), Discard, Cancel."""

from __future__ import annotations

import subprocess

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from conftest import running_tray
from oncall_tray.config import Config
from oncall_tray.paths import Folders

TYPED = "Plantao SRE: Helena - 5555"


@pytest.fixture
def controller(qtbot, alertmanager, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    (tmp_path / "conf").mkdir()
    (tmp_path / "conf" / "c.yaml").write_text("contacts:\n  SRE: Ana - 1234\n", encoding="utf-8")
    config = Config(alertmanager_url=alertmanager.url, notifications=False, engineer="maria", poll_interval=60)
    with running_tray(qtbot, config, tmp_path / "conf") as ctl:
        yield ctl


def quit_with(qtbot, controller, monkeypatch, answer):
    """Type a contact in the open Settings, choose Quit in the tray menu, say Yes to the quit
    question and ``answer`` to the next: the questions asked, and whether the app quit."""
    controller.connection.open_settings()
    dialog = controller.connection.dialogs["settings"]
    dialog.fields["contacts"].widget.setPlainText(f"SRE: Ana - 1234\n{TYPED}\n")
    asked, quits = [], []
    buttons = QMessageBox.StandardButton

    def question(_parent, title, text, *_rest):
        asked.append((title, text))
        return buttons.Yes if title == "Quit oncall-tray?" else answer

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QCoreApplication, "quit", lambda: quits.append(True))
    controller.tray._confirm_quit()
    return dialog, [title for title, _text in asked], bool(quits)


@pytest.mark.parametrize(("answer", "quits", "kept"), [("Save", True, True), ("Discard", True, False),
                                                      ("Cancel", False, False)])
def test_quit_asks_about_the_unsaved_settings(qtbot, controller, monkeypatch, tmp_path, english, answer, quits,
                                               kept):
    dialog, asked, quit_ = quit_with(qtbot, controller, monkeypatch, getattr(QMessageBox.StandardButton, answer))
    assert asked == ["Quit oncall-tray?", "Unsaved settings"]
    assert quit_ is quits
    assert (TYPED in (tmp_path / "conf" / "c.yaml").read_text()) is kept
    if not quits:
        assert dialog.isVisible() and dialog.changed()  # back to the form, with what was typed


def test_a_save_that_fails_cancels_the_quit(qtbot, controller, monkeypatch, tmp_path, english):
    folder = tmp_path / "conf"
    controller.connection.open_settings()
    subprocess.run(["chattr", "+i", str(folder)], check=True)  # the file reads, the new one cannot be written
    try:
        dialog, asked, quit_ = quit_with(qtbot, controller, monkeypatch, QMessageBox.StandardButton.Save)
    finally:
        subprocess.run(["chattr", "-i", str(folder)], check=True)
    assert asked == ["Quit oncall-tray?", "Unsaved settings"]
    assert not quit_ and dialog.isVisible() and dialog.changed()
    assert dialog.save_error.text().startswith("Not saved:"), dialog.save_error.text()
    assert TYPED not in (folder / "c.yaml").read_text()


def test_quit_without_changes_in_settings_asks_once(qtbot, controller, monkeypatch):
    controller.connection.open_settings()
    asked, quits = [], []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda _p, title, *_rest: asked.append(title) or QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QCoreApplication, "quit", lambda: quits.append(True))
    controller.tray._confirm_quit()
    assert asked == ["Quit oncall-tray?"] and quits == [True]


@pytest.mark.parametrize("answer", ["Save", "Discard"])
def test_a_quit_answered_keeps_no_draft_of_the_settings(qtbot, controller, monkeypatch, english, answer):
    from oncall_tray.config_draft import draft_path

    dialog, _asked, quit_ = quit_with(qtbot, controller, monkeypatch, getattr(QMessageBox.StandardButton, answer))
    path = dialog.loaded.path
    assert quit_
    controller.connection.close_all()  # what the shutdown after the quit does
    assert not draft_path(Folders.for_user(), path).exists()  # Discard meant it: not offered back (code review 67 AA9)


def type_and_stop(controller) -> object:
    """Type a contact in the open Settings and close it as the tray's shutdown does (SIGTERM,
    SIGINT: ``signals``, then ``close_all``, which asks nothing): the settings file's path."""
    controller.connection.open_settings()
    dialog = controller.connection.dialogs["settings"]
    dialog.fields["contacts"].widget.setPlainText(f"SRE: Ana - 1234\n{TYPED}\n")
    controller.connection.close_all()
    return dialog.loaded.path


@pytest.mark.parametrize(("answer", "restored"), [("AcceptRole", True), ("DestructiveRole", False)])
def test_changes_closed_by_the_program_are_kept_and_offered_back(qtbot, controller, monkeypatch, english, caplog,
                                                                 answer, restored):
    from oncall_tray.config_draft import draft_path, read_draft
    from oncall_tray.ui import settings_draft

    path = type_and_stop(controller)
    assert TYPED not in path.read_text()  # the file only by the engineer's Save
    kept = read_draft(Folders.for_user(), path)
    assert kept is not None and TYPED in kept.typed["contacts"] and TYPED not in kept.opened["contacts"]
    assert f"closed with changes not saved (contacts) as oncall-tray stopped: kept in {draft_path(Folders.for_user(), path)}" in caplog.text
    asked = []

    def ask(_parent, draft, labels, since, _not_kept, _zone):
        asked.append((draft.typed, labels, since))
        return getattr(QMessageBox.ButtonRole, answer)

    monkeypatch.setattr(settings_draft, "ask_restore", ask)
    controller.connection.open_settings()
    dialog = controller.connection.dialogs["settings"]
    qtbot.waitUntil(lambda: bool(asked))
    assert asked[0][1] == ["Emergency contacts (role: how to reach them, one per line)"] and asked[0][2] == []
    assert (TYPED in dialog.fields["contacts"].widget.toPlainText()) is restored
    assert dialog.changed() is restored
    # discarded: dropped; restored: kept until the dialog's Save or Cancel (code review 68 AB8)
    assert (read_draft(Folders.for_user(), path) is not None) is restored and draft_path(Folders.for_user(), path).exists() is restored


def test_changes_that_cannot_be_kept_are_logged_passwords_hidden(qtbot, controller, monkeypatch, english, caplog):
    from oncall_tray.config_draft import draft_path

    folder = draft_path(Folders.for_user(), controller.loaded.path).parent
    folder.parent.mkdir(parents=True, exist_ok=True)
    folder.write_text("not a folder")  # the draft cannot be written
    controller.connection.open_settings()
    dialog = controller.connection.dialogs["settings"]
    dialog.fields["alertmanager_urls"].widget.setPlainText("https://ana:s3cret@am.example:9093")
    controller.connection.close_all()
    assert "closed with changes not saved (alertmanager_urls), which cannot be kept" in caplog.text
    assert "https://ana@am.example:9093" in caplog.text and "s3cret" not in caplog.text  # taken out (review 68 AB2)


def test_a_field_the_file_changed_since_the_draft_is_named_when_offered(qtbot, controller, monkeypatch, english):
    from oncall_tray.config_draft import read_draft
    from oncall_tray.ui import settings_draft

    path = type_and_stop(controller)
    path.write_text("contacts:\n  SRE: Ana - 9999\n", encoding="utf-8")  # edited by hand meanwhile
    asked = []
    monkeypatch.setattr(settings_draft, "ask_restore", lambda _p, _d, labels, since, _n, _z: asked.append(since) or
                        QMessageBox.ButtonRole.InvalidRole)  # the tray stopped while it asked: kept
    controller.connection.open_settings()
    qtbot.waitUntil(lambda: bool(asked))
    assert asked == [["Emergency contacts (role: how to reach them, one per line)"]]
    dialog = controller.connection.dialogs["settings"]
    assert not dialog.changed() and read_draft(Folders.for_user(), path) is not None
