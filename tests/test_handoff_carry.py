"""Three shifts in a row (Paulo -> Maria Nova -> Joao) on the command line against a real
Alertmanager and the real journal: the pending items each engineer typed go on to the next
shift; an incident acknowledged from the command line has its status and note in the next
start checklist; a planned-maintenance silence made before its alert fires is not offered for
expiry."""

from __future__ import annotations

import httpx
from conftest import make_alert, resolve
from test_cli import run
from test_handoff import Shift, section

from oncall_tray.core import shifts
from oncall_tray.core.handoff import end_report
from oncall_tray.core.handoff_markdown import end_markdown, start_markdown
from oncall_tray.core.handoff import start_checklist
from oncall_tray.core.journal import Journal
from oncall_tray.core.pending import PENDING_DISMISSED
from oncall_tray.i18n import translator
from oncall_tray.paths import Folders

REPORT_JOB = "Confirmar com o time de dados se o job de relatório foi movido para 05:00"
DISK_TICKET = "Abrir ticket para aumentar o disco do conectsuite-host"
PAULO_ITEM = "Ligar para o DBA sobre o backup das 04:00"


def cli(am, config, *args, lang: str = "en_US.UTF-8"):
    result = run("--alertmanager", am.url, *args, config=config, env_lang=lang)
    assert result.returncode == 0, (args, result.stderr)
    return result


def pending_of(markdown: str, heading: str = "Pending for the Next Shift") -> list[str]:
    return [line.removeprefix("- [ ] ") for line in section(markdown, heading)]


def test_typed_pending_items_go_on_to_the_next_shift_until_dismissed(alertmanager, tmp_path):
    config = str(tmp_path / "c.yaml")
    (tmp_path / "c.yaml").write_text("engineer: Paulo\ntimezone: America/Sao_Paulo\n", encoding="utf-8")
    am = alertmanager
    cli(am, config, "handoff", "start", "--confirm", "--engineer", "Paulo")
    cli(am, config, "handoff", "end", "--confirm", "--incoming", "Maria Nova", "--pending", PAULO_ITEM)
    cli(am, config, "handoff", "start", "--confirm", "--engineer", "Maria Nova")
    maria = cli(am, config, "handoff", "end", "--markdown").stdout
    assert pending_of(maria) == [f"{PAULO_ITEM} (from Paulo's handoff)"], maria
    cli(am, config, "handoff", "end", "--confirm", "--incoming", "Joao", "--pending", REPORT_JOB,
        "--pending", DISK_TICKET)
    # the start checklist's details list what the previous handoff left pending
    start = cli(am, config, "handoff", "start", "--engineer", "Joao").stdout
    assert f"  - {REPORT_JOB}" in start and f"  - {PAULO_ITEM} (from Paulo's handoff)" in start, start
    cli(am, config, "handoff", "start", "--confirm", "--engineer", "Joao")
    expected = [f"{PAULO_ITEM} (from Paulo's handoff)", f"{REPORT_JOB} (from Maria Nova's handoff)",
                f"{DISK_TICKET} (from Maria Nova's handoff)"]
    for _again in range(2):  # read again (a restart): neither lost nor doubled
        joao = cli(am, config, "handoff", "end", "--markdown").stdout
        assert pending_of(joao) == expected, joao
    portuguese = cli(am, config, "handoff", "end", "--markdown", lang="pt_BR.UTF-8").stdout
    assert pending_of(portuguese, "Pendências para Próximo Turno")[1] == \
        f"{REPORT_JOB} (do handoff de Maria Nova)", portuguese
    # Joao unticks the report job (the end window saves the suggestion's key as dismissed)
    journal = Journal.open(Folders.for_user().journal)
    shift = shifts.open_shift(journal)
    report = end_report(journal, shift, Shift(am, journal).poll(), translator("en"), None)
    key = next(s.key for s in report.suggestions if s.text.startswith(REPORT_JOB))
    journal.set_state(shifts.shift_scope(shift.id), PENDING_DISMISSED, key)
    journal.close()
    joao = cli(am, config, "handoff", "end", "--confirm", "--incoming", "Ana").stdout
    assert pending_of(joao) == [expected[0], expected[2]], joao
    cli(am, config, "handoff", "start", "--confirm", "--engineer", "Ana")
    ana = cli(am, config, "handoff", "end", "--markdown").stdout
    # kept again, it goes on, still saying whose it was
    assert pending_of(ana) == [f"{PAULO_ITEM} (from Paulo's handoff)", f"{DISK_TICKET} (from Maria Nova's handoff)"]


