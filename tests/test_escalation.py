"""The guide's escalation message (core/escalation.py) filled from an alert, in Portuguese with
the guide's own headings and in English, with a fixed ``now``."""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo

import pytest

from oncall_tray.alertmanager.models import Alert, AlertStatus
from oncall_tray.core.escalation import ContextLinks, escalation_message
from oncall_tray.core.escalation_level import escalation_level
from oncall_tray.core.severity import Severity
from oncall_tray.core.sla import SlaPolicy
from oncall_tray.i18n import translator

UTC = dt.timezone.utc
SAO_PAULO = ZoneInfo("America/Sao_Paulo")
START = dt.datetime(2025, 11, 17, 12, 5, tzinfo=UTC)  # 09:05 in Sao Paulo
LINKS = ContextLinks("http://localhost:3002/", "http://localhost:16686")


def api_down(**annotations: str) -> Alert:
    return Alert(
        fingerprint="abc123", status=AlertStatus(state="active"), starts_at=START,
        labels={"alertname": "APIDown", "severity": "critical", "instance": "backend:3001", "service": "backend"},
        annotations={"summary": "Backend não responde", "description": "Health check falha há 2 min\nem todos os pods",
                     "runbook_url": "https://runbooks/APIDown", **annotations},
        generator_url="http://localhost:9090/graph?g0.expr=up")


def message(alert: Alert, minutes: float, language: str = "pt_BR", **kwargs) -> str:
    now = START + dt.timedelta(minutes=minutes)
    clock = SlaPolicy().clock(alert, Severity.CRITICAL, now=now)
    return escalation_message(alert, Severity.CRITICAL, clock, translator(language), zone=SAO_PAULO, now=now,
                              links=kwargs.pop("links", LINKS), **kwargs)


# Explore on Loki with the query, from 15 minutes before the start (11:50 UTC) to now
LOGS = ("http://localhost:3002/explore?left=%7B%22datasource%22%3A%22Loki%22%2C%22queries%22%3A%5B%7B%22refId%22%3A"
        "%22A%22%2C%22expr%22%3A%22%7Bservice%3D%5C%22backend%5C%22%7D%22%7D%5D%2C%22range%22%3A%7B%22from%22%3A"
        "%221763380200000%22%2C%22to%22%3A%22now%22%7D%7D")


def test_portuguese_message_has_the_guides_headings_and_every_field():
    text = message(api_down(dashboard_url="http://localhost:3002/d/conectcrm-overview"), 17,
                   notes=["Reiniciei o backend", "  ", "Verifiquei o pool do banco"])
    assert text.splitlines() == [
        "*ESCALAÇÃO PARA L2*",
        "",
        "*Alerta:* APIDown",
        "*Severidade:* Crítico",
        "*Início:* 09:05 -03",
        "*Duração:* 17 min",
        "",
        "*Sintomas:*",
        "- Backend não responde",
        "- Health check falha há 2 min",
        "  em todos os pods",
        "",
        "*Já Tentado:*",
        "- Reiniciei o backend",
        "- Verifiquei o pool do banco",
        "",
        "*Impacto:*",
        "- [Quantos clientes afetados]",
        "- [Funcionalidades comprometidas]",
        "- Instância: backend:3001",
        "- Serviço: backend",
        "",
        "*Contexto:*",
        "- Dashboard: http://localhost:3002/d/conectcrm-overview",
        "- Prometheus: http://localhost:9090/graph?g0.expr=up",
        "- Runbook: https://runbooks/APIDown",
        "- Logs: " + LOGS + " (Loki: {service=\"backend\"})",
        "- Traces: http://localhost:16686",
    ]


def test_english_message():
    text = message(api_down(), 17, "en", level="L3")
    for line in ("*ESCALATION TO L3*", "*Alert:* APIDown", "*Severity:* Critical", "*Start:* 09:05 -03",
                 "*Duration:* 17 min", "*Symptoms:*", "*Already Tried:*", "- [Actions taken]", "*Impact:*",
                 "- [How many customers are affected]", "- Instance: backend:3001", "*Context:*",
                 "- Dashboard: http://localhost:3002"):
        assert line in text.splitlines(), line


