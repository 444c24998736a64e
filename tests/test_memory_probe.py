"""`--self-test memory` reports the process's memory on every system: Windows has neither /proc
nor the resource module, and answers through kernel32 (played here by a stand-in for its two
functions, called through ctypes as on Windows)."""

from __future__ import annotations

import ctypes
import sys

import pytest

from app.ui.self_test import resident_mb

WORKING_SET = 123 * 2**20
PSEUDO_HANDLE = 0xFFFFFFFFFFFFFFFF  # what GetCurrentProcess returns: "this process"

CurrentProcess = ctypes.CFUNCTYPE(ctypes.c_void_p)
MemoryInfo = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_uint32)


class StandInKernel32:
    def __init__(self) -> None:
        self.asked: list[tuple[int, int]] = []
        self.GetCurrentProcess = CurrentProcess(lambda: PSEUDO_HANDLE)
        self.K32GetProcessMemoryInfo = MemoryInfo(self._memory_info)

    def _memory_info(self, process: int, counters: int, size: int) -> int:
        self.asked.append((process, size))
        # PROCESS_MEMORY_COUNTERS on 64-bit Windows: cb, PageFaultCount, then SIZE_Ts, the
        # working set second among them.
        if size != ctypes.sizeof(ctypes.c_uint32) * 2 + ctypes.sizeof(ctypes.c_size_t) * 8:
            return 0
        ctypes.c_size_t.from_address(
            counters + 8 + ctypes.sizeof(ctypes.c_size_t)
        ).value = WORKING_SET
        return 1


def test_windows_answers_with_its_working_set(monkeypatch: pytest.MonkeyPatch) -> None:
    kernel32 = StandInKernel32()
    monkeypatch.setattr(ctypes, "windll", type("windll", (), {"kernel32": kernel32}), raising=False)
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setitem(sys.modules, "resource", None)  # importing it fails, as on Windows

    assert resident_mb() == 123.0
    assert kernel32.asked == [(PSEUDO_HANDLE, 72)]


def test_linux_answers_from_proc() -> None:
    assert 10 < resident_mb() < 4096
