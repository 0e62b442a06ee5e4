"""The guide's L2 resolution target, counted from the escalation to L2 recorded (guide, "Escalação
de Incidentes": "Nível 2 - Tech Lead / SRE - Resposta: < 10 minutos após escalação - Resolução
esperada: < 30 minutos - Escala para L3 se: impacto sistêmico OU incidente prolongado").

Fresh-user review M10: DatabaseConnectionPoolExhausted (critical, 01:58) escalated to L2 at 02:20;
at 02:51 nothing said that L2's 30 minutes had passed, the next deadline was L3's at 02:58, and
neither ``status`` nor ``status --json`` had the deadline. Now: the next deadline names it before,
one notice says it once it passed while the alert fires (acknowledged or not), ``status`` and the
handoff say it; an escalation to L3 or the alert resolving ends it; ``sla_l2_resolve_minutes``
sets it (0: no target).
"""

from __future__ import annotations

import datetime as dt
import json
import re

import httpx
import pytest
from conftest import make_alert, silence, utcnow
from test_attention import MIN, SEC, T0, alert
from test_cli import run

from oncall_tray.config import Config
from oncall_tray.core.attention import AttentionMonitor
from oncall_tray.core.contact import ContactMonitor
from oncall_tray.core.journal import Journal
from oncall_tray.core.local_times import local_time
from oncall_tray.core.severity import SeverityMap
from oncall_tray.core.sla import SlaPolicy
from oncall_tray.core.tracker import AlertTracker
from oncall_tray.i18n import english, translator
from oncall_tray.notify.attention_messages import attention_notices
from oncall_tray.paths import Folders

UTC = dt.timezone.utc
POOL = "DatabaseConnectionPoolExhausted"


def fingerprint_of(am, name: str) -> str:
    return next(a["fingerprint"] for a in httpx.get(f"{am.url}/api/v2/alerts", timeout=10).json()
                if a["labels"]["alertname"] == name)


def record_escalation(fingerprint: str, name: str, level: str, at: dt.datetime, fired_at: dt.datetime) -> None:
    """As *Copy and record as escalated* (or ``oncall-tray escalate``) records it, at ``at``."""
    journal = Journal.open(Folders.for_user().journal)
    try:
        journal.record_escalation(fingerprint, level, alertname=name, actor="ana", source="tray",
                                  fired_at=fired_at, at=at)
    finally:
        journal.close()


@pytest.mark.parametrize("language", ["english", "portuguese"])
def test_the_tray_says_once_that_l2s_resolution_is_overdue_30_minutes_after_the_escalation(
        alertmanager, monkeypatch, request, language):
    """The review's steps against a real Alertmanager, the poller's clock driven: escalated at
    "02:20" (22 min after the start), acknowledged; the next deadline is L2's resolution (before
    L3's hour); at 30:00 still on time; at 31 min one notice; not again at the next polls."""
    from PySide6.QtCore import QCoreApplication

    from oncall_tray.core.overview import overview
    from oncall_tray.ui import poller as poller_module
    from oncall_tray.ui.tray import tooltip_lines

    request.getfixturevalue(language)  # the interface (the poller's notices) in that language
    tr = QCoreApplication.translate
    real = utcnow()
    started = real - 22 * MIN
    alertmanager.post_alerts([make_alert(POOL, "critical", starts_at=started)])
    fingerprint = fingerprint_of(alertmanager, POOL)
    record_escalation(fingerprint, POOL, "L2", real, started)
    silence(alertmanager, {"alertname": POOL}, minutes=120, author="ana")  # acknowledging does not end it
    clock = [real + 29 * MIN]
    monkeypatch.setattr(poller_module, "utc_now", lambda: clock[0])
    journal = Journal.open(Folders.for_user().journal)
    worker = poller_module.PollerWorker(Config(alertmanager_url=alertmanager.url, notifications=False,
                                               poll_interval=3600, timezone="UTC"), journal=journal)
    results = []
    worker.polled.connect(results.append)
    try:
        worker.start()
        before = results[-1]
        assert before.error is None
        nearest = before.attention.nearest
        assert (nearest.kind, nearest.level, nearest.alertname, nearest.at) == ("level-resolve", "L2", POOL,
                                                                                real + 30 * MIN)
        lines = tooltip_lines(overview(before.update.snapshot, before.contact, before.attention), alertmanager.url, UTC)
        due = local_time(real + 30 * MIN, UTC, dt.datetime.now(UTC), tr)
        said = {"english": f"Next deadline: L2 to resolve {POOL} by {due}",
                "portuguese": f"Próximo prazo: L2 resolver {POOL} até {due}"}[language]
        assert said in lines, lines
        clock[0] = real + 30 * MIN  # exactly 30:00: still on time
        worker.poll()
        assert not [n for n in results[-1].attention_notices if "L2" in n.title and POOL in n.title
                    and "answer" not in n.title.lower() and "resposta" not in n.title.lower()]
        clock[0] = real + 31 * MIN
        worker.poll()
        overdue = results[-1].attention_notices
        clock[0] = real + 33 * MIN
        worker.poll()
        again = results[-1].attention_notices
    finally:
        worker.stop()
        journal.close()
    title = {"english": f"L2 resolution overdue: {POOL}", "portuguese": f"Resolução do L2 atrasada: {POOL}"}[language]
    (notice,) = [n for n in overdue if n.title == title]
    at = local_time(real, UTC, real + 31 * MIN, tr)
    body = {"english": f"Escalated to L2 at {at} (31 min ago). The guide: L2 resolves within 30 min; escalate to L3 "
                       "if the incident drags on.",
            "portuguese": f"Escalado para L2 às {at} (há 31 min). O guia: o L2 resolve em até 30 min; escale para "
                          "L3 se o incidente se prolongar."}[language]
    assert notice.body.splitlines()[0] == body, notice.body
    assert notice.fingerprint == fingerprint
    assert not [n for n in again if n.title == title]


