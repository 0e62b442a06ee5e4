"""The desktop's real unlock prompt of a locked keyring, for tests: gnome-keyring's own
``gcr-prompter`` showing its window on the virtual desktop (without it, gnome-keyring dismisses
every prompt at once), cancelled as an engineer would (Escape in its window); and a count of
the prompts the Secret Service was asked to show (``Prompt`` calls seen by ``dbus-monitor``)."""

from __future__ import annotations

import subprocess
import threading

from conftest import wait_until as wait_for

PROMPTER = "/usr/libexec/gcr-prompter"


class Prompts:
    """Counts the unlock (or create) prompts asked of the Secret Service on ``desktop``'s bus
    while it is open (a context manager). ``count``: how many so far."""

    def __init__(self, desktop) -> None:
        self._desktop = desktop
        self._lines: list[str] = []
        self._monitor: subprocess.Popen | None = None
        self._reader: threading.Thread | None = None

    def __enter__(self) -> Prompts:
        self._monitor = subprocess.Popen(
            ["dbus-monitor", "--session", "type='method_call',interface='org.freedesktop.Secret.Prompt'"],
            env=self._desktop.env, stdout=subprocess.PIPE, text=True)
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        wait_for(lambda: self._lines, 10, "dbus-monitor to start")  # its NameAcquired signal
        return self

    def _read(self) -> None:
        for line in self._monitor.stdout:
            self._lines.append(line)

    @property
    def count(self) -> int:
        """The ``Prompt`` calls seen so far."""
        return sum("member=Prompt" in line for line in self._lines)

    def settled(self) -> int:
        """``count`` once every prompt asked before this call has been seen: a marker sent on
        the bus after them is waited for (the bus passes messages on in order)."""
        before = sum("member=OncallTrayMarker" in line for line in self._lines)
        subprocess.run(["dbus-send", "--session", "--type=method_call", "--dest=org.freedesktop.DBus", "/oncall/marker",
                        "org.freedesktop.Secret.Prompt.OncallTrayMarker"], env=self._desktop.env,
                       capture_output=True, timeout=10)
        wait_for(lambda: sum("member=OncallTrayMarker" in line for line in self._lines) > before, 10,
                 "the marker on the bus")
        return self.count

    def __exit__(self, *exc_info) -> None:
        self._monitor.terminate()
        self._monitor.wait(10)
        self._reader.join(10)
        self._monitor.stdout.close()


