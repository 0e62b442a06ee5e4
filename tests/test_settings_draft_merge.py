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
from oncall_tray.paths import Folders

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
    assert read_draft(Folders.for_user(), controller.loaded.path) is not None
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


def test_the_restore_question_dates_in_the_language_and_names_no_field_the_file_holds_as_the_draft(
        qtbot, controller, portuguese):
    write(controller, "reminder_minutes: 2\nnotification_summary_threshold: 3\n")
    controller.connection.open_settings()
    dialog = controller.connection.dialogs["settings"]
    dialog.fields["reminder_minutes"].set(5)
    dialog.fields["notification_summary_threshold"].set(4)
    controller.connection.close_all()  # as at SIGINT
    kept = read_draft(Folders.for_user(), controller.loaded.path)
    assert kept is not None and set(kept.typed) == {"reminder_minutes", "notification_summary_threshold"}
    write(controller, "reminder_minutes: 5\nnotification_summary_threshold: 3\n")  # by hand: the draft's value
    question = answer_question(qtbot, controller, QMessageBox.ButtonRole.AcceptRole)
    at = kept.kept_at.astimezone(controller.loaded.config.zone())
    assert f"Campos alterados em {at:%d/%m/%Y %H:%M}:" in question[1], question
    assert "Alterados no arquivo" not in question[1], question


def test_a_field_the_file_changed_otherwise_since_is_named_to_check(qtbot, controller, english):
    write(controller, "reminder_minutes: 7\n")
    keep_draft(Folders.for_user(), controller.loaded.path, {"reminder_minutes": 5}, {"reminder_minutes": 2},
               dt.datetime(2026, 12, 7, 2, 12, tzinfo=dt.timezone.utc))
    question = answer_question(qtbot, controller, QMessageBox.ButtonRole.DestructiveRole)
    assert "Changed in the settings file since: Remind of" in question[1], question


FILTER = 'filter:\n  - env="production"\n  - team="conectcrm"\n  - service!="test"\n'


@pytest.mark.parametrize(("language", "said"), [
    ("portuguese", 'O que você digitou: Só alertas que casem com (um matcher por linha): service!="staging" '
                   '(no arquivo: service!="qa"). Confira'),
    ("english", 'What you typed: Only alerts matching (one matcher per line): service!="staging" '
                '(the file: service!="qa"). Check'),
])
def test_a_list_clash_names_the_entries_that_clash(qtbot, controller, request, language, said):
    request.getfixturevalue(language)
    write(controller, FILTER)
    controller.connection.open_settings()
    dialog = controller.connection.dialogs["settings"]
    dialog.fields["filter"].widget.setPlainText('env="production"\nteam="conectcrm"\nservice!="staging"\n')
    write(controller, FILTER.replace('  - service!="test"\n', '  - service!="qa"   # editor\n'))
    dialog.save()
    assert said in dialog.save_error.text(), dialog.save_error.text()
    assert not dialog.changed()  # AC4's "also seen" (AC5): only the file's values are shown


CONTACTS = 'contacts:\n  SRE: "Bruno Lima - ramal 1234"\n  Arquiteto: "Davi Rocha - ramal 2"\n'


def clash_on_sre(controller, typed: str):
    write(controller, CONTACTS)
    controller.connection.open_settings()
    dialog = controller.connection.dialogs["settings"]
    write(controller, CONTACTS.replace("ramal 1234", "ramal 7777"))
    dialog.fields["contacts"].widget.setPlainText(typed)
    dialog.save()
    assert dialog.isVisible() and "SRE" in dialog.save_error.text(), dialog.save_error.text()
    return dialog


def test_after_a_clash_the_files_values_shown_are_no_change_to_save_or_keep(qtbot, controller, monkeypatch,
                                                                           english):
    dialog = clash_on_sre(controller, "SRE: Bruno Lima - ramal 9999\nArquiteto: Davi Rocha - ramal 2\n")
    assert "ramal 7777" in dialog.fields["contacts"].widget.toPlainText()
    assert not dialog.changed(), dialog.unsaved()
    asked = []
    monkeypatch.setattr("oncall_tray.ui.settings_dialog.ask_unsaved", lambda *a: asked.append(a))
    controller.connection.close_all()  # as at SIGTERM
    assert read_draft(Folders.for_user(), controller.loaded.path) is None
    assert not asked


def test_after_a_clash_the_draft_keeps_only_the_engineers_other_changes(qtbot, controller, english):
    dialog = clash_on_sre(controller, "SRE: Bruno Lima - ramal 9999\nArquiteto: Davi Rocha - ramal 2\n"
                                      "DBA: Gil - ramal 7788\n")
    assert dialog.changed()  # DBA, the engineer's
    controller.connection.close_all()  # as at SIGTERM
    write(controller, CONTACTS.replace("ramal 1234", "ramal 8888"))  # a colleague changed SRE again
    answer_question(qtbot, controller, QMessageBox.ButtonRole.AcceptRole)
    dialog = controller.connection.dialogs["settings"]
    with qtbot.waitSignal(dialog.saved):
        dialog.save()
    written = controller.loaded.path.read_text("utf-8")
    assert "ramal 8888" in written and "7777" not in written and "DBA: Gil - ramal 7788" in written, written
