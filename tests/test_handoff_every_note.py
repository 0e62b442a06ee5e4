"""Fresh-user review 71 AP1: the end report's "Incidentes Tratados" kept an incident's latest note
alone as its description; the first one ("Reiniciei o pod …", the action taken) reached the next
engineer nowhere (``handoff end``, the end window and its Markdown, Past handoffs). The guide's
line stays; the notes before the latest follow under it, oldest first, with their times."""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo

from conftest import make_alert
from test_cli import run
from test_handoff import section
from test_handoff_windows import desk, fingerprint  # noqa: F401 (the fixture)

from oncall_tray.alertmanager.models import Alert, AlertStatus
from oncall_tray.core import shifts
from oncall_tray.core.handoff import Live, end_report
from oncall_tray.core.handoff_markdown import end_markdown
from oncall_tray.core.journal import Journal
from oncall_tray.core.journal_feed import record_poll
from oncall_tray.core.severity import Severity
from oncall_tray.i18n import translator
from oncall_tray.paths import Folders

ZONE = ZoneInfo("America/Sao_Paulo")
FIRST = "Reiniciei o pod api-7f; ainda 503 às 23h — ver #incidents"
SECOND = "Nota pela CLI: rollback pedido ao Tech Lead"


def test_every_note_of_an_incident_is_handed_over_oldest_first_in_both_languages(tmp_path):
    t0 = dt.datetime(2026, 12, 7, 14, 0, tzinfo=dt.UTC)  # 11:00 in São Paulo
    now = [t0]
    journal = Journal.open(tmp_path / "j.db", clock=lambda: now[0])
    ana = shifts.start_shift(journal, "ana", at=t0)
    api = Alert(fingerprint="a1", labels={"alertname": "APIDown", "severity": "critical"},
                annotations={"summary": "Backend não responde"}, status=AlertStatus("active"),
                starts_at=t0 + dt.timedelta(minutes=25))
    record_poll(journal, {"a1": api}, {"a1": Severity.CRITICAL}, {}, t0 + dt.timedelta(minutes=26))
    now[0] = t0 + dt.timedelta(minutes=29)
    journal.add_note("a1", FIRST, alertname="APIDown", actor="ana")
    now[0] = t0 + dt.timedelta(minutes=41)
    journal.add_note("a1", SECOND, alertname="APIDown", actor="ana")
    live = Live({"a1": api}, {"a1": Severity.CRITICAL}, {})
    for language, heading, expected in (
            ("pt_BR", "Incidentes Tratados", ["1. APIDown - 11:25 - Em aberto - " + SECOND,
                                              "   - nota anterior às 11:29: " + FIRST]),
            ("en", "Incidents Handled", ["1. APIDown - 11:25 - Open - " + SECOND,
                                         "   - earlier note at 11:29: " + FIRST])):
        tr = translator(language)
        report = end_report(journal, ana, live, tr, ZONE, at=t0 + dt.timedelta(minutes=45))
        markdown = end_markdown(report, tr, ZONE)
        assert section(markdown, heading) == expected, markdown
        assert markdown.count(FIRST) == 1 and markdown.count(SECOND) == 1, markdown
    # a third note: the two before it under the line, oldest first
    now[0] = t0 + dt.timedelta(minutes=44)
    journal.add_note("a1", "Rollback feito", alertname="APIDown", actor="ana")
    tr = translator("en")
    markdown = end_markdown(end_report(journal, ana, live, tr, ZONE, at=t0 + dt.timedelta(minutes=45)), tr, ZONE)
    assert section(markdown, "Incidents Handled") == [
        "1. APIDown - 11:25 - Open - Rollback feito", "   - earlier note at 11:29: " + FIRST,
        "   - earlier note at 11:41: " + SECOND], markdown
    journal.close()


