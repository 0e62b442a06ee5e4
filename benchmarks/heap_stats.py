"""glibc's heap figures for the memory profilers (``memory_breakdown.py``, ``churn.py``), in a
module of its own that imports only ``ctypes``: the profilers call it inside the process they
measure, at each stage."""

from __future__ import annotations


def glibc_heap() -> dict[str, float] | None:
    """glibc's heap from ``mallinfo2``, in KiB: "in use", "free" (inside the heap) and "mmapped"
    (large blocks); None where there is no ``mallinfo2`` (not glibc, or older than 2.33)."""
    import ctypes

    class MallInfo2(ctypes.Structure):
        _fields_ = [(name, ctypes.c_size_t) for name in (
            "arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks", "uordblks", "fordblks",
            "keepcost")]

    try:
        mallinfo2 = ctypes.CDLL(None).mallinfo2
    except (OSError, AttributeError):
        return None
    mallinfo2.restype = MallInfo2
    info = mallinfo2()
    return {"in use": info.uordblks / 1024, "free": info.fordblks / 1024, "mmapped": info.hblkhd / 1024}
