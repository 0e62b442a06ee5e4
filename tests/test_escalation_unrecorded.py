"""*Copy and record as escalated* while the shift journal cannot be used (review 61 X11): the
tray has no journal (``ShiftController.journal`` None: here its path is taken by a folder, as a
file that cannot be opened), so nothing can be recorded. The dialog copied the message, greyed
the button and said only "Copied to the clipboard", while the escalation was not in the journal
(the SLA kept asking for it). It must say that it was not recorded, and why, and leave the
button to try again, which records it once the journal can be used. Real tray and
Alertmanager, pytest-qt offscreen."""

from __future__ import annotations

import shutil

import pytest
from conftest import make_alert, running_tray
from PySide6.QtGui import QGuiApplication

from oncall_tray.config import Config
from oncall_tray.core.journal import Journal
from oncall_tray.paths import Folders
from oncall_tray.ui.escalation_dialog import EscalationDialog


@pytest.fixture
def controller(qtbot, alertmanager, tmp_path):
    alertmanager.post_alerts([make_alert("APIDown", "critical")])
    Folders.for_user().journal.mkdir(parents=True)  # the journal's path cannot be opened as a journal
    config = Config(alertmanager_url=alertmanager.url, notifications=False, engineer="ana", poll_interval=60)
    with running_tray(qtbot, config, tmp_path) as ctl:
        yield ctl


def test_not_recorded_is_said_with_why_and_the_button_tries_again(qtbot, controller):
    assert controller.shift.journal is None
    fp = next(fp for fp, a in controller.snapshot.alerts.items() if a.alertname == "APIDown")
    controller.show_window()
    controller.alert_actions.escalate(fp)
    dialog = controller.window.findChildren(EscalationDialog)[-1]
    dialog.record_button.click()
    assert QGuiApplication.clipboard().text() == dialog.text.toPlainText()  # copied all the same
    said = dialog.copied.text()
    assert "Not recorded: " in said and "the shift journal cannot be used" in said, said
    assert str(Folders.for_user().journal) in said, said  # why: its path and the error
    assert dialog.record_button.isEnabled()  # to try again
    shutil.rmtree(Folders.for_user().journal)  # the journal can be used again
    dialog.record_button.click()
    qtbot.waitUntil(lambda: "Recorded as escalated to L2" in dialog.copied.text(), timeout=10000)
    assert not dialog.record_button.isEnabled()
    with Journal.open(Folders.for_user().journal) as journal:
        assert [e.kind.value for e in journal.events() if e.fingerprint == fp and e.kind.value == "escalated"] \
            == ["escalated"]
    dialog.close()
