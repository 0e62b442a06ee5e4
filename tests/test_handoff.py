"""The shift checklists for a scripted shift against a real Alertmanager: alerts fire, one is
acknowledged and resolved, one is silenced with a comment; the Markdown follows the guide's
layout (Portuguese headings in Portuguese, English in English) and carries every active
silence's reason and expiry. Then the same through the command line."""

from __future__ import annotations

import datetime as dt
import json
import re
from zoneinfo import ZoneInfo

import httpx
import pytest
from conftest import make_alert, resolve, silence, utcnow
from test_cli import run

from oncall_tray.commands.status import poll_once
from oncall_tray.config import Config
from oncall_tray.core import aftercare, shifts
from oncall_tray.core.dashboards import DashboardCheck
from oncall_tray.core.handoff import (
    DASHBOARDS,
    START_ITEMS,
    Live,
    end_report,
    local_time,
    start_checklist,
)
from oncall_tray.core.pending import split_items
from oncall_tray.core.handoff_markdown import end_markdown, start_markdown
from oncall_tray.core.journal import Journal
from oncall_tray.core.journal_feed import record_poll
from oncall_tray.core.journal_schema import EventKind
from oncall_tray.core.shifts import START_SCOPE, shift_scope
from oncall_tray.i18n import translator
from oncall_tray.paths import Folders

ZONE = ZoneInfo("America/Sao_Paulo")
#: The guide's "Checklist ao Passar Turno", its lines that do not depend on the shift, in order.
GUIDE_END_PT = ["## Passando Turno - ", "**Resumo do Turno**:", "- Duração: ", "- Alertas recebidos: ",
                "- Incidentes: ", "**Incidentes Tratados**:", "**Pendências para Próximo Turno**:",
                "**Silenciamentos Ativos**:", "**Observações**:", "Plantonista saindo: ", "Plantonista entrando: "]
GUIDE_END_EN = ["## Handing Over the Shift - ", "**Shift Summary**:", "- Duration: ", "- Alerts received: ",
                "- Incidents: ", "**Incidents Handled**:", "**Pending for the Next Shift**:", "**Active Silences**:",
                "**Observations**:", "Outgoing on-call engineer: ", "Incoming on-call engineer: "]
GUIDE_START_PT = ["## Assumindo Turno - ", "- [ ] Revisei alertas ativos no Alertmanager",
                  "- [ ] Chequei silenciamentos ativos e motivos", "- [ ] Li threads em #incidents das últimas 24h",
                  "- [ ] Verifiquei dashboards estão carregando",
                  "- [x] Testei acesso a ferramentas (Grafana, Prometheus, Alertmanager)",
                  "- [x] Li handoff notes do turno anterior", "- [ ] Confirmei contatos de escalação disponíveis",
                  "**Alertas Ativos**: ", "**Silenciamentos**: ", "**Incidentes Abertos**: ", "**Observações**:",
                  "Plantonista: "]


def in_order(markdown: str, prefixes: list[str]) -> None:
    """Every prefix starts a line of ``markdown``, in this order."""
    lines = markdown.splitlines()
    at = 0
    for prefix in prefixes:
        found = next((i for i in range(at, len(lines)) if lines[i].startswith(prefix)), None)
        assert found is not None, f"{prefix!r} missing or out of order in:\n{markdown}"
        at = found + 1


def section(markdown: str, heading: str) -> list[str]:
    """The lines under ``**heading**:`` up to the next blank line."""
    lines = markdown.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(f"**{heading}**:"))
    body = []
    for line in lines[start + 1:]:
        if not line.strip():
            break
        body.append(line)
    return body


def end_section(journal: Journal, shift, live: Live, language: str, heading: str) -> list[str]:
    """The lines under ``heading`` of ``shift``'s end report in ``language``, now."""
    tr = translator(language)
    return section(end_markdown(end_report(journal, shift, live, tr, ZONE), tr, ZONE), heading)


def local_hhmm(value: str) -> str:
    return dt.datetime.fromisoformat(value.replace("Z", "+00:00")).astimezone(ZONE).strftime("%H:%M")


class Shift:
    """A scripted shift: the journal fed by polls of a real Alertmanager."""

    def __init__(self, am, journal: Journal) -> None:
        self.am, self.journal = am, journal
        self.config = Config(alertmanager_url=am.url, timezone="America/Sao_Paulo")

    def poll(self) -> Live:
        result = poll_once(self.config)
        assert result.error is None, result.error
        snapshot = result.snapshot
        record_poll(self.journal, snapshot.alerts, snapshot.severities, result.silences, snapshot.fetched_at)
        return Live(snapshot.alerts, snapshot.severities, result.silences)

    def fingerprint(self, name: str) -> str:
        alerts = httpx.get(f"{self.am.url}/api/v2/alerts", timeout=10).json()
        return next(a["fingerprint"] for a in alerts if a["labels"]["alertname"] == name)

    def active_silences(self) -> list[dict]:
        return [s for s in httpx.get(f"{self.am.url}/api/v2/silences", timeout=10).json()
                if s["status"]["state"] == "active"]


@pytest.fixture
def scripted(alertmanager):
    """Shift of ana: three alerts fire; APIDown acknowledged by ana, noted and resolved;
    HighCPUUsage fires into a 1-hour maintenance silence ana made before (not an incident);
    DiskFull acknowledged by bruno (a colleague: his comment starts with ACK) while it fires."""
    journal = Journal.open(Folders.for_user().journal)
    shift = Shift(alertmanager, journal)
    shift.poll()
    journal.set_state(START_SCOPE, "ticks", {"previous_notes": True})
    live = shift.poll()
    checks = [DashboardCheck(name, "http://x", name != "Jaeger", "HTTP 200" if name != "Jaeger" else "refused")
              for name in ("Grafana", "Prometheus", "Alertmanager", "Jaeger")]
    checklist = start_checklist(journal, "ana", live, checks)
    started = shifts.start_shift(journal, "ana", markdown=start_markdown(checklist, translator("pt_BR"), ZONE))
    api = make_alert("APIDown", "critical", summary="Backend não responde", instance="backend:3001")
    cpu = make_alert("HighCPUUsage", "warning", summary="CPU acima de 80%")
    disk = make_alert("DiskFull", "critical", summary="Disco acima de 90%")
    silence(alertmanager, {"alertname": "HighCPUUsage"}, minutes=60, author="ana",
            comment="Manutenção programada do host")
    alertmanager.post_alerts([api, cpu, disk])
    shift.poll()
    api_fp = shift.fingerprint("APIDown")
    silence(alertmanager, {"alertname": "APIDown"}, minutes=15, author="ana", comment="ACK! investigando — ana")
    shift.poll()
    journal.add_note(api_fp, "Pool de conexões esgotado", alertname="APIDown", actor="ana")
    journal.add_note(api_fp, "Reiniciei o backend; pool normalizado", alertname="APIDown", actor="ana")
    alertmanager.post_alerts([resolve(api)])
    shift.poll()
    silence(alertmanager, {"alertname": "DiskFull"}, minutes=20, author="bruno", comment="ACK! Limpeza do disco — bruno")
    shift.poll()
    journal.set_state(shift_scope(started.id), "observations", "Latência do backend subindo à noite")
    journal.set_state(shift_scope(started.id), "incoming", "bruno")
    yield shift, started
    journal.close()


def test_the_end_report_follows_the_guide_in_both_languages(scripted):
    shift, started = scripted
    live = shift.poll()
    silences = shift.active_silences()
    assert len(silences) == 3
    for language, guide in (("pt_BR", GUIDE_END_PT), ("en", GUIDE_END_EN)):
        tr = translator(language)
        markdown = end_markdown(end_report(shift.journal, started, live, tr, ZONE), tr, ZONE)
        in_order(markdown, guide)
        for item in silences:  # every silence's reason and expiry
            line = next(line for line in markdown.splitlines() if item["comment"] in line)
            assert local_hhmm(item["endsAt"]) in line
    tr = translator("pt_BR")
    markdown = end_markdown(end_report(shift.journal, started, live, tr, ZONE), tr, ZONE)
    assert "- Alertas recebidos: 3" in markdown and "- Incidentes: 2" in markdown
    incidents = section(markdown, "Incidentes Tratados")
    assert re.fullmatch(r"1\. APIDown - \d\d:\d\d - Resolvido - Reiniciei o backend; pool normalizado", incidents[0])
    # the note before it, under its line (fresh-user review 71 AP1)
    assert re.fullmatch(r"   - nota anterior às \d\d:\d\d: Pool de conexões esgotado", incidents.pop(1))
    # bruno acknowledged it while it fired, in ana's shift: said (review 56 Q8; a silence of his
    # without ACK would be maintenance, no acknowledgement of ana's shift: review 59 U1)
    assert re.fullmatch(r"2\. DiskFull - \d\d:\d\d - Em aberto \(reconhecido por bruno\) - Disco acima de 90%", incidents[1])
    silenced = section(markdown, "Silenciamentos Ativos")
    cpu = next(s for s in shift.active_silences() if s["createdBy"] == "ana" and "Manutenção" in s["comment"])
    # the date comes before the time when the silence ends on another day than now
    pattern = (rf"- HighCPUUsage - Expira em (\d\d/\d\d/\d{{4}} )?{local_hhmm(cpu['endsAt'])} - "
               rf"Motivo: Manutenção programada do host - Por: ana")
    assert any(re.fullmatch(pattern, line) for line in silenced), silenced
    pending = section(markdown, "Pendências para Próximo Turno")
    assert pending[0] == "- [ ] Acompanhar DiskFull (ainda disparando)"
    assert pending[1].startswith("- [ ] Preencher o Post-Mortem de APIDown até ")
    assert pending[2].startswith("- [ ] Revisar Post-Mortem de APIDown com equipe, até ")
    assert section(markdown, "Observações") == ["- Latência do backend subindo à noite"]
    assert markdown.rstrip().endswith("Plantonista saindo: ana\nPlantonista entrando: bruno")
    duration = next(line for line in markdown.splitlines() if line.startswith("- Duração: "))
    assert re.fullmatch(r"- Duração: \d+ min", duration)


