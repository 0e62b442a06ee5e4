"""``oncall-tray escalate --dry-run``: the escalation message to read, with the journal's notes,
and nothing recorded in the shift journal (fresh-user review 6: every run recorded an
escalation, so there was no way to only read the message)."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from zoneinfo import ZoneInfo

import httpx

from conftest import make_alert, utcnow
from test_cli import run

from oncall_tray.core.journal import Journal
from oncall_tray.core.local_times import local_time
from oncall_tray.core.journal_schema import EventKind
from oncall_tray.paths import Folders


def journal_dump() -> list[str]:
    with sqlite3.connect(Folders.for_user().journal) as conn:
        return list(conn.iterdump())


def apidown_firing(alertmanager, tmp_path, settings_text: str = "engineer: ana\n"):
    """APIDown firing in ``alertmanager``; the settings file (``settings_text``), its path as the
    runs take it, and the alert's fingerprint."""
    config = tmp_path / "c.yaml"
    config.write_text(settings_text, encoding="utf-8")
    alertmanager.post_alerts([make_alert("APIDown", "critical")])
    fingerprint = json.loads(run("--alertmanager", alertmanager.url, "status", "--json",
                                 config=str(config)).stdout)["alerts"][0]["fingerprint"]
    return config, str(config), fingerprint


def test_a_dry_run_prints_the_message_and_records_nothing(alertmanager, tmp_path):
    config = tmp_path / "c.yaml"
    config.write_text("engineer: ana\n", encoding="utf-8")
    settings = str(config)
    alertmanager.post_alerts([make_alert("APIDown", "critical", summary="Backend não responde")])
    fingerprint = json.loads(run("--alertmanager", alertmanager.url, "status", "--json",
                                 config=settings).stdout)["alerts"][0]["fingerprint"]
    noted = run("--alertmanager", alertmanager.url, "handoff", "note", fingerprint, "Reiniciei o backend",
                config=settings)
    assert noted.returncode == 0, noted.stderr
    before = journal_dump()
    for _ in range(2):
        dry = run("--alertmanager", alertmanager.url, "escalate", fingerprint[:8], "--dry-run", "--note",
                  "Aumentei o pool", config=settings)
        assert dry.returncode == 0, dry.stderr
        assert "L2" in dry.stdout and "APIDown" in dry.stdout
        tried = dry.stdout.split("*Already Tried:*\n")[1].split("\n\n")[0]
        assert tried.splitlines() == ["- Reiniciei o backend", "- Aumentei o pool"]  # the journal is read
        assert len(dry.stderr.splitlines()) == 1 and "not recorded" in dry.stderr, dry.stderr
    assert journal_dump() == before  # nothing written: no escalation, no incident, not even the poll
    escalated = run("--alertmanager", alertmanager.url, "escalate", fingerprint, config=settings)
    assert escalated.returncode == 0, escalated.stderr
    # no shift open (review 33: "the handoff lists it", and the next shift's handoff did not)
    assert escalated.stderr == ("oncall-tray: Recorded in the shift journal: escalated to L2. No shift is open, so no "
                                "handoff lists it: start one with `oncall-tray handoff start --confirm`.\n")
    assert "APIDown" in escalated.stdout
    repeated = run("--alertmanager", alertmanager.url, "escalate", fingerprint, "--level", "L2", config=settings)
    assert repeated.returncode == 0 and "APIDown" in repeated.stdout  # the message again, to paste
    assert "The escalation to L2 was recorded before; not recorded again." in repeated.stderr
    journal = Journal.open(Folders.for_user().journal)
    assert journal.count_events(kinds=(EventKind.ESCALATED,)) == 1  # once (review 13: listed twice)
    kept = journal.notes_and_escalations(fingerprint)[-1]  # the message printed, kept with it (review 28)
    assert kept.text == "L2" and kept.data["message"].strip() == escalated.stdout.strip()
    # review 38: run again, it paged L3 (the CTO) at 27 minutes; the SLA asks for L2 only here
    started = run("--alertmanager", alertmanager.url, "handoff", "start", "--confirm", config=settings)
    assert started.returncode == 0, started.stderr
    again = run("--alertmanager", alertmanager.url, "escalate", fingerprint, config=settings)
    assert again.returncode == 0, again.stderr
    assert again.stdout.startswith("*ESCALATION TO L2*"), again.stdout
    assert again.stderr == ("oncall-tray: The escalation to L2 was recorded before; not recorded again.\n"
                            f"oncall-tray: To escalate to L3 now: oncall-tray escalate {fingerprint} --level L3\n")
    assert journal.count_events(kinds=(EventKind.ESCALATED,)) == 1
    further = run("--alertmanager", alertmanager.url, "escalate", fingerprint, "--level", "L3", config=settings)
    assert further.returncode == 0, further.stderr
    assert further.stdout.startswith("*ESCALATION TO L3*"), further.stdout
    assert further.stderr == "oncall-tray: Recorded in the shift journal: escalated to L3 (the handoff lists it).\n"
    assert journal.count_events(kinds=(EventKind.ESCALATED,)) == 2
    lower = run("--alertmanager", alertmanager.url, "escalate", fingerprint, "--level", "L2", config=settings)
    assert lower.stderr == "oncall-tray: Escalated to L3 already; the message to L2 was not recorded.\n"  # review 38
    assert run("--alertmanager", alertmanager.url, "escalate", fingerprint, config=settings).stdout.startswith(
        "*ESCALATION TO L3*")  # L3 recorded: the message again at L3
    assert journal.count_events(kinds=(EventKind.ESCALATED,)) == 2


