"""A local, throw-away Alertmanager with the on-call guide's alerts (``oncall-tray demo``).

``LocalAlertmanager`` starts Debian's ``prometheus-alertmanager`` (or an ``alertmanager`` binary
on PATH) on a free loopback port with a temporary storage folder and no gossip; the tests use
the same class. No Qt here.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from pathlib import Path

import httpx

from .paths import shipped

BINARIES = ("prometheus-alertmanager", "alertmanager")
MINIMAL_CONFIG = """\
route:
  receiver: default
  group_wait: 1s
  group_interval: 1s
  repeat_interval: 1h
receivers:
  - name: default
"""


class AlertmanagerNotFound(RuntimeError):
    """No Alertmanager binary on PATH; the message names the package to install."""


def find_binary() -> str:
    """Path of an Alertmanager binary on PATH.

    Raises:
        AlertmanagerNotFound: none of ``prometheus-alertmanager``, ``alertmanager`` is on PATH.
    """
    for name in BINARIES:
        found = shutil.which(name)
        if found:
            return found
    raise AlertmanagerNotFound(
        "no Alertmanager found on PATH: install Debian's or Ubuntu's 'prometheus-alertmanager' "
        "package (apt-get install prometheus-alertmanager), or put the 'alertmanager' binary "
        "from prometheus.io on PATH")


def free_port(host: str = "127.0.0.1") -> int:
    """A TCP port that was free on ``host`` a moment ago (the OS picks it)."""
    with socket.socket() as sock:
        sock.bind((host, 0))
        return sock.getsockname()[1]


#: ``prctl``'s option number that asks for a signal when the parent dies (linux/prctl.h).
PR_SET_PDEATHSIG = 1


def start_server(argv: Sequence[str], log) -> subprocess.Popen:
    """Start a local server (``argv``), its output to the binary file ``log``, stdin closed.

    On Linux, when started from the main thread, the server gets SIGTERM as soon as this process
    dies, even by SIGKILL (``prctl(PR_SET_PDEATHSIG)``), so that a killed demo or test run
    leaves no Alertmanager or Prometheus behind holding its port. (The signal follows the
    thread that started the child, hence the main thread only.) Elsewhere ``stop`` is the only
    way it ends.

    Raises:
        OSError: the binary cannot be run.
    """
    return subprocess.Popen(list(argv), stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                            preexec_fn=_dies_with_parent())


def _dies_with_parent():
    """A ``preexec_fn`` that ties the child to this process (see ``start_server``), or None."""
    if not sys.platform.startswith("linux") or threading.current_thread() is not threading.main_thread():
        return None
    try:
        import ctypes

        prctl = ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError):  # not glibc or musl: no prctl to call
        return None
    parent = os.getpid()

    def tie() -> None:  # runs in the child between fork and exec: no allocation-heavy work
        prctl(PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0)
        if os.getppid() != parent:  # the parent died before the tie was made
            os._exit(1)

    return tie


def wait_ready(process: subprocess.Popen, url: str, timeout: float) -> bool:
    """Wait until ``url/-/ready`` answers 200 (True), the process exits or ``timeout`` seconds
    pass (False). Alertmanager and Prometheus both serve ``/-/ready``."""
    deadline = time.monotonic() + timeout
    with httpx.Client(timeout=2.0) as http:
        while time.monotonic() < deadline and process.poll() is None:
            try:
                if http.get(url + "/-/ready").status_code == 200:
                    return True
            except httpx.HTTPError:
                pass
            time.sleep(0.05)
    return False


def end_process(process: subprocess.Popen | None, log=None) -> None:
    """Stop ``process`` (SIGTERM, then SIGKILL after 5 s) and close its ``log`` file."""
    if process is not None and process.poll() is None:
        process.terminate()
        try:
            process.wait(5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    if log:
        log.close()


class LocalAlertmanager:
    """One Alertmanager process on loopback.

    Args:
        port: TCP port (None: a free one is chosen).
        storage: folder for its data (None: a temporary folder removed by ``stop``).
        config: its YAML configuration (default: one receiver, short group waits).
        cluster_args: extra ``--cluster.*`` arguments (default: gossip off).
        binary: path of the binary (default: ``find_binary()``).
    """

    def __init__(self, port: int | None = None, storage: Path | None = None,
                 config: str = MINIMAL_CONFIG, cluster_args: Sequence[str] = ("--cluster.listen-address=",),
                 binary: str | None = None) -> None:
        self.binary = binary or find_binary()
        self.port = port or free_port()
        self._own_storage = storage is None
        self.storage = Path(storage or tempfile.mkdtemp(prefix="oncall-tray-am-"))
        self.config_text = config
        self.cluster_args = tuple(cluster_args)
        self._process: subprocess.Popen | None = None
        self._log = None

    @property
    def url(self) -> str:
        """Base URL, e.g. ``http://127.0.0.1:40123``."""
        return f"http://127.0.0.1:{self.port}"

    @property
    def running(self) -> bool:
        """True while the process is alive."""
        return self._process is not None and self._process.poll() is None

    def start(self, timeout: float = 30.0) -> LocalAlertmanager:
        """Start the process and wait until ``/-/ready`` answers 200.

        Raises:
            RuntimeError: the process exited or did not get ready within ``timeout`` seconds
                (the message holds the end of its log).
        """
        config_path = self.storage / "alertmanager.yml"
        config_path.write_text(self.config_text, encoding="utf-8")
        self._log = open(self.storage / "alertmanager.log", "ab")
        self._process = start_server(
            [self.binary, f"--config.file={config_path}", f"--storage.path={self.storage / 'data'}",
             f"--web.listen-address=127.0.0.1:{self.port}", *self.cluster_args], self._log)
        if wait_ready(self._process, self.url, timeout):
            return self
        tail = self.log_tail()
        self.stop(remove_storage=False)
        raise RuntimeError(f"Alertmanager did not start on {self.url}: {tail}")

    def log_tail(self, chars: int = 2000) -> str:
        """The end of the process's log, for error messages."""
        try:
            return (self.storage / "alertmanager.log").read_text("utf-8", "replace")[-chars:]
        except OSError:
            return ""

    def stop(self, remove_storage: bool | None = None) -> None:
        """Stop the process (SIGTERM, then SIGKILL after 5 s). The temporary storage is removed
        unless ``remove_storage`` is False (keep it to start again with the same state)."""
        end_process(self._process, self._log)
        self._process = self._log = None
        if remove_storage is None:
            remove_storage = self._own_storage
        if remove_storage:
            shutil.rmtree(self.storage, ignore_errors=True)

    def post_alerts(self, alerts: list[dict]) -> None:
        """``POST /api/v2/alerts`` as Prometheus does (postable alerts). Raises httpx.HTTPError."""
        response = httpx.post(self.url + "/api/v2/alerts", json=alerts, timeout=10)
        response.raise_for_status()

    def __enter__(self) -> LocalAlertmanager:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


def guide_alerts(now: dt.datetime | None = None, lifetime: dt.timedelta = dt.timedelta(hours=12)) -> list[dict]:
    """The guide's twelve alerts (shipped in resources/scenarios), ready to post: each begun a
    few minutes before ``now`` (critical first) and ending ``lifetime`` later, so that they stay
    active without being sent again."""
    now = now or dt.datetime.now(dt.timezone.utc)
    raw = shipped("scenarios", "on-call-guide-alerts.json").read_text("utf-8")
    alerts = json.loads(raw)
    for index, alert in enumerate(alerts):
        alert["startsAt"] = (now - dt.timedelta(minutes=2 + index)).isoformat()
        alert["endsAt"] = (now + lifetime).isoformat()
    return alerts
