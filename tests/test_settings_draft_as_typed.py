"""The Settings dialog's draft kept as the engineer types (a tray killed with SIGKILL loses at most
the last second; the end-to-end tests: ``test_settings_draft_at_sigkill``), in the running tray:
a restored draft edited keeps its merge base (code review 68 AB7) in what is written as typed; a
draft that cannot be written while typing is logged once, no dialog, and the program's close still
logs what was typed; what does not end the changes (a Save refused, a clash, the restore question
pending) does not drop the draft."""

from __future__ import annotations

import contextlib
import logging
import subprocess

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

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


def test_a_draft_another_running_tray_keeps_is_neither_offered_nor_removed(qtbot, controller, english):  # noqa: F811
    """Code review 73 AJ4: two trays on one settings file (one given ``--alertmanager`` runs
    beside the other) shared the draft kept as typed: the second's Settings offered the first's
    live typing as "not saved when oncall-tray stopped", and its Discard (or a Restore then
    Cancel, or a Save) removed the draft the first keeps for a SIGKILL. A draft belongs to the
    dialog that writes it while it is open (a hold, as the shift journal's: two holders in one
    process exclude each other as two trays do); one whose writer is gone is offered."""
    from oncall_tray.config_kept import shown_in_force
    from oncall_tray.ui.settings_dialog import SettingsDialog

    path = controller.loaded.path
    controller.connection.open_settings()
    first = controller.connection.dialogs["settings"]
    first.fields["grafana_url"].widget.setText("https://grafana.example.com/typed-in-tray-1")
    kept_holding(qtbot, path, "typed-in-tray-1")  # tray 1 still open and typing
    second = SettingsDialog(shown_in_force(controller.loaded), controller.store)  # tray 2's Settings…
    qtbot.addWidget(second)
    asked: list = []
    watching = _answering(second, QMessageBox.ButtonRole.DestructiveRole, asked)  # the reviewer's Discard
    second.show()
    qtbot.waitUntil(lambda: not second.draft_keeper._asking or bool(asked), timeout=10000)
    watching.stop()
    assert asked == [], "tray 2 offered tray 1's live typing as not saved when oncall-tray stopped"
    assert "Another oncall-tray running on these settings keeps its own changes not saved" in \
        second.file_problem.text() and second.file_problem.isVisible()  # its own typing kept apart: said
    second.fields["grafana_url"].widget.setText("https://grafana.example.com/typed-in-tray-2")
    second.draft_keeper.flush()  # what its timer does a second later
    QDialog.reject(second)  # tray 2's Cancel, its changes discarded: nothing of its own to drop
    assert "typed-in-tray-1" in str(read_draft(Folders.for_user(), path).typed)
    first.fields["grafana_url"].widget.setText("https://grafana.example.com/typed-in-tray-1-more")
    kept_holding(qtbot, path, "typed-in-tray-1-more")  # tray 1 keeps writing it
    first.close()  # tray 1 stops (the program's close): its draft kept, its writer gone
    _restored_at_next_opening(qtbot, controller, "https://grafana.example.com/typed-in-tray-1-more")


@contextlib.contextmanager
def other_slots_held(path):
    """The drafts of the settings file ``path`` but the first held, as by that many other dialogs
    open on it (each keeps one of its own: ``config_draft_slots``): a dialog that finds the first
    held too keeps none."""
    from oncall_tray.config_draft import DRAFT_SLOTS
    from oncall_tray.core.journal_hold import Holder, JournalHold

    holds = [JournalHold.take(draft_path(Folders.for_user(), path, slot), Holder(str(path), (), 1))
             for slot in range(1, DRAFT_SLOTS)]
    try:
        yield
    finally:
        for hold in holds:
            hold.release()


def _restored_at_next_opening(qtbot, controller, grafana: str) -> None:
    """Open the next Settings dialog of ``controller``'s settings file: the draft kept is offered,
    Restore answered, and its Grafana field then reads ``grafana``."""
    from oncall_tray.config_kept import shown_in_force
    from oncall_tray.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(shown_in_force(controller.loaded), controller.store)
    qtbot.addWidget(dialog)
    offered: list = []
    watching = _answering(dialog, QMessageBox.ButtonRole.AcceptRole, offered)
    dialog.show()
    qtbot.waitUntil(lambda: bool(offered), timeout=10000)
    watching.stop()
    assert dialog.fields["grafana_url"].widget.text() == grafana
    dialog.close()


def _answering(dialog, role: QMessageBox.ButtonRole, asked: list) -> QTimer:
    """A timer (started) that answers with ``role`` the restore question shown over ``dialog``,
    its text added to ``asked``."""
    def answer() -> None:
        box = _box()
        if box is not None and box.parentWidget() is dialog:
            asked.append(box.text())
            box.buttons()[[box.buttonRole(button) for button in box.buttons()].index(role)].click()

    timer = QTimer(dialog)
    timer.timeout.connect(answer)
    timer.start(20)
    return timer


