"""The shift journal closes what it opens: every thread's connection and the anchor on the file
(core/journal_place.py), also for threads that never close their own (tests/open_files.py)."""

from __future__ import annotations

import threading

from open_files import watched_kinds
from PySide6.QtCore import QObject, QThread, Signal, Slot

from oncall_tray.core.journal import Journal
from oncall_tray.core.journal_schema import EventKind


def test_a_thread_that_ends_without_closing_its_connection_leaves_nothing_open(tmp_path):
    journal = Journal.open(tmp_path / "journal.db")
    worker = threading.Thread(target=lambda: journal.record(EventKind.NOTE, text="from a thread"))
    worker.start()
    worker.join()
    journal.close()
    assert not watched_kinds(tmp_path)


def test_a_journal_used_as_a_context_closes_on_leaving_it(tmp_path):
    with Journal.open(tmp_path / "journal.db") as journal:
        journal.record(EventKind.NOTE, text="noted")
        assert watched_kinds(tmp_path)
    assert not watched_kinds(tmp_path)
    with Journal(tmp_path / "journal.db") as again:  # opened lazily, by its first use
        assert [e.text for e in again.events()] == ["noted"]
    assert not watched_kinds(tmp_path)


class _Reader(QObject):
    """Reads the journal in its Qt thread, as the tray's poller does at each poll, and closes its
    connection when stopped (``PollerWorker.stop``)."""

    read = Signal(int)

    def __init__(self, journal: Journal) -> None:
        super().__init__()
        self.journal = journal

    @Slot()
    def count(self) -> None:
        self.read.emit(self.journal.count_events())

    @Slot()
    def stop(self) -> None:
        self.journal.close()
        self.read.emit(-1)


class _Asker(QObject):
    """Asks from the GUI thread, and hears the answers there."""

    ask = Signal()
    stop = Signal()
    answered = Signal(int)


def test_a_qt_thread_keeps_one_connection_across_its_calls_and_closes_it(qtbot, tmp_path):
    """PySide runs each call into Python from a Qt thread with a thread state of its own, whose
    thread-locals end with the call: the poller's thread opened a connection at every poll, its
    ``stop`` found none to close, and the journal's file stayed open after every thread closed
    its connection (``journal_links``)."""
    journal = Journal.open(tmp_path / "journal.db")
    thread, reader, asker = QThread(), _Reader(journal), _Asker()
    reader.moveToThread(thread)
    asker.ask.connect(reader.count)
    asker.stop.connect(reader.stop)
    reader.read.connect(asker.answered)  # queued: heard in this thread
    thread.start()
    try:
        with qtbot.waitSignal(asker.answered, timeout=5000):
            asker.ask.emit()
        opened = watched_kinds(tmp_path)
        for _call in range(3):
            with qtbot.waitSignal(asker.answered, timeout=5000):
                asker.ask.emit()
        assert watched_kinds(tmp_path) == opened
        with qtbot.waitSignal(asker.answered, timeout=5000):
            asker.stop.emit()
    finally:
        thread.quit()
        assert thread.wait(5000)
    journal.close()
    assert not watched_kinds(tmp_path)
