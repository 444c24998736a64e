"""Listing every open session of an account, in both API generations."""

from __future__ import annotations

import threading

import pytest

from app.demo import CloudState, DemoCloud, Fault, FaultKind, Generation
from app.demo.seed import seed_race
from app.demo.state import DemoSession
from app.rufus import RufusClient
from app.rufus.errors import NotFound, ServerError
from app.rufus.listing import ListingMemory
from tests.conftest import client_for


def test_lists_exactly_the_open_sessions_the_cloud_holds(
    cloud: DemoCloud, client: RufusClient
) -> None:
    listing = client.open_sessions()

    expected = {(s.token_session, s.deviceid) for s in cloud.state.open_sessions()}
    assert {(row.token, row.device.deviceid) for row in listing.sessions} == expected
    assert len(listing.devices) == len(cloud.state.devices()) == 12
    assert listing.complete


def test_rows_carry_what_an_official_reads(cloud: DemoCloud, client: RufusClient) -> None:
    rows = {row.token: row for row in client.open_sessions().sessions}

    for held in cloud.state.open_sessions():
        row = rows[held.token_session]
        device = cloud.state.device(held.deviceid)
        assert device is not None
        assert row.session.alias == held.alias
        assert row.session.passings == held.passings
        assert row.session.last == held.last
        assert row.session.creation_date == held.creation_date
        assert row.device.alias == device.alias
        assert row.device.model == device.model


def test_duplicate_aliases_and_a_session_without_passings_survive(client: RufusClient) -> None:
    rows = client.open_sessions().sessions

    finish_devices = [row for row in rows if row.device.alias == "Finish"]
    assert len(finish_devices) == 2
    assert len({row.device.deviceid for row in finish_devices}) == 2
    marathon = [row for row in rows if row.session.alias == "MARATHON 42K"]
    assert len(marathon) == 4
    empty = [row for row in rows if row.session.passings == 0]
    assert len(empty) == 1
    assert empty[0].session.last is None


def test_follows_every_g2_page_of_devices() -> None:
    with DemoCloud(generation=Generation.G2, page_limit=7, devices=40) as cloud:
        with client_for(cloud) as client:
            devices = client.devices()

        assert [d.deviceid for d in devices] == [d.deviceid for d in cloud.state.devices()]
        device_pages = [r for r in cloud.requests("GET") if r.path == "/devices"]
        assert len(device_pages) == 6  # 40 devices, 7 per page


def test_g1_lists_devices_in_one_request() -> None:
    with DemoCloud(generation=Generation.G1, devices=40) as cloud:
        with client_for(cloud) as client:
            assert len(client.devices()) == 40
        assert len([r for r in cloud.requests("GET") if r.path == "/devices"]) == 1


def test_g2_device_counts_spare_calls_only_in_a_light_listing() -> None:
    """A full listing asks every device (RUFUS's counts may lag); a light one, after it,
    spares those that had no session and have not changed (tests/test_listing_truth.py)."""
    with DemoCloud(generation=Generation.G2) as cloud:
        memory = ListingMemory()
        with client_for(cloud) as client:
            list(client.iter_open_sessions(client.devices(), memory=memory))
            full = {r.path.split("/")[3] for r in cloud.requests("GET", "/sessions/device/")}
            before = len(cloud.requests("GET", "/sessions/device/"))
            list(client.iter_open_sessions(client.devices(), memory=memory, light=True))
        light = {r.path.split("/")[3] for r in cloud.requests("GET", "/sessions/device/")[before:]}

    with_sessions = {
        d.deviceid for d in cloud.state.devices() if cloud.state.sessions_of(d.deviceid)
    }
    assert full == {d.deviceid for d in cloud.state.devices()}
    assert light == with_sessions


@pytest.mark.parametrize("batches", [False, True], ids=["one-by-one", "in-batches"])
def test_a_listing_is_full_unless_asked_to_be_light(batches: bool) -> None:
    """However much the memory knows: sparing a device is asked for, never the default."""
    with DemoCloud(generation=Generation.G2) as cloud:
        memory = ListingMemory()
        with client_for(cloud) as client:
            devices = client.devices()
            list(client.iter_open_sessions(devices, memory=memory))
            before = len(cloud.requests("GET", "/sessions/device/"))
            if batches:
                list(client.iter_open_session_batches(devices, 0.0, memory=memory))
            else:
                list(client.iter_open_sessions(devices, memory=memory))
        again = cloud.requests("GET", "/sessions/device/")[before:]
    assert len(again) == len(devices)


