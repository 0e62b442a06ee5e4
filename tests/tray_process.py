"""Runs the real oncall-tray application as a subprocess on a virtual desktop (tests only)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from conftest import wait_until
from PySide6.QtGui import QColor, QImage

from oncall_tray.ui.icons import COLOURS


class TrayProcess:
    """``python -m oncall_tray`` with a settings file written for the test.

    Args:
        desktop: the VirtualDesktop whose env the app gets.
        url: the Alertmanager URL.
        folder: where the settings file, the log folder and the cache go.
        settings: extra YAML lines.
    """

    def __init__(self, desktop, url: str, folder: Path, settings: str = "", language: str = "en", *,
                 config: Path | None = None, env: dict | None = None,
                 command: list[str] | None = None, shift_open: bool = False) -> None:
        """``config``: use this settings file instead of writing one; ``env``: this environment
        instead of one with XDG folders in ``folder`` (the single-instance lock and socket live
        in its ``XDG_RUNTIME_DIR``); ``command``: what to run instead of ``python -m oncall_tray``;
        ``shift_open``: start a shift first (``handoff start --confirm``), so that no shift start
        window opens over the others."""
        self.desktop = desktop
        self.folder = folder
        self.config = config or folder / "config.yaml"
        if config is None:
            self.config.write_text(
                f"alertmanager_url: {url}\npoll_interval: 1\nmax_retry_interval: 1\nrequest_timeout: 5\n"
                f"language: {language}\nengineer: tester\n" + settings, encoding="utf-8")
        if env is None:
            (folder / "runtime").mkdir(mode=0o700, exist_ok=True)
            env = {**desktop.env, "XDG_CONFIG_HOME": str(folder / "xdg-config"),
                   "XDG_STATE_HOME": str(folder / "xdg-state"), "XDG_CACHE_HOME": str(folder / "xdg-cache"),
                   "XDG_DATA_HOME": str(folder / "xdg-data"), "XDG_RUNTIME_DIR": str(folder / "runtime")}
        self.env = env
        if shift_open:
            subprocess.run([sys.executable, "-m", "oncall_tray", "--config", str(self.config), "handoff", "start",
                            "--confirm"], env=env, check=True, capture_output=True)
        self.log = open(folder / "app.stderr", "wb")
        self.process = subprocess.Popen(
            [*(command or [sys.executable, "-m", "oncall_tray"]), "--verbose", "--config", str(self.config)],
            env=env, stdout=self.log, stderr=subprocess.STDOUT)

    def output(self) -> str:
        return (self.folder / "app.stderr").read_text("utf-8", "replace")

    def terminate(self, timeout: float = 10.0) -> float:
        """SIGTERM; returns the seconds until the process exited."""
        started = time.monotonic()
        self.process.send_signal(signal.SIGTERM)
        self.process.wait(timeout)
        return time.monotonic() - started

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        self.log.close()


def tray_colour_pixels(desktop, shot: Path, colour: str, region: int = 240) -> int:
    """How many pixels of the top-right ``region`` x 40 corner (where trayer sits) have
    ``colour`` (an icons.COLOURS value)."""
    desktop.screenshot(shot)
    image = QImage(str(shot))
    target = QColor(colour)
    count = 0
    for x in range(image.width() - region, image.width()):
        for y in range(0, 40):
            pixel = image.pixelColor(x, y)
            if abs(pixel.red() - target.red()) + abs(pixel.green() - target.green()) + abs(pixel.blue() - target.blue()) < 12:
                count += 1
    return count


__all__ = ["COLOURS", "TrayProcess", "tray_colour_pixels", "wait_until", "os"]
