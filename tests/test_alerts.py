"""Alerts from scripted sequences of listings (app.sessions.alerts): each kind once per event,
never on every refresh, crossings both ways, twins told apart, and nothing claimed about a
device that could not be read."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from app.rufus.models import Device, OpenSession, Session
from app.sessions.alerts import Alert, AlertKind, AlertWatch, Sighting, Topic
from app.sessions.health import LOW_BATTERY

START = datetime(2026, 5, 10, 9, 0, tzinfo=UTC)
MINUTE = timedelta(minutes=1)


def device(
    deviceid: str = "D1",
    alias: str = "KM 5",
    *,
    status: str | None = "ONLINE",
    battery: int | None = 80,
    serial: str | None = None,
) -> Device:
    return Device(
        deviceid,
        alias=alias,
        serial_number=serial or f"SN-{deviceid}",
        status=status,
        battery_percentage=battery,
    )


def session(
    token: str, on: Device, *, last: datetime | None = None, passings: int | None = None
) -> OpenSession:
    count = passings if passings is not None else (10 if last is not None else 0)
    return OpenSession(Session(token, alias=f"Session {token}", last=last, passings=count), on)


def seen(
    at: datetime,
    devices: Sequence[Device],
    sessions: Sequence[OpenSession] = (),
    *,
    unread: Sequence[str] = (),
    closed_elsewhere: Sequence[OpenSession] | None = None,
    closed_here: Sequence[str] = (),
) -> Sighting:
    return Sighting(
        at,
        tuple(devices),
        tuple(sessions),
        frozenset(unread),
        None if closed_elsewhere is None else tuple(closed_elsewhere),
        frozenset(closed_here),
    )


def kinds(alerts: Sequence[Alert]) -> list[tuple[AlertKind, str]]:
    return [(alert.kind, alert.token) for alert in alerts]


# -- the first listing only teaches -------------------------------------------------------


def test_the_first_listing_raises_nothing_however_it_looks() -> None:
    watch = AlertWatch()
    down = device(status="OFFLINE", battery=3)
    assert watch.observe(seen(START, [down], [session("T1", down)])) == []


# -- offline, and back -------------------------------------------------------------------


def test_a_device_with_an_open_session_going_offline_raises_once_and_coming_back_once() -> None:
    watch = AlertWatch()
    up, down = device(status="ONLINE"), device(status="OFFLINE")
    watch.observe(seen(START, [up], [session("T1", up)]))

    went = watch.observe(seen(START + MINUTE, [down], [session("T1", down)]))
    assert kinds(went) == [(AlertKind.OFFLINE, "T1")]
    assert went[0].at == START + MINUTE
    assert went[0].device.status == "OFFLINE"
    assert watch.observe(seen(START + 2 * MINUTE, [down], [session("T1", down)])) == []

    back = watch.observe(seen(START + 3 * MINUTE, [up], [session("T1", up)]))
    assert kinds(back) == [(AlertKind.BACK_ONLINE, "T1")]
    assert watch.observe(seen(START + 4 * MINUTE, [up], [session("T1", up)])) == []


def test_a_device_without_an_open_session_going_offline_raises_nothing() -> None:
    watch = AlertWatch()
    watch.observe(seen(START, [device(status="ONLINE")]))
    assert watch.observe(seen(START + MINUTE, [device(status="OFFLINE")])) == []


def test_a_status_rufus_did_not_send_is_no_change() -> None:
    """ONLINE, then no status (G1 sends none, or the field went missing), then OFFLINE: one
    alert, at the OFFLINE; an unknown in between is neither online nor offline."""
    watch = AlertWatch()
    up, unknown, down = device(status="ONLINE"), device(status=None), device(status="OFFLINE")
    watch.observe(seen(START, [up], [session("T1", up)]))
    assert watch.observe(seen(START + MINUTE, [unknown], [session("T1", unknown)])) == []
    went = watch.observe(seen(START + 2 * MINUTE, [down], [session("T1", down)]))
    assert kinds(went) == [(AlertKind.OFFLINE, "T1")]
    assert watch.observe(seen(START + 3 * MINUTE, [unknown], [session("T1", unknown)])) == []
    assert watch.observe(seen(START + 4 * MINUTE, [down], [session("T1", down)])) == []


# -- the battery ---------------------------------------------------------------------------


def test_a_battery_crossing_the_threshold_raises_once_each_way() -> None:
    watch = AlertWatch()
    levels = [80, LOW_BATTERY + 1, None, LOW_BATTERY, 5, None, 2, LOW_BATTERY + 1, 90, 19]
    raised = []
    for minute, level in enumerate(levels):
        on = device(battery=level)
        raised += kinds(watch.observe(seen(START + minute * MINUTE, [on], [session("T1", on)])))
    assert raised == [
        (AlertKind.BATTERY_LOW, "T1"),  # at the threshold itself ("to or below")
        (AlertKind.BATTERY_RECOVERED, "T1"),
        (AlertKind.BATTERY_LOW, "T1"),
    ]


# -- a mat fallen silent -----------------------------------------------------------------


def live_race(at: datetime, quiet_since: datetime, *, others_live: bool = True) -> Sighting:
    """T1 on KM 5, last passing at `quiet_since`; T2 on KM 10, live at `at` (or long quiet)."""
    km5, km10 = device("D1", "KM 5"), device("D2", "KM 10")
    other_last = at - timedelta(seconds=20) if others_live else START - timedelta(hours=1)
    return seen(
        at,
        [km5, km10],
        [session("T1", km5, last=quiet_since), session("T2", km10, last=other_last)],
    )


def test_a_live_mat_silent_for_ten_minutes_while_others_time_raises_once() -> None:
    watch = AlertWatch()
    last = START - timedelta(seconds=30)
    assert watch.observe(live_race(START, last)) == []  # T1 seen LIVE
    assert watch.observe(live_race(last + 10 * MINUTE - timedelta(seconds=1), last)) == []
    silent = watch.observe(live_race(last + 10 * MINUTE, last))
    assert kinds(silent) == [(AlertKind.SILENT, "T1")]
    assert silent[0].entry.session.last == last
    assert watch.observe(live_race(last + 11 * MINUTE, last)) == []
    assert watch.observe(live_race(last + 30 * MINUTE, last)) == []

    # It times again, then falls silent again: a second event, a second alert.
    again = last + 31 * MINUTE
    assert watch.observe(live_race(again, again)) == []
    assert kinds(watch.observe(live_race(again + 10 * MINUTE, again))) == [(AlertKind.SILENT, "T1")]


def test_a_quiet_mat_is_not_silent_when_nothing_else_times_either() -> None:
    """The race is over, or paused: every mat quiet is not one mat fallen silent."""
    watch = AlertWatch()
    last = START - timedelta(seconds=30)
    watch.observe(live_race(START, last, others_live=False))
    assert watch.observe(live_race(last + 15 * MINUTE, last, others_live=False)) == []
    # Once another mat times again, the silent one is said.
    assert kinds(watch.observe(live_race(last + 16 * MINUTE, last))) == [(AlertKind.SILENT, "T1")]


def test_a_session_never_seen_live_is_never_silent() -> None:
    watch = AlertWatch()
    long_ago = START - 20 * MINUTE
    assert watch.observe(live_race(START, long_ago)) == []
    assert watch.observe(live_race(START + MINUTE, long_ago)) == []


def test_silence_follows_the_setting() -> None:
    watch = AlertWatch(silent_after=timedelta(minutes=3))
    last = START - timedelta(seconds=30)
    watch.observe(live_race(START, last))
    assert kinds(watch.observe(live_race(last + 3 * MINUTE, last))) == [(AlertKind.SILENT, "T1")]


# -- sessions that open and close --------------------------------------------------------


def test_a_session_opening_on_a_device_that_had_none_raises_once() -> None:
    watch = AlertWatch()
    km5 = device()
    watch.observe(seen(START, [km5]))
    opened = watch.observe(seen(START + MINUTE, [km5], [session("T9", km5)]))
    assert kinds(opened) == [(AlertKind.OPENED, "T9")]
    assert watch.observe(seen(START + 2 * MINUTE, [km5], [session("T9", km5)])) == []


def test_a_device_new_to_the_account_that_opens_a_session_raises() -> None:
    watch = AlertWatch()
    km5, stranger = device("D1"), device("D7", "Backup reader")
    watch.observe(seen(START, [km5]))
    found = watch.observe(seen(START + MINUTE, [km5, stranger], [session("T7", stranger)]))
    assert kinds(found) == [(AlertKind.OPENED, "T7")]


def test_a_device_never_read_is_not_said_to_have_had_none() -> None:
    watch = AlertWatch()
    km5 = device()
    watch.observe(seen(START, [km5], unread=["D1"]))
    assert watch.observe(seen(START + MINUTE, [km5], [session("T1", km5)])) == []


def test_a_session_gone_from_a_device_read_again_closed_elsewhere_once() -> None:
    watch = AlertWatch()
    km5, km10 = device("D1"), device("D2", "KM 10")
    t1, t2 = session("T1", km5), session("T2", km10)
    watch.observe(seen(START, [km5, km10], [t1, t2]))
    gone = watch.observe(seen(START + MINUTE, [km5, km10], [t2]))
    assert kinds(gone) == [(AlertKind.CLOSED_ELSEWHERE, "T1")]
    assert gone[0].entry.session.alias == "Session T1"
    assert watch.observe(seen(START + 2 * MINUTE, [km5, km10], [t2])) == []


def test_a_session_this_console_closed_is_not_closed_elsewhere() -> None:
    watch = AlertWatch()
    km5 = device()
    watch.observe(seen(START, [km5], [session("T1", km5)]))
    assert watch.observe(seen(START + MINUTE, [km5], [], closed_here=["T1"])) == []


def test_a_session_replaced_on_its_device_is_closed_elsewhere_and_not_opened() -> None:
    """Creating a session closes the device's open one: the old one closed elsewhere; the
    device did not have none, so the new one is not "opened on a device that had none"."""
    watch = AlertWatch()
    km5 = device()
    watch.observe(seen(START, [km5], [session("T1", km5)]))
    alerts = watch.observe(seen(START + MINUTE, [km5], [session("T2", km5)]))
    assert kinds(alerts) == [(AlertKind.CLOSED_ELSEWHERE, "T1")]


def test_the_window_s_own_word_on_closed_elsewhere_is_taken() -> None:
    watch = AlertWatch()
    km5 = device()
    t1 = session("T1", km5)
    watch.observe(seen(START, [km5], [t1], closed_elsewhere=[]))
    assert watch.observe(seen(START + MINUTE, [km5], [], closed_elsewhere=[])) == []
    said = watch.observe(seen(START + 2 * MINUTE, [km5], [], closed_elsewhere=[t1]))
    assert kinds(said) == [(AlertKind.CLOSED_ELSEWHERE, "T1")]


# -- rule 7: what could not be read is unknown -------------------------------------------


def test_a_device_that_could_not_be_read_raises_nothing_and_forgets_nothing() -> None:
    watch = AlertWatch()
    up, down = device(status="ONLINE", battery=80), device(status="OFFLINE", battery=5)
    t1 = session("T1", up)
    watch.observe(seen(START, [up], [t1]))
    # Its sessions could not be read: its rows are old knowledge, or missing (the command
    # line's listing leaves them out). Whatever the device list says of it, nothing is said.
    assert watch.observe(seen(START + MINUTE, [down], [], unread=["D1"])) == []
    assert watch.observe(seen(START + 2 * MINUTE, [down], [t1], unread=["D1"])) == []
    # Read again: what changed since it was last read is said, once.
    alerts = watch.observe(seen(START + 3 * MINUTE, [down], [session("T1", down)]))
    assert sorted(kind.value for kind, _ in kinds(alerts)) == ["battery-low", "offline"]


def test_a_session_of_a_device_that_could_not_be_read_is_not_closed_elsewhere() -> None:
    watch = AlertWatch()
    km5 = device()
    watch.observe(seen(START, [km5], [session("T1", km5)]))
    assert watch.observe(seen(START + MINUTE, [km5], [], unread=["D1"])) == []
    # Read again and gone: now it is known.
    assert kinds(watch.observe(seen(START + 2 * MINUTE, [km5], []))) == [
        (AlertKind.CLOSED_ELSEWHERE, "T1")
    ]


def test_a_session_two_devices_list_is_unknown_when_either_could_not_be_read() -> None:
    """RUFUS lists one session under two devices; the second could not be read: whether the
    session is still open is not known, so it is not closed elsewhere."""
    watch = AlertWatch()
    km5, km10 = device("D1"), device("D2", "KM 10")
    shared = OpenSession(Session("T1", alias="Shared"), km5, (km10,))
    watch.observe(seen(START, [km5, km10], [shared]))
    assert watch.observe(seen(START + MINUTE, [km5, km10], [], unread=["D2"])) == []


def test_a_silent_mat_whose_device_could_not_be_read_is_not_said_silent() -> None:
    watch = AlertWatch()
    last = START - timedelta(seconds=30)
    watch.observe(live_race(START, last))
    late = replace(live_race(last + 12 * MINUTE, last), unread=frozenset({"D1"}))
    assert watch.observe(late) == []


def test_other_mats_that_could_not_be_read_do_not_count_as_live() -> None:
    watch = AlertWatch()
    last = START - timedelta(seconds=30)
    watch.observe(live_race(START, last))
    late = replace(live_race(last + 12 * MINUTE, last), unread=frozenset({"D2"}))
    assert watch.observe(late) == []


# -- names ---------------------------------------------------------------------------------


def test_twins_are_told_apart_by_their_serial() -> None:
    watch = AlertWatch()
    a, b = device("D1", "Finish", serial="A-1"), device("D2", "Finish", serial="B-2")
    solo = device("D3", "Start")
    watch.observe(seen(START, [a, b, solo]))
    alerts = watch.observe(
        seen(START + MINUTE, [a, b, solo], [session("TA", a), session("TS", solo)])
    )
    told = {alert.token: (alert.told_apart, alert.device.serial_number) for alert in alerts}
    assert told == {"TA": (True, "A-1"), "TS": (False, "SN-D3")}


# -- switches --------------------------------------------------------------------------------


def test_a_kind_switched_off_raises_nothing_even_when_switched_on_later() -> None:
    watch = AlertWatch(topics=frozenset(set(Topic) - {Topic.OFFLINE}))
    up, down = device(status="ONLINE"), device(status="OFFLINE")
    watch.observe(seen(START, [up], [session("T1", up)]))
    assert watch.observe(seen(START + MINUTE, [down], [session("T1", down)])) == []
    watch.topics = frozenset(Topic)
    assert watch.observe(seen(START + 2 * MINUTE, [down], [session("T1", down)])) == []


def test_forget_starts_again_for_another_account() -> None:
    watch = AlertWatch()
    km5 = device()
    watch.observe(seen(START, [km5]))
    watch.forget()
    assert watch.observe(seen(START + MINUTE, [km5], [session("T1", km5)])) == []


def test_another_account_s_sessions_leaving_are_not_closed_elsewhere() -> None:
    """A new key lists another account: the old account's rows leave the window's book as
    if closed elsewhere; the watch, told to forget, says nothing of them."""
    watch = AlertWatch()
    km5 = device()
    t1 = session("T1", km5)
    watch.observe(seen(START, [km5], [t1], closed_elsewhere=[]))
    watch.forget()
    assert watch.observe(seen(START + MINUTE, [device("D9")], [], closed_elsewhere=[t1])) == []


# -- no repeat, whatever the account looks like -------------------------------------------

statuses = st.sampled_from([None, "ONLINE", "OFFLINE"])
batteries = st.one_of(st.none(), st.integers(0, 100))


@st.composite
def sightings(draw: st.DrawFn, at: datetime) -> Sighting:
    count = draw(st.integers(1, 5))
    devices = [
        device(f"D{n}", draw(st.sampled_from(["KM 5", "KM 10"])), status=draw(statuses),
               battery=draw(batteries))
        for n in range(count)
    ]  # fmt: skip
    sessions = [
        session(f"T{n}", on, last=at - timedelta(seconds=draw(st.integers(0, 3600))))
        for n, on in enumerate(devices)
        if draw(st.booleans())
    ]
    unread = [d.deviceid for d in devices if draw(st.booleans())]
    return seen(at, devices, sessions, unread=unread)


@given(st.data())
def test_the_same_listing_twice_raises_nothing_the_second_time(data: st.DataObject) -> None:
    watch = AlertWatch()
    watch.observe(data.draw(sightings(START)))
    again = data.draw(sightings(START + MINUTE))
    watch.observe(again)
    assert watch.observe(again) == []
