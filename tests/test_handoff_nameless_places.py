"""A shift started with no engineer name, its last blank places (fix-auhandoff's leftover): the end report
named the ``engineer`` setting (``EndReport.outgoing``), while the ``SHIFT_ENDED`` journal entry had no
author, the Past handoffs list (``handoff history``) read " → Bruno", and the damaged journal's draft of
``handoff end`` read "Shift of , since …". One rule serves all (``shifts.handed_over_by``): who hands
over a nameless shift is the ``engineer`` setting while it is open, the handoff's author once handed
over (not whoever the setting names later).

Real parts: the command line run as the engineer runs it, on a journal in the user's folder, damaged
as ``test_handoff_preview_unsalvageable`` damages one."""

from __future__ import annotations

import datetime as dt
import sqlite3

from conftest import settings_file
from test_cli import run
from test_journal_salvage import damage_events

from oncall_tray.core import journal_salvage, shifts
from oncall_tray.core.journal import Journal
from oncall_tray.core.journal_schema import EventKind
from oncall_tray.paths import Folders

T0 = dt.datetime(2026, 12, 7, 9, 0, tzinfo=dt.timezone.utc)


def test_a_nameless_shift_is_handed_over_by_who_was_on_call_everywhere(alertmanager, tmp_path):
    path = Folders.for_user().journal
    path.parent.mkdir(parents=True, exist_ok=True)
    now = [T0]
    journal = Journal.open(path, clock=lambda: now[0])
    nameless = shifts.start_shift(journal, "", at=T0)
    shifts.end_shift(journal, nameless.id, incoming="Bruno", markdown="## Handoff\nbackend reiniciado",
                     outgoing="Carla", at=T0 + dt.timedelta(hours=1))
    (ended,) = journal.events(kinds=(EventKind.SHIFT_ENDED,))
    assert ended.actor == "Carla"  # the journal entry's author
    ended_shift = shifts.past_shifts(journal)[0]
    assert shifts.handed_over_by(journal, ended_shift, "Zé") == "Carla"  # not whoever the setting names later
    open_nameless = shifts.start_shift(journal, "", at=T0 + dt.timedelta(hours=2))
    assert shifts.handed_over_by(journal, open_nameless, "Zé") == "Zé"  # open: the one on call
    now[0] = T0 + dt.timedelta(hours=2, minutes=5)
    for i in range(600):  # enough events for their table to be damaged alone
        journal.add_note("fp", f"note {i} " + "x" * 200, alertname="APIDown", actor="Zé")
    journal.close()
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    config = settings_file(tmp_path, "engineer: Zé\n")
    history = run("--alertmanager", alertmanager.url, "handoff", "history", config=config)
    assert history.returncode == 0, history.stderr
    assert "Carla → Bruno" in history.stdout, history.stdout
    with sqlite3.connect(path) as conn:  # not even salvaged in memory (test_handoff_preview_unsalvageable)
        conn.execute("DROP TABLE silences")
    damage_events(path)  # the report cannot be made: what can be read of the shift is printed
    assert journal_salvage.read_salvaged(path) is None
    for lang, words in (("en_US.UTF-8", "Shift of Zé, since "), ("pt_BR.UTF-8", "Turno de Zé, desde ")):
        preview = run("--alertmanager", alertmanager.url, "handoff", "end", config=config, env_lang=lang)
        assert "Traceback" not in preview.stderr, preview.stderr
        assert words in preview.stdout, preview.stdout
