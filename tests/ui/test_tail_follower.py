"""Following a session's passings without a window: the tail first, then only what is new, at
the pace of a live session; nothing while hidden; nothing with the old key; and after a fault,
nothing claimed that was not read."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import parse_qs

import pytest
from pytestqt.qtbot import QtBot

from app.control.clients import ClientFactory
from app.control.console import Console
from app.control.tail import TailFollower, TailView
from app.demo import DemoCloud, Fault, FaultKind, Generation
from app.demo.passings import DemoPassing
from app.demo.state import CloudState
from app.jobs import JobRunner
from app.keystore import DemoVault, KeyLookup, KeyState
from app.rufus.models import Passing
from app.sessions.tail import HISTORY_PAGE, TAIL, Range, Read
from tests.conftest import TEST_SCHEDULE, TEST_TIMEOUTS
from tests.ui.conftest import WAIT_MS

BIG = 150_000


def race_with_a_big_session(count: int = BIG, *, last_s_ago: float = 2) -> tuple[CloudState, str]:
    state = CloudState()
    now = datetime.now(UTC)
    device = state.bind_device(
        type="CLOUDBOX", model="CloudBox", serial_number="CB-77", alias="Finish", now=now
    )
    session = state.create_session(device.deviceid, "HALF 21K", now=now - timedelta(hours=3))
    assert session is not None
    state.load_passings(
        session.token_session,
        count=count,
        first=now - timedelta(hours=2, minutes=30),
        last=now - timedelta(seconds=last_s_ago),
    )
    return state, session.token_session


Made = tuple[Console, TailFollower, JobRunner]


@pytest.fixture
def make_follower(tmp_path: Path) -> Iterator[Callable[..., Made]]:
    runners: list[JobRunner] = []

    def make(cloud: DemoCloud, **pace: float) -> Made:
        runner = JobRunner()
        runners.append(runner)
        factory = ClientFactory(
            cloud.url,
            timeouts=TEST_TIMEOUTS,
            backoff=0.01,
            recheck_schedule=TEST_SCHEDULE,
            history_path=tmp_path / "history.sqlite3",
        )
        console = Console(runner, DemoVault(cloud.read_write_key), factory)
        return console, TailFollower(runner, console, **pace), runner

    yield make
    for runner in runners:
        runner.shutdown()


def listed(qtbot: QtBot, console: Console) -> None:
    with qtbot.waitSignals([console.listing_finished, console.rights_changed], timeout=WAIT_MS):
        console.start()


def settled(qtbot: QtBot, follower: TailFollower) -> TailView:
    """The view once no read is under way and the chart's pages are in."""
    views: list[TailView] = []
    follower.changed.connect(views.append)
    qtbot.waitUntil(lambda: bool(views) and not views[-1].reading, timeout=WAIT_MS)
    follower.changed.disconnect(views.append)
    return views[-1]


def passings_asked(cloud: DemoCloud, token: str) -> list[dict[str, str]]:
    return [
        {name: values[0] for name, values in parse_qs(r.query).items()}
        for r in cloud.requests("GET", f"/passings/session/{token}")
    ]


def test_a_big_session_opens_from_its_tail_in_three_requests_at_most(
    qtbot: QtBot, make_follower: Callable[..., Made], generation: Generation
) -> None:
    state, token = race_with_a_big_session()
    with DemoCloud(state, generation=generation) as cloud:
        console, follower, _ = make_follower(cloud)
        listed(qtbot, console)
        follower.set_active(True)
        with qtbot.waitSignal(
            follower.changed, timeout=WAIT_MS, check_params_cb=lambda v: bool(v.latest)
        ) as first:
            follower.follow(token)
        view = first.args[0] if first.args else None
        assert isinstance(view, TailView)
        assert [p.num_passing for p in view.latest] == list(range(BIG, BIG - TAIL, -1))
        qtbot.waitUntil(lambda: len(passings_asked(cloud, token)) == 3, timeout=WAIT_MS)
        qtbot.waitUntil(lambda: not (follower.view() or view).reading, timeout=WAIT_MS)
        asked = passings_asked(cloud, token)
    # The tail, then as much before it as the chart's hour needs, in HISTORY_PAGE reads.
    floor = BIG - TAIL + 1
    assert [q["first"] for q in asked] == [
        str(floor),
        str(floor - HISTORY_PAGE),
        str(floor - 2 * HISTORY_PAGE),
    ]
    assert "last" not in asked[0]
    assert [q.get("last") for q in asked[1:]] == [str(floor - 1), str(floor - HISTORY_PAGE - 1)]


def test_passings_inserted_while_open_arrive_at_the_top(
    qtbot: QtBot, make_follower: Callable[..., Made], generation: Generation
) -> None:
    state, token = race_with_a_big_session(900)
    with DemoCloud(state, generation=generation) as cloud:
        console, follower, _ = make_follower(cloud, live_every_s=0.05, quiet_every_s=0.05)
        listed(qtbot, console)
        follower.set_active(True)
        follower.follow(token)
        settled(qtbot, follower)
        now = datetime.now(UTC)
        state.insert_passings(
            token, [DemoPassing(901, now, "1203", chip="E280AA"), DemoPassing(902, now, "88")]
        )
        with qtbot.waitSignal(
            follower.changed,
            timeout=WAIT_MS,
            check_params_cb=lambda v: bool(v.latest) and v.latest[0].num_passing == 902,
        ) as arrived:
            pass
        view = arrived.args[0] if arrived.args else None
        asked = passings_asked(cloud, token)
    assert isinstance(view, TailView)
    assert [(p.num_passing, p.bib) for p in view.latest[:3]] == [
        (902, "88"),
        (901, "1203"),
        (900, view.latest[2].bib),
    ]
    # After the tail (601 on) and the pages before it for the chart, only what is new.
    newer = [int(q["first"]) for q in asked if "last" not in q]
    assert newer[0] == 900 - TAIL + 1
    assert set(newer[1:]) <= {901, 903}
    assert [q["last"] for q in asked if "last" in q] == ["600"]


