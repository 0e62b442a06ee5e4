"""A second Settings dialog on one settings file (two trays on it: one given ``--alertmanager``
runs beside the other) while the first holds the draft (code review AU2: the second kept no draft
of its own, and what the engineer typed in it was lost if it crashed or was closed by the
program). It keeps its own draft, apart (the first's neither read nor written over), says so, and
its draft is offered back at the next opening as the first's is. Real tray, real dialogs."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QMessageBox

from oncall_tray.config_draft import read_draft
from oncall_tray.paths import Folders
from test_quit_unsaved_settings import controller  # noqa: F401  (the running tray, its settings file)
from test_settings_draft_as_typed import _answering, _restored_at_next_opening, kept_holding


def test_a_second_dialog_keeps_its_own_draft_offered_back_at_the_next_opening(qtbot, controller, english):  # noqa: F811
    from oncall_tray.config_kept import shown_in_force
    from oncall_tray.ui.settings_dialog import SettingsDialog

    path = controller.loaded.path
    controller.connection.open_settings()
    first = controller.connection.dialogs["settings"]  # tray 1's, typing
    first.fields["grafana_url"].widget.setText("https://grafana.example.com/typed-in-tray-1")
    kept_holding(qtbot, path, "typed-in-tray-1")
    second = SettingsDialog(shown_in_force(controller.loaded), controller.store)  # tray 2's Settings…
    qtbot.addWidget(second)
    asked: list = []
    watching = _answering(second, QMessageBox.ButtonRole.DestructiveRole, asked)  # a Discard, if it were asked
    second.show()
    qtbot.waitUntil(lambda: not second.draft_keeper._asking, timeout=10000)
    watching.stop()
    assert asked == [], "tray 2 offered tray 1's live typing"
    said = second.file_problem.text()
    assert "kept apart" in said and second.file_problem.isVisible(), said  # its own draft: said
    second.fields["grafana_url"].widget.setText("https://grafana.example.com/typed-in-tray-2")
    own = second.draft_keeper.draft_path()
    qtbot.waitUntil(lambda: own.exists() and "typed-in-tray-2" in own.read_text(), timeout=10000)  # as typed
    assert "typed-in-tray-1" in str(read_draft(Folders.for_user(), path).typed)  # the first's untouched
    second.close()  # tray 2 stops (the program's close): its draft kept
    assert "typed-in-tray-2" in own.read_text()
    QDialog.reject(first)  # tray 1's Cancel: its own draft dropped, not tray 2's
    assert read_draft(Folders.for_user(), path) is None and own.exists()
    _restored_at_next_opening(qtbot, controller, "https://grafana.example.com/typed-in-tray-2")
