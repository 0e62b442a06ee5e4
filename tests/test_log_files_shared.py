"""Code review 81 AX10: the tray and every command rotated the same ``oncall-tray.log`` from
separate processes: after a command rotated it, the tray kept writing into the renamed
``oncall-tray.log.1`` (on Windows the rename failed with a traceback on the command's stderr).
The tray alone writes and rotates ``oncall-tray.log``; commands write their own file, rolled over
only at their start. Real processes, as the tray and a command run."""

from __future__ import annotations

import subprocess
import sys

TRAY = """
import logging, pathlib, sys
from oncall_tray.logs import setup_logging
setup_logging(False, pathlib.Path(sys.argv[1]))
log = logging.getLogger("oncall_tray.ui.poller")
log.info("TRAY line before " + "t" * 990000)  # the tray's log near 1 MB
print("ready", flush=True)
sys.stdin.readline()  # the command has run
log.warning("TRAY poll failed after the command ran")
"""
COMMAND = """
import logging, pathlib, sys
from oncall_tray.logs import setup_logging
print(setup_logging(False, pathlib.Path(sys.argv[1]), command=True))
logging.getLogger("oncall_tray.cli").info("COMMAND line " + "c" * int(sys.argv[2]))
"""


def _command(folder, size: int = 20000) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", COMMAND, str(folder), str(size)], capture_output=True, text=True,
                          timeout=60)


def test_a_command_never_rotates_the_tray_log_from_under_the_tray(tmp_path):
    with subprocess.Popen([sys.executable, "-c", TRAY, str(tmp_path)], stdin=subprocess.PIPE,
                          stdout=subprocess.PIPE, text=True) as tray:
        try:
            assert tray.stdout.readline().strip() == "ready"
            done = _command(tmp_path)
            assert done.returncode == 0 and done.stderr == "", done.stderr
            tray.stdin.write("go\n")
            tray.stdin.flush()
            assert tray.wait(timeout=60) == 0
        finally:
            if tray.poll() is None:
                tray.kill()
    tray_log = (tmp_path / "oncall-tray.log").read_text(encoding="utf-8")
    assert "TRAY line before" in tray_log and "TRAY poll failed after the command ran" in tray_log
    assert "COMMAND line" not in tray_log
    assert not (tmp_path / "oncall-tray.log.1").exists()
    commands_log = tmp_path / "oncall-tray-commands.log"
    assert done.stdout.strip() == str(commands_log)
    assert "COMMAND line" in commands_log.read_text(encoding="utf-8")


def test_commands_roll_their_own_file_over_at_their_start_only(tmp_path):
    first = _command(tmp_path, 1_100_000)  # past the size within one run: not rolled over meanwhile
    assert first.returncode == 0 and first.stderr == ""
    commands_log = tmp_path / "oncall-tray-commands.log"
    assert commands_log.stat().st_size > 1_000_000 and not (tmp_path / "oncall-tray-commands.log.1").exists()
    second = _command(tmp_path, 10)
    assert second.returncode == 0 and second.stderr == ""
    assert (tmp_path / "oncall-tray-commands.log.1").stat().st_size > 1_000_000
    assert commands_log.stat().st_size < 1000 and "COMMAND line" in commands_log.read_text(encoding="utf-8")
