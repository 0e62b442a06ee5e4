"""The shift windows open while the language changes (fresh-user review 68 AF2, AF4): the
settings file switched to another language while *Hand over the shift* was open left it half in
each (its title, summary and Markdown in the new language; its headers, labels, placeholders and
buttons in the old one), where the alerts window and the settings dialog switch whole. Every
shift window shown now switches whole, at once, through the tray's own settings apply path, and
what was typed in it (written yet or not) stays. And the previous shift's handoff notes in *Take
over the shift* are read in the language of the day, as *Past handoffs* and ``handoff history``
read them (the journal keeps both), following a switch too. Real Alertmanager, real tray."""

from __future__ import annotations

from conftest import make_alert
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QLineEdit, QPlainTextEdit, QTreeWidget
from test_cli import run
from test_handoff_windows import type_into
from test_settings_dialog_language import language_restored  # noqa: F401  (fixture)
from test_settings_ui import controller_for, store  # noqa: F401  (fixtures)

from oncall_tray.config import load_config
from oncall_tray.core import shifts
from oncall_tray.core.journal import Journal
from oncall_tray.core.shifts import START_SCOPE, shift_scope
from oncall_tray.paths import Folders
from oncall_tray.core.shifts import draft_scope, note_key

KINDS = ("end", "history", "incidents")
OTHER = {"en": "pt_BR", "pt_BR": "en"}


def static_texts(window) -> set[str]:
    """Every title, label, button, group title, placeholder and column header of ``window``."""
    texts = {window.windowTitle()}
    texts |= {w.text() for w in window.findChildren(QLabel)}
    texts |= {w.text() for w in window.findChildren(QAbstractButton)}
    texts |= {w.title() for w in window.findChildren(QGroupBox)}
    texts |= {w.placeholderText() for kind in (QLineEdit, QPlainTextEdit) for w in window.findChildren(kind)}
    for tree in window.findChildren(QTreeWidget):
        header = tree.headerItem()
        texts |= {header.text(column) for column in range(header.columnCount())}
    return texts - {""}


def as_built(controller, kind: str) -> set[str]:
    """The static texts of a window of ``kind`` made now (in the interface's language), unshown."""
    window = controller.shift._make(kind)
    try:
        return static_texts(window)
    finally:
        window.deleteLater()


def switch(qtbot, controller, language: str, at_once: bool = False) -> None:
    """The settings file edited by hand to ``language``; waits until the tray applied it. ``at_once``:
    applied before the event loop runs again (as Settings > Save does), so that what was just typed
    is not written yet when the windows switch."""
    path = controller.loaded.path
    path.write_text(path.read_text().replace(f"language: {OTHER[language]}", f"language: {language}"))
    if at_once:
        controller.apply_settings(load_config(path))
        assert controller.config.language == language
    qtbot.waitUntil(lambda: controller.config.language == language, timeout=10000)


def remade(qtbot, controller, *kinds: str) -> None:
    """Waits until the shown windows of ``kinds`` were made again in the language now: once idle
    (no box of theirs open, no journal write in flight; code review 72 AH4-AH7)."""
    qtbot.waitUntil(lambda: not controller.shift._stale & set(kinds), timeout=10000)


def settle(qtbot, controller) -> None:
    qtbot.waitUntil(lambda: not controller.shift.writer.busy, timeout=10000)


def said_whole(window, built: dict[str, set[str]], language: str, kind: str) -> None:
    """``window`` says every static text of its kind in ``language``, none in the other."""
    shown = static_texts(window)
    assert built[language][kind] <= shown, (kind, language, sorted(built[language][kind] - shown))
    stale = (built[OTHER[language]][kind] - built[language][kind]) & shown
    assert not stale, (kind, language, sorted(stale))


