"""Tests of the virtual-desktop harness itself (tests/desktop_env.py)."""
from __future__ import annotations

import os
import struct
import subprocess
from pathlib import Path

import pytest

from conftest import wait_until
from desktop_env import DesktopError, MissingDependency, VirtualDesktop, require


def _processes() -> dict[int, tuple[int, int, str]]:
    """pid -> (ppid, pgid, cmdline) of every process visible in /proc."""
    result = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:  # exited meanwhile
            continue
        fields = stat.rsplit(")", 1)[1].split()
        result[int(entry.name)] = (int(fields[1]), int(fields[2]), cmdline)
    return result


@pytest.fixture(scope="module")
def desktop():
    with VirtualDesktop() as vd:
        yield vd


@pytest.mark.desktop
def test_notify_send_reaches_dunst(desktop: VirtualDesktop) -> None:
    require("notify-send")
    desktop.clear_notifications()
    subprocess.run(["notify-send", "-a", "oncall-tray", "-u", "critical", "Disk full",
                    "node-3: / is 97% full"], env=desktop.env, check=True, timeout=10)
    note = desktop.wait_for_notification(lambda n: n["summary"] == "Disk full")
    assert note["body"] == "node-3: / is 97% full"
    assert note["appname"] == "oncall-tray"
    assert note["urgency"] == "critical"
    assert note["closed"] is False  # critical: stays on screen, not yet in dunst's history

    desktop.clear_notifications()
    assert desktop.notifications() == []
    subprocess.run(["notify-send", "-u", "low", "Resolved", "all clear"], env=desktop.env,
                   check=True, timeout=10)
    note = desktop.wait_for_notification(lambda n: n["summary"] == "Resolved")
    assert note["urgency"] == "low"
    assert [n["summary"] for n in desktop.notifications()] == ["Resolved"]


@pytest.mark.desktop
def test_closed_notifications_come_from_dunst_history(desktop: VirtualDesktop) -> None:
    desktop.clear_notifications()
    subprocess.run(["notify-send", "-u", "normal", "Firing", "HighLatency"], env=desktop.env,
                   check=True, timeout=10)
    desktop.wait_for_notification(lambda n: n["summary"] == "Firing")
    subprocess.run(["dunstctl", "close-all"], env=desktop.env, check=True, timeout=10)
    note = desktop.wait_for_notification(lambda n: n["summary"] == "Firing" and n["closed"])
    assert note["body"] == "HighLatency"
    assert note["urgency"] == "normal"
    assert "timestamp" in note  # a field only dunstctl history has


@pytest.mark.desktop
def test_tray_selection_has_an_owner(desktop: VirtualDesktop) -> None:
    owner = desktop.tray_owner()
    assert owner != 0
    info = subprocess.run(["xwininfo", "-id", hex(owner)], env=desktop.env, capture_output=True,
                          text=True, timeout=10)
    assert info.returncode == 0, info.stderr


@pytest.mark.desktop
def test_screenshot_is_a_png_of_the_whole_screen(desktop: VirtualDesktop, tmp_path: Path) -> None:
    path = desktop.screenshot(tmp_path / "screen.png")
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", data[16:24]) == (1280, 800)


@pytest.mark.desktop
def test_env_points_at_the_private_desktop(desktop: VirtualDesktop) -> None:
    env = desktop.env
    assert env["DISPLAY"] == desktop.display
    assert env["DBUS_SESSION_BUS_ADDRESS"] == desktop.bus_address
    assert env["DBUS_SESSION_BUS_ADDRESS"] != os.environ.get("DBUS_SESSION_BUS_ADDRESS")
    assert env["QT_QPA_PLATFORM"] == "xcb"
    assert env.get("HOME") == os.environ.get("HOME")
    runtime = Path(env["XDG_RUNTIME_DIR"])
    assert runtime.is_dir() and runtime.stat().st_mode & 0o777 == 0o700


@pytest.mark.desktop
def test_keyring_and_stop_leave_nothing_behind() -> None:
    children_before = {pid for pid, info in _processes().items() if info[0] == os.getpid()}
    vd = VirtualDesktop(keyring=True).start()
    try:
        require("secret-tool")
        store = subprocess.run(["secret-tool", "store", "--label=probe", "service", "oncall-test"],
                               input="s3cret", env=vd.env, capture_output=True, text=True,
                               timeout=20)
        assert store.returncode == 0, store.stderr
        lookup = subprocess.run(["secret-tool", "lookup", "service", "oncall-test"], env=vd.env,
                                capture_output=True, text=True, timeout=20)
        assert lookup.stdout == "s3cret"
        pids, tmp, display = vd.pids, vd.tmp, vd.display
        assert len(pids) == 5
    finally:
        vd.stop()

    def left() -> dict:
        return {pid: info for pid, info in _processes().items()
                if pid in pids or info[1] in pids or str(tmp) in info[2]
                or (info[0] == os.getpid() and pid not in children_before)}

    # a killed process may still be exiting (no command line, reparented to init) for a moment
    try:
        wait_until(lambda: not left(), 5, "the desktop's processes to be gone")
    except AssertionError:
        assert left() == {}  # names what is left
    assert not tmp.exists()
    assert _x_socket_gone_or_taken(display[1:], pids)
    vd.stop()  # idempotent


def _x_socket_gone_or_taken(number: str, ours: list[int]) -> bool:
    """True when the X socket of display ``number`` is gone, or belongs to another X server that
    took the free number right after ours stopped (its lock file names a live pid none of ours:
    seen once in CI with helpers' Xvfbs starting beside the suite); False when ours left it."""
    if not Path(f"/tmp/.X11-unix/X{number}").exists():
        return True
    try:
        pid = int(Path(f"/tmp/.X{number}-lock").read_text().strip())
    except (OSError, ValueError):
        return False  # a socket without a server's lock: ours left it behind
    return pid not in ours and Path(f"/proc/{pid}").exists()


def test_missing_binary_names_the_debian_package(monkeypatch: pytest.MonkeyPatch,
                                                 tmp_path: Path) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(MissingDependency, match="'xvfb'"):
        VirtualDesktop().start()


@pytest.mark.desktop
def test_a_component_dying_at_start_is_reported_and_cleaned_up(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    fake = tmp_path / "trayer"
    fake.write_text("#!/bin/sh\necho 'trayer: cannot open display' >&2\nexit 3\n")
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", f"{tmp_path}{os.pathsep}{os.environ['PATH']}")
    children_before = {pid for pid, info in _processes().items() if info[0] == os.getpid()}
    vd = VirtualDesktop(timeout=10)
    with pytest.raises(DesktopError, match=r"(?s)trayer exited \(3\).*cannot open display"):
        vd.start()
    assert vd.tmp is None and vd.pids == []
    assert {pid for pid, info in _processes().items() if info[0] == os.getpid()} <= children_before
