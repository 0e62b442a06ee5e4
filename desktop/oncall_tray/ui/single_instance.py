"""One tray per user and settings (issue 7): a second start brings the running tray's alerts
window to the front and exits 0.

The first instance holds a lock file (``QLockFile``) for its whole life and listens on a local
stream socket; a later start that cannot take the lock connects, asks the holder to show its
window, waits for its answer and exits. A crash never blocks the next start: ``QLockFile``
takes over a lock file whose process is gone (or, past its stale time, one that no live process
holds: on Unix it also holds an ``flock``, which the kernel drops when its holder dies), and the
next holder replaces what a crash left in the folder before it listens. GUI thread only.

The socket is Python's (``socket``, which httpx imports anyway) watched by a
``QSocketNotifier``, not ``QLocalServer``: QtNetwork and the libraries it loads cost ~3 MB of a
tray that runs for days (issue 2). Where the platform has Unix sockets (Linux, macOS) it is one
in the private folder (``<key>.sock``, mode 0600); elsewhere (Windows) a loopback TCP port whose
number and a random token the holder writes to ``<key>.port`` in the same folder, and a request
must carry the token. (Qt's lock, not the ``filelock`` package: that one imports asyncio.)
"""

from __future__ import annotations

import contextlib
import functools
import logging
import os
import socket
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, QSocketNotifier, Signal

from ..instance import (ACTIVATE, MAX_REQUEST, REFRESH, REPLY, UNIX_SOCKETS, address_file, ask, instance_folder,
                        instance_key)

log = logging.getLogger(__name__)
__all__ = ["SingleInstance", "instance_folder", "instance_key"]


