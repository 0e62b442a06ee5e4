"""glibc's mmap threshold: a freed 10 MB response goes back to the system (Linux only)."""

from __future__ import annotations

import subprocess
import sys

import pytest

SCRIPT = """
import re, sys
from oncall_tray.allocator import keep_large_blocks_returnable
def rss_mib():
    return int(re.search(r"VmRSS:\\s+(\\d+)", open("/proc/self/status").read()).group(1)) / 1024
if sys.argv[1] == "fixed":
    assert keep_large_blocks_returnable()
first = b"x" * (10 << 20)  # the first poll's body: glibc then raises its threshold to 10 MB
del first
second = b"y" * (10 << 20)  # the next poll's body
held = rss_mib()
del second
print(round(held - rss_mib(), 1))
"""


def given_back(mode: str) -> float:
    done = subprocess.run([sys.executable, "-c", SCRIPT, mode], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return float(done.stdout)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's mallopt")
def test_freed_response_bodies_go_back_to_the_system():
    assert given_back("default") < 5  # glibc as it is: the second body stays in the heap
    assert given_back("fixed") > 9


TRIM_SCRIPT = """
import re
from oncall_tray.allocator import give_back_free_memory
def rss_mib():
    return int(re.search(r"VmRSS:\\s+(\\d+)", open("/proc/self/status").read()).group(1)) / 1024
blocks = [bytearray(2000) for _ in range(20000)]  # 40 MB of heap blocks, below the mmap threshold
last = bytearray(2000)  # the top of the heap stays in use: glibc cannot shrink it on free
del blocks
held = rss_mib()
assert give_back_free_memory()
print(round(held - rss_mib(), 1))
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's malloc_trim")
def test_free_pages_inside_the_heap_go_back_to_the_system():
    done = subprocess.run([sys.executable, "-c", TRIM_SCRIPT], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert float(done.stdout) > 30  # of the 40 MB freed under a block still in use