def test_the_level_follows_the_clock_unless_asked():
    assert message(api_down(), 10).startswith("*ESCALAÇÃO PARA L2*")  # escalating early: L2
    assert message(api_down(), 61).startswith("*ESCALAÇÃO PARA L3*")
    assert message(api_down(), 61, level="L2").startswith("*ESCALAÇÃO PARA L2*")
    with pytest.raises(ValueError):
        message(api_down(), 5, level="L1")
    clock = SlaPolicy().clock(api_down(), Severity.CRITICAL, now=START)
    assert escalation_level(clock) == "L2" and escalation_level(clock, "L3") == "L3"
    # never below the level already recorded, nor above what the SLA asks (review 59 U4); L3 stays L3
    assert escalation_level(clock, done="L2") == "L2" and escalation_level(clock, done="L3") == "L3"
    assert escalation_level(clock, done="L1") == escalation_level(clock, done="") == "L2"
    assert escalation_level(clock, "L2", done="L2") == "L2" and escalation_level(clock, "L3", done="L2") == "L3"
    late = SlaPolicy().clock(api_down(), Severity.CRITICAL, now=START + dt.timedelta(minutes=61))
    assert escalation_level(late, done="L2") == "L3" and escalation_level(late) == "L3"


def test_escalated_to_l2_the_level_offered_is_l2_until_the_sla_asks_for_l3():
    """Review 59 U4: APIDown escalated to L2 at 9 minutes; at 15 (and 30) the alerts window's
    Escalate… offered L3, the CTO, while ``escalate`` gave L2 and the SLA asks for L3 from one
    hour. The level offered is the one the SLA and the record ask for, the same for both; what
    is next, and from when, is said (``next_level``)."""
    from oncall_tray.core.escalation_level import next_level

    for minutes in (16, 30, 59):
        clock = SlaPolicy().clock(api_down(), Severity.CRITICAL, now=START + dt.timedelta(minutes=minutes))
        assert escalation_level(clock, done="L2") == "L2", minutes
        assert next_level(clock, "L2") == ("L3", START + dt.timedelta(hours=1))
    early = SlaPolicy().clock(api_down(), Severity.CRITICAL, now=START + dt.timedelta(minutes=5))
    assert escalation_level(early, done="L2") == "L2"
    assert next_level(early, "L2") == ("L3", None)  # L2 falls due first: no time said for L3
    late = SlaPolicy().clock(api_down(), Severity.CRITICAL, now=START + dt.timedelta(minutes=61))
    assert escalation_level(late, done="L2") == "L3" and next_level(late, "L3") is None


def test_placeholders_when_the_alert_says_little():
    bare = Alert(fingerprint="f00", status=AlertStatus(state="active"), starts_at=START, labels={})
    text = message(bare, 3, "en", links=ContextLinks())
    lines = text.splitlines()
    assert "*Alert:* f00" in lines
    assert "- [What is happening]" in lines and "- [Actions taken]" in lines
    assert "- Dashboard: [Grafana link]" in lines
    assert not any(line.startswith(("- Prometheus", "- Runbook", "- Logs", "- Traces", "- Instance")) for line in lines)


def test_start_on_another_day_shows_the_date():
    text = message(api_down(), 60 * 24, "en")
    assert "*Start:* 2025-11-17 09:05 -03" in text.splitlines()
    assert "*Duration:* 1d00h" in text.splitlines()  # as the table's ages (review 22: "4440 min")


def test_the_logs_line_gives_a_loki_selector_from_the_labels():
    """Guide: "Logs: [Link Loki com query]" (fresh-user review 5: only Explore's address)."""
    from oncall_tray.alertmanager.models import Alert, AlertStatus
    from oncall_tray.core.escalation import loki_selector

    def alert(**labels):
        return Alert(fingerprint="f", labels=labels, status=AlertStatus(state="active"))

    assert loki_selector(alert(job="node", instance="db-1:9100")) == '{job="node"}'
    assert loki_selector(alert(container='a"b\\c')) == '{container="a\\"b\\\\c"}'
    assert loki_selector(alert(alertname="X")) == ""