class Prompter:
    """gnome-keyring's prompter on ``desktop`` (a context manager): unlock prompts are shown
    as windows and stay open until ``cancel`` (or the end).

    ``gcr-prompter`` quits by itself after about 10 s without a prompt (seen: 11.0 s on this
    machine), and gnome-keyring then dismisses the next prompt at once: a test whose steps took
    longer under load saw no window (the fresh-clone CI at 213bab3, ``test_locked_login_writes``
    waiting for the prompt of its Retry). So a keeper thread starts it again whenever it ends
    while the context is open, and ``fresh`` gives a step that is about to ask for a prompt one
    just started (its whole 10 s, with no restart gap to fall into)."""

    def __init__(self, desktop) -> None:
        self._desktop = desktop
        self._process: subprocess.Popen | None = None
        self._lock = threading.Lock()
        self._stopping = False
        self._keeper: threading.Thread | None = None

    def __enter__(self) -> Prompter:
        self._process = self._spawn()
        self._wait_on_bus()
        self._keeper = threading.Thread(target=self._keep, daemon=True)
        self._keeper.start()
        return self

    def _spawn(self) -> subprocess.Popen:
        return subprocess.Popen([PROMPTER], env=self._desktop.env, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)

    def _on_bus(self) -> bool:
        return "boolean true" in subprocess.run(
            ["dbus-send", "--session", "--print-reply", "--dest=org.freedesktop.DBus", "/org/freedesktop/DBus",
             "org.freedesktop.DBus.NameHasOwner", "string:org.gnome.keyring.SystemPrompter"],
            env=self._desktop.env, capture_output=True, text=True, timeout=10).stdout

    def _wait_on_bus(self) -> None:
        wait_for(self._on_bus, 10, "gcr-prompter on the bus")

    def _keep(self) -> None:
        """Start ``gcr-prompter`` again each time it ends, until ``__exit__``."""
        while True:
            with self._lock:
                process = self._process
            process.wait()
            with self._lock:
                if self._stopping:
                    return
                self._process = self._spawn()

    def fresh(self) -> None:
        """Replace the running ``gcr-prompter`` with one just started (on the bus when this
        returns), so that a prompt asked within the next ~10 s finds it. Only while no prompt
        is shown (a shown one would be lost)."""
        assert not self.shown(), "fresh() with a prompt on the screen"
        with self._lock:
            old = self._process
        old.terminate()
        wait_for(lambda: self._process is not old and self._process.poll() is None and self._on_bus(), 10,
                 "a fresh gcr-prompter on the bus")

    def shown(self) -> bool:
        """Whether a prompt's window is on the screen."""
        return bool(self._windows())

    def _windows(self) -> list[str]:
        found = subprocess.run(["xdotool", "search", "--onlyvisible", "--class", "gcr-prompter"],
                               env=self._desktop.env, capture_output=True, text=True, timeout=10)
        return found.stdout.split()

    def cancel(self) -> None:
        """Press Escape in the prompt's window (its Cancel), once it is shown."""
        wait_for(self.shown, 20, "the unlock prompt's window")

        def escaped() -> bool:  # pressed again until it closes: a window just mapped may miss it
            for window in self._windows():
                subprocess.run(["xdotool", "windowfocus", "--sync", window, "key", "--window", window, "Escape"],
                               env=self._desktop.env, capture_output=True, timeout=10)
            try:
                wait_for(lambda: not self.shown(), 2, "the unlock prompt to close")
            except AssertionError:
                return False
            return True

        wait_for(escaped, 30, "the unlock prompt to close on Escape")
        self._release("Escape")

    def _release(self, key: str) -> None:
        """Release ``key`` on the X server: pressed in a prompt's window that closed on it, its
        release can be lost with the window, and the key stays down; the server's auto-repeat then
        answers the next prompt's window at once (seen: a second prompt 6 s after a cancelled one
        dismissed in 11 ms without a window, the cause of ``test_locked_login_writes`` failing in
        the fresh-clone CI at 213bab3 when its steps took longer; ``xdotool keyup`` cured it)."""
        subprocess.run(["xdotool", "keyup", key], env=self._desktop.env, capture_output=True, timeout=10)

    def unlock(self, password: str) -> None:
        """Type ``password`` in the prompt's window and press Enter (its Unlock), once it is shown;
        again in the window shown then if it has not closed (a prompt's window can be replaced
        between two looks under load: the fresh-clone CI at 487844b raised on an empty list)."""

        def typed() -> bool:
            windows = self._windows()
            if not windows:
                return False
            window = windows[0]
            subprocess.run(["xdotool", "windowfocus", "--sync", window, "key", "--window", window, "ctrl+a"],
                           env=self._desktop.env, capture_output=True, timeout=10)
            subprocess.run(["xdotool", "windowfocus", "--sync", window, "type", "--delay", "20", password],
                           env=self._desktop.env, capture_output=True, timeout=30)
            subprocess.run(["xdotool", "key", "Return"], env=self._desktop.env, capture_output=True, timeout=10)
            try:
                wait_for(lambda: not self.shown(), 5, "the unlock prompt to close on Enter")
            except AssertionError:
                return False
            return True

        wait_for(self.shown, 20, "the unlock prompt's window")
        wait_for(typed, 40, "the unlock prompt to take the password and close")
        self._release("Return")

    def __exit__(self, *exc_info) -> None:
        with self._lock:
            self._stopping = True
            process = self._process
        process.terminate()
        process.wait(10)
        self._keeper.join(10)

