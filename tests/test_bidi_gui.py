"""Text from Alertmanager never reorders nor drives what the tray shows (review 59 U3): a
right-to-left override in a summary, a label or a silence's comment, an escape or a bell, is
shown as an escape (``\\u202e``, as the command line shows it) in every window of the tray, its
tables and their tooltips; what is sent back to Alertmanager (a silence's matchers) stays exact.

Against a real Alertmanager, with the real tray controller (pytest-qt, offscreen)."""

from __future__ import annotations

import re

import pytest
from conftest import active_silences, make_alert, running_tray, silence
from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox, QLabel, QLineEdit,
                               QPlainTextEdit, QTextEdit, QWidget)

from oncall_tray.config import Config

#: What must never reach the screen raw: C0 (bar tab and newline), DEL, C1, the Unicode
#: Bidi_Control characters (marks, embeddings, overrides, isolates) and the invisible ones (soft
#: hyphen, zero-width space, word joiner, BOM, Hangul filler, tag characters).
RAW = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
                 "\u00ad\u200b\u2060-\u2064\ufeff\u3164\U000e0000-\U000e007f]")
SPOOFED = "api\u202e1-dop"  # shown "apipod-1" if obeyed
#: A label that reads "ops" but hides a soft hyphen and, in tag characters, "evil".
HIDDEN = "o\u00adps" + "".join(chr(0xE0000 + ord(c)) for c in "evil")
SUMMARY = "RTL \u202e overridden text\u202c and emoji \U0001f6a8 and\x1b[31m red\x07"
COMMENT = "hush \u2067dlrow\u2069 \u200fmark"


def _model_texts(model, parent=QModelIndex()):
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(parent)  # a list's is private
    for row in range(model.rowCount(parent)):
        for column in range(columns):
            index = model.index(row, column, parent)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(index, role)
                if isinstance(value, str):
                    yield f"cell {row},{column} role {role}", value
            yield from _model_texts(model, index) if column == 0 and model.rowCount(index) else ()


def shown_texts(top: QWidget):
    """(where, text) for every text ``top`` and its children show: titles, labels, buttons,
    fields, editors, combo boxes, and the cells and tooltips of every table, list and tree."""
    for widget in [top, *top.findChildren(QWidget)]:
        name = f"{type(widget).__name__} {widget.objectName()}"
        yield name + " title", widget.windowTitle()
        yield name + " tooltip", widget.toolTip()
        if isinstance(widget, (QLabel, QLineEdit, QAbstractButton)):
            yield name, widget.text()
        if isinstance(widget, (QTextEdit, QPlainTextEdit)):
            yield name, widget.toPlainText()
        if isinstance(widget, QComboBox):
            yield from ((name, widget.itemText(i)) for i in range(widget.count()))
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            yield from ((f"{name} {where}", text) for where, text in _model_texts(widget.model()))


def assert_nothing_raw(top: QWidget) -> str:
    """Every text of ``top`` free of raw controls; all of them joined, to look for the escapes."""
    found = [(where, text) for where, text in shown_texts(top) if RAW.search(text)]
    assert not found, found[:5]
    return "\n".join(text for _, text in shown_texts(top))


