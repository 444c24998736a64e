"""Issue 25, cases 2, 3 and 14: every RFC 3339 form is read; a time that cannot be read is
"unknown", never "never"; out-of-range times never raise; ages and activity are judged on
RUFUS's clock, and a time ahead of it reads "in 3 h"."""

from __future__ import annotations

import io
import json
import sys
import time
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from app.__main__ import main
from app.cli import render
from app.demo import CloudState, DemoCloud, Generation, TimeStyle
from app.demo.api import to_milliseconds
from app.display import When, age_text, local_time, relative, visible
from app.rufus.parsing import lenient_time, parse_session
from app.rufus.server_clock import ServerClock
from app.sessions.activity import Activity, activity
from tests.conftest import client_for


def run_main(args: list[str], monkeypatch: pytest.MonkeyPatch) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    monkeypatch.setattr(sys, "stdout", out)
    monkeypatch.setattr(sys, "stderr", err)
    return main(args), out.getvalue(), err.getvalue()


def race(
    *,
    passings: int = 7312,
    last_ago: timedelta | None = timedelta(seconds=20),
    opened_ago: timedelta = timedelta(days=1),
    now: datetime | None = None,
) -> CloudState:
    """One device with one open session, timed on the cloud's clock (`now`)."""
    now = to_milliseconds(now or datetime.now(UTC))  # RUFUS keeps milliseconds
    state = CloudState()
    device = state.bind_device(
        type="ONE4ALL", model="One4All 5", serial_number="O4A-1", alias="KM 30", now=now
    )
    session = state.create_session(device.deviceid, "ULTRA 100K", now=now - opened_ago)
    assert session is not None
    if passings:
        last = now - (last_ago or timedelta(0))
        state.load_passings(
            session.token_session, count=passings, first=now - opened_ago, last=last
        )
    return state


# -- case 2: every form RFC 3339 allows ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "2023-02-03T15:31:40.000Z",
        "2023-02-03t15:31:40.000z",
        "2023-02-03T15:31:40z",
        "2023-02-03 15:31:40Z",
        "2023-02-03T16:31:40+01:00",
        "2023-02-03T16:31:40+0100",
        "2023-02-03T16:31:40+01",
        "2023-02-03T10:01:40-05:30",
        "2023-02-03T15:31:40",
        "2023-02-03T15:31:40.000000000Z",
        "2023-02-03T15:31:40.0000000000001+00:00",
        "2023-02-03T15:31:39.999999999999Z",
    ],
)
def test_every_rfc_3339_form_is_read(text: str) -> None:
    moment = lenient_time(text)
    assert moment is not None
    assert abs(moment - datetime(2023, 2, 3, 15, 31, 40, tzinfo=UTC)) < timedelta(seconds=1)


def test_a_leap_second_is_the_last_moment_of_its_minute() -> None:
    assert lenient_time("2016-12-31T23:59:60Z") == datetime(
        2016, 12, 31, 23, 59, 59, 999999, tzinfo=UTC
    )


@pytest.mark.parametrize("style", list(TimeStyle))
def test_each_form_the_cloud_can_send_gives_the_same_session(
    generation: Generation, style: TimeStyle
) -> None:
    state = race()
    [held] = state.open_sessions()
    with DemoCloud(state, generation=generation, time_style=style) as cloud:
        with client_for(cloud) as client:
            [entry] = client.open_sessions().sessions
    assert held.last is not None
    if style is TimeStyle.NO_FRACTION:  # whole seconds
        held = replace(
            held,
            last=held.last.replace(microsecond=0),
            creation_date=held.creation_date.replace(microsecond=0),
        )
    assert entry.session.last == held.last
    assert entry.session.creation_date == held.creation_date
    assert entry.session.unreadable == frozenset()


