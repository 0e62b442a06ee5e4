"""Start with the session (issue 7): one entry per user that starts the tray at login.

* Linux and other XDG desktops: ``$XDG_CONFIG_HOME/autostart/oncall-tray.desktop`` (freedesktop.org
  Desktop Application Autostart spec). A system-wide entry of the same name in
  ``$XDG_CONFIG_DIRS/autostart`` is overridden by a user entry with ``Hidden=true``.
* Windows: the value ``oncall-tray`` under ``HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run``.
* macOS: the LaunchAgent ``~/Library/LaunchAgents/com.conectcrm.oncall-tray.plist`` (RunAtLoad), read
  by launchd at the next login.

The entry itself is the setting: nothing is copied into the settings file, so the two never
disagree. No Qt here.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from . import APP_NAME
from .identity import ICON_NAME, MACOS_BUNDLE_ID

ENTRY = f"{APP_NAME}.desktop"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
SECTION = "Desktop Entry"


@dataclass(frozen=True)
class AutostartState:
    """Whether the tray starts with the session, where that is recorded (a file path, or the
    registry key and value), and the command the entry runs (None when off or unreadable)."""

    enabled: bool
    location: str
    command: tuple[str, ...] | None = None


def launch_command(config: Path | None = None, *, options: Sequence[str] = (), frozen: bool | None = None,
                   executable: str | None = None, platform: str = sys.platform) -> list[str]:
    """The command that starts the tray of this installation.

    A PyInstaller bundle: its own executable. A pip or pipx install: the ``oncall-tray`` script
    beside the interpreter (``oncall-tray-gui.exe`` on Windows, which opens no console), else
    ``python -m oncall_tray``. ``config`` (a settings file given with ``--config``) is passed on
    as an absolute path, then ``options`` as they are (``--alertmanager URL``...).
    """
    frozen = getattr(sys, "frozen", False) if frozen is None else frozen
    executable = executable or sys.executable
    if frozen:
        command = [executable]
    else:
        folder = Path(executable).parent
        names = ("oncall-tray-gui.exe", "oncall-tray.exe") if platform == "win32" else ("oncall-tray",)
        script = next((folder / n for n in names if (folder / n).is_file()), None)
        if script is not None:
            command = [str(script)]
        else:
            if platform == "win32":  # pythonw runs the module without a console window
                pythonw = Path(executable).with_name("pythonw.exe")
                executable = str(pythonw) if pythonw.is_file() else executable
            command = [executable, "-m", "oncall_tray"]
    if config is not None:
        command += ["--config", str(Path(config).absolute())]
    return command + list(options)


# -- desktop entry Exec quoting (freedesktop.org Desktop Entry spec, "The Exec key") ---------

_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")
_STRING_ESCAPES = {"s": " ", "n": "\n", "t": "\t", "r": "\r", "\\": "\\"}


def exec_value(argv: Sequence[str]) -> str:
    """The ``Exec=`` value for ``argv``: arguments with reserved characters double-quoted with
    ``"`$\\`` backslash-escaped, ``%`` doubled, and then the string escaping of the key's value
    applied (so each backslash is written twice). Raises ValueError for a newline or NUL."""
    parts = []
    for arg in argv:
        if "\n" in arg or "\0" in arg or "\r" in arg:
            raise ValueError(f"an argument of a desktop entry cannot hold a line break: {arg!r}")
        if not arg or any(c in _RESERVED for c in arg):
            arg = '"' + "".join("\\" + c if c in '"`$\\' else c for c in arg) + '"'
        parts.append(arg.replace("%", "%%"))
    return " ".join(parts).replace("\\", "\\\\")


def parse_exec(value: str) -> list[str]:
    """The arguments of an ``Exec=`` value as written in the file (the inverse of
    ``exec_value``; field codes such as ``%U`` are dropped). Raises ValueError when malformed."""
    unescaped, i = [], 0
    while i < len(value):  # the string escapes of the key's value first
        c = value[i]
        if c == "\\" and i + 1 < len(value) and value[i + 1] in _STRING_ESCAPES:
            unescaped.append(_STRING_ESCAPES[value[i + 1]])
            i += 2
            continue
        unescaped.append(c)
        i += 1
    text = "".join(unescaped)
    args: list[str] = []
    current: list[str] | None = None
    quoted, i = False, 0
    while i < len(text):
        c = text[i]
        if quoted:
            if c == "\\" and i + 1 < len(text) and text[i + 1] in '"`$\\':
                current.append(text[i + 1])
                i += 1
            elif c == '"':
                quoted = False
            else:
                current.append(c)
        elif c == '"':
            quoted, current = True, current if current is not None else []
        elif c in " \t":
            if current is not None:
                args.append("".join(current))
            current = None
        else:
            current = (current or []) + [c]
        i += 1
    if quoted:
        raise ValueError(f"unterminated quote in Exec={value}")
    if current is not None:
        args.append("".join(current))
    out = []
    for arg in args:
        if len(arg) == 2 and arg[0] == "%" and arg[1] != "%":
            continue  # a field code (%f, %U, ...): nothing to pass at login
        out.append(arg.replace("%%", "%"))
    return out


def desktop_entry(argv: Sequence[str]) -> str:
    """The text of the autostart desktop entry that runs ``argv``."""
    return "\n".join([
        f"[{SECTION}]",
        "Type=Application",
        "Name=oncall-tray",
        "Comment=Watches Prometheus Alertmanager for the on-call engineer",
        "Comment[pt_BR]=Vigia o Prometheus Alertmanager para o plantonista",
        f"Exec={exec_value(argv)}",
        f"Icon={ICON_NAME}",
        "Terminal=false",
        "Categories=System;Monitor;",
        "X-GNOME-Autostart-enabled=true",
        # KDE Plasma: start once the panel (and its system tray) is there.
        "X-KDE-autostart-after=panel",
        "",
    ])


def _read_entry(path: Path) -> Mapping[str, str] | None:
    import configparser  # only where an entry exists to read (memory, issue 2)

    parser = configparser.ConfigParser(interpolation=None, strict=False)
    parser.optionxform = str  # keys are case-sensitive
    try:
        parser.read_string(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, configparser.Error):
        return None
    return parser[SECTION] if parser.has_section(SECTION) else None


def _entry_enabled(entry: Mapping[str, str]) -> bool:
    return (entry.get("Hidden", "false").strip().lower() != "true"
            and entry.get("X-GNOME-Autostart-enabled", "true").strip().lower() != "false")


class XdgAutostart:
    """The XDG autostart entry.

    Args:
        env: the environment to read ``XDG_CONFIG_HOME``, ``XDG_CONFIG_DIRS`` and ``HOME`` from.
    """

    def __init__(self, env: Mapping[str, str] | None = None) -> None:
        env = os.environ if env is None else env
        home = Path(env.get("HOME") or Path.home())
        self.folder = Path(env.get("XDG_CONFIG_HOME") or home / ".config") / "autostart"
        dirs = env.get("XDG_CONFIG_DIRS") or "/etc/xdg"
        self.system_folders = [Path(d) / "autostart" for d in dirs.split(":") if d]
        self.path = self.folder / ENTRY

    def _system_entry(self) -> Path | None:
        return next((f / ENTRY for f in self.system_folders if (f / ENTRY).is_file()), None)

    def state(self) -> AutostartState:
        """On when the user's entry (or else a system-wide one) exists and is not disabled."""
        path = self.path if self.path.is_file() else self._system_entry()
        if path is None:
            return AutostartState(False, str(self.path))
        entry = _read_entry(path)
        if entry is None or not _entry_enabled(entry):
            return AutostartState(False, str(path))
        try:
            command = tuple(parse_exec(entry.get("Exec", "")))
        except ValueError:
            command = None
        return AutostartState(True, str(path), command or None)

    def enable(self, argv: Sequence[str]) -> AutostartState:
        """Write the user's entry (atomically). Raises UnwritablePath (an OSError, ``config_write``)."""
        from .config_write import atomic_write_text

        atomic_write_text(self.path, desktop_entry(argv))
        return self.state()

    def disable(self) -> AutostartState:
        """Remove the user's entry; where a system-wide entry exists, hide it for this user
        instead (``Hidden=true``). Raises UnwritablePath (an OSError, ``config_write``)."""
        from .config_write import atomic_write_text, remove_file

        if self._system_entry() is not None:
            atomic_write_text(self.path, f"[{SECTION}]\nType=Application\nName=oncall-tray\nHidden=true\n")
        else:
            remove_file(self.path)
        return self.state()


