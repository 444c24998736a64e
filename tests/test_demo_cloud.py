"""The simulated cloud is faithful to rufus-api.md: rules, shapes, and a believable race."""

from __future__ import annotations

import json
import sys
import threading
from collections import Counter
from datetime import UTC, datetime, timedelta
from urllib.parse import urlsplit

import pytest
import requests

from app.demo import AccessType, CloudState, DemoCloud, Generation
from app.demo.live import LivePassings
from app.demo.passings import DemoPassing
from app.demo.seed import KINDS, seed_race
from tests.conftest import wait_until

NOW = datetime(2026, 5, 10, 9, 30, tzinfo=UTC)


def call(
    cloud: DemoCloud,
    method: str,
    path: str,
    key: str | None = None,
    header: str = "api_key",
    *,
    data: str | None = None,
    json: object = None,
) -> requests.Response:
    headers = {header: key or cloud.read_write_key}
    return requests.request(
        method, cloud.url + path, headers=headers, timeout=5, data=data, json=json
    )


def test_it_binds_to_loopback_only() -> None:
    with DemoCloud() as cloud:
        assert urlsplit(cloud.url).hostname == "127.0.0.1"


def test_the_seeded_race_has_what_an_official_meets() -> None:
    state = CloudState()
    seed_race(state, now=NOW)
    devices = state.devices()
    assert len(devices) == 12
    assert {d.type for d in devices} == {k.type for k in KINDS}
    assert [a for a, n in Counter(d.alias for d in devices).items() if n > 1] == ["Finish"]
    without_sessions = [d for d in devices if not state.sessions_of(d.deviceid)]
    assert len(without_sessions) >= 2
    only_closed = [
        d
        for d in devices
        if state.sessions_of(d.deviceid)
        and not any(s.active for s in state.sessions_of(d.deviceid))
    ]
    assert len(only_closed) >= 1
    open_sessions = state.open_sessions()
    assert len(open_sessions) == 9
    assert [s.passings for s in open_sessions].count(0) == 1
    assert all(s.last is None or s.last <= NOW for s in open_sessions)


def test_the_same_seed_gives_the_same_race() -> None:
    first, second = CloudState(), CloudState()
    seed_race(first, devices=50, now=NOW)
    seed_race(second, devices=50, now=NOW)
    assert [(d.alias, d.serial_number) for d in first.devices()] == [
        (d.alias, d.serial_number) for d in second.devices()
    ]


def test_creating_a_session_closes_the_devices_open_one() -> None:
    state = CloudState()
    seed_race(state, now=NOW)
    busy = state.open_sessions()[0]
    newer = state.create_session(busy.deviceid, "RESTART", now=NOW)
    assert newer is not None
    assert [s.token_session for s in state.sessions_of(busy.deviceid) if s.active] == [
        newer.token_session
    ]


@pytest.mark.parametrize("devices", [300])
def test_scales_up(devices: int) -> None:
    state = CloudState()
    seed_race(state, devices=devices, now=NOW)
    assert len(state.devices()) == devices
    assert 100 < len(state.open_sessions()) < 250


def test_g1_is_flat_and_g2_is_wrapped_with_pagination() -> None:
    with DemoCloud(generation=Generation.G1) as g1, DemoCloud(page_limit=5) as g2:
        flat = call(g1, "GET", "/devices").json()
        wrapped = call(g2, "GET", "/devices?page=3").json()
    assert set(flat) == {"description", "result"}
    assert len(flat["result"]) == 12
    assert "last_seen" in flat["result"][0]
    assert set(wrapped) == {"body"}
    assert wrapped["body"]["pagination"] == {"page": 3, "limit": 5, "total": 12, "has_more": False}
    assert len(wrapped["body"]["result"]) == 2
    assert "last_login" in wrapped["body"]["result"][0]


def test_active_session_is_a_one_element_list_and_404_when_none(cloud: DemoCloud) -> None:
    busy = cloud.state.open_sessions()[0]
    idle = next(d for d in cloud.state.devices() if not cloud.state.sessions_of(d.deviceid))
    answer = call(cloud, "GET", f"/sessions/device/{busy.deviceid}/active").json()
    result = answer.get("body", answer)["result"]
    assert isinstance(result, list) and len(result) == 1
    assert result[0]["active"] is True
    assert call(cloud, "GET", f"/sessions/device/{idle.deviceid}/active").status_code == 404


@pytest.mark.parametrize(
    ("method", "path", "access", "status"),
    [
        ("GET", "/devices", AccessType.WRITE, 403),
        ("GET", "/devices", AccessType.READ, 200),
        ("PATCH", "/sessions/close/{token}", AccessType.READ, 403),
        ("PATCH", "/sessions/close/{token}", AccessType.WRITE, 200),
        ("DELETE", "/devices/{device}", AccessType.READ, 403),
    ],
)
def test_access_types_are_enforced(
    cloud: DemoCloud, method: str, path: str, access: AccessType, status: int
) -> None:
    busy = cloud.state.open_sessions()[0]
    path = path.format(token=busy.token_session, device=busy.deviceid)
    assert call(cloud, method, path, cloud.keys[access]).status_code == status