def test_the_open_shift_windows_switch_language_whole_keeping_what_was_typed(qtbot, controller_for,  # noqa: F811
                                                                            alertmanager, language_restored):  # noqa: F811
    alertmanager.post_alerts([make_alert("APIDown", "critical")])
    controller = controller_for(f"alertmanager_url: {alertmanager.url}\nengineer: ana\ntimezone: UTC\n")
    language_restored(controller)
    shift = shifts.start_shift(controller.shift.journal, "Bruno Lima")
    controller.shift._follow_shift()
    built = {"en": {kind: as_built(controller, kind) for kind in KINDS}}
    assert "Copy Markdown" in built["en"]["end"] and "Observations" in built["en"]["end"]
    for kind in KINDS:
        controller.shift.show_window(kind)
    end = controller.shift.window("end")
    qtbot.waitExposed(end)
    type_into(qtbot, end.pending, "Trocar o disco")
    type_into(qtbot, end.incoming, "Carla Dias")
    settle(qtbot, controller)
    type_into(qtbot, end.observations, "Latência subindo")  # switched before its write: typed, not saved
    typed = {"pending": "Trocar o disco", "observations": "Latência subindo", "incoming": "Carla Dias"}
    geometry = end.geometry()
    for language in ("pt_BR", "en"):
        assert end.observations_save._saved != typed["observations"] or language == "en"  # not written yet
        switch(qtbot, controller, language, at_once=language == "pt_BR")
        remade(qtbot, controller, *KINDS)
        built.setdefault(language, {kind: as_built(controller, kind) for kind in KINDS})
        for kind in KINDS:
            window = controller.shift.window(kind)
            assert window.isVisible(), kind
            said_whole(window, built, language, kind)
        end = controller.shift.window("end")
        assert end.geometry() == geometry
        assert end.pending.toPlainText() == typed["pending"]
        assert end.observations.toPlainText() == typed["observations"]
        assert end.incoming.text() == typed["incoming"]
        qtbot.waitUntil(lambda: "Latência subindo" in end.preview.toPlainText(), timeout=5000)
    assert "Copiar Markdown" in built["pt_BR"]["end"]  # the check above compared two languages
    settle(qtbot, controller)
    saved = Journal.open(Folders.for_user().journal).state(shift_scope(shift.id))
    assert saved["observations"] == "Latência subindo" and saved["incoming"] == "Carla Dias"
    # closed and opened again: the same window, no rebuild (it is in the language of the day)
    end.close()
    controller.shift.show_window("end")
    assert controller.shift.window("end") is end


def test_take_over_reads_the_previous_handoff_in_the_language_of_the_day(qtbot, controller_for,  # noqa: F811
                                                                         alertmanager, language_restored,  # noqa: F811
                                                                         tmp_path):
    alertmanager.post_alerts([make_alert("APIDown", "critical")])
    english = tmp_path / "c-en.yaml"
    english.write_text(f"engineer: Bruno Lima\nlanguage: en\nalertmanager_url: {alertmanager.url}\n", encoding="utf-8")
    assert run("handoff", "start", "--confirm", config=str(english)).returncode == 0
    ended = run("handoff", "end", "--confirm", "--incoming", "Carla Dias", config=str(english))
    assert ended.returncode == 0, ended.stderr
    # the command line's start checklist in Portuguese: the notes in Portuguese (AF4)
    portuguese = tmp_path / "c-pt.yaml"
    portuguese.write_text(english.read_text().replace("language: en", "language: pt_BR"), encoding="utf-8")
    checklist = run("handoff", "start", config=str(portuguese)).stdout
    assert "Passando Turno" in checklist and "Handing Over the Shift" not in checklist, checklist

    controller = controller_for(f"alertmanager_url: {alertmanager.url}\nengineer: Carla Dias\n")
    language_restored(controller)
    built = {"en": {"start": as_built(controller, "start")}}
    switch(qtbot, controller, "pt_BR")
    built["pt_BR"] = {"start": as_built(controller, "start")}
    assert "Copiar Markdown" in built["pt_BR"]["start"]
    controller.shift.show_window("start")
    start = controller.shift.window("start")
    qtbot.waitExposed(start)
    qtbot.waitUntil(lambda: "Passando Turno" in start.previous.toPlainText(), timeout=5000)
    assert "Handing Over the Shift" not in start.previous.toPlainText()
    type_into(qtbot, start.observations, "Deploy às 15h")
    start.engineer.selectAll()
    type_into(qtbot, start.engineer, "Dan Costa")  # switched before its write: typed, not saved
    assert start.engineer_save._saved != "Dan Costa"  # not written yet
    for language, heading in (("en", "Handing Over the Shift"), ("pt_BR", "Passando Turno")):
        switch(qtbot, controller, language, at_once=language == "en")
        remade(qtbot, controller, "start")
        start = controller.shift.window("start")
        assert start.isVisible()
        said_whole(start, built, language, "start")
        qtbot.waitUntil(lambda: heading in start.previous.toPlainText(), timeout=5000)
        assert start.observations.toPlainText() == "Deploy às 15h" and start.engineer.text() == "Dan Costa"
    settle(qtbot, controller)
    draft = Journal.open(Folders.for_user().journal).state(START_SCOPE)
    assert draft["observations"] == "Deploy às 15h" and draft["engineer"] == "Dan Costa"
    assert "previous_notes" not in draft  # the notes shown were not taken for pasted ones


