"""*Copy and record as escalated* while another program keeps the shift journal locked (review 62
Y4): the dialog said only "Copied to the clipboard: paste it in Slack." for 30 to 50 s, the
button greyed, while the escalation waited in the journal's queue behind the poll's writes, each
waiting out the journal's busy timeout; an engineer who closed it then believed it recorded. It
must say at once that it is being recorded, and that the journal is locked as soon as a write
finds it so, not after every queued write has waited; once the lock goes, "Recorded". Real tray,
journal and Alertmanager, pytest-qt offscreen; the busy timeout shortened (no fixed sleep)."""

from __future__ import annotations

import sqlite3

import pytest
from conftest import make_alert, running_tray

from oncall_tray.config import Config
from oncall_tray.core import journal, journal_file
from oncall_tray.paths import Folders
from oncall_tray.ui.escalation_dialog import EscalationDialog


@pytest.fixture
def controller(qtbot, alertmanager, tmp_path, monkeypatch):
    for module in (journal_file, journal):  # each write waits 1 s for the lock, not 10
        monkeypatch.setattr(module, "BUSY_TIMEOUT_S", 1.0)
    alertmanager.post_alerts([make_alert("HighLatencyP99", "critical")])
    config = Config(alertmanager_url=alertmanager.url, notifications=False, engineer="ana", poll_interval=60)
    with running_tray(qtbot, config, tmp_path) as ctl:
        yield ctl


@pytest.mark.parametrize("language", ["english", "portuguese"])
def test_recording_is_said_at_once_and_the_lock_without_waiting_the_queue(qtbot, controller, request, language):
    request.getfixturevalue(language)
    fp = next(fp for fp, a in controller.snapshot.alerts.items() if a.alertname == "HighLatencyP99")
    controller.show_window()
    controller.alert_actions.escalate(fp)
    dialog = controller.window.findChildren(EscalationDialog)[-1]
    qtbot.waitUntil(lambda: not controller.shift.writer.busy, timeout=10000)  # the dialog's reads done
    other = sqlite3.connect(Folders.for_user().journal, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")  # another program holds the journal
    try:
        for n in range(5):  # the poll's writes queued before the click, each to wait out the busy timeout
            controller.shift.submit(controller.shift.journal.set_state, "test", f"poll-{n}", n)
        dialog.record_button.click()
        said = dialog.copied.text()
        recording = {"english": "Recording it in the shift journal…",
                     "portuguese": "Registrando no diário do turno…"}[language]
        assert recording in said, said  # at once, not "Copied" alone
        assert not dialog.record_button.isEnabled()
        locked = {"english": "locked", "portuguese": "bloqueado"}[language]
        # the first queued write to fail says it: the escalation's own turn is 6 waits away
        qtbot.waitUntil(lambda: locked in dialog.copied.text(), timeout=5000)
        said = dialog.copied.text()
        assert {"english": "Not recorded yet", "portuguese": "Ainda não registrado"}[language] in said, said
    finally:
        other.execute("ROLLBACK")
        other.close()
    qtbot.waitUntil(lambda: {"english": "Recorded as escalated to L2",
                             "portuguese": "Registrado como escalado para L2"}[language] in dialog.copied.text(),
                    timeout=10000)
    assert locked not in dialog.copied.text()
    dialog.close()
