"""Pausing a real Alertmanager with SIGSTOP and resuming it with SIGCONT, as a laptop that
sleeps or a VPN that stalls does to it in the middle of a request: the connection is accepted
(by the kernel), the request is read and acted on only after SIGCONT, and in between no answer
comes. Plus a watch on the log record that says a silence is being looked for after such a
failure, so that a test resumes Alertmanager at that moment instead of after a fixed sleep."""

from __future__ import annotations

import logging
import os
import signal
import threading

#: the logger of the look-up after an uncertain failure (``alertmanager.silence_check``)
CHECK_LOGGER = "oncall_tray.alertmanager.silence_check"


class Paused:
    """``with Paused(am):`` stops the Alertmanager process on entry and always resumes it on
    exit; ``resume()`` resumes it earlier (twice is harmless)."""

    def __init__(self, am) -> None:
        self.pid = am._process.pid  # the fixture's own process
        self.paused = False

    def __enter__(self) -> Paused:
        os.kill(self.pid, signal.SIGSTOP)
        self.paused = True
        stopped(self.pid)
        return self

    def resume(self) -> None:
        """SIGCONT, once."""
        if self.paused:
            os.kill(self.pid, signal.SIGCONT)
            self.paused = False

    def __exit__(self, *exc) -> None:
        self.resume()


def stopped(pid: int) -> None:
    """Wait until the child ``pid``, sent SIGSTOP, has stopped: every one of its threads.

    ``kill`` returns once the signal is queued, not once the process stopped: the kernel wakes
    one thread of it to start the group stop, and under load that thread may wait for a CPU
    while another (Go's network poller) reads a request and answers it. Then an
    acknowledgement sent "to a paused Alertmanager" came back accepted (a flaky
    ``test_without_an_answer_the_row_goes_back_to_what_it_was``). ``waitpid(WUNTRACED)``
    returns when the last thread has stopped (the parent is told of the stop then).

    Raises:
        RuntimeError: the process ended instead (it is reaped here: its ``Popen`` sees it gone).
    """
    _pid, status = os.waitpid(pid, os.WUNTRACED)
    if not os.WIFSTOPPED(status):
        raise RuntimeError(f"Alertmanager {pid} ended instead of stopping (wait status {status})")


class CheckStarted(logging.Handler):
    """Sets ``started`` when the client starts asking Alertmanager whether a silence was
    created after an uncertain failure (a record marked ``silence_check="asking"``), after
    calling ``then`` (in the client's thread, before its first look: ``Paused.resume`` there
    resumes Alertmanager before the look is sent, whereas a resume from the test's thread came,
    on a loaded machine, after the look had timed out: a flaky "unknown"). Use as a context
    manager: attached to that logger meanwhile."""

    def __init__(self, then=None) -> None:
        super().__init__(logging.DEBUG)
        self.started = threading.Event()
        self._then = then
        self._logger = logging.getLogger(CHECK_LOGGER)
        self._level = self._logger.level

    def emit(self, record: logging.LogRecord) -> None:
        if getattr(record, "silence_check", "") == "asking":
            if self._then is not None:
                self._then()
            self.started.set()

    def __enter__(self) -> CheckStarted:
        self._logger.addHandler(self)
        self._logger.setLevel(logging.DEBUG)
        return self

    def __exit__(self, *exc) -> None:
        self._logger.removeHandler(self)
        self._logger.setLevel(self._level)
