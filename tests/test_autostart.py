"""Start with the session (issue 7): the entry's format on each system, and on Linux for real:
`autostart on` writes an XDG autostart entry that desktop-file-validate accepts and that GLib's
launcher (what GNOME runs at login) starts the tray with; `off` removes it."""

from __future__ import annotations

import os
import plistlib
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import make_alert
from tray_process import wait_until

from oncall_tray import autostart

TRICKY = ["/opt/on call/bin/oncall-tray", "--config", "/home/zé/$HOME/x%y \"q\" `b` \\ 'a'.yaml", "", "plain"]


def cli(*args: str, env: dict) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "oncall_tray", *args], capture_output=True, text=True,
                          timeout=60, env=env)


@pytest.fixture
def xdg(tmp_path):
    """An environment whose user and system config folders are in ``tmp_path``."""
    env = {**os.environ, "HOME": str(tmp_path / "home"), "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "XDG_CONFIG_DIRS": str(tmp_path / "etc-xdg"), "XDG_STATE_HOME": str(tmp_path / "state"),
           "LANG": "en_US.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""}
    return env


def test_exec_value_round_trips_reserved_characters():
    value = autostart.exec_value(TRICKY)
    assert autostart.parse_exec(value) == TRICKY
    assert "%%" in value  # a lone % would be a field code
    assert autostart.exec_value(["/usr/bin/oncall-tray"]) == "/usr/bin/oncall-tray"
    with pytest.raises(ValueError):
        autostart.exec_value(["a\nb"])


def test_field_codes_are_dropped_and_bad_quotes_refused():
    assert autostart.parse_exec("oncall-tray %U --verbose") == ["oncall-tray", "--verbose"]
    with pytest.raises(ValueError):
        autostart.parse_exec('oncall-tray "unterminated')


def test_windows_command_line_round_trips():
    args = ["C:\\Program Files\\oncall-tray\\oncall-tray.exe", "--config", 'C:\\a b\\"q"\\', "x\\\\y"]
    assert autostart.split_windows_command(subprocess.list2cmdline(args)) == args


def test_launch_command_for_a_bundle_a_venv_and_a_bare_interpreter(tmp_path):
    assert autostart.launch_command(frozen=True, executable="/opt/oncall-tray/oncall-tray") == \
        ["/opt/oncall-tray/oncall-tray"]
    bin_dir = tmp_path / "venv" / "bin"
    bin_dir.mkdir(parents=True)
    (bin_dir / "oncall-tray").write_text("#!/bin/sh\n")
    assert autostart.launch_command(tmp_path / "c.yaml", frozen=False, executable=str(bin_dir / "python")) == \
        [str(bin_dir / "oncall-tray"), "--config", str(tmp_path / "c.yaml")]
    bare = tmp_path / "python3"
    assert autostart.launch_command(frozen=False, executable=str(bare)) == [str(bare), "-m", "oncall_tray"]
    scripts = tmp_path / "Scripts"
    scripts.mkdir()
    (scripts / "oncall-tray-gui.exe").write_bytes(b"MZ")
    (scripts / "oncall-tray.exe").write_bytes(b"MZ")
    assert autostart.launch_command(frozen=False, executable=str(scripts / "python.exe"), platform="win32") == \
        [str(scripts / "oncall-tray-gui.exe")]  # no console window at login


def test_macos_launch_agent_runs_at_load(tmp_path):
    agent = autostart.MacLaunchAgent(tmp_path)
    state = agent.enable(["/Applications/oncall-tray.app/Contents/MacOS/oncall-tray"])
    assert state.enabled and state.location.endswith("Library/LaunchAgents/com.conectcrm.oncall-tray.plist")
    doc = plistlib.loads(Path(state.location).read_bytes())
    assert doc["Label"] == "com.conectcrm.oncall-tray" and doc["RunAtLoad"] is True
    assert doc["ProgramArguments"] == ["/Applications/oncall-tray.app/Contents/MacOS/oncall-tray"]
    assert not agent.disable().enabled and not Path(state.location).exists()


def test_cli_on_status_off(xdg, tmp_path):
    entry = tmp_path / "config" / "autostart" / "oncall-tray.desktop"
    assert "off" in cli("autostart", "status", env=xdg).stdout
    (tmp_path / "my settings.yaml").write_text("engineer: ana\n", encoding="utf-8")
    on = cli("--config", str(tmp_path / "my settings.yaml"), "autostart", "on", env=xdg)
    assert on.returncode == 0, on.stderr
    assert on.stdout.splitlines()[:2] == ["Start with the session: on", str(entry)]
    text = entry.read_text()
    assert "X-GNOME-Autostart-enabled=true" in text and "Icon=oncall-tray" in text
    status = cli("autostart", "status", env=xdg)
    assert "Start with the session: on" in status.stdout
    assert str(tmp_path / "my settings.yaml") in status.stdout
    watched = cli("--alertmanager", "http://am-a:9093,http://am-b:9093", "--prometheus", "http://prom:9090",
                  "autostart", "on", env=xdg)  # the options given are what the entry starts
    assert watched.returncode == 0, watched.stderr
    assert watched.stdout.splitlines()[2].endswith(
        " --alertmanager http://am-a:9093,http://am-b:9093 --prometheus http://prom:9090")
    off = cli("autostart", "off", env=xdg)
    assert off.returncode == 0 and "Start with the session: off" in off.stdout
    assert not entry.exists()
    assert cli("autostart", "off", env=xdg).returncode == 0  # already off: nothing to do


def test_on_with_a_broken_settings_file_says_what_the_tray_will_do(xdg, tmp_path):
    """Review 42 F9: ``autostart on`` said "on" and nothing of a settings file it could not read."""
    settings = tmp_path / "broken.yaml"
    settings.write_text("poll_interval: [\n", encoding="utf-8")
    on = cli("--config", str(settings), "autostart", "on", env=xdg)
    assert on.returncode == 0 and on.stdout.startswith("Start with the session: on"), on.stderr
    lines = on.stderr.splitlines()
    assert lines[0].startswith(f"oncall-tray: {settings}: ") and lines[0].endswith("(every setting has its default)")
    assert lines[1] == ("oncall-tray: Until the settings file is fixed, the tray started with the session says what is "
                        "wrong with it and runs on the defaults where it is wrong.")
    settings.write_text("engineer: ana\n", encoding="utf-8")
    assert cli("--config", str(settings), "autostart", "on", env=xdg).stderr == ""


@pytest.mark.parametrize("language, cannot, create, remove", [
    ("en", "cannot change the autostart entry", "cannot create %1: it is a folder, not a file.",
     "cannot remove %1: it is a folder, not a file."),
    ("pt_BR", "não foi possível alterar a inicialização automática",
     "não é possível criar %1: é uma pasta, não um arquivo.", "não é possível remover %1: é uma pasta, não um arquivo."),
])
def test_a_folder_in_the_way_is_said_for_on_and_off_in_the_engineers_language(xdg, tmp_path, language, cannot,
                                                                             create, remove):
    """Code review 65 T14: with a folder where the entry goes, ``on`` said why in English and
    ``off`` said Python's "[Errno 21] Is a directory: …", in a Portuguese session too."""
    entry = tmp_path / "config" / "autostart" / "oncall-tray.desktop"
    entry.mkdir(parents=True)
    env = {**xdg, "LANGUAGE": language}
    on = cli("autostart", "on", env=env)
    assert on.returncode == 1 and on.stderr == f"oncall-tray: {cannot}: {create.replace('%1', str(entry))}\n", on.stderr
    off = cli("autostart", "off", env=env)
    assert off.returncode == 1 and off.stderr == f"oncall-tray: {cannot}: {remove.replace('%1', str(entry))}\n", \
        off.stderr
    assert entry.is_dir() and not on.stdout and not off.stdout  # left as it was


def test_off_hides_a_system_wide_entry_for_this_user(xdg, tmp_path):
    system = tmp_path / "etc-xdg" / "autostart"
    system.mkdir(parents=True)
    (system / "oncall-tray.desktop").write_text(autostart.desktop_entry(["/usr/bin/oncall-tray"]))
    assert "on" in cli("autostart", "status", env=xdg).stdout.splitlines()[0]
    off = cli("autostart", "off", env=xdg)
    assert off.returncode == 0 and "off" in off.stdout.splitlines()[0]
    assert "Hidden=true" in (tmp_path / "config" / "autostart" / "oncall-tray.desktop").read_text()


def test_status_warns_when_the_entry_points_to_a_removed_install(xdg, tmp_path):
    folder = tmp_path / "config" / "autostart"
    folder.mkdir(parents=True)
    (folder / "oncall-tray.desktop").write_text(autostart.desktop_entry([str(tmp_path / "gone" / "oncall-tray")]))
    status = cli("autostart", "status", env=xdg)
    assert status.returncode == 0 and "does not exist any more" in status.stderr


def test_entry_passes_desktop_file_validate(tmp_path):
    if shutil.which("desktop-file-validate") is None:
        pytest.fail("desktop-file-validate missing: install 'desktop-file-utils' (.ci/install-system-packages)")
    path = tmp_path / "oncall-tray.desktop"
    path.write_text(autostart.desktop_entry(TRICKY[:3]))
    result = subprocess.run(["desktop-file-validate", str(path)], capture_output=True, text=True)
    assert result.returncode == 0 and "error" not in result.stdout.lower(), result.stdout


def _pids_with(marker: str) -> list[int]:
    pids = []
    for proc in Path("/proc").iterdir():
        if proc.name.isdigit():
            try:
                if marker.encode() in (proc / "cmdline").read_bytes():
                    pids.append(int(proc.name))
            except OSError:
                pass
    return pids


@pytest.mark.desktop
def test_the_entry_starts_the_tray_at_login(desktop, alertmanager, xdg, tmp_path):
    """GLib's launcher (gio launch: the code GNOME's session uses for autostart entries) runs the
    entry that `autostart on` wrote; the tray it starts watches the configured Alertmanager."""
    folder = tmp_path / "odd $dir `with` spaces"
    folder.mkdir()
    settings = folder / "config.yaml"
    settings.write_text(f"alertmanager_url: {alertmanager.url}\npoll_interval: 1\nlanguage: en\n")
    alertmanager.post_alerts([make_alert("AutostartDown", "critical")])
    env = {**desktop.env, **{k: xdg[k] for k in ("HOME", "XDG_CONFIG_HOME", "XDG_CONFIG_DIRS", "XDG_STATE_HOME")},
           "XDG_CACHE_HOME": str(tmp_path / "cache")}
    assert cli("--config", str(settings), "autostart", "on", env=env).returncode == 0
    entry = tmp_path / "config" / "autostart" / "oncall-tray.desktop"
    with open(tmp_path / "launched.log", "wb") as log:  # the tray inherits it: no pipe to wait on
        launched = subprocess.run(["gio", "launch", str(entry)], env=env, stdout=log, stderr=log, timeout=30)
    assert launched.returncode == 0, (tmp_path / "launched.log").read_text()
    try:
        note = desktop.wait_for_notification(lambda n: "AutostartDown" in n["summary"] + n["body"], timeout=20)
        assert note["appname"] == "oncall-tray"
        assert _pids_with(str(settings)), "the tray started by the entry is not running"
    finally:
        for pid in _pids_with(str(settings)):
            os.kill(pid, signal.SIGTERM)
        wait_until(lambda: not _pids_with(str(settings)), 10, "the autostarted tray to quit")
    assert cli("autostart", "off", env=env).returncode == 0
    assert not entry.exists()


def test_the_menu_tick_follows_the_entry_changed_from_the_command_line(qtbot, tmp_path, monkeypatch):
    """Review 16: after `oncall-tray autostart off`, the running tray's menu still ticked
    "Start with the session"; it reads the entry again each time the menu opens."""
    from conftest import running_tray

    from oncall_tray.config import Config

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(tmp_path / "etc-xdg"))
    with running_tray(qtbot, Config(alertmanager_url="http://127.0.0.1:9", notifications=False), tmp_path) as ctl:
        action = ctl.tray.autostart_action
        assert not action.isChecked()
        action.trigger()  # ticked in the menu: the entry is written
        assert action.isChecked() and autostart.for_platform().state().enabled
        autostart.for_platform().disable()  # `oncall-tray autostart off` in a terminal
        ctl.tray.menu.aboutToShow.emit()  # the menu opens again
        assert not action.isChecked()
        autostart.for_platform().enable(["/usr/bin/oncall-tray"])  # `autostart on`
        ctl.tray.menu.aboutToShow.emit()
        assert action.isChecked()


