"""Who the application is to the operating system (issue 7): the names under which the desktop
files, the Windows shortcut and registry value, the macOS bundle and LaunchAgent, and the
notifications credit it. No Qt; the packaging files (``packaging/``) use the same values and a
test keeps them in step.
"""

from __future__ import annotations

from . import APP_NAME

#: Reverse-DNS application ID: the Linux desktop entry and AppStream metainfo are named after it
#: (``com.conectcrm.OncallTray.desktop``) and Qt announces it as the desktop file name, so that
#: notifications and the window list credit oncall-tray (freedesktop.org desktop entry spec).
APP_ID = "com.conectcrm.OncallTray"
#: Windows AppUserModelID (``Company.Product``, no spaces, at most 128 characters): set for the
#: process and on the Start menu shortcut, so that Windows credits notifications and the taskbar
#: to oncall-tray rather than to Python.
WINDOWS_APP_USER_MODEL_ID = "ConectCRM.OncallTray"
#: macOS bundle identifier (Info.plist CFBundleIdentifier) and LaunchAgent label.
MACOS_BUNDLE_ID = "com.conectcrm.oncall-tray"
#: Name of the icon in the freedesktop.org icon theme (hicolor) and of the icon files.
ICON_NAME = APP_NAME
#: What people read: the application's display name.
DISPLAY_NAME = "oncall-tray"
