"""The escalation dialog when the shift journal cannot be read (code review 65 T6): it offered the
bare template ("Already Tried: [Actions taken]", no saved draft) and said nothing, so the engineer
sent a message claiming nothing was tried, and the first keystroke's autosave wrote over the draft
they could not see. It now says that the notes and the draft could not be read, as ``oncall-tray
escalate`` does, and keeps its edits out of the journal. Real tray, journal and Alertmanager,
pytest-qt offscreen; the journal damaged for real (its ``events`` table's root page made invalid
by another connection) and mended again."""

from __future__ import annotations

import contextlib
import sqlite3

import pytest
from conftest import make_alert, running_tray

from oncall_tray.config import Config
from oncall_tray.core.shifts import alert_scope
from oncall_tray.paths import Folders
from oncall_tray.ui.escalation_actions import ESCALATION_DRAFT
from oncall_tray.ui.escalation_dialog import EscalationDialog

UNREAD = {"english": "“Already Tried” lacks the notes on this alert",
          "portuguese": "“Já Tentado” não traz as notas deste alerta"}
HELD = {"english": "A message saved earlier for this alert is in the shift journal",
        "portuguese": "Uma mensagem salva antes para este alerta está no diário do turno"}
DAMAGED = {"english": "malformed database schema", "portuguese": "malformed database schema"}  # SQLite's words


@pytest.fixture
def controller(qtbot, alertmanager, tmp_path):
    alertmanager.post_alerts([make_alert("HighLatencyP99", "critical")])
    config = Config(alertmanager_url=alertmanager.url, notifications=False, engineer="ana", poll_interval=60)
    with running_tray(qtbot, config, tmp_path) as ctl:
        yield ctl


def set_root(table: str, page: int | None = None) -> int:
    """Set ``table``'s root page in the journal's schema (another program's connection; the
    schema cookie bumped so that every connection reads it again); its former root page."""
    other = sqlite3.connect(Folders.for_user().journal, isolation_level=None)
    try:
        other.execute("PRAGMA writable_schema = ON")  # (a damaged schema is read all the same)
        before = other.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
        if page is not None:
            version = other.execute("PRAGMA schema_version").fetchone()[0]
            other.execute("UPDATE sqlite_master SET rootpage = ? WHERE name = ?", (page, table))
            other.execute(f"PRAGMA schema_version = {version + 1}")
        return before
    finally:
        other.close()


@contextlib.contextmanager
def damaged():
    """The journal's ``events`` table points at a page the file does not have, for the block."""
    root = set_root("events")
    set_root("events", 1_000_000)
    try:
        yield
    finally:
        set_root("events", root)


def with_draft(controller):
    """HighLatencyP99's fingerprint, the journal, and the escalation draft saved in it for this firing."""
    fp = next(fp for fp, a in controller.snapshot.alerts.items() if a.alertname == "HighLatencyP99")
    journal = controller.shift.journal
    draft = {"level": None, "text": "Rascunho da ana: impacto no checkout",
             "starts_at": controller.snapshot.alerts[fp].starts_at.isoformat()}
    journal.set_state(alert_scope(fp), ESCALATION_DRAFT, draft)
    return fp, journal, draft


@pytest.mark.parametrize("language", ["english", "portuguese"])
def test_notes_and_draft_not_read_are_said_and_the_draft_not_written_over(qtbot, controller, request, language):
    request.getfixturevalue(language)
    fp, journal, draft = with_draft(controller)
    journal.add_note(fp, "Reiniciei o pod e limpei o cache", alertname="HighLatencyP99", actor="ana")
    controller.show_window()
    with damaged():
        controller.alert_actions.escalate(fp)
        dialog = controller.window.findChildren(EscalationDialog)[-1]
        qtbot.waitUntil(lambda: UNREAD[language] in dialog.unread_line.text(), timeout=10000)
        qtbot.waitUntil(lambda: not controller.shift.writer.busy, timeout=10000)
    said = dialog.unread_line.text()
    assert DAMAGED[language] in said, said
    assert "Reiniciei" not in dialog.text.toPlainText()  # not read: said, not pretended
    dialog.text.appendPlainText("Tentei reiniciar")  # typed; its autosave must not replace the draft
    dialog.autosave.flush()
    qtbot.waitUntil(lambda: not controller.shift.writer.busy, timeout=10000)
    assert journal.state(alert_scope(fp)).get(ESCALATION_DRAFT) == draft
    dialog.close()


