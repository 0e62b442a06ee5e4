"""End to end: the real app under Xvfb with dunst and trayer, against a real Alertmanager."""

from __future__ import annotations

import time

import pytest
from conftest import make_alert
from fakeserver import FakeServer
from tray_process import TrayProcess, tray_colour_pixels, wait_until

from oncall_tray.core.overview import Light
from oncall_tray.demo import LocalAlertmanager
from oncall_tray.ui.icons import COLOURS

pytestmark = pytest.mark.desktop
POLL_INTERVAL = 1.0


def test_alert_fires_contact_is_lost_and_restored(desktop, tmp_path):
    storage = tmp_path / "am"
    storage.mkdir()
    am = LocalAlertmanager(storage=storage).start()
    app = TrayProcess(desktop, am.url, tmp_path)
    try:
        # Nothing fires: the tray turns green once the first poll answered.
        wait_until(lambda: tray_colour_pixels(desktop, tmp_path / "green.png", COLOURS[Light.OK]) > 20,
                   15, "a green tray icon")
        desktop.clear_notifications()

        posted = time.monotonic()
        alert = make_alert("E2EDown", "critical", summary="Backend <b>não</b> responde", instance="backend:3001")
        am.post_alerts([alert])
        note = desktop.wait_for_notification(lambda n: n["summary"] == "[CRITICAL] E2EDown", timeout=10)
        latency = time.monotonic() - posted
        assert latency < POLL_INTERVAL + 2, f"notification after {latency:.1f} s"
        # dunst reads the body as markup: the app escapes it, so the tags show as text.
        assert "Backend &lt;b&gt;não&lt;/b&gt; responde" in note["body"]
        assert "backend:3001" in note["body"]
        assert note["appname"] == "oncall-tray"
        assert note["urgency"] == "critical"
        assert note["icon_path"].endswith("oncall-tray-critical.png")
        wait_until(lambda: tray_colour_pixels(desktop, tmp_path / "red.png", COLOURS[Light.CRITICAL]) > 20,
                   5, "a red tray icon")

        am.stop(remove_storage=False)
        lost = desktop.wait_for_notification(lambda n: n["summary"] == "Contact with Alertmanager lost", timeout=15)
        assert "connection refused" in lost["body"]
        assert lost["icon_path"].endswith("oncall-tray-unreachable.png")
        wait_until(lambda: tray_colour_pixels(desktop, tmp_path / "grey.png", COLOURS[Light.UNREACHABLE]) > 20,
                   5, "a grey tray icon")
        assert tray_colour_pixels(desktop, tmp_path / "grey2.png", COLOURS[Light.OK]) == 0

        am = LocalAlertmanager(port=am.port, storage=storage).start()
        desktop.wait_for_notification(lambda n: n["summary"] == "Contact with Alertmanager restored", timeout=15)
        # Alertmanager keeps alerts in memory only: Prometheus sends them again after a restart.
        am.post_alerts([alert])
        wait_until(lambda: tray_colour_pixels(desktop, tmp_path / "red2.png", COLOURS[Light.CRITICAL]) > 20,
                   5, "a red tray icon after the restart")
        assert app.terminate() < 5
        assert app.process.returncode == 0
    finally:
        app.close()
        am.stop(remove_storage=True)
    assert "Traceback" not in app.output(), app.output()


def test_quitting_while_a_request_hangs_takes_under_two_seconds(desktop, tmp_path):
    with FakeServer(hang=True) as server:
        app = TrayProcess(desktop, server.url, tmp_path, settings="request_timeout: 60\n")
        try:
            wait_until(lambda: server.requests, 15, "the first request")
            elapsed = app.terminate()
        finally:
            app.close()
    assert elapsed < 2.0, f"quit took {elapsed:.2f} s"
    assert "Traceback" not in app.output(), app.output()


def test_starts_grey_and_says_why_when_alertmanager_is_down_from_the_start(desktop, tmp_path):
    from oncall_tray.demo import free_port

    app = TrayProcess(desktop, f"http://127.0.0.1:{free_port()}", tmp_path)
    try:
        lost = desktop.wait_for_notification(lambda n: n["summary"] == "Contact with Alertmanager lost", timeout=15)
        assert "refused" in lost["body"].lower()
        assert tray_colour_pixels(desktop, tmp_path / "grey.png", COLOURS[Light.UNREACHABLE]) > 20
        assert tray_colour_pixels(desktop, tmp_path / "grey.png", COLOURS[Light.OK]) == 0
    finally:
        app.close()


def window_titles(desktop) -> str:
    import subprocess

    return subprocess.run(["xwininfo", "-root", "-tree"], env=desktop.env, capture_output=True, text=True).stdout


def test_without_a_tray_the_window_shows_and_the_app_moves_to_the_tray_when_one_appears(tmp_path):
    from desktop_env import VirtualDesktop

    with VirtualDesktop(tray=False) as desktop, LocalAlertmanager() as am:
        am.post_alerts([make_alert("NoTrayYet", "warning")])
        app = TrayProcess(desktop, am.url, tmp_path, settings="notifications: false\n")
        try:
            wait_until(lambda: "oncall-tray — alerts" in window_titles(desktop), 15, "the alerts window")
            shot = tmp_path / "window.png"
            wait_until(lambda: tray_colour_pixels(desktop, shot, COLOURS[Light.WARNING], region=1280) > 100, 10,
                       "the warning colour in the window")
            desktop.start_tray()
            wait_until(lambda: tray_colour_pixels(desktop, tmp_path / "tray.png", COLOURS[Light.WARNING]) > 20,
                       15, "the amber tray icon once a tray exists")
            assert app.terminate() < 5 and app.process.returncode == 0
        finally:
            app.close()