def test_the_start_checklist_follows_the_guide(scripted):
    shift, started = scripted
    in_order(started.start_markdown, GUIDE_START_PT)
    assert "  - Jaeger: sem resposta (refused)" in started.start_markdown
    assert shift.journal.state(START_SCOPE) == {}  # the draft went with the start
    # the next engineer's checklist: open incident, silences with reasons and authors
    live = shift.poll()
    tr = translator("en")
    checklist = start_checklist(shift.journal, "bruno", live, [])
    markdown = start_markdown(checklist, tr, ZONE)
    assert not checklist.auto(START_ITEMS[0]) and not checklist.auto(DASHBOARDS)  # reviewing is the engineer's
    assert section(markdown, "Active Alerts")[0] == "- DiskFull (critical, silenced) - test:1"
    assert "**Open Incidents**: 1" in markdown
    assert any(line.startswith("- DiskFull - acknowledged at ") and line.endswith(" by bruno")
               for line in markdown.splitlines())
    assert "**Silences**: 3" in markdown
    assert any("Reason: ACK! Limpeza do disco — bruno - By: bruno" in line for line in markdown.splitlines())


def test_after_the_incident_steps_and_reminders(scripted):
    shift, _started = scripted
    journal = shift.journal
    live = shift.poll()
    incident = next(i for i in shifts.incidents(journal) if i.alertname == "APIDown")
    steps = {s.key: s for s in aftercare.steps(journal, incident, live.silences, note_count=2)}
    # the acknowledgement's silence still covers the resolved alert: "remove silences" not done
    assert not steps[aftercare.REMOVE_SILENCES].checked and steps[aftercare.DOCUMENT].checked
    assert [s.id for s in aftercare.covering_silences(incident, live.silences)]
    aftercare.tick(journal, incident.id, aftercare.METRICS, True)
    steps = {s.key: s for s in aftercare.steps(journal, incident, live.silences, note_count=2)}
    assert steps[aftercare.METRICS].checked and not steps[aftercare.METRICS].auto
    later = incident.resolved_at + dt.timedelta(hours=2, minutes=1)
    due = aftercare.due_reminders(journal, later)
    assert [r.key for r in due] == [aftercare.POSTMORTEM]
    aftercare.dismiss(journal, incident.id, aftercare.POSTMORTEM)
    assert aftercare.due_reminders(journal, later) == []
    assert [r.key for r in aftercare.due_reminders(journal, incident.resolved_at + dt.timedelta(hours=25))] == [
        aftercare.REVIEW]


def test_the_command_line_prints_and_records_the_handoff(scripted, tmp_path):
    shift, started = scripted
    shift.journal.close()
    config = tmp_path / "c.yaml"
    config.write_text("timezone: America/Sao_Paulo\nengineer: ana\n", encoding="utf-8")
    result = run("--alertmanager", shift.am.url, "handoff", "end", "--markdown", "--pending", "Trocar o disco",
                 config=str(config), env_lang="pt_BR.UTF-8")
    assert result.returncode == 0, result.stderr
    in_order(result.stdout, GUIDE_END_PT)
    pending = section(result.stdout, "Pendências para Próximo Turno")
    assert pending[-1] == "- [ ] Trocar o disco" and len(pending) == 4  # suggestions kept, item added
    for item in shift.active_silences():
        assert item["comment"] in result.stdout
    confirmed = run("--alertmanager", shift.am.url, "handoff", "end", "--confirm", "--incoming", "carla",
                    config=str(config))
    assert confirmed.returncode == 0, confirmed.stderr
    assert "Incoming on-call engineer: carla" in confirmed.stdout
    assert "handed over" in confirmed.stderr
    journal = Journal.open(Folders.for_user().journal)
    assert shifts.open_shift(journal) is None
    done = shifts.last_handoff(journal)
    assert (done.id, done.incoming) == (started.id, "carla") and done.end_markdown == confirmed.stdout
    history = run("handoff", "history", config=str(config))
    assert history.returncode == 0 and "ana → carla" in history.stdout
    shown = run("handoff", "history", str(started.id), config=str(config))
    assert "## Handing Over the Shift - " in shown.stdout and "## Assumindo Turno - " in shown.stdout
    again = run("--alertmanager", shift.am.url, "handoff", "end", config=str(config))
    assert again.returncode == 1 and "No shift is open" in again.stderr


def test_alerts_received_are_those_first_seen_during_the_shift(alertmanager, tmp_path):
    """Fresh-user review: an alert posted during the shift with a startsAt before the shift
    started (a rule with a long ``for``, a late sender) was left out of "Alerts received" while
    "Incidents" counted it; an alert the journal saw before the shift is the previous one's."""
    journal = Journal.open(Folders.for_user().journal)
    shift = Shift(alertmanager, journal)
    gone = make_alert("DiskFull", "warning", starts_at=utcnow() - dt.timedelta(hours=4))
    alertmanager.post_alerts([make_alert("HighCPUUsage", "warning", starts_at=utcnow() - dt.timedelta(hours=3)), gone])
    shift.poll()  # seen before the shift
    alertmanager.post_alerts([resolve(gone)])
    shift.poll()  # and one of them resolved before it
    started = shifts.start_shift(journal, "ana")
    alertmanager.post_alerts([make_alert("APIDown", "critical", starts_at=started.started_at - dt.timedelta(hours=2))])
    shift.poll()
    silence(alertmanager, {"alertname": "APIDown"}, minutes=15, author="ana", comment="ACK! investigando — ana")
    live = shift.poll()
    tr = translator("en")
    report = end_report(journal, started, live, tr, ZONE)
    assert (report.alerts_received, report.alerts_inherited, len(report.incidents)) == (1, 1, 1)
    markdown = end_markdown(report, tr, ZONE)
    # review 11: "Alerts received: 0" read wrong while alerts fired all shift from before it
    assert "- Alerts received: 1 (and 1 already firing when the shift began)" in markdown
    assert "- Incidents: 1" in markdown
    journal.close()
    config = tmp_path / "c.yaml"
    config.write_text("timezone: America/Sao_Paulo\nengineer: ana\n", encoding="utf-8")
    printed = run("--alertmanager", alertmanager.url, "handoff", "end", "--markdown", config=str(config))
    assert printed.returncode == 0, printed.stderr
    assert "- Alerts received: 1" in printed.stdout and "- Incidents: 1" in printed.stdout


def test_command_line_start_note_and_escalation(alertmanager, tmp_path):
    config = tmp_path / "c.yaml"
    config.write_text("engineer: ana\n", encoding="utf-8")
    alertmanager.post_alerts([make_alert("APIDown", "critical", summary="Backend não responde")])
    start = run("--alertmanager", alertmanager.url, "handoff", "start", "--confirm", "--observation", "Deploy às 15h",
                "--engineer", "João", config=str(config))
    assert start.returncode == 0, start.stderr
    assert "## Taking Over the Shift - " in start.stdout and "Dashboards:" in start.stdout
    assert "- APIDown (critical) - test:1" in start.stdout and "**Observations**: Deploy às 15h" in start.stdout
    assert "Shift started at " in start.stderr
    twice = run("--alertmanager", alertmanager.url, "handoff", "start", "--confirm", config=str(config))
    # review 73 AW4: the window's words, and its time (not "(João, since 2026-12-07 15:02)")
    assert twice.returncode == 1 and re.search(r"João's shift has been open since (\d{4}-\d\d-\d\d )?\d\d:\d\d: "
                                               r"hand it over first with `oncall-tray handoff end --confirm`\.",
                                               twice.stderr), twice.stderr
    fingerprint = json.loads(run("--alertmanager", alertmanager.url, "status", "--json",
                                 config=str(config)).stdout)["alerts"][0]["fingerprint"]
    noted = run("--alertmanager", alertmanager.url, "handoff", "note", fingerprint[:6], "Reiniciei o backend",
                config=str(config))
    assert noted.returncode == 0, noted.stderr
    # review 48 R11: it said nothing, where every other command that writes says what it did
    assert noted.stdout == f"Note added to APIDown ({fingerprint[:8]}) by João: Reiniciei o backend\n", noted.stdout
    short = run("--alertmanager", alertmanager.url, "handoff", "note", fingerprint[:4], "Outra\nlinha",
                config=str(config))  # review 49 N5: as ack, at least 6 characters; the note printed back
    assert short.returncode == 1 and "is too short: give the fingerprint or at least its first 6" in short.stderr
    assert "Outra\\nlinha" in short.stderr, short.stderr
    escalated = run("--alertmanager", alertmanager.url, "escalate", fingerprint, "--note", "Aumentei o pool",
                    config=str(config))
    assert escalated.returncode == 0, escalated.stderr
    tried = escalated.stdout.split("*Already Tried:*\n")[1].split("\n\n")[0]
    assert tried.splitlines() == ["- Reiniciei o backend", "- Aumentei o pool"]  # the journal's notes first
    journal = Journal.open(Folders.for_user().journal)  # signed by the open shift's engineer, not the setting (review 17)
    # the escalation's --note is kept as a note (review 23: L3's message lacked what L2 was told)
    assert [(e.text, e.actor) for e in journal.notes_and_escalations(fingerprint)] == [
        ("Reiniciei o backend", "João"), ("Aumentei o pool", "João"), ("L2", "João")]
    journal.close()
    # review 46 F7: the message to L2 again does not list its own escalation as tried...
    again = run("--alertmanager", alertmanager.url, "escalate", fingerprint, "--level", "L2", "--dry-run",
                config=str(config))
    assert again.stdout.split("*Already Tried:*\n")[1].split("\n\n")[0].splitlines() == [
        "- Reiniciei o backend", "- Aumentei o pool"]
    # ...and lists the acknowledgement, the guide's first action
    acked = run("--alertmanager", alertmanager.url, "ack", fingerprint, config=str(config))
    assert acked.returncode == 0, acked.stderr
    # (recorded as the journal sees it acknowledged: here by the note's poll; in a shift, the tray's)
    assert run("--alertmanager", alertmanager.url, "handoff", "note", fingerprint, "Aguardando o L2",
               config=str(config)).returncode == 0
    # review 21: the L3 message says that L2 was called, and when
    higher = run("--alertmanager", alertmanager.url, "escalate", fingerprint, "--level", "L3", "--dry-run",
                 config=str(config))
    tried = higher.stdout.split("*Already Tried:*\n")[1].split("\n\n")[0].splitlines()
    assert tried[:2] == ["- Reiniciei o backend", "- Aumentei o pool"], tried
    assert re.fullmatch(r"- Escalated to L2 at \d\d:\d\d \(João\)", tried[2]), tried
    assert re.fullmatch(r"- Acknowledged at \d\d:\d\d \(João\)", tried[3]), tried
    assert tried[4:] == ["- Aguardando o L2"], tried
    end = run("--alertmanager", alertmanager.url, "handoff", "end", "--markdown", config=str(config))
    incidents = section(end.stdout, "Incidents Handled")
    assert re.fullmatch(r"1\. APIDown - \d\d:\d\d - Escalated to L2 - Aguardando o L2", incidents[0])  # the latest note
    unknown = run("--alertmanager", alertmanager.url, "handoff", "note", "ffffffff", "x", config=str(config))
    assert unknown.returncode == 1
    # worded as ack and escalate word it (fresh-user review 8: "0 alerts in the journal have...")
    assert "No alert in the journal has the fingerprint 'ffffffff' (see: oncall-tray status)." in unknown.stderr
    two_lines = run("--alertmanager", alertmanager.url, "handoff", "note", fingerprint, "linha um\nlinha dois",
                    config=str(config))
    assert two_lines.stdout.endswith(": linha um linha dois\n"), two_lines.stdout  # one line, as the handoff joins it


