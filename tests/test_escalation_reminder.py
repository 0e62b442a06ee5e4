"""Review 59 U4: APIDown escalated to L2 at 11:01; at 11:08 (15 minutes old) the alerts window's
*Escalate…* opened at L3, addressed to the CTO and the architect, while ``oncall-tray escalate
--dry-run`` at the same minute printed the message to L2; the SLA asks for L3 only from one hour
(11:52). The dialog offers what the command does: the level recorded, as a reminder to it, until
the SLA asks for the next; it says so and when the next one falls due, and *Copy and record as
escalated* records nothing at a level already escalated to."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QCoreApplication

from oncall_tray.alertmanager.models import Alert, AlertStatus
from oncall_tray.config import Config
from oncall_tray.core.local_times import local_time
from oncall_tray.core.severity import Severity

CONTACTS = {"Tech Lead": "Bruno Lima - +55 11 98888-0000", "SRE": "Eva Souza - +55 11 95555-0000",
            "CTO": "Carla Dias - +55 11 97777-0000", "Arquiteto": "Davi Reis - +55 11 96666-0000"}
HEADING = {"english": "*ESCALATION TO %1*", "portuguese": "*ESCALAÇÃO PARA %1*"}
REMINDER = {"english": "Escalated to L2 already: this message is a reminder to L2. The SLA asks for L3 from %1; "
                       "to escalate now, choose L3.",
            "portuguese": "Já escalado para L2: esta mensagem é um lembrete ao L2. O SLA pede o L3 a partir de %1; "
                          "para escalar agora, escolha L3."}


def api_down(minutes: float) -> Alert:
    return Alert(fingerprint="b269ca340a02ffe5", labels={"alertname": "APIDown", "severity": "critical"},
                 status=AlertStatus("suppressed", ("s1",)),
                 starts_at=dt.datetime.now(dt.timezone.utc).replace(microsecond=0) - dt.timedelta(minutes=minutes))


@pytest.mark.parametrize("language", ["english", "portuguese"])
@pytest.mark.parametrize("minutes", [16, 30])
def test_escalated_to_l2_the_dialog_reminds_l2_until_the_sla_asks_for_l3(qtbot, request, language, minutes):
    from oncall_tray.ui.escalation_dialog import EscalationDialog

    request.getfixturevalue(language)
    alert = api_down(minutes)
    config = Config(contacts=CONTACTS, timezone="America/Sao_Paulo")
    dialog = EscalationDialog(alert, Severity.CRITICAL, {}, config, escalated="L2")
    qtbot.addWidget(dialog)
    text = dialog.text.toPlainText()
    assert dialog.level.currentText() == "L2"
    assert text.startswith(HEADING[language].replace("%1", "L2")), text
    assert "Bruno Lima" in text and "Carla Dias" not in text  # to the Tech Lead and SRE, not the CTO
    l3_at = alert.starts_at + dt.timedelta(hours=1)
    now = dt.datetime.now(dt.timezone.utc)
    assert dialog.standing.text() == REMINDER[language].replace(
        "%1", local_time(l3_at, config.zone(), now, QCoreApplication.translate))
    assert not dialog.record_button.isEnabled()  # L2 is recorded: nothing to record again
    dialog.level.setCurrentText("L3")  # the engineer's choice: the incident drags on
    assert dialog.text.toPlainText().startswith(HEADING[language].replace("%1", "L3"))
    assert "Carla Dias" in dialog.text.toPlainText()
    assert dialog.record_button.isEnabled() and dialog.standing.text() == ""
    dialog.level.setCurrentText("L2")
    assert not dialog.record_button.isEnabled() and dialog.standing.text().startswith(REMINDER[language][:20])


def test_past_an_hour_escalated_to_l2_the_dialog_offers_l3(qtbot, english):
    """The SLA asks for L3 from one hour: then the dialog offers it, to record."""
    from oncall_tray.ui.escalation_dialog import EscalationDialog

    dialog = EscalationDialog(api_down(61), Severity.CRITICAL, {}, Config(contacts=CONTACTS), escalated="L2")
    qtbot.addWidget(dialog)
    assert dialog.level.currentText() == "L3" and dialog.record_button.isEnabled()
    assert dialog.standing.text() == ""
    assert "Carla Dias" in dialog.text.toPlainText()


def test_escalated_to_l3_a_message_to_l2_is_not_recorded(qtbot, english):
    """As ``escalate --level L2`` after L3: "Escalated to L3 already; the message to L2 was not
    recorded" (review 38)."""
    from oncall_tray.ui.escalation_dialog import EscalationDialog

    dialog = EscalationDialog(api_down(20), Severity.CRITICAL, {}, Config(contacts=CONTACTS), escalated="L3")
    qtbot.addWidget(dialog)
    assert dialog.level.currentText() == "L3" and not dialog.record_button.isEnabled()
    assert dialog.standing.text() == "Escalated to L3 already: this message is a reminder to L3."
    dialog.level.setCurrentText("L2")
    assert not dialog.record_button.isEnabled()
    assert dialog.standing.text() == "Escalated to L3 already: a message to L2 is not recorded."


def test_escalated_early_the_reminder_says_no_time_for_l3(qtbot, english):
    """Escalated at 5 minutes, before the SLA asked for L2: L3 has no time yet ("choose L3")."""
    from oncall_tray.ui.escalation_dialog import EscalationDialog

    dialog = EscalationDialog(api_down(5), Severity.CRITICAL, {}, Config(contacts=CONTACTS), escalated="L2")
    qtbot.addWidget(dialog)
    assert dialog.level.currentText() == "L2"
    assert dialog.standing.text() == "Escalated to L2 already: this message is a reminder to L2. To escalate to L3 now, " \
                                     "choose L3."
