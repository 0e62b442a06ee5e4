"""Work off the GUI thread with the result back on it (design notes, "Threads": the GUI thread
never waits on a disk or a network).

``Background`` runs tasks in its own Python thread(s), in the order given when it has one
thread, and hands each result (or error) back to the GUI thread through a queued signal.

The journal's writer is one: every write of the tray (a poll's findings, a note, a tick, a line
typed) is queued to one thread, which runs them in order, each in its own transaction, with its
own SQLite connection. The windows read the journal on the GUI thread (WAL: a read never waits
for the writer) and keep what the engineer typed on screen as the truth while they are open, so
a read that runs before a queued write is done never takes a tick or a word back. On quit,
``shutdown`` lets the queue drain (bounded), so nothing typed before is lost.

Requests to Alertmanager made from the windows (expiring a silence, checking the dashboards)
run on another ``Background``.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor, wait
from concurrent.futures import TimeoutError as FutureTimeout

from PySide6.QtCore import QObject, Qt, QThread, Signal

from .translations import failure_text

log = logging.getLogger(__name__)
Done = Callable[[object, BaseException | None], None]


def stop_as_it_ends(thread: QThread, stop: Callable[[], None]) -> None:
    """Run ``stop`` (a worker's: closing its client, its journal connection) in ``thread`` as it
    ends, however it ends. A stop queued to the thread before ``quit`` is not delivered when
    ``quit`` comes before the thread's event loop runs: a poller stopped during its first poll
    (new settings applied twice in a row) kept its journal connection and its client open."""
    thread.finished.connect(stop, Qt.ConnectionType.DirectConnection)


#: How long a quit that drops the queued tasks (``Background.shutdown(0)``) still lets the running
#: ones end, in seconds: a request answering within it does not send the process down the
#: ``os._exit`` path (the tests' trays saw a dashboards check still running under load).
RUNNING_GRACE_S = 0.3

class Background(QObject):
    """Runs tasks in ``threads`` Python threads (one: in order).

    Args:
        name: the threads' name prefix.
        last: run in the thread at ``shutdown`` after every queued task (closes the journal's
            connection of the thread).

    Signals:
        failed(str): a task without a ``done`` callback failed (the message, for the windows, in
            the engineer's language: ``translations.failure_text``).
        erred(object): any task failed, with its exception, before its ``done`` runs: who waits
            for a task queued behind it hears at once why the journal cannot be written (review
            62 Y4: an escalation said nothing for 30–50 s behind the poll's writes, each waiting out
            the busy timeout of a locked journal).
        idle(): nothing is queued or running any more.
    """

    failed = Signal(str)
    erred = Signal(object)
    idle = Signal()
    _finished = Signal(object, object, object)

    def __init__(self, name: str, threads: int = 1, last: Callable[[], None] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._last = last or (lambda: None)
        self._executor = ThreadPoolExecutor(max_workers=threads, thread_name_prefix=f"oncall-tray-{name}")
        self._closed = False
        self._pending = 0
        self._futures: set[Future] = set()  # queued or running, for ``shutdown``
        self._lock = threading.Lock()
        self._finished.connect(self._on_finished, Qt.ConnectionType.QueuedConnection)

    @property
    def busy(self) -> bool:
        """True while tasks are queued or running, or their ``done`` has not run yet."""
        with self._lock:
            return self._pending > 0

    def submit(self, fn: Callable, *args, done: Done | None = None, **kwargs) -> Future | None:
        """Queue ``fn(*args, **kwargs)``; ``done(result, error)`` runs in the GUI thread after it,
        unless ``shutdown`` came first (a window's follow-up would read the journal the tray
        closed, and open it again). After ``shutdown`` nothing is queued and None is returned
        (a window's follow-up read that a finishing task asked for while the app quits)."""
        if self._closed:
            log.debug("after shutdown, not queued: %s", getattr(fn, "__name__", fn))
            return None
        with self._lock:
            self._pending += 1

        def task():
            try:
                result, error = fn(*args, **kwargs), None
            except Exception as exc:  # reported in the GUI thread
                result, error = None, exc
            self._finished.emit(done, result, error)
            return result

        future = self._executor.submit(task)
        with self._lock:
            self._futures.add(future)
        future.add_done_callback(self._forget)
        return future

    def _forget(self, future: Future) -> None:
        with self._lock:
            self._futures.discard(future)

    def _on_finished(self, done: Done | None, result, error: BaseException | None) -> None:
        with self._lock:
            self._pending -= 1
        if self._closed:  # stopped (the app quits): the task's work is done, its follow-up shown to no one
            log.debug("after shutdown, not followed up: %s", getattr(done, "__name__", done))
            if not self.busy:
                self.idle.emit()
            return
        if error is not None:
            log.error("background task failed: %s", error)
            self.erred.emit(error)
            if done is None:
                self.failed.emit(failure_text(error))  # in the engineer's language (review 65 T5)
        if done is not None:
            done(result, error)
        if not self.busy:
            self.idle.emit()

    def shutdown(self, timeout_s: float = 3.0) -> bool:
        """Let the queued tasks finish (at most ``timeout_s``), run ``last`` and stop; False when
        the queue did not drain in time (the process may exit: every finished journal write is
        committed). ``timeout_s`` 0: drop what is queued and do not wait; False when a task was
        running (its thread is joined at the interpreter's exit: a request to an Alertmanager that
        does not answer held the process past the quit's budget, code review 80 AV3; the caller
        exits without waiting: ``launch``). A second call (the
        crash dialog's *Restart* after the crash stopped the app) does nothing (review 19: it
        raised "cannot schedule new futures after shutdown")."""
        if self._closed:
            return True
        self._closed = True
        if timeout_s <= 0:  # requests to Alertmanager: not worth waiting for at quit
            self._executor.shutdown(wait=False, cancel_futures=True)
            with self._lock:
                running = [future for future in self._futures if not future.done()]
            if running:  # one ending now (a dashboards check, an answer on its way) is not held
                running = list(wait(running, timeout=RUNNING_GRACE_S).not_done)
            if running:
                log.warning("%d request(s) still running at quit: not waited for", len(running))
            return not running
        last = self._executor.submit(self._last)
        self._executor.shutdown(wait=False)
        try:
            last.result(timeout_s)
        except FutureTimeout:
            log.warning("background tasks still queued or running at quit")
            return False
        return True
