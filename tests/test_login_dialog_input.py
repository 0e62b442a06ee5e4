"""The tray's login dialog with what a paste may give (review 61 W10): a token over two lines, a
control character, blanks around it; and its width while it says why it refused (review 61 W7:
715 px instead of 368, to fit the error on one line)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from oncall_tray.secrets import SecretStore

BROKEN = "eyJhbGciOiJIUzI1NiJ9.SEGREDO\nparte2DoToken"


def _dialog(qtbot, method: str = "bearer"):
    from oncall_tray.ui.login_dialog import LoginDialog

    dialog = LoginDialog("http://127.0.0.1:19361", method, "bob", "", SecretStore(None, "no keyring in this test"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


@pytest.mark.parametrize(("method", "typed", "said"), [
    ("bearer", BROKEN, "The token holds a line break: paste it on one line."),
    ("bearer", "a b\nc", "The token holds a line break: paste it on one line."),
    ("bearer", "tab\there", "The token holds a control character (U+0009): paste it again, as one line of text."),
    ("bearer", "tokén", "The token holds a character that is not ASCII: a bearer token cannot carry it; paste it "
                        "again."),
])
def test_a_secret_that_cannot_be_sent_is_refused_in_the_dialog(qtbot, english, method, typed, said):
    dialog = _dialog(qtbot, method)
    sent = []
    dialog.submitted.connect(sent.append)
    dialog.secret.setText(typed)
    dialog.login_button.click()
    assert sent == [] and dialog.problem.text() == said
    assert "SEGREDO" not in said and dialog.isVisible()


@pytest.mark.parametrize("typed", ["pa\u200dss", "café\u00adx", "a\tb", "line\u2028two", "s3cret\t", " pass "])
def test_a_password_is_sent_as_typed(qtbot, english, typed):
    """Code review 63A CA6: basic auth sends the password base64-encoded, format and control
    characters and all; the dialog refused them. Code review 64 K5: blanks at its ends were cut."""
    dialog = _dialog(qtbot, "basic")
    sent = []
    dialog.submitted.connect(sent.append)
    dialog.secret.setText(typed)
    dialog.login_button.click()
    assert [c.secret for c in sent] == [typed] and dialog.problem.text() == "Checking with Alertmanager…"


def test_blanks_around_a_pasted_token_are_trimmed(qtbot, english):
    dialog = _dialog(qtbot)
    sent = []
    dialog.submitted.connect(sent.append)
    dialog.secret.setText("  eyJhbGciOiJIUzI1NiJ9.token\t\n")
    dialog.login_button.click()
    assert [c.secret for c in sent] == ["eyJhbGciOiJIUzI1NiJ9.token"]
    said = "Checking with Alertmanager… The white space around the token was left out."
    assert dialog.problem.text() == said
    dialog.checked("Alertmanager refused the token.")  # still said with the refusal, where it may explain it
    assert dialog.problem.text() == "Alertmanager refused the token. The white space around the token was left out."


def test_a_pasted_line_break_after_a_password_is_left_out_and_said(qtbot, english):
    """Code review 64 K5: a paste of ``pass show``'s output ends with a line break."""
    dialog = _dialog(qtbot, "basic")
    sent = []
    dialog.submitted.connect(sent.append)
    dialog.secret.setText("s3cret \n")
    dialog.login_button.click()
    assert [c.secret for c in sent] == ["s3cret "]
    assert dialog.problem.text() == ("Checking with Alertmanager… The line breaks at the ends of the password were "
                                     "left out.")


@pytest.mark.parametrize("language", ["english", "portuguese"])
def test_the_dialog_keeps_its_width_when_it_says_why(qtbot, request, language):
    request.getfixturevalue(language)
    dialog = _dialog(qtbot, "basic")
    width, left = dialog.width(), dialog.x()
    dialog.checked("Alertmanager at http://127.0.0.1:19361 does not ask for credentials (it answered without them): "
                   "nothing was kept.")
    QApplication.processEvents()  # the layout's pass after the new text
    assert dialog.width() == width and dialog.x() == left
    assert dialog.problem.wordWrap() and dialog.problem.height() > dialog.problem.fontMetrics().height()
    for field in (dialog.username, dialog.secret, dialog.method):  # taller, not squeezed
        assert field.height() >= field.sizeHint().height(), field
