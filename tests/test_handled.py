"""Which alerts a shift handled (the guide's "Incidentes Tratados": "[AlertName] - [HH:MM] -
Resolvido/Escalado - [Breve descrição]") and how its handoff words them, against a real
Alertmanager: a silence someone else made for maintenance is no acknowledgement of the shift,
an acknowledgement expired by hand did not end, and an answer recorded on an inherited incident
makes it the shift's (review 59 U1, U5)."""

from __future__ import annotations

import httpx
from conftest import make_alert, silence
from test_handoff import ZONE, Shift, end_section, section

from oncall_tray.core import shifts
from oncall_tray.core.handoff import end_report, start_checklist
from oncall_tray.core.handoff_markdown import end_markdown, start_markdown
from oncall_tray.core.journal import Journal
from oncall_tray.i18n import translator
from oncall_tray.paths import Folders


def expire(am, silence_id: str) -> None:
    """Expire a silence by hand, as the Silences tab's *Expire* or amtool does."""
    httpx.delete(f"{am.url}/api/v2/silence/{silence_id}", timeout=10).raise_for_status()


def test_a_maintenance_silence_someone_else_made_is_no_acknowledgement_of_the_shift(alertmanager):
    """Review 59 U1: in Bruno's shift HighCPUUsage fired unacknowledged; Carla Dias silenced it
    for 1 h, "Manutenção programada do host", and Bruno expired that silence by hand. The handoff
    listed "HighCPUUsage - 10:39 - Open (acknowledged by Carla Dias)", pending "its acknowledgement
    ended", and the next start checklist "acknowledged at 11:01 by Carla Dias". Nobody on call
    acknowledged it: it is pending as not acknowledged, and no incident of the shift."""
    journal = Journal.open(Folders.for_user().journal)
    shift = Shift(alertmanager, journal)
    bruno = shifts.start_shift(journal, "Bruno Lima")
    alertmanager.post_alerts([make_alert("HighCPUUsage", "warning", summary="CPU acima de 80% por 5 minutos")])
    shift.poll()
    carla = silence(alertmanager, {"alertname": "HighCPUUsage"}, minutes=60, author="Carla Dias",
                    comment="Manutenção programada do host")
    shift.poll()
    assert shifts.open_incidents(journal) == []  # muted, not acknowledged
    expire(alertmanager, carla)
    live = shift.poll()
    assert shifts.open_incidents(journal) == [] and not shifts.recorded_responses(journal).acknowledged_at
    for language, heading, pending, acked in (
            ("en", "Incidents Handled", "Pending for the Next Shift", "acknowledged"),
            ("pt_BR", "Incidentes Tratados", "Pendências para Próximo Turno", "reconhecimento")):
        tr = translator(language)
        markdown = end_markdown(end_report(journal, bruno, live, tr, ZONE), tr, ZONE)
        assert "HighCPUUsage" not in "\n".join(section(markdown, heading)), markdown
        (line,) = [line for line in section(markdown, pending) if "HighCPUUsage" in line]
        assert acked in line and "Carla" not in line, line  # "not acknowledged" / "sem reconhecimento"
    shifts.end_shift(journal, bruno.id, incoming="Carla Dias")
    tr = translator("en")
    start = start_markdown(start_checklist(journal, "Carla Dias", live), tr, ZONE)
    assert "acknowledged at" not in start and "**Open Incidents**: 0" in start, start
    journal.close()


def test_a_silence_made_by_the_one_on_call_or_commented_ack_is_the_shifts_acknowledgement(alertmanager):
    """The other side of U1: a silence of the alert made while it fires by the engineer on call
    (review 21: "Investigando queries lentas — CRM-5130", 1 h) or commented ``ACK`` by a
    colleague (review 56 Q8) acknowledges it; a colleague's is named."""
    journal = Journal.open(Folders.for_user().journal)
    shift = Shift(alertmanager, journal)
    bruno = shifts.start_shift(journal, "Bruno Lima")
    alertmanager.post_alerts([make_alert("SlowDatabaseQueries", "warning"), make_alert("APIDown", "critical")])
    shift.poll()
    silence(alertmanager, {"alertname": "SlowDatabaseQueries"}, minutes=60, author="bruno lima",
            comment="Investigando queries lentas — CRM-5130")
    silence(alertmanager, {"alertname": "APIDown"}, author="Carla Dias", comment="ACK! investigando — Carla Dias")
    live = shift.poll()
    tr = translator("en")
    lines = section(end_markdown(end_report(journal, bruno, live, tr, ZONE), tr, ZONE), "Incidents Handled")
    (slow,) = [line for line in lines if "SlowDatabaseQueries" in line]
    (api,) = [line for line in lines if "APIDown" in line]
    assert "acknowledged by" not in slow and "acknowledged by Carla Dias" in api, lines
    journal.close()


