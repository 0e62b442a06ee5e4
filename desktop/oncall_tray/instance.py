"""Where a running tray listens, and how another process asks it something (no Qt).

The tray (``ui.single_instance.SingleInstance``) holds a lock and listens on a local stream
socket named by its instance key: a Unix socket ``<key>.sock`` in a private folder, or where
there are none (Windows) a loopback TCP port written with a random token to ``<key>.port``. A
request is one line, ``<word> <token>``; the tray answers ``ok`` to the words it knows:
``activate`` (a second start: show the window) and ``refresh`` (the command line changed
something in Alertmanager: poll now, review 28: a silence made with ``oncall-tray ack`` was
missing from an open handoff window until the next poll).
"""

from __future__ import annotations

import contextlib
import getpass
import hashlib
import logging
import os
import socket
import sys
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path

from . import APP_NAME
from .config_urls import url_identity

log = logging.getLogger(__name__)
ACTIVATE = b"activate"
REFRESH = b"refresh"
REQUESTS = (ACTIVATE, REFRESH)
REPLY = b"ok\n"
CONNECT_TIMEOUT_S = 5.0
RETRY_INTERVAL_S = 0.1
#: Bytes a request may take (``activate <token>\n``); a longer one is dropped.
MAX_REQUEST = 256
#: Whether this platform has Unix sockets (Python on Windows has not).
UNIX_SOCKETS = hasattr(socket, "AF_UNIX")


def instance_key(config_path: Path, alertmanager_urls: Iterable[str] | str) -> str:
    """16 hex digits naming the tray of one settings file and Alertmanager: a second start with
    the same settings joins the first; one with other settings (``--config``, ``--alertmanager``,
    ``demo``) watches something else and runs beside it. ``alertmanager_urls``: every member of
    the cluster (``Config.alertmanager_urls``; one URL alone as a string), counted as a set of
    addresses, each as Alertmanager reads it (``config_urls.url_identity``, the rule the shift
    journal follows members by: ``journal_seen.follows_alertmanager``): in any order, scheme and
    host in any case, with or without a final slash (fresh-user review 69 AI5: only the first
    member counted, and the same cluster listed in another order started a second tray), and
    the loopback's names as 127.0.0.1 (``localhost``: AI5 too; another address of the loopback,
    127.0.0.2 or ``[::1]``, is another socket, code review 74 AL1).
    Some members only are another Alertmanager (review 68 AF8), whichever they are. Two names
    of another host (a DNS name, its IP) are two addresses here: no name is looked up before the
    tray starts (only Alertmanager's answers tell, ``alertmanager.aliases``)."""
    urls = [alertmanager_urls] if isinstance(alertmanager_urls, str) else alertmanager_urls
    members = sorted({url_identity(url) for url in urls if url})
    ident = "\n".join([str(Path(config_path).absolute()), *members])
    return hashlib.sha256(ident.encode("utf-8")).hexdigest()[:16]


def instance_folder() -> Path:
    """A private per-user folder for the lock and the socket: ``$XDG_RUNTIME_DIR/oncall-tray``
    on Linux when set, else a per-user folder in the temporary directory (mode 0700).

    Raises:
        OSError: the folder in the temporary directory cannot be made (a file holds its name, a
            folder of another user, a read-only disk).
    """
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


def address_file(key: str, folder: Path, unix: bool = UNIX_SOCKETS) -> Path:
    """The Unix socket of the tray of ``key`` in ``folder``, or the file holding its TCP port
    and token."""
    return folder / (f"{key}.sock" if unix else f"{key}.port")


@contextlib.contextmanager
def connect(address: Path, unix: bool, timeout_s: float):
    """A connection to the tray listening at ``address`` and the token to send.

    Raises:
        OSError: nothing listens there (no tray), refused, timed out; ValueError: a port file
            that is not ``<port> <token>``.
    """
    if unix:
        connection, token = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM), ""
        try:
            connection.settimeout(timeout_s)
            connection.connect(str(address))
        except OSError:
            connection.close()
            raise
    else:
        port, token = address.read_text(encoding="ascii").split()
        connection = socket.create_connection(("127.0.0.1", int(port)), timeout=timeout_s)
    with connection:
        yield connection, token


def ask(address: Path, word: bytes, unix: bool = UNIX_SOCKETS, timeout_s: float = CONNECT_TIMEOUT_S,
        retry: bool = True) -> bool:
    """Send ``word`` (``ACTIVATE``, ``REFRESH``) to the tray listening at ``address``; True once
    it answered. With ``retry``, tries again while the tray is still starting (it listens right
    after taking its lock) until ``timeout_s`` seconds have passed; without, one try. Blocking;
    never raises."""
    deadline = time.monotonic() + timeout_s
    problem = "no answer"
    while True:
        try:
            with connect(address, unix, min(1.0, timeout_s)) as (connection, token):
                connection.sendall(word + b" " + token.encode("ascii") + b"\n")
                reply = b""
                while REPLY not in reply and time.monotonic() < deadline:
                    connection.settimeout(max(0.01, deadline - time.monotonic()))
                    chunk = connection.recv(64)
                    if not chunk:
                        break
                    reply += chunk
                if REPLY in reply:
                    return True
        except (OSError, ValueError) as exc:  # not listening (yet), refused, timed out, no port file
            problem = str(exc) or type(exc).__name__
        if not retry or time.monotonic() >= deadline:
            log.log(logging.WARNING if retry else logging.DEBUG, "the tray did not answer on %s: %s", address, problem)
            return False
        time.sleep(RETRY_INTERVAL_S)


def refresh_running_tray(config_path: Path, alertmanager_urls: Iterable[str]) -> bool:
    """Ask the tray of these settings and Alertmanager (its members' URLs, as ``instance_key``
    takes them), if one runs, to poll now (the command line just changed a silence there). One
    quick try; False when none answered. Never raises."""
    try:
        address = address_file(instance_key(config_path, alertmanager_urls), instance_folder())
    except OSError:
        return False
    if UNIX_SOCKETS and not address.exists():
        return False
    return ask(address, REFRESH, timeout_s=1.0, retry=False)