@pytest.fixture
def controller(qtbot, alertmanager, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    spoof = make_alert("Spoof", "critical", summary=SUMMARY, service=SPOOFED, instance="db\u202e1:5432",
                       team=HIDDEN)
    spoof["annotations"].update(description="two\nlines \u2066isolated\u2069", runbook_url="http://rb/\u202ex")
    alertmanager.post_alerts([spoof, make_alert("Hushed", "warning"), make_alert("Odd\u202eName", "info")])
    silence(alertmanager, {"alertname": "Hushed"}, author="eve\u202eevil", comment=COMMENT)
    config = Config(alertmanager_url=alertmanager.url, notifications=False, engineer="maria", poll_interval=60)
    with running_tray(qtbot, config, tmp_path) as ctl:
        yield ctl


def fingerprint(ctl, name: str) -> str:
    return next(fp for fp, a in ctl.snapshot.alerts.items() if a.alertname == name)


def test_the_alerts_window_shows_controls_as_escapes(qtbot, controller):
    controller.show_window()
    window = controller.window
    for name in ("Odd\u202eName", "Spoof", "Hushed"):
        assert window.select_alert(fingerprint(controller, name))
        text = assert_nothing_raw(window)
        assert "RTL \\u202e overridden text\\u202c" in text and "\\u001b[31m red\\u0007" in text  # shown, not dropped
        assert "\\u2067dlrow\\u2069 \\u200fmark" in text and "eve\\u202eevil" in text  # the silences tab
    assert "\\u2067dlrow\\u2069" in window.details.toPlainText()  # the silence covering Hushed, in its details
    cells = [text for _, text in _model_texts(window.model)]
    assert "Odd\\u202eName" in cells  # a name and a place show the override too, not a space
    assert any("api\\u202e1-dop / db\\u202e1:5432" in text for text in cells)
    assert not RAW.search(controller.tray.icon.toolTip())


def test_the_silence_dialog_shows_escapes_and_sends_the_exact_values(qtbot, controller, alertmanager):
    controller.show_window()
    controller.alert_actions.open_silence_dialog(fingerprint(controller, "Spoof"))
    dialog = next(iter(controller.alert_actions._dialogs.values()))
    shown = assert_nothing_raw(dialog)
    assert "api\\u202e1-dop" in shown and "o\\u00adps\\U000e0065\\U000e0076" in shown
    dialog.comment.setPlainText("maintenance")
    with qtbot.waitSignal(controller.alert_actions.actions.finished, timeout=15000):
        dialog.submit()
    made = next(s for s in active_silences(alertmanager) if s["comment"] == "maintenance")
    matchers = {m["name"]: m["value"] for m in made["matchers"]}
    assert matchers["service"] == SPOOFED and matchers["team"] == HIDDEN
    controller.alert_actions.open_silence_dialog(fingerprint(controller, "Hushed"))  # says the silence it has
    hushed = next(d for d in controller.alert_actions._dialogs.values() if d.property("fingerprint") != dialog.property(
        "fingerprint"))
    assert_nothing_raw(hushed)


def test_acknowledging_sends_the_exact_values(qtbot, controller, alertmanager):
    fp = fingerprint(controller, "Spoof")
    with qtbot.waitSignal(controller.poller.polled, timeout=10000, check_params_cb=lambda r: r.update is not None
                          and r.update.snapshot.alerts[fp].silenced):
        controller.alert_actions.acknowledge(fp)
    made = next(s for s in active_silences(alertmanager) if s["comment"].startswith("ACK!"))
    matchers = {m["name"]: m["value"] for m in made["matchers"]}
    assert matchers["service"] == SPOOFED and matchers["team"] == HIDDEN
    controller.show_window()
    assert_nothing_raw(controller.window)


def test_the_escalation_dialog_and_the_shift_windows_show_escapes(qtbot, controller):
    from oncall_tray.ui.escalation_dialog import EscalationDialog

    fp = fingerprint(controller, "Spoof")
    with qtbot.waitSignal(controller.poller.polled, timeout=10000, check_params_cb=lambda r: r.update is not None
                          and r.update.snapshot.alerts[fp].silenced):
        controller.alert_actions.acknowledge(fp)  # an incident, in the journal, for the shift windows
    odd = fingerprint(controller, "Odd\u202eName")
    with qtbot.waitSignal(controller.poller.polled, timeout=10000, check_params_cb=lambda r: r.update is not None
                          and r.update.snapshot.alerts[odd].silenced):
        controller.alert_actions.acknowledge(odd)  # an incident whose name has an override
    controller.show_window()
    controller.alert_actions.escalate(fp)
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, EscalationDialog))
    qtbot.waitUntil(lambda: "\\u202e" in dialog.text.toPlainText(), timeout=5000)
    assert "api\\u202e1-dop" in assert_nothing_raw(dialog)
    dialog.close()  # not left open for the tests after this one (its controller is gone then)
    shift = controller.shift
    shift.show_window("start")
    start = shift.window("start")
    qtbot.waitUntil(lambda: start.silences.topLevelItemCount() >= 2 and start.incidents.count() >= 1, timeout=5000)
    texts = assert_nothing_raw(start)
    assert "eve\\u202eevil" in texts and "RTL \\u202e overridden" in texts  # a silence's author, an alert's summary
    start.confirm_button.click()  # the shift starts: the handover window has it to show
    qtbot.waitUntil(lambda: not start.isVisible(), timeout=10000)
    for kind in ("end", "incidents"):
        shift.show_window(kind)
    qtbot.waitUntil(lambda: shift.window("end").silences.topLevelItemCount() >= 2, timeout=5000)
    qtbot.waitUntil(lambda: shift.window("incidents").list.count() >= 2, timeout=5000)  # eve's silence is no ACK
    assert "eve\\u202eevil" in assert_nothing_raw(shift.window("end"))
    incidents = shift.window("incidents")
    for row in range(incidents.list.count()):  # each incident's panel: its title, notes, steps
        incidents.list.setCurrentRow(row)
        assert_nothing_raw(incidents)


def test_a_narrow_place_column_shows_the_escapes_too(qtbot, controller):
    """The place column too narrow for "api\\u202e1-dop / db\\u202e1:5432": its delegate cuts the
    service and the host from the labels; it showed them raw, the override obeyed ("api2345:1bd /
    pod-1" on screen)."""
    from test_alerts_window_layout import shown_text

    from oncall_tray.ui.alerts_model import COLUMNS

    controller.show_window()
    window = controller.window
    column = COLUMNS.index("where")
    window.table.horizontalHeader().resizeSection(column, 90)
    row = window.model.row_of(fingerprint(controller, "Spoof"))
    text = shown_text(window.table, row, column)
    assert not RAW.search(text), text
    assert "\\u202e" in text