def test_no_silence_seen_while_alertmanager_is_unreachable_is_not_none_as_a_fact(tmp_path):
    """Review 19: `handoff end --confirm` with Alertmanager unreachable recorded "Active
    Silences: None" as fact."""
    journal = Journal.open(tmp_path / "j.db")
    started = shifts.start_shift(journal, "ana")
    report = end_report(journal, started, Live(None, error="connection refused"), translator("en"), ZONE)
    # a journal that never saw an answer: unknown, and from where, as the start says (code review 80: not
    # "as last seen", leftover of fresh-user review 71 AP2)
    assert section(end_markdown(report, translator("en"), ZONE), "Active Silences") == [
        "- ? - unknown: nothing received from Alertmanager (connection refused); to change the address: Settings… "
        "or --alertmanager"]
    checklist = start_checklist(journal, "ana", Live(None, error="connection refused"), [])
    # a journal that never saw an answer: unknown, not "0, as last seen" (fresh-user review 71 AP2)
    assert "**Silences**: ? - unknown: nothing received from Alertmanager" in start_markdown(
        checklist, translator("en"), ZONE).splitlines()


def test_alerts_nobody_acknowledged_stay_pending_as_last_seen_while_alertmanager_is_unreachable(scripted):
    """Review 20: with Alertmanager unreachable every "Acknowledge X (... not acknowledged)" left
    the pending items, and a handoff recorded none of the firing alerts."""
    shift, started = scripted
    shift.am.post_alerts([make_alert("QueueBacklog", "warning")])
    shift.poll()  # the journal's last look: QueueBacklog fires, nobody acknowledged it
    report = end_report(shift.journal, started, Live(None, error="connection refused"), translator("en"), ZONE)
    backlog = [p for p in report.pending if p.startswith("Acknowledge QueueBacklog (warning, firing since ")]
    assert len(backlog) == 1 and backlog[0].endswith(" (as last seen: Alertmanager unreachable)"), report.pending
    assert not any("HighCPUUsage" in p for p in report.pending)  # silenced when last seen: acknowledged


def test_the_start_checklist_lists_the_emergency_contacts_under_their_item(tmp_path):
    """Review 18: "Confirmed the escalation contacts are available" had nothing to confirm
    against; the settings' contacts are listed under it."""
    journal = Journal.open(tmp_path / "j.db")
    contacts = (("Tech Lead", "Ana Souza - +55 11 99999-0000"), ("CTO", "Carla Dias - +55 11 97777-0000"))
    checklist = start_checklist(journal, "ana", Live({}), [], contacts=contacts)
    lines = start_markdown(checklist, translator("pt_BR"), ZONE).splitlines()
    item = lines.index("- [ ] Confirmei contatos de escalação disponíveis")
    assert lines[item + 1:item + 3] == ["  - Tech Lead: Ana Souza - +55 11 99999-0000",
                                        "  - CTO: Carla Dias - +55 11 97777-0000"]


def test_split_items():
    assert split_items("- [ ] one\n\n  * two \n- [x] three\nfour\n- ") == ["one", "two", "three", "four"]


def test_a_silence_without_an_alertname_is_named_by_what_it_mutes():
    import datetime as dt

    from oncall_tray.alertmanager.models import Alert, AlertStatus, Matcher, Silence, SilenceStatus
    from oncall_tray.core.handoff import silence_lines

    now = dt.datetime(2026, 11, 30, 12, tzinfo=dt.timezone.utc)

    def make(sid: str, matchers) -> Silence:
        return Silence(id=sid, matchers=tuple(matchers), starts_at=now, ends_at=now + dt.timedelta(hours=1),
                       created_by="ana", comment="x", status=SilenceStatus("active"))

    by_instance = make("s1", [Matcher(name="instance", value="db:5432")])
    nothing_muted = make("s2", [Matcher(name="team", value="crm", is_regex=True)])
    alerts = {"a": Alert(fingerprint="a", labels={"alertname": "SlowQueries", "instance": "db:5432"},
                         status=AlertStatus("suppressed", ("s1",)))}
    journal = Journal.open(Folders.for_user().journal)
    lines, from_journal = silence_lines(Live(alerts, silences={"s1": by_instance, "s2": nothing_muted}), journal, now,
                                        "ANA")
    journal.close()
    assert not from_journal
    assert [(line.name, line.own) for line in lines] == [('SlowQueries {instance="db:5432"}', True),
                                                         ('{team=~"crm"}', True)]


def test_history_without_a_handoff_says_so(tmp_path):
    config = tmp_path / "c.yaml"
    config.write_text("engineer: ana\n", encoding="utf-8")
    for lang, words in (("en_US.UTF-8", "No handoff"), ("pt_BR.UTF-8", "Nenhuma passagem")):
        result = run("handoff", "history", config=str(config), env_lang=lang)
        assert result.returncode == 0 and result.stdout == ""  # nothing for a script to read
        assert words in result.stderr, result.stderr


def test_firing_alerts_nobody_acknowledged_are_pending_for_the_next_shift(scripted):
    """Fresh-user review 5: a critical alert firing for over an hour, never acknowledged, was
    missing from the handoff. The suggested pending items list the unacknowledged firing alerts,
    worst first, after the open incidents; beyond ``FIRING_LISTED`` they are counted."""
    from oncall_tray.core.handoff import FIRING_LISTED

    shift, started = scripted
    old = utcnow() - dt.timedelta(minutes=70)
    shift.am.post_alerts([make_alert("DiskSpaceRunningOut", "critical", starts_at=old, instance="db-1"),
                          make_alert("HighLatencyP95", "warning", starts_at=utcnow() - dt.timedelta(minutes=5))]
                         + [make_alert(f"QueueBacklog{i}", "info", instance=f"worker-{i}") for i in range(FIRING_LISTED)])
    live = shift.poll()
    tr = translator("en")
    report = end_report(shift.journal, started, live, tr, ZONE)
    pending = list(report.pending)
    assert pending[0] == "Follow up DiskFull (still firing)"  # the open incident first
    assert pending[1] == (f"Acknowledge DiskSpaceRunningOut (critical, firing since "
                          f"{local_time(old, ZONE, report.at, tr)}, not acknowledged)")
    assert pending[2].startswith("Acknowledge HighLatencyP95 (warning, firing since ")
    # an info alert is reviewed on the next business day (guide), not acknowledged (review 35)
    # distinct names, each its own line (those of one name fold: test_handoff_pending_firing_folds, review 76 BH1)
    queued = [item for item in pending if re.match(r"Review QueueBacklog\d+ on the next business day \(info, "
                                                     r"firing", item)]
    assert len(queued) == FIRING_LISTED - 2
    assert "2 more alerts firing, not acknowledged: see Alertmanager" in pending
    assert not any(item.startswith(("Acknowledge HighCPUUsage", "Acknowledge APIDown")) for item in pending)  # silenced, resolved
    markdown = end_markdown(end_report(shift.journal, started, live, translator("pt_BR"), ZONE), translator("pt_BR"),
                            ZONE)
    assert any(line.startswith("- [ ] ") and "DiskSpaceRunningOut" in line
               for line in section(markdown, "Pendências para Próximo Turno"))