def test_an_incident_acknowledged_on_the_command_line_has_its_status_and_note_at_the_next_start(
        alertmanager, tmp_path):
    config = str(tmp_path / "c.yaml")
    (tmp_path / "c.yaml").write_text("engineer: Paulo\n", encoding="utf-8")
    am = alertmanager
    cli(am, config, "handoff", "start", "--confirm", "--engineer", "Paulo")
    am.post_alerts([make_alert("DiskSpaceRunningOut", "warning", summary="Disco acima de 85%")])
    fp = next(a["fingerprint"] for a in httpx.get(f"{am.url}/api/v2/alerts", timeout=10).json())
    cli(am, config, "ack", fp, "--comment", "Limpando logs antigos do conectsuite-host")  # no tray running
    note = "Removi 20 GB de logs; " + "o disco ainda enche devagar " * 8
    cli(am, config, "handoff", "note", fp, note)
    cli(am, config, "handoff", "end", "--confirm", "--incoming", "Maria Nova")
    for lang, words in (("en_US.UTF-8", ("Open Incidents", "acknowledged at ", " by Paulo", "latest note: ")),
                        ("pt_BR.UTF-8", ("Incidentes Abertos", "reconhecido às ", " por Paulo", "última nota: "))):
        start = cli(am, config, "handoff", "start", "--markdown", lang=lang).stdout
        (line,) = section(start, words[0])
        assert line.startswith("- DiskSpaceRunningOut - " + words[1]) and words[2] in line, start
        assert words[3] + "Removi 20 GB de logs; o disco ainda enche" in line and line.endswith("…"), line
        assert len(line) < 200, line


def test_a_maintenance_silence_made_before_its_alert_fires_is_not_offered_for_expiry(alertmanager, tmp_path):
    config = str(tmp_path / "c.yaml")
    (tmp_path / "c.yaml").write_text("engineer: Paulo\n", encoding="utf-8")
    am = alertmanager
    cli(am, config, "handoff", "start", "--confirm", "--engineer", "Paulo")
    cli(am, config, "silence", "add", "alertname=HighMemoryUsage", "--duration", "2h", "--comment",
        "Manutenção programada: upgrade de memória do host")
    for args in (("handoff", "end", "--markdown"), ("handoff", "start", "--markdown")):
        for lang in ("en_US.UTF-8", "pt_BR.UTF-8"):
            printed = cli(am, config, *args, lang=lang).stdout
            assert "Manutenção programada" in printed
            assert "expire it?" not in printed and "expirar?" not in printed, printed
    journal = Journal.open(Folders.for_user().journal)
    shift = Shift(am, journal)
    (line,) = start_checklist(journal, "Paulo", shift.poll()).silences
    assert not line.idle
    memory = make_alert("HighMemoryUsage", "warning")
    am.post_alerts([memory])
    shift.poll()
    am.post_alerts([resolve(memory)])
    live = shift.poll()
    checklist = start_checklist(journal, "Paulo", live)
    assert [line.idle for line in checklist.silences] == [True]  # it covered one, and covers none now
    assert "covers no alert now: expire it?" in start_markdown(checklist, translator("en"), None)
    report = end_report(journal, shifts.open_shift(journal), live, translator("en"), None)
    assert "covers no alert now: expire it?" in end_markdown(report, translator("en"), None)
    journal.close()


def test_the_end_window_offers_the_carried_items_and_hands_over_those_kept(qtbot, alertmanager, monkeypatch):
    from PySide6.QtCore import Qt
    from test_handoff_windows import Desk, suggested_rows, type_into

    from oncall_tray.core.carried import handed_items

    desk = Desk(qtbot, alertmanager, Folders.for_user().journal, "http://127.0.0.1:9")
    try:
        journal = desk.controller.journal
        maria = shifts.start_shift(journal, "Maria Nova")
        shifts.end_shift(journal, maria.id, incoming="Joao", pending=[
            {"text": REPORT_JOB, "from": "Maria Nova"}, {"text": DISK_TICKET, "from": "Maria Nova"}])
        joao = shifts.start_shift(journal, "Joao")
        desk.controller._follow_shift()
        desk.poll()
        desk.controller.show_window("end")
        window = desk.controller.window("end")
        qtbot.addWidget(window)
        rows = [f"{REPORT_JOB} (from Maria Nova's handoff)", f"{DISK_TICKET} (from Maria Nova's handoff)"]
        qtbot.waitUntil(lambda: [text for text, _ in suggested_rows(window)] == rows, timeout=5000)
        window.pending_box.suggested.item(0).setCheckState(Qt.CheckState.Unchecked)  # Joao dismisses one
        type_into(qtbot, window.pending, "Rever o alerta de fila")
        type_into(qtbot, window.incoming, "Ana")
        monkeypatch.setattr("oncall_tray.ui.handoff_end.QMessageBox.warning", lambda *args: None)
        window.confirm()
        qtbot.waitUntil(lambda: desk.controller.shift is None, timeout=5000)
        done = shifts.shift(desk.outside(), joao.id)
        assert handed_items(desk.outside(), done) == [{"text": DISK_TICKET, "from": "Maria Nova"},
                                                     {"text": "Rever o alerta de fila", "from": "Joao"}]
        assert pending_of(done.end_markdown) == [rows[1], "Rever o alerta de fila"]
    finally:
        desk.close()
