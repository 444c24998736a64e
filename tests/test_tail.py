"""A session's tail, Qt-free: which range is read next, what is kept, and the passings per
minute, counted against the passings' own minutes; the reads against the simulated cloud."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, timedelta

import pytest

from app.demo import DemoCloud, Fault, FaultKind, Generation
from app.demo.passings import DemoPassing
from app.demo.state import CloudState
from app.rufus.client import RufusClient
from app.rufus.errors import RufusError
from app.rufus.models import Passing
from app.sessions.tail import (
    CHART_MINUTES,
    HISTORY_PAGE,
    HISTORY_READS,
    KEPT,
    TAIL,
    PassingTail,
    Range,
    Read,
    at_minute,
    minute_of,
    per_minute,
    read_range,
    tail_range,
)
from tests.conftest import client_for

NOW = datetime(2026, 5, 10, 10, 30, 20, tzinfo=UTC)


def passing(number: int, moment: datetime | None, bib: str = "") -> Passing:
    text = "" if moment is None else moment.isoformat()
    return Passing("T", number, moment, text, bib=bib or str(number))


def numbered(first: int, times: list[datetime]) -> tuple[Passing, ...]:
    return tuple(passing(first + offset, moment) for offset, moment in enumerate(times))


def test_the_tail_is_the_last_numbers_of_the_count() -> None:
    assert tail_range(150_000) == Range(150_000 - TAIL + 1)
    assert tail_range(12) == Range(0)  # the whole session, from its first
    assert tail_range(None) == Range(0)
    assert tail_range(1000, size=20) == Range(981)


def test_after_the_tail_only_what_is_newer_is_asked_for() -> None:
    tail = PassingTail("T")
    first = tail.next_range(1000)
    tail.add(Read(first, numbered(701, [NOW] * 300), more=False, now=NOW))

    assert tail.next_range(1000) == Range(1001)
    assert tail.next_range(5000) == Range(1001)  # the count no longer matters
    tail.add(Read(Range(1001), numbered(1001, [NOW] * 4), more=False, now=NOW))
    assert tail.next_range(None) == Range(1005)


def test_a_tail_that_found_nothing_asks_again_from_the_same_number() -> None:
    tail = PassingTail("T")
    tail.add(Read(Range(701), (), more=False, now=NOW))
    assert tail.next_range(1000) == Range(701)


def test_older_pages_are_read_for_the_chart_and_bounded() -> None:
    tail = PassingTail("T")
    recent = [NOW - timedelta(seconds=s) for s in range(300, 0, -1)]  # the last five minutes
    tail.add(Read(Range(149_701), numbered(149_701, recent), more=False, now=NOW))

    older = tail.older_range(NOW)
    assert older == Range(149_701 - HISTORY_PAGE, 149_700)
    assert older is not None
    tail.add(Read(older, numbered(older.first, [recent[0]] * HISTORY_PAGE), more=False, now=NOW))
    reads = 1
    while (older := tail.older_range(NOW)) is not None:
        tail.add(Read(older, numbered(older.first, [recent[0]] * HISTORY_PAGE), False, NOW))
        reads += 1
    assert reads == HISTORY_READS
    assert tail.next_range(150_000) == Range(150_001)  # never asked twice


def test_an_older_read_asks_for_what_the_hour_needs_at_the_rate_read() -> None:
    """Ten passings a minute, the tail of 300 covering half an hour: the other half hour
    needs about 300 more, not a page of thousands."""
    tail = PassingTail("T")
    times = [NOW - timedelta(seconds=6 * n) for n in range(TAIL, 0, -1)]
    tail.add(Read(Range(9701), numbered(9701, times), more=False, now=NOW))

    older = tail.older_range(NOW)
    assert older is not None and older.last == 9700
    assert 300 <= 9700 - older.first + 1 <= 400


def test_no_older_page_once_the_hour_is_covered_or_read_from_the_start() -> None:
    covered = PassingTail("T")
    hour_ago = NOW - timedelta(minutes=CHART_MINUTES + 1)
    covered.add(Read(Range(701), numbered(701, [hour_ago] * TAIL), more=False, now=NOW))
    assert covered.older_range(NOW) is None

    whole = PassingTail("T")
    whole.add(Read(Range(0), numbered(1, [NOW] * 12), more=False, now=NOW))
    assert whole.from_start
    assert whole.older_range(NOW) is None

    young = PassingTail("T", opened=NOW - timedelta(minutes=3))
    young.add(Read(Range(701), numbered(701, [NOW - timedelta(minutes=3)] * TAIL), False, NOW))
    assert young.older_range(NOW) is None  # its whole life is in view


def test_the_bins_count_the_passings_minutes() -> None:
    times = [
        NOW - timedelta(minutes=minutes, seconds=seconds)
        for minutes, seconds in [
            *[(0, 5), (0, 10), (1, 0), (1, 59), (7, 3), (7, 30), (7, 31)],
            *[(40, 0), (59, 0)],  # the hour's far edge
        ]
    ]
    tail = PassingTail("T")
    tail.add(Read(Range(0), numbered(1, sorted(times)), more=False, now=NOW))

    rates = tail.rates(NOW)
    expected = Counter(minute_of(moment) for moment in times)
    assert len(rates.counts) == CHART_MINUTES  # the whole hour, the minute under way last
    assert rates.minute(len(rates.counts) - 1) == at_minute(minute_of(NOW))
    for index, count in enumerate(rates.counts):
        assert count == expected.get(minute_of(rates.minute(index)), 0), index
    assert rates.current == expected[minute_of(NOW)]
    assert rates.peak == max(expected.values())
    assert rates.last_passing == max(times)


def test_the_chart_starts_when_the_session_opened() -> None:
    tail = PassingTail("T", opened=NOW - timedelta(minutes=12, seconds=10))
    tail.add(Read(Range(0), numbered(1, [NOW - timedelta(minutes=2)]), more=False, now=NOW))
    assert len(tail.rates(NOW).counts) == 13


def test_minutes_before_what_was_read_are_not_read_not_quiet() -> None:
    tail = PassingTail("T")
    oldest = NOW - timedelta(minutes=10, seconds=30)
    tail.add(Read(Range(701), numbered(701, [oldest, NOW]), more=False, now=NOW))

    counts = tail.rates(NOW).counts
    # The oldest passing's own minute may hold passings not read: it is not counted either.
    first_known = counts.index(next(c for c in counts if c is not None))
    assert at_minute(minute_of(NOW)) - tail.rates(NOW).minute(first_known) == timedelta(minutes=10)
    assert all(count is None for count in counts[:first_known])
    assert counts[-1] == 1


def test_minutes_after_the_last_read_are_not_read() -> None:
    tail = PassingTail("T")
    tail.add(Read(Range(0), numbered(1, [NOW - timedelta(minutes=20)]), more=False, now=NOW))

    later = NOW + timedelta(minutes=3)  # three minutes of failed reads
    counts = tail.rates(later).counts
    assert counts[-4:] == (None, None, None, None)  # the minute of the last read included
    assert counts[-5] == 0
    assert tail.rates(NOW).current == 0


def test_nothing_is_known_before_the_first_read() -> None:
    rates = PassingTail("T").rates(NOW)
    assert set(rates.counts) == {None}
    assert rates.last_passing is None
    assert rates.longest_gap() is None


def test_the_longest_gap_is_in_whole_minutes_read() -> None:
    times = [NOW - timedelta(minutes=m) for m in (30, 29, 20, 14, 8, 2)]
    tail = PassingTail("T", opened=NOW - timedelta(minutes=31))
    tail.add(Read(Range(0), numbered(1, sorted(times)), more=False, now=NOW))

    gap = tail.rates(NOW).longest_gap()
    assert gap is not None
    assert gap.minutes == 8  # minutes 28 to 21 ago
    assert gap.start == at_minute(minute_of(NOW - timedelta(minutes=28)))


def test_what_is_kept_stays_bounded() -> None:
    tail = PassingTail("T")
    number = 1
    for step in range(200):
        moment = NOW + timedelta(seconds=5 * step)
        batch = numbered(number, [moment] * 20)
        tail.add(Read(tail.next_range(0), batch, more=False, now=moment))
        number += 20
    latest = tail.latest()
    assert len(latest) == KEPT
    assert [p.num_passing for p in latest[:3]] == [number - 1, number - 2, number - 3]
    assert len(tail._minutes) <= CHART_MINUTES + 1


def test_undated_passings_are_listed_but_not_charted() -> None:
    tail = PassingTail("T")
    tail.add(Read(Range(0), (passing(1, None), passing(2, NOW)), more=False, now=NOW))
    assert tail.undated == 1
    assert len(tail.latest()) == 2
    assert tail.rates(NOW).current == 1


def test_per_minute() -> None:
    minute = datetime(2026, 5, 10, 10, 0, tzinfo=UTC)
    found = per_minute(
        [minute, minute + timedelta(seconds=59), minute + timedelta(seconds=60), None]
    )
    assert found == Counter({minute_of(minute): 2, minute_of(minute) + 1: 1})


# -- against the simulated cloud ----------------------------------------------------------------


def big_session(state: CloudState, count: int) -> str:
    now = datetime.now(UTC)
    device = state.bind_device(type="CLOUDBOX", model="CloudBox", serial_number="CB1", now=now)
    session = state.create_session(device.deviceid, "FINISH", now=now - timedelta(hours=3))
    assert session is not None
    state.load_passings(
        session.token_session,
        count=count,
        first=now - timedelta(hours=2, minutes=30),
        last=now - timedelta(seconds=2),
    )
    return session.token_session


def test_a_big_session_opens_with_one_request_for_its_tail(generation: Generation) -> None:
    state = CloudState()
    token = big_session(state, 150_000)
    with DemoCloud(state, generation=generation) as cloud, client_for(cloud) as client:
        tail = PassingTail(token)
        read = read_range(client, token, tail.next_range(150_000))
        tail.add(read)
        assert [r.path for r in cloud.requests("GET", "/passings/")] == [
            f"/passings/session/{token}"
        ]
    assert [p.num_passing for p in tail.latest()] == list(range(150_000, 150_000 - TAIL, -1))
    assert tail.highest == 150_000
    assert not read.more


def test_new_passings_are_read_after_the_highest(generation: Generation) -> None:
    state = CloudState()
    token = big_session(state, 2000)
    with DemoCloud(state, generation=generation) as cloud, client_for(cloud) as client:
        tail = PassingTail(token)
        tail.add(read_range(client, token, tail.next_range(2000)))
        now = datetime.now(UTC)
        state.insert_passings(
            token, [DemoPassing(2001, now, "7"), DemoPassing(2002, now, "\x1b[2J8")]
        )
        read = read_range(client, token, tail.next_range(2000))
        tail.add(read)
    assert read.asked == Range(2001)
    assert [(p.num_passing, p.bib) for p in read.passings] == [(2001, "7"), (2002, "\x1b[2J8")]
    assert tail.latest()[0].num_passing == 2002


def test_a_read_far_behind_stops_after_a_few_pages_and_says_so() -> None:
    state = CloudState()
    token = big_session(state, 30)
    with DemoCloud(state, passings_page_limit=5) as cloud:
        with RufusClient(cloud.read_write_key, cloud.url, passing_page_limit=5) as client:
            read = read_range(client, token, Range(0))
    assert read.more
    assert [p.num_passing for p in read.passings] == list(range(1, 11))


@pytest.mark.parametrize("kind", [FaultKind.ERROR_STATUS, FaultKind.TRUNCATED_JSON])
def test_a_failed_read_raises_and_changes_nothing(kind: FaultKind) -> None:
    state = CloudState()
    token = big_session(state, 500)
    with DemoCloud(state) as cloud, client_for(cloud, retries=0) as client:
        tail = PassingTail(token)
        tail.add(read_range(client, token, tail.next_range(500)))
        before = (tail.highest, tail.read_until, tail.latest())
        cloud.inject(Fault(kind, "GET", "/passings/session/*"))
        with pytest.raises(RufusError):
            read_range(client, token, tail.next_range(500))
    assert (tail.highest, tail.read_until, tail.latest()) == before


def test_a_range_read_whole_asks_for_no_page_after_it_in_g1() -> None:
    """G1 says nothing of more pages: a full page may have another, unless the range asked
    for is already whole."""
    state = CloudState()
    token = big_session(state, 30)
    with DemoCloud(state, generation=Generation.G1, passings_page_limit=5) as cloud:
        with client_for(cloud, passing_page_limit=5) as client:
            read = read_range(client, token, Range(11, 15))
            asked = cloud.requests("GET", "/passings/")
    assert [p.num_passing for p in read.passings] == [11, 12, 13, 14, 15]
    assert len(asked) == 1
