"""The last requests this process sent to RUFUS, for a diagnostics file: method, route, status
and time taken, nothing else (no key, no body, no query).

Kept for every request, so it must cost next to nothing: a listing of a big account sends ten
thousand. A request is kept as the transport had it (the route template and its segments);
the path is written out, with its identifiers shortened, only when someone reads the ring.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from dataclasses import dataclass
from datetime import UTC, datetime

from app.display import short_token, visible

#: How many requests the ring keeps.
KEPT = 200


@dataclass(frozen=True, slots=True)
class SentRequest:
    #: When it was sent (time.time()).
    sent_at: float
    method: str
    #: The route template, "/sessions/{token}".
    route: str
    #: The route's filled-in segments, as (name, value): kept whole only in memory.
    segments: tuple[tuple[str, str], ...]
    #: RUFUS's HTTP status; None when no answer came.
    status: int | None
    #: Why no answer came (the error's name: "RequestTimeout"); None when one did.
    failure: str | None
    elapsed_ms: float

    @property
    def path(self) -> str:
        """The path with every identifier shortened: "/sessions/2A1929…2B25"."""
        shown = {name: visible(short_token(value)) for name, value in self.segments}
        return self.route.format(**shown)

    def as_dict(self) -> dict[str, object]:
        return {
            "sent_at": datetime.fromtimestamp(self.sent_at, UTC).isoformat(timespec="milliseconds"),
            "method": self.method,
            "path": self.path,
            "status": self.status,
            "failure": self.failure,
            "elapsed_ms": round(self.elapsed_ms, 1),
        }


class RecentRequests:
    """A ring of the last KEPT requests; any thread may add or read."""

    def __init__(self, size: int = KEPT) -> None:
        self._ring: deque[SentRequest] = deque(maxlen=size)
        self._lock = threading.Lock()

    def add(
        self,
        method: str,
        route: str,
        segments: dict[str, str],
        started: float,
        *,
        status: int | None = None,
        failure: str | None = None,
    ) -> None:
        """One attempt, `started` by time.monotonic(); called once it has ended."""
        ended = time.monotonic()
        sent = SentRequest(
            time.time() - (ended - started),
            method,
            route,
            tuple(segments.items()),
            status,
            failure,
            (ended - started) * 1000,
        )
        with self._lock:
            self._ring.append(sent)

    def recent(self) -> list[SentRequest]:
        """Oldest first."""
        with self._lock:
            return list(self._ring)

    def clear(self) -> None:
        with self._lock:
            self._ring.clear()


#: The process's own ring: every transport adds to it.
recent_requests = RecentRequests()