def test_one_firing_alert_beyond_the_list_is_listed_rather_than_counted(scripted):
    # fresh-user review: "mais 1 alertas disparando"; review 36: a line saying "1 more" saves
    # nothing and hid what the alert was (an info one, to review the next business day)
    from oncall_tray.core.handoff import FIRING_LISTED

    shift, started = scripted
    shift.am.post_alerts([make_alert("DiskSpaceRunningOut", "critical", instance="db-1"),
                          make_alert("HighLatencyP95", "warning")]
                         + [make_alert(f"QueueBacklog{i}", "info", instance=f"worker-{i}") for i in range(FIRING_LISTED - 1)])
    live = shift.poll()
    english = list(end_report(shift.journal, started, live, translator("en"), ZONE).pending)
    assert not any("more alert" in item for item in english), english
    assert sum(item.startswith("Review QueueBacklog") for item in english) == FIRING_LISTED - 1

def test_incidents_handled_are_listed_in_the_order_of_their_times(tmp_path):
    """Review 36: "Incidents Handled" listed 11:45 before 11:42 (in the order the incidents were
    opened, the times shown being when the alerts began firing)."""
    from oncall_tray.alertmanager.models import Alert, AlertStatus
    from oncall_tray.core.handoff import Live
    from oncall_tray.core.severity import Severity

    t0 = dt.datetime(2026, 12, 5, 9, 0, tzinfo=dt.timezone.utc)
    journal = Journal.open(tmp_path / "j.db", clock=lambda: t0 + dt.timedelta(minutes=30))
    ana = shifts.start_shift(journal, "ana", at=t0)
    alerts = {name: Alert(fingerprint=name, labels={"alertname": name, "instance": "h:1", "severity": "warning"},
                          status=AlertStatus("active"), starts_at=t0 + dt.timedelta(minutes=minute))
              for name, minute in (("Late", 5), ("Early", 2))}
    record_poll(journal, alerts, {fp: Severity.WARNING for fp in alerts}, {}, t0 + dt.timedelta(minutes=6))
    for name in ("Late", "Early"):  # noted in this order: opened in this order
        journal.add_note(name, "olhando", alertname=name, actor="ana")
    report = end_report(journal, ana, Live(alerts, {fp: Severity.WARNING for fp in alerts}, {}), translator("en"),
                        ZONE, at=t0 + dt.timedelta(minutes=30))
    assert [item.name for item in report.incidents] == ["Early", "Late"]
    journal.close()


def test_the_silence_lists_show_every_matcher(alertmanager):
    # fresh-user review: alertname="HighMemoryUsage",env="production" was listed as HighMemoryUsage alone
    journal = Journal.open(Folders.for_user().journal)
    shift = Shift(alertmanager, journal)
    alertmanager.post_alerts([make_alert("HighMemoryUsage", "warning", env="production")])
    silence(alertmanager, {"alertname": "HighMemoryUsage", "env": "production"}, minutes=60, author="ana",
            comment="Vazamento conhecido")
    silence(alertmanager, {"alertname": "APIDown"}, minutes=30, author="ana", comment="Deploy")
    started = shifts.start_shift(journal, "ana")
    live = shift.poll()
    for language, silences_heading in (("pt_BR", "Silenciamentos Ativos"), ("en", "Active Silences")):
        tr = translator(language)
        end = section(end_markdown(end_report(journal, started, live, tr, ZONE), tr, ZONE), silences_heading)
        start = start_markdown(start_checklist(journal, "bruno", live, []), tr, ZONE).splitlines()
        for lines in (end, start):
            assert any(line.startswith('- HighMemoryUsage {env="production"} - ') for line in lines), lines
            assert any(line.startswith("- APIDown - ") for line in lines), lines  # nothing more to say


def test_the_start_checklist_offers_the_incoming_engineer_of_a_handoff_made_here_lately(tmp_path):
    """Reviews 15 and 16: after Ana handed over to João on this machine, the start window offered
    the engineer setting's name, and João, taking over as offered, signed his shift with it."""
    now = [dt.datetime(2026, 12, 4, 20, 0, tzinfo=dt.timezone.utc)]
    journal = Journal.open(tmp_path / "journal.sqlite", clock=lambda: now[0])
    shift = shifts.start_shift(journal, "Ana Souza")
    now[0] += dt.timedelta(hours=8)
    shifts.end_shift(journal, shift.id, incoming="João Pereira")
    live = Live(None, error="no answer")
    now[0] += dt.timedelta(minutes=10)
    assert start_checklist(journal, "Config Person", live).engineer == "João Pereira"
    journal.set_state(START_SCOPE, "engineer", "Maria")  # typed in the start window: kept
    assert start_checklist(journal, "Config Person", live).engineer == "Maria"
    journal.set_state(START_SCOPE, "engineer", "")  # emptied there: stays so (review 74 BB2), never refilled
    assert start_checklist(journal, "Config Person", live).engineer == ""
    journal.delete_state(START_SCOPE, "engineer")  # nothing typed
    now[0] += dt.timedelta(hours=2)  # long after: this machine's own engineer takes over again
    assert start_checklist(journal, "Config Person", live).engineer == "Config Person"
    journal.close()


def test_alerts_acknowledged_or_silenced_from_the_command_line_are_handled_incidents(alertmanager, tmp_path):
    """Review 21: an info alert acknowledged with ``ack --comment "… CRM-5131"`` and a warning
    silenced with ``silence add`` during the shift were in neither "Incidents Handled" nor
    "Pending" of ``handoff end``; only a note made them incidents."""
    config = tmp_path / "c.yaml"
    config.write_text("engineer: pedro\n", encoding="utf-8")
    before = utcnow() - dt.timedelta(minutes=20)
    alertmanager.post_alerts([make_alert("CertificateExpiringSoon", "info", starts_at=before),
                              make_alert("SlowDatabaseQueries", "warning", starts_at=before)])
    start = run("--alertmanager", alertmanager.url, "handoff", "start", "--confirm", config=str(config))
    assert start.returncode == 0, start.stderr
    listed = json.loads(run("--alertmanager", alertmanager.url, "status", "--json", config=str(config)).stdout)
    cert = next(a["fingerprint"] for a in listed["alerts"] if a["alertname"] == "CertificateExpiringSoon")
    acked = run("--alertmanager", alertmanager.url, "ack", cert, "--comment", "Renovando o certificado — CRM-5131",
                config=str(config))
    assert acked.returncode == 0, acked.stderr
    added = run("--alertmanager", alertmanager.url, "silence", "add", "alertname=SlowDatabaseQueries",
                "--duration", "1h", "--comment", "Investigando queries lentas — CRM-5130", config=str(config))
    assert added.returncode == 0, added.stderr
    end = run("--alertmanager", alertmanager.url, "handoff", "end", "--markdown", config=str(config))
    assert end.returncode == 0, end.stderr
    incidents = "\n".join(section(end.stdout, "Incidents Handled"))
    assert "CertificateExpiringSoon" in incidents and "SlowDatabaseQueries" in incidents, end.stdout
    pending = "\n".join(section(end.stdout, "Pending for the Next Shift"))
    assert "SlowDatabaseQueries" in pending and "CertificateExpiringSoon" in pending, end.stdout


def test_a_silence_whose_alert_resolved_is_flagged_for_expiry(scripted):
    """Review 21: a silence left after its alert resolved was listed like any other (the guide:
    "Remova silenciamento após resolver"); the next engineer could not tell."""
    shift, started = scripted
    live = shift.poll()
    tr = translator("en")
    report = end_report(shift.journal, started, live, tr, ZONE)
    idle = {line.name: line.idle for line in report.silences}
    assert idle == {"APIDown": True, "HighCPUUsage": False, "DiskFull": False}  # APIDown resolved
    markdown = end_markdown(report, tr, ZONE)
    (api,) = [line for line in section(markdown, "Active Silences") if line.startswith("- APIDown ")]
    assert api.endswith(" - By: ana - covers no alert now: expire it?"), api
    assert sum("covers no alert now" in line for line in markdown.splitlines()) == 1


def test_an_alert_that_fires_again_is_received_once(alertmanager):
    """Review 23: "Alertas recebidos: 14", 8 of them one flapping alert."""
    journal = Journal.open(Folders.for_user().journal)
    shift = Shift(alertmanager, journal)
    started = shifts.start_shift(journal, "ana")
    flappy = make_alert("FlappyDisk", "critical", starts_at=utcnow())
    other = make_alert("APIDown", "critical", starts_at=utcnow())
    alertmanager.post_alerts([flappy, other])
    shift.poll()
    for _again in range(3):
        alertmanager.post_alerts([resolve(flappy)])
        shift.poll()
        alertmanager.post_alerts([{**flappy, "startsAt": utcnow().isoformat()}])
        shift.poll()
    tr = translator("en")
    report = end_report(journal, started, shift.poll(), tr, ZONE)
    assert journal.count_events(started.started_at, report.at, (EventKind.FIRED,), recorded=True) == 5
    assert report.alerts_received == 2
    journal.close()


