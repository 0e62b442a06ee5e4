"""The Linux one-dir bundle (issue 7), smoke-tested from a copy outside the checkout: the frozen
binary's --version and status --json against a real Alertmanager, the demo and the tray on a
virtual desktop notifying through dunst (via plyer), started with no stdin/stdout/stderr as a
windowed build is, and a second start focusing the first.

Runs only with ``--bundle``. Uses the bundle in ``$ONCALL_TRAY_BUNDLE`` (what ``.ci/run`` built
with ``packaging/build-linux``), or builds one from the spec into a temporary folder.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import make_alert
from test_single_instance import window_viewable
from tray_process import tray_colour_pixels, wait_until

from oncall_tray import __version__
from oncall_tray.core.overview import Light
from oncall_tray.ui.icons import COLOURS

pytestmark = pytest.mark.bundle
ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "pyinstaller" / "oncall-tray.spec"
#: The Qt libraries the application needs: the three modules it uses, D-Bus (the tray and
#: notifications on Linux), the X11 and Wayland platform libraries, ICU (Qt Core's dependency).
QT_LIBS = {"Core", "Gui", "Widgets", "DBus", "XcbQpa", "WaylandClient"}


def folder_size(folder: Path) -> tuple[int, int]:
    """(bytes, files) under ``folder``."""
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files), len(files)


@pytest.fixture(scope="session")
def bundle(tmp_path_factory) -> Path:
    """The bundle's executable, in a copy outside the checkout."""
    built = os.environ.get("ONCALL_TRAY_BUNDLE")
    if built:
        source = Path(built).resolve()
    else:
        work = tmp_path_factory.mktemp("pyinstaller")
        subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                        "--distpath", str(work / "dist"), "--workpath", str(work / "build"), str(SPEC)],
                       check=True, timeout=600)
        source = work / "dist" / "oncall-tray"
    target = tmp_path_factory.mktemp("elsewhere") / "oncall-tray"
    shutil.copytree(source, target, symlinks=True)
    assert ROOT not in target.parents
    return target / "oncall-tray"


def clean_env(**extra: str) -> dict[str, str]:
    """The environment without the checkout's virtual environment (no VIRTUAL_ENV, no
    PYTHONPATH, .venv/bin off PATH): the bundle must need none of it."""
    env = {k: v for k, v in os.environ.items() if k not in ("VIRTUAL_ENV", "PYTHONPATH", "PYTHONHOME")}
    env["PATH"] = os.pathsep.join(p for p in env.get("PATH", "").split(os.pathsep)
                                  if not p.startswith(str(ROOT)))
    env.update(LANG="en_US.UTF-8", LC_ALL="", LC_MESSAGES="", **extra)
    return env