class Shift:
    """One alert that fired at T0, acknowledged at once, with the escalations recorded (level,
    when) and the answers (pure logic, injected time)."""

    def __init__(self, policy: SlaPolicy | None = None):
        self.tracker = AlertTracker(SeverityMap())
        self.contact = ContactMonitor()
        self.monitor = AttentionMonitor(policy or SlaPolicy(), reminder_interval=None)
        self.escalated: dict[str, str] = {}
        self.since: dict[str, dt.datetime] = {}
        self.answered: dict[str, dt.datetime] = {}

    def escalate(self, fp: str, level: str, at: dt.datetime) -> None:
        self.escalated[fp], self.since[fp] = level, at
        self.answered.pop(fp, None)

    def at(self, now: dt.datetime, alerts):
        snapshot = self.tracker.update(alerts, now).snapshot
        awaiting = {fp: at for fp, at in self.since.items() if fp not in self.answered}
        return self.monitor.evaluate(snapshot, {}, self.contact.success(now), now, self.escalated,
                                     {a.fingerprint: T0 for a in alerts}, awaiting, self.answered, self.since)


def overdue_of(attention) -> list[tuple[str, str, dt.datetime]]:
    return [(a.alertname, level, at) for a, _s, level, at, _due in attention.level_unresolved]


def test_due_30_minutes_after_the_escalation_answered_or_not_said_once_and_remembered():
    shift = Shift()
    down = alert("APIDown", "critical", T0)
    assert shift.at(T0 + 20 * MIN, [down]).nearest.kind == "escalate"  # L2 only due: no L2 target yet
    shift.escalate("APIDown", "L2", T0 + 22 * MIN)
    shift.answered["APIDown"] = T0 + 25 * MIN  # L2 answered: now it works on it
    running = shift.at(T0 + 40 * MIN, [down])
    assert (running.nearest.kind, running.nearest.level, running.nearest.at) == ("level-resolve", "L2", T0 + 52 * MIN)
    assert overdue_of(shift.at(T0 + 52 * MIN, [down])) == []  # exactly 30:00 is still within
    assert overdue_of(shift.at(T0 + 52 * MIN + SEC, [down])) == [("APIDown", "L2", T0 + 22 * MIN)]
    later = shift.at(T0 + 55 * MIN, [down])
    assert overdue_of(later) == [] and later.nearest.kind == "escalate" and later.nearest.level == "L3"
    said = shift.monitor.said()
    assert said["level_unresolved"] == {"APIDown": "L2"}
    again = Shift()  # a tray restarted in the shift does not say it again
    again.monitor.recall(said)
    again.escalate("APIDown", "L2", T0 + 22 * MIN)
    assert overdue_of(again.at(T0 + 56 * MIN, [down])) == []


def test_l3_or_the_alert_resolving_ends_it_and_zero_means_no_target():
    shift = Shift()
    down, cpu = alert("APIDown", "critical", T0), alert("HighCPU", "warning", T0)
    shift.escalate("APIDown", "L2", T0 + 16 * MIN)
    shift.escalate("HighCPU", "L2", T0 + 16 * MIN)
    shift.at(T0 + 20 * MIN, [down, cpu])
    shift.escalate("APIDown", "L3", T0 + 40 * MIN)  # escalated further: L2's target ends
    # and HighCPU resolved before its 30 minutes (due at 46:00) were past: nothing to say
    assert overdue_of(shift.at(T0 + 45 * MIN, [down])) == [] and overdue_of(shift.at(T0 + 47 * MIN, [down])) == []
    assert all(d.kind != "level-resolve" for d in [shift.at(T0 + 49 * MIN, [down]).nearest] if d is not None)
    none = Shift(SlaPolicy(l2_resolve=None))  # sla_l2_resolve_minutes: 0
    none.escalate("APIDown", "L2", T0 + 16 * MIN)
    assert none.at(T0 + 30 * MIN, [down]).nearest.kind != "level-resolve"
    assert overdue_of(none.at(T0 + 50 * MIN, [down])) == []