def test_an_incident_carried_over_and_left_alone_is_not_the_next_shifts_work(tmp_path):
    """Review 25: Rafael silenced APIDown for 24 h and handed over; Marina did nothing with it,
    and her handoff listed it under "Incidents handled (1)" ("Incidents: 1"). It is pending
    ("Follow up APIDown"), and becomes hers once she notes, escalates or acknowledges it."""
    from oncall_tray.alertmanager.models import Alert, AlertStatus, Matcher, Silence, SilenceStatus
    from oncall_tray.core.handoff import Live
    from oncall_tray.core.severity import Severity

    t0 = dt.datetime(2026, 12, 5, 4, 0, tzinfo=dt.timezone.utc)
    journal = Journal.open(tmp_path / "j.db", clock=lambda: t0 + dt.timedelta(hours=2))
    ack = Silence(id="s1", matchers=(Matcher(name="alertname", value="APIDown"),), starts_at=t0 + dt.timedelta(minutes=5),
                  ends_at=t0 + dt.timedelta(hours=24), created_by="Rafael", comment="pool do DB",
                  status=SilenceStatus("active"), updated_at=t0 + dt.timedelta(minutes=5))
    api = Alert(fingerprint="a1", labels={"alertname": "APIDown", "severity": "critical"},
                status=AlertStatus("suppressed", ("s1",)), starts_at=t0 - dt.timedelta(minutes=3))
    rafael = shifts.start_shift(journal, "Rafael", at=t0)
    firing = Alert(fingerprint="a1", labels=api.labels, status=AlertStatus("active"), starts_at=api.starts_at)
    record_poll(journal, {"a1": firing}, {"a1": Severity.CRITICAL}, {}, t0 + dt.timedelta(minutes=1))
    record_poll(journal, {"a1": api}, {"a1": Severity.CRITICAL}, {"s1": ack}, t0 + dt.timedelta(minutes=5))
    shifts.end_shift(journal, rafael.id, incoming="Marina", at=t0 + dt.timedelta(minutes=7))
    marina = shifts.start_shift(journal, "Marina", at=t0 + dt.timedelta(minutes=9))
    live = Live({"a1": api}, {"a1": Severity.CRITICAL}, {"s1": ack})
    at = t0 + dt.timedelta(minutes=11)
    handed = end_report(journal, rafael, live, translator("en"), ZONE, at=t0 + dt.timedelta(minutes=7))
    assert [h.incident.alertname for h in handed.incidents] == ["APIDown"]
    report = end_report(journal, marina, live, translator("en"), ZONE, at=at)
    assert report.incidents == []
    assert "Follow up APIDown (still firing)" in report.pending
    assert "- Incidents: 0" in end_markdown(report, translator("en"), ZONE)
    journal.add_note("a1", "pool ainda cheio", alertname="APIDown", actor="Marina")  # at the clock: 06:00
    report = end_report(journal, marina, live, translator("en"), ZONE, at=t0 + dt.timedelta(hours=2, minutes=1))
    assert [h.incident.alertname for h in report.incidents] == ["APIDown"]


def test_a_note_on_an_alert_that_resolved_since_is_kept(alertmanager, tmp_path):
    """Review 29: "No alert in the journal has the fingerprint '679d645edf26e2e3'" for
    DiskSpaceRunningOut, fired and resolved in the journal (never an incident)."""
    from oncall_tray.core.journal_schema import EventKind

    config = str(tmp_path / "c.yaml")
    (tmp_path / "c.yaml").write_text("engineer: ana\n", encoding="utf-8")
    journal = Journal.open(Folders.for_user().journal)
    fingerprint = "679d645edf26e2e3"
    journal.record(EventKind.FIRED, fingerprint=fingerprint, alertname="DiskSpaceRunningOut")
    journal.record(EventKind.RESOLVED, fingerprint=fingerprint, alertname="DiskSpaceRunningOut")
    journal.close()
    noted = run("--alertmanager", alertmanager.url, "handoff", "note", fingerprint[:8], "Limpei os logs antigos",
                config=config)
    assert noted.returncode == 0, noted.stderr
    assert [e.text for e in Journal.open(Folders.for_user().journal).notes_and_escalations(fingerprint)] == ["Limpei os logs antigos"]


def test_a_note_on_an_alert_that_resolved_unhandled_makes_it_an_incident_of_the_shift(tmp_path):
    """Review 28: a note written on an alert that had fired and resolved by itself reached no
    handoff ("Incidents: 0"): the engineer's words were lost to the next shift. Noting it is
    handling it: an incident of that firing, resolved when it resolved, listed with the note;
    its "After the incident" notice counts as told (the engineer is at it), its reminders stay."""
    from oncall_tray.alertmanager.models import Alert, AlertStatus
    from oncall_tray.core.handoff import Live
    from oncall_tray.core.severity import Severity

    t0 = dt.datetime(2026, 12, 5, 4, 0, tzinfo=dt.timezone.utc)
    now = [t0]
    journal = Journal.open(tmp_path / "j.db", clock=lambda: now[0])
    ana = shifts.start_shift(journal, "ana", at=t0)
    disk = Alert(fingerprint="d1", labels={"alertname": "DiskSpaceRunningOut", "severity": "warning"},
                 annotations={"summary": "Disco acima de 85%"}, status=AlertStatus("active"),
                 starts_at=t0 + dt.timedelta(minutes=10))
    record_poll(journal, {"d1": disk}, {"d1": Severity.WARNING}, {}, t0 + dt.timedelta(minutes=11))
    record_poll(journal, {}, {}, {}, t0 + dt.timedelta(minutes=40))  # resolved by itself
    now[0] = t0 + dt.timedelta(hours=1)
    journal.add_note("d1", "Rotação de logs atrasada; rodei à mão", alertname="DiskSpaceRunningOut", actor="ana")
    journal.add_note("d1", "Abri ticket OPS-12", alertname="DiskSpaceRunningOut", actor="ana")  # the same incident
    (made,) = shifts.incidents(journal)
    assert (made.alertname, made.severity, made.summary) == ("DiskSpaceRunningOut", "warning", "Disco acima de 85%")
    assert made.fired_at == t0 + dt.timedelta(minutes=10) and made.resolved_at == t0 + dt.timedelta(minutes=40)
    assert made.acknowledged_at is None and made.opened_at == t0 + dt.timedelta(hours=1)
    tr = translator("en")
    report = end_report(journal, ana, Live({}, {}, {}), tr, ZONE, at=t0 + dt.timedelta(hours=1, minutes=5))
    (handled,) = report.incidents
    assert handled.description == "Abri ticket OPS-12"
    markdown = end_markdown(report, tr, ZONE)
    assert "- Incidents: 1" in markdown
    assert "1. DiskSpaceRunningOut - 01:10 - Resolved - Abri ticket OPS-12" in markdown.splitlines(), markdown
    assert aftercare.claim_after_notices(journal, t0 + dt.timedelta(hours=1, minutes=10)) == []
    assert [r.key for r in aftercare.reminders(journal, now[0])] == ["postmortem", "review"]
    # a note on an alert whose firing was an incident already makes none
    journal.add_note("d1", "Mais uma", alertname="DiskSpaceRunningOut", actor="ana")
    assert len(shifts.incidents(journal)) == 1
    journal.close()


def test_incidents_of_one_alert_name_and_place_are_told_apart_in_the_handoff(tmp_path):
    """Review 33: two pods' PodCrashLooping incidents read "PodCrashLooping - 09:46 - Resolved"
    twice; which pod only the notes said."""
    from oncall_tray.alertmanager.models import Alert, AlertStatus
    from oncall_tray.core.handoff import Live
    from oncall_tray.core.severity import Severity

    t0 = dt.datetime(2026, 12, 5, 9, 0, tzinfo=dt.timezone.utc)
    journal = Journal.open(tmp_path / "j.db", clock=lambda: t0 + dt.timedelta(minutes=30))
    ana = shifts.start_shift(journal, "ana", at=t0)
    pods = {f"p{i}": Alert(fingerprint=f"p{i}", labels={"alertname": "PodCrashLooping", "instance": "k8s-node-1:10250",
                                                          "pod": f"api-{i}", "severity": "warning"},
                           status=AlertStatus("active"), starts_at=t0 + dt.timedelta(minutes=5)) for i in (1, 2)}
    record_poll(journal, pods, {fp: Severity.WARNING for fp in pods}, {}, t0 + dt.timedelta(minutes=6))
    for fp in pods:
        journal.add_note(fp, "reiniciei", alertname="PodCrashLooping", actor="ana")
    tr = translator("en")
    report = end_report(journal, ana, Live(pods, {fp: Severity.WARNING for fp in pods}, {}), tr, ZONE,
                        at=t0 + dt.timedelta(minutes=30))
    assert sorted(item.name for item in report.incidents) == ["PodCrashLooping (pod=api-1)",
                                                               "PodCrashLooping (pod=api-2)"]
    assert "1. PodCrashLooping (pod=api-" in end_markdown(report, tr, ZONE)
    assert sorted(report.pending) == [  # still to acknowledge, noted as they are (review 73 AW1)
        "Acknowledge PodCrashLooping (pod=api-1) (warning, firing since 06:05, not acknowledged)",
        "Acknowledge PodCrashLooping (pod=api-2) (warning, firing since 06:05, not acknowledged)"]
    journal.close()


def test_an_incident_is_told_apart_from_the_pods_of_its_name_still_firing(tmp_path):
    """Review 34: one pod's incident read "PodCrashLooping" bare, because telling apart was among
    the incidents only, while the same handoff asked to acknowledge its sibling pods."""
    from oncall_tray.alertmanager.models import Alert, AlertStatus
    from oncall_tray.core.handoff import Live
    from oncall_tray.core.severity import Severity

    t0 = dt.datetime(2026, 12, 5, 9, 0, tzinfo=dt.timezone.utc)
    journal = Journal.open(tmp_path / "j.db", clock=lambda: t0 + dt.timedelta(minutes=30))
    ana = shifts.start_shift(journal, "ana", at=t0)
    pods = {f"p{i}": Alert(fingerprint=f"p{i}", labels={"alertname": "PodCrashLooping", "instance": "ksm:8080",
                                                          "pod": f"api-{i}", "severity": "warning"},
                           status=AlertStatus("active"), starts_at=t0 + dt.timedelta(minutes=5)) for i in (1, 2, 3)}
    severities = {fp: Severity.WARNING for fp in pods}
    record_poll(journal, pods, severities, {}, t0 + dt.timedelta(minutes=6))
    journal.add_note("p2", "aumentei a memória", alertname="PodCrashLooping", actor="ana")
    tr = translator("en")
    report = end_report(journal, ana, Live(pods, severities, {}), tr, ZONE, at=t0 + dt.timedelta(minutes=30))
    assert [item.name for item in report.incidents] == ["PodCrashLooping (pod=api-2)"]
    assert sorted(report.pending) == [  # the two not noted folded in one item (review 76 BH1)
        "Acknowledge PodCrashLooping (pod=api-2) (warning, firing since 06:05, not acknowledged)",  # noted (AW1)
        "Acknowledge PodCrashLooping ×2 (ksm:8080 · pod=api-1, ksm:8080 · pod=api-3) (warning, firing since 06:05, "
        "not acknowledged)"]
    for fp in ("p1", "p3"):
        journal.add_note(fp, "olhando", alertname="PodCrashLooping", actor="ana")
    shifts.end_shift(journal, ana.id, incoming="bruno", at=t0 + dt.timedelta(minutes=31))
    # the next engineer's start checklist: three open incidents, each named apart
    checklist = start_checklist(journal, "bruno", Live(pods, severities, {}), at=t0 + dt.timedelta(minutes=40))
    assert sorted(checklist.name_of(item) for item in checklist.open_incidents) == [
        f"PodCrashLooping (pod=api-{i})" for i in (1, 2, 3)]
    lines = start_markdown(checklist, tr, ZONE).splitlines()
    assert sum(line.startswith("- PodCrashLooping (pod=api-") for line in lines) == 3, lines
    # and the active alerts, folded in one line (review 69 AI1) that says where each fires (review 36:
    # "kube-state-metrics:8080" three times)
    assert [line for line in lines if line.startswith("- PodCrashLooping ×")] == [
        "- PodCrashLooping ×3 (warning) - ksm:8080 · pod=api-1, ksm:8080 · pod=api-2, ksm:8080 · pod=api-3"], lines
    journal.close()