def test_the_logs_link_opens_explore_on_loki_with_the_query_from_before_the_start():
    """Guide: "Logs: [Link Loki com query]" (review 11: the query was beside the link, not in it)."""
    import json
    from urllib.parse import parse_qs, urlsplit

    from oncall_tray.core.escalation import loki_explore_url

    url = loki_explore_url("https://grafana.example/", '{job="a b"}', START)
    parts = urlsplit(url)
    assert (parts.netloc, parts.path) == ("grafana.example", "/explore")
    pane = json.loads(parse_qs(parts.query)["left"][0])
    assert pane == {"datasource": "Loki", "queries": [{"refId": "A", "expr": '{job="a b"}'}],
                    "range": {"from": str(int(START.timestamp() * 1000)), "to": "now"}}
    # an alert without a label Loki knows keeps Explore's bare address
    bare = Alert(fingerprint="f00", status=AlertStatus(state="active"), starts_at=START, labels={"alertname": "X"})
    assert "- Logs: http://localhost:3002/explore" in message(bare, 3, "en").splitlines()



def test_the_message_names_the_contacts_of_its_level():
    """Review 18: the guide's emergency contacts were nowhere; the message said "ESCALATION TO
    L2" and not who L2 is. Those of the level head the message (L2: Tech Lead and SRE; L3: CTO,
    Arquiteto), as the settings write them."""
    contacts = (("Tech Lead", "Ana Souza - +55 11 99999-0000"), ("SRE", "Bruno Lima - +55 11 98888-0000"),
                ("CTO", "Carla Dias - +55 11 97777-0000"), ("DevOps", "Davi - +55 11 96666-0000"))
    links = ContextLinks("http://localhost:3002", "", contacts)
    l2 = message(api_down(), 17, links=links).splitlines()
    assert l2[:3] == ["*ESCALAÇÃO PARA L2*", "",
                      "*Para:* Tech Lead: Ana Souza - +55 11 99999-0000; SRE: Bruno Lima - +55 11 98888-0000"]
    l3 = message(api_down(), 61, "en", links=links).splitlines()
    assert l3[2] == "*To:* CTO: Carla Dias - +55 11 97777-0000" and "Davi" not in "\n".join(l3)
    assert message(api_down(), 17).splitlines()[2] == "*Alerta:* APIDown"  # none set: no line


def test_the_incidents_message_is_the_guides_investigating_line():
    """Review 18: the critical alerts' mandatory step 'Notificar em #incidents: "Investigando
    [AlertName]"' was not prepared."""
    from oncall_tray.core.escalation import incidents_message

    assert incidents_message(api_down(), translator("pt_BR")) == "Investigando APIDown: Backend não responde (backend:3001)"
    assert incidents_message(api_down(), translator("en")) == "Investigating APIDown: Backend não responde (backend:3001)"


def test_two_pods_messages_say_which_pod():
    """Review 37: the escalation messages and #incidents lines of PodOOMKilled on pod=api-1 and
    pod=api-2 differed by a millisecond of a link."""
    from oncall_tray.core.escalation import incidents_message

    text = message(api_down(), 20, "en", telling="pod=api-1")
    assert "*Alert:* APIDown (pod=api-1)" in text.splitlines()
    assert incidents_message(api_down(), translator("pt_BR"), "pod=api-2") == \
        "Investigando APIDown (pod=api-2): Backend não responde (backend:3001)"


def test_an_edited_draft_gets_the_facts_of_now_and_keeps_the_engineers_words():
    """Review 37: a draft reopened said "Duration: 4 min" of a 5-minute alert, lacked the note
    added since, and stayed English after a switch to Portuguese. The lines still as the template
    wrote them follow the template of now (``retarget`` at one level)."""
    from oncall_tray.core.escalation import retarget

    base = message(api_down(), 20, "en")
    draft = base.replace("[How many customers are affected]", "30% of the customers") + "\n-- Eva on the call"
    now = message(api_down(), 27, "en", notes=["Restarted the backend"])
    refreshed = retarget(draft, base, now, "L2", "L2")
    assert "*Duration:* 27 min" in refreshed and "*Duration:* 20 min" not in refreshed
    assert "- Restarted the backend" in refreshed and "[Actions taken]" not in refreshed
    assert "30% of the customers" in refreshed and refreshed.endswith("\n-- Eva on the call")
    portuguese = retarget(draft, base, message(api_down(), 27, "pt_BR"), "L2", "L2")
    assert "*Duração:* 27 min" in portuguese and "30% of the customers" in portuguese