@pytest.mark.parametrize("language, title, create, remove", [
    ("english", "Cannot change the autostart entry", "cannot create %1: it is a folder, not a file.",
     "cannot remove %1: it is a folder, not a file."),
    ("portuguese", "Não foi possível alterar a inicialização automática",
     "não é possível criar %1: é uma pasta, não um arquivo.", "não é possível remover %1: é uma pasta, não um arquivo."),
])
def test_the_menu_says_a_folder_in_the_way_for_on_and_off_in_the_engineers_language(
        qtbot, tmp_path, monkeypatch, request, language, title, create, remove):
    """Code review 65 T14, the tray: its notice said ``str(exc)``, English (and for *off*
    Python's "[Errno 21] Is a directory: …") in a Portuguese session."""
    from conftest import running_tray

    from oncall_tray.config import Config

    request.getfixturevalue(language)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(tmp_path / "etc-xdg"))
    entry = tmp_path / "config" / "autostart" / "oncall-tray.desktop"
    entry.parent.mkdir(parents=True)
    entry.write_text(autostart.desktop_entry(["/usr/bin/oncall-tray"]))
    with running_tray(qtbot, Config(alertmanager_url="http://127.0.0.1:9", notifications=False), tmp_path) as ctl:
        notices = []
        ctl.notifier.show = notices.extend
        action = ctl.tray.autostart_action
        ctl.tray.menu.aboutToShow.emit()
        assert action.isChecked()
        entry.unlink()
        entry.mkdir()  # a folder took the entry's name meanwhile
        action.trigger()  # untick: off
        action.trigger()  # tick: on
        assert [(n.title, n.body) for n in notices] == [(title, remove.replace("%1", str(entry))),
                                                        (title, create.replace("%1", str(entry)))]
        assert not action.isChecked() and entry.is_dir()
