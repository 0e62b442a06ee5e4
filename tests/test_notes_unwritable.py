"""A note typed in the alerts window while the shift journal cannot be written (disk full) is
kept, per alert, until it can be: review 57 S3 typed a note on APIDown with the disk full, saw
"Not saved: … the disk is full" and the text back in the box, selected another alert and came
back: the box was empty, the note gone for good, and the "Not saved" line stayed under every alert
even after the tray said the journal could be written again. Real tray and Alertmanager; the
journal's writes fail as on a full disk (patched), pytest-qt offscreen."""

from __future__ import annotations

from contextlib import contextmanager

import pytest
from conftest import make_alert, running_tray, utcnow

from oncall_tray.config import Config
from oncall_tray.core.journal import Journal, JournalError
from oncall_tray.core.shifts import alert_scope
from oncall_tray.ui.incident_panel import DRAFT, IncidentPanel

FULL = "cannot write the shift journal /tmp/x/journal.db: the disk is full"


@pytest.fixture
def controller(qtbot, alertmanager, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    alertmanager.post_alerts([make_alert("APIDown", "critical"), make_alert("DiskFull", "warning")])
    config = Config(alertmanager_url=alertmanager.url, notifications=False, engineer="rita", poll_interval=60)
    with running_tray(qtbot, config, tmp_path) as ctl:
        yield ctl


@contextmanager
def full_disk(journal: Journal):
    """Every write of ``journal``'s notes, drafts and states fails as on a full disk (a
    transaction, an expiry's record, still goes through); yields the patch (``undo`` ends it)."""
    def full(*_args, **_kwargs):
        raise JournalError(FULL)

    with pytest.MonkeyPatch.context() as patch:
        for method in ("set_state", "set_states", "add_note", "update_state"):
            patch.setattr(journal, method, full)
        yield patch


@pytest.fixture
def disk_full(controller):
    """Make every write of the tray's journal fail as on a full disk; ``disk_full.free()`` ends it."""
    with full_disk(controller.shift.journal) as patch:
        patch.free = patch.undo
        yield patch


def panel_of(qtbot, controller) -> IncidentPanel:
    controller.show_window()
    panel = controller.window.findChild(IncidentPanel)
    qtbot.waitExposed(controller.window)
    return panel


def fingerprint(controller, name: str) -> str:
    return next(fp for fp, a in controller.snapshot.alerts.items() if a.alertname == name)


def settle(qtbot, controller) -> None:
    qtbot.waitUntil(lambda: not controller.shift.writer.busy, timeout=10000)


def draft_outside(controller, fp: str) -> str:
    journal = Journal.open(controller.shift.journal.path)
    try:
        return journal.get_state(alert_scope(fp), DRAFT, "")
    finally:
        journal.close()


def poll(qtbot, controller) -> None:
    with qtbot.waitSignal(controller.poller.polled, timeout=10000):
        controller.refresh()
    settle(qtbot, controller)


NOTE = "Reiniciei o container conectsuite-backend, sem efeito"


def press_enter_on(qtbot, controller, panel: IncidentPanel, fp: str, name: str, text: str = NOTE) -> None:
    """Show the alert ``name``, type ``text`` in its box and press Enter; wait for the journal."""
    panel.show_alert(fp, name)
    panel.input.setText(text)
    panel.add_note()
    settle(qtbot, controller)


def test_a_note_refused_stays_with_its_alert_and_is_added_once_the_disk_has_room(qtbot, controller, disk_full):
    """Review 58's leftover: once the journal took writes again, the panel said "press Enter to
    add your note" and waited, while the engineer had pressed Enter already: the note is added by
    itself, at the time Enter was pressed, and the box cleared."""
    panel = panel_of(qtbot, controller)
    api, disk = fingerprint(controller, "APIDown"), fingerprint(controller, "DiskFull")
    press_enter_on(qtbot, controller, panel, api, "APIDown")
    assert panel.input.text() == NOTE and "Not saved" in panel.status.text()
    panel.show_alert(disk, "DiskFull")  # to acknowledge it, say
    settle(qtbot, controller)
    assert panel.input.text() == "" and "Not saved" not in panel.status.text()  # nothing of DiskFull's
    panel.show_alert(api, "APIDown")
    assert panel.input.text() == NOTE  # the words typed are still there
    assert "it is added as a note" in panel.status.text(), panel.status.text()
    assert "#b00020" in panel.status.styleSheet()  # trouble: red
    freed = utcnow()
    disk_full.free()
    poll(qtbot, controller)  # the journal takes writes again: the note waiting is added
    qtbot.waitUntil(lambda: controller.shift.journal.notes_for(api) == [NOTE], timeout=10000)
    settle(qtbot, controller)
    assert panel.input.text() == "" and draft_outside(controller, api) == ""
    assert panel.status.text() == "The journal can be written again: your note was added."
    assert "#b00020" not in panel.status.styleSheet()  # good news is not said in red
    assert [note.at <= freed for note in controller.shift.journal.notes(api)] == [True]  # when Enter was pressed


def test_a_note_refused_then_changed_is_a_draft_again(qtbot, controller, disk_full):
    panel = panel_of(qtbot, controller)
    api = fingerprint(controller, "APIDown")
    press_enter_on(qtbot, controller, panel, api, "APIDown")
    changed = NOTE + "; reiniciei o banco também"
    panel.input.setText(changed)  # not what Enter was pressed on: not added by itself
    disk_full.free()
    poll(qtbot, controller)
    qtbot.waitUntil(lambda: draft_outside(controller, api) == changed, timeout=10000)
    qtbot.waitUntil(lambda: "Not saved" not in panel.status.text(), timeout=10000)
    assert controller.shift.journal.notes_for(api) == [] and panel.input.text() == changed
    assert panel.status.text() == "The journal can be written again: press Enter to add your note."


def test_a_note_refused_is_added_while_another_alert_is_shown(qtbot, controller, disk_full):
    panel = panel_of(qtbot, controller)
    api, disk = fingerprint(controller, "APIDown"), fingerprint(controller, "DiskFull")
    press_enter_on(qtbot, controller, panel, api, "APIDown")
    panel.show_alert(disk, "DiskFull")
    panel.input.setText("df -h mostra 98%")
    disk_full.free()
    poll(qtbot, controller)
    qtbot.waitUntil(lambda: controller.shift.journal.notes_for(api) == [NOTE], timeout=10000)
    settle(qtbot, controller)
    assert panel.input.text() == "df -h mostra 98%" and controller.shift.journal.notes_for(disk) == []
    panel.show_alert(api, "APIDown")
    assert panel.input.text() == "" and panel.status.text() == "The journal can be written again: your note was added."


def test_a_note_refused_after_another_alert_was_shown_is_back_in_its_own_box(qtbot, controller, disk_full):
    panel = panel_of(qtbot, controller)
    api, disk = fingerprint(controller, "APIDown"), fingerprint(controller, "DiskFull")
    panel.show_alert(api, "APIDown")
    panel.input.setText(NOTE)
    panel.add_note()
    panel.show_alert(disk, "DiskFull")  # before the journal's answer came back
    settle(qtbot, controller)
    assert panel.input.text() == ""
    panel.show_alert(api, "APIDown")
    assert panel.input.text() == NOTE
    disk_full.free()
    poll(qtbot, controller)  # added by itself: Enter was pressed on it
    qtbot.waitUntil(lambda: controller.shift.journal.notes_for(api) == [NOTE], timeout=10000)
    settle(qtbot, controller)
    assert draft_outside(controller, api) == "" and panel.input.text() == ""


def test_a_draft_typed_while_the_disk_is_full_follows_its_alert(qtbot, controller, disk_full):
    panel = panel_of(qtbot, controller)
    api, disk = fingerprint(controller, "APIDown"), fingerprint(controller, "DiskFull")
    panel.show_alert(api, "APIDown")
    panel.input.setText("pool de conexões em 100%")  # not added yet: its draft
    panel.show_alert(disk, "DiskFull")
    panel.input.setText("df -h mostra 98%")
    panel.show_alert(api, "APIDown")
    settle(qtbot, controller)
    assert panel.input.text() == "pool de conexões em 100%"
    panel.show_alert(disk, "DiskFull")
    assert panel.input.text() == "df -h mostra 98%"


def test_the_box_shown_is_cleared_once_its_refused_note_is_added(qtbot, controller, disk_full):
    """Review 60 V8: notes refused on APIDown, then on DiskFull, left shown; once the disk had
    room both were added, but DiskFull's box still held its note (its draft's write had failed
    meanwhile, and the box kept the words as the only copy), and Enter added it a second time."""
    panel = panel_of(qtbot, controller)
    api, disk = fingerprint(controller, "APIDown"), fingerprint(controller, "DiskFull")
    press_enter_on(qtbot, controller, panel, api, "APIDown")
    second = "df -h mostra 98% em /var"
    press_enter_on(qtbot, controller, panel, disk, "DiskFull", second)
    assert panel.input.text() == second
    panel.autosave.flush()  # the draft's own write (a moment after the text came back) fails too
    settle(qtbot, controller)
    assert panel.autosave.unsaved and "it is added as a note" in panel.status.text()
    disk_full.free()
    poll(qtbot, controller)
    journal = controller.shift.journal
    qtbot.waitUntil(lambda: journal.notes_for(api) == [NOTE] and journal.notes_for(disk) == [second], timeout=10000)
    settle(qtbot, controller)
    assert panel.input.text() == "" and draft_outside(controller, disk) == ""
    assert panel.status.text() == "The journal can be written again: your note was added."
    panel.add_note()  # Enter on the empty box: nothing more
    poll(qtbot, controller)
    assert journal.notes_for(disk) == [second] and panel.input.text() == ""


MORE = "o pool de conexões segue em 100%"


def refused_while_typing(qtbot, controller, panel: IncidentPanel, fp: str) -> None:
    """Enter on NOTE; the engineer types MORE in the emptied box before the journal refuses the
    note, which comes back before it ("NOTE MORE")."""
    panel.show_alert(fp, "APIDown")
    panel.input.setText(NOTE)
    panel.add_note()
    panel.input.setText(MORE)  # before the journal's answer comes back (it is queued to this thread)
    settle(qtbot, controller)
    assert panel.input.text() == f"{NOTE} {MORE}"


def test_a_refused_note_with_more_typed_after_it_is_added_and_the_rest_stays(qtbot, controller, disk_full):
    """Review 61 X9: the line said "once the journal can be written, it is added as a note" for
    a box holding the refused note and more; once it could, nothing was added and the line said
    "press Enter to add your note". The note Enter was pressed on is added (once), what was
    typed after it stays in the box as its draft (nothing lost)."""
    panel = panel_of(qtbot, controller)
    api = fingerprint(controller, "APIDown")
    refused_while_typing(qtbot, controller, panel, api)
    panel.autosave.flush()  # the draft's own write (a moment after the text came back) fails too
    settle(qtbot, controller)
    assert "the note you pressed Enter on is added" in panel.status.text(), panel.status.text()
    disk_full.free()
    poll(qtbot, controller)
    journal = controller.shift.journal
    qtbot.waitUntil(lambda: journal.notes_for(api) == [NOTE], timeout=10000)
    settle(qtbot, controller)
    assert panel.input.text() == MORE and draft_outside(controller, api) == MORE
    assert panel.status.text() == "The journal can be written again: your note was added."
    panel.add_note()  # Enter on what stays: the second note, the first not again
    settle(qtbot, controller)
    assert journal.notes_for(api) == [NOTE, MORE] and panel.input.text() == ""


def test_a_refused_note_with_more_typed_after_it_is_added_while_another_alert_is_shown(qtbot, controller,
                                                                                       disk_full):
    panel = panel_of(qtbot, controller)
    api, disk = fingerprint(controller, "APIDown"), fingerprint(controller, "DiskFull")
    refused_while_typing(qtbot, controller, panel, api)
    panel.show_alert(disk, "DiskFull")
    disk_full.free()
    poll(qtbot, controller)
    journal = controller.shift.journal
    qtbot.waitUntil(lambda: journal.notes_for(api) == [NOTE], timeout=10000)
    settle(qtbot, controller)
    assert draft_outside(controller, api) == MORE and panel.input.text() == ""
    panel.show_alert(api, "APIDown")
    assert panel.input.text() == MORE
