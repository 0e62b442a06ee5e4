"""The notes panel keeps a half-typed note when its alert leaves the table (it resolved, or the
filter hides it): nothing else is selected in its place, the panel stays on that alert, says it
is no longer firing, and the note can still be added (fresh-user review 5: the selection jumped
to the next row and the typed text vanished from the window). Notes written by the command line
show up at the next poll, without selecting the alert again."""

from __future__ import annotations

from conftest import make_alert, resolve, utcnow
from test_handoff_windows import MINUTES, desk, fingerprint, type_into  # noqa: F401 (desk: the fixture)
from PySide6.QtCore import Qt

from oncall_tray.core import shifts
from oncall_tray.core.shifts import alert_scope


def window_with_panel(desk, qtbot):  # noqa: F811
    from oncall_tray.ui.alerts_window import AlertsWindow

    alerts_window = AlertsWindow(desk.config)
    qtbot.addWidget(alerts_window)
    desk.controller.attach_window(alerts_window)
    alerts_window.show()  # a hidden panel does not read the journal at each poll
    return alerts_window, alerts_window.lower.widget(alerts_window.lower.count() - 1).widget()  # in its scroll area


def poll_into(desk, alerts_window):  # noqa: F811
    """A poll as the tray gives it to its window: the first one loaded, the next ones applied
    incrementally (a resolved alert's row is removed, which moves Qt's current index)."""
    result = desk.watcher.poll()
    desk.controller.on_polled(result)
    desk.settle()
    if alerts_window.model.total():
        alerts_window.apply(result.update, result.silences)
    else:
        alerts_window.load(result.update.snapshot, result.silences)


def panel_on_one_alert(desk, qtbot):  # noqa: F811
    """A shift started, SlowDatabaseQueries firing and polled into a shown alerts window:
    (the window, its notes panel, the alert's fingerprint)."""
    desk.am.post_alerts([make_alert("SlowDatabaseQueries", "warning", starts_at=utcnow() - MINUTES)])
    shifts.start_shift(desk.controller.journal, "ana")
    alerts_window, panel = window_with_panel(desk, qtbot)
    poll_into(desk, alerts_window)
    return alerts_window, panel, fingerprint(desk.am, "SlowDatabaseQueries")


def test_a_note_being_typed_stays_when_its_alert_resolves(desk, qtbot):  # noqa: F811
    am = desk.am
    latency = make_alert("HighLatencyP99", "warning", starts_at=utcnow() - MINUTES)
    am.post_alerts([latency, make_alert("SlowDatabaseQueries", "warning", starts_at=utcnow() - 2 * MINUTES)])
    shifts.start_shift(desk.controller.journal, "ana")
    alerts_window, panel = window_with_panel(desk, qtbot)
    poll_into(desk, alerts_window)
    fp = fingerprint(am, "HighLatencyP99")
    alerts_window.table.selectRow(alerts_window.model.row_of(fp))
    assert panel.fingerprint == fp
    type_into(qtbot, panel.input, "Rollback da release 2.3")
    am.post_alerts([resolve(latency)])
    poll_into(desk, alerts_window)
    assert alerts_window.model.row_of(fp) < 0  # resolved: gone from the table
    assert alerts_window.selected_fingerprint() == "" and not alerts_window.table.currentIndex().isValid()
    assert panel.fingerprint == fp and panel.input.text() == "Rollback da release 2.3"
    assert "no longer firing" in panel.title.text() and panel.input.isEnabled()
    # the details beside the notes stay on it too, marked resolved (fresh-user review 7)
    details = alerts_window.details.toPlainText()
    assert "HighLatencyP99" in details and "State: resolved" in details
    assert not alerts_window.ack_button.isEnabled()
    qtbot.keyClick(panel.input, Qt.Key.Key_Return)
    desk.settle()
    assert desk.outside().notes_for(fp) == ["Rollback da release 2.3"]
    assert desk.outside().get_state(alert_scope(fp), "draft") is None
    # choosing another alert moves the panel to it
    alerts_window.table.selectRow(0)
    assert panel.fingerprint == fingerprint(am, "SlowDatabaseQueries") and "no longer firing" not in panel.title.text()


