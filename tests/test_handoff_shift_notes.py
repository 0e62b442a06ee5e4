"""Fresh-user review 72 AS1, AS2: the handoff's notes.

AS1: the incident's line took its latest note cut at 140 characters ("… em todos os…"): the words after the
cut (the diagnosis) reached the next engineer nowhere. The line's description now holds the note up to the
earlier notes' 500 characters, cut at a word.

AS2: notes written and handed over in an earlier shift came back in every later handoff of the incident as
"nota anterior às 12:16" with no author: the next engineer could not tell this shift's actions from the
previous one's, and a long incident's handoff grew forever. The handoff lists the notes written during the
shift, names the author of any not written by the shift's engineer, and sums up the earlier shifts' notes in
one line."""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo

from conftest import make_alert
from test_cli import run
from test_handoff import section
from test_handoff_windows import fingerprint

from oncall_tray.alertmanager.models import Alert, AlertStatus
from oncall_tray.core import shifts
from oncall_tray.core.handoff import Live, end_report
from oncall_tray.core.handoff_markdown import end_markdown
from oncall_tray.core.journal import Journal
from oncall_tray.core.journal_feed import record_poll
from oncall_tray.core.severity import Severity
from oncall_tray.i18n import translator

ZONE = ZoneInfo("America/Sao_Paulo")
LONG = ("Rollback do deploy v2.31 pedido ao Tech Lead (Ana) em #incidents; aguardando aprovação. Logs mostram "
        "OOMKilled no container api em todos os 3 pods desde 11:58, heap 2GiB esgotado; hipótese: vazamento no "
        "cache de sessões introduzido em v2.31")


def _journal(tmp_path, t0):
    now = [t0]
    journal = Journal.open(tmp_path / "j.db", clock=lambda: now[0])
    api = Alert(fingerprint="a1", labels={"alertname": "APIDown", "severity": "critical"},
                annotations={"summary": "Backend não responde"}, status=AlertStatus("active"), starts_at=t0)
    return journal, now, api


def _on_call(tmp_path, engineer):
    """A journal whose clock ``now[0]`` is set by the test, a shift of ``engineer`` started at 12:00 in
    São Paulo (``t0``, UTC) and APIDown (critical) firing since, recorded a minute later."""
    t0 = dt.datetime(2026, 12, 7, 15, 0, tzinfo=dt.UTC)  # 12:00 in São Paulo
    journal, now, api = _journal(tmp_path, t0)
    shift = shifts.start_shift(journal, engineer, at=t0)
    record_poll(journal, {"a1": api}, {"a1": Severity.CRITICAL}, {}, t0 + dt.timedelta(minutes=1))
    return journal, now, Live({"a1": api}, {"a1": Severity.CRITICAL}, {}), shift, t0


def _notes(journal, now, t0, notes):
    """Write ``notes`` (minutes after ``t0``, text, author) on APIDown, each at its time."""
    for minute, text, actor in notes:
        now[0] = t0 + dt.timedelta(minutes=minute)
        journal.add_note("a1", text, alertname="APIDown", actor=actor)


def test_a_long_latest_note_reaches_the_handoff_whole(tmp_path):
    t0 = dt.datetime(2026, 12, 7, 15, 0, tzinfo=dt.UTC)  # 12:00 in São Paulo
    journal, now, api = _journal(tmp_path, t0)
    ana = shifts.start_shift(journal, "ana", at=t0)
    record_poll(journal, {"a1": api}, {"a1": Severity.CRITICAL}, {}, t0 + dt.timedelta(minutes=1))
    now[0] = t0 + dt.timedelta(minutes=12)
    journal.add_note("a1", LONG, alertname="APIDown", actor="ana")
    live = Live({"a1": api}, {"a1": Severity.CRITICAL}, {})
    for language, heading in (("en", "Incidents Handled"), ("pt_BR", "Incidentes Tratados")):
        tr = translator(language)
        markdown = end_markdown(end_report(journal, ana, live, tr, ZONE, at=now[0]), tr, ZONE)
        lines = section(markdown, heading)
        assert len(lines) == 1 and lines[0].endswith(" - " + LONG), markdown
    journal.close()


