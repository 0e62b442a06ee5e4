"""Workarounds for bugs of the Qt binding that a long-running tray meets.

PySide6 6.12.0 on Python 3.10 and 3.11 gives back ``None`` and ``True`` without the reference it
owes: every call of a method that returns nothing (``setText``, ``show``, ``processEvents``...)
takes one reference away from ``None``, and every ``SignalInstance.emit()`` one from ``True``.
They are shared singletons that start with a few thousand (``True``) to tens of thousands
(``None``) references; after that many calls, CPython aborts with "Fatal Python error:
none_dealloc: deallocating None" (or "bool_dealloc"). A tray that polls, repaints and saves all
shift long gets there in hours. Python 3.12 made these singletons immortal (a reference count so
large that it never reaches zero) for this kind of reason; ``guard_singleton_refcounts`` gives
them the same on the interpreters where they are not, when the bug is seen. They are never freed
legitimately, so nothing else changes.

PySide6's import hook asks of every module imported after PySide6 whether its source mentions
"PySide6" (``shibokensupport.feature._mod_uses_pyside``, through ``inspect.getsource``), and so
leaves the whole source of every such module in ``linecache`` for the life of the process:
about 170 files and 2.5 million characters for the tray, 5 to 7 MB of resident memory.
``stop_source_caching`` asks the same question by reading the file, without keeping it.
"""

from __future__ import annotations

import ctypes
import linecache
import logging
import sys

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)
_PROBES = 16
#: Far more references than any process will ever lose.
_RESERVE = 1 << 40


class _Probe(QObject):
    ping = Signal()


def leaking_singletons() -> list[object]:
    """The singletons (``None``, ``True``) that the binding's calls take references from."""
    probe = _Probe()
    probe.ping.connect(lambda: None)
    leaking = []
    for singleton, call in ((None, lambda: probe.setObjectName("probe")), (True, probe.ping.emit)):
        before = sys.getrefcount(singleton)
        for _ in range(_PROBES):
            call()
        if sys.getrefcount(singleton) <= before - _PROBES // 2:
            leaking.append(singleton)
    return leaking


def guard_singleton_refcounts() -> bool:
    """Make ``None``, ``True`` and ``False`` immortal when the binding leaks their references
    (CPython before 3.12); returns True when it did. Call once, early, before the GUI starts."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    if sys.getrefcount(None) > _RESERVE // 2 or not leaking_singletons():  # done already, or no bug
        return False
    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += _RESERVE  # ob_refcnt: the object's first field
    log.info("this PySide6 leaks references to None and True on this Python: None, True and False made immortal")
    return True


def stop_source_caching() -> bool:
    """Make PySide6's import hook read each module's source without keeping it in ``linecache``
    (see the module's docstring); returns True when the hook was found and replaced. The hook is
    a private part of PySide6: where it is missing or different, nothing changes. Call it right
    after the first import of PySide6, before the rest of the interface is imported."""
    feature = sys.modules.get("shibokensupport.feature")
    upstream = getattr(feature, "_mod_uses_pyside", None)
    if upstream is None or getattr(upstream, "_reads_file", False):
        return False

    def mod_uses_pyside(module) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return upstream(module)
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return upstream(module)

    mod_uses_pyside._reads_file = True
    feature._mod_uses_pyside = mod_uses_pyside
    # What the hook cached before it was replaced (~10 files, 0.5 MB); a traceback reads the
    # lines it shows again.
    linecache.clearcache()
    return True
