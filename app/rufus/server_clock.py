"""RUFUS's clock, as its answers tell it: every HTTP answer carries a `Date` header.

Ages and activity are judged against RUFUS's clock, not the computer's (race-day rule 12): a
laptop three hours off would show a session timing now as stale, or a forgotten one as
live. The offset is the median of the recent samples, so that one answer delayed in a queue
or one odd proxy does not move it.
"""

from __future__ import annotations

import statistics
import threading
import time
from collections import deque
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime

#: How many recent answers the estimate rests on.
SAMPLES = 15
#: An offset beyond this is worth telling the official about.
NOTABLE_OFFSET = timedelta(minutes=1)


class ServerClock:
    """Samples of (RUFUS's time minus this computer's); thread-safe and cheap per answer."""

    def __init__(self, samples: int = SAMPLES) -> None:
        self._lock = threading.Lock()
        self._offsets: deque[float] = deque(maxlen=samples)
        self._last_header: str | None = None
        self._last_date: float | None = None

    def sample(self, header: str | None, received: float | None = None) -> None:
        """One answer's `Date` header, received at `received` (time.time(), default now).

        `Date` has a resolution of one second, so one sample per distinct header is kept: a
        thousand answers within the same second would say the same thing a thousand times."""
        if not header:
            return
        with self._lock:
            if header == self._last_header:
                return
            self._last_header = header
        try:
            date = parsedate_to_datetime(header)
        except (TypeError, ValueError, IndexError, OverflowError):
            return
        if date.tzinfo is None:  # "-0000": UTC by RFC 5322's word, with no zone claimed
            date = date.replace(tzinfo=UTC)
        arrived = time.time() if received is None else received
        try:
            # The header is truncated to the second: RUFUS's time was within the next one.
            offset = date.timestamp() + 0.5 - arrived
        except (OverflowError, OSError, ValueError):
            return
        with self._lock:
            self._offsets.append(offset)

    def offset(self) -> timedelta | None:
        """RUFUS's clock minus this computer's; None until an answer has said."""
        with self._lock:
            if not self._offsets:
                return None
            middle = statistics.median(self._offsets)
        return timedelta(seconds=middle)

    def now(self) -> datetime:
        """The time on RUFUS's clock now, as well as its answers tell; the computer's own
        until one has."""
        offset = self.offset()
        local = datetime.now(UTC)
        return local if offset is None else local + offset
