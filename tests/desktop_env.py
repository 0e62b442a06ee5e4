"""A real, private virtual desktop for tests: Xvfb, a D-Bus session bus, dunst, trayer and
optionally gnome-keyring, each a child process that `VirtualDesktop` owns and always reaps.

Readiness is polled against a deadline; nothing waits with a fixed sleep.
"""
from __future__ import annotations

import contextlib
import ctypes
import functools
import json
import os
from fd_wait import readable
from qt_pause import pause
import shlex
import shutil
import signal
import subprocess
import tempfile
import time
import weakref
from pathlib import Path
from typing import Any, Callable

POLL_INTERVAL = 0.02  # seconds between two checks of a condition
KILL_AFTER = 3.0  # seconds between SIGTERM and SIGKILL in stop()
TRAY_SELECTION = "_NET_SYSTEM_TRAY_S0"
#: Binary -> the Debian package that ships it (all listed in .ci/install-system-packages).
PACKAGES = {"Xvfb": "xvfb", "dbus-daemon": "dbus-daemon", "dbus-send": "dbus-bin",
            "dunst": "dunst", "dunstctl": "dunst", "trayer": "trayer", "import": "imagemagick",
            "gnome-keyring-daemon": "gnome-keyring", "notify-send": "libnotify-bin",
            "secret-tool": "libsecret-tools", "xwininfo": "x11-utils", "openbox": "openbox"}
# Our own bus config rather than `--session`: the stock one reads /usr/share/dbus-1/services,
# so the bus would auto-start a second dunst or a gnome-keyring-daemon that nobody stops.
_BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig><type>session</type><listen>unix:path={socket}</listen><auth>EXTERNAL</auth>
<policy context="default"><allow send_destination="*" eavesdrop="true"/>
<allow eavesdrop="true"/><allow own="*"/></policy></busconfig>
"""
_DUNSTRC = """[global]
    monitor = 0
    follow = none
    origin = top-right
    offset = 10x42
    width = 360
    font = DejaVu Sans 10
    history_length = 100
    sticky_history = yes
    always_run_script = true
    stack_duplicates = {stack}
    dmenu = {menu}
[log_every_notification]
    script = {script}
