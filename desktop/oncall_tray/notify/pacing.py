"""Pacing of notices of one kind across polls (no Qt, no clock of its own: the caller gives the
time).

Fresh-user review: with 2,000 alerts spread over two hours, every alert crossing its deadline
raised its own critical notification, 40 in two minutes. A poll's many notices of one kind were
summed up already (more than the threshold make one); the pacer also counts those of the last
``window``: once ``limit`` of a kind were shown in it, further items of that kind are held and
released as one summary when a slot is free, at most one summary a ``window``; after a window
without summary, items pass one by one again. Nothing held is dropped while it still applies:
each held item is in the next summary (an item held twice under one ``key``, once, with its
latest value); the caller drops those that no longer do (``keep_held``: the alert resolved or
was acknowledged meanwhile).
"""

from __future__ import annotations

import datetime as dt
from collections import deque
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, field
from typing import Generic, TypeVar

T = TypeVar("T")
MINUTE = dt.timedelta(minutes=1)


@dataclass(frozen=True)
class Release(Generic[T]):
    """What to show now of one kind: ``each`` one notice per item, or ``summary`` one notice for
    all its items (``more``: with items held from earlier polls, "N more alerts")."""

    each: tuple[T, ...] = ()
    summary: tuple[T, ...] = ()
    more: bool = False


@dataclass
class _Kind:
    shown: deque = field(default_factory=deque)  # when each notice of the last window was shown
    held: dict = field(default_factory=dict)  # key -> item, in the order first held
    summarised_at: dt.datetime | None = None  # the last summary of held items


class NoticePacer:
    """Paces the notices of each kind. Not thread-safe: the poller worker owns one.

    Args:
        limit: notices of one kind shown within ``window`` before the others are held (the
            notification summary threshold: more than it in one poll make one summary).
        window: the span counted (a minute).
    """

    def __init__(self, limit: int = 3, window: dt.timedelta = MINUTE) -> None:
        self.limit = max(1, limit)
        self.window = window
        self._kinds: dict[str, _Kind] = {}

    def held(self, kind: str) -> int:
        """How many items of ``kind`` wait for the next summary."""
        state = self._kinds.get(kind)
        return len(state.held) if state else 0

    def held_keys(self, kind: str) -> frozenset:
        """The keys of the items of ``kind`` that wait for the next summary (not shown yet)."""
        state = self._kinds.get(kind)
        return frozenset(state.held) if state else frozenset()

    def keep_held(self, kind: str, still: Callable[[Hashable], bool]) -> None:
        """Drop the items of ``kind`` held for the next summary whose key ``still`` rejects: a
        summary must not count an alert that resolved or was acknowledged while it waited (a
        storm of 6,000 alerts that crossed a deadline and resolved within the minute would be
        announced after it ended, and the held alerts were kept until then)."""
        state = self._kinds.get(kind)
        if state is not None and state.held:
            state.held = {key: item for key, item in state.held.items() if still(key)}

    def release(self, kind: str, items: Sequence[T], now: dt.datetime,
                key: Callable[[T], Hashable] | None = None) -> Release[T]:
        """What to show at ``now`` of ``kind``, given this poll's new ``items`` (call it at every
        poll, with no items too: held ones come out when their time comes)."""
        state = self._kinds.get(kind)
        if state is None:
            if not items:
                return Release()
            state = self._kinds[kind] = _Kind()
        if (state.summarised_at or now) > now or (state.shown and state.shown[-1] > now):
            state.shown.clear()  # the clock stepped back: pacing starts over, rather than holding
            state.summarised_at = None  # every notice until it catches up (review 32)
        while state.shown and state.shown[0] <= now - self.window:
            state.shown.popleft()
        room = self.limit - len(state.shown)
        calm = state.summarised_at is None or now - state.summarised_at >= self.window
        if state.held or not calm:  # holding: one summary a window, when a slot is free
            for item in items:
                state.held[key(item) if key else item] = item
            if not (state.held and calm and room >= 1):
                return Release()
            out = tuple(state.held.values())
            state.held.clear()
            state.summarised_at = now
            state.shown.append(now)
            return Release(each=out) if len(out) == 1 else Release(summary=out, more=True)
        if not items:
            return Release()
        if len(items) <= room:
            state.shown.extend([now] * len(items))
            return Release(each=tuple(items))
        if room >= 1:
            state.shown.append(now)
            return Release(summary=tuple(items))
        for item in items:
            state.held[key(item) if key else item] = item
        return Release()
