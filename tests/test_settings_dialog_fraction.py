"""The settings dialog open while a hand edit switches the language from Portuguese to English,
with a number with decimals (code review 63B CB1): "2,5", shown in pt_BR, read again in English
is no number, so an untouched field counted as typed in: the dialog kept the old value over the
file's new one and Save wrote it back over the hand edit; and a dialog with nothing typed in it
was not opened again fresh in the new language."""

from __future__ import annotations

import re

from conftest import make_alert
from test_settings_dialog_language import language_restored  # noqa: F401  (fixture)
from test_settings_ui import controller_for, store  # noqa: F401  (fixtures)

from oncall_tray.config import load_config


def _in_portuguese(qtbot, controller_for, alertmanager, language_restored):  # noqa: F811
    """A tray in pt_BR whose settings hold fractional numbers, its settings dialog open."""
    alertmanager.post_alerts([make_alert("APIDown", "critical")])
    controller = controller_for(f"alertmanager_url: {alertmanager.url}\nengineer: ana\n")
    language_restored(controller)
    path = controller.loaded.path
    text = path.read_text().replace("language: en", "language: pt_BR")
    path.write_text(re.sub(r"request_timeout: [0-9.]+", "request_timeout: 2.5", text) + "poll_interval: 7.5\n")
    qtbot.waitUntil(lambda: controller.config.language == "pt_BR", timeout=10000)
    controller.connection.open_settings()
    dialog = controller.connection.dialogs["settings"]
    assert dialog.fields["request_timeout"].widget.text() == "2,5"
    assert dialog.fields["poll_interval"].widget.text() == "7,5"
    return controller, dialog


def test_an_untouched_number_with_decimals_takes_the_file_s_new_value(qtbot, controller_for, alertmanager,  # noqa: F811
                                                                       language_restored):  # noqa: F811
    controller, dialog = _in_portuguese(qtbot, controller_for, alertmanager, language_restored)
    path = controller.loaded.path
    dialog.fields["engineer"].widget.setText("Carla (typed)")
    text = path.read_text().replace("language: pt_BR", "language: en")
    path.write_text(re.sub(r"poll_interval: 7.5", "poll_interval: 9",
                           re.sub(r"request_timeout: [0-9.]+", "request_timeout: 4", text)))
    qtbot.waitUntil(lambda: controller.config.language == "en", timeout=10000)
    qtbot.waitUntil(lambda: dialog.windowTitle() == "oncall-tray — settings", timeout=5000)
    assert controller.connection.dialogs["settings"] is dialog  # (something typed: the same dialog, retranslated)
    assert dialog.fields["request_timeout"].widget.text() == "4"
    assert dialog.fields["poll_interval"].widget.text() == "9"
    assert dialog.fields["engineer"].widget.text() == "Carla (typed)"
    dialog.save()
    saved = load_config(path).config
    assert (saved.request_timeout, saved.poll_interval, saved.engineer) == (4, 9, "Carla (typed)")


def test_a_number_with_decimals_typed_in_portuguese_is_kept_in_english(qtbot, controller_for, alertmanager,  # noqa: F811
                                                                       language_restored):  # noqa: F811
    controller, dialog = _in_portuguese(qtbot, controller_for, alertmanager, language_restored)
    path = controller.loaded.path
    dialog.fields["request_timeout"].widget.setText("3,5")
    path.write_text(re.sub(r"request_timeout: [0-9.]+", "request_timeout: 4",
                           path.read_text().replace("language: pt_BR", "language: en")))
    qtbot.waitUntil(lambda: controller.config.language == "en", timeout=10000)
    qtbot.waitUntil(lambda: dialog.windowTitle() == "oncall-tray — settings", timeout=5000)
    assert dialog.fields["request_timeout"].widget.text() == "3.5"
    assert dialog.fields["poll_interval"].widget.text() == "7.5"
    dialog.save()  # changed in the file too since the dialog opened: nothing guessed (code review 66 S4)
    assert load_config(path).config.request_timeout == 4 and "3.5 (the file: 4)" in dialog.save_error.text()
    dialog.fields["request_timeout"].widget.setText("3.5")
    dialog.save()
    saved = load_config(path).config
    assert (saved.request_timeout, saved.poll_interval) == (3.5, 7.5)


def test_a_dialog_with_nothing_typed_is_opened_again_in_the_new_language(qtbot, controller_for, alertmanager,  # noqa: F811
                                                                        language_restored):  # noqa: F811
    controller, dialog = _in_portuguese(qtbot, controller_for, alertmanager, language_restored)
    assert not dialog.changed()
    path = controller.loaded.path
    path.write_text(path.read_text().replace("language: pt_BR", "language: en"))
    qtbot.waitUntil(lambda: controller.config.language == "en", timeout=10000)
    qtbot.waitUntil(lambda: controller.connection.dialogs.get("settings") not in (None, dialog), timeout=5000)
    again = controller.connection.dialogs["settings"]
    assert again.windowTitle() == "oncall-tray — settings" and not again.changed()
    assert again.fields["request_timeout"].widget.text() == "2.5"
