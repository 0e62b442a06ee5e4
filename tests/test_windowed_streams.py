"""A windowed start (PyInstaller console=False, pythonw, the oncall-tray-gui script) has no
stdin, stdout or stderr: Python sets them to None. Every command must still work (issue 7)."""

from __future__ import annotations

import os
import subprocess
import sys

from oncall_tray.demo import free_port


def _close_stdio() -> None:
    for fd in (0, 1, 2):
        os.close(fd)


def run_without_stdio(tmp_path, *args: str) -> tuple[int, str]:
    """Run ``oncall-tray ARGS`` with fds 0-2 closed; (exit code, what the log file holds)."""
    probe = ("import sys\nassert sys.stdout is None and sys.stderr is None\n"
             "from oncall_tray.cli import main\nsys.exit(main(sys.argv[1:]))\n")
    env = {**os.environ, "XDG_STATE_HOME": str(tmp_path / "state"), "LANG": "en_US.UTF-8"}
    (tmp_path / "c.yaml").touch()  # every setting has its default
    code = subprocess.run([sys.executable, "-c", probe, "--config", str(tmp_path / "c.yaml"), *args],
                          stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                          preexec_fn=_close_stdio, env=env, timeout=60).returncode
    logs = list((tmp_path / "state").rglob("oncall-tray-commands.log"))
    return code, logs[0].read_text() if logs else ""


def test_version_help_and_usage_errors_without_stdio(tmp_path):
    assert run_without_stdio(tmp_path, "--version")[0] == 0
    assert run_without_stdio(tmp_path, "--help")[0] == 0
    assert run_without_stdio(tmp_path, "no-such-command")[0] == 1  # a usage error (design: exit 1)


def test_status_and_its_failure_without_stdio(alertmanager, tmp_path):
    assert run_without_stdio(tmp_path, "--alertmanager", alertmanager.url, "status", "--json")[0] == 0
    code, log = run_without_stdio(tmp_path, "--verbose", "--alertmanager", f"http://127.0.0.1:{free_port()}", "status")
    assert code == 2 and "Traceback" not in log