class WindowsRunKey:
    """The per-user ``Run`` registry value (read by Explorer at login)."""

    location = "HKEY_CURRENT_USER\\" + RUN_KEY + "\\" + APP_NAME

    def state(self) -> AutostartState:
        """On when the value exists and is not empty."""
        import winreg

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
                value, _kind = winreg.QueryValueEx(key, APP_NAME)
        except OSError:
            return AutostartState(False, self.location)
        return AutostartState(bool(value), self.location, tuple(split_windows_command(value)) or None)

    def enable(self, argv: Sequence[str]) -> AutostartState:
        """Set the value to the quoted command line. Raises OSError."""
        import subprocess  # Windows only
        import winreg

        with winreg.CreateKeyEx(winreg.HKEY_CURRENT_USER, RUN_KEY, 0, winreg.KEY_SET_VALUE) as key:
            winreg.SetValueEx(key, APP_NAME, 0, winreg.REG_SZ, subprocess.list2cmdline(list(argv)))
        return self.state()

    def disable(self) -> AutostartState:
        """Delete the value (nothing to do when it is absent). Raises OSError."""
        import winreg

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY, 0, winreg.KEY_SET_VALUE) as key:
                winreg.DeleteValue(key, APP_NAME)
        except FileNotFoundError:
            pass
        return self.state()


