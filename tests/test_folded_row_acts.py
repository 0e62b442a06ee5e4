"""A note or an escalation on a folded Incidents row (code review 74 AL2, AL3, AL8). AL2: it was
written by each member's fingerprint (its latest episode): a pod of yesterday's resolved fold that
fires again today got an incident opened with the post-mortem note, and its old incident nothing.
AL3: the copies to the other members were separate writes: a failure part-way left some pods with
the note, the shown one's success said. AL8: a refused note added later carried Enter's time for
the shown pod, the write's for the others. Written to the row's incidents in one transaction, all
or nothing, at one time. Against a real Alertmanager; the failure patched into the journal's
writes (the 10th member's event fails as on a full disk)."""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3

import pytest
from conftest import active_silences, resolve
from test_ack_rule import expire
from test_folded_incidents_window import PODS, crash_looping, pod_incidents
from test_folded_notes_panel import folded_panel
from test_handoff_windows import desk  # noqa: F401  (the fixture: a shift controller fed by real polls)

from oncall_tray.core.journal_schema import EventKind, parse_ts, ts
from oncall_tray.core.journal_tx import Tx

YESTERDAY = dt.timedelta(hours=3)  # longer ago than ``tracker.FLAP_WINDOW``: a new episode after it


def lines_of(panel) -> list[str]:
    return [panel.notes.item(r).text() for r in range(panel.notes.count())]


def moved_back(desk) -> None:
    """Every time the journal holds moved ``YESTERDAY`` back (the fold happened yesterday)."""
    columns = {"events": ("at", "recorded_at"),
               "incidents": ("fired_at", "opened_at", "acknowledged_at", "escalated_at", "resolved_at")}
    journal = desk.outside()
    try:
        with journal.transaction() as tx:
            for table, names in columns.items():
                for row in tx.conn.execute(f"SELECT id, {', '.join(names)} FROM {table}").fetchall():
                    values = [ts(parse_ts(row[n]) - YESTERDAY) if row[n] else row[n] for n in names]
                    tx.conn.execute(f"UPDATE {table} SET {', '.join(f'{n} = ?' for n in names)} WHERE id = ?",
                                    (*values, row["id"]))
    finally:
        journal.close()


@contextlib.contextmanager
def failing_at(kind: EventKind, nth: int):
    """The ``nth`` event of ``kind`` the journal writes fails as on a full disk."""
    written, add = [0], Tx.add

    def counted(self, event_kind, at=None, **fields):
        if event_kind is kind:
            written[0] += 1
            if written[0] == nth:
                raise sqlite3.OperationalError("database or disk is full")
        return add(self, event_kind, at, **fields)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Tx, "add", counted)
        yield


def test_a_note_on_yesterdays_folded_row_is_on_its_incidents_not_on_a_pod_firing_again(desk, qtbot):  # noqa: F811
    pods = crash_looping(desk)
    panel = folded_panel(desk, qtbot)
    panel.input.setText("reiniciei o deployment")
    panel.add_note()
    desk.settle()
    desk.am.post_alerts([resolve(p) for p in pods])
    desk.poll()
    for each in active_silences(desk.am):
        expire(desk.am, each["id"])
    members = pod_incidents(desk)
    assert all(i.resolved_at is not None for i in members)
    moved_back(desk)
    again = next(i for i in members if i.labels.get("instance") == "pod-007:8080")
    desk.am.post_alerts([{**pods[6], "endsAt": (dt.datetime.now(dt.UTC) + dt.timedelta(hours=1)).isoformat()}])
    desk.poll()  # pod-007 fires again today: nobody handles it yet
    panel = folded_panel(desk, qtbot)  # yesterday's row
    assert panel.title.text() == f"Notes on PodCrashLooping ×{PODS}"
    assert [line.split(": ", 1)[1] for line in lines_of(panel)] == ["reiniciei o deployment"], lines_of(panel)
    panel.input.setText("post-mortem: causa raiz era o configmap")
    panel.add_note()
    desk.settle()
    assert panel.input.text() == ""
    journal = desk.outside()
    try:
        assert [i.id for i in pod_incidents(desk) if i.fingerprint == again.fingerprint] == [again.id]  # none opened
        assert journal.notes(again.fingerprint) == []  # today's firing: not yesterday's note
    finally:
        journal.close()
    panel.refresh()
    assert [line.split(": ", 1)[1] for line in lines_of(panel)] == [
        "reiniciei o deployment", "post-mortem: causa raiz era o configmap"], lines_of(panel)  # every pod's


def test_a_note_on_a_folded_row_refused_part_way_is_on_no_pod_then_on_all_at_one_time(desk, qtbot):  # noqa: F811
    crash_looping(desk)
    members = pod_incidents(desk)
    panel = folded_panel(desk, qtbot)
    with failing_at(EventKind.NOTE, 10):
        panel.input.setText("deploy revertido")
        panel.add_note()
        desk.settle()
        desk.settle()
    assert panel.input.text() == "deploy revertido"  # refused: back in its box, for the row
    assert "Not saved" in panel.status.text(), panel.status.text()
    journal = desk.outside()
    try:
        assert [i.id for i in members if journal.notes(i.fingerprint)] == []  # all or nothing
    finally:
        journal.close()
    desk.poll()  # the journal takes writes again: added by itself, to every member
    desk.settle()
    journal = desk.outside()
    try:
        noted = [journal.notes(i.fingerprint) for i in members]
    finally:
        journal.close()
    assert all([n.text for n in notes] == ["deploy revertido"] for notes in noted), noted[:3]
    assert len({notes[0].at for notes in noted}) == 1  # one act, one time (AL8)
    panel.refresh()
    assert sum("deploy revertido" in line for line in lines_of(panel)) == 1, lines_of(panel)


def test_an_escalation_of_a_folded_row_refused_part_way_is_on_no_pod(desk, qtbot):  # noqa: F811
    crash_looping(desk)
    panel = folded_panel(desk, qtbot)
    with failing_at(EventKind.ESCALATED, 10):
        panel.record_escalation("L2")
        desk.settle()
        desk.settle()
    assert "Not saved" in panel.status.text(), panel.status.text()
    assert [i.escalation for i in pod_incidents(desk)] == [""] * PODS
    panel.record_escalation("L2")  # tried again: every pod
    desk.settle()
    assert [i.escalation for i in pod_incidents(desk)] == ["L2"] * PODS
    assert "Not saved" not in panel.status.text(), panel.status.text()