def test_the_selected_alert_resolving_while_the_view_reads_its_cells_does_not_crash(desk, qtbot):  # noqa: F811
    """Review 19: with a real display the tray crashed (KeyError in AlertsModel.data) when the
    selected alert resolved: clearing the selection made the view (its accessibility bridge)
    read the cells of the row being removed, whose alert the model no longer held. Here a slot
    reads them as that bridge does."""
    am = desk.am
    latency = make_alert("HighLatencyP99", "warning", starts_at=utcnow() - MINUTES)
    am.post_alerts([latency, make_alert("SlowDatabaseQueries", "warning", starts_at=utcnow() - 2 * MINUTES)])
    alerts_window, _panel = window_with_panel(desk, qtbot)
    poll_into(desk, alerts_window)
    model, read = alerts_window.model, []
    selection = alerts_window.table.selectionModel()
    selection.selectionChanged.connect(
        lambda selected, deselected: read.extend(model.data(i) for i in deselected.indexes() + selected.indexes()))
    selection.currentChanged.connect(lambda current, previous: read.append(model.data(previous)))
    alerts_window.table.selectRow(model.row_of(fingerprint(am, "HighLatencyP99")))
    am.post_alerts([resolve(latency)])
    poll_into(desk, alerts_window)
    assert alerts_window.selected_fingerprint() == "" and read  # the cells were read, nothing raised
    assert model.rowCount() == 1


