"""The selected alert's buttons under the alerts table (issue 3): *Acknowledge*, *Silence…*,
*Escalate…* and *Copy for #incidents*, and when each can be pressed. Split from the alerts
window (``alerts_window.AlertsWindow`` connects them); their strings stay in its context."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QPushButton

from ..alertmanager.models import Alert
from .translations import translator_for

TR_CONTEXT = "alerts_window"
tr = translator_for(TR_CONTEXT)


class AlertButtons(QHBoxLayout):
    """The four buttons in a row, then a stretch. Alt+letter for each (review Q12): no two alike
    in the window, in either language (tests).

    Attributes:
        writable: whether Alertmanager takes writes while the data is stale (``Overview.writable``:
            it only asked to slow down); set by the window before ``follow``.
    """

    def __init__(self) -> None:
        super().__init__()
        self.writable = False
        self.ack = QPushButton(tr("&Acknowledge"))
        self.ack.setToolTip(tr("Silence this alert for the 15-minute investigation window"))
        self.silence = QPushButton(tr("&Silence…"))
        self.escalate = QPushButton(tr("&Escalate…"))
        self.escalate.setToolTip(tr("The guide's escalation message for L2 or L3, ready to copy"))
        self.incidents = QPushButton(tr("&Copy for #incidents"))
        self.incidents.setToolTip(tr("The guide: tell #incidents \"Investigando [AlertName]\""))
        for button in (self.ack, self.silence, self.escalate, self.incidents):
            self.addWidget(button)
        self.addStretch(1)

    def follow(self, alert: Alert | None, stale: bool, sending: bool, acknowledged: bool) -> None:
        """Enable the buttons for the selected ``alert`` (None: none selected): *Acknowledge* not
        while the data is ``stale`` and Alertmanager takes no writes (not ``writable``: contact
        lost, code review 84 BC10), its silence is ``sending`` (review 56 M16) or it is
        ``acknowledged``; *Silence…* not while ``stale`` and not ``writable``; the others whenever
        one is selected."""
        off = stale and not self.writable
        self.ack.setEnabled(alert is not None and not off and not sending and not acknowledged)
        self.silence.setEnabled(alert is not None and not off)
        self.escalate.setEnabled(alert is not None)
        self.incidents.setEnabled(alert is not None)
