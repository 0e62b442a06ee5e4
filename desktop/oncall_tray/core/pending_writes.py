"""What the engineer typed or ticked that the shift journal has not taken yet (no Qt).

A write of the journal's state (a note's draft, a silence comment) can fail: the disk is full,
the folder read-only. The text on screen is then the only copy, and a text box that shows
several alerts' drafts in turn (the alerts window's notes) reads the next alert's draft from the
journal, which does not have it (review 57 S3: a note typed on a full disk was gone once another
alert was selected). ``PendingWrites`` keeps, per state key, the last value given until a write
of it succeeds; the reader asks it before the journal, and the writer gives it all again to
write once the journal takes writes again (README: "nothing typed may be lost").
"""

from __future__ import annotations

from collections.abc import Iterator


class PendingWrites:
    """The last value given for each state key ``(scope, key)`` (see ``Journal.set_state``)
    until a write of that value, or of a later one, succeeded. Not thread-safe: the GUI thread's.

    Attributes:
        error: the last failure while any value waits (None when none waits).
    """

    def __init__(self) -> None:
        self._values: dict[tuple[str, str], tuple[int, object]] = {}
        self._given = 0
        self.error: BaseException | None = None

    def given(self, scope: str, key: str, value: object) -> int:
        """``value`` is being written for ``(scope, key)``; returns the number to hand back to
        ``written`` with the outcome of that write."""
        self._given += 1
        self._values[(scope, key)] = (self._given, value)
        return self._given

    def written(self, scope: str, key: str, number: int, error: BaseException | None) -> None:
        """The outcome of write ``number`` (``given``'s): the value is forgotten once written,
        unless a later one was given meanwhile; a failure keeps it."""
        if error is not None:
            if (scope, key) in self._values:  # (not a value dropped meanwhile: nothing waits for it)
                self.error = error
            return
        held = self._values.get((scope, key))
        if held is not None and held[0] <= number:
            del self._values[(scope, key)]
        if not self._values:
            self.error = None

    def drop(self, scope: str, key: str) -> None:
        """The value waiting for ``(scope, key)`` is not to be written any more: what it held is
        being written elsewhere, with that key emptied in the same transaction (a gone
        incident's note moved to the Observations, its draft deleted with the move: code review
        78 AR5, given again at the next poll it wrote the draft back after the move). A write of
        it already queued before does not give it back; a later ``given`` waits again."""
        self._values.pop((scope, key), None)
        if not self._values:
            self.error = None

    def waiting(self, scope: str, key: str) -> bool:
        """True while the value given last for ``(scope, key)`` is not known to be written."""
        return (scope, key) in self._values

    def value(self, scope: str, key: str) -> object:
        """The value given last for ``(scope, key)``. Raises KeyError when none waits."""
        return self._values[(scope, key)][1]

    def __iter__(self) -> Iterator[tuple[str, str, object]]:
        """``(scope, key, value)`` of each value waiting, oldest given first."""
        for (scope, key), (_number, value) in sorted(self._values.items(), key=lambda item: item[1][0]):
            yield scope, key, value

    def __bool__(self) -> bool:
        return bool(self._values)
