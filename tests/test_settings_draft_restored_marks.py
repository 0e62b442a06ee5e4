"""A restored settings draft is written again as typed (the restore types its fields in, and a
second later the draft is kept as typed): it lost the fields whose passwords were not kept (its
``not_kept``, recomputed from fields that no longer hold them) and when its changes were typed (its
``kept_at``, stamped anew) (code review 71 AG3): a crash then restored a URL without its password
without a word. Both are carried until the engineer types in the field again."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from oncall_tray.config_draft import read_draft
from test_quit_unsaved_settings import controller  # noqa: F401  (the running tray, its settings file)
from test_settings_draft_restore import URLS_TYPED, answer_question
from oncall_tray.paths import Folders


def _kept_with_urls(controller):
    controller.connection.open_settings()
    dialog = controller.connection.dialogs["settings"]
    dialog.fields["alertmanager_urls"].widget.setPlainText(URLS_TYPED)
    dialog.fields["contacts"].widget.setPlainText("SRE: Ana - 1234\n")
    controller.connection.close_all()  # as at SIGTERM
    kept = read_draft(Folders.for_user(), dialog.loaded.path)
    assert kept.not_kept == ("alertmanager_urls",)
    return kept


def test_a_restored_draft_rewritten_keeps_its_not_kept_and_kept_at(qtbot, controller, english):
    kept = _kept_with_urls(controller)
    answer_question(qtbot, controller, QMessageBox.ButtonRole.AcceptRole)
    keeper = controller.connection.dialogs["settings"].draft_keeper
    qtbot.waitUntil(lambda: not keeper.waiting(), timeout=10000)  # the write as typed after the retype
    again = read_draft(Folders.for_user(), controller.loaded.path)
    assert again.not_kept == ("alertmanager_urls",) and again.kept_at == kept.kept_at, again
    assert again.typed == kept.typed


def test_another_field_typed_keeps_the_mark_and_the_url_typed_drops_it(qtbot, controller, english):
    kept = _kept_with_urls(controller)
    answer_question(qtbot, controller, QMessageBox.ButtonRole.AcceptRole)
    dialog = controller.connection.dialogs["settings"]
    dialog.fields["contacts"].widget.setPlainText("SRE: Ana - 1234\nDBA: Bob - 2\n")
    qtbot.waitUntil(lambda: "DBA" in str(read_draft(Folders.for_user(), controller.loaded.path).typed), timeout=10000)
    again = read_draft(Folders.for_user(), controller.loaded.path)
    assert again.not_kept == ("alertmanager_urls",) and again.kept_at > kept.kept_at, again
    dialog.fields["alertmanager_urls"].widget.setPlainText("https://alice@am.example.com:9093\n")
    qtbot.waitUntil(lambda: "am2" not in str(read_draft(Folders.for_user(), controller.loaded.path).typed), timeout=10000)
    assert read_draft(Folders.for_user(), controller.loaded.path).not_kept == ()
