"""End to end: the real app under Xvfb with dunst and trayer, against a real Alertmanager."""

from __future__ import annotations

import re
import time

import httpx
import pytest
from conftest import local_clock, make_alert, resolve
from fakeserver import FakeServer
from test_single_instance import window_viewable
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
        # Review 25: its resolution came with the red alarm icon, like a new alarm in a stack of popups.
        am.post_alerts([resolve(alert)])
        done = desktop.wait_for_notification(lambda n: n["summary"] == "Resolved: E2EDown", timeout=10)
        assert done["icon_path"].endswith("oncall-tray-ok.png") and done["urgency"] == "low"
        assert done["body"].endswith("backend:3001")

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

    url = f"http://127.0.0.1:{free_port()}"
    app = TrayProcess(desktop, url, tmp_path)
    try:  # never reached since it started: not "lost"; the address it tries is named
        lost = desktop.wait_for_notification(lambda n: n["summary"] == "Cannot reach Alertmanager", timeout=15)
        assert "refused" in lost["body"].lower() and url in lost["body"]
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
        # a shift is open: no start window over the alerts window (both would open at 0,0: no window manager)
        app = TrayProcess(desktop, am.url, tmp_path, settings="notifications: false\n", shift_open=True)
        try:
            wait_until(lambda: "oncall-tray — alerts" in window_titles(desktop), 15, "the alerts window")
            shot = tmp_path / "window.png"
            wait_until(lambda: tray_colour_pixels(desktop, shot, COLOURS[Light.WARNING], region=1280) > 100, 10,
                       "the warning colour in the window")
            desktop.start_tray()
            wait_until(lambda: tray_colour_pixels(desktop, tmp_path / "tray.png", COLOURS[Light.WARNING]) > 20,
                       15, "the amber tray icon once a tray exists")
            alerts = "oncall-tray — alerts"
            wait_until(lambda: not window_viewable(desktop, alerts), 10, "the alerts window gone with the tray there")
            # review 19: the panel quits: the app was then nowhere on screen
            desktop.stop_tray()
            wait_until(lambda: window_viewable(desktop, alerts), 15, "the alerts window back once the tray went away")
            desktop.start_tray()
            wait_until(lambda: tray_colour_pixels(desktop, tmp_path / "tray2.png", COLOURS[Light.WARNING]) > 20,
                       15, "the amber tray icon in the new tray")
            assert app.terminate() < 5 and app.process.returncode == 0
        finally:
            app.close()


def test_the_demo_shift_comes_back_whole_after_sigkill(desktop, tmp_path):
    """Issue 5, done: with the guide's alerts, start a shift, acknowledge and resolve an alert,
    silence another for 1 h with a reason; kill the tray with SIGKILL and start it again: the
    shift is still open, and the handoff lists the incident, the silence with its reason and
    expiry, and the pending items."""
    import datetime as dt
    import json
    import os
    import signal
    import subprocess
    import sys

    from conftest import silence, utcnow

    from oncall_tray.core import shifts
    from oncall_tray.core.journal import Journal
    from oncall_tray.core.journal_schema import EventKind
    from oncall_tray.demo import guide_alerts

    am = LocalAlertmanager().start()
    data = tmp_path / "xdg-data"
    path = data / "oncall-tray" / "journal.db"

    def cli(*args: str) -> subprocess.CompletedProcess:
        env = {**os.environ, "XDG_DATA_HOME": str(data), "LANG": "en_US.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""}
        return subprocess.run([sys.executable, "-m", "oncall_tray", "--config", str(tmp_path / "config.yaml"),
                               "--alertmanager", am.url, *args], capture_output=True, text=True, timeout=60, env=env)

    def recorded(kind: EventKind, name: str) -> bool:
        return path.exists() and any(e.alertname == name for e in Journal.open(path).events(kinds=(kind,)))

    app = restarted = None
    try:
        app = TrayProcess(desktop, am.url, tmp_path)
        wait_until(lambda: path.exists(), 15, "the journal")
        started = cli("handoff", "start", "--confirm")
        assert started.returncode == 0, started.stderr
        now = utcnow()
        alerts = guide_alerts(now)
        am.post_alerts(alerts)
        wait_until(lambda: recorded(EventKind.FIRED, "APIDown"), 15, "the tray recording the alerts")
        silence(am, {"alertname": "APIDown"}, minutes=15, author="tester", comment="ACK! investigando — tester")
        wait_until(lambda: recorded(EventKind.ACKNOWLEDGED, "APIDown"), 15, "the acknowledgement")
        fingerprint = next(a["fingerprint"] for a in json.loads(cli("status", "--json").stdout)["alerts"]
                           if a["alertname"] == "APIDown")
        assert cli("handoff", "note", fingerprint, "Reiniciei o backend").returncode == 0
        api = next(a for a in alerts if a["labels"]["alertname"] == "APIDown")
        am.post_alerts([{**api, "endsAt": utcnow().isoformat()}])
        silence(am, {"alertname": "HighCPUUsage"}, minutes=60, author="tester", comment="Manutenção programada")
        wait_until(lambda: recorded(EventKind.RESOLVED, "APIDown"), 15, "the resolution")
        wait_until(lambda: recorded(EventKind.SILENCE_CREATED, "HighCPUUsage"), 15, "the silence")

        os.kill(app.process.pid, signal.SIGKILL)
        app.process.wait(10)
        journal = Journal.open(path)
        assert journal.damage is None
        shift = shifts.open_shift(journal)
        assert shift is not None and shift.engineer == "tester"
        restarted = TrayProcess(desktop, am.url, tmp_path)
        wait_until(lambda: "open since" in restarted.output() and "restored" in restarted.output(), 15,
                   "the open shift restored")

        end = cli("handoff", "end", "--markdown")
        assert end.returncode == 0, end.stderr
        markdown = end.stdout
        # (incidents in the order their alerts began firing: APIDown need not be the first)
        incident = next(line for line in markdown.splitlines() if re.match(r"\d+\. APIDown - ", line))
        assert " - Resolved - Reiniciei o backend" in incident
        cpu = next(s for s in httpx.get(f"{am.url}/api/v2/silences", timeout=10).json()
                   if s["comment"] == "Manutenção programada")
        expires = local_clock(cpu["endsAt"])
        assert f"- HighCPUUsage - Expires at {expires} - Reason: Manutenção programada - By: tester" in markdown
        assert "- [ ] Post-mortem of APIDown, by " in markdown
        assert restarted.terminate() < 5
    finally:
        for process in (app, restarted):
            if process is not None:
                process.close()
        am.stop()
    assert "Traceback" not in restarted.output(), restarted.output()


def test_a_red_flag_reaches_the_desktop_critical_with_the_alerts_named(desktop, alertmanager, tmp_path):
    """Fresh-user review 8: the names were in a title the notification cut short, and the flag
    went out at normal urgency. Now: the flag in the title, the names in the body, critical."""
    alertmanager.post_alerts([make_alert("APIDown", "critical"), make_alert("DatabaseDown", "critical")])
    app = TrayProcess(desktop, alertmanager.url, tmp_path, shift_open=True)
    try:
        flag = desktop.wait_for_notification(
            lambda n: n["summary"] == "Red flag: Several critical alerts at once", timeout=20)
        assert "APIDown" in flag["body"] and "DatabaseDown" in flag["body"]
        assert flag["body"].endswith("The on-call guide says: investigate at once.")
        assert flag["urgency"] == "critical"
    finally:
        app.close()
