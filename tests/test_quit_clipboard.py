"""The handoff Markdown copied just before Quit can be pasted after a quit that ends in
``os._exit`` (a request still running: code review 83 BA7): the clipboard is handed to the
clipboard manager first, as the QApplication's destruction does at a normal exit. Under Xvfb
with a small clipboard manager (``clipboard_manager.py``), a shift controller whose expire an
Alertmanager never answers (``expire_quit_process.py``; a fake server only for that hang) and a
second Qt process pasting."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from desktop_env import VirtualDesktop
from fakeserver import FakeServer

HERE = Path(__file__).parent
MARKDOWN = "# Passagem de turno\n- APIDown: acionado às 14:02 ✓"
PASTE = "from PySide6.QtGui import QGuiApplication; app = QGuiApplication([]); " \
        "print(QGuiApplication.clipboard().text(), end='')"


def _line(process: subprocess.Popen) -> str:
    line = process.stdout.readline()
    assert line, process.stderr.read() if process.stderr else "no output"
    return line.strip()


@pytest.mark.parametrize("handed_over", [True, False])
def test_text_copied_before_a_quit_through_os_exit_can_be_pasted_after(tmp_path, handed_over):
    with VirtualDesktop(tray=False) as desk, FakeServer(body=b"[]", hang_posts=True) as server:
        env = {**desk.env, "PYTHONPATH": str(HERE.parent / "desktop")}
        with subprocess.Popen([sys.executable, str(HERE / "clipboard_manager.py")], env=env, text=True,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE) as manager:
            try:
                assert _line(manager) == "ready"
                with subprocess.Popen([sys.executable, str(HERE / "expire_quit_process.py"), str(tmp_path / "j.db"),
                                       server.url, MARKDOWN, *([] if handed_over else ["skip"])], env=env, text=True,
                                      stdout=subprocess.PIPE, stderr=subprocess.PIPE) as quitter:
                    assert _line(quitter) == "quitting"
                    assert quitter.wait(30) == 3, quitter.stderr.read()  # through os._exit: a request still ran
                pasted = subprocess.run([sys.executable, "-c", PASTE], env=env, capture_output=True, timeout=30)
            finally:
                manager.kill()
    # the manager was asked for the clipboard and pasted it back only when it was handed over
    assert (pasted.stdout.decode() == MARKDOWN) is handed_over, pasted


def test_a_quit_while_the_poller_hangs_in_a_dns_lookup_exits_with_its_code():
    """Code review 84 BC5: the hand-over destroyed the application while the poller's QThread ran
    (stuck in a DNS lookup): Qt aborted ("QThread: Destroyed while thread … is still running", exit
    134). The quit exits with its code; the hand-over is skipped then, and said in the log."""
    with VirtualDesktop(tray=False) as desk:
        env = {**desk.env, "PYTHONPATH": str(HERE.parent / "desktop")}
        with subprocess.Popen([sys.executable, str(HERE / "poller_quit_process.py"), MARKDOWN], env=env, text=True,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE) as quitter:
            assert _line(quitter) == "quitting"
            code = quitter.wait(30)
            errors = quitter.stderr.read()
    assert code == 3, errors
    assert "Destroyed while thread" not in errors, errors
    assert "clipboard not handed over" in errors, errors