def test_a_lowercase_z_is_live_not_stale_and_never_never(
    generation: Generation, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The fault hunt's case: 7 312 passings, the last 20 s ago, read as STALE, "never"."""
    with DemoCloud(race(), generation=generation, time_style=TimeStyle.LOWERCASE) as cloud:
        monkeypatch.setenv("RUFUS_API_KEY", cloud.read_write_key)
        code, out, _ = run_main(["--base-url", cloud.url, "sessions", "--json"], monkeypatch)
        _, stale, _ = run_main(["--base-url", cloud.url, "sessions", "--stale"], monkeypatch)
    assert code == 0
    [row] = json.loads(out)
    assert row["state_class"] == "live"
    assert row["last"] is not None and row["unreadable_times"] == []
    assert stale.splitlines()[-1].startswith("0 open sessions (of 1)")


@pytest.mark.parametrize("text", ["yesterday", "2023-13-45T99:00:00Z", "0000-01-01T00:00:00Z"])
def test_a_time_that_cannot_be_read_is_unknown_not_never(text: str) -> None:
    now = datetime(2026, 11, 28, 10, tzinfo=UTC)
    session = parse_session(
        {
            "token_session": "T",
            "creation_date": "2026-11-20T08:00:00Z",  # days ago: stale if quiet
            "passings": 7312,
            "last": text,
        }
    )
    assert session.last is None
    assert session.last_unknown and "last" in session.unreadable
    assert activity(session, now) is Activity.IDLE, "may be timing now: never stale"
    never = parse_session({"token_session": "T", "passings": 0, "last": None})
    assert not never.last_unknown and never.unreadable == frozenset()
    assert relative(session.last, now, unreadable=True).when is When.UNKNOWN
    assert relative(never.last, now).when is When.NEVER


def test_a_device_time_that_cannot_be_read_is_unknown_too() -> None:
    from app.rufus.parsing import parse_device

    device = parse_device({"deviceid": "D1", "last_login": "now-ish", "last_telemetry_at": None})
    assert device.last_heard is None and device.last_heard_unknown
    assert device.unreadable == frozenset({"last_seen"})
    assert not parse_device({"deviceid": "D1", "last_login": None}).last_heard_unknown


def test_passings_without_a_last_time_are_never_stale() -> None:
    now = datetime(2026, 11, 28, 10, tzinfo=UTC)
    session = parse_session(
        {"token_session": "T", "creation_date": "2026-11-20T08:00:00Z", "passings": 40}
    )
    assert session.last_unknown
    assert activity(session, now) is not Activity.STALE


# -- case 14: the ends of time ------------------------------------------------------------------


@pytest.fixture
def new_york(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.mark.usefixtures("new_york")
def test_year_9999_and_year_1_are_unknown_on_the_command_line(
    generation: Generation, monkeypatch: pytest.MonkeyPatch, tmp_path: object
) -> None:
    state = race()
    [session] = state.open_sessions()
    far = datetime(9999, 12, 31, 23, 59, 59, tzinfo=UTC)
    state.load_passings(
        session.token_session, count=7312, first=datetime(2026, 1, 1, tzinfo=UTC), last=far
    )
    other = state.bind_device(
        type="CLOUDBOX",
        model="CloudBox",
        serial_number="CB-1",
        alias="Start",
        now=datetime.now(UTC),
    )
    state.create_session(other.deviceid, "EPOCH", now=datetime(1, 1, 1, tzinfo=UTC))
    with DemoCloud(state, generation=generation) as cloud:
        monkeypatch.setenv("RUFUS_API_KEY", cloud.read_write_key)
        code, table, err = run_main(["--base-url", cloud.url, "sessions"], monkeypatch)
        _, as_json, _ = run_main(["--base-url", cloud.url, "sessions", "--json"], monkeypatch)
        closed, said, _ = run_main(
            ["--base-url", cloud.url, "close", session.token_session, "--yes"], monkeypatch
        )
        history, listed, _ = run_main(["history"], monkeypatch)
    assert (code, closed, history) == (0, 0, 0), err
    [ultra] = [line for line in table.splitlines() if "ULTRA 100K" in line]
    [epoch] = [line for line in table.splitlines() if "EPOCH" in line]
    assert "unknown" in ultra and "unknown" in epoch
    rows = {row["alias"]: row for row in json.loads(as_json)}
    assert rows["ULTRA 100K"]["last"] is None
    assert rows["ULTRA 100K"]["unreadable_times"] == ["last"]
    assert rows["ULTRA 100K"]["state_class"] == "idle"
    assert rows["EPOCH"]["unreadable_times"] == ["creation_date"]
    assert said.startswith("Closed: “ULTRA 100K”") and "last passing unknown" in said
    assert "ULTRA 100K" in listed


@pytest.mark.usefixtures("new_york")
def test_display_helpers_never_raise_at_the_ends_of_time() -> None:
    first = datetime(1, 1, 1, tzinfo=UTC)
    last = datetime(9999, 12, 31, 23, 59, 59, tzinfo=UTC)
    now = datetime(2026, 1, 1, tzinfo=UTC)
    assert local_time(first) == "unknown"
    assert local_time(last).startswith("18:59:59")
    assert render.opened(first, now) == "unknown"
    assert age_text(last, now).startswith("in ")
    assert age_text(first, now).endswith("years ago")
    assert activity(parse_session({"token_session": "T", "creation_date": "0001-01-01"}), now)


# -- case 3: RUFUS's clock, not the computer's --------------------------------------------------


@pytest.mark.parametrize(
    ("offset", "state_class", "words"),
    [
        # The server 3 h behind: a session timing now looked 3 h quiet (stale).
        pytest.param(-3 * 3600.0, "live", "3 h 0 min behind", id="behind"),
        # 3 h ahead: a session quiet for 2 h 50 looked live, "0 s ago".
        pytest.param(3 * 3600.0, "stale", "3 h 0 min ahead of", id="ahead"),
    ],
)
def test_ages_are_judged_on_rufuss_clock(
    generation: Generation,
    monkeypatch: pytest.MonkeyPatch,
    offset: float,
    state_class: str,
    words: str,
) -> None:
    server_now = datetime.now(UTC) + timedelta(seconds=offset)
    last_ago = timedelta(seconds=20) if offset < 0 else timedelta(hours=2, minutes=50)
    state = race(last_ago=last_ago, now=server_now)
    with DemoCloud(state, generation=generation, clock_offset_s=offset) as cloud:
        monkeypatch.setenv("RUFUS_API_KEY", cloud.read_write_key)
        code, out, err = run_main(["--base-url", cloud.url, "sessions", "--json"], monkeypatch)
        _, table, _ = run_main(["--base-url", cloud.url, "sessions"], monkeypatch)
    assert code == 0
    [row] = json.loads(out)
    assert row["state_class"] == state_class
    assert f"RUFUS's clock is {words} this computer's" in err
    [line] = [line for line in table.splitlines() if "ULTRA" in line]
    if offset < 0:
        assert "s ago)" in line and "in " not in line
    else:
        assert "(2 h 50 min ago)" in line or "(2 h 49 min ago)" in line  # to the second


def test_the_client_measures_the_offset_from_the_date_header(generation: Generation) -> None:
    with DemoCloud(race(), generation=generation, clock_offset_s=-600.0) as cloud:
        with client_for(cloud) as client:
            assert client.clock_offset() is None, "nothing measured before an answer"
            client.open_sessions()
            offset = client.clock_offset()
            server_now = client.server_now()
    assert offset is not None
    assert abs(offset + timedelta(minutes=10)) < timedelta(seconds=2)
    assert abs(server_now - (datetime.now(UTC) - timedelta(minutes=10))) < timedelta(seconds=3)


def test_one_odd_answer_does_not_move_the_estimate() -> None:
    clock = ServerClock()
    received = 1_800_000_000.0
    for second in range(10):
        clock.sample(_http_date(received + second - 3600), received + second)
    clock.sample(_http_date(received + 20), received + 10.2)  # a stray proxy's clock
    offset = clock.offset()
    assert offset is not None
    assert abs(offset + timedelta(hours=1)) < timedelta(seconds=1)


def _http_date(timestamp: float) -> str:
    from email.utils import formatdate

    return formatdate(timestamp, usegmt=True)


def test_a_time_ahead_reads_in_not_ago(
    generation: Generation, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A device whose clock is ahead: the time is shown as it is, never "0 s ago"."""
    state = race(last_ago=-timedelta(hours=3))
    with DemoCloud(state, generation=generation) as cloud:
        monkeypatch.setenv("RUFUS_API_KEY", cloud.read_write_key)
        code, table, err = run_main(["--base-url", cloud.url, "sessions"], monkeypatch)
    assert code == 0, err
    [line] = [line for line in table.splitlines() if "ULTRA" in line]
    assert "(in 2 h 59 min)" in line or "(in 3 h 0 min)" in line
    assert "0 s ago" not in line
    assert "clock" not in err, "RUFUS's own clock agrees with this computer's"


def test_relative_tells_the_window_which_side_of_now() -> None:
    now = datetime(2026, 1, 1, tzinfo=UTC)
    ahead = relative(now + timedelta(hours=3), now)
    assert (ahead.when, ahead.distance) == (When.FUTURE, timedelta(hours=3))
    assert relative(now + timedelta(seconds=1), now).when is When.PAST, "within the slack"
    assert visible("x", terminal=False) == "x"
