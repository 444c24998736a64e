"""A session's latest passings, read a range at a time, and their rate per minute. Qt-free: the
session panel, the close confirmation's chart and `rufus-console tail` share it.

Only the tail is read (rufus-api.md §4.2, passings by `num_passing` range): the last few
hundred, chosen by the session's passings count, then only what is newer than the highest
`num_passing` read; and, for the chart, at most a couple of pages before the tail. Nothing is
claimed about what was not read: a minute before the oldest passing read, or after the last
read that succeeded, is "not read", never "no passing" (race-day rule 7).
"""

from __future__ import annotations

import itertools
import math
from collections import Counter, deque
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from app.rufus.models import Passing

if TYPE_CHECKING:
    from app.rufus.client import RufusClient

#: How many of the newest passings are read when a session is first looked at.
TAIL = 300
#: How many of the newest passings are kept (and listed): memory stays flat however long
#: the panel stays open.
KEPT = 500
#: The chart's span: the last hour (or the session's life, when shorter).
CHART_MINUTES = 60
#: Passings read before the tail for the chart, at most this many at a time (about 1 MB of
#: JSON: a venue's slow uplink brings it in seconds), at least HISTORY_LEAST.
HISTORY_PAGE = 2500
HISTORY_LEAST = 100
#: At most this many such reads: any session opens with three requests at most.
HISTORY_READS = 2
#: A read takes at most this many pages (a count far behind the truth must not read a
#: session whole); what is left is read by the next one, at once.
MAX_PAGES_PER_READ = 2

_MINUTE = 60


@dataclass(frozen=True)
class Range:
    """Passings whose num_passing is from `first` to `last` (to the newest when None)."""

    first: int
    last: int | None = None

    @property
    def older(self) -> bool:
        """A range before what was read (for the chart), not the newest passings."""
        return self.last is not None


def tail_range(count: int | None, size: int = TAIL) -> Range:
    """The newest `size` passings of a session that counts `count`: RUFUS numbers passings
    from 1 (G2 allows 0), so they are the last `size` numbers. An unknown count reads from
    the start, a page at a time."""
    return Range(max(0, (count or 0) - size + 1))