def escalation_dialog(qtbot, controller, fp: str) -> EscalationDialog:
    controller.alert_actions.escalate(fp)
    dialog = controller.window.findChildren(EscalationDialog)[-1]
    qtbot.waitUntil(lambda: not controller.shift.writer.busy, timeout=10000)
    return dialog


def type_and_save(qtbot, controller, dialog: EscalationDialog, text: str) -> None:
    dialog.text.appendPlainText(text)
    dialog.autosave.flush()
    qtbot.waitUntil(lambda: not controller.shift.writer.busy, timeout=10000)


def typed_while_unread(qtbot, controller, fp: str, language: str = "english") -> None:
    """Open the dialog on the journal not read (``damaged``), type in it, and close it."""
    dialog = escalation_dialog(qtbot, controller, fp)
    qtbot.waitUntil(lambda: UNREAD[language] in dialog.unread_line.text(), timeout=10000)
    type_and_save(qtbot, controller, dialog, "Tentei reiniciar")
    closed(qtbot, controller, dialog)


def test_what_is_typed_over_a_journal_not_read_is_kept_for_the_run(qtbot, controller, english):
    """Code review 66 U8: closed and opened again, the dialog had lost what was typed."""
    fp = next(fp for fp, a in controller.snapshot.alerts.items() if a.alertname == "HighLatencyP99")
    controller.show_window()
    with damaged():
        typed_while_unread(qtbot, controller, fp)
        again = escalation_dialog(qtbot, controller, fp)
        qtbot.waitUntil(lambda: UNREAD["english"] in again.unread_line.text(), timeout=10000)
        assert "Tentei reiniciar" in again.text.toPlainText()
        again.close()


def test_saving_resumes_once_the_journal_is_read_again(qtbot, controller, english):
    """Code review 66 U8: one read refused turned saving off for the dialog's whole life."""
    fp = next(fp for fp, a in controller.snapshot.alerts.items() if a.alertname == "HighLatencyP99")
    journal = controller.shift.journal
    controller.show_window()
    with damaged():
        dialog = escalation_dialog(qtbot, controller, fp)
        qtbot.waitUntil(lambda: UNREAD["english"] in dialog.unread_line.text(), timeout=10000)
    type_and_save(qtbot, controller, dialog, "Tentei reiniciar")  # read again: no draft in the journal
    qtbot.waitUntil(lambda: not dialog.unread_line.isVisible(), timeout=10000)
    type_and_save(qtbot, controller, dialog, "e limpar o cache")
    draft = journal.state(alert_scope(fp)).get(ESCALATION_DRAFT) or {}
    assert "Tentei reiniciar" in (draft.get("text") or "") and "limpar o cache" in draft["text"], draft
    dialog.close()


@pytest.mark.parametrize("language", ["english", "portuguese"])
def test_a_draft_not_seen_is_not_written_over_once_read_again(qtbot, controller, request, language):
    request.getfixturevalue(language)
    fp, journal, draft = with_draft(controller)
    controller.show_window()
    with damaged():
        dialog = escalation_dialog(qtbot, controller, fp)
        qtbot.waitUntil(lambda: UNREAD[language] in dialog.unread_line.text(), timeout=10000)
    type_and_save(qtbot, controller, dialog, "Tentei reiniciar")  # read again: a draft there, not seen
    qtbot.waitUntil(lambda: HELD[language] in dialog.unread_line.text(), timeout=10000)
    type_and_save(qtbot, controller, dialog, "e limpar o cache")
    assert journal.state(alert_scope(fp)).get(ESCALATION_DRAFT) == draft
    assert "Tentei reiniciar" in dialog.text.toPlainText()
    dialog.close()


OFFERED = {"english": "What you typed while the journal could not be read is kept",
           "portuguese": "O que você digitou enquanto o diário não podia ser lido está guardado"}


def closed(qtbot, controller, dialog: EscalationDialog) -> None:
    dialog.close()
    qtbot.waitUntil(lambda: not controller.window.findChildren(EscalationDialog), timeout=10000)


def reopened_on_the_journals_draft(qtbot, controller, fp: str, draft: dict, language: str) -> EscalationDialog:
    """Opened again once the journal reads: its draft shown, what was typed offered, not written over."""
    again = escalation_dialog(qtbot, controller, fp)
    qtbot.waitUntil(lambda: OFFERED[language] in again.held_line.text() and again.held_line.isVisible(),
                    timeout=10000)
    assert draft["text"] in again.text.toPlainText()
    assert "Tentei reiniciar" not in again.text.toPlainText()
    type_and_save(qtbot, controller, again, "e limpar o cache")  # on the journal's draft, now seen
    saved = controller.shift.journal.state(alert_scope(fp)).get(ESCALATION_DRAFT) or {}
    assert draft["text"] in (saved.get("text") or "") and "Tentei" not in saved["text"], saved
    return again