def test_many_make_one_summary_in_both_languages():
    shift = Shift()
    alerts = [alert(f"Pool{i}", "critical", T0) for i in range(5)]
    for a in alerts:
        shift.escalate(a.fingerprint, "L2", T0 + 16 * MIN)
        shift.answered[a.fingerprint] = T0 + 20 * MIN
    shift.at(T0 + 20 * MIN, alerts)
    overdue = shift.at(T0 + 47 * MIN, alerts)
    notices = attention_notices(overdue, {a.fingerprint: a for a in alerts}, english, T0 + 47 * MIN, zone=UTC)
    assert [n.title for n in notices] == ["L2 resolutions overdue: 5 alerts"]
    pt = attention_notices(overdue, {a.fingerprint: a for a in alerts}, translator("pt_BR"), T0 + 47 * MIN, zone=UTC)
    assert [n.title for n in pt] == ["Resoluções do L2 atrasadas: 5 alertas"]


def test_status_json_and_text_give_l2s_resolution_deadline(alertmanager, tmp_path):
    """``status --json``'s ``"sla"`` has ``l2_resolve_by`` and ``l2_resolve_remaining_s`` (null
    unless escalated to L2); the text's SLA column says "L2: resolution overdue 1m"."""
    now = utcnow()
    for name in (POOL, "APIDown", "DiskFull"):
        alertmanager.post_alerts([make_alert(name, "critical", starts_at=now - 53 * MIN)])
    record_escalation(fingerprint_of(alertmanager, POOL), POOL, "L2", now - 31 * MIN, now - 53 * MIN)
    record_escalation(fingerprint_of(alertmanager, "APIDown"), "APIDown", "L2", now - 20 * MIN - 30 * SEC,
                      now - 53 * MIN)
    record_escalation(fingerprint_of(alertmanager, "DiskFull"), "DiskFull", "L3", now - 31 * MIN, now - 53 * MIN)
    config = tmp_path / "c.yaml"
    config.write_text("engineer: ana\nlanguage: en\n", encoding="utf-8")
    shown = run("--alertmanager", alertmanager.url, "status", "--json", config=str(config))
    assert shown.returncode == 0, shown.stderr
    sla = {a["alertname"]: a["sla"] for a in json.loads(shown.stdout)["alerts"]}
    due = dt.datetime.fromisoformat(sla[POOL]["l2_resolve_by"].replace("Z", "+00:00"))
    assert abs((due - (now - MIN)).total_seconds()) < 1
    assert -70 < sla[POOL]["l2_resolve_remaining_s"] < -55
    assert 540 < sla["APIDown"]["l2_resolve_remaining_s"] <= 570
    assert (sla["DiskFull"]["l2_resolve_by"], sla["DiskFull"]["l2_resolve_remaining_s"]) == (None, None)
    text = run("--alertmanager", alertmanager.url, "status", config=str(config)).stdout
    lines = {name: next(line for line in text.splitlines() if f" {name} " in line)
             for name in (POOL, "APIDown", "DiskFull")}
    assert "L2: resolution overdue 1m" in lines[POOL], text
    assert "L2: resolve in 9m" in lines["APIDown"], text
    assert "L2:" not in lines["DiskFull"], text
    config.write_text("engineer: ana\nlanguage: pt_BR\n", encoding="utf-8")
    text = run("--alertmanager", alertmanager.url, "status", config=str(config)).stdout
    assert "L2: resolução atrasada 1m" in text and "L2: resolver em 9m" in text, text