def test_an_open_escalation_dialog_switches_language_whole_keeping_the_message(qtbot, controller_for,  # noqa: F811
                                                                               alertmanager, language_restored):  # noqa: F811
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication, QDialogButtonBox
    import shiboken6

    from oncall_tray.ui.escalation_dialog import EscalationDialog

    alertmanager.post_alerts([make_alert("APIDown", "critical")])
    controller = controller_for(f"alertmanager_url: {alertmanager.url}\nengineer: ana\n")
    language_restored(controller)
    qtbot.waitUntil(lambda: controller.snapshot is not None and bool(controller.snapshot.alerts), timeout=10000)
    fp = next(iter(controller.snapshot.alerts))
    controller.show_window()
    controller.alert_actions.escalate(fp)
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, EscalationDialog) and w.isVisible())
    settle(qtbot, controller)
    dialog.text.moveCursor(dialog.text.textCursor().MoveOperation.End)
    type_into(qtbot, dialog.text, "\nTentei reiniciar o pod")
    message = dialog.text.toPlainText()

    def tr(text: str) -> str:
        return QCoreApplication.translate("escalation_dialog", text)

    for language in ("pt_BR", "en"):
        switch(qtbot, controller, language, at_once=language == "pt_BR")
        assert shiboken6.isValid(dialog) and dialog.isVisible()
        # (Qt posts the language change to each window)
        qtbot.waitUntil(lambda: dialog.windowTitle() == tr("Escalate %1").replace("%1", "APIDown"), timeout=5000)
        texts = static_texts(dialog)
        for source in ("Escalate to", "Edit freely; the copy takes the text as it is.", "Copy as Markdown",
                       "Copy and record as escalated"):
            assert tr(source) in texts, (language, source, sorted(texts))
        assert (tr("Copy as Markdown") == "Copy as Markdown") is (language == "en")
        assert dialog.windowTitle() == tr("Escalate %1").replace("%1", "APIDown")
        close = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close).text()
        assert (close.replace("&", "") == "Close") is (language == "en"), close
        assert dialog.text.toPlainText() == message  # what the engineer wrote, as written


