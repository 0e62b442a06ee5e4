"""``handoff history`` in the language of the day (review Q16): a shift started in English and
handed over in Brazilian Portuguese read half and half, each checklist in the language it was
written in. The handoff keeps each checklist in every shipped language beside the one written
(``core.handoff_languages``); history shows the current language's, what the engineer typed as
typed; a handoff recorded before (an older journal) reads as written. Real Alertmanager."""

from __future__ import annotations

from conftest import make_alert
from test_cli import run

from oncall_tray.core import shifts
from oncall_tray.core.handoff_languages import shown_in
from oncall_tray.core.journal import Journal
from oncall_tray.paths import Folders


def _settings(tmp_path, am, language: str) -> str:
    path = tmp_path / f"c-{language}.yaml"
    path.write_text(f"engineer: ana\nlanguage: {language}\nalertmanager_url: {am.url}\n", encoding="utf-8")
    return str(path)


def test_history_reads_in_the_language_of_the_day(alertmanager, tmp_path):
    alertmanager.post_alerts([make_alert("APIDown", "critical")])
    english, portuguese = _settings(tmp_path, alertmanager, "en"), _settings(tmp_path, alertmanager, "pt_BR")
    assert run("handoff", "start", "--confirm", "--observation", "VPN lenta", config=english).returncode == 0
    ended = run("handoff", "end", "--confirm", "--incoming", "carla", "--pending", "ligar para o fornecedor",
                config=portuguese)
    assert ended.returncode == 0, ended.stderr
    shift_id = shifts.past_shifts(Journal.open(Folders.for_user().journal))[0].id

    in_english = run("handoff", "history", str(shift_id), config=english).stdout
    assert "Handing Over the Shift" in in_english and "Shift Summary" in in_english, in_english
    assert "Passando Turno" not in in_english and "Resumo do Turno" not in in_english, in_english
    assert "- [ ] Acknowledge APIDown" in in_english  # the suggestion, by its key, in English
    in_portuguese = run("handoff", "history", str(shift_id), config=portuguese).stdout
    assert "Passando Turno" in in_portuguese and "Handing Over the Shift" not in in_portuguese, in_portuguese
    assert "Shift Summary" not in in_portuguese and "Reviewed the active alerts" not in in_portuguese
    for text in (in_english, in_portuguese):  # what was typed, as typed
        assert "VPN lenta" in text and "- [ ] ligar para o fornecedor" in text and "carla" in text, text


def test_a_handoff_recorded_before_reads_as_written(alertmanager, tmp_path):
    """A journal of an earlier version: no checklist by language in the events; each as written."""
    journal = Journal.open(Folders.for_user().journal)
    try:
        shift = shifts.start_shift(journal, "ana", markdown="## Starting the Shift\n")
        done = shifts.end_shift(journal, shift.id, incoming="carla", markdown="## Passando Turno\n")
        assert shown_in(journal, done, "en") == ("## Starting the Shift\n", "## Passando Turno\n")
    finally:
        journal.close()
    shown = run("handoff", "history", str(done.id), config=_settings(tmp_path, alertmanager, "en"))
    assert shown.stdout == "## Starting the Shift\n\n## Passando Turno\n", shown.stdout
