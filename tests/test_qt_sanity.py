"""The installed PySide6 keeps Python's reference counts straight where the app leans on it."""

from __future__ import annotations

import gc
import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    fired = Signal(object)


def test_emitting_a_signal_leaves_true_alone(qapp):
    """PySide6 6.12.0 dropped a reference to True on every ``emit()``: after a few thousand
    signals (hours of polling, or one chart) the interpreter aborts with "bool_dealloc"."""
    emitter = _Emitter()
    emitter.fired.connect(lambda _value: None)
    gc.collect()
    before = sys.getrefcount(True)
    for _ in range(200):
        emitter.fired.emit(1)
    gc.collect()
    assert sys.getrefcount(True) >= before - 20
