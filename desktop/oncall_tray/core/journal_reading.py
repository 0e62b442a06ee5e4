"""A shift journal opened by a command that only reads it (``Journal(read_only=True)``; no Qt).

Review 57 S10: ``handoff history`` (and ``status``, a handoff preview) set a damaged journal
aside, and started a new one, as the tray does: a command that only reads must never rename,
rewrite or create the journal. Such a command, finding the journal

* absent: reads an empty journal kept in memory (nothing is made on disk);
* damaged (``journal_file.damage_reason``): reads what can be read of the file carried into a
  journal in memory (``journal_salvage.read_salvaged``, review 60 V5: read as it is, query by
  query, every query meeting a damaged page failed whole; as it is when nothing can be carried;
  nothing made beside it either way), and ``Unreadable`` says what cannot be read and how to
  repair it: start the tray, which sets the file aside and carries what can
  still be read into a new journal (``journal_salvage``). Writing to it is refused.

A sound journal is opened as any command opens it.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from ..i18n import Message, Translate, english
from .journal_checks import garbled_row
from .journal_file import BUSY_TIMEOUT_S, damage_reason, present
from .journal_salvage import TABLE_WORDS, open_damaged, read_salvaged
from .journal_schema import APPLICATION_ID, SCHEMA, SCHEMA_VERSION

#: How to repair a damaged journal, said after what cannot be read.
_REPAIR = Message("journal", "To repair it, start the tray (quit it first if it is running): it sets the damaged "
                             "file aside, keeping it, and carries what can still be read into a new journal.")


@dataclass(frozen=True)
class Unreadable:
    """A damaged journal that a command only reads, left as it is.

    Attributes:
        path: the journal's path.
        reason: SQLite's words for the damage (``damage_reason``).
        tables: the tables that cannot be read whole (``PRAGMA integrity_check(table)`` fails);
            None when none can be used (not a journal, or its list of tables is unreadable):
            an empty journal is read instead.
    """

    path: Path
    reason: str
    tables: tuple[str, ...] | None

    def message(self, tr: Translate = english) -> str:
        """What to tell the engineer: what cannot be read, that nothing was changed, how to
        repair it."""
        if self.tables is None:
            said = Message("journal", "The shift journal %1 cannot be read (%2). This command only reads it: nothing "
                                      "in it was changed.", (str(self.path), self.reason))
        else:
            words = ", ".join(tr("journal", TABLE_WORDS.get(table, table)) for table in self.tables) \
                or tr("journal", "its indexes")
            said = Message("journal", "The shift journal %1 is damaged (%2). This command only reads it: nothing in it "
                                      "was changed, and what can still be read is shown. Cannot be read, or not "
                                      "whole: %3.", (str(self.path), self.reason, words))
        return said.text(tr) + " " + _REPAIR.text(tr)

    def refusal(self) -> Message:
        """Why a write is refused (a ``JournalError``'s reason)."""
        return Message("journal", "the shift journal %1 is damaged, and this command only reads it: nothing was "
                                  "written to it", (str(self.path),))


def look(path: Path) -> tuple[Unreadable | None, bool]:
    """The journal at ``path`` for a command that only reads it, changing nothing: what of it
    cannot be read (None when it is sound), and whether there is none to read (absent, empty,
    or only a write-ahead log left).

    Raises:
        JournalError: it cannot be checked (``damage_reason``).
    """
    if not present(path) or path.stat().st_size == 0:
        return None, True
    reason = damage_reason(path, read_only=True)
    if reason is None:
        return None, False
    return Unreadable(path, reason, damaged_tables(path)), False


def damaged_tables(path: Path) -> tuple[str, ...] | None:
    """The tables of the journal at ``path`` that ``PRAGMA integrity_check(table)`` finds
    damaged (the table or its indexes), or with a row its readers cannot convert
    (``journal_checks.garbled_row``), in ``TABLE_WORDS``' order; None when it is not a
    journal or its list of tables cannot be read."""
    try:
        conn = open_damaged(path, BUSY_TIMEOUT_S)
    except sqlite3.Error:
        return None
    try:
        if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            return None
        names = [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                                "AND name NOT LIKE 'sqlite_%'")]
        damaged = []
        for name in sorted(names, key=lambda n: list(TABLE_WORDS).index(n) if n in TABLE_WORDS else len(TABLE_WORDS)):
            try:
                if conn.execute(f'PRAGMA integrity_check("{name}")').fetchall() != [("ok",)] \
                        or garbled_row(conn, name) is not None:
                    damaged.append(name)
            except sqlite3.DatabaseError:
                damaged.append(name)
        return tuple(damaged)
    except sqlite3.DatabaseError:
        return None
    finally:
        conn.close()


def reading_connection(path: Path, unreadable: Unreadable | None) -> sqlite3.Connection:
    """A connection that reads what can be read of the damaged journal at ``path`` (carried
    into memory, or, when nothing can be, the file as it is), or, with none to read
    (``unreadable`` None, or its ``tables`` None), an empty journal in memory.

    Raises:
        sqlite3.Error: it cannot be opened.
    """
    carried = read_salvaged(path) if unreadable is not None and unreadable.tables is not None else None
    if carried is not None:
        conn = carried
    elif unreadable is not None and unreadable.tables is not None:
        conn = open_damaged(path, BUSY_TIMEOUT_S)
    else:
        conn = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
        for statement in SCHEMA:
            conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    conn.row_factory = sqlite3.Row
    return conn
