"""The tray started on a shift journal with one events leaf partly overwritten (review 60 V4):
it hung at start, no icon, no window, nothing watching Alertmanager, one core busy, deaf to
SIGTERM. Now it is up with what could be read, says so, watches the alerts, and quits on
SIGTERM."""

from __future__ import annotations

import sqlite3

import pytest
from conftest import make_alert
from test_journal_salvage import shift_journal
from test_journal_salvage_bounded import garbage_in_a_leaf
from tray_process import TrayProcess, tray_colour_pixels, wait_until

from oncall_tray.core.overview import Light
from oncall_tray.ui.icons import COLOURS

pytestmark = pytest.mark.desktop


def test_the_tray_starts_on_a_journal_with_garbage_rowids_and_quits_on_sigterm(desktop, alertmanager, tmp_path):
    path = tmp_path / "xdg-data" / "oncall-tray" / "journal.db"
    path.parent.mkdir(parents=True)
    shift_journal(path)
    garbage_in_a_leaf(path)
    alertmanager.post_alerts([make_alert("APIDown", "critical")])
    app = TrayProcess(desktop, alertmanager.url, tmp_path)
    try:
        said = desktop.wait_for_notification(lambda n: n["summary"] == "Shift journal", timeout=20)
        assert "Ana" in said["body"] and "damaged-" in said["body"], said
        # on screen until dismissed, as the red flags: the engineer may be away (it closed after 10 s)
        assert said["urgency"] == "critical" and said["expire_ms"] == "0", said
        desktop.wait_for_notification(lambda n: n["summary"] == "[CRITICAL] APIDown", timeout=20)  # watched
        wait_until(lambda: tray_colour_pixels(desktop, tmp_path / "red.png", COLOURS[Light.CRITICAL]) > 20,
                   10, "a red tray icon")
        desktop.screenshot(tmp_path / "damaged-journal.png")
        assert app.terminate() < 5 and app.process.returncode == 0
    finally:
        app.close()
    assert "Traceback" not in app.output(), app.output()
    with sqlite3.connect(path) as conn:  # the open shift carried into the new journal
        assert conn.execute("SELECT engineer FROM shifts WHERE ended_at IS NULL").fetchall() == [("Ana",)]
    assert any(item.name.startswith("journal.db.damaged-") for item in path.parent.iterdir())