def test_an_acknowledgement_that_ran_out_is_not_handed_over_as_someone_on_it(tmp_path):
    """Review 35: acknowledged at 08:13, its silence ended at 08:28 while the alert still fired,
    and the next start checklist said "acknowledged at 08:13 by Rafael Costa" only."""
    from oncall_tray.alertmanager.models import Alert, AlertStatus, Matcher, Silence, SilenceStatus
    from oncall_tray.core.handoff import Live
    from oncall_tray.core.severity import Severity

    t0 = dt.datetime(2026, 12, 5, 9, 0, tzinfo=dt.timezone.utc)
    journal = Journal.open(tmp_path / "j.db", clock=lambda: t0 + dt.timedelta(minutes=40))
    shifts.start_shift(journal, "rafael", at=t0)

    def pool(silenced):
        return Alert(fingerprint="pool", labels={"alertname": "DatabaseConnectionPoolExhausted", "instance": "pg:5432",
                                                 "severity": "critical"},
                     status=AlertStatus("suppressed" if silenced else "active", ("s1",) if silenced else ()),
                     starts_at=t0 + dt.timedelta(minutes=5))

    severities = {"pool": Severity.CRITICAL}
    record_poll(journal, {"pool": pool(False)}, severities, {}, t0 + dt.timedelta(minutes=6))
    ack = Silence(id="s1", matchers=(Matcher("alertname", "DatabaseConnectionPoolExhausted"),),
                  starts_at=t0 + dt.timedelta(minutes=13), ends_at=t0 + dt.timedelta(minutes=28),
                  created_by="Rafael Costa", comment="ACK!", status=SilenceStatus("active"))
    record_poll(journal, {"pool": pool(True)}, severities, {"s1": ack}, t0 + dt.timedelta(minutes=13))
    tr = translator("en")
    for silenced, said in ((True, False), (False, True)):
        checklist = start_checklist(journal, "bruno", Live({"pool": pool(silenced)}, severities, {}),
                                    at=t0 + dt.timedelta(minutes=40))
        line = next(line for line in start_markdown(checklist, tr, ZONE).splitlines()
                    if line.startswith("- DatabaseConnectionPoolExhausted - "))  # Open Incidents
        assert "acknowledged at 06:13 by Rafael Costa" in line and ("no longer silenced" in line) is said, line
    journal.close()


def test_the_handoff_says_which_escalations_are_overdue(tmp_path):
    """Review 35: critical alerts 20 min unresolved (guide: "Escalar se não resolver em 15min")
    were handed over as "Open" / "Follow up …", the escalation due said nowhere; one escalated
    to L2 already is due for nothing more until L3's hour."""
    from oncall_tray.alertmanager.models import Alert, AlertStatus
    from oncall_tray.core.handoff import Live
    from oncall_tray.core.severity import Severity
    from oncall_tray.core.sla import SlaPolicy

    t0 = dt.datetime(2026, 12, 5, 9, 0, tzinfo=dt.timezone.utc)
    now = t0 + dt.timedelta(minutes=30)
    journal = Journal.open(tmp_path / "j.db", clock=lambda: now)
    ana = shifts.start_shift(journal, "ana", at=t0)

    def critical(name):
        return Alert(fingerprint=name, labels={"alertname": name, "instance": "h:1", "severity": "critical"},
                     status=AlertStatus("active"), starts_at=t0 + dt.timedelta(minutes=10))

    alerts = {a.fingerprint: a for a in (critical("PaymentGatewayTimeout"), critical("HighLatencyP99"),
                                         critical("APIDown"))}
    severities = {fp: Severity.CRITICAL for fp in alerts}
    record_poll(journal, alerts, severities, {}, t0 + dt.timedelta(minutes=11))
    journal.add_note("PaymentGatewayTimeout", "olhando o gateway", alertname="PaymentGatewayTimeout", actor="ana")
    journal.record_escalation("APIDown", "L2", actor="ana", alertname="APIDown")
    live = Live(alerts, severities, {})
    tr = translator("en")
    report = end_report(journal, ana, live, tr, ZONE, at=now, policy=SlaPolicy())
    assert sorted(report.pending) == [
        # escalated or noted, not acknowledged: still "Acknowledge" (review 73 AW1)
        "Acknowledge APIDown (critical, firing since 06:10, not acknowledged) — escalated to L2 at 06:30",  # (answer due 06:40)
        "Acknowledge HighLatencyP99 (critical, firing since 06:10, not acknowledged) — escalation to L2 overdue",
        "Acknowledge PaymentGatewayTimeout (critical, firing since 06:10, not acknowledged) — escalation to L2 overdue"]
    assert "escalation to L2 overdue" not in " ".join(end_report(journal, ana, live, tr, ZONE, at=now).pending)
    # review 41 F3: handed over once the guide's answer time (L2: 10 min) passed, it says when it was due
    later = end_report(journal, ana, live, tr, ZONE, at=now + dt.timedelta(minutes=11), policy=SlaPolicy()).pending
    assert "Acknowledge APIDown (critical, firing since 06:10, not acknowledged) — escalated to L2 at 06:30 (its answer was due by " \
           "06:40)" in later, later
    # the answer recorded (the notes panel's "L2 answered", `escalate --answered`): when it came
    journal.record_answer("APIDown", "L2", actor="ana", at=now + dt.timedelta(minutes=5))
    later = end_report(journal, ana, live, tr, ZONE, at=now + dt.timedelta(minutes=11), policy=SlaPolicy()).pending
    assert "Acknowledge APIDown (critical, firing since 06:10, not acknowledged) — escalated to L2 at 06:30, answered at " \
           "06:35" in later, later
    journal.close()


def test_an_alert_muted_by_a_silence_of_its_service_is_handed_over_as_not_acknowledged(tmp_path):
    """Review 38: APIDown (critical, 17 min, L2 overdue), muted by a 15-minute "deploy" silence of
    ``severity="critical" service="backend"``, was in neither the incidents nor the pending items
    (only inside the silence's line); acknowledged afterwards, it is followed as an incident."""
    from oncall_tray.alertmanager.models import Alert, AlertStatus, Matcher, Silence, SilenceStatus
    from oncall_tray.core.handoff import Live
    from oncall_tray.core.severity import Severity
    from oncall_tray.core.sla import SlaPolicy

    t0 = dt.datetime(2026, 12, 5, 9, 0, tzinfo=dt.timezone.utc)
    now = t0 + dt.timedelta(minutes=27)
    journal = Journal.open(tmp_path / "j.db", clock=lambda: now)
    ana = shifts.start_shift(journal, "ana", at=t0)
    labels = {"alertname": "APIDown", "instance": "h:1", "severity": "critical", "service": "backend"}
    deploy = Silence(id="deploy", matchers=(Matcher("severity", "critical"), Matcher("service", "backend")),
                     starts_at=t0 + dt.timedelta(minutes=15), ends_at=t0 + dt.timedelta(minutes=30),
                     created_by="root", comment="deploy", status=SilenceStatus("active"))
    muted = Alert(fingerprint="api", labels=labels, status=AlertStatus("suppressed", ("deploy",)),
                  starts_at=t0 + dt.timedelta(minutes=10))
    severities = {"api": Severity.CRITICAL}
    record_poll(journal, {"api": muted}, severities, {"deploy": deploy}, t0 + dt.timedelta(minutes=16))
    live = Live({"api": muted}, severities, {"deploy": deploy})
    tr = translator("en")
    report = end_report(journal, ana, live, tr, ZONE, at=now, policy=SlaPolicy())
    assert report.pending == ["Acknowledge APIDown (critical, firing since 06:10, muted by a silence of more than "
                              "it until 06:30, not acknowledged) — escalation to L2 overdue"]
    assert not report.incidents
    # then acknowledged, on its own: the journal opens its incident (the alert was silenced already)
    ack = Silence(id="ack", matchers=tuple(Matcher(k, v) for k, v in sorted(labels.items())),
                  starts_at=t0 + dt.timedelta(minutes=20), ends_at=t0 + dt.timedelta(minutes=35),
                  created_by="ana", comment="ACK! olhando", status=SilenceStatus("active"))
    acked = Alert(fingerprint="api", labels=labels, status=AlertStatus("suppressed", ("ack", "deploy")),
                  starts_at=t0 + dt.timedelta(minutes=10))
    record_poll(journal, {"api": acked}, severities, {"deploy": deploy, "ack": ack}, t0 + dt.timedelta(minutes=21))
    live = Live({"api": acked}, severities, {"deploy": deploy, "ack": ack})
    report = end_report(journal, ana, live, tr, ZONE, at=now, policy=SlaPolicy())
    assert [i.name for i in report.incidents] == ["APIDown"]
    assert report.pending == ["Follow up APIDown (still firing) — escalation to L2 overdue"]
    checklist = start_checklist(journal, "bruno", live, at=now)
    line = next(line for line in start_markdown(checklist, tr, ZONE).splitlines() if line.startswith("- APIDown - "))
    assert "acknowledged at 06:20 by ana" in line, line  # by its acknowledgement, not by the deploy silence
    journal.close()


