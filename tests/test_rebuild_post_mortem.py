"""Code review 77 AQ2: a rebuild (the incidents table lost by a salvage) gave today's incident,
made from an event naming none (an acknowledgement, a note whose data was garbled), the number of
yesterday's incident when a post-mortem note on yesterday's (written by id from the Incidents
window) came next, yesterday's incident and its events being lost too: today's open incident took
yesterday's after-incident ticks, and a later note naming today's real number made a second
incident of the pod inside today's episode. A note written on an incident that had ended (``data
["ended"]``), or naming a number while another event of the incident's span names another, never
renumbers it; its own incident is made again ended before today's episode fired (no Qt)."""

from __future__ import annotations

import json
import sqlite3

import pytest
from test_journal_salvage_notes import _at, noted_journal

from oncall_tray.core.journal_rebuild import rebuild_incidents
from oncall_tray.core.journal_schema import ts

POST_MORTEM = "post-mortem: o deploy das 9h"


def _lost_yesterday(path, today_note: dict | None, marked: bool = True, later_note: bool = False) -> list[tuple]:
    """The journal of ``noted_journal`` whose APIDown incidents were lost with the events of its
    first episode; today's note's data made ``today_note`` (None: kept), the post-mortem note's
    mark of an ended incident kept or not (an earlier build wrote none), a later note naming
    today's number added; rebuilt. Returns APIDown's incidents (id, opened_at, resolved_at)."""
    ids = noted_journal(path)
    with sqlite3.connect(path) as conn:
        post_mortem = json.loads(conn.execute("SELECT data FROM events WHERE text = ?", (POST_MORTEM,)).fetchone()[0])
        assert post_mortem == {"incident": ids[("APIDown", 0)], "ended": True}, "a post-mortem note not marked"
        conn.execute("DELETE FROM incidents WHERE alertname = 'APIDown'")
        conn.execute("DELETE FROM events WHERE fingerprint = 'a1' AND at < ?", (ts(_at(100)),))
        if today_note is not None:
            conn.execute("UPDATE events SET data = ? WHERE text = 'caiu de novo, olhando'", (json.dumps(today_note),))
        if not marked:
            conn.execute("UPDATE events SET data = ? WHERE text = ?", (json.dumps({"incident": ids[("APIDown", 0)]}),
                                                                       POST_MORTEM))
        if later_note:
            conn.execute("INSERT INTO events (at, recorded_at, kind, fingerprint, alertname, actor, text, data) "
                         "VALUES (?, ?, 'note', 'a1', 'APIDown', 'Ana', 'rollback feito', ?)",
                         (ts(_at(195)), ts(_at(195)), json.dumps({"incident": ids[("APIDown", 1)]})))
        rebuild_incidents(conn)
        return conn.execute("SELECT id, opened_at, resolved_at FROM incidents WHERE fingerprint = 'a1' "
                            "ORDER BY opened_at").fetchall(), ids


def _assert_yesterday_apart(found, ids, today: int | None) -> None:
    """Today's incident opened at today's note, numbered ``today`` (None: any number but
    yesterday's), open; yesterday's, if made, ended before today's episode fired."""
    fired_again = ts(_at(179))
    open_ones = [row for row in found if row[2] is None]
    assert len(open_ones) == 1 and open_ones[0][1] == ts(_at(185)), found
    assert open_ones[0][0] == (today if today is not None else open_ones[0][0])
    assert open_ones[0][0] != ids[("APIDown", 0)], f"today's incident given yesterday's number: {found}"
    for number, opened, resolved in found:
        if number != open_ones[0][0]:
            assert number == ids[("APIDown", 0)] and resolved <= fired_again, f"an incident inside today's: {found}"


def test_only_todays_unnamed_event_kept(tmp_path):
    found, ids = _lost_yesterday(tmp_path / "journal.db", {})
    _assert_yesterday_apart(found, ids, None)


def test_todays_note_names_todays_number(tmp_path):
    found, ids = _lost_yesterday(tmp_path / "journal.db", None)
    _assert_yesterday_apart(found, ids, ids[("APIDown", 1)])


@pytest.mark.parametrize("marked", [True, False], ids=["marked", "by-an-earlier-build"])
def test_a_later_note_names_todays_number(tmp_path, marked):
    """The reviewer's sequence: today's incident made from an event naming none, the post-mortem
    note on yesterday's, then a note naming today's number (no phantom second incident)."""
    found, ids = _lost_yesterday(tmp_path / "journal.db", {}, marked=marked, later_note=True)
    _assert_yesterday_apart(found, ids, ids[("APIDown", 1)])
