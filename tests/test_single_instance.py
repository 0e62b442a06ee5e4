"""One instance (issue 7): a second start with the same settings brings the running tray's
alerts window to the front and exits 0; a crash's leftovers do not block the next start."""

from __future__ import annotations

import signal
import subprocess
import sys
import time

import pytest
from tray_process import TrayProcess, tray_colour_pixels, wait_until

from oncall_tray.core.overview import Light
from oncall_tray.ui.icons import COLOURS

pytestmark = pytest.mark.desktop
WINDOW = "oncall-tray — alerts"


def window_viewable(desktop, title: str) -> bool:
    """True when a top-level window named ``title`` is mapped on the virtual desktop."""
    result = subprocess.run(["xwininfo", "-name", title], env=desktop.env, capture_output=True, text=True)
    return result.returncode == 0 and "IsViewable" in result.stdout


def start_again(app: TrayProcess, *extra: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    """``oncall-tray`` once more, with the first one's settings and environment."""
    return subprocess.run([sys.executable, "-m", "oncall_tray", "--config", str(app.config), *extra],
                          env=app.env, capture_output=True, text=True, timeout=30, input=stdin)


def green(desktop, tmp_path, name: str) -> bool:
    return tray_colour_pixels(desktop, tmp_path / f"{name}.png", COLOURS[Light.OK]) > 20


def test_second_start_shows_the_first_ones_window_and_exits_0(desktop, alertmanager, tmp_path):
    app = TrayProcess(desktop, alertmanager.url, tmp_path)
    try:
        wait_until(lambda: green(desktop, tmp_path, "first"), 15, "the first tray")
        assert not window_viewable(desktop, WINDOW)
        started = time.monotonic()
        second = start_again(app)
        assert second.returncode == 0, second.stderr
        assert "oncall-tray runs already; its window was brought to the front" in second.stderr  # review 12
        assert time.monotonic() - started < 10
        wait_until(lambda: window_viewable(desktop, WINDOW), 5, "the first tray's alerts window")
        assert app.process.poll() is None, "the first tray must keep running"
        assert "another start asked for the window" in app.output()
    finally:
        app.close()


def test_other_settings_run_beside_the_first(desktop, alertmanager, tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first = TrayProcess(desktop, alertmanager.url, tmp_path / "a")
    second = TrayProcess(desktop, alertmanager.url, tmp_path / "b", env=first.env)  # same runtime folder
    try:
        wait_until(lambda: "system tray found" in first.output(), 15, "the first tray")
        wait_until(lambda: "system tray found" in second.output(), 15, "the second tray, other settings")
        assert first.process.poll() is None and second.process.poll() is None
    finally:
        first.close()
        second.close()


def test_a_crash_does_not_block_the_next_start(desktop, alertmanager, tmp_path):
    crashed = TrayProcess(desktop, alertmanager.url, tmp_path)
    try:
        wait_until(lambda: green(desktop, tmp_path, "before"), 15, "the tray")
        crashed.process.send_signal(signal.SIGKILL)  # no clean-up at all: lock file and socket stay
        crashed.process.wait(10)
    finally:
        crashed.close()
    leftovers = list((tmp_path / "runtime" / "oncall-tray").glob("*"))
    assert any(p.suffix == ".sock" for p in leftovers), leftovers  # the crash left its socket
    (tmp_path / "next").mkdir()
    successor = TrayProcess(desktop, alertmanager.url, tmp_path / "next", config=crashed.config, env=crashed.env)
    try:
        wait_until(lambda: "system tray found" in successor.output(), 15, "the next start to run the tray")
        assert successor.process.poll() is None
        again = start_again(successor)
        assert again.returncode == 0, again.stderr
        wait_until(lambda: window_viewable(desktop, WINDOW), 5, "the successor's alerts window")
    finally:
        successor.close()


def test_a_change_made_on_the_command_line_is_seen_by_the_running_tray_at_once(desktop, alertmanager, tmp_path):
    """Review 28: an acknowledgement made with ``oncall-tray ack`` was missing from the tray (and
    from an open handoff window) until its next poll. The command asks the running tray of the
    same settings to poll now; here the next regular poll is two minutes away."""
    import json

    from conftest import make_alert

    config = tmp_path / "config.yaml"
    config.write_text(f"alertmanager_url: {alertmanager.url}\npoll_interval: 120\nrequest_timeout: 5\nlanguage: en\n"
                      "engineer: tester\n", encoding="utf-8")
    alertmanager.post_alerts([make_alert("APIDown", "critical")])
    app = TrayProcess(desktop, alertmanager.url, tmp_path, config=config, shift_open=True)
    try:
        red = lambda: tray_colour_pixels(desktop, tmp_path / "red.png", COLOURS[Light.CRITICAL]) > 20  # noqa: E731
        wait_until(red, 15, "the tray red with APIDown")
        status = start_again(app, "status", "--json")
        fingerprint = json.loads(status.stdout)["alerts"][0]["fingerprint"]
        acked = start_again(app, "ack", fingerprint)
        assert acked.returncode == 0, acked.stderr
        wait_until(lambda: "the command line asked for a poll" in app.output(), 5, "the tray asked to poll")
        wait_until(lambda: green(desktop, tmp_path, "acked"), 10, "the tray green at once, not in two minutes")
    finally:
        app.close()


def test_a_start_after_the_settings_moved_to_another_alertmanager_joins_the_running_tray(desktop, alertmanager,
                                                                                        tmp_path):
    """Review 39: the tray kept the key of the Alertmanager it started with; once the settings
    file named another, ``oncall-tray`` started a second tray (two icons, both notifying)."""
    from oncall_tray.demo import LocalAlertmanager

    other = LocalAlertmanager().start()
    app = TrayProcess(desktop, alertmanager.url, tmp_path)
    try:
        wait_until(lambda: "system tray found" in app.output(), 15, "the first tray")
        app.config.write_text(app.config.read_text().replace(alertmanager.url, other.url))
        wait_until(lambda: "new settings applied" in app.output(), 15, "the edited settings applied")
        second = start_again(app)
        assert second.returncode == 0, second.stderr
        assert "oncall-tray runs already; its window was brought to the front" in second.stderr
        assert app.process.poll() is None
    finally:
        app.close()
        other.stop()


def test_a_file_where_the_instance_folder_should_be_does_not_stop_the_tray(desktop, alertmanager, tmp_path):
    """Code review 65 T13, the whole app: no ``XDG_RUNTIME_DIR`` (ssh, some session managers)
    and a file named as the per-user folder in the temporary directory. The tray starts, unguarded,
    and its log says why (it stopped at once with a ``FileExistsError`` traceback)."""
    import getpass

    temp = tmp_path / "tmp"
    temp.mkdir()
    (temp / f"oncall-tray-{getpass.getuser()}").write_text("not a folder")
    env = {key: value for key, value in desktop.env.items() if key != "XDG_RUNTIME_DIR"}
    env.update(TMPDIR=str(temp), XDG_CONFIG_HOME=str(tmp_path / "xdg-config"),
               XDG_STATE_HOME=str(tmp_path / "xdg-state"), XDG_CACHE_HOME=str(tmp_path / "xdg-cache"),
               XDG_DATA_HOME=str(tmp_path / "xdg-data"))
    app = TrayProcess(desktop, alertmanager.url, tmp_path, env=env)
    try:
        wait_until(lambda: "system tray found" in app.output() or app.process.poll() is not None, 15, "the tray")
        assert app.process.poll() is None, app.output()
        assert "a second start will run a second tray" in app.output()
        wait_until(lambda: green(desktop, tmp_path, "unguarded"), 15, "the tray green")
    finally:
        app.close()
