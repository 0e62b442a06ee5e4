"""Fresh-user review 71 AP2: on a first start, a brand-new journal and nothing answering at the
Alertmanager URL, the start window and ``handoff start`` said "Active alerts (0) — as last seen",
"0" in the Markdown, as if Alertmanager had had no alerts, and named neither the address nor
where to change it. A journal that never saw an answer says the count is unknown, which address
did not answer and why, and where to change it; one that did see one keeps its last look."""

from __future__ import annotations

import datetime as dt
import types

from test_cli import run
from test_handoff import section
from test_handoff_windows import Desk

from oncall_tray.alertmanager.models import Alert, AlertStatus
from oncall_tray.core.handoff import Live, start_checklist
from oncall_tray.core.handoff_markdown import start_markdown
from oncall_tray.core.journal import Journal
from oncall_tray.core.journal_feed import record_poll
from oncall_tray.core.severity import Severity
from oncall_tray.demo import free_port
from oncall_tray.i18n import translator
from oncall_tray.paths import Folders

UTC = dt.UTC


def unknown_lines(url: str) -> dict[str, tuple[str, str]]:
    """The start Markdown's alerts and silences lines when nothing was ever seen of ``url``."""
    return {
        "en": (f"**Active Alerts**: ? - unknown: nothing received from {url} (connection refused); to change the "
               "address: Settings… or --alertmanager",
               "**Silences**: ? - unknown: nothing received from Alertmanager"),
        "pt_BR": (f"**Alertas Ativos**: ? - desconhecidos: nada recebido de {url} (conexão recusada); para mudar o "
                  "endereço: Configurações… ou --alertmanager",
                  "**Silenciamentos**: ? - desconhecidos: nada recebido do Alertmanager")}


def test_a_journal_that_never_saw_an_answer_says_the_count_is_unknown(tmp_path):
    url = f"http://127.0.0.1:{free_port()}"
    journal = Journal.open(tmp_path / "j.db")
    live = Live(None, error="connection refused", watched=(url,))
    for language, (alerts, silences) in unknown_lines(url).items():
        markdown = start_markdown(start_checklist(journal, "ana", live, []), translator(language), UTC)
        assert alerts in markdown.splitlines() and silences in markdown.splitlines(), markdown
        assert "last seen" not in markdown and "por último" not in markdown, markdown
    # one that saw an answer (no alert firing) keeps its last look: 0, as last seen at that time
    record_poll(journal, {}, {}, {}, dt.datetime(2026, 12, 7, 9, 30, tzinfo=UTC), urls=(url,))
    markdown = start_markdown(start_checklist(journal, "ana", live, [], at=dt.datetime(2026, 12, 7, 9, 40, tzinfo=UTC)),
                              translator("en"), UTC)
    assert section(markdown, "Active Alerts")[0] == "- _as last seen at 09:30, 10 min ago (Alertmanager unreachable: " \
                                                   "connection refused)_", markdown
    assert "**Active Alerts**: 0" in markdown.splitlines() and "**Silences**: 0" in markdown.splitlines()
    journal.close()


def test_the_command_line_start_names_the_address_nobody_answered_at(tmp_path):
    url = f"http://127.0.0.1:{free_port()}"
    config = tmp_path / "c.yaml"
    config.write_text("engineer: ana\n", encoding="utf-8")
    for lang, language in (("en_US.UTF-8", "en"), ("pt_BR.UTF-8", "pt_BR")):
        started = run("--alertmanager", url, "handoff", "start", config=str(config), env_lang=lang)
        assert started.returncode == 2 and url in started.stderr, started.stderr  # unreachable: said, the checklist printed
        alerts, silences = unknown_lines(url)[language]
        assert alerts in started.stdout.splitlines() and silences in started.stdout.splitlines(), started.stdout
        assert "last seen" not in started.stdout and "por último" not in started.stdout, started.stdout


def test_the_start_window_says_unknown_until_an_answer_then_its_last_look(qtbot, alertmanager, tmp_path):
    dead = types.SimpleNamespace(url=f"http://127.0.0.1:{free_port()}")
    desk = Desk(qtbot, dead, Folders.for_user().journal, f"http://127.0.0.1:{free_port()}")
    try:
        window = desk.polled_window("start")
        assert window.alerts_box.title() == f"Active alerts: unknown (nothing received from {dead.url})"
        assert window.hints["alerts"].text() == (f"unknown: nothing received from {dead.url} (connection refused); "
                                                 "to change the address: Settings… or --alertmanager")
        assert window.silences_box.title() == "Active silences: unknown (nothing received from Alertmanager)"
        assert window.hints["silences"].text() == "unknown: nothing received from Alertmanager"
        assert "**Active Alerts**: ? - unknown: nothing received from " in window.markdown()
    finally:
        desk.close()
    # the same journal, once it saw an answer from the Alertmanager that stops answering: its last look
    desk = Desk(qtbot, alertmanager, Folders.for_user().journal, f"http://127.0.0.1:{free_port()}")
    try:
        desk.poll()
        alertmanager.stop()
        window = desk.polled_window("start")
        assert window.alerts_box.title().startswith("Active alerts (0) — as last seen at "), window.alerts_box.title()
        assert window.hints["alerts"].text() == "as last seen: tick once reviewed"
        assert window.silences_box.title().startswith("Active silences (0) — as last seen at ")
    finally:
        desk.close()


def test_an_alertmanager_that_answered_before_another_was_followed_is_not_said_never_heard(tmp_path):
    """Code review 78 AR6: A answered (nothing firing), the journal then followed B, then A was
    watched again while down: "unknown: nothing received from A", while the same with one alert
    firing on A gave its count. Whether A ever answered is the journal's record of its answers."""
    a, b = f"http://127.0.0.1:{free_port()}", f"http://127.0.0.1:{free_port()}"
    t = dt.datetime(2026, 12, 7, 9, 0, tzinfo=UTC)
    api = Alert(fingerprint="a1", labels={"alertname": "APIDown", "severity": "critical"}, annotations={},
                status=AlertStatus("active"), starts_at=t)
    live = Live(None, error="connection refused", watched=(a,))
    for name, firing, count in (("none", {}, "0"), ("one", {"a1": api}, "1")):
        for answered in ((a,), None):  # the poll's members that answered; None: a journal that kept none
            journal = Journal.open(tmp_path / f"{name}-{answered is None}.db")
            record_poll(journal, firing, {fp: Severity.CRITICAL for fp in firing}, {}, t, urls=(a,),
                        answered=answered)
            record_poll(journal, {}, {}, {}, t + dt.timedelta(minutes=10), urls=(b,),
                        answered=(b,) if answered else None)  # the engineer watched B a while
            for language, heading, silences, last in (("en", "Active Alerts", "Silences", "as last seen"),
                                                      ("pt_BR", "Alertas Ativos", "Silenciamentos", "como vist")):
                markdown = start_markdown(start_checklist(journal, "ana", live, [], at=t + dt.timedelta(minutes=20)),
                                          translator(language), UTC)
                lines = markdown.splitlines()
                assert f"**{heading}**: {count}" in lines, markdown
                assert f"**{silences}**: 0" in lines, markdown
                assert "unknown" not in markdown and "desconhecid" not in markdown, markdown
                said = section(markdown, heading)[0]
                assert said.startswith(f"- _{last}"), markdown
                if answered and language == "en":  # when A last answered, known: said
                    assert said.startswith("- _as last seen at 09:00, 20 min ago"), markdown
            journal.close()