def test_an_alert_starting_in_the_future_has_lasted_nothing_yet():
    """Review 20: an alert starting in year 9999 read "Duration: -4192904180 min"."""
    from msgspec.structs import replace

    future = replace(api_down(), starts_at=START + dt.timedelta(days=3))
    assert "*Duração:* 0 min" in message(future, 17).splitlines()


def test_long_lengths_are_in_days_and_hours():
    """Review 22: "Firing for 4440 min", "*Duration:* 4456 min"."""
    from oncall_tray.core.durations import lasted

    assert [lasted(m * 60) for m in (0, 17, 59, 60, 200, 4440)] == ["0 min", "17 min", "59 min", "1h00m", "3h20m",
                                                                     "3d02h"]
    assert lasted(-30) == "0 min"


def test_a_start_on_another_day_is_dated_in_the_languages_layout():
    """Review 23: "*Início:* 2026-12-03 23:38 -03" was ISO where everything else says 03/12/2026."""
    lines = message(api_down(), 24 * 60 + 5).splitlines()
    (start,) = [line for line in lines if line.startswith("*Início:*")]
    assert re.fullmatch(r"\*Início:\* \d\d/\d\d/\d{4} \d\d:\d\d -03", start), start
    (english,) = [line for line in message(api_down(), 24 * 60 + 5, "en").splitlines() if line.startswith("*Start:*")]
    assert re.fullmatch(r"\*Start:\* \d{4}-\d\d-\d\d \d\d:\d\d -03", english), english


def test_an_edited_message_moved_to_another_level_changes_its_heading_and_recipients_only():
    """Review 34: switched from L3 to L2 after an edit, the heading said L2 and the message was
    still addressed to the CTO. What the engineer typed stays; a line of the template they did
    not touch follows the level; the heading they rewrote keeps their words."""
    from oncall_tray.core.escalation import retarget

    links = ContextLinks("http://localhost:3002/", "", (("Tech Lead", "Ana - +55 11 90000-0000"),
                                                        ("CTO", "Carla Dias - +55 11 97777-0000")))
    l3, l2 = (message(api_down(), 17, "en", level=level, links=links) for level in ("L3", "L2"))
    assert "*To:* CTO: Carla Dias - +55 11 97777-0000" in l3.splitlines()
    edited = l3.replace("- [Actions taken]", "- reiniciei o pod")
    moved = retarget(edited, l3, l2, "L3", "L2")
    assert moved == l2.replace("- [Actions taken]", "- reiniciei o pod")
    assert "Carla" not in moved and "*To:* Tech Lead: Ana - +55 11 90000-0000" in moved.splitlines()
    # the heading rewritten by hand: the engineer's words, with the level's name replaced
    rewritten = edited.replace("*ESCALATION TO L3*", "*URGENTE: L3 agora*")
    moved = retarget(rewritten, l3, l2, "L3", "L2")
    assert moved.splitlines()[0] == "*URGENTE: L2 agora*" and "Carla" not in moved
    # and back: nothing lost on the way
    assert retarget(retarget(edited, l3, l2, "L3", "L2"), l2, l3, "L2", "L3") == edited


def test_an_edited_recipients_line_moved_to_another_level_gets_the_new_recipients():
    """Review 36: "; canal #incidents" added to the L2 message's "To:" line, then L3 chosen: the
    heading said L3 and the message was still addressed to the Tech Lead and the SRE."""
    from oncall_tray.core.escalation import retarget

    links = ContextLinks("http://localhost:3002/", "", (("Tech Lead", "Ana - +55 11 90000-0000"),
                                                        ("CTO", "Carla Dias - +55 11 97777-0000")))
    l2, l3 = (message(api_down(), 17, "en", level=level, links=links) for level in ("L2", "L3"))
    added = l2.replace("*To:* Tech Lead: Ana - +55 11 90000-0000", "*To:* Tech Lead: Ana - +55 11 90000-0000; canal #incidents")
    moved = retarget(added, l2, l3, "L2", "L3")
    assert "*To:* CTO: Carla Dias - +55 11 97777-0000; canal #incidents" in moved.splitlines(), moved
    assert "Ana - +55" not in moved
    # rewritten: the new recipients above what the engineer wrote, nothing lost
    rewritten = l2.replace("*To:* Tech Lead: Ana - +55 11 90000-0000", "*To:* Ana (ligar antes)")
    moved = retarget(rewritten, l2, l3, "L2", "L3")
    lines = moved.splitlines()
    assert lines[lines.index("*To:* Ana (ligar antes)") - 1] == "*To:* CTO: Carla Dias - +55 11 97777-0000"


