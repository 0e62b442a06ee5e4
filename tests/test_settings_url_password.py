"""A password typed in an Alertmanager URL of the settings dialog (review 61 W5): the dialog said
the command line's "use `oncall-tray login` (the OS keyring) instead", backquotes and all, while
its own Authentication, User name and "Enter password or token…" are two rows below; and left
the user name typed in the URL unused. The dialog now points at its own fields and moves the
user name there; the command line keeps naming ``oncall-tray login``."""

from __future__ import annotations

import pytest
from test_settings_ui import loaded_from, store  # noqa: F401  (fixtures)

from oncall_tray.config import validate
from oncall_tray.i18n import translator
from oncall_tray.ui.settings_dialog import SettingsDialog

URL = "http://alice:hunter2@127.0.0.1:19371"
SAID = {
    "en": ("http://alice:***@127.0.0.1:19371: must not hold a password: choose “User name and password (basic auth)” "
           "in “Authentication” below, then enter it with “Enter password or token…” (it is kept in the system "
           "keyring)", "Use “alice” as the user name (basic authentication)…"),
    "pt_BR": ("http://alice:***@127.0.0.1:19371: não pode conter senha: escolha “Usuário e senha (basic auth)” em "
              "“Autenticação” abaixo e depois informe-a com “Informar senha ou token…” (ela fica guardada no "
              "chaveiro do sistema)", "Usar “alice” como nome de usuário (autenticação básica)…"),
}


@pytest.mark.parametrize("language", ["en", "pt_BR"])
def test_a_password_in_a_url_points_at_the_dialog_s_own_fields_and_moves_the_user_name(qtbot, tmp_path, store,  # noqa: F811
                                                                                      request, language):
    request.getfixturevalue("english" if language == "en" else "portuguese")
    dialog = SettingsDialog(loaded_from(tmp_path / "c.yaml", "poll_interval: 15\n"), store)
    qtbot.addWidget(dialog)
    dialog.show()
    urls = dialog.fields["alertmanager_urls"]
    urls.widget.setPlainText(f"{URL}\nhttp://127.0.0.1:19372")
    said, offered = SAID[language]
    assert urls.error.text() == said
    assert "`" not in urls.error.text() and "oncall-tray login" not in urls.error.text()
    assert dialog.move_user_button.isVisible() and dialog.move_user_button.text() == offered
    assert not dialog.save_button.isEnabled()
    asked: list = []
    dialog.login_requested.connect(lambda *args: asked.append(args))
    dialog.move_user_button.click()
    # the user name where the dialog keeps it, the password out of the URL (never written to the file)
    assert urls.widget.toPlainText() == "http://127.0.0.1:19371\nhttp://127.0.0.1:19372"
    assert dialog.fields["auth_method"].raw() == "basic" and dialog.fields["auth_username"].raw() == "alice"
    assert urls.error.text() == "" and not dialog.move_user_button.isVisible() and dialog.save_button.isEnabled()
    assert asked == [("http://127.0.0.1:19371", "basic", "alice")]  # the password goes to the keyring next


def test_the_command_line_keeps_naming_oncall_tray_login():
    (problem,) = validate({"alertmanager_url": URL})[1]
    assert problem.reason.text() == "must not hold a password: use `oncall-tray login` (the OS keyring) instead"
    assert "oncall-tray login" in problem.reason.text(translator("pt_BR"))
