"""A notification daemon that runs but does not answer (review 65 T1): a stopped dunst cost
every notice 25 s in the notifications with actions and 25 s more in plyer before the tray's
balloon showed it, one notice after another on the single delivery thread (the N-th of a burst
after N x 50 s). Against the real parts: the app under Xvfb, dunst on a private D-Bus session,
SIGSTOPped and resumed, and a real Alertmanager."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import time
from pathlib import Path

import pytest
from conftest import make_alert
from tray_process import TrayProcess, tray_colour_pixels, wait_until

from oncall_tray.core.overview import Light
from oncall_tray.notify.server_watch import NOTIFY_TIMEOUT
from oncall_tray.ui.icons import COLOURS

pytestmark = pytest.mark.desktop
POLL = 1.0  # the app's poll interval here (``TrayProcess``'s settings), seconds
SLACK = 5.0  # seconds for the app's own work on a loaded machine (a healthy daemon answers in ms)


def _dunst(desktop) -> int:
    """The pid of the desktop's dunst."""
    return next(pid for pid in desktop.pids if Path(f"/proc/{pid}/comm").read_text().strip() == "dunst")


def _backends(app: TrayProcess, title: str) -> list[str]:
    """The backends that showed ``title``, from the app's log ("notification 'T' via B")."""
    return re.findall(rf"notification {re.escape(repr(title))} via (.+)$", app.output(), re.MULTILINE)


def _balloon_shown(desktop) -> bool:
    """Whether the tray's balloon is on screen: a top-level window of the app's, larger than
    its helpers' (1 x 1), mapped."""
    tree = subprocess.run(["xwininfo", "-root", "-children"], env=desktop.env, capture_output=True, text=True).stdout
    for window, width, height in re.findall(r'^\s*(0x[0-9a-f]+) "oncall-tray": .*?(\d+)x(\d+)[+-]', tree, re.MULTILINE):
        if int(width) > 50 and int(height) > 30:
            info = subprocess.run(["xwininfo", "-id", window], env=desktop.env, capture_output=True, text=True).stdout
            if "IsViewable" in info:
                return True
    return False


#: the backend that first calls the server, and the app's environment for it: notifications with
#: actions where Qt's event loop runs GLib's (the default), plyer alone without it
FIRST = {"notification with actions": {}, "plyer": {"QT_NO_GLIB": "1"}}


@pytest.mark.parametrize("first", FIRST)
def test_a_hung_daemon_costs_the_fallback_one_short_wait_and_is_used_again_once_it_answers(
        first, desktop, alertmanager, tmp_path, monkeypatch):
    for name, value in FIRST[first].items():
        monkeypatch.setenv(name, value)
    app = TrayProcess(desktop, alertmanager.url, tmp_path, shift_open=True)
    dunst = _dunst(desktop)
    try:
        wait_until(lambda: tray_colour_pixels(desktop, tmp_path / "green.png", COLOURS[Light.OK]) > 20, 15,
                   "a green tray icon (the first poll answered)")
        alertmanager.post_alerts([make_alert("BeforeDown", "critical", instance="db-0:5432")])
        desktop.wait_for_notification(lambda n: n["summary"] == "[CRITICAL] BeforeDown", timeout=15)
        assert _backends(app, "[CRITICAL] BeforeDown") == [first], app.output()
        os.kill(dunst, signal.SIGSTOP)  # running, on the bus, answering nothing
        try:
            burst = [f"[CRITICAL] HungDown{i}" for i in range(3)]  # three notices of one poll
            alertmanager.post_alerts([make_alert(f"HungDown{i}", "critical", instance=f"db-{i + 1}:5432")
                                      for i in range(3)])
            posted = time.monotonic()
            wait_until(lambda: all(_backends(app, title) for title in burst), POLL + NOTIFY_TIMEOUT + SLACK,
                       f"the tray's balloon to show {burst}")
            wait_until(lambda: _balloon_shown(desktop), SLACK, "the tray's balloon on screen")
            took = time.monotonic() - posted
            desktop.screenshot(tmp_path / "balloon.png")
            assert all(_backends(app, title) == ["tray message"] for title in burst), app.output()
            # the burst paid the wait once: each backend calling that server failed once, then was set aside
            log = app.output()
            for backend in FIRST:
                assert log.count(f"notification backend {backend} failed (TimedOut") == (
                    1 if first == "notification with actions" or backend == "plyer" else 0), log
            print(f"the burst on screen in the tray's balloon {took:.1f} s after the alerts were posted")
        finally:
            os.kill(dunst, signal.SIGCONT)
        alertmanager.post_alerts([make_alert("AfterDown", "critical", instance="db-9:5432")])
        desktop.wait_for_notification(lambda n: n["summary"] == "[CRITICAL] AfterDown", timeout=POLL + SLACK)
        assert _backends(app, "[CRITICAL] AfterDown") == [first], app.output()
        # what the balloon showed is not shown again, late, by the daemon
        assert not [n for n in desktop.notifications() if n["summary"].startswith("[CRITICAL] Hung")]
        assert app.terminate() < 5
    finally:
        app.close()
    assert "Traceback" not in app.output(), app.output()
