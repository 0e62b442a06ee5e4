"""Whether a file descriptor has something to read (or its writer closed it) within a time, with
``poll``: ``select`` refuses descriptors from 1,024 up, which a long test session reaches ("ValueError:
filedescriptor out of range in select()", a desktop test at the end of a full run)."""

from __future__ import annotations

import select


def readable(fd: int, timeout_s: float) -> bool:
    """True when ``fd`` can be read without blocking (data, or end of file) within ``timeout_s``
    seconds (0: at once)."""
    poller = select.poll()
    poller.register(fd, select.POLLIN | select.POLLHUP | select.POLLERR)
    return bool(poller.poll(int(timeout_s * 1000)))
