"""What the silence dialog says about a send's outcome stays until the engineer sends again
(review 57 S1: "Unknown whether the silence was created…" was written where the live checks go,
and the next poll's refresh of the dialog wrote them over it: the dialog looked as if Silence
had never been pressed). Real Alertmanager (paused with SIGSTOP for the unknown outcome),
pytest-qt offscreen."""

from __future__ import annotations

import pytest
from conftest import make_alert, running_tray
from paused_alertmanager import Paused

from oncall_tray.config import Config


@pytest.fixture
def controller(qtbot, alertmanager, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    alertmanager.post_alerts([make_alert("BackupOld", "info"), make_alert("DiskFull", "warning")])
    config = Config(alertmanager_url=alertmanager.url, notifications=False, engineer="maria", poll_interval=60,
                    request_timeout=1.0)
    with running_tray(qtbot, config, tmp_path) as ctl:
        yield ctl


def open_dialog(controller, name: str):
    fp = next(fp for fp, a in controller.snapshot.alerts.items() if a.alertname == name)
    controller.alert_actions.open_silence_dialog(fp)
    return next(iter(controller.alert_actions._dialogs.values()))


def poll(qtbot, controller) -> None:
    with qtbot.waitSignal(controller.poller.polled, timeout=10000):
        controller.refresh()


def test_an_unknown_outcome_stays_said_after_the_next_poll(qtbot, controller, alertmanager):
    dialog = open_dialog(controller, "BackupOld")
    dialog.comment.setPlainText("backup em andamento")
    with Paused(alertmanager):
        with qtbot.waitSignal(controller.alert_actions.actions.finished, timeout=15000):
            dialog.submit()
    assert "Unknown whether the silence was created" in dialog.outcome.text()
    poll(qtbot, controller)  # Alertmanager answers again: the dialog's preview follows the poll
    assert dialog.isVisible()
    assert "Unknown whether the silence was created" in dialog.outcome.text()
    assert not dialog.outcome.isHidden()
    dialog.comment.setPlainText("backup em andamento, 2")  # typing does not wipe it either
    assert "Unknown whether the silence was created" in dialog.outcome.text()
    dialog.reject()


def test_a_refusal_stays_said_after_the_next_poll_and_goes_when_sent_again(qtbot, controller, alertmanager):
    dialog = open_dialog(controller, "DiskFull")
    dialog.comment.setPlainText("disco sendo limpo")
    dialog.refused("Alertmanager refused it: silence invalid")  # as the actions worker hands it back
    poll(qtbot, controller)
    assert dialog.outcome.text() == "Not created: Alertmanager refused it: silence invalid"
    assert dialog.problems.text() == ""  # the live checks: nothing wrong with what is typed
    with qtbot.waitSignal(controller.alert_actions.actions.finished, timeout=15000):
        dialog.submit()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)  # created this time


def test_problems_typed_and_the_outcome_are_both_shown(qtbot, controller):
    dialog = open_dialog(controller, "DiskFull")
    dialog.refused("no answer in time (1 s)")
    dialog.comment.setPlainText("")
    assert "comment" in dialog.problems.text().lower()
    assert dialog.outcome.text() == "Not created: no answer in time (1 s)"
    assert not dialog.silence_button.isEnabled()
    dialog.reject()