def test_run_again_past_l2_it_says_when_the_sla_asks_for_l3(alertmanager, tmp_path):
    """Review 38: a critical alert firing 27 minutes: L2 is due, L3 from one hour after it fired."""
    config = tmp_path / "c.yaml"
    config.write_text("engineer: ana\ntimezone: America/Sao_Paulo\n", encoding="utf-8")
    settings = str(config)
    fired = utcnow().replace(microsecond=0) - dt.timedelta(minutes=27)
    alertmanager.post_alerts([make_alert("SLOAvailabilityViolation", "critical", starts_at=fired)])
    fingerprint = json.loads(run("--alertmanager", alertmanager.url, "status", "--json",
                                 config=settings).stdout)["alerts"][0]["fingerprint"]
    first = run("--alertmanager", alertmanager.url, "escalate", fingerprint, config=settings)
    assert first.stdout.startswith("*ESCALATION TO L2*"), first.stdout
    before = utcnow()
    again = run("--alertmanager", alertmanager.url, "escalate", fingerprint[:6], config=settings)
    assert again.stdout.startswith("*ESCALATION TO L2*"), again.stdout
    after = utcnow()
    zone = ZoneInfo("America/Sao_Paulo")
    # the time alone, or with its date when it falls on another day than the run (the half hour
    # before midnight in São Paulo): told as the command tells it, at the time it ran
    l3_at = [local_time(fired + dt.timedelta(hours=1), zone, now) for now in (before, after)]
    assert again.stderr.splitlines()[-1] in {f"oncall-tray: The SLA asks for L3 from {at}. To escalate to L3 "
                                             f"now: oncall-tray escalate {fingerprint[:6]} --level L3" for at in l3_at}


def test_the_help_tells_of_the_dry_run():
    text = " ".join(run("escalate", "--help").stdout.split())
    assert "--dry-run" in text and "record nothing" in text


