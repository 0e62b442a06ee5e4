"""An optional sound for critical alerts (issue 4: optional, off by default and in tests).

Played with the platform's own player, off the GUI thread (the notification thread calls it):
``winsound`` on Windows, ``afplay`` on macOS, ``paplay`` (PulseAudio/PipeWire) or ``aplay``
(ALSA) on Linux. A missing player or a failure is logged, never raised: a sound is a hint.
"""

from __future__ import annotations

import logging
import shutil
import sys
from pathlib import Path

from ..paths import shipped

log = logging.getLogger(__name__)
PLAY_TIMEOUT_S = 5


def critical_sound() -> Path:
    """The shipped sound file (a short two-tone WAV)."""
    return shipped("sounds", "critical.wav")


def player_command(path: Path) -> list[str] | None:
    """The command that plays ``path`` here, None where Python plays it itself (Windows) or
    no player is installed."""
    if sys.platform == "win32":
        return None
    candidates = (("afplay",),) if sys.platform == "darwin" else (("paplay",), ("aplay", "-q"))
    for command in candidates:
        if shutil.which(command[0]):
            return [*command, str(path)]
    return None


def play(path: Path | None = None, warned: bool = False) -> bool:
    """Play ``path`` (default: the critical sound) and wait for it (at most 5 s); True when it
    played. Blocking: call it from a worker thread. ``warned``: the caller has had a failure
    logged as a warning already; this one goes to the debug log (one warning per run, not one
    per critical alert)."""
    import subprocess  # only when a critical alert sounds: the tray at rest does without it (memory, issue 2)

    path = path or critical_sound()
    level = logging.DEBUG if warned else logging.WARNING
    try:
        if sys.platform == "win32":
            import winsound

            winsound.PlaySound(str(path), winsound.SND_FILENAME)
            return True
        command = player_command(path)
        if command is None:
            log.log(level, "no sound player found (paplay, aplay or afplay); the critical sound is off")
            return False
        subprocess.run(command, check=True, timeout=PLAY_TIMEOUT_S,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        return True
    except (OSError, subprocess.SubprocessError, RuntimeError) as exc:
        log.log(level, "the critical sound did not play: %s", exc)
        return False
