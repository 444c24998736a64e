"""Guards the PySide6 pin: PySide6-Essentials 6.12.0 drops a reference to True on every
Signal.emit(), and the interpreter aborts ("bool_dealloc") after a few thousand emits — a
console left open on race day would crash."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    happened = Signal(str)


def test_emitting_signals_leaves_true_and_false_alone() -> None:
    emitter = _Emitter()
    received: list[str] = []
    emitter.happened.connect(received.append)
    before = sys.getrefcount(True), sys.getrefcount(False)

    for _ in range(500):
        emitter.happened.emit("passing")

    after = sys.getrefcount(True), sys.getrefcount(False)
    assert len(received) == 500
    # Other threads may hold a few references to True for a moment; a leak loses 500.
    assert after[0] >= before[0] - 50
    assert after[1] >= before[1] - 50
