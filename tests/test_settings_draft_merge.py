"""The settings draft and Save's clashes as fresh-user review 67 found them: a draft restored
and saved reverted the file's hand edits of entries the draft never touched (AC1); the restore
question wrote an ISO date in pt_BR and named a field as changed in the file when the file holds
the draft's value (AC3); a list's clash quoted both whole lists (AC4); after a clash, the file's
values the dialog shows counted as the engineer's changes (AC5)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QMessageBox

from oncall_tray.config_draft import keep_draft, read_draft
from test_quit_unsaved_settings import controller  # noqa: F401  (the running tray, its settings file)
from test_settings_draft_restore import answer_question

OPENED = ('filter:\n  - env="production"\n  - team="conectcrm"\n'
          'contacts:\n  SRE: "Bruno Lima - +55 11 98888-0000"\n  Arquiteto: "Davi Rocha - +55 11 96666-0000"\n')


def write(controller, text: str) -> None:
    controller.loaded.path.write_text(text, encoding="utf-8")


def test_a_restored_draft_saved_keeps_the_files_edits_of_entries_it_never_touched(qtbot, controller, portuguese):
    write(controller, OPENED)
    controller.connection.open_settings()
    dialog = controller.connection.dialogs["settings"]
    dialog.fields["contacts"].widget.setPlainText(
        "SRE: Bruno Lima - ramal 1234\nArquiteto: Davi Rocha - +55 11 96666-0000\nDBA: Gil - ramal 7788\n")
    dialog.fields["filter"].widget.setPlainText('env="production"\nteam="conectcrm"\nservice!="test"\n')
    controller.connection.close_all()  # as at SIGTERM
    assert read_draft(controller.loaded.path) is not None
    write(controller, 'filter:\n  - env="production"\n  - team=~"conectcrm|crm"\n'
                      'contacts:\n  SRE: "Dani Reis - +55 11 95555-0000"  # night\n'
                      '  Arquiteto: "Davi Rocha - +55 11 96666-0000"\n  Suporte: "Eva - ramal 4455"  # editor\n')
    answer_question(qtbot, controller, QMessageBox.ButtonRole.AcceptRole)
    dialog = controller.connection.dialogs["settings"]
    before = controller.loaded.path.read_text("utf-8")
    dialog.save()
    # SRE a clash, as for an ordinary Save: nothing written, the file's values shown with the
    # draft's other changes merged in (the file's team=~ and Suporte kept)
    assert controller.loaded.path.read_text("utf-8") == before
    assert dialog.isVisible() and "SRE" in dialog.save_error.text(), dialog.save_error.text()
    shown = dialog.fields["contacts"].widget.toPlainText()
    assert "Suporte: Eva - ramal 4455" in shown and "Dani Reis" in shown and "DBA: Gil - ramal 7788" in shown, shown
    assert dialog.fields["filter"].widget.toPlainText().split() == [
        'env="production"', 'team=~"conectcrm|crm"', 'service!="test"']
    dialog.save()  # saved again: the draft's other changes applied to the file as it is
    written = controller.loaded.path.read_text("utf-8")
    assert 'team=~"conectcrm|crm"' in written and 'service!="test"' in written, written
    assert 'SRE: "Dani Reis - +55 11 95555-0000"  # night' in written and "Bruno" not in written, written
    assert 'Suporte: "Eva - ramal 4455"  # editor' in written and "DBA: Gil - ramal 7788" in written, written
