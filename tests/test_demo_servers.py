"""The demo's servers go with the process that started them, even when it is killed (SIGKILL):
a killed demo or test run must not leave an Alertmanager holding its port."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import textwrap

import pytest

from conftest import wait_until

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prctl(PR_SET_PDEATHSIG) is Linux's")

STARTER = textwrap.dedent("""
    import sys, threading
    from oncall_tray.demo import LocalAlertmanager
    am = LocalAlertmanager().start()
    print(am._process.pid, am.storage, flush=True)
    threading.Event().wait()
""")


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            return stat.read().split(") ", 1)[1][0] != "Z"
    except FileNotFoundError:
        return False


def test_alertmanager_ends_when_the_demo_is_killed():
    pid, storage = None, None
    with subprocess.Popen([sys.executable, "-c", STARTER], stdout=subprocess.PIPE, text=True) as starter:
        try:
            line = starter.stdout.readline()
            assert line, "the starter printed nothing"
            pid, storage = int(line.split()[0]), line.split(maxsplit=1)[1].strip()
            assert _alive(pid)
            starter.send_signal(signal.SIGKILL)
            starter.wait(10)
            wait_until(lambda: not _alive(pid), 10, "the Alertmanager to end after its parent was killed")
        finally:
            if starter.poll() is None:
                starter.kill()
            if pid is not None and _alive(pid):
                os.kill(pid, signal.SIGKILL)
            if storage:
                shutil.rmtree(storage, ignore_errors=True)
