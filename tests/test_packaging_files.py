"""The packaging files (issue 7) are valid and agree with the application's identity: the Linux
desktop entry and AppStream metainfo pass their validators, the icons are rendered from the
current SVG, the macOS Info.plist makes a tray-only agent, the Windows installer names the
AppUserModelID, icon and executable that the application and the spec use."""

from __future__ import annotations

import plistlib
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from oncall_tray.core.overview import Light
from oncall_tray.identity import APP_ID, MACOS_BUNDLE_ID, WINDOWS_APP_USER_MODEL_ID
from oncall_tray.ui.icons import tray_icon

ROOT = Path(__file__).resolve().parents[1]
LINUX = ROOT / "packaging" / "linux"


def tool(name: str, package: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.fail(f"{name} missing: install the Debian package {package!r} (.ci/install-system-packages)")
    return path


def test_desktop_entry_is_valid_and_named_after_the_app_id():
    entry = LINUX / f"{APP_ID}.desktop"
    result = subprocess.run([tool("desktop-file-validate", "desktop-file-utils"), str(entry)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout
    text = entry.read_text()
    assert "Icon=oncall-tray" in text and "Exec=oncall-tray" in text


def test_metainfo_is_valid():
    metainfo = LINUX / f"{APP_ID}.metainfo.xml"
    result = subprocess.run([tool("appstreamcli", "appstream"), "validate", "--no-net", str(metainfo)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    text = metainfo.read_text()
    assert f"<id>{APP_ID}</id>" in text and f"{APP_ID}.desktop" in text


def test_icons_are_rendered_from_the_current_svg():
    result = subprocess.run([sys.executable, str(ROOT / "packaging" / "icons" / "render_icons.py"), "--check"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    icon = QImage(str(ROOT / "resources" / "icons" / "hicolor" / "256x256" / "apps" / "oncall-tray.png"))
    assert icon.width() == 256 and icon.pixelColor(128, 128).alpha() == 255


def test_macos_info_plist_is_a_tray_only_agent():
    info = plistlib.loads((ROOT / "packaging" / "macos" / "Info.plist").read_bytes())
    assert info["LSUIElement"] is True  # no Dock icon, the status item only
    assert info["CFBundleIdentifier"] == MACOS_BUNDLE_ID
    assert (ROOT / "packaging" / "macos" / info["CFBundleIconFile"]).is_file()


def test_status_icon_is_coloured_not_a_template(qapp):
    assert not any(tray_icon(light, 3).isMask() for light in Light)  # macOS: no monochrome template


def test_windows_installer_agrees_with_the_app_and_the_spec():
    iss = (ROOT / "packaging" / "windows" / "oncall-tray.iss").read_text()
    defines = dict(re.findall(r'#define (\w+) "([^"]*)"', iss))
    assert defines["AppUserModelID"] == WINDOWS_APP_USER_MODEL_ID
    assert defines["AppExe"] == "oncall-tray.exe"
    assert "PrivilegesRequired=lowest" in iss and "{userprograms}" in iss
    assert (ROOT / "packaging" / "windows" / re.search(r"SetupIconFile=(\S+)", iss).group(1)).is_file()
    spec = (ROOT / "packaging" / "pyinstaller" / "oncall-tray.spec").read_text()
    assert 'NAME = "oncall-tray"' in spec and "oncall-tray.ico" in spec
    assert r"Software\Microsoft\Windows\CurrentVersion\Run" in iss  # the key autostart.py writes
