"""Turns on the interpreter's lock between the window and the listing's workers.

Python runs one thread at a time. While a dozen workers send requests and read answers, the
window's thread, which gives up the lock on every call into Qt, waits for it back behind
them, each time: writing a few hundred rows into the table could hold the window for
seconds. So the window takes its turn: while it holds `Courtesy`, the workers wait (lock
released) before their next step of Python work, sending a request or reading an answer,
and the window's calls into Qt come back at once. Its turns are short (a slice of a few
milliseconds), so the workers hardly slow down.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator

#: A worker waits no longer than this for a turn that is never given back (race-day rule 11).
MOST_WAITED_S = 0.5


class Courtesy:
    def __init__(self) -> None:
        self._free = threading.Event()
        self._free.set()

    @contextlib.contextmanager
    def held(self) -> Iterator[None]:
        """The window's turn: workers reaching a checkpoint wait until it ends."""
        self._free.clear()
        try:
            yield
        finally:
            self._free.set()

    def checkpoint(self) -> None:
        """Called by a worker before a step of Python work; returns at once but while the
        window holds its turn."""
        self._free.wait(MOST_WAITED_S)


#: For clients nobody takes turns with (the command line): never waits.
NOBODY = Courtesy()
