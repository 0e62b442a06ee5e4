"""Tab order of the dialogs with a typed text and a button box (review 51 G2): after the last
field Tab reaches the dialog's own action first (Silence, Log in, Save, Copy, Restart), then
the others, Cancel or Close last, so that "type, Tab, Enter" does what the dialog is for and
never throws the text away; Ctrl+Enter in the silence's comment submits it. pytest-qt,
offscreen."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import activate
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from oncall_tray.alertmanager.models import Alert, AlertStatus, Matcher
from oncall_tray.config import Config, load_config
from oncall_tray.core.severity import Severity
from oncall_tray.secrets import SecretStore


def alert() -> Alert:
    return Alert(fingerprint="f1", labels={"alertname": "HighCPUUsage", "severity": "warning"},
                 status=AlertStatus("active"), starts_at=dt.datetime.now(dt.timezone.utc))


def tabs_from(qtbot, widget, count: int) -> list:
    """The widgets that get the focus, one Tab after another, from ``widget``."""
    activate(qtbot, widget.window())
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus, timeout=3000)
    reached = []
    for _ in range(count):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    return reached


def shown(qtbot, dialog):
    """``dialog``, shown (closed at the end of the test)."""
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def silence_dialog(qtbot):
    from oncall_tray.ui.silence_dialog import SilenceDialog

    return shown(qtbot, SilenceDialog([Matcher("alertname", "HighCPUUsage")], "ana", [alert()],
                                      lambda _a: Severity.WARNING))


def test_tab_from_the_comment_reaches_silence_before_cancel(qtbot):
    dialog = silence_dialog(qtbot)
    activate(qtbot, dialog)
    qtbot.keyClicks(dialog.comment, "investigando o pool")
    cancel = dialog.buttons.button(dialog.buttons.StandardButton.Cancel)
    assert tabs_from(qtbot, dialog.comment, 2) == [dialog.silence_button, cancel]
    assert dialog.comment.toPlainText() == "investigando o pool"


def test_tab_goes_through_the_silence_dialog_in_visual_order(qtbot):
    """The table, its operator, the matcher buttons, the duration, the author, the comment."""
    dialog = silence_dialog(qtbot)
    dialog.comment.setPlainText("x")
    cancel = dialog.buttons.button(dialog.buttons.StandardButton.Cancel)
    reached = tabs_from(qtbot, cancel, 7)
    assert reached[0] is dialog.table and reached[1] is dialog.table.cellWidget(0, 1)
    assert [w.text() for w in reached[2:4]] == ["Add matcher", "Remove selected"]
    assert reached[4] is dialog.durations.checkedButton()
    assert reached[5:] == [dialog.custom, dialog.author]


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Enter], ids=["ctrl-return", "ctrl-enter"])
def test_ctrl_enter_in_the_comment_submits(qtbot, key):
    dialog = silence_dialog(qtbot)
    activate(qtbot, dialog)
    dialog.comment.setFocus()
    qtbot.keyClicks(dialog.comment, "manutencao")
    with qtbot.waitSignal(dialog.submitted, timeout=3000) as sent:
        qtbot.keyClick(dialog.comment, key, Qt.KeyboardModifier.ControlModifier)
    assert sent.args[0].comment == "manutencao"
    assert dialog.comment.toPlainText() == "manutencao"  # no new line typed


def test_ctrl_enter_sends_nothing_while_the_checks_fail(qtbot):
    dialog = silence_dialog(qtbot)
    activate(qtbot, dialog)
    dialog.comment.setFocus()
    sent = []
    dialog.submitted.connect(sent.append)
    qtbot.keyClick(dialog.comment, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not sent and "comment" in dialog.problems.text().lower() and dialog.isVisible()


def test_login_dialog_tab_from_the_secret_reaches_log_in_first(qtbot):
    from oncall_tray.ui.login_dialog import LoginDialog

    dialog = LoginDialog("https://am.example", "basic", "ana", "", SecretStore(None, "no keyring in this test"))
    shown(qtbot, dialog)
    reached = tabs_from(qtbot, dialog.secret, 2)
    assert [w.text() for w in reached] == ["Log in", "Cancel"]


def test_escalation_dialog_tab_from_the_text_reaches_copy_then_record_then_close(qtbot):
    from oncall_tray.ui.escalation_dialog import EscalationDialog

    dialog = EscalationDialog(alert(), Severity.CRITICAL, {}, Config())
    shown(qtbot, dialog)
    reached = tabs_from(qtbot, dialog.text, 4)
    assert [w.text() for w in reached[:3]] == ["Copy as Markdown", "Copy and record as escalated", "Close"]
    assert reached[3] is dialog.level  # and round again, from the top


def test_settings_dialog_reaches_save_before_cancel(qtbot, tmp_path):
    from oncall_tray.ui.settings_dialog import SettingsDialog

    (tmp_path / "c.yaml").write_text("")
    dialog = SettingsDialog(load_config(tmp_path / "c.yaml"), SecretStore(None, "no keyring in this test"))
    shown(qtbot, dialog)
    reached = tabs_from(qtbot, dialog.test_button, 2)
    assert [w.text() for w in reached] == ["Save", "Cancel"]


def test_crash_dialog_reaches_restart_first(qtbot):
    from oncall_tray.ui.crash import CrashDialog

    dialog = CrashDialog("Traceback: …", None)
    shown(qtbot, dialog)
    reached = tabs_from(qtbot, dialog.details, 3)
    assert [w.text() for w in reached] == ["Restart", "Copy details", "Quit"]
