"""PySide6 6.12 takes references from None (calls that return nothing) and True (emits) on
Python < 3.12: tens of thousands of such calls must not abort the process once the guard is in
place (the tray makes them at every poll, all shift long)."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
import sys
from PySide6.QtCore import QObject, Signal
from oncall_tray.ui.qt_workarounds import guard_singleton_refcounts, leaking_singletons
class O(QObject):
    s = Signal(object)
leaking = leaking_singletons()
calls = max(sys.getrefcount(None), sys.getrefcount(True)) + 1000  # more than they have references
if sys.argv[1] == "guard":
    guard_singleton_refcounts()
o = O()
o.s.connect(lambda value: None)
for i in range(calls):
    o.s.emit(i)
    o.setObjectName("x")
print("alive", len(leaking))
"""


def run(mode: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", SCRIPT, mode], capture_output=True, text=True, timeout=300)


def test_many_qt_calls_with_the_guard():
    guarded = run("guard")
    assert guarded.returncode == 0, guarded.stderr
    assert guarded.stdout.startswith("alive")
    if guarded.stdout.strip() != "alive 0":  # the binding has the bug: without the guard, it dies
        unguarded = run("none")
        assert unguarded.returncode != 0 and "_dealloc: deallocating" in unguarded.stderr


SOURCE_CACHE_SCRIPT = """
import linecache, sys
import oncall_tray.ui  # installs the replacement
sys.path.insert(0, sys.argv[1])
import probe_module
print(probe_module.__file__ in linecache.cache, probe_module.VALUE)
"""


def test_modules_imported_after_pyside6_leave_no_source_in_linecache(tmp_path):
    """PySide6's import hook reads the source of every module imported after it; with the
    workaround it no longer keeps that source in ``linecache`` (5 to 7 MB for the tray)."""
    (tmp_path / "probe_module.py").write_text("import PySide6\nVALUE = 42\n")
    done = subprocess.run([sys.executable, "-c", SOURCE_CACHE_SCRIPT, str(tmp_path)], capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["False", "42"]