def test_an_acknowledgement_made_over_a_maintenance_silence_is_recorded_again(tmp_path):
    """Review 47 N4: acknowledged, its acknowledgement ran out, then a broad silence muted it and
    the engineer acknowledged it again: the broad silence took the "acknowledged" event and the
    new acknowledgement was never recorded (missing from the escalation's "Already Tried")."""
    from oncall_tray.alertmanager.models import Alert, AlertStatus, Matcher, Silence, SilenceStatus
    from oncall_tray.core.escalation import tried_items
    from oncall_tray.core.severity import Severity

    t0 = dt.datetime(2026, 12, 5, 9, 0, tzinfo=dt.timezone.utc)
    journal = Journal.open(tmp_path / "j.db", clock=lambda: t0 + dt.timedelta(minutes=30))
    labels = {"alertname": "HighLatencyP99", "severity": "critical"}

    def silence(sid: str, matchers, start: int, end: int, comment: str, state: str = "active") -> Silence:
        return Silence(id=sid, matchers=matchers, starts_at=t0 + dt.timedelta(minutes=start),
                       ends_at=t0 + dt.timedelta(minutes=end), created_by="ana", comment=comment,
                       status=SilenceStatus(state))

    def poll(minute: int, silenced_by: tuple[str, ...], *known: Silence) -> None:
        alert = Alert(fingerprint="p99", labels=labels, status=AlertStatus("suppressed" if silenced_by else "active",
                                                                             silenced_by), starts_at=t0)
        record_poll(journal, {"p99": alert}, {"p99": Severity.CRITICAL}, {s.id: s for s in known},
                    t0 + dt.timedelta(minutes=minute))

    own = tuple(Matcher(k, v) for k, v in sorted(labels.items()))
    first = silence("ack1", own, 2, 3, "ACK! investigando — ana")
    broad = silence("deploy", (Matcher("alertname", "HighLatency.*", is_regex=True),), 5, 10, "deploy em andamento")
    again = silence("ack2", own, 6, 21, "reiniciando o backend")
    poll(1, ())
    poll(2, ("ack1",), first)
    poll(4, (), silence("ack1", own, 2, 3, "ACK! investigando — ana", "expired"))
    poll(5, ("deploy",), broad)
    poll(6, ("ack2", "deploy"), broad, again)
    items = tried_items(journal.notes_and_escalations("p99", acknowledgements=True), lambda _c, t: t, dt.timezone.utc)
    assert items == ["Acknowledged at 09:02 (ana)", "Acknowledgement ended at 09:04",  # ran out (review 57 S11)
                     "Acknowledged at 09:06 (ana): reiniciando o backend"], items
    assert shifts.open_incidents(journal)[0].acknowledged_at == t0 + dt.timedelta(minutes=2)  # the first kept
    journal.close()


def _warnings(journal, clock, t0):
    """``alert(name, minute)``: a warning that started ``minute`` minutes after ``t0``; and
    ``poll(minute, *alerts)``: the journal records a poll at that minute that lists ``alerts``."""
    from oncall_tray.alertmanager.models import Alert, AlertStatus
    from oncall_tray.core.severity import Severity

    def alert(name, minute):
        return Alert(fingerprint=name, labels={"alertname": name, "instance": "h:1", "severity": "warning"},
                     status=AlertStatus("active"), starts_at=t0 + dt.timedelta(minutes=minute))

    def poll(minute, *alerts):
        clock[0] = t0 + dt.timedelta(minutes=minute)
        record_poll(journal, {a.fingerprint: a for a in alerts}, {a.fingerprint: Severity.WARNING for a in alerts},
                    {}, clock[0])

    return alert, poll


def test_the_handoff_observes_what_flapped_and_what_resolved_on_its_own(tmp_path):
    """Review 35: the handoff said "Alerts received: 13" and nothing of which; the alert that
    fired 9 times and the one that resolved on its own were named nowhere (guide, end template,
    Observações: "[Comportamentos anormais notados]")."""
    from oncall_tray.core.handoff import Live
    from oncall_tray.core.severity import Severity

    t0 = dt.datetime(2026, 12, 5, 9, 0, tzinfo=dt.timezone.utc)
    clock = [t0]
    journal = Journal.open(tmp_path / "j.db", clock=lambda: clock[0])
    ana = shifts.start_shift(journal, "ana", at=t0)
    alert, poll = _warnings(journal, clock, t0)

    disk, api = alert("DiskFull", 1), alert("APIDown", 1)
    poll(2, disk, api, alert("QueueBacklogGrowing", 1))
    journal.add_note("APIDown", "reiniciei", alertname="APIDown", actor="ana")  # an incident: named there
    for minute in range(3, 11, 2):  # RedisLatencyHigh fires and resolves, four times
        poll(minute, disk, alert("RedisLatencyHigh", minute))
        poll(minute + 1, disk)
    clock[0] = t0 + dt.timedelta(minutes=30)
    tr = translator("en")
    report = end_report(journal, ana, Live({"DiskFull": disk}, {"DiskFull": Severity.WARNING}, {}), tr, ZONE,
                        at=clock[0])
    assert list(report.noticed) == ["RedisLatencyHigh fired 4 times during the shift (flapping)",
                                    "Fired and resolved on their own: QueueBacklogGrowing"]
    observations = section(end_markdown(report, tr, ZONE), "Observations")
    assert observations == ["- RedisLatencyHigh fired 4 times during the shift (flapping)",
                            "- Fired and resolved on their own: QueueBacklogGrowing"], observations
    journal.close()


def test_acknowledgements_of_pods_of_one_name_and_place_are_told_apart(tmp_path):
    """Review 34: the handoff's active silences read "PodCrashLooping (k8s / ksm:8080)" twice;
    only their expiry told which pod each one muted."""
    from oncall_tray.alertmanager.models import Matcher, Silence, SilenceStatus
    from oncall_tray.core.handoff import Live
    from oncall_tray.core.handoff_silences import silence_lines

    now = dt.datetime(2026, 12, 5, 9, 0, tzinfo=dt.timezone.utc)

    def ack(sid, pod):
        labels = {"alertname": "PodCrashLooping", "instance": "ksm:8080", "service": "k8s", "namespace": "prod",
                  "pod": pod}
        return Silence(id=sid, matchers=tuple(Matcher(k, v) for k, v in labels.items()), starts_at=now,
                       ends_at=now + dt.timedelta(hours=1), created_by="ana", comment="ACK!",
                       status=SilenceStatus("active"))

    journal = Journal.open(tmp_path / "j.db", clock=lambda: now)
    silences = {s.id: s for s in (ack("s1", "api-1"), ack("s2", "api-2"))}
    lines, _ = silence_lines(Live({}, {}, silences), journal, now, "ana")
    assert sorted(line.name for line in lines) == ["PodCrashLooping (k8s / ksm:8080 · pod=api-1)",
                                                   "PodCrashLooping (k8s / ksm:8080 · pod=api-2)"]
    lines, _ = silence_lines(Live({}, {}, {"s1": silences["s1"]}), journal, now, "ana")
    assert [line.name for line in lines] == ["PodCrashLooping (k8s / ksm:8080)"]  # alone: as before
    # review 36: api-1 acknowledged in prod and in stage, api-2 firing in prod unsilenced: a name
    # such as "namespace=prod" would fit api-2 too; told apart among the alerts listed as well
    from oncall_tray.alertmanager.models import Alert, AlertStatus

    def firing(fp, pod, namespace, silenced_by=()):
        return Alert(fingerprint=fp, labels={"alertname": "PodCrashLooping", "instance": "ksm:8080", "service": "k8s",
                                             "namespace": namespace, "pod": pod},
                     status=AlertStatus("suppressed" if silenced_by else "active", tuple(silenced_by)))

    def ack_in(sid, pod, namespace):
        silence = ack(sid, pod)
        return Silence(id=sid, matchers=tuple(Matcher(m.name, namespace if m.name == "namespace" else m.value)
                                              for m in silence.matchers),
                       starts_at=now, ends_at=now + dt.timedelta(hours=1), created_by="ana", comment="ACK!",
                       status=SilenceStatus("active"))

    alerts = {a.fingerprint: a for a in (firing("a", "api-1", "prod", ["p1"]), firing("b", "api-2", "prod"),
                                         firing("c", "api-1", "stage", ["s1"]))}
    silences = {"p1": ack_in("p1", "api-1", "prod"), "s1": ack_in("s1", "api-1", "stage")}
    lines, _ = silence_lines(Live(alerts, {}, silences), journal, now, "ana")
    names = {line.silence.id: line.name for line in lines}
    assert "pod=api-1" in names["p1"] and "namespace=prod" in names["p1"], names
    assert "namespace=stage" in names["s1"] and names["p1"] != names["s1"], names
    journal.close()


