"""The notes panel of a folded Incidents row (the builders' finding after code review 73): titled
"Notes on PodCrashLooping" and listing only the first pod's notes, it read as one pod's; a note
refused while the disk was full and added again later from that panel went to the shown pod
alone (the others' copies are written once the first's is). Titled for the fold, it lists the
notes of every member, those they share once; a refused note is added to every member. Against
a real Alertmanager; the journal's writes fail as on a full disk (patched)."""

from __future__ import annotations

from test_folded_incidents_window import PODS, crash_looping, pod_incidents
from test_handoff_windows import desk  # noqa: F401  (the fixture: a shift controller fed by real polls)
from test_notes_unwritable import full_disk


def folded_panel(desk, qtbot):
    """The Incidents window on the row of the 60 pods, and its notes panel."""
    members = pod_incidents(desk)
    desk.controller.show_window("incidents", incident_id=members[0].id)
    window = desk.controller.window("incidents")
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    return window.panel


def notes_of(desk, fingerprint: str) -> list[str]:
    journal = desk.outside()
    try:
        return [n.text for n in journal.notes(fingerprint)]
    finally:
        journal.close()


def test_a_folded_rows_panel_is_titled_for_the_fold_and_lists_shared_notes_once(desk, qtbot):  # noqa: F811
    crash_looping(desk)
    members = pod_incidents(desk)
    pod = next(i for i in members if i.labels.get("instance") == "pod-005:8080")
    journal = desk.outside()
    try:  # a note on one pod alone (the command line's): listed too
        journal.add_note(pod.fingerprint, "pod 005 sem memória", alertname="PodCrashLooping", actor="bruno")
    finally:
        journal.close()
    panel = folded_panel(desk, qtbot)
    assert panel.title.text() == f"Notes on PodCrashLooping ×{PODS}"
    panel.input.setText("deploy revertido")
    panel.add_note()
    desk.settle()
    qtbot.waitUntil(lambda: all(notes_of(desk, i.fingerprint)[-1:] == ["deploy revertido"] for i in members),
                    timeout=10000)
    panel.refresh()
    lines = [panel.notes.item(r).text() for r in range(panel.notes.count())]
    assert sum("deploy revertido" in line for line in lines) == 1, lines
    assert sum("pod 005 sem memória" in line for line in lines) == 1, lines
    alone = next(line for line in lines if "pod 005 sem memória" in line)
    assert "pod-005:8080" in alone, alone  # not every member's: whose it is


def test_a_note_refused_on_a_folded_row_is_added_to_every_member(desk, qtbot):  # noqa: F811
    crash_looping(desk)
    members = pod_incidents(desk)
    panel = folded_panel(desk, qtbot)
    with full_disk(desk.controller.journal):
        panel.input.setText("escalonado ao time de plataforma")
        panel.add_note()
        desk.settle()
        assert panel.input.text() == "escalonado ao time de plataforma"  # refused: back in its box
    desk.poll()  # the journal takes writes again: added by itself
    desk.settle()
    qtbot.waitUntil(lambda: not desk.controller.writer.busy, timeout=10000)
    desk.settle()
    noted = [i for i in members if notes_of(desk, i.fingerprint) == ["escalonado ao time de plataforma"]]
    assert len(noted) == PODS, len(noted)
