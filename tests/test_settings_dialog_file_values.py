"""Review 62 Y7: the language switched by a hand edit while the settings dialog held changes:
the dialog, made again in Portuguese, still showed the language it was opened with (its field
read "Idioma do sistema" while the file said pt_BR), and Save compared against that stale value.
Made again, the dialog shows the file as it is now for every field the engineer did not touch;
what was typed stays."""

from __future__ import annotations

from conftest import make_alert
from PySide6.QtCore import QCoreApplication
from test_settings_dialog_language import language_restored  # noqa: F401  (fixture)
from test_settings_ui import controller_for, store  # noqa: F401  (fixtures)

from oncall_tray.config import load_config


def test_fields_not_typed_in_take_the_files_new_values(qtbot, controller_for, alertmanager,  # noqa: F811
                                                        language_restored):  # noqa: F811
    alertmanager.post_alerts([make_alert("APIDown", "critical")])
    controller = controller_for(f"alertmanager_url: {alertmanager.url}\nengineer: ana\n")  # language: en
    language_restored(controller)
    path = controller.loaded.path
    controller.connection.open_settings()
    dialog = controller.connection.dialogs["settings"]
    assert dialog.fields["language"].raw() == "en"
    dialog.fields["engineer"].widget.setText("Carla (typed)")
    dialog.fields["poll_interval"].widget.setText("20")
    text = path.read_text().replace("language: en", "language: pt_BR").replace("request_timeout: 3",
                                                                               "request_timeout: 4")
    path.write_text(text.replace("poll_interval: 1", "poll_interval: 30").replace("engineer: ana", "engineer: bia"))
    qtbot.waitUntil(lambda: controller.config.language == "pt_BR", timeout=10000)
    qtbot.waitUntil(lambda: dialog.windowTitle() == QCoreApplication.translate("settings", "oncall-tray — settings")
                    and dialog.windowTitle() != "oncall-tray — settings", timeout=5000)
    assert controller.connection.dialogs["settings"] is dialog and dialog.isVisible()
    assert dialog.fields["language"].raw() == "pt_BR"  # the file's, as the running tray has it
    assert dialog.fields["request_timeout"].raw() == 4  # another key edited by hand, not touched here
    assert dialog.fields["engineer"].widget.text() == "Carla (typed)"  # typed: kept over the file's
    assert dialog.fields["poll_interval"].raw() == 20
    assert dialog.changed()
    dialog.save()  # changed in the file too since the dialog opened: nothing guessed (code review 66 S4)
    assert dialog.isVisible() and load_config(path).config.engineer == "bia"
    assert "Carla (typed)" in dialog.save_error.text()
    assert dialog.fields["engineer"].widget.text() == "bia" and dialog.fields["poll_interval"].raw() == 30
    dialog.fields["engineer"].widget.setText("Carla (typed)")
    dialog.fields["poll_interval"].widget.setText("20")
    dialog.save()
    assert not dialog.isVisible()
    saved = load_config(path).config
    assert saved.language == "pt_BR" and saved.request_timeout == 4
    assert saved.engineer == "Carla (typed)" and saved.poll_interval == 20


def test_a_dialog_whose_typed_values_were_set_back_takes_the_file(qtbot, controller_for, alertmanager,  # noqa: F811
                                                                   language_restored):  # noqa: F811
    """A field typed in and set back to what it was is untouched: no change to keep."""
    controller = controller_for(f"alertmanager_url: {alertmanager.url}\nengineer: ana\n")
    language_restored(controller)
    path = controller.loaded.path
    controller.connection.open_settings()
    dialog = controller.connection.dialogs["settings"]
    dialog.fields["engineer"].widget.setText("Carla (typed)")
    dialog.fields["sound"].widget.setChecked(not dialog.fields["sound"].widget.isChecked())
    dialog.fields["engineer"].widget.setText("ana")
    path.write_text(path.read_text().replace("language: en", "language: pt_BR").replace("engineer: ana",
                                                                                        "engineer: bia"))
    qtbot.waitUntil(lambda: controller.config.language == "pt_BR", timeout=10000)
    qtbot.waitUntil(lambda: dialog.fields["language"].raw() == "pt_BR", timeout=5000)
    assert dialog.fields["engineer"].raw() == "bia"
