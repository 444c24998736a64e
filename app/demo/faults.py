"""Things that go wrong between a race venue and RUFUS, on demand, for tests and training."""

from __future__ import annotations

import enum
import fnmatch
import threading
from dataclasses import dataclass


class FaultKind(enum.Enum):
    #: An error status (default 500) with the generation's error envelope.
    ERROR_STATUS = "error-status"
    #: 429 with a Retry-After header.
    RATE_LIMITED = "rate-limited"
    #: The connection is dropped without an answer.
    RESET = "reset"
    #: 200 with a body like the G1 documentation's examples: not valid JSON.
    MALFORMED_JSON = "malformed-json"
    #: 200 with the real answer cut off halfway (Content-Length matches what is sent).
    TRUNCATED_JSON = "truncated-json"
    #: An HTML page: a proxy's error page (default 502), or a Wi-Fi login page with 200.
    HTML_PAGE = "html-page"
    #: The real answer, after `delay_s` seconds.
    SLOW = "slow"


@dataclass(frozen=True)
class Fault:
    kind: FaultKind
    #: "GET", "PATCH"… or "*" for any.
    method: str = "*"
    #: A glob over the path below the base URL, e.g. "/sessions/close/*".
    path: str = "*"
    #: How many matching requests it hits; None hits every one.
    times: int | None = 1
    #: How many matching requests pass untouched before it starts hitting.
    after: int = 0
    status: int | None = None
    retry_after: float = 1.0
    delay_s: float = 2.0
    #: Whether the request takes effect before the answer goes wrong — the case where the
    #: client cannot know whether, say, its close was carried out.
    applied: bool = False

    def matches(self, method: str, path: str) -> bool:
        return self.method in ("*", method) and fnmatch.fnmatchcase(path, self.path)


class FaultPlan:
    """Faults waiting for matching requests, first added first used; thread-safe."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        # Each fault with how many matches it still lets through, and how many it still hits.
        self._pending: list[tuple[Fault, int, int | None]] = []

    def add(self, fault: Fault) -> None:
        with self._lock:
            self._pending.append((fault, fault.after, fault.times))

    def take(self, method: str, path: str) -> Fault | None:
        with self._lock:
            for index, (fault, passes, hits) in enumerate(self._pending):
                if not fault.matches(method, path):
                    continue
                if passes > 0:
                    self._pending[index] = (fault, passes - 1, hits)
                    return None
                if hits is None:
                    return fault
                if hits <= 1:
                    del self._pending[index]
                else:
                    self._pending[index] = (fault, passes, hits - 1)
                return fault
        return None