def run(bundle: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([str(bundle), *args], capture_output=True, text=True, timeout=60, cwd=cwd,
                          env=clean_env(XDG_STATE_HOME=str(cwd / "state"), XDG_CONFIG_HOME=str(cwd / "config")))


def test_size_and_contents(bundle, capsys):
    size, files = folder_size(bundle.parent)
    with capsys.disabled():
        print(f"\nbundle {bundle.parent}: {size / 2**20:.0f} MiB in {files} files")
    assert size < 200 * 2**20
    qt = {p.name.split(".")[0].removeprefix("libQt6") for p in bundle.parent.rglob("libQt6*.so*")}
    assert qt <= QT_LIBS, f"Qt libraries not used by the application: {qt - QT_LIBS}"
    assert not list(bundle.parent.rglob("libgtk-3*")), "the GTK theme plugin's libraries were bundled"
    from PyInstaller.archive.readers import CArchiveReader

    modules = set(CArchiveReader(str(bundle)).open_embedded_archive("PYZ.pyz").toc)
    for name in ("oncall_tray.commands.status", "oncall_tray.commands.autostart_cmd",  # imported by name
                 "plyer.platforms.linux.notification", "keyring.backends.SecretService", "keyring.backends.kwallet",
                 "keyring.backends.chainer", "keyring.backends.fail", "dbus"):
        assert name in modules, f"{name} is not in the bundle"
    assert list(bundle.parent.rglob("keyring-*.dist-info/entry_points.txt")), "keyring finds its backends there"
    share = bundle.parent / "share"
    assert (share / "applications" / "com.conectcrm.OncallTray.desktop").is_file()
    assert (share / "icons" / "hicolor" / "48x48" / "apps" / "oncall-tray.png").is_file()


def test_version_and_status_json(bundle, alertmanager, tmp_path):
    version = run(bundle, "--version", cwd=tmp_path)
    assert version.returncode == 0, version.stderr
    assert version.stdout.strip() == f"oncall-tray {__version__}"
    alertmanager.post_alerts([make_alert("FrozenDown", "critical"), make_alert("FrozenSlow", "warning")])
    status = run(bundle, "--alertmanager", alertmanager.url, "status", "--json", cwd=tmp_path)
    assert status.returncode == 0, status.stderr
    doc = json.loads(status.stdout)
    assert doc["alertmanager"]["reachable"] is True
    assert [a["alertname"] for a in doc["alerts"]] == ["FrozenDown", "FrozenSlow"]
    assert doc["alerts"][0]["sla"]["escalation"] == "L1"
    text = run(bundle, "--alertmanager", alertmanager.url, "status", cwd=tmp_path)
    assert "Alerts: 2 (critical: 1, warning: 1)" in text.stdout  # translations found in the bundle


def _log(folder: Path) -> str:
    logs = list(folder.rglob("oncall-tray.log"))
    return logs[0].read_text(encoding="utf-8", errors="replace") if logs else ""


def desktop_env(desktop, tmp_path: Path) -> dict[str, str]:
    """``clean_env`` on the virtual desktop, with the user folders in ``tmp_path``."""
    env = clean_env(**{k: v for k, v in desktop.env.items() if k.startswith(("DISPLAY", "DBUS", "XDG_", "QT_"))})
    env.update(XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_STATE_HOME=str(tmp_path / "state"),
               XDG_CACHE_HOME=str(tmp_path / "cache"))
    return env


def stop(process: subprocess.Popen) -> int:
    """SIGTERM, as a session ends; the exit code (the process is killed after 15 s)."""
    process.send_signal(signal.SIGTERM)
    try:
        return process.wait(15)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


@pytest.mark.desktop
def test_demo_notifies_from_the_bundle(bundle, desktop, tmp_path):
    (tmp_path / "tmp").mkdir()  # the demo's own folder (its log too: code review 72 AH1) made there
    with open(tmp_path / "demo.out", "wb") as out:
        env = {**desktop_env(desktop, tmp_path), "TMPDIR": str(tmp_path / "tmp")}
        demo = subprocess.Popen([str(bundle), "demo"], env=env, cwd=tmp_path, stdout=out, stderr=out)
    try:
        note = desktop.wait_for_notification(lambda n: n["summary"].startswith("[Demo] Alerts firing: 12"), timeout=30)
        assert note["appname"] == "oncall-tray" and note["urgency"] == "critical"
        wait_until(lambda: tray_colour_pixels(desktop, tmp_path / "red.png", COLOURS[Light.CRITICAL]) > 20,
                   10, "a red tray icon")
        # notifications with actions (review 48 R2): dbus-python's GLib main loop is in the bundle
        assert "via notification with actions" in _log(tmp_path / "tmp")
    finally:
        code = stop(demo)
    assert code == 0
    assert "Traceback" not in _log(tmp_path / "state") + (tmp_path / "demo.out").read_text()


def _no_stdio() -> None:
    """In the child before exec: close stdin, stdout and stderr, as a windowed start has none."""
    for fd in (0, 1, 2):
        os.close(fd)


@pytest.mark.desktop
def test_tray_without_stdio_notifies_and_a_second_start_focuses_it(bundle, desktop, alertmanager, tmp_path):
    alertmanager.post_alerts([make_alert("NoConsole", "critical")])
    settings = tmp_path / "config.yaml"
    settings.write_text(f"alertmanager_url: {alertmanager.url}\npoll_interval: 1\nlanguage: en\n")
    # an event loop without GLib: no notifications with actions, plyer's (its platform module is bundled)
    env = {**desktop_env(desktop, tmp_path), "QT_NO_GLIB": "1"}
    tray = subprocess.Popen([str(bundle), "--config", str(settings)], env=env, cwd=tmp_path,
                            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            preexec_fn=_no_stdio)
    try:
        desktop.wait_for_notification(lambda n: "NoConsole" in n["summary"] + n["body"], timeout=30)
        started = time.monotonic()
        second = subprocess.run([str(bundle), "--config", str(settings)], env=env, cwd=tmp_path,
                                capture_output=True, text=True, timeout=30)
        assert second.returncode == 0, second.stderr
        assert time.monotonic() - started < 10
        wait_until(lambda: window_viewable(desktop, "oncall-tray — alerts"), 5, "the first tray's window")
    finally:
        code = stop(tray)
    assert code == 0
    log = _log(tmp_path / "state")
    assert "via plyer" in log and "Traceback" not in log, log[-3000:]
