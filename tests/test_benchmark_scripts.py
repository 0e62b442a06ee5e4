"""The benchmark scripts still start: each imports what it measures and answers ``--help``.

They are not run by the suite (minutes each, and their figures are for a person to read), so a
rename in the package could break one unseen: ``poll_cost.py`` imported a decoder that the
client no longer had, and failed at its first line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"
SCRIPTS = sorted(p.name for p in BENCHMARKS.glob("*.py")
                 if not p.name.startswith("_") and p.name not in ("bare_tray.py", "heap_stats.py"))


def test_every_script_is_listed():
    assert {"poll_cost.py", "memory.py", "responsiveness.py", "gui_stall.py", "churn.py"} <= set(SCRIPTS)


@pytest.mark.parametrize("script", SCRIPTS)
def test_the_script_imports_and_answers_help(script):
    done = subprocess.run([sys.executable, str(BENCHMARKS / script), "--help"], capture_output=True, text=True,
                          timeout=120, cwd=BENCHMARKS.parent)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "usage:" in done.stdout