class SingleInstance(QObject):
    """The lock and the listening socket of one instance key.

    Args:
        key: from ``instance_key``.
        folder: where the lock file and the socket (or the port file) live; default
            ``instance_folder()``. When that one cannot be made (a file holds its name: code
            review 65 T13, the tray stopped at start), ``claim`` runs unguarded and logs why.
        unix: use a Unix socket (default: where the platform has them); False uses loopback TCP
            and a token, as on Windows.

    Signals:
        activation_requested: a later start asked this instance to show itself.
        refresh_requested: the command line changed something in Alertmanager: poll now.
    """

    activation_requested = Signal()
    refresh_requested = Signal()

    def __init__(self, key: str, folder: Path | None = None, parent: QObject | None = None,
                 unix: bool = UNIX_SOCKETS) -> None:
        super().__init__(parent)
        self.key = key
        self._no_folder: OSError | None = None
        if folder is None:
            try:
                folder = instance_folder()
            except OSError as exc:  # no lock, no socket: ``claim`` says it and returns first
                self._no_folder, folder = exc, Path(os.devnull)
        # not "<key>.lock": the filelock package, used before, leaves that file behind (empty)
        self._lock = QLockFile(str(folder / f"{key}.qlock"))
        self._unix = unix
        #: The Unix socket's path, or the file that holds the TCP port and token.
        self.address_file = address_file(key, folder, unix)
        self._token = ""
        self._server: socket.socket | None = None
        self._notifier: QSocketNotifier | None = None
        self._clients: dict[int, tuple[socket.socket, QSocketNotifier, bytearray]] = {}

    @property
    def lock_file(self) -> str:
        """The lock file's path (for messages)."""
        return self._lock.fileName()

    @property
    def primary(self) -> bool:
        """True while this process holds the lock."""
        return self._lock.isLocked()

    def claim(self) -> bool:
        """Take the lock and listen; False when another live process holds it. When the lock
        file cannot be created at all, the tray runs unguarded (logged) rather than not at all."""
        if self._no_folder is not None:
            log.warning("no single-instance lock (cannot make its folder: %s); a second start will run a second "
                        "tray", self._no_folder)
            return True
        if not self._lock.tryLock(0):
            if self._lock.error() == QLockFile.LockError.LockFailedError:
                return False  # a live process holds it
            log.warning("no single-instance lock (%s: %s); a second start will run a second tray",
                        self._lock.fileName(), self._lock.error().name)
            return True
        try:
            self._server = self._listen()
        except OSError as exc:
            log.warning("cannot listen on %s (%s); a second start will not find this one", self.address_file, exc)
            return True
        self._notifier = QSocketNotifier(self._server.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_connection)
        return True

    def _listen(self) -> socket.socket:
        """The listening socket (non-blocking); replaces what a crash left. Raises OSError."""
        with contextlib.suppress(FileNotFoundError):
            self.address_file.unlink()  # a crash's socket or port file: this process holds the lock now
        if self._unix:
            server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            try:
                server.bind(str(self.address_file))
                os.chmod(self.address_file, 0o600)
                server.listen(4)
            except OSError:
                server.close()
                raise
        else:
            server = socket.create_server(("127.0.0.1", 0), backlog=4)
            self._token = os.urandom(16).hex()  # secrets.token_hex, without importing secrets (issue 2)
            port = server.getsockname()[1]
            partial = self.address_file.with_suffix(".port-new")
            try:
                descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
                with os.fdopen(descriptor, "w", encoding="ascii") as out:
                    out.write(f"{port} {self._token}\n")
                os.replace(partial, self.address_file)
            except OSError:
                server.close()
                raise
        server.setblocking(False)
        return server

    def activate_running(self, timeout_s: float = 5.0) -> bool:
        """Ask the instance holding the lock to show its window; True once it answered.

        Retries while the holder is still starting (it listens right after taking the lock).
        Blocking; returns False after ``timeout_s`` seconds without an answer.
        """
        return ask(self.address_file, ACTIVATE, self._unix, timeout_s)

    def _on_connection(self, *_signal_args) -> None:
        while self._server is not None:
            try:
                connection, _ = self._server.accept()
            except (BlockingIOError, InterruptedError):
                return
            except OSError as exc:
                log.warning("accepting a connection on %s failed: %s", self.address_file, exc)
                return
            connection.setblocking(False)
            notifier = QSocketNotifier(connection.fileno(), QSocketNotifier.Type.Read, self)
            self._clients[connection.fileno()] = (connection, notifier, bytearray())
            notifier.activated.connect(functools.partial(self._on_request, connection.fileno()))

    def _on_request(self, fd: int, *_signal_args) -> None:
        connection, _, received = self._clients[fd]
        try:
            chunk = connection.recv(MAX_REQUEST)
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            chunk = b""
        received += chunk
        if chunk and b"\n" not in received and len(received) < MAX_REQUEST:
            return  # wait for the rest of the line
        words = bytes(received).split(b"\n", 1)[0].split(b" ")
        import hmac  # only when another start asks: not carried by a tray at rest (issue 2: memory)

        if chunk and words[0] in (ACTIVATE, REFRESH) and hmac.compare_digest(
                b" ".join(words[1:]), self._token.encode("ascii")):
            if words[0] == ACTIVATE:
                log.info("another start asked for the window")
                self.activation_requested.emit()
            else:
                log.info("the command line asked for a poll")
                self.refresh_requested.emit()
            with contextlib.suppress(OSError):
                connection.send(REPLY)  # 3 bytes into an empty buffer: never blocks
        self._forget(fd)

    def _forget(self, fd: int) -> None:
        connection, notifier, _ = self._clients.pop(fd)
        notifier.setEnabled(False)
        notifier.deleteLater()
        connection.close()

    def release(self) -> None:
        """Stop listening, remove the socket (or port file) and drop the lock (at quit; a crash
        drops the lock too, and the next holder replaces the file)."""
        for fd in list(self._clients):
            self._forget(fd)
        if self._server is not None:
            self._notifier.setEnabled(False)
            self._server.close()
            self._server = None
            with contextlib.suppress(OSError):
                self.address_file.unlink()
        if self._lock.isLocked():
            self._lock.unlock()


def trays_running(folder: Path | None = None) -> int:
    """How many trays run now for this user (any settings): the lock files in ``folder``
    (default ``instance_folder()``) that a live process holds. A lock that no live process holds
    is taken for a moment and let go (``QLockFile`` removes it). 0 when the folder cannot be
    read. ``oncall-tray demo`` says when a real tray runs (review 68 AF6)."""
    try:
        folder = folder or instance_folder()
        locks = sorted(folder.glob("*.qlock"))
    except OSError:
        return 0
    held = 0
    for path in locks:
        lock = QLockFile(str(path))
        if lock.tryLock(0):
            lock.unlock()
        elif lock.error() == QLockFile.LockError.LockFailedError:
            held += 1
    return held