def test_unbinding_needs_the_unbind_flag_and_deletes_everything(cloud: DemoCloud) -> None:
    cloud.state.add_key("ror-rw-without-unbind", AccessType.READ_WRITE)
    busy = cloud.state.open_sessions()[0]
    path = f"/devices/{busy.deviceid}"
    assert call(cloud, "DELETE", path, "ror-rw-without-unbind").status_code == 403
    assert call(cloud, "DELETE", path).status_code == 200
    assert cloud.state.sessions_of(busy.deviceid) == []


def test_the_documented_error_statuses(cloud: DemoCloud) -> None:
    assert call(cloud, "GET", "/devices", "ror-nope").status_code == 401
    assert call(cloud, "GET", "/sessions/" + "0" * 64).status_code == 404
    assert call(cloud, "PATCH", "/sessions/close/").status_code == 400
    g2_only = 400 if cloud.api.options.generation is Generation.G2 else 200
    assert call(cloud, "GET", "/devices?page=0").status_code == g2_only  # G1 has no pages
    assert call(cloud, "POST", "/sessions", data="{}").status_code == 400


def test_the_alternate_key_header_is_g2_only() -> None:
    with DemoCloud(generation=Generation.G1) as g1, DemoCloud() as g2:
        assert call(g1, "GET", "/devices", header="x-api-key").status_code == 401
        assert call(g2, "GET", "/devices", header="x-api-key").status_code == 200


def test_g2_500_is_an_empty_body() -> None:
    from app.demo import Fault, FaultKind

    with DemoCloud() as cloud:
        cloud.inject(Fault(FaultKind.ERROR_STATUS))
        answer = call(cloud, "GET", "/devices")
    assert (answer.status_code, answer.json()) == (500, {"body": None})


def test_a_device_can_be_bound_timed_and_closed_like_tastimer_does(cloud: DemoCloud) -> None:
    bound = call(
        cloud,
        "POST",
        "/devices",
        json={"type": "CUSTOM_CHRONO", "model": "TimingSoft", "serial_number": "X1", "alias": "A"},
    ).json()
    deviceid = bound.get("body", bound)["deviceid"]
    created = call(cloud, "POST", "/sessions", json={"deviceid": deviceid, "alias": "5K"}).json()
    token = created.get("body", created)["token_session"]
    passing = {"bib": "12", "num_passing": 1, "timestamp": "2026-05-10T09:31:00.000Z"}
    body = json.dumps({"token_session": token, "passings_list": [passing]})
    assert call(cloud, "POST", "/passings", data=body).status_code == 200
    assert call(cloud, "PATCH", f"/sessions/close/{token}").status_code == 200
    assert call(cloud, "POST", "/passings", data=body).status_code == 404
    session = cloud.state.session(token)
    assert session is not None
    assert (session.active, session.passings) == (False, 1)


def test_the_demo_race_goes_on_with_runners_each_with_a_bib_and_a_chip() -> None:
    """`--demo`'s live sessions keep timing; the panel listed their passings as '—', '—'."""
    state, now = CloudState(), datetime.now(UTC)
    device = state.bind_device(type="CLOUDBOX", model="CloudBox", serial_number="CB-1", now=now)
    session = state.create_session(device.deviceid, "FINISH", now=now - timedelta(hours=1))
    assert session is not None
    state.load_passings(session.token_session, count=10, first=now - timedelta(hours=1), last=now)
    live = LivePassings(state, every_s=0.01)
    live.start()
    try:
        wait_until(lambda: after_the_ten(state, session.token_session))
    finally:
        live.stop()
    added = after_the_ten(state, session.token_session)
    assert [p.num_passing for p in added] == list(range(11, 11 + len(added)))
    assert all(p.bib.isdigit() and p.chip for p in added)


def after_the_ten(state: CloudState, token: str) -> list[DemoPassing]:
    page = state.passings_page(token, first=11, last=None, offset=0, limit=100)
    assert page is not None
    return page.passings


def test_passings_added_from_two_threads_never_share_a_number() -> None:
    """`--demo`'s live passings and a device posting its own both add passings: each was
    numbered from a count read before the state's lock, and two could share a number."""
    state, now = CloudState(), datetime.now(UTC)
    device = state.bind_device(type="CLOUDBOX", model="CloudBox", serial_number="CB-2", now=now)
    session = state.create_session(device.deviceid, "FINISH", now=now)
    assert session is not None
    token = session.token_session

    def add() -> None:
        for _ in range(300):
            state.record_passings(token, [datetime.now(UTC)])

    switching = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # threads take turns as often as they can: the race shows
    try:
        adders = [threading.Thread(target=add) for _ in range(4)]
        for adder in adders:
            adder.start()
        for adder in adders:
            adder.join()
    finally:
        sys.setswitchinterval(switching)
    page = state.passings_page(token, first=None, last=None, offset=0, limit=2000)
    assert page is not None
    assert sorted(p.num_passing for p in page.passings) == list(range(1, 1201))
