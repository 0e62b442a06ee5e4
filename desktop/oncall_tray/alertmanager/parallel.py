"""Calls run at once, one thread each (no Qt): the members of a cluster asked in parallel."""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from typing import TypeVar

T = TypeVar("T")


def run_parallel(calls: Sequence[Callable[[], T]]) -> list[T | BaseException]:
    """Run ``calls`` at once, one daemon thread each (a member that never answers cannot keep
    the process alive at exit); returns each result or exception, in order. One call runs in
    the calling thread."""
    if len(calls) == 1:
        try:
            return [calls[0]()]
        except BaseException as exc:  # noqa: BLE001 - handed back to the caller
            return [exc]
    results: list = [None] * len(calls)

    def work(index: int) -> None:
        try:
            results[index] = calls[index]()
        except BaseException as exc:  # noqa: BLE001
            results[index] = exc

    threads = [threading.Thread(target=work, args=(i,), daemon=True, name="oncall-tray member")
               for i in range(len(calls))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results