def test_the_command_line_hands_over_every_note_and_past_handoffs_keep_them(alertmanager, tmp_path):
    config = tmp_path / "c.yaml"
    config.write_text("engineer: ana\ntimezone: America/Sao_Paulo\n", encoding="utf-8")
    alertmanager.post_alerts([make_alert("APIDown", "critical", summary="Backend não responde")])
    started = run("--alertmanager", alertmanager.url, "handoff", "start", "--confirm", config=str(config))
    assert started.returncode == 0, started.stderr
    fp = fingerprint(alertmanager, "APIDown")
    for text in (FIRST, SECOND):
        noted = run("--alertmanager", alertmanager.url, "handoff", "note", fp[:6], text, config=str(config))
        assert noted.returncode == 0, noted.stderr
    ended = run("--alertmanager", alertmanager.url, "handoff", "end", "--confirm", "--incoming", "bruno",
                config=str(config), env_lang="pt_BR.UTF-8")
    assert ended.returncode == 0, ended.stderr
    lines = section(ended.stdout, "Incidentes Tratados")
    assert re.fullmatch(r"1\. APIDown - \d\d:\d\d - Em aberto - " + re.escape(SECOND), lines[0]), lines
    assert re.fullmatch(r"   - nota anterior às \d\d:\d\d: " + re.escape(FIRST), lines[1]), lines
    assert len(lines) == 2 and ended.stdout.count(FIRST) == 1 and ended.stdout.count(SECOND) == 1
    journal = Journal.open(Folders.for_user().journal)
    done = shifts.last_handoff(journal)
    journal.close()
    shown = run("handoff", "history", str(done.id), config=str(config), env_lang="pt_BR.UTF-8")
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.count(FIRST) == 1 and shown.stdout.count(SECOND) == 1, shown.stdout
    assert shown.stdout.index(lines[1]) > shown.stdout.index(lines[0])


def test_the_end_window_shows_every_note_under_its_incident(desk, qtbot):  # noqa: F811 (the fixture)
    am, journal = desk.am, desk.controller.journal
    shifts.start_shift(journal, "ana")
    desk.controller._follow_shift()
    am.post_alerts([make_alert("APIDown", "critical", summary="Backend não responde")])
    desk.poll()
    fp = fingerprint(am, "APIDown")
    journal.add_note(fp, FIRST, alertname="APIDown", actor="ana")
    journal.add_note(fp, SECOND, alertname="APIDown", actor="ana")
    window = desk.polled_window("end")
    assert window.incidents.topLevelItemCount() == 1
    row = window.incidents.topLevelItem(0)
    assert [row.text(c) for c in (0, 2, 3)] == ["APIDown", "Open", SECOND]
    assert row.childCount() == 1 and row.isExpanded()
    note = row.child(0)
    noted = [e for e in journal.notes(fp)]
    assert [note.text(c) for c in range(4)] == ["", noted[0].at.strftime("%H:%M"), "earlier note", FIRST]
    preview = window.preview.toPlainText()
    assert preview.count(FIRST) == 1 and preview.count(SECOND) == 1
    assert preview.index(SECOND) < preview.index(FIRST)  # the line's latest, then the earlier ones under it


def test_a_long_night_of_notes_is_capped_and_a_long_note_cut_at_a_word(tmp_path):
    """Code review 78 AR7: the earlier notes had no cap (the start report caps its lists at 25) and
    each was cut mid-word at 140 characters, so a long first note, the action taken, arrived cut."""
    t0 = dt.datetime(2026, 12, 7, 2, 0, tzinfo=dt.UTC)
    now = [t0]
    journal = Journal.open(tmp_path / "j.db", clock=lambda: now[0])
    ana = shifts.start_shift(journal, "ana", at=t0)
    api = Alert(fingerprint="a1", labels={"alertname": "APIDown", "severity": "critical"},
                annotations={"summary": "Backend não responde"}, status=AlertStatus("active"), starts_at=t0)
    record_poll(journal, {"a1": api}, {"a1": Severity.CRITICAL}, {}, t0 + dt.timedelta(minutes=1))
    action = ("Reiniciei o pod api-7f e escalei o banco de réplicas; " * 12).strip()  # 659 characters
    for minute in range(40):  # one note a step: the action taken first
        now[0] = t0 + dt.timedelta(minutes=2 + minute)
        journal.add_note("a1", action if minute == 0 else f"passo {minute}: conferido", alertname="APIDown",
                         actor="ana")
    live = Live({"a1": api}, {"a1": Severity.CRITICAL}, {})
    for language, heading, more in (
            ("en", "Incidents Handled", "   - … and 15 more earlier notes: see the incident in the Incidents window"),
            ("pt_BR", "Incidentes Tratados",
             "   - … e mais 15 notas anteriores: veja o incidente na janela Incidentes")):
        tr = translator(language)
        markdown = end_markdown(end_report(journal, ana, live, tr, ZONE, at=now[0]), tr, ZONE)
        lines = section(markdown, heading)
        assert len(lines) == 1 + 24 + 1, markdown  # the line, 24 earlier notes, how many more
        assert lines[-1] == more, markdown
        assert lines[1 + 23].endswith(": passo 23: conferido"), markdown
        first = lines[1].partition(": ")[2]
        assert first.endswith("…") and len(first) <= 500, first
        kept = first[:-1]
        assert action.startswith(kept) and len(kept) > 300 and action[len(kept)] == " ", first  # at a word's end
    journal.close()
