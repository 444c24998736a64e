"""Which devices a listing asks: every one, or (a light listing) every one that may have
opened a session since it was last asked.

Asking a device costs a request; an account of 10 000 devices, most of them idle, costs
10 000 requests a listing. RUFUS's device list says how many sessions each device holds
(G2 `sessions`) and when it was last heard from, so a listing may spare the devices that
held no session when they were last asked and have not changed since. The rule, such that
a session opened since the last listing is never missed for long:

- a **full** listing (the command line's `sessions`, the window's first listing and F5)
  asks every device;
- a **light** listing (the window's auto-refresh) skips a device only when its count is 0
  now, it was 0 when the device was last asked, its last-seen times are unchanged since
  then, it had no open session then (whatever its count said), and that ask is less than
  `ask_at_least_every_s` old (5 minutes). A device that opens
  a session counts it and logs in, so it is asked at once; one whose count and last-seen
  RUFUS failed to update is asked within 5 minutes anyway, or at the next F5.

Qt-free and thread-safe: the listing's workers record their answers as they come.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from datetime import datetime

from app.rufus.models import Device, DeviceSessions

#: However unchanged a device looks, a light listing asks it at least this often (seconds).
ASK_AT_LEAST_EVERY_S = 300.0


@dataclass(frozen=True)
class _Asked:
    sessions: int | None
    last_seen: datetime | None
    last_telemetry: datetime | None
    at: float
    #: Whether it had an open session then, whatever its count said.
    had_open: bool


class ListingMemory:
    """What earlier listings learnt of each device, for light listings to spare requests."""

    def __init__(self, *, ask_at_least_every_s: float = ASK_AT_LEAST_EVERY_S) -> None:
        self._every = ask_at_least_every_s
        self._lock = threading.Lock()
        self._asked: dict[str, _Asked] = {}

    def may_skip(self, device: Device, *, now: float | None = None) -> bool:
        """Whether a light listing may leave `device` unasked: see the module's rule."""
        if device.sessions != 0:
            return False
        with self._lock:
            asked = self._asked.get(device.deviceid)
        if asked is None or asked.sessions != 0 or asked.had_open:
            return False
        if (asked.last_seen, asked.last_telemetry) != (device.last_seen, device.last_telemetry):
            return False
        moment = time.monotonic() if now is None else now
        return moment - asked.at < self._every

    def remember(self, answer: DeviceSessions, *, now: float | None = None) -> None:
        """A device's answer: what it looked like when it was asked. A failed or skipped
        one teaches nothing."""
        if answer.error is not None or answer.skipped:
            return
        device = answer.device
        asked = _Asked(
            device.sessions,
            device.last_seen,
            device.last_telemetry,
            time.monotonic() if now is None else now,
            bool(answer.sessions),
        )
        with self._lock:
            self._asked[device.deviceid] = asked

    def forget(self) -> None:
        """Another key, another account: nothing learnt so far applies."""
        with self._lock:
            self._asked.clear()