def test_an_acknowledgement_is_named_as_its_alert_and_a_narrower_silence_keeps_its_scope():
    """Review 28: each line of an acknowledgement carried its seven matchers ("DiskSpaceRunningOut
    {env="production", instance="conectsuite-host:9100", job="node", mountpoint="/", …}"), three
    wrapped lines for one alert. An acknowledgement (every matcher exact, the instance among
    them) is named as the alerts window names its alert; other silences keep their whole scope
    (the next engineer must see that only production is muted)."""
    from oncall_tray.alertmanager.models import Matcher, Silence, SilenceStatus
    from oncall_tray.core.handoff_silences import silence_name

    def made(**labels):
        return Silence(id="s", matchers=tuple(Matcher(k, v) for k, v in labels.items()), starts_at=utcnow(),
                       ends_at=utcnow(), created_by="ana", comment="ACK!", status=SilenceStatus("active"))

    ack = made(alertname="DiskSpaceRunningOut", env="production", instance="conectsuite-host:9100", job="node",
               mountpoint="/", service="node", severity="critical", team="conectcrm")
    assert silence_name(ack, "DiskSpaceRunningOut") == "DiskSpaceRunningOut (node / conectsuite-host:9100)"
    narrow = made(alertname="HighMemoryUsage", env="production")
    assert silence_name(narrow, "HighMemoryUsage") == 'HighMemoryUsage {env="production"}'
    # review 54 M12: a 5,000-character instance made a 5,083-character line of the handoff's Markdown
    long = made(alertname="VeryLongLabel", instance="x" * 5000, service="long", severity="info")
    assert silence_name(long, "VeryLongLabel") == f"VeryLongLabel (long / {'x' * 79}…)"
    wide = made(alertname="VeryLongLabel", env="y" * 5000)
    assert silence_name(wide, "VeryLongLabel") == f'VeryLongLabel {{env="{"y" * 79}…"}}'


def test_a_follow_up_says_what_its_alert_lacks_now():
    """Review 43 F2: APIDown, escalated and noted but never acknowledged in 31 minutes, read
    "Follow up APIDown (still firing)"; so did HighMemoryUsage, whose acknowledgement had ended."""
    from oncall_tray.alertmanager.models import Alert, AlertStatus
    from oncall_tray.core.handoff_firing import follow_up
    from oncall_tray.core.journal_schema import Incident

    t0 = dt.datetime(2026, 12, 5, 9, 0, tzinfo=dt.timezone.utc)
    tr = translator("en")
    firing = Alert(fingerprint="a", labels={"alertname": "APIDown"}, status=AlertStatus("active"))
    muted = Alert(fingerprint="a", labels={"alertname": "APIDown"}, status=AlertStatus("suppressed", ("s1",)))
    noted = Incident(1, "a", "APIDown", t0)
    acked = Incident(1, "a", "APIDown", t0, acknowledged_at=t0, acknowledged_by="ana")
    assert follow_up(noted, firing, tr) == "Follow up %1 (still firing, not acknowledged)"
    assert follow_up(acked, firing, tr) == "Follow up %1 (still firing, no longer silenced: its acknowledgement ended)"
    assert follow_up(acked, muted, tr) == follow_up(noted, None, tr) == "Follow up %1 (still firing)"
    assert follow_up(noted, firing, translator("pt_BR")) == "Acompanhar %1 (ainda disparando, sem reconhecimento)"


def test_the_handoff_observes_an_alert_from_before_the_shift_that_resolved_on_its_own(tmp_path):
    """Review 48 R3: HighCPUUsage fired before the shift began and resolved by itself during it,
    untouched: the handoff named it nowhere ("Observations: Nothing to report"), since only the
    alerts that fired during the shift were looked at."""
    from oncall_tray.core.handoff import Live
    from oncall_tray.core.severity import Severity

    t0 = dt.datetime(2026, 12, 5, 9, 0, tzinfo=dt.timezone.utc)
    clock = [t0 - dt.timedelta(minutes=30)]
    journal = Journal.open(tmp_path / "j.db", clock=lambda: clock[0])

    alert, poll = _warnings(journal, clock, t0)

    cpu, disk, api = alert("HighCPUUsage", -40), alert("DiskFull", -40), alert("APIDown", -40)
    poll(-30, cpu, disk, api)  # the previous shift's
    ana = shifts.start_shift(journal, "ana", at=t0)
    poll(2, cpu, disk, api)
    journal.add_note("APIDown", "reiniciei", alertname="APIDown", actor="ana")  # an incident: named there
    poll(5, disk)  # HighCPUUsage and APIDown resolved
    clock[0] = t0 + dt.timedelta(minutes=30)
    tr = translator("en")
    report = end_report(journal, ana, Live({"DiskFull": disk}, {"DiskFull": Severity.WARNING}, {}), tr, ZONE,
                        at=clock[0])
    assert list(report.noticed) == ["Firing when the shift began, resolved on their own: HighCPUUsage"], report.noticed
    pt = end_report(journal, ana, Live({"DiskFull": disk}, {"DiskFull": Severity.WARNING}, {}), translator("pt_BR"),
                    ZONE, at=clock[0])
    assert list(pt.noticed) == ["Já disparavam quando o turno começou e se resolveram sozinhos: HighCPUUsage"], pt.noticed
    journal.close()


def test_alerts_of_one_name_on_several_hosts_are_named_with_their_place(tmp_path):
    """Review 53 K8: "Follow up NodeFilesystemAlmostFull (still firing)" three times, for
    host-0042, host-0008 and host-0117: each line names its place, as the notifications do."""
    from oncall_tray.alertmanager.models import Alert, AlertStatus
    from oncall_tray.core.handoff import Live
    from oncall_tray.core.severity import Severity

    t0 = dt.datetime(2026, 12, 5, 9, 0, tzinfo=dt.timezone.utc)
    journal = Journal.open(tmp_path / "j.db", clock=lambda: t0 + dt.timedelta(minutes=30))
    ana = shifts.start_shift(journal, "ana", at=t0)
    hosts = {f"h{n}": Alert(fingerprint=f"h{n}", labels={"alertname": "NodeFilesystemAlmostFull", "severity": "warning",
                                                          "service": "node-exporter", "instance": f"host-{n}:9100"},
                            status=AlertStatus("active"), starts_at=t0 + dt.timedelta(minutes=5))
             for n in ("0042", "0008", "0117")}
    severities = {fp: Severity.WARNING for fp in hosts}
    record_poll(journal, hosts, severities, {}, t0 + dt.timedelta(minutes=6))
    journal.add_note("h0042", "limpei /var/log", alertname="NodeFilesystemAlmostFull", actor="ana")
    tr = translator("en")
    report = end_report(journal, ana, Live(hosts, severities, {}), tr, ZONE, at=t0 + dt.timedelta(minutes=30))
    assert [item.name for item in report.incidents] == ["NodeFilesystemAlmostFull (node-exporter / host-0042:9100)"]
    assert sorted(report.pending) == [  # the two not noted folded in one item, their places said (review 76 BH1)
        "Acknowledge NodeFilesystemAlmostFull (node-exporter / host-0042:9100) (warning, firing since 06:05, "
        "not acknowledged)",  # noted, not acknowledged (review 73 AW1)
        "Acknowledge NodeFilesystemAlmostFull ×2 (node-exporter / host-0008:9100, host-0117:9100) (warning, firing "
        "since 06:05, not acknowledged)"]
    journal.close()


def test_an_incident_a_colleague_acknowledged_names_who_did(alertmanager):
    """Review 56 Q8: "Incidents Handled" listed APIDown and the pool, which Marcos acknowledged
    (exact silences made while they fired), as the outgoing engineer's, naming no one. An incident
    acknowledged by someone other than the shift's engineer (his comment starts with ACK: without
    it, a colleague's silence is maintenance, review 59 U1) says by whom; one the engineer
    acknowledged says nothing more."""
    journal = Journal.open(Folders.for_user().journal)
    shift = Shift(alertmanager, journal)
    started = shifts.start_shift(journal, "rafael")
    alertmanager.post_alerts([make_alert("APIDown", "critical"), make_alert("DiskFull", "critical")])
    shift.poll()
    silence(alertmanager, {"alertname": "APIDown"}, minutes=60, author="Marcos", comment="ACK! deploy com problema")
    silence(alertmanager, {"alertname": "DiskFull"}, author="Rafael")
    live = shift.poll()
    for language, heading, by in (("en", "Incidents Handled", "acknowledged by Marcos"),
                                  ("pt_BR", "Incidentes Tratados", "reconhecido por Marcos")):
        lines = end_section(journal, started, live, language, heading)
        (api,) = [line for line in lines if "APIDown" in line]
        (disk,) = [line for line in lines if "DiskFull" in line]
        assert by in api and "Marcos" not in disk and "Rafael" not in disk, lines
    journal.close()


@pytest.mark.parametrize("credentials, words", [(True, "credentials needed"), (False, "Alertmanager unreachable")])
def test_every_item_from_the_journals_last_look_is_marked_with_why(scripted, credentials, words):
    """Review 75 BD5: with Alertmanager answering 401, ``handoff end`` marked "Acknowledge X" items
    "(as last seen: Alertmanager unreachable)" (it needs credentials, as ``status`` says), and
    the "Follow up X" items, from the same picture, carried no mark."""
    shift, started = scripted
    shift.am.post_alerts([make_alert("QueueBacklog", "warning")])
    shift.poll()
    live = Live(None, error="credentials needed — HTTP 401" if credentials else "connection refused",
                credentials=credentials)
    report = end_report(shift.journal, started, live, translator("en"), ZONE)
    taken = [p for p in report.pending if p.startswith(("Acknowledge ", "Follow up "))]
    assert any(p.startswith("Follow up ") for p in taken) and any(p.startswith("Acknowledge ") for p in taken), taken
    assert all(p.endswith(f" (as last seen: {words})") for p in taken), taken
    said = end_report(shift.journal, started, live, translator("pt_BR"), ZONE).pending
    mark = "(como visto por último: credenciais necessárias)" if credentials else \
        "(como visto por último: Alertmanager inacessível)"
    assert len([p for p in said if p.endswith(mark)]) == len(taken), said