def test_a_handoff_lists_its_shifts_notes_names_other_authors_and_sums_up_earlier_shifts(tmp_path):
    journal, now, live, root, t0 = _on_call(tmp_path, "root")
    _notes(journal, now, t0, ((16, "PgBouncer com 500/500 conexões", "root"),
                              (17, "Aumentei max_client_conn para 800", "root")))
    shifts.end_shift(journal, root.id, incoming="Bruno Lima", at=t0 + dt.timedelta(minutes=18))
    bruno = shifts.start_shift(journal, "Bruno Lima", at=t0 + dt.timedelta(minutes=22))
    now[0] = t0 + dt.timedelta(minutes=23)
    journal.add_note("a1", "Primeira nota: job de reindexação parado", alertname="APIDown", actor="Bruno Lima")
    now[0] = t0 + dt.timedelta(minutes=24)
    journal.add_note("a1", "Carla já olhando o pgbouncer", alertname="APIDown", actor="Carla")
    now[0] = t0 + dt.timedelta(minutes=25)
    journal.add_note("a1", "Segunda nota: job parado", alertname="APIDown", actor="Bruno Lima")
    for language, heading, expected in (
            ("en", "Incidents Handled", [
                "1. APIDown - 12:00 - Open - Segunda nota: job parado",
                "   - earlier note at 12:23: Primeira nota: job de reindexação parado",
                "   - earlier note at 12:24 by Carla: Carla já olhando o pgbouncer",
                "   - notes from earlier shifts: 2 (see the earlier handoffs or the Incidents window)"]),
            ("pt_BR", "Incidentes Tratados", [
                "1. APIDown - 12:00 - Em aberto - Segunda nota: job parado",
                "   - nota anterior às 12:23: Primeira nota: job de reindexação parado",
                "   - nota anterior às 12:24, de Carla: Carla já olhando o pgbouncer",
                "   - notas de turnos anteriores: 2 (veja as passagens anteriores ou a janela Incidentes)"])):
        tr = translator(language)
        markdown = end_markdown(end_report(journal, bruno, live, tr, ZONE, at=now[0]), tr, ZONE)
        assert section(markdown, heading) == expected, markdown
    shifts.end_shift(journal, bruno.id, incoming="Carla", at=t0 + dt.timedelta(minutes=26))
    # shift 3 writes no note, the alert resolves: the incident's latest note stands on the line, its author named
    carla = shifts.start_shift(journal, "Carla", at=t0 + dt.timedelta(minutes=27))
    record_poll(journal, {}, {}, {}, t0 + dt.timedelta(minutes=28))
    tr = translator("en")
    markdown = end_markdown(end_report(journal, carla, live, tr, ZONE, at=t0 + dt.timedelta(minutes=30)), tr, ZONE)
    assert section(markdown, "Incidents Handled") == [
        "1. APIDown - 12:00 - Resolved - Segunda nota: job parado (by Bruno Lima, 12:25)",
        "   - notes from earlier shifts: 4 (see the earlier handoffs or the Incidents window)"], markdown
    journal.close()


def test_three_shifts_on_the_command_line_hand_over_each_its_own_notes(alertmanager, tmp_path):
    config = tmp_path / "c.yaml"
    alertmanager.post_alerts([make_alert("APIDown", "critical", summary="Backend não responde")])
    written = {}
    for engineer, incoming, notes in (("root", "Bruno Lima", ["PgBouncer com 500/500 conexões"]),
                                      ("Bruno Lima", "Carla", ["Segunda nota: job parado", LONG]),
                                      ("Carla", "Dani", ["omni-1: OOM no sidecar"])):
        config.write_text(f"engineer: {engineer}\ntimezone: America/Sao_Paulo\n", encoding="utf-8")
        started = run("--alertmanager", alertmanager.url, "handoff", "start", "--confirm", config=str(config))
        assert started.returncode == 0, started.stderr
        fp = fingerprint(alertmanager, "APIDown")
        for text in notes:
            noted = run("--alertmanager", alertmanager.url, "handoff", "note", fp[:6], text, config=str(config))
            assert noted.returncode == 0, noted.stderr
        ended = run("--alertmanager", alertmanager.url, "handoff", "end", "--confirm", "--incoming", incoming,
                    config=str(config), env_lang="pt_BR.UTF-8")
        assert ended.returncode == 0, ended.stderr
        written[engineer] = section(ended.stdout, "Incidentes Tratados")
    assert written["root"] == [written["root"][0]] and written["root"][0].endswith(" - PgBouncer com 500/500 conexões")
    bruno = written["Bruno Lima"]
    assert bruno[0].endswith(" - " + LONG), bruno  # whole (AS1)
    assert re.fullmatch(r"   - nota anterior às \d\d:\d\d: Segunda nota: job parado", bruno[1]), bruno
    assert bruno[2] == "   - notas de turnos anteriores: 1 (veja as passagens anteriores ou a janela Incidentes)", bruno
    assert len(bruno) == 3
    carla = written["Carla"]
    assert carla[0].endswith(" - omni-1: OOM no sidecar") and len(carla) == 2, carla
    assert carla[1] == "   - notas de turnos anteriores: 3 (veja as passagens anteriores ou a janela Incidentes)", carla


