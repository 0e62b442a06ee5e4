"""The alerts window's filter box (new-user review): invalid matchers say so next to the box
and hide nothing; an empty result explains anchored regexes; the stale header gives a time or
says in words that no poll succeeded. Widget tests against the demo's alerts in a real
Alertmanager."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from oncall_tray.alertmanager.client import AlertmanagerClient, AlertQuery
from oncall_tray.config import Config
from oncall_tray.core.alert_filter import NO_VALUE, SYNTAX, UNCLOSED_QUOTE, parse_filter
from oncall_tray.core.contact import ContactMonitor
from oncall_tray.core.overview import overview
from oncall_tray.core.severity import SeverityMap
from oncall_tray.core.tracker import AlertTracker
from oncall_tray.demo import guide_alerts
from oncall_tray.ui.translations import install
from oncall_tray.watch import Watcher

README = Path(__file__).resolve().parents[1] / "README.md"
INVALID = ['instance=~"(["', "severity=", 'severity="critical', 'severity="critical", backend']


@pytest.mark.parametrize("text, kind", [('instance=~"(["', SYNTAX), ("severity=", NO_VALUE),
                                        ('severity="critical', UNCLOSED_QUOTE),
                                        ('severity="critical", backend', SYNTAX)])
def test_invalid_matchers_are_a_problem_not_free_text(text, kind):
    parsed = parse_filter(text)
    assert parsed.problem is not None and parsed.problem.kind == kind
    assert parsed.empty and not parsed.text  # filters nothing
    assert parse_filter('severity=""').matchers[0].value == ""  # the empty value, written out
    assert parse_filter("disk full, db").text == "disk full, db"  # no matcher in sight: free text


def test_partial_regex_hint():
    assert parse_filter('severity="critical", instance=~"backend.*"').partial_regex() == ".*backend.*"
    assert parse_filter('instance=~".*backend.*"').partial_regex() == ""
    assert parse_filter('instance!~"backend"').partial_regex() == ""


@pytest.fixture
def demo_window(qtbot, alertmanager):
    from oncall_tray.ui.alerts_window import AlertsWindow

    alertmanager.post_alerts(guide_alerts())
    with AlertmanagerClient(alertmanager.url) as client:
        watcher = Watcher(client, AlertTracker(SeverityMap()), AlertQuery())
        result = watcher.poll()
    assert result.error is None and len(result.update.snapshot.alerts) == 12
    window = AlertsWindow(Config(alertmanager_url=alertmanager.url))
    qtbot.addWidget(window)
    window.show_overview(overview(result.update.snapshot, result.contact))
    window.load(result.update.snapshot, result.silences)
    window.show()
    return window


@pytest.mark.parametrize("text", INVALID)
def test_an_invalid_matcher_shows_why_and_keeps_every_alert(qtbot, demo_window, text):
    window = demo_window
    qtbot.keyClicks(window.filter, text)
    box = window.filter_box
    assert window.filter.text() == text  # what was typed stays
    assert window.model.rowCount() == 12  # not an empty table that reads as "no alert"
    assert box.message.isVisible() and box.message.text().startswith("Invalid filter, showing all alerts: ")
    assert "solid #c62828" in window.filter.styleSheet()
    if text.startswith("instance"):
        assert "missing ]" in box.message.text()  # RE2's reason
    window.filter.setText('severity="critical"')
    assert window.model.rowCount() == 5 and not box.message.isVisible() and not window.filter.styleSheet()


def test_an_anchored_regex_that_matches_nothing_gets_a_hint(qtbot, demo_window):
    window, box = demo_window, demo_window.filter_box
    window.filter.setText('severity="critical", instance=~"backend.*"')
    assert window.model.rowCount() == 0 and box.message.isVisible()
    assert box.message.text() == ("No alert matches the filter. Regular expressions match the whole value: "
                                  "use .*backend.* to match part of it.")
    assert not window.filter.styleSheet()  # valid: no red frame
    window.filter.setText("no such thing anywhere")
    assert box.message.text() == "No alert matches the filter."
    window.filter.clear()
    assert window.model.rowCount() == 12 and not box.message.isVisible()


def test_the_readme_filter_example_shows_alerts_on_the_demo_data(qtbot, demo_window):
    example = re.search(r"matchers \(`(severity=[^`]*)`", README.read_text("utf-8"))[1]
    demo_window.filter.setText(example)
    assert demo_window.model.rowCount() > 0
    assert example in demo_window.filter.placeholderText()


def test_the_invalid_filter_message_in_portuguese(qtbot, demo_window):
    app = QApplication.instance()
    translators = install(app, "pt_BR")
    try:
        demo_window.filter.setText("severity=")
        text = demo_window.filter_box.message.text()
        assert text.startswith("Filtro inválido") and "severity=\"\"" in text
        demo_window.filter.setText('alertname=~"["')  # the parser's own reason, in Portuguese too
        assert "expressão regular inválida em 'alertname=~\"[\"'" in demo_window.filter_box.message.text()
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        QLocale.setDefault(QLocale("en"))


T0 = dt.datetime(2026, 12, 3, 12, tzinfo=dt.timezone.utc)


def test_stale_header_gives_the_time_or_says_no_poll_succeeded(qtbot, demo_window):
    window = demo_window
    tracker = AlertTracker(SeverityMap())
    snap = tracker.update([], T0).snapshot
    fresh = ContactMonitor()  # new settings: a new Alertmanager that never answered
    fresh.failure(T0, "connection refused")
    view = overview(snap, fresh.failure(T0, "connection refused"))
    window.show_overview(view)
    lines = window.details_label.text()
    shown = T0.astimezone().strftime("%Y-%m-%d %H:%M:%S")  # a day gone by: with its date (code review 81 AX9)
    assert f"Alerts shown are from {shown} (stale)" in lines and "—" not in lines
    assert "No successful poll of this Alertmanager yet" in lines
    never = ContactMonitor()  # at start: nothing shown, nothing ever polled
    window.show_overview(overview(None, never.failure(T0, "connection refused")))
    assert "No successful poll yet" in window.details_label.text()


@pytest.fixture
def bulk_window(qtbot, alertmanager):
    """The alerts window over 2,000 alerts (host-0 … host-1999, Bulk0 … Bulk19, the three
    severities), tall enough to scroll."""
    from conftest import make_alert, utcnow
    from oncall_tray.ui.alerts_window import AlertsWindow

    now = utcnow()
    alerts = [make_alert(f"Bulk{i % 20}", ("critical", "warning", "info")[i % 3], instance=f"host-{i}:9100",
                         starts_at=now - dt.timedelta(minutes=i)) for i in range(2000)]
    for start in range(0, len(alerts), 500):
        alertmanager.post_alerts(alerts[start:start + 500])
    with AlertmanagerClient(alertmanager.url) as client:
        result = Watcher(client, AlertTracker(SeverityMap()), AlertQuery()).poll()
    assert result.error is None and len(result.update.snapshot.alerts) == 2000
    window = AlertsWindow(Config(alertmanager_url=alertmanager.url))
    qtbot.addWidget(window)
    window.show_overview(overview(result.update.snapshot, result.contact))
    window.load(result.update.snapshot, result.silences)
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.mark.parametrize("text, shown", [("host-12", 111), ('severity="critical", alertname="Bulk10"', 33)])
def test_a_new_filter_shows_the_top_of_the_results(qtbot, bulk_window, text, shown):
    """Found by a fresh-user review: scrolled down the whole list (or with an alert selected
    further down), typing a filter left the table at the END of the matches, the worst and
    oldest of them out of sight."""
    window, bar = bulk_window, bulk_window.table.verticalScrollBar()
    bar.setValue(800)
    qtbot.keyClicks(window.filter, text)
    assert window.model.rowCount() == shown
    assert bar.value() == 0 and window.table.rowAt(0) == 0
    window.filter.clear()
    window.table.selectRow(500)  # selected, and hidden by the filter: the top again
    qtbot.keyClicks(window.filter, text)
    assert bar.value() == 0 and window.table.rowAt(0) == 0


def test_a_new_filter_keeps_the_selected_alert_in_sight(qtbot, bulk_window):
    window = bulk_window
    window.table.selectRow(window.model.row_of(next(fp for fp, a in window.model._alerts.items()
                                                    if a.labels["instance"] == "host-1290:9100")))
    fingerprint = window.selected_fingerprint()
    window.filter.setText("host-1")  # 1,111 rows: the selected one far from the top
    row = window.model.row_of(fingerprint)
    assert row > 100 and window.selected_fingerprint() == fingerprint
    table = window.table
    assert table.viewport().rect().contains(table.visualRect(window.model.index(row, 0)))
    window.filter.setText("host-12")
    row = window.model.row_of(fingerprint)
    assert table.viewport().rect().contains(table.visualRect(window.model.index(row, 0)))


def test_a_filter_says_how_many_alerts_it_shows(qtbot, bulk_window):
    window, box = bulk_window, bulk_window.filter_box
    assert not box.count.isVisible()  # no filter: every alert, nothing to count
    window.filter.setText("host-12")
    assert box.count.isVisible() and box.count.text() == "111 of 2000 shown"
    window.filter.setText("no such thing")
    assert box.count.text() == "0 of 2000 shown"
    window.filter.setText("severity=")  # invalid: every alert shown, the message says so
    assert not box.count.isVisible()
    window.filter.clear()
    assert not box.count.isVisible()
    app = QApplication.instance()
    translators = install(app, "pt_BR")
    try:
        window.filter.setText('severity="critical", alertname="Bulk10"')
        assert box.count.text() == "Mostrando 33 de 2000"
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        QLocale.setDefault(QLocale("en"))