def test_a_dry_run_does_not_create_the_journal(alertmanager, tmp_path):
    alertmanager.post_alerts([make_alert("APIDown", "critical")])
    assert not Folders.for_user().journal.exists()
    fingerprint = httpx.get(f"{alertmanager.url}/api/v2/alerts", timeout=10).json()[0]["fingerprint"]
    dry = run("--alertmanager", alertmanager.url, "escalate", fingerprint, "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "APIDown" in dry.stdout and not Folders.for_user().journal.exists()


def test_escalate_names_a_missing_or_short_fingerprint_as_ack_does(alertmanager, tmp_path):
    """One lookup for ack and escalate: the same translatable messages (fresh-user review 6:
    escalate's were plain English f-strings)."""
    config = tmp_path / "c.yaml"
    config.write_text("engineer: ana\n", encoding="utf-8")
    alertmanager.post_alerts([make_alert("APIDown", "critical")])
    missing = run("--alertmanager", alertmanager.url, "escalate", "0000000000", "--dry-run", config=str(config))
    assert missing.returncode == 1
    assert "No current alert has the fingerprint '0000000000' (see: oncall-tray status)." in missing.stderr
    short = run("--alertmanager", alertmanager.url, "escalate", "ab", "--dry-run", config=str(config))
    assert short.returncode == 1 and "'ab' is too short" in short.stderr
    pt = run("--alertmanager", alertmanager.url, "escalate", "0000000000", "--dry-run", config=str(config),
             env_lang="pt_BR.UTF-8")
    assert pt.returncode == 1 and "No current alert" not in pt.stderr


def test_status_says_an_escalation_was_recorded(alertmanager, tmp_path):
    """Review 28: once DatabaseConnectionPoolExhausted was escalated to L2, ``status --json``
    still gave only ``"escalation": "L2"`` (the level due), nothing saying it was made: the
    next engineer could page L2 twice. ``"escalated"`` gives the level recorded; the text says
    "escalated to L2". ``status`` creates no journal where there is none."""
    import datetime as dt

    from conftest import utcnow

    config = tmp_path / "c.yaml"
    config.write_text("engineer: ana\n", encoding="utf-8")
    settings = str(config)
    alertmanager.post_alerts([make_alert("DatabaseConnectionPoolExhausted", "critical",
                                         starts_at=utcnow() - dt.timedelta(minutes=20))])
    first = run("--alertmanager", alertmanager.url, "status", "--json", config=settings)
    sla = json.loads(first.stdout)["alerts"][0]["sla"]
    assert (sla["escalation"], sla["escalated"]) == ("L2", None) and not Folders.for_user().journal.exists()
    fingerprint = json.loads(first.stdout)["alerts"][0]["fingerprint"]
    assert run("--alertmanager", alertmanager.url, "escalate", fingerprint, config=settings).returncode == 0
    sla = json.loads(run("--alertmanager", alertmanager.url, "status", "--json", config=settings).stdout)[
        "alerts"][0]["sla"]
    assert (sla["escalation"], sla["escalated"]) == ("L2", "L2")
    text = run("--alertmanager", alertmanager.url, "status", config=settings).stdout
    line = next(line for line in text.splitlines() if "DatabaseConnectionPoolExhausted" in line)
    assert "escalated to L2" in line and "escalation due" not in line, text


def test_escalating_to_l3_carries_the_impact_recorded_with_l2(alertmanager, tmp_path):
    """Review 36: the dialog carried the impact told to L2 into the L3 message; ``escalate
    --level L3`` began again from "[How many customers are affected]"."""
    config, settings, fingerprint = apidown_firing(alertmanager, tmp_path)
    l2 = run("--alertmanager", alertmanager.url, "escalate", fingerprint, "--level", "L2", "--dry-run",
             config=settings).stdout
    told = l2.replace("- [How many customers are affected]", "- Todos os clientes sem CRM (~1200)")
    journal = Journal.open(Folders.for_user().journal)
    journal.record_escalation(fingerprint, "L2", alertname="APIDown", actor="ana", message=told)
    journal.close()
    l3 = run("--alertmanager", alertmanager.url, "escalate", fingerprint, "--level", "L3", "--dry-run",
             config=settings)
    assert l3.returncode == 0, l3.stderr
    assert l3.stdout.startswith("*ESCALATION TO L3*") and "- Todos os clientes sem CRM (~1200)" in l3.stdout
    assert "[How many customers are affected]" not in l3.stdout


def test_answered_records_the_answer_of_the_level_escalated_to(alertmanager, tmp_path):
    """Review 41 F3: nothing recorded that L2 answered; ``escalate --answered`` does, and says why
    not when there is nothing to record."""
    config, settings, fingerprint = apidown_firing(alertmanager, tmp_path, "engineer: ana\nlanguage: en\n")
    unknown = run("escalate", fingerprint, "--answered", config=settings)  # not escalated yet: no incident
    assert unknown.returncode == 1
    assert unknown.stderr == (f"oncall-tray: No escalated alert still firing has the fingerprint {fingerprint!r} in "
                              "the shift journal (see: oncall-tray status).\n")
    run("--alertmanager", alertmanager.url, "handoff", "start", config=settings)  # the journal sees it firing
    seen = run("escalate", fingerprint[:8], "--answered", config=settings)  # review 44 F5: not "see status"
    assert (seen.returncode, seen.stderr) == (1, "oncall-tray: L2's answer was not recorded: the alert was not "
                                                 "escalated; record the escalation first.\n")
    assert run("--alertmanager", alertmanager.url, "escalate", fingerprint, config=settings).returncode == 0
    mixed = run("escalate", fingerprint[:8], "--answered", "--note", "x", config=settings)
    assert (mixed.returncode, mixed.stderr) == (1, "oncall-tray: --answered records the answer only: it takes "
                                                   "neither --note nor --dry-run.\n")
    wrong = run("escalate", fingerprint[:8], "--answered", "--level", "L3", config=settings)
    assert (wrong.returncode, wrong.stderr) == (1, "oncall-tray: L3's answer was not recorded: the alert's latest "
                                                   "escalation is not to L3.\n")
    answered = run("escalate", fingerprint[:8], "--answered", config=settings)
    assert answered.returncode == 0 and answered.stdout == "", answered.stderr
    assert answered.stderr.startswith("oncall-tray: Recorded in the shift journal: L2 answered at ")
    assert answered.stderr.endswith("; no more reminders that its answer is overdue.\n")
    again = run("escalate", fingerprint[:8], "--answered", config=settings)
    assert (again.returncode, again.stderr) == (1, "oncall-tray: L2's answer was recorded already.\n")
    # review 44 F12: status says it too
    (shown,) = json.loads(run("--alertmanager", alertmanager.url, "status", "--json", config=settings).stdout)["alerts"]
    assert shown["sla"]["escalated"] == "L2" and shown["sla"]["answered_at"].endswith("Z"), shown["sla"]
    assert "escalated to L2 (answered)" in run("--alertmanager", alertmanager.url, "status", config=settings).stdout
    journal = Journal.open(Folders.for_user().journal)
    try:
        (event,) = journal.events(kinds=(EventKind.ANSWERED,))
        assert (event.fingerprint, event.text, event.actor, event.source) == (fingerprint, "L2", "ana", "cli")
    finally:
        journal.close()
    config.write_text("engineer: ana\nlanguage: pt_BR\n", encoding="utf-8")
    pt = run("escalate", fingerprint[:8], "--answered", config=settings)
    assert pt.stderr == "oncall-tray: A resposta do L2 já estava registrada.\n"


def test_a_command_given_another_alertmanager_leaves_the_journal_as_it_is(alertmanager, tmp_path):
    """Review 42 F1: ``--alertmanager B handoff start`` (a preview) recorded B's 2,012 alerts as
    fired and the settings' as resolved, the next poll the reverse: "Alerts received: 2015", and
    a false "resolved and fired again" notice from the tray; ``status`` on B showed the journal's
    acknowledgements and escalations of alerts of the same labels."""
    from oncall_tray.demo import LocalAlertmanager

    config, settings, fingerprint = apidown_firing(alertmanager, tmp_path,
                                                   f"engineer: ana\nlanguage: en\nalertmanager_url: {alertmanager.url}\n")
    assert run("handoff", "start", "--confirm", config=settings).returncode == 0
    assert run("escalate", fingerprint, config=settings).returncode == 0
    before = journal_dump()
    other = LocalAlertmanager().start()
    try:
        other.post_alerts([make_alert("APIDown", "critical"), make_alert("DiskSpaceRunningOut", "warning")])
        preview = run("--alertmanager", other.url, "handoff", "start", config=settings)
        assert preview.returncode == 1, preview.stderr  # review 45 F5: a preview mixed both; refused
        told = (f"oncall-tray: Not recorded in the shift journal: it follows another Alertmanager "
                f"({alertmanager.url}) than the one given with --alertmanager ({other.url}).\n")
        assert preview.stderr.startswith(told.rstrip("\n")), preview.stderr
        escalated = run("--alertmanager", other.url, "escalate", fingerprint, "--level", "L3", config=settings)
        assert escalated.returncode == 1 and escalated.stdout.startswith("*ESCALATION TO L3*"), escalated.stderr
        assert escalated.stderr == told + "oncall-tray: The escalation was not recorded in the shift journal.\n"
        assert journal_dump() == before
        status = json.loads(run("--alertmanager", other.url, "status", "--json", config=settings).stdout)
        assert {a["alertname"]: a["sla"]["escalated"] for a in status["alerts"]} == {
            "APIDown": None, "DiskSpaceRunningOut": None}  # the journal's L2 is of the settings' APIDown
    finally:
        other.stop()
    mine = json.loads(run("status", "--json", config=settings).stdout)["alerts"][0]
    assert mine["sla"]["escalated"] == "L2"
