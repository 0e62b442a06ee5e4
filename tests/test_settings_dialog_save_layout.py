"""Review 65 R2 through the dialog: a matcher and a contact added in *Alerts*, then *Save*: the
file keeps its block lists, comments and the contacts in the order typed."""

from __future__ import annotations

from test_settings_file import REVIEW_65
from test_settings_ui import loaded_from, store  # noqa: F401  (fixture)

from oncall_tray.ui.settings_dialog import SettingsDialog


def test_entries_added_in_the_dialog_leave_the_files_layout_and_comments(qtbot, tmp_path, store):  # noqa: F811
    path = tmp_path / "config.yaml"
    dialog = SettingsDialog(loaded_from(path, REVIEW_65), store)
    qtbot.addWidget(dialog)
    filter_box, contacts = dialog.fields["filter"].widget, dialog.fields["contacts"].widget
    filter_box.setPlainText(filter_box.toPlainText() + '\nteam="conectcrm"')
    contacts.setPlainText(contacts.toPlainText() + "\nArquiteto: Edu - +55 11 94444-0000")
    with qtbot.waitSignal(dialog.saved) as saved:
        dialog.save()
    assert list(saved.args[0].config.contacts) == ["Tech Lead", "SRE", "CTO", "Arquiteto"]
    assert path.read_text() == REVIEW_65.replace('ambiente\n', 'ambiente\n  - team="conectcrm"\n').replace(
        '97777-0000"\n', '97777-0000"\n  Arquiteto: Edu - +55 11 94444-0000\n')
