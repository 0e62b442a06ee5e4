"""The journal's ``state`` table (no Qt): what the engineer is typing or ticking, kept while it
is typed (drafts, checklists), by scope and key, JSON-encoded. A mixin of ``Journal``, whose
``query`` and ``transaction`` it uses (split out of ``journal`` for size)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from .journal_schema import dumps, loads, ts

#: Saves one value (scope, key, JSON value, updated_at), replacing the one before.
UPSERT = ("INSERT INTO state (scope, key, value, updated_at) VALUES (?, ?, ?, ?) "
          "ON CONFLICT (scope, key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at")


class SavedState:
    """``Journal``'s saved values (see the module). Raises (from every method): JournalError."""

    def get_state(self, scope: str, key: str, default=None):
        """A saved value (JSON-decoded), or ``default``."""
        rows = self.query("SELECT value FROM state WHERE scope = ? AND key = ?", (scope, key))
        return loads(rows[0]["value"]) if rows else default

    def state(self, scope: str) -> dict:
        """Every saved value of a scope, by key."""
        return {r["key"]: loads(r["value"]) for r in self.query(
            "SELECT key, value FROM state WHERE scope = ?", (scope,))}

    def set_state(self, scope: str, key: str, value) -> None:
        """Save a value (anything JSON can hold), replacing the one before."""
        self.update_state(scope, key, lambda _old: value)

    def update_state(self, scope: str, key: str, change: Callable[[object], object]):
        """Read a saved value, ``change`` it and save the result, in one write transaction, so
        that no other writer (the command line, the tray) slips in between; returns the value
        saved. ``change(old)`` gets the JSON-decoded value, or None when there is none; what it
        returns is saved unless it equals ``old`` (None is not saved where nothing was).

        Raises:
            JournalError: the journal cannot be written.
        """
        with self.transaction() as tx:
            row = tx.conn.execute("SELECT value FROM state WHERE scope = ? AND key = ?", (scope, key)).fetchone()
            old = loads(row[0]) if row else None
            new = change(old)
            if new != old or (row is None and new is not None):
                tx.conn.execute(UPSERT, (scope, key, dumps(new), ts(tx.now)))
        return new

    def set_states(self, values: Iterable[tuple[str, str, object]]) -> None:
        """Save several values, each (scope, key, value), in one write transaction."""
        with self.transaction() as tx:
            tx.conn.executemany(UPSERT, [(scope, key, dumps(value), ts(tx.now)) for scope, key, value in values])

    def delete_state(self, scope: str, key: str | None = None) -> None:
        """Forget a saved value, or the whole scope when ``key`` is None."""
        with self.transaction() as tx:
            if key is None:
                tx.conn.execute("DELETE FROM state WHERE scope = ?", (scope,))
            else:
                tx.conn.execute("DELETE FROM state WHERE scope = ? AND key = ?", (scope, key))
