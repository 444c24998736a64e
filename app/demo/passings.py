"""A session's passings in the simulated cloud: made up on demand for a seeded session, or
kept as a device inserted them.

A seeded session stores only its count, first and last time. Its passings are a pure function
of the seed and the session's own summary, computed one page at a time, so that serving a
50 000-passing session never holds more than the page asked for. The same seed gives the
same passings (num_passing 1..count, times spread from `first` to `last` in order, every bib
of the field once, a chip per bib).
"""

from __future__ import annotations

import hashlib
import math
from dataclasses import dataclass
from datetime import datetime, timedelta

#: Where the simulated race runs: Madrid, whose longitudes are negative (a spreadsheet must
#: still read them as numbers).
_VENUE = (40.4168, -3.7038)
_MASK64 = (1 << 64) - 1


@dataclass(frozen=True)
class DemoPassing:
    """One passing as RUFUS stores it; coordinates as the device sent them (text or number)."""

    num_passing: int
    timestamp: datetime
    bib: str
    chip: str | None = None
    participant_id: str | None = None
    status: str | None = None
    latitude: float | str | None = None
    longitude: float | str | None = None
    timezone: str | None = None
    gender: str | None = None


class SimulatedPassings:
    """The `count` made-up passings of one seeded session."""

    __slots__ = ("_base", "_count", "_first", "_place", "_shift", "_span_ms", "_stride")

    def __init__(self, seed: int, alias: str, count: int, first: datetime, last: datetime) -> None:
        summary = f"{seed}|{alias}|{count}|{first.timestamp():.3f}|{last.timestamp():.3f}"
        # surrogatepass: a name with half an emoji (a hostile device) is still a seed.
        encoded = summary.encode("utf-8", "surrogatepass")
        base = int.from_bytes(hashlib.blake2b(encoded, digest_size=8).digest(), "big")
        field = max(count, 1)
        stride = 1 + _mix(base) % field
        while math.gcd(stride, field) != 1:
            stride += 1
        spread = _mix(base + 1)
        self._base = base
        self._count = count
        self._first = first
        self._stride = stride
        self._shift = _mix(base + 2) % field
        self._place = (
            round(_VENUE[0] + (spread % 1000 - 500) / 10_000, 6),
            round(_VENUE[1] + (spread // 1000 % 1000 - 500) / 10_000, 6),
        )
        self._span_ms = (last - first) / timedelta(milliseconds=1)

    @property
    def count(self) -> int:
        return self._count

    def between(self, start: int, stop: int) -> list[DemoPassing]:
        """Passings numbered `start` to `stop - 1` (num_passing counts from 1)."""
        start, stop = max(start, 1), min(stop, self._count + 1)
        return [self._passing(number) for number in range(start, stop)]

    def _passing(self, number: int) -> DemoPassing:
        bib = self._bib(number)
        return DemoPassing(
            num_passing=number,
            timestamp=self._time(number),
            bib=str(bib),
            chip=f"E2801160{_mix(self._base ^ bib):016X}",
            participant_id=None,
            status="Sent",
            latitude=self._place[0],
            longitude=self._place[1],
            timezone="CET",
            gender="F" if _mix(self._base + 7 * bib) % 5 < 2 else "M",
        )

    def _time(self, number: int) -> datetime:
        if self._count == 1:
            return self._first
        step = self._span_ms / (self._count - 1)
        offset = step * (number - 1)
        # Runners do not pass at even intervals; a jitter under half a step keeps the order,
        # and the first and last passings keep the session's own first and last times.
        if 1 < number < self._count and step >= 10:
            offset += (_mix(self._base + number) % 1000 / 1000 - 0.5) * 0.8 * step
        return self._first + timedelta(milliseconds=round(offset))

    def _bib(self, number: int) -> int:
        """Every bib of the field once, in an order that looks like a race."""
        return 1 + (self._stride * (number - 1) + self._shift) % max(self._count, 1)


def _mix(value: int) -> int:
    """splitmix64: a fast, well-spread hash of an integer, the same on every machine."""
    value = (value + 0x9E3779B97F4A7C15) & _MASK64
    value = ((value ^ (value >> 30)) * 0xBF58476D1CE4E5B9) & _MASK64
    value = ((value ^ (value >> 27)) * 0x94D049BB133111EB) & _MASK64
    return value ^ (value >> 31)
