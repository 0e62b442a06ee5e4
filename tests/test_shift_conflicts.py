"""A shift started or handed over elsewhere first (another window, the command line, another
engineer): typed errors whose messages are translatable and carry the engineer's name and the
local time; the command line refuses a blank or missing engineer and ids SQLite cannot hold."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from conftest import make_alert, settings_file
from test_cli import run

from oncall_tray.core import shifts
from oncall_tray.core.journal import Journal, JournalError
from oncall_tray.i18n import english
from oncall_tray.paths import Folders

UTC = dt.timezone.utc
T0 = dt.datetime(2026, 12, 4, 11, 47, tzinfo=UTC)
M = dt.timedelta(minutes=1)
SAO_PAULO = ZoneInfo("America/Sao_Paulo")  # UTC-3


def catalogue(table: dict[str, str]):
    """A ``tr`` translating the ``shifts`` context's ``table`` (source -> translation)."""
    return lambda context, source: table.get(source, source) if context == "shifts" else source


@pytest.fixture
def journal(tmp_path):
    journal = Journal.open(tmp_path / "journal.db")
    yield journal
    journal.close()


def test_a_shift_already_taken_over_says_by_whom_and_when_in_the_engineers_language(journal):
    shifts.start_shift(journal, "Ana", at=T0)
    with pytest.raises(shifts.ShiftAlreadyOpen) as raised:
        shifts.start_shift(journal, "Bruno", at=T0 + M)
    conflict = raised.value
    assert isinstance(conflict, shifts.ShiftConflict) and isinstance(conflict, JournalError)
    assert conflict.shift.engineer == "Ana"
    assert conflict.text(english, SAO_PAULO, T0 + M) == "Ana already took over the shift at 08:47."
    portuguese = catalogue({"%1 already took over the shift at %2.": "%1 já assumiu o turno às %2."})
    assert conflict.text(portuguese, SAO_PAULO, T0 + M) == "Ana já assumiu o turno às 08:47."
    # another day: with the date, in the language's layout
    assert conflict.text(english, SAO_PAULO, T0 + 24 * 60 * M) == "Ana already took over the shift at 2026-12-04 08:47."
    assert "2026-12-04 11:47 UTC" in str(conflict)  # the log's English, in UTC


def test_a_shift_already_handed_over_says_by_whom_when_and_to_whom(journal):
    shift = shifts.start_shift(journal, "Ana", at=T0)
    shifts.end_shift(journal, shift.id, incoming="Maria José", at=T0 + 60 * M)
    with pytest.raises(shifts.NoOpenShift) as raised:
        shifts.end_shift(journal, shift.id, incoming="Bruno", at=T0 + 61 * M)
    conflict = raised.value
    assert isinstance(conflict, shifts.ShiftConflict) and conflict.shift.id == shift.id
    assert conflict.text(english, SAO_PAULO, T0 + 61 * M) == \
        "Ana already handed over the shift at 09:47, to Maria José."
    portuguese = catalogue({"%1 already handed over the shift at %2, to %3.": "%1 já passou o turno às %2 para %3."})
    assert conflict.text(portuguese, SAO_PAULO, T0 + 61 * M) == "Ana já passou o turno às 09:47 para Maria José."
    with pytest.raises(shifts.NoOpenShift) as raised:
        shifts.end_shift(journal, 999)
    assert raised.value.shift is None and raised.value.text(english, UTC, T0) == "No shift is open."
    assert shifts.last_handoff(journal).incoming == "Maria José"  # nothing changed by the refusals


def test_ids_sqlite_cannot_hold_are_simply_not_found(journal):
    assert shifts.shift(journal, 10 ** 23) is None and shifts.shift(journal, -(10 ** 23)) is None
    assert shifts.incident(journal, 10 ** 23) is None


def test_history_with_an_id_too_large_says_so_in_one_line(tmp_path):
    config = settings_file(tmp_path, "engineer: ana\n")
    huge = run("handoff", "history", "99999999999999999999999", config=config)
    minus = run("handoff", "history", "--", "-1", config=config)
    assert minus.returncode == huge.returncode == 1
    assert huge.stderr == "oncall-tray: No shift 99999999999999999999999 in the journal.\n"
    assert "Traceback" not in huge.stderr


def test_the_command_line_refuses_a_blank_or_missing_engineer(alertmanager, tmp_path):
    config = settings_file(tmp_path, "engineer: ana\n")
    am = ["--alertmanager", alertmanager.url]
    alertmanager.post_alerts([make_alert("APIDown", "critical")])
    blank = run(*am, "handoff", "start", "--confirm", "--engineer", "  ", config=config)
    assert blank.returncode == 1 and blank.stdout == ""
    assert "--engineer" in blank.stderr and "Traceback" not in blank.stderr
    assert shifts.open_shift(Journal.open(Folders.for_user().journal)) is None
    tab = run(*am, "handoff", "start", "--confirm", "--engineer", "a\tb", config=config)  # a fourth review
    assert tab.returncode == 1 and "--engineer holds a line break or another control character" in tab.stderr
    assert shifts.open_shift(Journal.open(Folders.for_user().journal)) is None
    started = run(*am, "handoff", "start", "--confirm", "--engineer", "Tester QA", config=config)
    assert started.returncode == 0, started.stderr
    missing = run(*am, "handoff", "end", "--confirm", config=config)
    assert missing.returncode == 1 and "--incoming" in missing.stderr and "handed over" not in missing.stderr
    blank = run(*am, "handoff", "end", "--confirm", "--incoming", " ", config=config)
    assert blank.returncode == 1 and "--incoming" in blank.stderr
    injected = run(*am, "handoff", "end", "--confirm", "--incoming", "Eve\n\n**Observations**:", config=config)
    assert injected.returncode == 1 and "--incoming holds a line break" in injected.stderr
    assert shifts.open_shift(Journal.open(Folders.for_user().journal)).engineer == "Tester QA"  # still open
    done = run(*am, "handoff", "end", "--confirm", "--incoming", "Maria José", config=config)
    assert done.returncode == 0, done.stderr
    assert "to Maria José." in done.stderr


def test_the_command_line_tells_the_conflicts_in_portuguese(alertmanager, tmp_path):
    config = settings_file(tmp_path, "engineer: ana\ntimezone: UTC\n")
    am = ["--alertmanager", alertmanager.url]
    assert run(*am, "handoff", "start", "--confirm", config=config).returncode == 0
    twice = run(*am, "handoff", "start", "--confirm", config=config, env_lang="pt_BR.UTF-8")
    assert twice.returncode == 1 and twice.stderr.startswith("oncall-tray: O turno de ana está aberto desde "), twice.stderr
    assert len(twice.stderr.splitlines()) == 1
    assert run(*am, "handoff", "end", "--confirm", "--incoming", "bruno", config=config).returncode == 0
    none = run(*am, "handoff", "end", "--confirm", "--incoming", "bruno", config=config, env_lang="pt_BR.UTF-8")
    assert none.returncode == 1 and none.stderr.startswith("oncall-tray: Nenhum turno aberto")
    # what was given is printed back, as nothing could keep it (fresh-user review 8)
    assert none.stderr.splitlines()[1:] == [
        "Nada do que foi informado aqui foi guardado, pois não há turno onde guardá-lo; copie daqui e informe de "
        "novo quando houver um turno aberto:", "  --incoming: bruno"]
