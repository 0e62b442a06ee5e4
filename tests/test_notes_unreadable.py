"""The draft of an alert's note that the shift journal cannot read (database locked) when the
alert is shown in the notes panel: code review 68 AB1 saved a draft, made its read fail and
showed the alert: the panel's line said nothing (the notes' read, which worked, mended the
draft's failure said under the same key) and what was typed in the empty box was autosaved over
the draft the journal still held. Real tray and Alertmanager; the journal's reads of saved
states fail (patched), pytest-qt offscreen."""

from __future__ import annotations

import contextlib

import pytest
from conftest import running_tray
from test_notes_unwritable import controller, draft_outside, fingerprint, panel_of, settle  # noqa: F401

from oncall_tray.core.journal import Journal, JournalError
from oncall_tray.core.shifts import alert_scope

LOCKED = "cannot read the shift journal: database is locked"


def _locked(*_args, **_kwargs):
    raise JournalError(LOCKED)


def _shown_unread(qtbot, controller, monkeypatch, draft: str = "half a note"):
    """The notes panel showing APIDown, whose saved ``draft`` the journal cannot read; returns
    (panel, fingerprint)."""
    panel = panel_of(qtbot, controller)
    fp = fingerprint(controller, "APIDown")
    controller.shift.save_state(alert_scope(fp), "draft", draft)
    settle(qtbot, controller)
    monkeypatch.setattr(controller.shift.journal, "get_state", _locked)
    panel.show_alert(fp, "APIDown")
    return panel, fp


@contextlib.contextmanager
def started_unreadable(qtbot, config, folder, fp: str, unread: dict[str, str]):
    """A tray started again with ``config`` (its files in ``folder``) while the journal's drafts
    cannot be read (``Journal.get_state`` patched until the end, or ``undo`` of the patch
    yielded), having read ``unread`` from the notes kept at the last quit, its notes panel
    showing APIDown (``fp``); yields (tray, panel, patch)."""
    unreadable = pytest.MonkeyPatch()
    unreadable.setattr(Journal, "get_state", _locked)
    try:
        with running_tray(qtbot, config, folder) as again:
            assert again.shift.unread == unread
            panel = panel_of(qtbot, again)
            panel.show_alert(fp, "APIDown")
            yield again, panel, unreadable
    finally:
        unreadable.undo()


def test_a_draft_that_cannot_be_read_is_said_and_stays_said(qtbot, controller, monkeypatch):
    panel, _fp = _shown_unread(qtbot, controller, monkeypatch)
    assert panel.input.text() == ""
    assert LOCKED in panel.status.text(), panel.status.text()
    controller.shift.journal_changed.emit()  # the notes read again, and read: the draft still not
    assert LOCKED in panel.status.text(), panel.status.text()


def test_what_is_typed_over_an_unread_draft_is_kept_and_does_not_replace_it(qtbot, controller, monkeypatch):
    panel, fp = _shown_unread(qtbot, controller, monkeypatch)
    panel.input.setText("restart")
    panel.autosave.flush()
    settle(qtbot, controller)
    assert draft_outside(controller, fp) == "half a note"
    assert LOCKED in panel.status.text() and "not saved" in panel.status.text(), panel.status.text()

    other = fingerprint(controller, "DiskFull")  # another alert, and back: what was typed is still there
    panel.show_alert(other, "DiskFull")
    panel.show_alert(fp, "APIDown")
    assert panel.input.text() == "restart"
    assert LOCKED in panel.status.text(), panel.status.text()
    settle(qtbot, controller)
    assert draft_outside(controller, fp) == "half a note"

    monkeypatch.undo()  # the journal reads again: the draft comes back before what was typed, saved
    controller.shift.journal_changed.emit()
    assert panel.input.text() == "half a note restart"
    assert LOCKED not in panel.status.text() and "before what you typed" in panel.status.text(), panel.status.text()
    settle(qtbot, controller)
    assert draft_outside(controller, fp) == "half a note restart"


def test_a_note_added_over_an_unread_draft_leaves_that_draft(qtbot, controller, monkeypatch):
    """Enter adds what was typed as a note; the draft it could not read is not cleared with it."""
    panel, fp = _shown_unread(qtbot, controller, monkeypatch)
    panel.input.setText("restarted the pod")
    panel.add_note()
    settle(qtbot, controller)
    assert panel.input.text() == ""
    assert draft_outside(controller, fp) == "half a note"
    assert [n.text for n in controller.shift.journal.notes_and_escalations(fp)] == ["restarted the pod"]
    monkeypatch.undo()
    controller.shift.journal_changed.emit()
    assert panel.input.text() == "half a note"
