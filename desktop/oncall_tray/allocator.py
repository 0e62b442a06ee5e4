"""The C allocator's settings for a long-running process (no Qt).

glibc serves a large ``malloc`` (at least ``M_MMAP_THRESHOLD``, 128 KiB at start) with its own
``mmap`` and gives it back to the system on ``free``; but after the first such block is freed it
raises the threshold, up to 32 MiB, so that later large blocks come from the heap, which keeps
them once freed. Each poll of 10,000 alerts reads a 10 MB response, so the tray's heap grew by
that much and more and never shrank (10 to 28 MB measured, see ``benchmarks/README.md``).
"""

from __future__ import annotations

import ctypes
import sys

#: ``mallopt``'s parameter number for the mmap threshold (glibc's malloc.h).
M_MMAP_THRESHOLD = -3
#: glibc's initial threshold, in bytes; fixing it stops the dynamic raise.
MMAP_THRESHOLD_BYTES = 128 * 1024
#: ``mallopt``'s parameter number for the most arenas (heaps) glibc makes (malloc.h).
M_ARENA_MAX = -8


def keep_large_blocks_returnable(threshold: int = MMAP_THRESHOLD_BYTES) -> bool:
    """Fix glibc's mmap threshold at ``threshold`` bytes, so that every block that large is an
    ``mmap`` given back to the system when freed. Returns True when glibc accepted it; False on
    other systems and C libraries (nothing changes there). Call once, at start."""
    return _mallopt(M_MMAP_THRESHOLD, threshold)


def share_one_heap() -> bool:
    """Have every thread allocate from glibc's main heap (``M_ARENA_MAX`` 1) instead of a heap
    (arena) of its own, each keeping its own free space resident: the tray's threads (poller,
    trends, actions, journal, Qt's) are seldom busy at once, and Python holds its GIL for most
    allocations anyway. Measured with 1,000 alerts (paired runs, issue 2): 0.35 MB less
    resident. Returns True when glibc accepted it; False on other systems and C libraries.
    Call once, at start, before any thread allocates."""
    return _mallopt(M_ARENA_MAX, 1)


def give_back_free_memory() -> bool:
    """Hand the free pages of glibc's heaps back to the system (``malloc_trim(0)``): what a
    poll freed (its response, the alerts that resolved) otherwise stays in the process's
    resident memory until a later allocation reuses it. Well under a millisecond with 1,000
    alerts; called by the poller before each poll, once the GUI thread is done with the
    previous one (issue 2: memory given back when the alerts resolve), and at the end of each
    poll, so that the poll's own garbage (its answer, the decoding: 1.4 MB measured at 1,000
    alerts) is not kept resident until the next one. Returns True when
    glibc released something; False when it had nothing to release, or on other systems."""
    trim = _glibc_function("malloc_trim")
    if trim is None:
        return False
    trim.argtypes = (ctypes.c_size_t,)
    trim.restype = ctypes.c_int
    return trim(0) == 1


def _mallopt(parameter: int, value: int) -> bool:
    """glibc's ``mallopt(parameter, value)``: True when accepted, False where there is none."""
    mallopt = _glibc_function("mallopt")
    if mallopt is None:
        return False
    mallopt.argtypes = (ctypes.c_int, ctypes.c_int)
    mallopt.restype = ctypes.c_int
    return mallopt(parameter, value) == 1


def _glibc_function(name: str):
    """glibc's ``name`` through ctypes, or None on other systems and C libraries (e.g. a static
    or musl build without it)."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        return getattr(ctypes.CDLL(None), name)
    except (OSError, AttributeError):
        return None
