"""The settings dialog open while the language changes (review 61 W6): a switch made by hand in
the settings file while the dialog held changes left it half in each language (labels, tabs and
title in the old one; its Save/Cancel and the unsaved-changes question in the new one). The
open dialog now says everything in the new language at once, every value typed kept."""

from __future__ import annotations

import pytest
from conftest import make_alert
from PySide6.QtCore import QCoreApplication, QLocale, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from test_settings_ui import controller_for, form_label, store  # noqa: F401  (fixtures)


@pytest.fixture
def language_restored(qtbot):
    """Takes the trays whose translators are removed, and the default locale set back, after the
    test (a tray's language switch installs them application-wide)."""
    previous, trays = QLocale(), []
    yield trays.append
    app = QCoreApplication.instance()
    for controller in trays:
        for translator in controller.translators:
            app.removeTranslator(translator)
    QLocale.setDefault(previous)


def _in(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def _question(dialog) -> tuple[str, str, list[str]]:
    """(title, text, buttons) of the unsaved-changes question that Escape asks, answered Cancel."""
    seen: list = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox), box
        seen.append((box.windowTitle(), box.text(), sorted(b.text().replace("&", "") for b in box.buttons())))
        box.button(QMessageBox.StandardButton.Cancel).click()

    QTimer.singleShot(0, answer)
    dialog.reject()
    assert seen, "no question asked"
    return seen[0]


def _said_in_one_language(dialog, english: bool) -> None:
    """Every text of ``dialog`` that this test looks at is in the interface's language now."""
    title, poll, alerts_tab = "oncall-tray — settings", "Poll every (seconds)", "Alerts"
    for source in (title, poll, alerts_tab):
        assert (_in("settings", source) == source) is english, source
    assert dialog.windowTitle() == _in("settings", title)
    assert form_label(dialog, "poll_interval") == _in("settings", poll)
    assert dialog.tabs.tabText(1) == _in("settings", alerts_tab)
    assert dialog.test_button.text() == _in("settings", "Test connection")
    box = dialog.findChild(QDialogButtonBox)
    save = box.button(QDialogButtonBox.StandardButton.Save).text().replace("&", "")
    assert (save == "Save") is english, save
    question_title, text, buttons = _question(dialog)
    assert question_title == _in("settings", "Unsaved settings")
    # (a field has a problem: Save is not offered, and the question says so)
    assert text == _in("settings", "The settings you changed cannot be saved. Discard them, or cancel to go back and "
                                   "fix them?")
    assert (sorted(buttons) == ["Cancel", "Discard"]) is english, buttons
    assert dialog.isVisible()  # Cancel: back to editing


def test_a_language_switch_retranslates_the_open_dialog_and_keeps_what_was_typed(qtbot, controller_for,  # noqa: F811
                                                                                 alertmanager, language_restored):
    alertmanager.post_alerts([make_alert("APIDown", "critical")])
    controller = controller_for(f"alertmanager_url: {alertmanager.url}\n")  # language: en
    language_restored(controller)
    path = controller.loaded.path
    controller.connection.open_settings()
    dialog = controller.connection.dialogs["settings"]
    typed = {"poll_interval": "20", "engineer": "Carla Dias (typed, not saved)", "filter": 'team="a"\n\nx=~"["'}
    for key, text in typed.items():
        widget = dialog.fields[key].widget
        (widget.setPlainText if hasattr(widget, "setPlainText") else widget.setText)(text)
    dialog.fields["request_timeout"].widget.setText("2.5")
    dialog.fields["business_days"].widget.setText("mon, wed, fri")
    dialog.fields["sound"].widget.setChecked(not dialog.fields["sound"].widget.isChecked())
    sound = dialog.fields["sound"].raw()
    dialog.tabs.setCurrentIndex(1)
    dialog.fields["engineer"].widget.setFocus()
    problems = dict(dialog.problems)
    assert "filter" in problems  # a value with a problem is kept too
    for language, english in (("pt_BR", False), ("en", True)):
        path.write_text(path.read_text().replace("language: " + ("en" if language == "pt_BR" else "pt_BR"),
                                                 "language: " + language))
        qtbot.waitUntil(lambda: controller.config.language == language, timeout=10000)
        qtbot.waitUntil(lambda: dialog.windowTitle() == _in("settings", "oncall-tray — settings"), timeout=5000)
        assert controller.connection.dialogs["settings"] is dialog and dialog.isVisible()
        _said_in_one_language(dialog, english)
        for key, text in typed.items():
            widget = dialog.fields[key].widget
            assert (widget.toPlainText() if hasattr(widget, "toPlainText") else widget.text()) == text, key
        assert dialog.fields["request_timeout"].widget.text() == ("2.5" if english else "2,5")
        assert dialog.fields["request_timeout"].raw() == 2.5
        assert dialog.fields["business_days"].raw() == ["mon", "wed", "fri"]
        assert dialog.fields["business_days"].widget.text() == ("mon, wed, fri" if english else "seg, qua, sex")
        assert dialog.fields["sound"].raw() == sound
        assert dialog.changed() and set(dialog.problems) == set(problems)
        assert dialog.tabs.currentIndex() == 1
        assert not dialog.save_button.isEnabled()  # the filter's problem still stands
    dialog.fields["filter"].widget.setPlainText('team="a"')
    dialog.save()
    assert not dialog.isVisible()
    assert controller.config.poll_interval == 20 and controller.config.request_timeout == 2.5
    assert controller.config.engineer == typed["engineer"] and controller.config.language == "en"
