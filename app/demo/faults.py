"""Things that go wrong between a race venue and RUFUS, on demand, for tests and training."""

from __future__ import annotations

import enum
import fnmatch
import threading
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.demo.api import Answer


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
    #: 200 with valid JSON of the wrong shape (see `Shape`): the answer RUFUS meant, bent.
    WRONG_SHAPE = "wrong-shape"
    #: The answer, status line and headers included, one byte every `delay_s` seconds: never
    #: slow enough for a read timeout, never finished either (a congested uplink, a proxy).
    TRICKLE = "trickle"
    #: The first page again, whichever page was asked for, saying more pages follow: a server
    #: that ignores `page` (G2 pagination; G1 passings pages).
    REPEAT_FIRST_PAGE = "repeat-first-page"
    #: The account's first device is unbound just before this answer is made: another
    #: official tidying up while the console reads the device list page by page.
    DEVICE_REMOVED = "device-removed"
    #: `passings` new passings reach the session the path names just before the request is
    #: carried out: a device still timing while its session is being closed.
    PASSINGS_ARRIVE = "passings-arrive"
    #: 200 with `{}`: valid JSON with neither G1's `description` nor G2's `body`.
    EMPTY_OBJECT = "empty-object"


class Shape(enum.Enum):
    """How a WRONG_SHAPE answer is bent."""

    #: `result` is an object where a list belongs (or the other way round).
    RESULT_OBJECT = "result-object"
    RESULT_TEXT = "result-text"
    RESULT_NUMBER = "result-number"
    #: `result` is null.
    RESULT_NULL = "result-null"
    #: A list whose items are not objects.
    ITEMS_NOT_OBJECTS = "items-not-objects"
    #: Items without their identifier (`deviceid`, `token_session`).
    ITEMS_WITHOUT_ID = "items-without-id"
    #: G2 only: a page that claims a larger total than the items it and its siblings hold.
    TOTAL_TOO_LARGE = "total-too-large"
    #: G2 only: a total of 2, whatever the pages hold, and more pages to come as before.
    TOTAL_TOO_SMALL = "total-too-small"
    #: Items whose last passing is a time nobody can read ("yesterday"): a garbled field in
    #: an answer that is otherwise fine.
    UNREADABLE_LAST = "unreadable-last"
    #: G2 only: pagination without its `total` (the pages still say whether more follow).
    NO_TOTAL = "no-total"
    #: No `result` at all: G2's way of answering an empty list, sent where one thing belongs.
    NO_RESULT = "no-result"


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
    #: The request takes effect this many seconds after it arrived, in the background, while
    #: its answer goes wrong at once (or, for SLOW, comes after `delay_s`): RUFUS applying a
    #: close late, after the client has given up on the answer and read the session back.
    effect_after_s: float | None = None
    shape: Shape = Shape.RESULT_OBJECT
    #: How many passings arrive (PASSINGS_ARRIVE).
    passings: int = 25

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


_IDS = ("deviceid", "token_session")


def bent(answer: Answer, shape: Shape) -> Answer:
    """The answer RUFUS meant, with its `result` (or pagination) bent into `shape`."""
    payload: dict[str, Any] = dict(answer.payload or {"description": "Success"})
    result = payload.get("result", [])
    items = result if isinstance(result, list) else [result]
    match shape:
        case Shape.RESULT_OBJECT:
            payload["result"] = items[0] if items else {"alias": "?"}
        case Shape.RESULT_TEXT:
            payload["result"] = "Success"
        case Shape.RESULT_NUMBER:
            payload["result"] = len(items)
        case Shape.RESULT_NULL:
            payload["result"] = None
        case Shape.ITEMS_NOT_OBJECTS:
            payload["result"] = [str(item) for item in items] or ["?"]
        case Shape.ITEMS_WITHOUT_ID:
            stripped = [{k: v for k, v in item.items() if k not in _IDS} for item in items]
            payload["result"] = stripped or [{"alias": "?"}]
        case Shape.TOTAL_TOO_LARGE:
            pagination = dict(payload.get("pagination") or {"page": 1, "limit": len(items)})
            pagination["total"] = len(items) + 3
            pagination["has_more"] = False
            payload["pagination"] = pagination
        case Shape.TOTAL_TOO_SMALL:
            pagination = dict(payload.get("pagination") or {"page": 1, "limit": len(items)})
            pagination["total"] = 2
            payload["pagination"] = pagination
        case Shape.UNREADABLE_LAST:
            payload["result"] = [{**item, "last": "yesterday"} for item in items]
        case Shape.NO_TOTAL if "pagination" in payload:
            payload["pagination"] = {k: v for k, v in payload["pagination"].items() if k != "total"}
        case Shape.NO_RESULT:
            payload.pop("result", None)
    return replace(answer, status=200, payload=payload)
