"""Review 73 AW1: a critical alert nobody acknowledged became "Acompanhar HighLatencyP99 (ainda
disparando, sem reconhecimento)" in the handoff's pending items once a note was written on it (a note
makes an incident record), while the same state without a note read "Reconhecer
SLOAvailabilityViolation (crítico, disparando desde 14:37, sem reconhecimento)": the action the
guide asks first ("Acknowledge imediato"), the severity and since when it fires were gone. A note
(or an escalation) is no acknowledgement: the line stays "Acknowledge X (severity, firing since …)",
the note in Incidents Handled beside it.

Real parts: the alerts posted to a real Alertmanager and polled into the journal (``test_handoff.Shift``);
the note written as the command line writes it (``Journal.add_note``)."""

from __future__ import annotations

import datetime as dt

from conftest import make_alert
from test_handoff import ZONE, Shift, local_hhmm, section

from oncall_tray.core import shifts
from oncall_tray.core.handoff import end_report
from oncall_tray.core.handoff_markdown import end_markdown
from oncall_tray.core.journal import Journal
from oncall_tray.core.sla import SlaPolicy
from oncall_tray.i18n import translator

ACKNOWLEDGE = {"en": "- [ ] Acknowledge {name} (critical, firing since {since}, not acknowledged)",
               "pt_BR": "- [ ] Reconhecer {name} (crítico, disparando desde {since}, sem reconhecimento)"}
HEADINGS = {"en": ("Pending for the Next Shift", "Incidents Handled"),
            "pt_BR": ("Pendências para Próximo Turno", "Incidentes Tratados")}


def test_a_noted_critical_alert_nobody_acknowledged_is_still_to_acknowledge(alertmanager, tmp_path):
    journal = Journal.open(tmp_path / "j.db")
    shift = Shift(alertmanager, journal)
    ana = shifts.start_shift(journal, "ana")
    began = dt.datetime.now(dt.UTC) - dt.timedelta(minutes=20)  # both firing unacknowledged, L2 overdue
    posted = [make_alert("HighLatencyP99", "critical", starts_at=began, summary="p99 acima de 2s", instance="api:8080"),
              make_alert("SLOAvailabilityViolation", "critical", starts_at=began, summary="SLO abaixo de 99.9%",
                         instance="api:8080")]
    alertmanager.post_alerts(posted)
    live = shift.poll()
    since = {alert["labels"]["alertname"]: local_hhmm(alert["startsAt"]) for alert in posted}
    journal.add_note(shift.fingerprint("HighLatencyP99"), "Diego: rollback do deploy iniciado",
                     alertname="HighLatencyP99", actor="ana")
    for language in ("en", "pt_BR"):
        tr = translator(language)
        markdown = end_markdown(end_report(journal, ana, live, tr, ZONE, policy=SlaPolicy()), tr, ZONE)
        pending, handled = (section(markdown, heading) for heading in HEADINGS[language])
        for name in ("HighLatencyP99", "SLOAvailabilityViolation"):  # the same words, note or not
            line = ACKNOWLEDGE[language].format(name=name, since=since[name])
            assert sum(item.startswith(line) for item in pending) == 1, (line, pending)
        assert not any("Follow up" in item or "Acompanhar" in item for item in pending), pending
        # the note is beside it, in Incidents Handled
        assert any("HighLatencyP99" in item and "Diego: rollback do deploy iniciado" in item for item in handled), \
            handled
    journal.close()