def test_a_note_that_cannot_be_written_goes_back_into_the_box(desk, qtbot, monkeypatch):  # noqa: F811
    """Review 19: with the journal read-only or the disk full, "Not saved: ..." and the box
    emptied: the note was nowhere."""
    from oncall_tray.core.journal import JournalError

    am = desk.am
    am.post_alerts([make_alert("SlowDatabaseQueries", "warning", starts_at=utcnow() - MINUTES)])
    alerts_window, panel = window_with_panel(desk, qtbot)
    poll_into(desk, alerts_window)
    alerts_window.table.selectRow(0)

    def full(*args, **kwargs):
        raise JournalError("cannot write the shift journal: database or disk is full")

    monkeypatch.setattr(desk.controller.journal, "add_note", full)
    type_into(qtbot, panel.input, "Conferi o pg_stat_activity")
    qtbot.keyClick(panel.input, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Not saved" in panel.status.text(), timeout=5000)
    assert panel.input.text() == "Conferi o pg_stat_activity" and "disk is full" in panel.status.text()


def test_a_note_from_the_command_line_shows_at_the_next_poll(desk, qtbot):  # noqa: F811
    alerts_window, panel, fp = panel_on_one_alert(desk, qtbot)
    alerts_window.table.selectRow(0)
    assert panel.fingerprint == fp and panel.notes.count() == 0
    desk.outside().add_note(fp, "Índice faltando em orders", alertname="SlowDatabaseQueries", actor="ana")  # `handoff note`
    poll_into(desk, alerts_window)
    qtbot.waitUntil(lambda: panel.notes.count() == 1, timeout=5000)
    assert panel.notes.item(0).text().endswith("Índice faltando em orders")


def test_the_filter_hiding_the_alert_keeps_the_note_too(desk, qtbot):  # noqa: F811
    am = desk.am
    am.post_alerts([make_alert("HighLatencyP99", "warning", starts_at=utcnow() - MINUTES),
                    make_alert("SlowDatabaseQueries", "warning", starts_at=utcnow() - MINUTES)])
    alerts_window, panel = window_with_panel(desk, qtbot)
    poll_into(desk, alerts_window)
    fp = fingerprint(am, "HighLatencyP99")
    alerts_window.table.selectRow(alerts_window.model.row_of(fp))
    type_into(qtbot, panel.input, "olhando o p99")
    alerts_window.filter.setText("alertname=SlowDatabaseQueries")
    qtbot.waitUntil(lambda: alerts_window.model.row_of(fp) < 0, timeout=5000)
    assert panel.fingerprint == fp and panel.input.text() == "olhando o p99"
    assert "hidden by the filter" in panel.title.text()
    details = alerts_window.details.toPlainText()
    assert "HighLatencyP99" in details and "State: firing (hidden by the filter)" in details


def test_an_alert_hidden_by_the_filter_then_resolved_says_so_and_one_shown_again_is_selected(desk, qtbot):  # noqa: F811
    am = desk.am
    latency = make_alert("HighLatencyP99", "warning", starts_at=utcnow() - MINUTES)
    cpu = make_alert("HighCPUUsage", "warning", starts_at=utcnow() - MINUTES)
    am.post_alerts([latency, cpu, make_alert("SlowDatabaseQueries", "warning", starts_at=utcnow() - MINUTES)])
    alerts_window, panel = window_with_panel(desk, qtbot)
    poll_into(desk, alerts_window)
    fp, cpu_fp = fingerprint(am, "HighLatencyP99"), fingerprint(am, "HighCPUUsage")
    # hidden by the filter, then the filter cleared while it still fires: selected again
    alerts_window.table.selectRow(alerts_window.model.row_of(cpu_fp))
    alerts_window.filter.setText("alertname=SlowDatabaseQueries")
    qtbot.waitUntil(lambda: "hidden by the filter" in panel.title.text(), timeout=5000)
    alerts_window.filter.setText("")
    qtbot.waitUntil(lambda: alerts_window.selected_fingerprint() == cpu_fp, timeout=5000)
    assert panel.fingerprint == cpu_fp and "hidden" not in panel.title.text()
    # hidden by the filter, resolved meanwhile, the filter cleared: no longer firing
    alerts_window.table.selectRow(alerts_window.model.row_of(fp))
    type_into(qtbot, panel.input, "nota")
    alerts_window.filter.setText("alertname=SlowDatabaseQueries")
    qtbot.waitUntil(lambda: "hidden by the filter" in panel.title.text(), timeout=5000)
    am.post_alerts([resolve(latency)])
    poll_into(desk, alerts_window)
    alerts_window.filter.setText("")
    qtbot.waitUntil(lambda: "no longer firing" in panel.title.text(), timeout=5000)
    assert panel.fingerprint == fp and panel.input.text() == "nota" and alerts_window.selected_fingerprint() == ""
    assert "State: resolved" in alerts_window.details.toPlainText()



def test_a_recorded_escalation_shows_among_the_notes(desk, qtbot):  # noqa: F811
    am = desk.am
    am.post_alerts([make_alert("SlowDatabaseQueries", "warning", starts_at=utcnow() - MINUTES),
                    make_alert("HighLatencyP99", "warning", starts_at=utcnow() - 2 * MINUTES)])
    shifts.start_shift(desk.controller.journal, "ana")
    alerts_window, panel = window_with_panel(desk, qtbot)
    poll_into(desk, alerts_window)
    fp = fingerprint(am, "SlowDatabaseQueries")
    alerts_window.table.selectRow(alerts_window.model.row_of(fp))
    type_into(qtbot, panel.input, "Índice faltando em orders")
    qtbot.keyClick(panel.input, Qt.Key.Key_Return)
    desk.settle()
    panel.record_escalation("L2")
    desk.settle()
    qtbot.waitUntil(lambda: panel.notes.count() == 2, timeout=5000)
    texts = [panel.notes.item(i).text() for i in range(panel.notes.count())]
    assert texts[0].endswith("ana: Índice faltando em orders") and texts[1].endswith("ana: Escalated to L2"), texts
    assert desk.outside().notes_for(fp) == ["Índice faltando em orders"]  # not an "already tried" note
    # selecting another alert and this one again, and the next poll, still show it
    alerts_window.table.selectRow(alerts_window.model.row_of(fingerprint(am, "HighLatencyP99")))
    alerts_window.table.selectRow(alerts_window.model.row_of(fp))
    poll_into(desk, alerts_window)
    qtbot.waitUntil(lambda: panel.notes.count() == 2, timeout=5000)
    assert panel.notes.item(1).text().endswith("ana: Escalated to L2")


def test_the_answer_of_the_level_escalated_to_is_recorded_from_the_escalation_menu(desk, qtbot):  # noqa: F811
    """Review 41 F3: L2 on the call, the tray went on saying its answer was overdue; the menu
    under *Escalated to…* records it, and says why not when there is nothing to record."""
    alerts_window, panel, fp = panel_on_one_alert(desk, qtbot)
    alerts_window.table.selectRow(alerts_window.model.row_of(fp))
    actions = {action.text(): action for action in panel.escalate_button.menu().actions() if action.text()}
    assert list(actions) == ["L2", "L3", "L2 answered", "L3 answered"]

    def offered() -> list[str]:
        return [text for text, action in actions.items() if action.isEnabled()]

    qtbot.waitUntil(lambda: offered() == ["L2", "L3"], timeout=5000)  # review 44 F5: only what can be recorded
    panel.record_escalation("L2", answered=True)  # (as a stale menu would): not escalated yet, said so
    desk.settle()
    qtbot.waitUntil(lambda: "the alert was not escalated" in panel.status.text(), timeout=5000)
    actions["L2"].trigger()
    desk.settle()
    qtbot.waitUntil(lambda: offered() == ["L3", "L2 answered"], timeout=5000)
    actions["L2 answered"].trigger()
    desk.settle()
    qtbot.waitUntil(lambda: panel.notes.count() == 2, timeout=5000)
    assert panel.notes.item(1).text().endswith("ana: L2 answered"), panel.notes.item(1).text()
    assert panel.status.text() == "" and offered() == ["L3"]
    assert shifts.recorded_responses(desk.outside())[2] == {}  # no answer due any more: no reminder
    panel.record_escalation("L2", answered=True)
    desk.settle()
    qtbot.waitUntil(lambda: panel.status.text() == "L2's answer was recorded already.", timeout=5000)
    assert panel.notes.count() == 2


def test_a_notification_click_on_an_alert_the_filter_hides_puts_every_pane_on_it(desk, qtbot):  # noqa: F811
    """Review 52 H3: SlowDatabaseQueries selected, the filter "APIDown" hiding it; a click on
    QueueBacklog's notification showed QueueBacklog's details while the notes panel stayed on
    SlowDatabaseQueries, and the note typed next went there. The filter is cleared, and the
    table, details, notes and buttons are all on the clicked alert; one resolved since leaves
    every pane where it was (the click says it resolved: test_notification_actions)."""
    am = desk.am
    am.post_alerts([make_alert("APIDown", "critical", starts_at=utcnow() - MINUTES),
                    make_alert("QueueBacklog", "critical", starts_at=utcnow() - MINUTES)])
    alerts_window, panel, slow = panel_on_one_alert(desk, qtbot)
    alerts_window.table.selectRow(alerts_window.model.row_of(slow))
    assert panel.fingerprint == slow
    alerts_window.filter.setText("APIDown")
    assert alerts_window.model.row_of(slow) < 0 and panel.fingerprint == slow  # it stays on the hidden one
    queue = fingerprint(am, "QueueBacklog")
    alerts_window.select_alert(queue)
    assert alerts_window.filter.text() == ""
    assert alerts_window.selected_fingerprint() == queue and panel.fingerprint == queue
    assert alerts_window.ack_button.isEnabled()
    # resolved since (no longer in the table): nothing changes (review 53 K6: the selection was dropped)
    assert not alerts_window.select_alert("0123456789abcdef")
    assert alerts_window.selected_fingerprint() == queue and panel.fingerprint == queue
