"""A total deadline for every request, kept by one watchdog thread for all of them.

A read timeout bounds each wait for a byte, not the whole answer: an answer trickling in one
byte every two seconds never trips it. Every request therefore gets a deadline here; when one
passes, the watchdog shuts the sockets of the thread that made it, which wakes a `recv()`
blocked in any layer (http.client, urllib3, ssl) at once, and the transport reports the
request as having run out of time.

Cheap per request (a listing makes ten thousand): a heap entry in, a flag out, no thread and
no wake-up of the watchdog unless the new deadline is the earliest.
"""

from __future__ import annotations

import contextlib
import heapq
import itertools
import socket
import threading
import time
import weakref
from typing import Protocol


class _Connection(Protocol):
    sock: socket.socket | None


class Watch:
    """One request's deadline. `overdue` turns true once the watchdog has cut it."""

    __slots__ = ("__weakref__", "_ended", "at", "overdue", "owner", "seconds")

    def __init__(self, at: float, seconds: float, owner: int) -> None:
        self.at = at
        self.seconds = seconds
        self.owner = owner
        self.overdue = False
        self._ended = False

    def passed(self) -> bool:
        """Whether the deadline has passed, cut or not yet (checked between chunks)."""
        return self.overdue or time.monotonic() > self.at


class Watchdog:
    """Cuts the connections of requests that outlive their deadline. Thread-safe."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._wake = threading.Condition(self._lock)
        self._heap: list[tuple[float, int, Watch]] = []
        self._order = itertools.count()
        self._ended = 0  # entries in the heap whose request is over
        self._thread: threading.Thread | None = None
        self._closed = False
        #: Each thread's connections: a thread makes one request at a time.
        self._connections: dict[int, weakref.WeakSet[_Connection]] = {}

    def register(self, connection: _Connection) -> None:
        """A connection opened by the calling thread, which will use it for its requests."""
        owner = threading.get_ident()
        with self._lock:
            self._connections.setdefault(owner, weakref.WeakSet()).add(connection)

    def start(self, seconds: float) -> Watch:
        """The calling thread's request, bounded to `seconds` from now; `end` it when done.
        Raises RuntimeError once the watchdog is closed."""
        watch = Watch(time.monotonic() + seconds, seconds, threading.get_ident())
        with self._lock:
            if self._closed:
                raise RuntimeError("the watchdog is closed")
            earliest = self._heap[0][0] if self._heap else None
            heapq.heappush(self._heap, (watch.at, next(self._order), watch))
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._run, name="rufus-deadlines", daemon=True
                )
                self._thread.start()
            elif earliest is None or watch.at < earliest:
                self._wake.notify()
        return watch

    def end(self, watch: Watch) -> None:
        with self._lock:
            # Under the lock: once this returns, the watchdog can no longer cut this
            # thread's connection for this request (it may be reused for the next one).
            watch._ended = True
            if not watch.overdue:  # an overdue one has left the heap already
                self._ended += 1
            if self._ended > 64 and self._ended * 2 > len(self._heap):
                self._compact()

    def cut_all(self) -> None:
        """Cuts every connection awaiting an answer, whichever thread made it (quitting)."""
        with self._lock:
            for owner in list(self._connections):
                self._cut(owner)

    def close(self) -> None:
        with self._lock:
            self._closed = True
            self._wake.notify()

    def _compact(self) -> None:
        self._heap = [entry for entry in self._heap if not entry[2]._ended]
        heapq.heapify(self._heap)
        self._ended = 0

    def _run(self) -> None:
        with self._lock:
            while not self._closed:
                now = time.monotonic()
                while self._heap and (self._heap[0][2]._ended or self._heap[0][0] <= now):
                    _, _, watch = heapq.heappop(self._heap)
                    if watch._ended:
                        self._ended -= 1
                        continue
                    watch.overdue = True
                    self._cut(watch.owner)
                timeout = self._heap[0][0] - now if self._heap else None
                self._wake.wait(timeout)

    def _cut(self, owner: int) -> None:
        for connection in list(self._connections.get(owner, ())):
            sock = connection.sock
            if sock is None:
                continue
            # shutdown() wakes a thread blocked in recv(); close() alone would not.
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
