"""One tray per user and settings (issue 7): a second start brings the running tray's alerts
window to the front and exits 0.

The first instance holds a lock file (``QLockFile``) for its whole life and listens on a
``QLocalServer``; a later start that cannot take the lock connects with a ``QLocalSocket``, asks
the holder to show its window, waits for its answer and exits. A crash never blocks the next
start: ``QLockFile`` takes over a lock file whose process is gone (or, past its stale time, one
that no live process holds: on Unix it also holds an ``flock``, which the kernel drops when its
holder dies). The socket file a crash leaves behind on Unix is removed by the next holder before
it listens. GUI thread only. (Qt's lock, not the ``filelock`` package: that one imports asyncio,
a few MB for nothing in a tray that runs for days; issue 2.)
"""

from __future__ import annotations

import getpass
import hashlib
import logging
import os
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from .. import APP_NAME

log = logging.getLogger(__name__)
REQUEST = b"activate\n"
REPLY = b"ok\n"
CONNECT_TIMEOUT_S = 5.0
RETRY_INTERVAL_S = 0.1


def instance_key(config_path: Path, alertmanager_url: str) -> str:
    """16 hex digits naming the tray of one settings file and Alertmanager: a second start with
    the same settings joins the first; one with other settings (``--config``, ``--alertmanager``,
    ``demo``) watches something else and runs beside it."""
    ident = f"{Path(config_path).absolute()}\n{alertmanager_url}"
    return hashlib.sha256(ident.encode("utf-8")).hexdigest()[:16]


def instance_folder() -> Path:
    """A private per-user folder for the lock and the socket: ``$XDG_RUNTIME_DIR/oncall-tray``
    on Linux when set, else a per-user folder in the temporary directory (mode 0700)."""
    runtime = os.environ.get("XDG_RUNTIME_DIR") if sys.platform.startswith("linux") else None
    if runtime:
        try:
            folder = Path(runtime) / APP_NAME
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            return folder
        except OSError as exc:
            log.warning("cannot use %s: %s", runtime, exc)
    try:
        user = getpass.getuser()
    except Exception:
        user = str(os.getuid()) if hasattr(os, "getuid") else "user"
    folder = Path(tempfile.gettempdir()) / f"{APP_NAME}-{user}"
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    return folder


class SingleInstance(QObject):
    """The lock and the local server of one instance key.

    Args:
        key: from ``instance_key``.
        folder: where the lock file (and on Unix the socket) live; default ``instance_folder()``.

    Signals:
        activation_requested: a later start asked this instance to show itself.
    """

    activation_requested = Signal()

    def __init__(self, key: str, folder: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        folder = folder or instance_folder()
        # not "<key>.lock": the filelock package, used before, leaves that file behind (empty)
        self._lock = QLockFile(str(folder / f"{key}.qlock"))
        # Windows: a named pipe (per-user name; it vanishes with its process). Unix: a socket
        # file in the private folder.
        if sys.platform == "win32":
            try:
                user = getpass.getuser()
            except Exception:
                user = "user"
            self.name = f"{APP_NAME}-{user}-{key}"
        else:
            self.name = str(folder / f"{key}.sock")
        self._server: QLocalServer | None = None
        self._clients: list[QLocalSocket] = []

    @property
    def primary(self) -> bool:
        """True while this process holds the lock."""
        return self._lock.isLocked()

    def claim(self) -> bool:
        """Take the lock and listen; False when another live process holds it. When the lock
        file cannot be created at all, the tray runs unguarded (logged) rather than not at all."""
        if not self._lock.tryLock(0):
            if self._lock.error() == QLockFile.LockError.LockFailedError:
                return False  # a live process holds it
            log.warning("no single-instance lock (%s: %s); a second start will run a second tray",
                        self._lock.fileName(), self._lock.error().name)
            return True
        QLocalServer.removeServer(self.name)  # a socket left behind by a crash
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        server.newConnection.connect(self._on_connection)
        if not server.listen(self.name):
            log.warning("cannot listen on %s (%s); a second start will not find this one",
                        self.name, server.errorString())
        self._server = server
        return True

    def activate_running(self, timeout_s: float = CONNECT_TIMEOUT_S) -> bool:
        """Ask the instance holding the lock to show its window; True once it answered.

        Retries while the holder is still starting (it listens right after taking the lock).
        Blocking; returns False after ``timeout_s`` seconds without an answer.
        """
        deadline = time.monotonic() + timeout_s
        while True:
            socket = QLocalSocket()
            socket.connectToServer(self.name)
            if socket.waitForConnected(500):
                socket.write(REQUEST)
                socket.waitForBytesWritten(1000)
                reply = b""
                while REPLY not in reply and socket.waitForReadyRead(max(1, int((deadline - time.monotonic()) * 1000))):
                    reply += bytes(socket.readAll().data())
                socket.disconnectFromServer()
                if REPLY in reply:
                    return True
            if time.monotonic() >= deadline:
                log.warning("the running instance did not answer on %s: %s", self.name, socket.errorString())
                return False
            time.sleep(RETRY_INTERVAL_S)

    def _on_connection(self) -> None:
        while self._server is not None and self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            self._clients.append(socket)
            socket.readyRead.connect(lambda s=socket: self._on_request(s))
            socket.disconnected.connect(lambda s=socket: self._forget(s))

    def _on_request(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            return
        line = bytes(socket.readLine().data())
        if line == REQUEST:
            log.info("another start asked for the window")
            self.activation_requested.emit()
            socket.write(REPLY)
            socket.flush()
        else:
            socket.disconnectFromServer()

    def _forget(self, socket: QLocalSocket) -> None:
        if socket in self._clients:
            self._clients.remove(socket)
        socket.deleteLater()

    def release(self) -> None:
        """Stop listening and drop the lock (at quit; a crash drops it too)."""
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._lock.isLocked():
            self._lock.unlock()