def test_the_handoff_says_when_l2s_resolution_was_due(tmp_path):
    from oncall_tray.alertmanager.models import Alert, AlertStatus
    from oncall_tray.core import shifts
    from oncall_tray.core.handoff import Live, end_report
    from oncall_tray.core.severity import Severity

    t0 = dt.datetime(2026, 12, 5, 4, 58, tzinfo=UTC)
    now = t0 + 53 * MIN
    journal = Journal.open(tmp_path / "j.db", clock=lambda: now)
    try:
        ana = shifts.start_shift(journal, "ana", at=t0 - 60 * MIN)
        down = Alert(fingerprint=POOL, labels={"alertname": POOL, "instance": "h:1", "severity": "critical"},
                     status=AlertStatus("active"), starts_at=t0)
        journal.record_escalation(POOL, "L2", actor="ana", alertname=POOL, at=t0 + 22 * MIN)
        live = Live({POOL: down}, {POOL: Severity.CRITICAL}, {})
        zone = dt.timezone(dt.timedelta(hours=-3))
        followed = f"Acknowledge {POOL} (h:1) (critical, firing since 01:58, not acknowledged)"  # (review 73 AW1)
        for tr, text in ((english, f"{followed} — escalated to L2 at 02:20 (its answer was due by 02:30, its "
                                   "resolution by 02:50)"),
                         (translator("pt_BR"), f"Reconhecer {POOL} (h:1) (crítico, disparando desde 01:58, sem reconhecimento) — "
                                               "escalado para L2 às 02:20 (a resposta era esperada até 02:30, a "
                                               "resolução até 02:50)")):
            pending = end_report(journal, ana, live, tr, zone, at=now, policy=SlaPolicy()).pending
            assert text in pending, pending
        journal.record_answer(POOL, "L2", actor="ana", at=t0 + 27 * MIN)
        pending = end_report(journal, ana, live, english, zone, at=now, policy=SlaPolicy()).pending
        assert (f"{followed} — escalated to L2 at 02:20, answered at 02:25 (its resolution was due by "
                "02:50)") in pending, pending
        early = end_report(journal, ana, live, english, zone, at=t0 + 40 * MIN, policy=SlaPolicy()).pending
        assert any(re.search(r"escalated to L2 at 02:20, answered at 02:25$", item) for item in early), early
    finally:
        journal.close()


def test_the_setting_sla_l2_resolve_minutes(tmp_path):
    from oncall_tray.config import load_config
    from oncall_tray.config_example import example_text
    from oncall_tray.ui.settings_layout import TABS, ZERO_MEANS

    assert Config().sla_l2_resolve_minutes == 30 and Config().sla_policy().l2_resolve == 30 * MIN
    assert Config(sla_l2_resolve_minutes=0).sla_policy().l2_resolve is None
    assert Config(sla_l2_resolve_minutes=45).sla_policy().l2_resolve == 45 * MIN
    for language in ("en", "pt_BR"):
        assert "\nsla_l2_resolve_minutes: 30\n" in example_text(language)
    path = tmp_path / "c.yaml"
    path.write_text("sla_l2_resolve_minutes: -1\n", encoding="utf-8")
    loaded = load_config(path)
    assert [(p.key, p.uses_default) for p in loaded.problems] == [("sla_l2_resolve_minutes", True)]
    assert loaded.config.sla_l2_resolve_minutes == 30  # a bad value keeps the default
    labels = {key: (label, hint) for _tab, fields in TABS for key, label, hint in fields}
    assert labels["sla_l2_resolve_minutes"] == ("L2: resolve within (minutes)",
                                                "Counted from the escalation to L2 you record; 0: no target")
    assert ZERO_MEANS["sla_l2_resolve_minutes"] == "no target"


def test_one_the_pacer_still_holds_is_not_kept_as_said():
    """Paced as the other deadline notices (three of a kind a minute): one held when the tray
    quits was never shown, so the journal does not keep it as said (``shown_of``)."""
    from oncall_tray.notify.attention_messages import shown_of
    from oncall_tray.notify.pacing import NoticePacer

    shift, pacer = Shift(), NoticePacer(limit=3)
    alerts = [alert(f"Pool{i}", "critical", T0) for i in range(3)]
    for a in [*alerts, alert("Pool3", "critical", T0)]:
        shift.escalate(a.fingerprint, "L2", T0 + 16 * MIN)
        shift.answered[a.fingerprint] = T0 + 20 * MIN
    shift.at(T0 + 20 * MIN, alerts)
    first = shift.at(T0 + 47 * MIN, alerts)
    shown = attention_notices(first, {a.fingerprint: a for a in alerts}, english, T0 + 47 * MIN, pacer=pacer, zone=UTC)
    assert sorted(n.title for n in shown) == [f"L2 resolution overdue: Pool{i}" for i in range(3)]
    alerts.append(alert("Pool3", "critical", T0))
    later = shift.at(T0 + 47 * MIN + 10 * SEC, alerts)
    assert attention_notices(later, {a.fingerprint: a for a in alerts}, english, T0 + 47 * MIN + 10 * SEC,
                             pacer=pacer, zone=UTC) == []  # held for the next summary
    assert shift.monitor.said()["level_unresolved"] == {f"Pool{i}": "L2" for i in range(4)}
    assert shown_of(shift.monitor.said(), pacer)["level_unresolved"] == {f"Pool{i}": "L2" for i in range(3)}