"""
# dunst 1.9's `dunstctl history` holds only *closed* notifications and lacks the urgency, so
# a rule script also logs each one dunst shows (its DUNST_* env, NUL-separated, atomically).
_LOG_SCRIPT = """#!/bin/sh
f=$(mktemp {dir}/.n.XXXXXX) && env -0 >"$f" && mv "$f" {dir}/"${{f##*/.}}.env"
"""
# dunst's context menu (`dunstctl context`) asks `dmenu` for a choice: this one keeps the lines offered
# in menu.in and answers with the first holding menu.choice's text (``VirtualDesktop.choose_action``).
_MENU_SCRIPT = """#!/bin/sh
cat >{dir}/.menu.in && mv {dir}/.menu.in {dir}/menu.in
[ -f {dir}/menu.choice ] && grep -F -f {dir}/menu.choice {dir}/menu.in | head -n 1
exit 0
"""
_LOG_KEYS = {"DUNST_SUMMARY": "summary", "DUNST_BODY": "body", "DUNST_APP_NAME": "appname",
             "DUNST_URGENCY": "urgency", "DUNST_ICON_PATH": "icon_path",
             "DUNST_CATEGORY": "category", "DUNST_ID": "id", "DUNST_TIMEOUT": "expire_ms"}


class DesktopError(RuntimeError):
    """A desktop component failed to start, died, or was not ready in time."""


class MissingDependency(DesktopError):
    """A binary or library the desktop needs is missing; the message names the package."""


def require(*binaries: str) -> None:
    """Raise MissingDependency, naming its Debian package, for the first binary not on PATH."""
    for binary in binaries:
        if shutil.which(binary) is None:
            raise MissingDependency(
                f"{binary!r} not found on PATH: install the Debian package "
                f"{PACKAGES.get(binary, binary)!r} (bash .ci/install-system-packages)")


@functools.lru_cache(maxsize=None)
def _libx11() -> ctypes.CDLL:
    try:
        lib = ctypes.CDLL("libX11.so.6")
    except OSError as exc:
        raise MissingDependency("libX11.so.6: install the Debian package 'libx11-6'") from exc
    vp, ul = ctypes.c_void_p, ctypes.c_ulong
    lib.XOpenDisplay.restype, lib.XOpenDisplay.argtypes = vp, [ctypes.c_char_p]
    lib.XInternAtom.restype, lib.XInternAtom.argtypes = ul, [vp, ctypes.c_char_p, ctypes.c_int]
    lib.XGetSelectionOwner.restype, lib.XGetSelectionOwner.argtypes = ul, [vp, ul]
    lib.XCloseDisplay.argtypes = [vp]
    return lib


def selection_owner(display: str, selection: str = TRAY_SELECTION) -> int | None:
    """Return the id of the X window owning `selection` on `display` (0: no owner).

    None if the display cannot be opened; MissingDependency without libX11.
    """
    lib = _libx11()
    dpy = lib.XOpenDisplay(display.encode())
    if not dpy:
        return None
    try:
        return int(lib.XGetSelectionOwner(dpy, lib.XInternAtom(dpy, selection.encode(), 0)))
    finally:
        lib.XCloseDisplay(dpy)


def _stop_all(procs: list[subprocess.Popen], tmp: Path) -> None:
    while procs:  # newest first
        proc = procs.pop()
        # SIGKILL follows even a clean exit: it reaches leftovers in the child's own group.
        for sig in (signal.SIGTERM, signal.SIGKILL):
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, sig)
            with contextlib.suppress(subprocess.TimeoutExpired):
                proc.wait(KILL_AFTER)
    shutil.rmtree(tmp, ignore_errors=True)


class VirtualDesktop:
    """Xvfb + private D-Bus session bus + dunst + trayer (+ gnome-keyring if `keyring`).

    A context manager, or call start()/stop(). `size` is the screen in pixels; `timeout`
    (seconds) bounds the wait for each component. Each child runs in its own process group;
    stop() (also run if the object is collected or Python exits) leaves none behind.
    `stack_duplicates` False: dunst shows a notification identical to one on screen beside it
    (its default stacks it there as "(2)": two notices alike cannot be told from one replacing
    the other).
    """

    def __init__(self, *, keyring: bool = False, keyring_password: str = "test-password",
                 size: tuple[int, int] = (1280, 800), timeout: float = 20.0, tray: bool = True,
                 stack_duplicates: bool = True) -> None:
        self.keyring, self.keyring_password, self.tray = keyring, keyring_password, tray
        self.stack_duplicates = stack_duplicates  # dunst's: a notification like one on screen adds "(2)" to it
        self.size, self.timeout = size, timeout
        self.display: str | None = None  # e.g. ":1", set by start()
        self.bus_address: str | None = None
        self.tmp: Path | None = None  # private dir holding everything; stop() removes it
        self._procs: list[subprocess.Popen] = []
        self._finalizer: weakref.finalize | None = None
        self._first_id = 1  # notifications with smaller ids were cleared

    def __enter__(self) -> VirtualDesktop:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    @property
    def pids(self) -> list[int]:
        """PIDs, which are also process-group ids, of the running children in start order."""
        return [p.pid for p in self._procs]

    @property
    def env(self) -> dict[str, str]:
        """A fresh environment dict for processes that should live on this desktop.

        os.environ plus DISPLAY, DBUS_SESSION_BUS_ADDRESS, XDG_RUNTIME_DIR (private, mode
        0700) and QT_QPA_PLATFORM=xcb; WAYLAND_DISPLAY and XAUTHORITY removed; HOME kept.
        Raises DesktopError when not started.
        """
        if self.tmp is None or self.display is None:
            raise DesktopError("the virtual desktop is not started")
        env = {k: v for k, v in os.environ.items() if k not in (
            "WAYLAND_DISPLAY", "XAUTHORITY", "SESSION_MANAGER", "DBUS_SESSION_BUS_ADDRESS")}
        env.update(DISPLAY=self.display, XDG_RUNTIME_DIR=str(self.tmp / "runtime"),
                   QT_QPA_PLATFORM="xcb", XDG_SESSION_TYPE="x11")
        if self.bus_address:
            env["DBUS_SESSION_BUS_ADDRESS"] = self.bus_address
        return env

    def start(self) -> VirtualDesktop:
        """Start every component, each polled until ready (about 0.3 s in all); return self.

        Raises MissingDependency, or DesktopError (with the component's log) if one dies or
        is not ready within `timeout` s; whatever had started is stopped first.
        """
        if self.tmp is not None:
            raise DesktopError("the virtual desktop is already started")
        require("Xvfb", "dbus-daemon", "dbus-send", "dunst", "dunstctl", "trayer",
                *(["gnome-keyring-daemon"] if self.keyring else []))
        _libx11()
        self.tmp = Path(tempfile.mkdtemp(prefix="oncall-desktop-"))
        for sub in ("runtime", "logs", "notifications", "keyring", "menu"):
            (self.tmp / sub).mkdir(mode=0o700)
        self._finalizer = weakref.finalize(self, _stop_all, self._procs, self.tmp)
        try:
            self._start_xvfb()
            self._start_dbus()
            self._start_dunst()
            if self.tray:
                self.start_tray()
            if self.keyring:
                self._start_keyring()
        except BaseException:
            self.stop()
            raise
        return self

    def start_tray(self) -> None:
        """Start trayer as the system-tray host and wait until it owns the tray selection
        (``VirtualDesktop(tray=False)`` leaves it for the test to call)."""
        self._spawn("trayer", ["trayer", "--edge", "top", "--align", "right", "--widthtype",
                               "request", "--height", "32", "--transparent", "false",
                               "--tint", "0x404040", "--SetDockType", "true"])
        self._poll(f"trayer to own {TRAY_SELECTION}", self.tray_owner)

    def stop_tray(self) -> None:
        """Stop trayer (a panel that quits or crashes) and wait until nobody owns the tray
        selection."""
        for proc in [p for p in self._procs if Path(p.args[0]).name == "trayer"]:
            proc.terminate()
            proc.wait(5)
            self._procs.remove(proc)
        self._poll(f"nobody to own {TRAY_SELECTION}", lambda: not self.tray_owner())

    def stop(self) -> None:
        """SIGTERM the children newest first (SIGKILL after 3 s), reap them, remove the temp
        dir. Idempotent; does not raise for children that already exited."""
        if self._finalizer is not None:
            self._finalizer()
        self._finalizer = self.tmp = self.display = self.bus_address = None

    def _spawn(self, name: str, argv: list[str], **kwargs: Any) -> subprocess.Popen:
        kwargs.setdefault("stdin", subprocess.DEVNULL)
        env = kwargs.pop("env", None) or self.env
        with open(self.tmp / "logs" / f"{name}.log", "ab") as log:
            proc = subprocess.Popen(argv, stdout=log, stderr=subprocess.STDOUT, env=env,
                                    start_new_session=True, **kwargs)
        self._procs.append(proc)
        return proc

    def _poll(self, what: str, condition: Callable[[], Any]) -> Any:
        deadline = time.monotonic() + self.timeout
        while not (result := condition()):
            for proc in self._procs:
                if proc.poll() is not None:
                    name = Path(proc.args[0]).name
                    log = (self.tmp / "logs" / f"{name}.log").read_text(errors="replace")
                    raise DesktopError(f"{name} exited ({proc.returncode}) while waiting for "
                                       f"{what}; its log ends:\n{log[-2000:]}")
            if time.monotonic() > deadline:
                raise DesktopError(f"timed out after {self.timeout} s waiting for {what}")
            pause(POLL_INTERVAL)
        return result

    def _first_line_from_child(self, name: str, argv: list[str], env: dict[str, str]) -> str:
        """Spawn argv with a pipe's write end in place of '{fd}'; return what it writes."""
        read_fd, write_fd = os.pipe()
        try:
            try:
                self._spawn(name, [a.format(fd=write_fd) for a in argv], env=env,
                            pass_fds=(write_fd,))
            finally:
                os.close(write_fd)
            data = b""

            def have_line() -> bool:
                nonlocal data
                if readable(read_fd, 0):
                    data += os.read(read_fd, 4096)  # b"" at EOF: _poll then sees the death
                return b"\n" in data

            self._poll(f"{name} to write to fd {write_fd}", have_line)
            return data.split(b"\n")[0].decode().strip()
        finally:
            os.close(read_fd)

    def _start_xvfb(self) -> None:
        number = self._first_line_from_child(
            "Xvfb", ["Xvfb", "-displayfd", "{fd}", "-screen", "0", "{}x{}x24".format(*self.size),
                     "-nolisten", "tcp"], {k: v for k, v in os.environ.items() if k != "DISPLAY"})
        self.display = f":{number}"
        self._poll(f"X display {self.display}", lambda: selection_owner(self.display) is not None)

    def _start_dbus(self) -> None:
        (self.tmp / "bus.conf").write_text(_BUS_CONFIG.format(socket=self.tmp / "runtime/bus"))
        self.bus_address = self._first_line_from_child("dbus-daemon", [
            "dbus-daemon", f"--config-file={self.tmp / 'bus.conf'}", "--nofork", "--nopidfile",
            "--print-address={fd}"], self.env)

    def _start_dunst(self) -> None:
        script = self.tmp / "log-notification.sh"
        script.write_text(_LOG_SCRIPT.format(dir=shlex.quote(str(self.tmp / "notifications"))))
        script.chmod(0o700)
        (menu := self.tmp / "menu.sh").write_text(_MENU_SCRIPT.format(dir=shlex.quote(str(self.tmp / "menu"))))
        menu.chmod(0o700)
        (self.tmp / "dunstrc").write_text(_DUNSTRC.format(script=script, menu=menu,
                                                            stack="true" if self.stack_duplicates else "false"))
        self._spawn("dunst", ["dunst", "-config", str(self.tmp / "dunstrc")])
        self._poll("dunst on the bus", lambda: self._run("dunstctl", "is-paused").returncode == 0)

    def _start_keyring(self) -> None:
        proc = self._spawn("gnome-keyring-daemon", [
            "gnome-keyring-daemon", "--unlock", "--components=secrets", "--foreground",
            f"--control-directory={self.tmp / 'keyring'}"], stdin=subprocess.PIPE,
            env=dict(self.env, XDG_DATA_HOME=str(self.tmp / "keyring")))  # not ~/.local/share
        proc.stdin.write(self.keyring_password.encode())
        proc.stdin.close()
        self._poll("gnome-keyring on the bus", lambda: "boolean true" in self._run(
            "dbus-send", "--session", "--print-reply", "--dest=org.freedesktop.DBus",
            "/org/freedesktop/DBus", "org.freedesktop.DBus.NameHasOwner",
            "string:org.freedesktop.secrets").stdout)

    def _run(self, *argv: str) -> subprocess.CompletedProcess:
        return subprocess.run(argv, env=self.env, capture_output=True, text=True, timeout=10)

    def tray_owner(self) -> int:
        """Id of the X window owning _NET_SYSTEM_TRAY_S0 on this display (0: none)."""
        return selection_owner(self.env["DISPLAY"]) or 0

    def notifications(self) -> list[dict[str, Any]]:
        """Notifications dunst has shown since start() or clear_notifications(), by id.

        Each dict has summary, body, appname, urgency ('low'|'normal'|'critical'), icon_path,
        category, id (int), expire_ms (the time dunst keeps it on screen, ms as text: "0" until
        dismissed) and closed (bool: in dunst's history); closed ones also have the
        other `dunstctl history` fields (message, timestamp, ...). DesktopError if it fails.
        """
        result = self._run("dunstctl", "history")
        if result.returncode != 0:
            raise DesktopError(f"dunstctl history failed: {result.stderr}")
        history = {}
        for raw in json.loads(result.stdout)["data"][0]:
            entry = {key: value["data"] for key, value in raw.items()}
            history[entry["id"]] = entry
        shown: dict[int, dict[str, Any]] = {}
        logged = (self.tmp / "notifications").glob("n.*.env")
        for path in sorted(logged, key=lambda p: p.stat().st_mtime_ns):  # replacements last
            env = dict(kv.split(b"=", 1) for kv in path.read_bytes().split(b"\0") if b"=" in kv)
            entry = {key: env.get(var.encode(), b"").decode(errors="replace")
                     for var, key in _LOG_KEYS.items()}
            entry["id"], entry["urgency"] = int(entry["id"]), entry["urgency"].lower()
            shown[entry["id"]] = entry
        return [{**shown.get(i, {}), **history.get(i, {}), "closed": i in history}
                for i in sorted(shown.keys() | history.keys()) if i >= self._first_id]

    def clear_notifications(self) -> None:
        """Close every shown notification and forget all so far: notifications() -> []."""
        self._run("dunstctl", "close-all")
        self._run("dunstctl", "history-clear")  # dunst >= 1.10 only; 1.9 just errors out
        ids = [n["id"] for n in self.notifications()]
        self._first_id = max(ids, default=self._first_id - 1) + 1

    def wait_for_notification(self, predicate: Callable[[dict[str, Any]], bool],
                              timeout: float = 10.0) -> dict[str, Any]:
        """Poll notifications() for the first dict where `predicate` is true and return it.

        Raises TimeoutError, listing what was seen, after `timeout` seconds.
        """
        deadline = time.monotonic() + timeout
        while True:
            seen = self.notifications()
            for note in seen:
                if predicate(note):
                    return note
            if time.monotonic() > deadline:
                raise TimeoutError(f"no matching notification within {timeout} s; seen: {seen}")
            pause(POLL_INTERVAL)

    def invoke_action(self, position: int = 0) -> None:
        """``dunstctl action``: dunst performs the "default" action (a click) of the notification
        at ``position`` (0: the first shown). DesktopError if dunstctl fails."""
        result = self._run("dunstctl", "action", str(position))
        if result.returncode != 0:
            raise DesktopError(f"dunstctl action failed: {result.stderr}")

    def choose_action(self, text: str, timeout: float = 10.0) -> list[str]:
        """Open dunst's context menu (``dunstctl context``) and choose the first entry holding
        ``text`` (an action's label: dunst then performs that action); return every entry the
        menu offered ("#<label> (<summary>) [<id>,<key>]"), none chosen when none holds ``text``.
        DesktopError if dunstctl fails, TimeoutError without a menu within ``timeout`` s."""
        folder = self.tmp / "menu"
        (folder / "menu.in").unlink(missing_ok=True)
        (folder / "menu.choice").write_text(text + "\n", encoding="utf-8")
        result = self._run("dunstctl", "context")
        if result.returncode != 0:
            raise DesktopError(f"dunstctl context failed: {result.stderr}")
        deadline = time.monotonic() + timeout
        while not (folder / "menu.in").exists():
            if time.monotonic() > deadline:
                raise TimeoutError(f"dunst did not open its context menu within {timeout} s")
            pause(POLL_INTERVAL)
        return (folder / "menu.in").read_text(encoding="utf-8").splitlines()

    def screenshot(self, path: str | os.PathLike[str]) -> Path:
        """Save the whole screen to `path` (format from its suffix, e.g. .png); return it.

        Raises MissingDependency without ImageMagick, DesktopError if `import` fails.
        """
        require("import")
        path = Path(path)
        result = self._run("import", "-window", "root", str(path))
        if result.returncode != 0 or not path.is_file() or path.stat().st_size == 0:
            raise DesktopError(f"import -window root {path} failed: {result.stderr}")
        return path