def test_the_first_answer_comes_at_once_and_the_rest_within_the_interval(
    cloud: DemoCloud, client: RufusClient
) -> None:
    """The window shows the first row as soon as it is known, then what arrived meanwhile
    (an interval far longer than the listing: nothing here waits for it)."""
    devices = client.devices()
    sizes = [len(batch) for batch in client.iter_open_session_batches(devices, 3600.0)]
    assert sizes == [1, len(devices) - 1]


def test_an_account_without_devices_has_no_open_sessions(generation: Generation) -> None:
    with DemoCloud(CloudState(), generation=generation) as cloud:
        with client_for(cloud) as client:
            listing = client.open_sessions()
    assert listing.sessions == ()
    assert listing.devices == ()


def test_a_device_that_cannot_be_read_is_reported_and_the_rest_listed(
    cloud: DemoCloud, client: RufusClient
) -> None:
    broken = next(s for s in cloud.state.open_sessions())
    cloud.inject(
        Fault(
            FaultKind.ERROR_STATUS,
            method="GET",
            path=f"/sessions/device/{broken.deviceid}/active",
            times=None,
        )
    )

    listing = client.open_sessions()

    assert not listing.complete
    assert [f.device.deviceid for f in listing.failures] == [broken.deviceid]
    assert isinstance(listing.failures[0].error, ServerError)
    listed = {row.token for row in listing.sessions}
    assert broken.token_session not in listed
    assert len(listed) == len(cloud.state.open_sessions()) - 1


class HoldsOneDevice(CloudState):
    """Answers one device's open sessions only once the test lets it: that device is still
    answering for as long as the test wants, whatever the machine's speed."""

    def __init__(self) -> None:
        super().__init__()
        self.held: str | None = None
        self.release = threading.Event()

    def active_sessions_listed(self, deviceid: str) -> list[DemoSession]:
        if deviceid == self.held:
            self.release.wait(timeout=10)
        return super().active_sessions_listed(deviceid)


def test_rows_arrive_device_by_device(generation: Generation) -> None:
    state = HoldsOneDevice()
    seed_race(state)
    with (
        DemoCloud(state, generation=generation, page_limit=5) as cloud,
        client_for(cloud) as client,
    ):
        devices = client.devices()
        slow = next(device for device in devices if device.sessions != 0)
        state.held = slow.deviceid

        answers = client.iter_open_sessions(devices)
        try:
            # Every other device's rows are there while the held one has not answered (a
            # listing that waited for every device would wait for its read timeout here).
            while_held = [next(answers) for _ in devices[1:]]
        finally:
            state.release.set()
        rest = list(answers)

    assert slow not in {answer.device for answer in while_held}
    assert [answer.device for answer in rest] == [slow]
    assert sorted(a.device.deviceid for a in [*while_held, *rest]) == sorted(
        d.deviceid for d in devices
    )
    for answer in [
        *while_held,
        *rest,
    ]:  # each answer holds its own device's open sessions, all of them
        assert answer.error is None
        held = {
            s.token_session for s in state.open_sessions() if s.deviceid == answer.device.deviceid
        }
        assert {row.token for row in answer.sessions} == held
        assert {row.device for row in answer.sessions} <= {answer.device}


@pytest.mark.parametrize("devices", [300])
def test_scales_to_hundreds_of_devices(devices: int) -> None:
    state = CloudState()
    seed_race(state, devices=devices)
    with DemoCloud(state, generation=Generation.G2, page_limit=100) as cloud:
        with client_for(cloud) as client:
            listing = client.open_sessions()
    assert len(listing.devices) == devices
    assert {r.token for r in listing.sessions} == {s.token_session for s in state.open_sessions()}


def test_a_device_rufus_does_not_know_is_not_found(cloud: DemoCloud, client: RufusClient) -> None:
    unknown = "F" * 64
    with pytest.raises(NotFound) as missing:
        client.device(unknown)
    assert missing.value.status == 404
    assert str(missing.value) == (
        "RUFUS has no device with this id for this account: it may have been unbound. "
        "Refresh the list."
    )
    assert [r.path for r in cloud.requests()] == [f"/devices/{unknown}"]


def test_a_blank_device_id_is_not_found_without_asking(
    cloud: DemoCloud, client: RufusClient
) -> None:
    with pytest.raises(NotFound) as blank:
        client.device("  ")
    assert blank.value.status == 404
    assert cloud.requests() == []