def test_the_note_typed_in_the_incidents_window_keeps_its_cursor_and_the_focus(qtbot, controller_for,  # noqa: F811
                                                                               alertmanager, language_restored):  # noqa: F811
    """Code review 73 AJ3: the note box sits one level down (``window.panel.input``); made again
    at a switch, the window put the focus on its list and the cursor at the end, and the keys typed
    on went to the list, which selected another incident: the words were lost."""
    alertmanager.post_alerts([make_alert("APIDown", "critical")])
    controller = controller_for(f"alertmanager_url: {alertmanager.url}\nengineer: ana\ntimezone: UTC\n")
    language_restored(controller)
    journal = controller.shift.journal
    shifts.start_shift(journal, "ana")
    controller.shift._follow_shift()
    with journal.transaction() as tx:
        tx.take_incident("fp-1", alertname="APIDown", severity="critical", summary="down", labels={"instance": "x:1"})
        tx.take_incident("fp-2", alertname="DiskFull", severity="critical", summary="disk", labels={"instance": "y:1"})
    controller.shift.show_window("incidents")
    window = controller.shift.window("incidents")
    qtbot.waitExposed(window)
    rows = [window.list.item(row).text() for row in range(window.list.count())]
    window.list.setCurrentRow(next(row for row, text in enumerate(rows) if text.startswith("APIDown")))
    panel = window.panel
    qtbot.waitUntil(lambda: panel.input.isEnabled(), timeout=5000)
    window.activateWindow()
    panel.input.setFocus()
    panel.input.setText("restarted the pod")
    panel.input.setCursorPosition(3)  # "res|tarted"
    switch(qtbot, controller, "pt_BR", at_once=True)
    remade(qtbot, controller, "incidents")
    new = controller.shift.window("incidents")
    assert new is not window
    assert new.panel.alertname == "APIDown" and new.panel.input.text() == "restarted the pod"
    assert new.panel.input.cursorPosition() == 3
    assert new.focusWidget() is new.panel.input
    new.activateWindow()
    qtbot.keyClicks(new.focusWidget(), "disk ok")  # typing on
    assert new.panel.alertname == "APIDown" and new.panel.input.text() == "resdisk oktarted the pod"
    (api,) = [i for i in shifts.open_incidents(journal) if i.fingerprint == "fp-1"]
    scope = draft_scope(note_key("fp-1", api))  # the row's incident's draft (code review 75 AM7, 76 AN2)
    qtbot.waitUntil(lambda: journal.state(scope).get("draft") == "resdisk oktarted the pod", timeout=5000)
    settle(qtbot, controller)


def test_the_note_typed_in_the_alerts_window_keeps_its_selection_and_the_focus(qtbot, controller_for,  # noqa: F811
                                                                               alertmanager, language_restored):  # noqa: F811
    """Code review 73 AJ3, its twin: the alerts window made again at new settings (``_remake_window``)
    with its notes panel, a part of the note selected in it."""
    from oncall_tray.ui.incident_panel import IncidentPanel

    alertmanager.post_alerts([make_alert("APIDown", "critical"), make_alert("DiskFull", "critical")])
    controller = controller_for(f"alertmanager_url: {alertmanager.url}\nengineer: ana\n")
    language_restored(controller)
    qtbot.waitUntil(lambda: controller.snapshot is not None and len(controller.snapshot.alerts) == 2, timeout=10000)
    fp = next(fp for fp, alert in controller.snapshot.alerts.items() if alert.alertname == "APIDown")
    controller.show_window()
    window = controller.window
    qtbot.waitExposed(window)
    assert window.select_alert(fp)
    panel = window.findChild(IncidentPanel)
    qtbot.waitUntil(lambda: panel.fingerprint == fp and panel.input.isEnabled(), timeout=5000)
    settle(qtbot, controller)
    window.activateWindow()
    panel.input.setFocus()
    panel.input.setText("restarted the pod")
    panel.input.setSelection(7, -4)  # "res[tart]ed", selected leftwards
    switch(qtbot, controller, "pt_BR", at_once=True)
    qtbot.waitUntil(lambda: controller.built_window is not window, timeout=10000)
    new = controller.window
    mine = new.findChild(IncidentPanel)
    assert mine is not panel and mine.fingerprint == fp and mine.input.text() == "restarted the pod"
    assert (mine.input.selectedText(), mine.input.cursorPosition()) == ("tart", 3)
    assert new.focusWidget() is mine.input
    new.activateWindow()
    qtbot.keyClicks(new.focusWidget(), "X")  # typed over the selection
    assert mine.input.text() == "resXed the pod"
    qtbot.waitUntil(lambda: controller.shift.journal.state(shifts.alert_scope(fp)).get("draft") == "resXed the pod",
                    timeout=5000)
    settle(qtbot, controller)