def _handed_over(journal, shift, live, at, language="en"):
    """``shift``'s end report's Incidents Handled lines, rendered at ``at``."""
    tr = translator(language)
    return section(end_markdown(end_report(journal, shift, live, tr, ZONE, at=at), tr, ZONE),
                   {"en": "Incidents Handled", "pt_BR": "Incidentes Tratados"}[language])


def test_a_note_written_between_two_shifts_reaches_the_next_handoff(tmp_path):
    """Code review 79 AT4: a note written after a handoff and before the next shift started was in no
    handoff, counted among "notes from earlier shifts (see the earlier handoffs)"."""
    journal, now, live, root, t0 = _on_call(tmp_path, "root")

    def note(minute, text, actor):
        _notes(journal, now, t0, ((minute, text, actor),))

    handed = {}
    note(10, "Reiniciei o pgbouncer", "root")
    handed["root"] = _handed_over(journal, root, live, t0 + dt.timedelta(minutes=18))
    shifts.end_shift(journal, root.id, incoming="Bruno", at=t0 + dt.timedelta(minutes=18))
    note(20, "NÃO reiniciar o db-2: réplica atrasada", "root")  # after handing over, before Bruno starts
    bruno = shifts.start_shift(journal, "Bruno", at=t0 + dt.timedelta(minutes=22))
    note(23, "Acompanhando", "Bruno")
    handed["Bruno"] = _handed_over(journal, bruno, live, t0 + dt.timedelta(minutes=24))
    assert handed["Bruno"] == [
        "1. APIDown - 12:00 - Open - Acompanhando",
        "   - earlier note at 12:20 by root: NÃO reiniciar o db-2: réplica atrasada",
        "   - notes from earlier shifts: 1 (see the earlier handoffs or the Incidents window)"], handed["Bruno"]
    assert _handed_over(journal, bruno, live, t0 + dt.timedelta(minutes=24), "pt_BR")[1] == \
        "   - nota anterior às 12:20, de root: NÃO reiniciar o db-2: réplica atrasada"
    shifts.end_shift(journal, bruno.id, incoming="Carla", at=t0 + dt.timedelta(minutes=24))
    note(26, "Esqueci: o rollback já foi pedido", "Bruno")  # Bruno's afterthought, Carla's shift not started
    note(27, "Lendo o checklist de início", "Carla")  # Carla, before she confirms her start
    carla = shifts.start_shift(journal, "Carla", at=t0 + dt.timedelta(minutes=28))
    handed["Carla"] = _handed_over(journal, carla, live, t0 + dt.timedelta(minutes=30))
    assert handed["Carla"] == [
        "1. APIDown - 12:00 - Open - Lendo o checklist de início",
        "   - earlier note at 12:26 by Bruno: Esqueci: o rollback já foi pedido",
        "   - notes from earlier shifts: 3 (see the earlier handoffs or the Incidents window)"], handed["Carla"]
    # every note in one handoff exactly
    for text in ("Reiniciei o pgbouncer", "NÃO reiniciar o db-2", "Acompanhando", "Esqueci: o rollback",
                 "Lendo o checklist"):
        assert sum(any(text in line for line in lines) for lines in handed.values()) == 1, (text, handed)
    journal.close()


def test_a_shift_started_without_a_name_does_not_name_its_engineer_as_a_stranger(tmp_path):
    """Code review 79 AT5: a shift started with no engineer name (the notes signed by the ``engineer``
    setting) gave its engineer's own notes as someone else's: "(by Carla, 12:33)"."""
    journal, now, live, anonymous, t0 = _on_call(tmp_path, "")
    signed = shifts.on_call_engineer(anonymous, "Carla")  # as the tray and the CLI sign them
    _notes(journal, now, t0, ((32, "Primeira nota", signed), (33, "Segunda nota", signed)))
    for language, expected in (("en", ["1. APIDown - 12:00 - Open - Segunda nota",
                                       "   - earlier note at 12:32: Primeira nota"]),
                               ("pt_BR", ["1. APIDown - 12:00 - Em aberto - Segunda nota",
                                          "   - nota anterior às 12:32: Primeira nota"])):
        assert _handed_over(journal, anonymous, live, now[0], language) == expected
    shifts.end_shift(journal, anonymous.id, incoming="Dani", at=t0 + dt.timedelta(minutes=34))
    # the next shift, named, writes none and sees the alert resolve: the latest note stands on its line, and
    # Carla is not Dani: named
    dani = shifts.start_shift(journal, "Dani", at=t0 + dt.timedelta(minutes=35))
    record_poll(journal, {}, {}, {}, t0 + dt.timedelta(minutes=36))
    assert _handed_over(journal, dani, live, t0 + dt.timedelta(minutes=36))[0] == \
        "1. APIDown - 12:00 - Resolved - Segunda nota (by Carla, 12:33)"
    journal.close()
