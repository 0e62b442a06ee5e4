"""Code review 80 AU2: a one-line notification body puts a no-break space before "(+N)" (the
alerts it does not name, ``core.names.MORE_SPACE``) so that the count never wraps alone, but
``notify.messages.clip`` joined the body's words with plain spaces (``str.split()`` splits at a
no-break space too), so dunst got "… (+4)" with plain spaces. End to end: the tray's summary of
twelve alerts, as dunst's ``dunstctl history`` keeps it."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from conftest import make_alert, utcnow
from tray_process import TrayProcess

from oncall_tray.core.names import MORE_SPACE, name_list
from oncall_tray.notify.messages import clip

pytestmark = pytest.mark.desktop


def test_clip_keeps_the_no_break_spaces_and_joins_the_rest():
    line = name_list([f"Alert{number}" for number in range(12)])
    assert clip(line, 200) == line
    assert clip(f" a  \t b{MORE_SPACE}…{MORE_SPACE}(+3) ", 200) == f"a b{MORE_SPACE}…{MORE_SPACE}(+3)"
    assert clip("a\u202fb\u2007c", 200) == "a\u202fb\u2007c"  # narrow no-break and figure spaces too


@pytest.mark.parametrize("one_line", [True, False])
def test_the_count_reaches_the_notification_daemon_bound_to_its_name(desktop, alertmanager, tmp_path, one_line):
    """``one_line``: the summary of the alerts whose response target was missed (its body the
    names alone, a line); else the summary of the alerts firing (counts, then the names)."""
    started = utcnow() - dt.timedelta(hours=2)
    alertmanager.post_alerts([make_alert(f"Disk{number:02}", "warning", starts_at=started) for number in range(12)])
    app = TrayProcess(desktop, alertmanager.url, tmp_path, shift_open=True)
    try:
        shown = desktop.wait_for_notification(lambda n: "(+4)" in n.get("body", "") and (
            n["summary"].startswith("Response target missed")) == one_line, timeout=30)
    finally:
        app.close()
    desktop._run("dunstctl", "close-all")
    history = json.loads(desktop._run("dunstctl", "history").stdout)["data"][0]
    bodies = [entry["body"]["data"] for entry in history if entry["id"]["data"] == shown["id"]]
    assert bodies, history
    assert f"Disk07{MORE_SPACE}…{MORE_SPACE}(+4)" in bodies[0], repr(bodies[0])
