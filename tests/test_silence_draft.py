"""The Silence dialog's draft is the whole choice, not only the comment: review 57 S2 chose
"1h (maintenance)", typed a comment, the tray was killed; the next dialog brought the comment
back on "15m (investigation)", and Silence, as the restored text invites, would have silenced a
maintenance for 15 minutes. Real tray and Alertmanager, pytest-qt offscreen."""

from __future__ import annotations

import pytest
from conftest import active_silences, make_alert, running_tray

from oncall_tray.config import Config
from oncall_tray.core.shifts import alert_scope
from oncall_tray.ui.silence_dialogs import SILENCE_COMMENT, SILENCE_DURATION


@pytest.fixture
def controller(qtbot, alertmanager, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    alertmanager.post_alerts([make_alert("HighCPUUsage", "warning"), make_alert("BackupOld", "info")])
    config = Config(alertmanager_url=alertmanager.url, notifications=False, engineer="rita", poll_interval=60)
    with running_tray(qtbot, config, tmp_path) as ctl:
        yield ctl


def reopen(controller, fp: str, crashed: bool = True):
    """The next Silence dialog of ``fp``; ``crashed``: as after a restart (nothing of this run's)."""
    for dialog in list(controller.alert_actions._dialogs.values()):
        dialog.reject()
    if crashed:
        controller.alert_actions._typed.clear()
    controller.alert_actions.open_silence_dialog(fp)
    return next(iter(controller.alert_actions._dialogs.values()))


def fingerprint(controller, name: str) -> str:
    return next(fp for fp, a in controller.snapshot.alerts.items() if a.alertname == name)


def test_the_duration_chosen_comes_back_with_the_comment(qtbot, controller):
    fp = fingerprint(controller, "HighCPUUsage")
    journal, scope = controller.shift.journal, alert_scope(fp)
    dialog = reopen(controller, fp)
    dialog.durations.button(1).setChecked(True)  # 1h (maintenance)
    dialog.comment.setPlainText("janela de manutenção do host")
    qtbot.waitUntil(lambda: journal.get_state(scope, SILENCE_COMMENT) == "janela de manutenção do host", timeout=5000)
    qtbot.waitUntil(lambda: journal.get_state(scope, SILENCE_DURATION) == "1h", timeout=5000)
    again = reopen(controller, fp)
    assert again.durations.checkedId() == 1 and again.duration().total_seconds() == 3600
    assert again.comment.toPlainText() == "janela de manutenção do host"


def test_a_custom_duration_comes_back_as_typed_and_goes_with_the_silence_made(qtbot, controller, alertmanager):
    fp = fingerprint(controller, "HighCPUUsage")
    journal, scope = controller.shift.journal, alert_scope(fp)
    dialog = reopen(controller, fp)
    custom = dialog.durations.button(len(dialog.durations.buttons()) - 1)
    custom.setChecked(True)
    dialog.custom.setText("2h30m")
    dialog.comment.setPlainText("migração do banco")
    qtbot.waitUntil(lambda: journal.get_state(scope, SILENCE_DURATION) == "other:2h30m", timeout=5000)
    again = reopen(controller, fp)
    assert again.durations.checkedButton() is again.durations.button(len(again.durations.buttons()) - 1)
    assert again.custom.text() == "2h30m" and again.duration().total_seconds() == 2.5 * 3600
    with qtbot.waitSignal(again.finished, timeout=10000):
        again.submit()
    (made,) = active_silences(alertmanager)
    assert made["comment"] == "migração do banco"
    qtbot.waitUntil(lambda: journal.get_state(scope, SILENCE_DURATION) == "", timeout=5000)
    assert reopen(controller, fp).durations.checkedId() == 0  # the guide's first choice again


def test_another_alerts_dialog_starts_on_its_own_choice(qtbot, controller):
    dialog = reopen(controller, fingerprint(controller, "HighCPUUsage"))
    dialog.durations.button(2).setChecked(True)
    other = reopen(controller, fingerprint(controller, "BackupOld"), crashed=False)
    assert other.durations.checkedId() == 0
