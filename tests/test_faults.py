"""What goes wrong between a venue and RUFUS while listing: retried, or named plainly."""

from __future__ import annotations

import pytest

from app.demo import DemoCloud, Fault, FaultKind
from app.rufus import RufusClient, Timeouts
from app.rufus.errors import (
    BadResponse,
    NetworkError,
    RateLimited,
    RequestTimeout,
    RufusError,
    ServerError,
    WrongAddress,
)
from tests.conftest import client_for

DEVICES = "/devices"


def device_list_requests(cloud: DemoCloud) -> int:
    return len([r for r in cloud.requests("GET") if r.path == DEVICES])


@pytest.mark.parametrize(
    "fault",
    [
        pytest.param(Fault(FaultKind.RATE_LIMITED, "GET", DEVICES, retry_after=0), id="429"),
        pytest.param(Fault(FaultKind.ERROR_STATUS, "GET", DEVICES, status=503), id="503"),
        pytest.param(Fault(FaultKind.HTML_PAGE, "GET", DEVICES), id="html-502"),
        pytest.param(Fault(FaultKind.RESET, "GET", DEVICES), id="reset"),
    ],
)
def test_a_passing_hiccup_is_retried_unnoticed(
    cloud: DemoCloud, client: RufusClient, fault: Fault
) -> None:
    cloud.inject(fault)
    assert len(client.open_sessions().sessions) == len(cloud.state.open_sessions())
    assert device_list_requests(cloud) >= 2


@pytest.mark.parametrize(
    ("fault", "error", "words"),
    [
        pytest.param(
            Fault(FaultKind.RATE_LIMITED, "GET", DEVICES, retry_after=0, times=None),
            RateLimited,
            "Wait a minute",
            id="429",
        ),
        pytest.param(
            Fault(FaultKind.ERROR_STATUS, "GET", DEVICES, times=None),
            ServerError,
            "HTTP 500",
            id="500",
        ),
        pytest.param(
            Fault(FaultKind.HTML_PAGE, "GET", DEVICES, times=None),
            ServerError,
            "HTTP 502",
            id="html-502",
        ),
        pytest.param(
            Fault(FaultKind.HTML_PAGE, "GET", DEVICES, status=200, times=None),
            BadResponse,
            "Wi-Fi login page",
            id="wifi-portal",
        ),
        pytest.param(
            Fault(FaultKind.RESET, "GET", DEVICES, times=None),
            NetworkError,
            "Check the internet connection",
            id="reset",
        ),
        pytest.param(
            Fault(FaultKind.MALFORMED_JSON, "GET", DEVICES, times=None),
            BadResponse,
            "not JSON",
            id="malformed-json",
        ),
        pytest.param(
            Fault(FaultKind.TRUNCATED_JSON, "GET", DEVICES, times=None),
            BadResponse,
            "not JSON",
            id="truncated-json",
        ),
    ],
)
def test_a_lasting_failure_is_named_plainly(
    cloud: DemoCloud, client: RufusClient, fault: Fault, error: type[RufusError], words: str
) -> None:
    cloud.inject(fault)
    with pytest.raises(error) as failed:
        client.open_sessions()
    assert words in str(failed.value)
    assert "Traceback" not in str(failed.value)


def test_retries_are_bounded(cloud: DemoCloud, client: RufusClient) -> None:
    cloud.inject(Fault(FaultKind.ERROR_STATUS, "GET", DEVICES, status=503, times=None))
    with pytest.raises(ServerError):
        client.devices()
    assert device_list_requests(cloud) == 3  # the first try and two retries


def test_a_500_is_not_retried(cloud: DemoCloud, client: RufusClient) -> None:
    cloud.inject(Fault(FaultKind.ERROR_STATUS, "GET", DEVICES, times=None))
    with pytest.raises(ServerError):
        client.devices()
    assert device_list_requests(cloud) == 1


def test_a_slow_answer_times_out_once_without_retrying(cloud: DemoCloud) -> None:
    cloud.inject(Fault(FaultKind.SLOW, "GET", DEVICES, delay_s=2.0, times=None))
    with client_for(cloud, timeouts=Timeouts(connect=2.0, read=0.3)) as client:
        with pytest.raises(RequestTimeout) as failed:
            client.devices()
    assert "did not answer within 0.3 s" in str(failed.value)
    assert device_list_requests(cloud) == 1


def test_a_slow_but_timely_answer_is_fine(cloud: DemoCloud, client: RufusClient) -> None:
    cloud.inject(Fault(FaultKind.SLOW, "GET", DEVICES, delay_s=0.2))
    assert len(client.devices()) == 12


def test_nobody_listening_is_a_network_error() -> None:
    with DemoCloud() as cloud:
        url, key = cloud.url, cloud.read_write_key
    with RufusClient(key, url, retries=0) as client, pytest.raises(NetworkError) as failed:
        client.devices()
    assert "Could not connect to RUFUS at 127.0.0.1" in str(failed.value)
    assert "nothing was sent" in str(failed.value)
    assert failed.value.maybe_applied is False, "a refused connection carried no request"


def test_a_truncated_session_answer_marks_only_that_device(
    cloud: DemoCloud, client: RufusClient
) -> None:
    victim = cloud.state.open_sessions()[0]
    cloud.inject(
        Fault(
            FaultKind.TRUNCATED_JSON,
            "GET",
            f"/sessions/device/{victim.deviceid}/active",
            times=None,
            applied=True,
        )
    )
    listing = client.open_sessions()
    assert [f.device.deviceid for f in listing.failures] == [victim.deviceid]
    assert isinstance(listing.failures[0].error, BadResponse)


@pytest.mark.parametrize("status", [400, 409, 418])
def test_an_unexpected_refusal_while_listing_is_named_with_its_status(
    cloud: DemoCloud, client: RufusClient, status: int
) -> None:
    cloud.inject(Fault(FaultKind.ERROR_STATUS, "GET", DEVICES, status=status))
    with pytest.raises(RufusError) as refused:
        client.devices()
    assert f"rejected the request while listing devices (HTTP {status})" in str(refused.value)
    assert device_list_requests(cloud) == 1, "a 4xx is not retried"


@pytest.mark.parametrize("suffix", ["", "/v1"])
def test_a_device_list_at_a_wrong_address_names_the_address(suffix: str) -> None:
    """Not an empty account, not a refusal: the official is told where to look."""
    with DemoCloud() as cloud:
        root = cloud.url.removesuffix("/v0")
        with RufusClient(cloud.read_write_key, root + suffix, retries=0) as client:
            with pytest.raises(WrongAddress) as wrong:
                client.devices()
    assert wrong.value.status == 404
    assert str(wrong.value) == (
        "RUFUS answered 404 for the device list: check the server address; it normally ends in /v0."
    )


def test_devices_that_could_not_be_read_are_named_in_the_accounts_order(
    cloud: DemoCloud,
) -> None:
    """Whatever order their failures came in: the first device's comes last here."""
    first, second = (device.deviceid for device in cloud.state.devices()[:2])
    cloud.inject(Fault(FaultKind.SLOW, "GET", f"/sessions/device/{first}/*", delay_s=3.0))
    cloud.inject(Fault(FaultKind.ERROR_STATUS, "GET", f"/sessions/device/{second}/*", times=None))
    impatient = Timeouts(connect=2.0, read=0.5)
    with client_for(cloud, timeouts=impatient, retries=0) as client:
        listing = client.open_sessions()
    assert [failure.device.deviceid for failure in listing.failures] == [first, second]
    assert isinstance(listing.failures[0].error, RequestTimeout)