def test_a_live_session_is_read_every_few_seconds_a_quiet_one_less(
    qtbot: QtBot, make_follower: Callable[..., Made]
) -> None:
    state, live = race_with_a_big_session(500, last_s_ago=5)
    with DemoCloud(state) as cloud:
        console, follower, _ = make_follower(cloud)
        listed(qtbot, console)
        follower.set_active(True)
        follower.follow(live)
        settled(qtbot, follower)
        assert follower.interval_s() == 5.0
        follower.live_within = timedelta(seconds=1)  # now it has been quiet for long enough
        assert follower.interval_s() == 30.0


def test_nothing_is_asked_while_the_panel_is_hidden(
    qtbot: QtBot, make_follower: Callable[..., Made]
) -> None:
    state, token = race_with_a_big_session(400)
    with DemoCloud(state) as cloud:
        console, follower, _ = make_follower(cloud, live_every_s=0.02, quiet_every_s=0.02)
        listed(qtbot, console)
        follower.follow(token)  # not shown yet
        with qtbot.assertNotEmitted(follower.changed, wait=300):
            pass
        assert passings_asked(cloud, token) == []
        follower.set_active(True)
        settled(qtbot, follower)
        follower.set_active(False)
        asked = len(passings_asked(cloud, token))
        with qtbot.assertNotEmitted(follower.changed, wait=300):
            pass
        assert len(passings_asked(cloud, token)) == asked


def test_a_new_key_reads_again_from_the_tail_and_the_old_answer_is_dropped(
    qtbot: QtBot, make_follower: Callable[..., Made]
) -> None:
    state, token = race_with_a_big_session(1000)
    with DemoCloud(state) as cloud:
        console, follower, _ = make_follower(cloud)
        listed(qtbot, console)
        follower.set_active(True)
        follower.follow(token)
        settled(qtbot, follower)
        before = follower._generation
        views: list[TailView] = []
        follower.changed.connect(views.append)
        console.use_key(KeyLookup(KeyState.STORED, cloud.read_write_key))
        qtbot.waitUntil(lambda: bool(views) and views[-1].read_until is not None, timeout=WAIT_MS)
        # An answer asked for with the old key comes in late: it is not the new key's.
        now = datetime.now(UTC)
        late = Passing(token, 1001, now, now.isoformat(), bib="OLD KEY")
        follower._read(before, Read(Range(1001), (late,), more=False, now=now))
        view = follower.view()
    assert views[0].latest == ()  # everything read with the old key let go
    assert view is not None
    assert view.latest[0].num_passing == 1000
    assert "OLD KEY" not in {p.bib for p in view.latest}


def test_no_key_no_read(qtbot: QtBot, make_follower: Callable[..., Made]) -> None:
    state, token = race_with_a_big_session(10)
    with DemoCloud(state) as cloud:
        _, follower, _ = make_follower(cloud)
        follower.set_active(True)
        follower.follow(token)
        view = follower.view()
    assert view is not None
    assert not view.reading
    assert view.read_until is None
    assert cloud.requests("GET", "/passings/") == []


@pytest.mark.parametrize(
    "fault",
    [
        Fault(FaultKind.ERROR_STATUS, "GET", "/passings/session/*", times=None),
        Fault(FaultKind.RESET, "GET", "/passings/session/*", times=None),
        Fault(FaultKind.TRUNCATED_JSON, "GET", "/passings/session/*", times=None),
    ],
    ids=["5xx", "cut", "truncated"],
)
def test_a_failed_read_keeps_what_was_read_and_claims_no_quiet_minute(
    qtbot: QtBot, make_follower: Callable[..., Made], fault: Fault, generation: Generation
) -> None:
    state, token = race_with_a_big_session(700, last_s_ago=1)
    with DemoCloud(state, generation=generation) as cloud:
        console, follower, _ = make_follower(cloud, live_every_s=0.05, quiet_every_s=0.05)
        listed(qtbot, console)
        follower.set_active(True)
        follower.follow(token)
        before = settled(qtbot, follower)
        cloud.inject(fault)
        state.record_passings(token, [datetime.now(UTC)] * 3)  # arrived, never read
        with qtbot.waitSignal(
            follower.changed, timeout=WAIT_MS, check_params_cb=lambda v: v.problem is not None
        ) as failed:
            pass
    view = failed.args[0] if failed.args else None
    assert isinstance(view, TailView)
    assert view.latest == before.latest  # nothing invented, nothing lost
    assert view.read_until == before.read_until
    # Once RUFUS's clock passes the last read's minute, that minute and every one after it
    # are "not read", never "no passing".
    later = view.rates.now + timedelta(minutes=2)
    tail = follower._tail
    assert tail is not None
    assert tail.rates(later).counts[-3:] == (None, None, None)
