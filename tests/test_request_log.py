"""The ring of recent requests (app/rufus/request_log.py): what a diagnostics file says of the
traffic with RUFUS. Method, path with identifiers shortened, status, time taken; no key, no
body, no query; every attempt, from every thread, and never more than it keeps."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from app.demo import DemoCloud, Fault, FaultKind
from app.rufus.request_log import RecentRequests, recent_requests
from tests.conftest import client_for


@pytest.fixture
def ring() -> Iterator[RecentRequests]:
    recent_requests.clear()
    yield recent_requests
    recent_requests.clear()


def test_a_listing_leaves_each_request_with_its_path_shortened(
    cloud: DemoCloud, ring: RecentRequests
) -> None:
    with client_for(cloud) as client:
        listing = client.open_sessions()
    seen = [request.as_dict() for request in ring.recent()]
    devices = [r for r in seen if r["path"] == "/devices"]
    asked = [r for r in seen if str(r["path"]).startswith("/sessions/device/")]
    assert devices and all(r["method"] == "GET" and r["status"] == 200 for r in devices)
    assert len(asked) == len(listing.devices)
    # Each device is named by its shortened id: "/sessions/device/65A1B7…115B/active".
    first = listing.devices[0].deviceid
    shortened = f"/sessions/device/{first[:6]}…{first[-4:]}/active"
    assert shortened in [r["path"] for r in asked]
    everything = repr(seen)
    assert cloud.read_write_key not in everything
    assert all(device.deviceid not in everything for device in listing.devices)
    elapsed = [r["elapsed_ms"] for r in seen]
    assert all(isinstance(ms, int | float) and ms >= 0 for ms in elapsed)


def test_a_request_that_got_no_answer_is_kept_with_why(
    cloud: DemoCloud, ring: RecentRequests
) -> None:
    cloud.inject(Fault(FaultKind.RESET, "GET", "/devices", times=1))
    with client_for(cloud) as client:
        client.devices()  # a GET is tried again after a cut connection
    seen = [request.as_dict() for request in ring.recent() if request.route == "/devices"]
    # Then page 1 again, and (G2 pages of 5) the pages after it.
    assert [(r["status"], r["failure"]) for r in seen[:2]] == [(None, "NetworkError"), (200, None)]
    assert all(r["status"] == 200 for r in seen[1:])


def test_the_ring_keeps_only_the_last_requests_from_every_thread() -> None:
    ring = RecentRequests(size=200)

    def send(thread: int) -> None:
        for number in range(500):
            ring.add("GET", "/sessions/{token}", {"token": f"{thread}-{number}"}, 0.0, status=200)

    threads = [threading.Thread(target=send, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    kept = ring.recent()
    assert len(kept) == 200
    # Each thread's requests stay in the order it sent them.
    for sender in range(8):
        numbers = [
            int(r.segments[0][1].split("-")[1])
            for r in kept
            if r.segments[0][1].startswith(f"{sender}-")
        ]
        assert numbers == sorted(numbers)