def test_a_dialog_that_found_the_draft_held_takes_it_when_the_holder_lets_go(qtbot, controller, english):  # noqa: F811
    """Code review 74 AL7: a Settings dialog that found the draft held by another tray's never
    took it when that one closed: for as long as it stayed open nothing typed was kept (a SIGKILL
    lost it all) and it kept saying another tray keeps its changes. It tries again at each change
    typed: the hold free, it keeps its draft as typed and its notice goes."""
    from oncall_tray.config_kept import shown_in_force
    from oncall_tray.ui.settings_dialog import SettingsDialog

    path = controller.loaded.path
    with other_slots_held(path):  # every other draft held: this dialog keeps none
        controller.connection.open_settings()
        first = controller.connection.dialogs["settings"]  # tray A's Settings, open, nothing changed
        second = SettingsDialog(shown_in_force(controller.loaded), controller.store)  # tray B's
        qtbot.addWidget(second)
        second.show()
        qtbot.waitUntil(lambda: not second.draft_keeper._asking, timeout=10000)
        held = "Another oncall-tray running on these settings keeps its own changes not saved"
        assert held in second.file_problem.text()
        second.fields["grafana_url"].widget.setText("https://grafana.example.com/while-held")
        second.draft_keeper.flush()
        assert read_draft(Folders.for_user(), path) is None  # held: not B's to write
        QDialog.reject(first)  # A's Cancel: the draft is free
        second.fields["grafana_url"].widget.setText("https://grafana.example.com/typed-in-tray-2")
        kept_holding(qtbot, path, "typed-in-tray-2")  # B keeps it now
        assert held not in second.file_problem.text()
        assert not second.file_problem.isVisible() or second.file_problem.text().strip()
        second.close()  # the program's close: kept, as any holder's
        assert "typed-in-tray-2" in str(read_draft(Folders.for_user(), path).typed)

def test_a_hold_taken_late_leaves_the_draft_the_holder_left_and_keeps_the_typing(qtbot, controller, english):  # noqa: F811
    """Code review 75 AM2: a dialog that took the hold late, at a keystroke, once another tray
    let go with changes not saved (killed, or closed by the program: its draft kept) popped the
    restore question over the typing (Restore the default), and Restore replaced what was typed
    here by that draft's values. Never asked mid-typing: that draft is left alone (not offered,
    not written over; offered at the next opening) and the notice line says so."""
    from oncall_tray.config_kept import shown_in_force
    from oncall_tray.ui.settings_dialog import SettingsDialog

    path = controller.loaded.path
    with other_slots_held(path):  # every other draft held: this dialog keeps none
        controller.connection.open_settings()
        first = controller.connection.dialogs["settings"]  # tray A's, typing
        first.fields["grafana_url"].widget.setText("https://grafana.example.com/typed-in-tray-1")
        kept_holding(qtbot, path, "typed-in-tray-1")
        second = SettingsDialog(shown_in_force(controller.loaded), controller.store)  # tray B's
        qtbot.addWidget(second)
        asked: list = []
        watching = _answering(second, QMessageBox.ButtonRole.AcceptRole, asked)  # a Restore, if it were asked
        second.show()
        qtbot.waitUntil(lambda: not second.draft_keeper._asking, timeout=10000)
        second.fields["grafana_url"].widget.setText("https://grafana.example.com/typed-in-tray-2")
        first.close()  # tray A stops: its draft kept, its hold let go
        second.fields["grafana_url"].widget.setText("https://grafana.example.com/typed-in-tray-2b")  # B takes the hold
        assert second.draft_keeper._hold is not None
        second.draft_keeper.flush()  # what its timer does a second later
        QApplication.processEvents()  # a question queued (singleShot 0) shows now, and is answered
        watching.stop()
        assert asked == [], "the restore question popped over the typing"
        assert second.fields["grafana_url"].widget.text() == "https://grafana.example.com/typed-in-tray-2b"
        assert "typed-in-tray-1" in str(read_draft(Folders.for_user(), path).typed)  # A's draft not written over
        said = second.file_problem.text()
        assert "offered the next time Settings opens" in said and second.file_problem.isVisible(), said
        assert "Another oncall-tray running on these settings" not in said
        QDialog.reject(second)  # B's Cancel: nothing of its own on disk to drop
        assert "typed-in-tray-1" in str(read_draft(Folders.for_user(), path).typed)
        _restored_at_next_opening(qtbot, controller, "https://grafana.example.com/typed-in-tray-1")
