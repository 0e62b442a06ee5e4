"""The descriptors of this process that a test must not leave open (tests/conftest.py's
``no_leaked_descriptors``): files under the session's temporary folder (the shift journal, its
``-wal`` and ``-shm``, the tests' own files) and inotify instances (each ``QFileSystemWatcher``
holds one from its construction to its deletion; the user's limit is 128 by default).

A full run once ended holding about 1,100 descriptors, most of them journals and watchers of
trays and journals that tests made and never closed, and a desktop test's ``select()`` refused
descriptor 1,024 (tests/fd_wait.py)."""

from __future__ import annotations

import os
from collections import Counter
from pathlib import Path

INOTIFY = "anon_inode:inotify"


def descriptors() -> dict[int, str]:
    """Every open descriptor of this process and what it is (``/proc/self/fd``'s link: a path,
    ``anon_inode:inotify``, ``socket:[…]``…). One that closes while listed is left out."""
    found = {}
    for name in os.listdir("/proc/self/fd"):
        try:
            found[int(name)] = os.readlink(f"/proc/self/fd/{name}")
        except OSError:  # the listing's own descriptor, or one closed meanwhile
            continue
    return found


def watched_kinds(under: Path) -> Counter:
    """How many descriptors of the kinds a test must close are open: each file under ``under``
    (by path; several descriptors of one file count several times) and ``INOTIFY``."""
    root = str(under) + os.sep
    return Counter(target for target in descriptors().values() if target == INOTIFY or target.startswith(root))


def left_open(before: Counter, after: Counter) -> list[str]:
    """What ``after`` holds more of than ``before``, one line each (``3 × /tmp/…/journal.db``)."""
    grown = after - before
    return [f"{count} × {target}" for target, count in sorted(grown.items())]