@pytest.mark.parametrize("language", ["english", "portuguese"])
def test_closed_while_unread_and_opened_once_read_shows_the_journals_draft(qtbot, controller, request, language):
    """Code review 67 AA3: opened again, the run's text was shown and the first keystroke wrote it
    over the journal's draft, never shown nor said."""
    request.getfixturevalue(language)
    fp, journal, draft = with_draft(controller)
    controller.show_window()
    with damaged():
        typed_while_unread(qtbot, controller, fp, language)
    again = reopened_on_the_journals_draft(qtbot, controller, fp, draft, language)
    again.use_held.click()  # the engineer's choice: what was typed replaces the journal's draft
    assert "Tentei reiniciar" in again.text.toPlainText() and draft["text"] not in again.text.toPlainText()
    qtbot.waitUntil(lambda: not controller.shift.writer.busy, timeout=10000)
    saved = journal.state(alert_scope(fp)).get(ESCALATION_DRAFT) or {}
    assert "Tentei reiniciar" in (saved.get("text") or ""), saved
    assert not again.held_line.isVisible()
    again.close()


def test_held_back_from_a_draft_not_seen_and_opened_again(qtbot, controller, english):
    """Code review 67 AA3 (b): after "A message saved earlier … not shown here", closed and opened."""
    fp, journal, draft = with_draft(controller)
    controller.show_window()
    with damaged():
        dialog = escalation_dialog(qtbot, controller, fp)
        qtbot.waitUntil(lambda: UNREAD["english"] in dialog.unread_line.text(), timeout=10000)
    type_and_save(qtbot, controller, dialog, "Tentei reiniciar")
    qtbot.waitUntil(lambda: HELD["english"] in dialog.unread_line.text(), timeout=10000)
    closed(qtbot, controller, dialog)
    reopened_on_the_journals_draft(qtbot, controller, fp, draft, "english").close()


def test_opened_again_on_a_journal_without_a_draft_saves_what_was_typed(qtbot, controller, english):
    """Nothing to compare with: what was typed goes to the journal once it reads, without a keystroke."""
    fp = next(fp for fp, a in controller.snapshot.alerts.items() if a.alertname == "HighLatencyP99")
    journal, _ = controller.shift.journal, controller.show_window()
    saved = lambda: (journal.state(alert_scope(fp)).get(ESCALATION_DRAFT) or {}).get("text") or ""  # noqa: E731
    with damaged():
        typed_while_unread(qtbot, controller, fp)
    again = escalation_dialog(qtbot, controller, fp)
    qtbot.waitUntil(lambda: "Tentei reiniciar" in saved(), timeout=10000)
    assert "Tentei reiniciar" in again.text.toPlainText() and not again.held_line.isVisible()
    again.close()


def test_a_message_typed_in_a_dialog_without_a_parent_is_kept_at_the_quit(qtbot, controller, monkeypatch):
    """Code review 73 AJ2: an Escalate dialog opened before the alerts window was built (from a
    notification, the tray menu: no parent) was hidden at the quit after the journal was closed,
    so what was typed in its last pause (300 ms) went nowhere, without a word."""
    from PySide6.QtWidgets import QApplication

    from oncall_tray.core.journal import Journal

    qtbot.waitUntil(lambda: controller.snapshot is not None and bool(controller.snapshot.alerts), timeout=10000)
    fp = next(iter(controller.snapshot.alerts))
    monkeypatch.setattr(type(controller), "built_window", property(lambda self: None))  # none built yet
    controller.alert_actions.escalate(fp)
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, EscalationDialog) and w.isVisible())
    assert dialog.parent() is None
    qtbot.waitUntil(lambda: not controller.shift.writer.busy, timeout=10000)
    dialog.text.setFocus()
    dialog.text.appendPlainText("Checkout down for 10% of users")  # typed, its pause not over
    controller.shutdown()
    saved = Journal.open(Folders.for_user().journal).state(alert_scope(fp)).get(ESCALATION_DRAFT)
    assert saved and "Checkout down for 10% of users" in (saved.get("text") or ""), saved
