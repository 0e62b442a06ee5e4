"""The Settings dialog's draft kept as the engineer types (a tray killed with SIGKILL loses at most
the last second; the end-to-end tests: ``test_settings_draft_at_sigkill``), in the running tray:
a restored draft edited keeps its merge base (code review 68 AB7) in what is written as typed; a
draft that cannot be written while typing is logged once, no dialog, and the program's close still
logs what was typed; what does not end the changes (a Save refused, a clash, the restore question
pending) does not drop the draft."""

from __future__ import annotations

import logging
import subprocess

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from oncall_tray.config_draft import draft_path, read_draft
from test_quit_unsaved_settings import controller  # noqa: F401  (the running tray, its settings file)
from test_settings_draft_merge import CONTACTS, write
from test_settings_draft_restore import _box, answer_question, keep_contacts
from oncall_tray.paths import Folders


def kept_holding(qtbot, path, text: str):
    """Wait for the draft of the settings file ``path`` to hold ``text`` among its typed values."""
    qtbot.waitUntil(lambda: (draft := read_draft(Folders.for_user(), path)) is not None and text in str(draft.typed), timeout=10000)
    return read_draft(Folders.for_user(), path)


def test_a_restored_draft_edited_is_kept_as_typed_with_its_merge_base(qtbot, controller, english):
    keep_contacts(controller)  # SRE: Ana, DBA: Bob added to what the file held then (SRE: Ana)
    path = controller.loaded.path
    path.write_text("contacts:\n  SRE: Ana - 1234\n  NET: Carl - 3\n", encoding="utf-8")  # edited since
    answer_question(qtbot, controller, QMessageBox.ButtonRole.AcceptRole)
    dialog = controller.connection.dialogs["settings"]
    widget = dialog.fields["contacts"].widget
    widget.setPlainText(widget.toPlainText().rstrip("\n") + "\nOPS: Dee - 4\n")
    kept = kept_holding(qtbot, path, "OPS: Dee - 4")
    assert kept.opened == {"contacts": "SRE: Ana - 1234"}  # the draft's base, not the file of now (AB7)
    dialog.save()  # merged with the file's NET from that base
    written = path.read_text("utf-8")
    assert "NET: Carl - 3" in written and "DBA: Bob - 2" in written and "OPS: Dee - 4" in written, written
    assert read_draft(Folders.for_user(), path) is None


def test_a_draft_that_cannot_be_written_while_typing_is_said_once(qtbot, controller, english, caplog):
    folder = draft_path(Folders.for_user(), controller.loaded.path).parent
    folder.mkdir(parents=True, exist_ok=True)
    controller.connection.open_settings()
    dialog = controller.connection.dialogs["settings"]
    subprocess.run(["chattr", "+i", str(folder)], check=True)
    try:
        with caplog.at_level(logging.DEBUG, logger="oncall_tray"):
            dialog.fields["grafana_url"].widget.setText("https://grafana.example.com/a")
            qtbot.waitUntil(lambda: "cannot be kept as they are typed" in caplog.text, timeout=10000)
            for typed in ("https://grafana.example.com/ab", "https://grafana.example.com/abc"):
                dialog.fields["grafana_url"].widget.setText(typed)
                dialog.draft_keeper.flush()  # each written at once: due a second after
            assert caplog.text.count("cannot be kept as they are typed") == 1, caplog.text
            asked = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
                     and w.parent() is dialog]
            assert not asked, [box.text() for box in asked]  # no dialog for it
            assert "closed with changes not saved" not in caplog.text  # the program's close only
            controller.connection.close_all()  # as at SIGTERM: what was typed is in the log
    finally:
        subprocess.run(["chattr", "-i", str(folder)], check=True)
    said = [r.getMessage() for r in caplog.records if "which cannot be kept" in r.getMessage()]
    assert said and "grafana.example.com/abc" in said[0], caplog.text
    assert not draft_path(Folders.for_user(), controller.loaded.path).exists()


def test_a_save_refused_or_a_clash_keeps_the_draft_as_typed(qtbot, controller, english):
    path = controller.loaded.path
    write(controller, CONTACTS)
    controller.connection.open_settings()
    dialog = controller.connection.dialogs["settings"]
    dialog.fields["contacts"].widget.setPlainText("SRE: Bruno Lima - ramal 9999\nArquiteto: Davi Rocha - ramal 2\n")
    reminder = dialog.fields["reminder_minutes"].widget.text()
    dialog.fields["reminder_minutes"].widget.setText("many")  # a problem: Save refused
    kept_holding(qtbot, path, "ramal 9999")
    dialog.save()
    assert dialog.isVisible() and "Not saved" in dialog.save_error.text()
    assert "ramal 9999" in str(read_draft(Folders.for_user(), path).typed)
    dialog.fields["reminder_minutes"].widget.setText(reminder)
    write(controller, CONTACTS.replace("ramal 1234", "ramal 7777"))  # a colleague's edit: a clash
    dialog.save()
    assert dialog.isVisible() and "SRE" in dialog.save_error.text(), dialog.save_error.text()
    assert not dialog.changed()  # the fields show the file: what was typed is only said...
    assert not dialog.draft_keeper.waiting()  # ...and kept as typed, not dropped as no change
    kept = read_draft(Folders.for_user(), path)
    assert kept is not None and "ramal 9999" in str(kept.typed), kept
    assert "ramal 1234" in str(kept.opened)


def test_the_restore_question_pending_keeps_its_draft(qtbot, controller, english):
    keep_contacts(controller)
    path = controller.loaded.path
    seen = []

    def meanwhile() -> None:
        if (box := _box()) is None:
            return
        dialog = controller.connection.dialogs["settings"]
        try:
            dialog.draft_keeper.flush()  # nothing typed in the dialog yet: no draft of its own to drop
            seen.append(read_draft(Folders.for_user(), path))
        finally:  # answered whatever happened: never a test waiting on the question
            box.buttons()[[box.buttonRole(b) for b in box.buttons()].index(QMessageBox.ButtonRole.AcceptRole)].click()

    timer = QTimer()
    timer.timeout.connect(meanwhile)
    timer.start(20)
    controller.connection.open_settings()
    qtbot.waitUntil(lambda: bool(seen) and _box() is None)
    timer.stop()
    assert seen[0] is not None and "DBA: Bob - 2" in seen[0].typed["contacts"]
    assert "DBA: Bob - 2" in str(read_draft(Folders.for_user(), path).typed)  # restored: written as typed, still there
