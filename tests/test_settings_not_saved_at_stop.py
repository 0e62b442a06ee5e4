"""The tray stopped by SIGTERM (a systemd-managed or Wayland session's end) or SIGINT while the
Settings dialog holds changes typed and not saved (code review 67 AA9): nothing can be asked, and
the settings file is not written without the engineer's Save; the changes are kept as a draft
beside the settings the tray keeps (``config_draft``), logged, and offered back the next time
Settings opens ("Restore the changes not saved when oncall-tray stopped?")."""

from __future__ import annotations

import json
import signal
import subprocess

import pytest
from test_single_instance import start_again, window_viewable
from tray_process import TrayProcess, wait_until

pytestmark = pytest.mark.desktop
ALERTS = "oncall-tray — alerts"
SETTINGS = "oncall-tray — settings"
QUESTION = "Unsaved settings"
TYPED = "http://am-typed-before-the-stop.example:9093"


def key(desktop, *keys: str) -> None:
    subprocess.run(["xdotool", "key", "--delay", "50", *keys], env=desktop.env, check=True, timeout=10)


def focus(desktop, title: str) -> None:
    """Give the keyboard to the window named ``title`` (the virtual desktop has no window manager)."""
    subprocess.run(["xdotool", "search", "--name", f"^{title}$", "windowfocus", "--sync"], env=desktop.env,
                   check=True, timeout=10)


def click_in_the_urls(desktop, settings: str = SETTINGS) -> None:
    """Click in the Alertmanager URLs box, the first tab's top field (the right half of the
    dialog's first 130 pixels: fit_to_screen makes it 720 x 560), in the dialog titled ``settings``."""
    subprocess.run(["xdotool", "search", "--name", f"^{settings}$", "mousemove", "--window", "%1", "480", "100",
                    "click", "1"], env=desktop.env, check=True, timeout=10)


def open_settings(desktop, app: TrayProcess, alerts: str = ALERTS, keys: tuple[str, str] = ("alt+h", "s"),
                  settings: str = SETTINGS) -> None:
    """Open Settings the way the engineer does by keyboard: the alerts window (titled ``alerts``,
    brought by another start), its Shift menu and Settings (``keys``: Alt+H, S in English), the
    dialog titled ``settings``."""
    assert start_again(app).returncode == 0
    wait_until(lambda: window_viewable(desktop, alerts), 15, "the alerts window")
    focus(desktop, alerts)
    key(desktop, keys[0])
    key(desktop, keys[1])
    wait_until(lambda: window_viewable(desktop, settings), 15, "the Settings dialog")


def drafts(app: TrayProcess) -> list[dict]:
    folder = app.folder / "xdg-data"  # the drafts, not their holds (``<draft>.json.tray``: code review 73 AJ4)
    return [json.loads(path.read_text("utf-8")) for path in folder.rglob("settings-not-saved/*.json")]


def typed_somewhere(draft: dict) -> bool:
    return any(TYPED in json.dumps(value) for value in draft.get("typed", {}).values())


@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGINT])
def test_changes_typed_when_the_tray_is_stopped_are_offered_back(desktop, alertmanager, tmp_path, stop):
    app = TrayProcess(desktop, alertmanager.url, tmp_path, shift_open=True)
    written = app.config.read_text("utf-8")
    try:
        wait_until(lambda: "system tray found" in app.output(), 20, "the tray")
        open_settings(desktop, app)
        focus(desktop, SETTINGS)
        click_in_the_urls(desktop)
        key(desktop, "ctrl+End", "Return")
        subprocess.run(["xdotool", "type", "--delay", "20", TYPED], env=desktop.env, check=True, timeout=20)
        # a round trip through the tray's event loop: the keys typed before it are in the dialog
        assert start_again(app).returncode == 0
        wait_until(lambda: app.output().count("another start asked for the window") == 2, 15, "the second start")
        app.process.send_signal(stop)
        app.process.wait(20)
        assert app.config.read_text("utf-8") == written  # never the file without the engineer's Save
        kept = drafts(app)
        assert len(kept) == 1 and typed_somewhere(kept[0]), kept
        assert "kept in" in app.output() and "not saved" in app.output(), app.output()[-3000:]
        app.close()

        again = TrayProcess(desktop, alertmanager.url, tmp_path, config=app.config, env=app.env)
        try:
            wait_until(lambda: "system tray found" in again.output(), 20, "the tray started again")
            open_settings(desktop, again)
            wait_until(lambda: window_viewable(desktop, QUESTION), 15, "the question to restore the changes")
            desktop.screenshot(tmp_path / "offered.png")
            focus(desktop, QUESTION)
            key(desktop, "Return")  # Restore, the default
            wait_until(lambda: "restored" in again.output(), 15, "the changes restored")
            again.process.send_signal(signal.SIGTERM)  # they are in the dialog again: kept again
            again.process.wait(20)
            kept = drafts(again)
            assert len(kept) == 1 and typed_somewhere(kept[0]), kept
            assert again.config.read_text("utf-8") == written
        finally:
            again.close()
    finally:
        app.close()