def test_an_acknowledgement_expired_by_hand_did_not_end(alertmanager):
    """U1's "expired by hand is not 'ended'": Bruno's own acknowledgement, expired in the
    Silences tab while the alert fires, is handed over as expired by hand, not as one that
    ended."""
    journal = Journal.open(Folders.for_user().journal)
    shift = Shift(alertmanager, journal)
    bruno = shifts.start_shift(journal, "Bruno Lima")
    alertmanager.post_alerts([make_alert("HighMemoryUsage", "warning")])
    shift.poll()
    ack = silence(alertmanager, {"alertname": "HighMemoryUsage"}, author="Bruno Lima", comment="ACK! investigando")
    shift.poll()
    expire(alertmanager, ack)
    live = shift.poll()
    for language, said, not_said in (("en", "its acknowledgement was expired by hand", "acknowledgement ended"),
                                     ("pt_BR", "o reconhecimento foi expirado manualmente", "reconhecimento terminou")):
        report = end_report(journal, bruno, live, translator(language), ZONE)
        (line,) = [line for line in report.pending if "HighMemoryUsage" in line]
        assert said in line and not_said not in line, line
    shifts.end_shift(journal, bruno.id, incoming="Carla Dias")
    tr = translator("en")
    start = start_markdown(start_checklist(journal, "Carla Dias", live), tr, ZONE)
    (line,) = [line for line in start.splitlines() if line.startswith("- HighMemoryUsage - ")]
    assert "no longer silenced: expired by hand" in line, line
    journal.close()


def test_a_critical_alert_muted_by_a_colleagues_maintenance_is_pending_as_not_acknowledged(alertmanager):
    """U1 while the colleague's silence still mutes it: a critical alert is handed over to be
    acknowledged, muted by her silence (guide: "Nunca silencie alertas críticos sem investigar"),
    not left out as if someone on call were on it."""
    journal = Journal.open(Folders.for_user().journal)
    shift = Shift(alertmanager, journal)
    bruno = shifts.start_shift(journal, "Bruno Lima")
    alertmanager.post_alerts([make_alert("DiskSpaceRunningOut", "critical")])
    shift.poll()
    silence(alertmanager, {"alertname": "DiskSpaceRunningOut"}, minutes=60, author="Carla Dias",
            comment="Manutenção programada do host")
    live = shift.poll()
    for language, said in (("en", "muted by Carla Dias's silence until"),
                           ("pt_BR", "silenciado por Carla Dias até")):
        report = end_report(journal, bruno, live, translator(language), ZONE)
        assert report.incidents == []
        (line,) = [line for line in report.pending if "DiskSpaceRunningOut" in line]
        assert said in line, line
    journal.close()


def test_an_answer_recorded_on_an_inherited_incident_makes_it_the_shifts(alertmanager):
    """Review 59 U5: Bruno acknowledged APIDown and escalated it to L2, and handed over to Carla;
    Carla recorded "L2 answered". Her handoff listed it only as pending, while her *Incidents*
    window listed it; the incidents the shift handled include those it recorded an answer on,
    and the line says the answer. A colleague's maintenance silence over an inherited incident
    does not make it hers; an incident that resolved in her shift is listed as resolved, with who
    acknowledged it."""
    journal = Journal.open(Folders.for_user().journal)
    shift = Shift(alertmanager, journal)
    bruno = shifts.start_shift(journal, "Bruno Lima")
    alertmanager.post_alerts([make_alert("APIDown", "critical"), make_alert("HighCPUUsage", "warning")])
    shift.poll()
    api, cpu = shift.fingerprint("APIDown"), shift.fingerprint("HighCPUUsage")
    silence(alertmanager, {"alertname": "APIDown"}, author="Bruno Lima", comment="ACK! investigando")
    silence(alertmanager, {"alertname": "HighCPUUsage"}, author="Bruno Lima", comment="ACK! investigando")
    shift.poll()
    journal.record_escalation(api, "L2", alertname="APIDown", actor="Bruno Lima")
    shifts.end_shift(journal, bruno.id, incoming="Carla Dias")
    carla = shifts.start_shift(journal, "Carla Dias")
    silence(alertmanager, {"alertname": "HighCPUUsage"}, minutes=60, author="Ana Souza",
            comment="Manutenção programada do host")
    shift.poll()
    journal.record_answer(api, "L2", alertname="APIDown", actor="Carla Dias")
    live = shift.poll()
    for language, heading, said in (("en", "Incidents Handled", "L2 answered at"),
                                    ("pt_BR", "Incidentes Tratados", "L2 respondeu às")):
        lines = end_section(journal, carla, live, language, heading)
        (line,) = [line for line in lines if "APIDown" in line]
        assert said in line and "Bruno Lima" in line, lines
        assert not [line for line in lines if "HighCPUUsage" in line], lines
    found = {i.fingerprint for i in shifts.incidents(journal, carla.started_at)}  # the Incidents window's rule
    assert api in found and cpu not in found
    journal.close()
