"""What the engineer types in the alerts window's notes box over an alert's draft that the shift
journal cannot read survives the real tray killed by SIGKILL (the OOM killer, ``kill -9``, a
crash of Qt): it is kept beside the journal about a second after it is typed (code review 71 AG7:
only an orderly quit kept it; guide: nothing typed may be lost), and taken back after the draft
at the next start, once the journal reads it. The real tray under Xvfb, the keys typed with
xdotool; in the first run the journal's reads of the drafts fail as on a locked journal (patched
in the tray's process: ``UNREAD_DRAFTS_TRAY``)."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys

import pytest
from conftest import make_alert
from test_settings_not_saved_at_stop import focus, key
from test_single_instance import start_again, window_viewable
from tray_process import TrayProcess, wait_until

pytestmark = pytest.mark.desktop
ALERTS = "oncall-tray — alerts"
TYPED = "restarted the api pod"
#: the tray, whose journal cannot read the alerts' drafts ("database is locked")
UNREAD_DRAFTS_TRAY = """
import sys
from oncall_tray.core.journal import JournalError
from oncall_tray.core.journal_state import SavedState

read = SavedState.get_state


def get_state(self, scope, key, default=None):
    if key == "draft":
        raise JournalError("cannot read the shift journal: database is locked")
    return read(self, scope, key, default)


SavedState.get_state = get_state
from oncall_tray.cli import main

sys.exit(main(sys.argv[1:]))
"""


def kept(app: TrayProcess) -> dict[str, str]:
    """The notes kept beside the journal (fingerprint -> text), from every file of them."""
    typed: dict[str, str] = {}
    for path in (app.folder / "xdg-data").rglob("notes-not-saved/*.json"):
        typed.update(json.loads(path.read_text("utf-8"))["typed"])
    return typed


def drafts(app: TrayProcess) -> list[str]:
    """The drafts the journal holds."""
    (journal,) = (app.folder / "xdg-data").rglob("journal.db")
    with sqlite3.connect(journal) as conn:
        return [json.loads(value) for (value,) in conn.execute("SELECT value FROM state WHERE key = 'draft'")]


def click(desktop, x: int, y: int) -> None:
    """Click at (``x``, ``y``) in the alerts window (fit_to_screen makes it 1180 x 720 on the
    virtual desktop's screen: its table's first row at y 231; the notes box at the bottom right,
    at y 554 over the line saying the draft cannot be read)."""
    subprocess.run(["xdotool", "search", "--name", f"^{ALERTS}$", "mousemove", "--window", "%1", str(x), str(y),
                    "click", "1"], env=desktop.env, check=True, timeout=10)


def type_a_note(desktop, app: TrayProcess, text: str) -> None:
    """Open the alerts window, click its first alert and the notes box, type ``text``."""
    assert start_again(app).returncode == 0
    wait_until(lambda: window_viewable(desktop, ALERTS), 15, "the alerts window")
    focus(desktop, ALERTS)
    click(desktop, 200, 231)
    click(desktop, 996, 554)
    subprocess.run(["xdotool", "type", "--delay", "20", text], env=desktop.env, check=True, timeout=20)


def test_notes_typed_over_an_unread_draft_survive_a_sigkill(desktop, alertmanager, tmp_path):
    alertmanager.post_alerts([make_alert("APIDown", "critical")])
    app = TrayProcess(desktop, alertmanager.url, tmp_path, shift_open=True,
                      command=[sys.executable, "-c", UNREAD_DRAFTS_TRAY])
    try:
        wait_until(lambda: "system tray found" in app.output(), 20, "the tray")
        type_a_note(desktop, app, TYPED)
        wait_until(lambda: list(kept(app).values()) == [TYPED], 15, "the note kept as typed")  # no quit asked
        desktop.screenshot(tmp_path / "typed.png")
        app.process.kill()  # SIGKILL: nothing runs in the tray any more
        app.process.wait(20)
        assert list(kept(app).values()) == [TYPED]
        assert drafts(app) == []  # never written over the draft the journal could not read
    finally:
        app.close()

    again = TrayProcess(desktop, alertmanager.url, tmp_path, config=app.config, env=app.env)  # the drafts read
    try:
        wait_until(lambda: "system tray found" in again.output(), 20, "the tray started again")
        wait_until(lambda: drafts(again) == [TYPED], 15, "the note taken back into its draft")
        wait_until(lambda: kept(again) == {}, 15, "the note taken back, forgotten from its file")
    finally:
        again.close()
