"""A password typed in an Alertmanager URL of the settings dialog (review 61 W5): the dialog said
the command line's "use `oncall-tray login` (the OS keyring) instead", backquotes and all, while
its own Authentication, User name and "Enter password or token…" are two rows below; and left
the user name typed in the URL unused. The dialog now points at its own fields and moves the
user name there; the command line keeps naming ``oncall-tray login``."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel
from test_settings_ui import controller_for, loaded_from, store  # noqa: F401  (fixtures)

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
    assert asked == [("http://127.0.0.1:19371", "basic", "alice",  # the password goes to the keyring next
                      ["http://127.0.0.1:19371", "http://127.0.0.1:19372"], "hunter2")]


def test_the_command_line_keeps_naming_oncall_tray_login():
    (problem,) = validate({"alertmanager_url": URL})[1]
    assert problem.reason.text() == "must not hold a password: use `oncall-tray login` (the OS keyring) instead"
    assert "oncall-tray login" in problem.reason.text(translator("pt_BR"))


def test_two_urls_naming_different_users_are_both_named_and_nothing_is_dropped(qtbot, tmp_path, store,  # noqa: F811
                                                                              english):
    """Review 62 Y6: with ``alé`` in one member's URL and ``bob`` in the other's, the dialog named
    the first URL only, offered "Use “alé”…", and that button dropped bob's user and password
    without a word. The members share one login: the dialog names each URL and says the users
    differ; nothing is offered to move, nothing typed is changed."""
    dialog = SettingsDialog(loaded_from(tmp_path / "c.yaml", "poll_interval: 15\n"), store)
    qtbot.addWidget(dialog)
    dialog.show()
    urls = dialog.fields["alertmanager_urls"]
    typed = "http://al%C3%A9:p%40ss@127.0.0.1:19341\nhttp://bob:x@127.0.0.1:19342"
    urls.widget.setPlainText(typed)
    said = urls.error.text()
    assert "http://al%C3%A9:***@127.0.0.1:19341" in said and "http://bob:***@127.0.0.1:19342" in said, said
    assert "“alé”" in said and "“bob”" in said and "different user names" in said, said
    assert not dialog.move_user_button.isVisible() and not dialog.save_button.isEnabled()
    assert urls.widget.toPlainText() == typed
    # a user name without a password counts too: it is a login the members would not share
    urls.widget.setPlainText("http://alice:pw@127.0.0.1:19341\nhttp://bob@127.0.0.1:19342")
    assert "“bob”" in urls.error.text() and not dialog.move_user_button.isVisible()


def test_one_user_in_every_url_is_moved_and_the_login_names_every_member(qtbot, tmp_path, store,  # noqa: F811
                                                                         english):
    dialog = SettingsDialog(loaded_from(tmp_path / "c.yaml", "poll_interval: 15\n"), store)
    qtbot.addWidget(dialog)
    dialog.show()
    urls = dialog.fields["alertmanager_urls"]
    urls.widget.setPlainText("http://alice:pw@127.0.0.1:19341\nhttp://alice:pw@127.0.0.1:19342")
    said = urls.error.text()
    assert "http://alice:***@127.0.0.1:19341" in said and "http://alice:***@127.0.0.1:19342" in said, said
    assert dialog.move_user_button.isVisible()
    asked: list = []
    dialog.login_requested.connect(lambda *args: asked.append(args))
    dialog.move_user_button.click()
    assert urls.widget.toPlainText() == "http://127.0.0.1:19341\nhttp://127.0.0.1:19342"
    assert asked == [("http://127.0.0.1:19341", "basic", "alice", ["http://127.0.0.1:19341", "http://127.0.0.1:19342"],
                      "pw")]


def test_the_login_asked_from_the_settings_names_every_member(qtbot, controller_for, alertmanager):  # noqa: F811
    from oncall_tray.ui.login_dialog import LoginDialog

    controller = controller_for(f"alertmanager_url: {alertmanager.url}\n")
    controller.connection.open_settings()
    settings = controller.connection.dialogs["settings"]
    settings.login_requested.emit("http://127.0.0.1:19341", "basic", "alice",
                                  ["http://127.0.0.1:19341", "http://127.0.0.1:19342"], "")
    (login,) = settings.findChildren(LoginDialog)
    texts = "\n".join(label.text() for label in login.findChildren(QLabel))
    assert "http://127.0.0.1:19341\nhttp://127.0.0.1:19342" in texts, texts


def test_the_user_name_is_moved_and_the_login_asked_whatever_another_field_holds(qtbot, tmp_path, store,  # noqa: F811
                                                                                 english):
    """Code review 63B CB2: with a slip in a field of another tab, the button took the password
    out of the URL and then asked for nothing: the password the engineer had typed was gone."""
    dialog = SettingsDialog(loaded_from(tmp_path / "c.yaml", "poll_interval: 15\n"), store)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.fields["poll_interval"].widget.setText("abc")
    dialog.fields["engineer"].widget.setText("   ")  # (empty, on the Alerts tab)
    assert "engineer" in dialog.problems
    urls = dialog.fields["alertmanager_urls"]
    urls.widget.setPlainText("http://alice:s3cret@127.0.0.1:19371")
    asked: list = []
    dialog.login_requested.connect(lambda *args: asked.append(args))
    dialog.move_user_button.click()
    assert urls.widget.toPlainText() == "http://127.0.0.1:19371"
    assert asked == [("http://127.0.0.1:19371", "basic", "alice", ["http://127.0.0.1:19371"], "s3cret")]
    # "Enter password or token…" asks too (with nothing typed in its login), the other fields' problems untouched
    dialog.login_button.click()
    assert len(asked) == 2 and asked[1] == asked[0][:4] + ("",)
    assert {"poll_interval", "engineer"} <= dialog.problems.keys()


@pytest.mark.parametrize("language", ["en", "pt_BR"])
@pytest.mark.parametrize("typed, reason", [
    ("http://alice:s3cret@127.0.0.1:19371\nhttp://127.0.0.1:19372 x", "127.0.0.1:19372 x"),
    ("http://al%3Aice:s3cret@127.0.0.1:19371", "al:ice"),
])
def test_a_move_that_could_not_ask_for_the_password_leaves_the_url_as_it_is_and_says_why(
        qtbot, tmp_path, store, request, language, typed, reason):  # noqa: F811
    """When the URLs without the credentials, or the user name, would still have a problem, no
    login can be asked for them: the URL keeps the password, and the line under it says why."""
    request.getfixturevalue("english" if language == "en" else "portuguese")
    dialog = SettingsDialog(loaded_from(tmp_path / "c.yaml", "poll_interval: 15\n"), store)
    qtbot.addWidget(dialog)
    dialog.show()
    urls = dialog.fields["alertmanager_urls"]
    urls.widget.setPlainText(typed)
    asked: list = []
    dialog.login_requested.connect(lambda *args: asked.append(args))
    assert dialog.move_user_button.isVisible()
    dialog.move_user_button.click()
    assert urls.widget.toPlainText() == typed and asked == []
    assert dialog.fields["auth_method"].raw() == "none" and dialog.fields["auth_username"].raw() == ""
    said = urls.error.text()
    start = {"en": "The user name was not moved", "pt_BR": "O nome de usuário não foi movido"}[language]
    assert said.startswith(start) and reason in said and "s3cret" not in said, said


def test_the_password_moved_out_of_the_url_reaches_the_login_and_a_cancelled_login_puts_it_back(
        qtbot, controller_for, alertmanager):  # noqa: F811
    """Review 64 V6: "Use “alice” as the user name…" took the password out of the URL, then the
    login dialog opened with an empty Password field, and its Cancel left the password nowhere.
    The login now holds it (masked: never shown in clear), and a cancelled login puts the URL,
    the authentication and the user name back as they were typed: nothing typed is lost."""
    from PySide6.QtWidgets import QLineEdit

    from oncall_tray.ui.login_dialog import LoginDialog

    controller = controller_for(f"alertmanager_url: {alertmanager.url}\n")
    controller.connection.open_settings()
    settings = controller.connection.dialogs["settings"]
    urls = settings.fields["alertmanager_urls"]
    typed = "http://alice:p@ss:w%40rd@127.0.0.1:19641"
    urls.widget.setPlainText(typed)
    settings.move_user_button.click()
    assert urls.widget.toPlainText() == "http://127.0.0.1:19641"
    (login,) = settings.findChildren(LoginDialog)
    assert login.secret.text() == "p@ss:w@rd"  # as the URL meant it: percent-escapes decoded
    assert login.secret.echoMode() == QLineEdit.EchoMode.Password
    assert login.username.text() == "alice"
    login.reject()
    assert urls.widget.toPlainText() == typed
    assert settings.fields["auth_method"].raw() == "none" and settings.fields["auth_username"].raw() == ""
    assert settings.move_user_button.isVisible()
    # moved again and this time the login is kept: the URL stays without the password
    settings.move_user_button.click()
    (login,) = [dialog for dialog in settings.findChildren(LoginDialog) if dialog.isVisible()]
    assert login.secret.text() == "p@ss:w@rd"
    login.accept()
    assert urls.widget.toPlainText() == "http://127.0.0.1:19641"
    assert settings.fields["auth_method"].raw() == "basic" and settings.fields["auth_username"].raw() == "alice"
