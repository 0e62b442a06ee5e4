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


def _tray(desktop, tmp_path, name: str, url: str) -> subprocess.Popen:
    """A real tray (``python -m oncall_tray --verbose``: httpx logs each request) on ``desktop``, of
    its own settings file watching ``url`` every second, its log in ``tmp_path``'s state folder."""
    settings = tmp_path / f"{name}.yaml"
    settings.write_text(f"alertmanager_url: {url}\npoll_interval: 1\n", encoding="utf-8")
    env = {**desktop.env, "LANG": "en_US.UTF-8", "LC_ALL": "", "LC_MESSAGES": "", "HOME": str(tmp_path),
           "XDG_STATE_HOME": str(tmp_path / "state"), "XDG_CONFIG_HOME": str(tmp_path / "xdg-config"),
           "XDG_DATA_HOME": str(tmp_path / "xdg-data")}
    return subprocess.Popen([sys.executable, "-m", "oncall_tray", "--verbose", "--config", str(settings)],
                            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)


def _text(path) -> str:
    return path.read_text(encoding="utf-8", errors="replace") if path.exists() else ""


def test_two_trays_never_rotate_one_file_under_each_other(tmp_path, desktop, alertmanager):
    """Code review 82A AY5: two trays of one user (two settings files, the side tray) both wrote and
    rotated ``oncall-tray.log``: once tray A rotated it, tray B wrote on into ``oncall-tray.log.1``.
    Tray A (its lines name 127.0.0.1) holds ``oncall-tray.log``, near 1 MB at its start so that it
    rotates it; tray B (``localhost``) writes ``oncall-tray-2.log``, whatever A renames."""
    from conftest import wait_until

    from oncall_tray.logs import LOG_FILE_BYTES

    port = alertmanager.url.rsplit(":", 1)[1]
    folder = tmp_path / "state" / "oncall-tray" / "log"
    folder.mkdir(parents=True)
    (folder / "oncall-tray.log").write_text("an earlier run\n" + "e" * (LOG_FILE_BYTES - 2000) + "\n", "utf-8")
    trays = [_tray(desktop, tmp_path, "a", f"http://127.0.0.1:{port}")]
    try:
        wait_until(lambda: f"127.0.0.1:{port}/api/v2/alerts" in _text(folder / "oncall-tray.log"), 60,
                   "tray A's polls in oncall-tray.log")
        trays.append(_tray(desktop, tmp_path, "b", f"http://localhost:{port}"))
        wait_until(lambda: f"localhost:{port}/api/v2/alerts" in _text(folder / "oncall-tray-2.log"), 60,
                   "tray B's polls in oncall-tray-2.log")
        wait_until(lambda: "an earlier run" in _text(folder / "oncall-tray.log.1"), 60, "tray A's rotation")
        written = _text(folder / "oncall-tray-2.log").count(f"localhost:{port}/api/v2/alerts")
        wait_until(lambda: _text(folder / "oncall-tray-2.log").count(f"localhost:{port}/api/v2/alerts") > written + 1,
                   60, "tray B's polls after A's rotation")
        assert all(tray.poll() is None for tray in trays)
    finally:
        for tray in trays:
            tray.terminate()
        for tray in trays:
            try:
                tray.wait(30)
            except subprocess.TimeoutExpired:
                tray.kill()
                tray.wait(10)
    for path in folder.glob("oncall-tray.log*"):
        assert f"localhost:{port}" not in _text(path), path  # B never wrote into A's files
    assert f"127.0.0.1:{port}" not in _text(folder / "oncall-tray-2.log")