def minute_of(moment: datetime) -> int:
    """The minute a moment falls in, counted from the epoch (UTC)."""
    return int(moment.timestamp() // _MINUTE)


def at_minute(minute: int) -> datetime:
    return datetime.fromtimestamp(minute * _MINUTE, UTC)


def per_minute(times: Iterable[datetime | None]) -> Counter[int]:
    """How many of `times` fall in each minute (minute_of); a missing time counts nowhere."""
    return Counter(minute_of(moment) for moment in times if moment is not None)


@dataclass(frozen=True)
class Gap:
    """A run of whole minutes without a passing."""

    start: datetime
    minutes: int


@dataclass(frozen=True)
class MinuteRates:
    """Passings per minute, oldest minute first, the last one the minute under way."""

    #: The first minute shown (UTC, on the minute).
    start: datetime
    #: One per minute; None: not read (before the oldest passing read, or after the last
    #: read that succeeded), which says nothing about whether passings came.
    counts: tuple[int | None, ...]
    #: RUFUS's clock when these were worked out.
    now: datetime
    #: The newest passing's time among those read; None when none was read.
    last_passing: datetime | None
    #: Every passing from the session's first on was read: none read is none at all.
    whole: bool = False

    def minute(self, index: int) -> datetime:
        return self.start + timedelta(minutes=index)

    @property
    def current(self) -> int | None:
        """The count of the minute under way (so far)."""
        return self.counts[-1] if self.counts else None

    @property
    def peak(self) -> int:
        return max((count for count in self.counts if count is not None), default=0)

    @property
    def known(self) -> int:
        """How many minutes were read."""
        return sum(1 for count in self.counts if count is not None)

    def longest_gap(self) -> Gap | None:
        """The longest run of whole minutes read and without a passing (the minute under
        way is not whole yet); None when there is none."""
        best: Gap | None = None
        run_start: int | None = None
        for index, count in enumerate([*self.counts[:-1], None]):
            if count == 0:
                run_start = index if run_start is None else run_start
                continue
            if run_start is not None:
                length = index - run_start
                if best is None or length > best.minutes:
                    best = Gap(self.minute(run_start), length)
                run_start = None
        return best


@dataclass(frozen=True)
class Read:
    """One read's answer: the range asked, the passings in it (num_passing order), whether
    pages were left unread (the next read goes on at once), and RUFUS's clock after it."""

    asked: Range
    passings: tuple[Passing, ...]
    more: bool
    now: datetime


def read_range(client: RufusClient, token: str, asked: Range) -> Read:
    """Reads `asked`, at most MAX_PAGES_PER_READ pages of it; blocks (a worker's job)."""
    taken = list(
        itertools.islice(client.passings_range(token, asked.first, asked.last), MAX_PAGES_PER_READ)
    )
    # Full pages up to the bound: there may be more, which the next read asks for at once
    # (one that finds nothing costs a request; a session read whole costs far more).
    more = len(taken) == MAX_PAGES_PER_READ and len(taken[-1]) >= client.passing_page_limit
    passings = tuple(passing for page in taken for passing in page)
    return Read(asked, passings, more, client.server_now())


def first_read(client: RufusClient, token: str, count: int | None, size: int = TAIL) -> Read:
    """The newest `size` passings; the session is asked for its count when it is not known
    (one more request). Blocks (a worker's job)."""
    if count is None:
        count = client.session(token).passings
    return read_range(client, token, tail_range(count, size))


def read_tail(
    client: RufusClient, token: str, count: int | None, *, opened: datetime | None = None
) -> PassingTail:
    """A session's tail and the pages before it that the chart needs, read at once: at most
    1 + HISTORY_READS requests (one more when the count is not known). Blocks."""
    tail = PassingTail(token, opened=opened)
    tail.add(first_read(client, token, count))
    while (older := tail.older_range(client.server_now())) is not None:
        tail.add(read_range(client, token, older))
    return tail


class PassingTail:
    """What has been read of one session: the newest passings, the highest num_passing, and
    the passings per minute over the last hour. Fed by `Read`s, one at a time, in any order
    of newer and older ranges; it never asks for a passing twice."""

    def __init__(
        self, token: str, *, opened: datetime | None = None, size: int = TAIL, kept: int = KEPT
    ) -> None:
        self.token = token
        #: When the session was opened: the chart starts there when it is less than an hour.
        self.opened = opened
        self.size = size
        self._latest: deque[Passing] = deque(maxlen=max(kept, size))
        self._minutes: Counter[int] = Counter()
        #: The highest num_passing read; None until a read has come.
        self.highest: int | None = None
        #: The lowest num_passing asked for: everything from it on has been read.
        self.floor: int | None = None
        #: Every passing from the session's first on has been read.
        self.from_start = False
        #: The oldest and newest passing times read (None: none read).
        self.oldest_time: datetime | None = None
        self.newest_time: datetime | None = None
        #: RUFUS's clock at the end of the last read that succeeded: nothing is known after.
        self.read_until: datetime | None = None
        #: Reads of passings before the tail (for the chart) that succeeded.
        self.history_reads = 0
        #: Passings read without a time that can be read: listed, never in the chart.
        self.undated = 0
        #: Pages were left unread by the last newer read: the next read goes on at once.
        self.behind = False

    # -- what to ask for ------------------------------------------------------------------

    def next_range(self, count: int | None) -> Range:
        """The newest passings not read yet: the tail at first (by the session's count),
        then everything after the highest num_passing read."""
        if self.highest is None and self.floor is None:
            return tail_range(count, self.size)
        after = self.highest if self.highest is not None else (self.floor or 0) - 1
        return Range(after + 1)

    def older_range(self, now: datetime) -> Range | None:
        """Passings before what was read, while the chart's hour (or the list) is not covered
        and HISTORY_READS allow; None when nothing more is worth reading. As many as the
        rate read so far says the hour still needs, never more than HISTORY_PAGE: a fast
        session's chart shows its last minutes, and the rest as not read."""
        if self.floor is None or self.from_start or self.floor <= 0:
            return None
        if self.history_reads >= HISTORY_READS:
            return None
        chart_start = now - timedelta(minutes=CHART_MINUTES)
        if self.opened is not None:
            chart_start = max(chart_start, self.opened)
        short = max(0, self.size - len(self._latest))
        covered = self.oldest_time is not None and self.oldest_time <= chart_start
        if covered and not short:
            return None
        wanted = max(short, self._needed_for(chart_start), HISTORY_LEAST)
        return Range(max(0, self.floor - min(wanted, HISTORY_PAGE)), self.floor - 1)

    def _needed_for(self, chart_start: datetime) -> int:
        """How many passings the minutes from `chart_start` to the oldest read may hold, at
        the rate of those read (a fifth more, for a rate that was higher then)."""
        oldest, newest = self.oldest_time, self.newest_time
        if oldest is None or newest is None or self.highest is None or self.floor is None:
            return HISTORY_PAGE  # nothing to judge by
        missing_s = (oldest - chart_start).total_seconds()
        if missing_s <= 0:
            return 0
        read = self.highest - self.floor + 1
        rate = read / max((newest - oldest).total_seconds(), 1.0)
        return math.ceil(rate * missing_s * 1.2)

    # -- what came ----------------------------------------------------------------------------

    def add(self, read: Read) -> None:
        """Takes in a read that succeeded (its passings all in its range)."""
        asked, passings = read.asked, read.passings
        self.floor = asked.first if self.floor is None else min(self.floor, asked.first)
        if asked.first <= 0 and not read.more:
            self.from_start = True
        if asked.older:
            self.history_reads += 1
            room = self._latest.maxlen - len(self._latest) if self._latest.maxlen else 0
            if room > 0:
                self._latest.extendleft(reversed(passings[-room:]))
        else:
            self._latest.extend(passings)
            self.behind = read.more
            self.read_until = read.now
        for passing in passings:
            number = passing.num_passing
            if number is not None and (self.highest is None or number > self.highest):
                self.highest = number
            moment = passing.timestamp
            if moment is None:
                self.undated += 1
                continue
            self._minutes[minute_of(moment)] += 1
            if self.oldest_time is None or moment < self.oldest_time:
                self.oldest_time = moment
            if self.newest_time is None or moment > self.newest_time:
                self.newest_time = moment
        self._forget_before(read.now)

    def _forget_before(self, now: datetime) -> None:
        """Minutes older than the chart's hour are let go: memory stays flat."""
        oldest = minute_of(now) - CHART_MINUTES
        for minute in [m for m in self._minutes if m < oldest]:
            del self._minutes[minute]

    # -- what it shows ------------------------------------------------------------------------

    def latest(self) -> tuple[Passing, ...]:
        """The newest passings read, newest first."""
        return tuple(reversed(self._latest))

    def rates(self, now: datetime) -> MinuteRates:
        """Passings per minute over the last hour (or the session's life), against RUFUS's
        clock `now`; minutes not read are None."""
        end = minute_of(now)
        start = end - CHART_MINUTES + 1
        born = self.opened if self.opened is not None else None
        if born is None and self.from_start:
            born = self.oldest_time
        if born is not None:
            start = min(end, max(start, minute_of(born)))
        # The oldest passing's own minute may hold older passings that were not read.
        known_from = start if self.from_start else _after(self.oldest_time)
        counts = [
            self._minutes.get(minute, 0) if self._known(minute, end, known_from) else None
            for minute in range(start, end + 1)
        ]
        return MinuteRates(at_minute(start), tuple(counts), now, self.newest_time, self.from_start)

    def _known(self, minute: int, current: int, known_from: int | None) -> bool:
        if self.read_until is None or known_from is None or minute < known_from:
            return False
        if minute == current:  # the minute under way: known so far if read in it
            return minute_of(self.read_until) == current
        return (minute + 1) * _MINUTE <= self.read_until.timestamp()


def _after(moment: datetime | None) -> int | None:
    return None if moment is None else minute_of(moment) + 1
