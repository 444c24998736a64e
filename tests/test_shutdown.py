"""Closing the client cuts requests in flight: quitting never waits out a read timeout.

The transport learns of each connection through urllib3's private `HTTPConnectionPool._new_conn`
(pinned in pyproject.toml): were that hook no longer called, nothing would be cut and these
tests would wait for the two-minute reply instead of passing."""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor

import pytest

from app.demo import DemoCloud
from app.demo.faults import Fault, FaultKind
from app.rufus import Timeouts
from app.rufus.errors import RufusError
from tests.conftest import client_for, wait_until

#: Far longer than the test could ever wait: only close() can end the request early.
PATIENT = Timeouts(connect=2.0, read=120.0)


@pytest.mark.parametrize("route", ["/devices", "/sessions/close/"])
def test_close_cuts_a_request_waiting_for_its_answer(route: str) -> None:
    with DemoCloud() as cloud:
        cloud.inject(Fault(FaultKind.SLOW, path=route + "*", delay_s=120.0))
        token = cloud.state.open_sessions()[0].token_session
        client = client_for(cloud, timeouts=PATIENT)
        with ThreadPoolExecutor(1) as pool:
            call: Future[object]
            if route == "/devices":
                call = pool.submit(client.devices)
            else:
                call = pool.submit(client.request_close, token)
            wait_until(lambda: cloud.requests(path_prefix=route))
            client.close()
            with pytest.raises(RufusError, match="shutting down"):
                call.result(timeout=10)