def split_windows_command(line: str) -> list[str]:
    """Split a Windows command line as ``CommandLineToArgvW`` does for the simple cases that
    ``subprocess.list2cmdline`` writes (quotes, and backslashes before quotes)."""
    args, current, quoted, i, started = [], [], False, 0, False
    while i < len(line):
        c = line[i]
        if c == "\\":
            n = len(line[i:]) - len(line[i:].lstrip("\\"))
            if i + n < len(line) and line[i + n] == '"':
                current.append("\\" * (n // 2))
                if n % 2:
                    current.append('"')
                    i += n + 1
                    started = True
                    continue
                i += n
                continue
            current.append("\\" * n)
            i += n
            started = True
            continue
        if c == '"':
            quoted, started = not quoted, True
        elif c in " \t" and not quoted:
            if started:
                args.append("".join(current))
            current, started = [], False
        else:
            current.append(c)
            started = True
        i += 1
    if started:
        args.append("".join(current))
    return args


class MacLaunchAgent:
    """A per-user LaunchAgent with ``RunAtLoad``: launchd starts it at the next login.

    Args:
        home: the user's home folder.
    """

    def __init__(self, home: Path | None = None) -> None:
        self.path = Path(home or Path.home()) / "Library" / "LaunchAgents" / f"{MACOS_BUNDLE_ID}.plist"

    def state(self) -> AutostartState:
        """On when the agent's plist exists, is readable and not ``Disabled``."""
        import plistlib  # macOS only: not loaded (with its XML parser) elsewhere

        try:
            with open(self.path, "rb") as handle:
                doc = plistlib.load(handle)
        except (OSError, plistlib.InvalidFileException, ValueError):
            return AutostartState(False, str(self.path))
        command = tuple(str(a) for a in doc.get("ProgramArguments", ())) or None
        return AutostartState(not doc.get("Disabled", False), str(self.path), command)

    def enable(self, argv: Sequence[str]) -> AutostartState:
        """Write the agent's plist (atomically). Raises UnwritablePath (an OSError, ``config_write``)."""
        import plistlib

        from .config_write import atomic_write_text

        doc = {
            "Label": MACOS_BUNDLE_ID,
            "ProgramArguments": list(argv),
            "RunAtLoad": True,
            "ProcessType": "Interactive",
            "LimitLoadToSessionType": "Aqua",  # the graphical login only, not ssh sessions
        }
        atomic_write_text(self.path, plistlib.dumps(doc).decode("utf-8"))  # XML, UTF-8
        return self.state()

    def disable(self) -> AutostartState:
        """Remove the agent's plist. Raises UnwritablePath (an OSError, ``config_write``)."""
        from .config_write import remove_file

        remove_file(self.path)
        return self.state()


def for_platform(platform: str = sys.platform, env: Mapping[str, str] | None = None):
    """The autostart mechanism of ``platform`` (``sys.platform`` values): ``WindowsRunKey``,
    ``MacLaunchAgent`` or ``XdgAutostart`` (every other system)."""
    if platform == "win32":
        return WindowsRunKey()
    if platform == "darwin":
        home = (env or os.environ).get("HOME")
        return MacLaunchAgent(Path(home) if home else None)
    return XdgAutostart(env)