def test_an_escalation_is_tried_for_the_levels_above_it_only():
    """Review 46 F7: the message to L2 listed "Escalated to L2 at 21:47" under "Already Tried"."""
    from oncall_tray.core.escalation import TriedStep

    notes = ["Reiniciei o backend", TriedStep("Escalado para L2 às 09:20 (ana)", "L2"),
             TriedStep("L2 respondeu às 09:25", "L2")]
    tried = [line for line in message(api_down(), 30, level="L2", notes=notes).splitlines() if line.startswith("- ")]
    assert "- Reiniciei o backend" in tried and not any("L2" in line for line in tried)
    tried = [line for line in message(api_down(), 30, level="L3", notes=notes).splitlines() if line.startswith("- ")]
    assert {"- Escalado para L2 às 09:20 (ana)", "- L2 respondeu às 09:25"} <= set(tried)


def test_an_acknowledgement_is_tried_with_its_own_comment():
    """Review 47 N5: "Acknowledged at 22:47 (Marina Costa)" without the comment the engineer gave."""
    from oncall_tray.core.escalation import tried_items
    from oncall_tray.core.journal_schema import Event, EventKind

    at = dt.datetime(2026, 11, 30, 12, 47, tzinfo=dt.timezone.utc)
    own = Event(1, at, EventKind.ACKNOWLEDGED, actor="ana", text="reiniciando backend", data={"opens_incident": True})
    default = Event(2, at, EventKind.ACKNOWLEDGED, actor="ana", text="ACK! investigando — ana",
                    data={"opens_incident": True})
    muted = Event(3, at, EventKind.ACKNOWLEDGED, actor="rita", text="deploy", data={"opens_incident": False})
    assert tried_items([own, default, muted], lambda _c, t: t, dt.timezone.utc) == [
        "Acknowledged at 12:47 (ana): reiniciando backend", "Acknowledged at 12:47 (ana)"]


def test_an_acknowledgement_is_tried_once_and_its_end_is_said():
    """Review 57 S11: "Acknowledged at 11:21 (Rita Alves)" twice (the alert seen again under the
    same silence), and nothing said of the acknowledgement that ran out at 11:36."""
    from oncall_tray.core.escalation import tried_items
    from oncall_tray.core.journal_schema import Event, EventKind

    at = dt.datetime(2026, 12, 6, 11, 21, tzinfo=dt.timezone.utc)
    first = Event(1, at, EventKind.ACKNOWLEDGED, silence_id="98362b42", actor="Rita Alves",
                  text="ACK! investigando — Rita Alves", data={"opens_incident": True})
    again = Event(2, at + dt.timedelta(minutes=4), EventKind.ACKNOWLEDGED, silence_id="98362b42",
                  actor="Rita Alves", text="ACK! investigando — Rita Alves", data={"opens_incident": True})
    ended = Event(3, at + dt.timedelta(minutes=15), EventKind.UNACKNOWLEDGED)
    note = Event(4, at + dt.timedelta(minutes=20), EventKind.NOTE, text="df -h: 97%")
    assert tried_items([first, again, ended, note], lambda _c, t: t, dt.timezone.utc) == [
        "Acknowledged at 11:21 (Rita Alves)", "Acknowledgement ended at 11:36", "df -h: 97%"]
    lone = Event(5, at, EventKind.UNACKNOWLEDGED)  # a maintenance silence's end: not an acknowledgement's
    assert tried_items([lone], lambda _c, t: t, dt.timezone.utc) == []
