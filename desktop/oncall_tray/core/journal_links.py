"""The shift journal's connections, one per thread, and their closing (no Qt).

A ``Journal`` gives each thread its own SQLite connection (design notes, "Threads": the tray's
GUI thread, its journal writer, its poller). They were kept in a ``threading.local``, which
does not last in a Qt thread: PySide runs each call into Python from a ``QThread`` with a thread
state of its own, whose thread-locals end with the call. The poller's thread then opened a
connection at every poll and never closed one (its ``stop`` found none to close), and the anchor
on the file (``journal_place``), closed with the last connection, stayed open for good: a
journal closed by every thread that used it still held its ``journal.db``, ``-wal`` and ``-shm``
open (a full test run ended with about 1,100 descriptors, most of them journals').

So the connections are kept by thread identifier. A thread closes its own (``Journal.close``);
the connection of a Python thread that ended without closing it is closed by the next thread
that opens or closes one, so that the anchor goes with the last connection all the same. The
connection of a Qt thread (or any thread Python did not start: Python cannot tell when it ends)
stays until that thread closes it or the journal is let go.
"""

from __future__ import annotations

import sqlite3
import threading
from dataclasses import dataclass

from .journal_place import FileId, JournalPlace


@dataclass
class Link:
    """One thread's connection.

    Attributes:
        conn: the connection (opened with ``check_same_thread=False``, so that the connection of a
            thread that ended can be closed by another; only its own thread uses it).
        held: the file it opened (``JournalPlace.opened``).
        thread: the Python thread it belongs to; None for a thread that Python did not start (a
            ``QThread``), never taken as ended.
    """

    conn: sqlite3.Connection
    held: FileId | None
    thread: threading.Thread | None

    def ended(self) -> bool:
        """True when its Python thread has ended (its connection is used no more)."""
        return self.thread is not None and not self.thread.is_alive()


def _python_thread() -> threading.Thread | None:
    thread = threading.current_thread()
    return None if isinstance(thread, threading._DummyThread) else thread


class Links:
    """A journal's connections by thread (see the module).

    Args:
        place: the journal's place, told of each connection opened and closed.
    """

    def __init__(self, place: JournalPlace) -> None:
        self._place = place
        self._by_thread: dict[int, Link] = {}
        self._lock = threading.Lock()

    def mine(self) -> Link | None:
        """The calling thread's connection, if it has one open."""
        link = self._by_thread.get(threading.get_ident())
        if link is not None and link.thread is not None and link.thread is not threading.current_thread():
            return None  # a thread that ended had this identifier, which a new thread got
        return link

    def add(self, conn: sqlite3.Connection, held: FileId | None) -> Link:
        """Keep ``conn`` as the calling thread's connection (its place was told: ``opened``)."""
        link = Link(conn, held, _python_thread())
        with self._lock:
            before = self._by_thread.get(threading.get_ident())
            self._by_thread[threading.get_ident()] = link
        if before is not None:  # the connection of an ended thread that had the same identifier
            self._close(before)
        self._close_ended()
        return link

    def close(self) -> None:
        """Close the calling thread's connection, and those of the Python threads that ended."""
        with self._lock:
            link = self._by_thread.get(threading.get_ident())
            if link is not None and link.thread is not None and link.thread is not threading.current_thread():
                link = None  # an ended thread's: closed below
            if link is not None:
                del self._by_thread[threading.get_ident()]
        if link is not None:
            self._close(link)
        self._close_ended()

    def _close_ended(self) -> None:
        with self._lock:
            ended = [ident for ident, link in self._by_thread.items() if link.ended()]
            links = [self._by_thread.pop(ident) for ident in ended]
        for link in links:
            self._close(link)

    def _close(self, link: Link) -> None:
        link.conn.close()
        self._place.closed()
