"""The Python heap of a big account, kept out of the garbage collector's way.

With thousands of rows the heap holds hundreds of thousands of objects; every so often the
cyclic collector walks all of them, holding the interpreter for 40 ms or more, and the window
freezes for that long (measured with tests/bench/bench_window.py). What is alive when a listing
ends is what the window keeps; frozen, the collector skips it. Rows hold no reference cycles,
so they are still freed, by reference counting, when a refresh replaces them. Once an hour,
between listings, everything is thawed and collected once, so that whatever cycles did form
are not kept forever.
"""

from __future__ import annotations

import gc
import sys
import time

#: How often the whole heap is collected, in seconds.
FULL_COLLECTION_EVERY_S = 3600.0
#: Below this many rows a full collection is quick (a few ms) and nothing needs freezing.
BIG_ACCOUNT_ROWS = 1000


#: glibc's mallopt parameter for the number of memory arenas.
_M_ARENA_MAX = -8
#: Two arenas: the GUI thread's and one for every worker. glibc's default, eight per core,
#: gives each of the listing's threads its own arena, and freed memory scattered over a dozen
#: arenas is never handed back: measured, the window grew 35 MB over its first refreshes, and
#: stayed flat with two arenas, for no measurable cost in listing time.
_ARENAS = 2


def limit_malloc_arenas() -> None:
    """Call before the worker threads start (Linux with glibc; elsewhere it does nothing):
    later threads share the arenas there are."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes  # noqa: PLC0415  (Linux only, and never before the window shows)

    try:
        # The process's own symbols include the C library's (find_library would run ldconfig).
        ctypes.CDLL(None).mallopt(_M_ARENA_MAX, _ARENAS)
    except (OSError, AttributeError):  # not glibc (musl has no mallopt): nothing to tune
        return


class Heap:
    def __init__(self) -> None:
        self._last_full = time.monotonic()

    def during_listing(self) -> None:
        """A listing begins: the collector waits until it ends. While thousands of rows
        arrive, each of its full passes walks every object there is, holding the interpreter
        for tens of milliseconds (the window with it), more as rows accumulate; rows hold no
        reference cycles, so reference counting frees what a listing replaces meanwhile."""
        gc.disable()

    def after_listing(self, rows: int) -> None:
        """After a listing: move what lives now out of the collector's regular passes."""
        gc.enable()
        if rows < BIG_ACCOUNT_ROWS:
            return
        if time.monotonic() - self._last_full >= FULL_COLLECTION_EVERY_S:
            gc.unfreeze()
            gc.collect()
            self._last_full = time.monotonic()
        gc.freeze()
