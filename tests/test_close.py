"""Closing is verified, never assumed: every answer RUFUS might give, and no answer at all."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from urllib.parse import quote

import pytest

from app.demo import CloudState, DemoCloud, Fault, FaultKind, Generation
from app.demo.seed import seed_race
from app.demo.state import DemoSession
from app.rufus import CloseOutcome, RufusClient, Timeouts
from app.rufus.errors import (
    BadResponse,
    CloseNotConfirmed,
    NetworkError,
    RequestTimeout,
    RufusError,
    ServerError,
    SessionNotFound,
)
from tests.conftest import client_for

CLOSE = "/sessions/close/*"


@pytest.fixture
def token(cloud: DemoCloud) -> str:
    return cloud.state.open_sessions()[0].token_session


def is_open(cloud: DemoCloud, token: str) -> bool:
    session = cloud.state.session(token)
    assert session is not None
    return session.active


def closes_sent(cloud: DemoCloud, token: str) -> int:
    return len(cloud.requests("PATCH", f"/sessions/close/{token}"))


def test_closing_an_open_session(cloud: DemoCloud, client: RufusClient, token: str) -> None:
    result = client.close_session(token)

    assert result.outcome is CloseOutcome.CLOSED
    assert result.session is not None and result.session.active is False
    assert not is_open(cloud, token)
    assert closes_sent(cloud, token) == 1
    assert token not in {row.token for row in client.open_sessions().sessions}


def test_closing_it_again_reports_already_closed_without_a_second_close(
    cloud: DemoCloud, client: RufusClient, token: str
) -> None:
    client.close_session(token)
    again = client.close_session(token)

    assert again.outcome is CloseOutcome.ALREADY_CLOSED
    assert closes_sent(cloud, token) == 1


def test_a_session_closed_elsewhere_is_already_closed(
    cloud: DemoCloud, client: RufusClient, token: str
) -> None:
    cloud.state.close_session(token)
    assert client.close_session(token).outcome is CloseOutcome.ALREADY_CLOSED
    assert closes_sent(cloud, token) == 0


class ClosedBehindOurBack(CloudState):
    """Another official closes the session just after our client has read it as open."""

    def __init__(self) -> None:
        super().__init__()
        self.target: str | None = None

    def session(self, token: str) -> DemoSession | None:
        found = super().session(token)
        if token == self.target and found is not None and found.active:
            self.target = None
            self.close_session(token)
        return found


@pytest.mark.parametrize("closed_close_status", [200, 400, 404, 409])
def test_a_session_closed_between_our_check_and_our_close(
    generation: Generation, closed_close_status: int
) -> None:
    state = ClosedBehindOurBack()
    seed_race(state)
    with DemoCloud(state, generation=generation, closed_close_status=closed_close_status) as cloud:
        token = state.open_sessions()[0].token_session
        state.target = token
        with client_for(cloud) as client:
            result = client.close_session(token)
        assert closes_sent(cloud, token) == 1

    expected = CloseOutcome.CLOSED if closed_close_status == 200 else CloseOutcome.ALREADY_CLOSED
    assert result.outcome is expected
    assert not is_open(cloud, token)


def test_an_unknown_token_is_not_found(cloud: DemoCloud, client: RufusClient) -> None:
    with pytest.raises(SessionNotFound) as missing:
        client.close_session("0" * 64)
    assert "refresh" in str(missing.value)
    assert cloud.requests("PATCH") == []


@pytest.mark.parametrize("token", ["sess-abc123", "a/b", "x y?z=1#w", "%2F", "..."])
def test_unknown_tokens_of_any_shape_stay_inside_their_path(
    cloud: DemoCloud, client: RufusClient, token: str
) -> None:
    with pytest.raises(SessionNotFound):
        client.close_session(token)
    assert [r.path for r in cloud.requests()] == [f"/sessions/{quote(token, safe='')}"]


@pytest.mark.parametrize("token", ["", " ", ".", ".."])
def test_tokens_that_would_name_another_path_are_never_sent(
    cloud: DemoCloud, client: RufusClient, token: str
) -> None:
    with pytest.raises(SessionNotFound):
        client.close_session(token)
    assert cloud.requests() == []


def test_a_token_shaped_like_the_docs_placeholder_closes(generation: Generation) -> None:
    state = CloudState()
    with DemoCloud(state, generation=generation) as cloud:
        device = state.bind_device(
            type="CUSTOM_CHRONO", model="TimingSoft", serial_number="1", now=_now()
        )
        session = state.create_session(device.deviceid, "a/b ñ", now=_now())
        assert session is not None
        with client_for(cloud) as client:
            assert client.close_session(session.token_session).outcome is CloseOutcome.CLOSED


def _now() -> datetime:
    return datetime.now(UTC)


# -- outcome unknown: the close may or may not have happened ------------------------------------

UNKNOWN_OUTCOMES = [
    pytest.param(Fault(FaultKind.RESET, "PATCH", CLOSE), NetworkError, id="reset"),
    pytest.param(Fault(FaultKind.ERROR_STATUS, "PATCH", CLOSE), ServerError, id="500"),
    pytest.param(Fault(FaultKind.ERROR_STATUS, "PATCH", CLOSE, status=503), ServerError, id="503"),
    pytest.param(Fault(FaultKind.HTML_PAGE, "PATCH", CLOSE), ServerError, id="html-502"),
    pytest.param(
        Fault(FaultKind.HTML_PAGE, "PATCH", CLOSE, status=200), BadResponse, id="wifi-portal"
    ),
    pytest.param(Fault(FaultKind.SLOW, "PATCH", CLOSE, delay_s=1.5), RequestTimeout, id="slow"),
]


@pytest.fixture
def impatient_client(cloud: DemoCloud) -> Iterator[RufusClient]:
    with client_for(cloud, timeouts=Timeouts(connect=2.0, read=0.5)) as client:
        yield client


@pytest.mark.parametrize(("fault", "error"), UNKNOWN_OUTCOMES)
def test_a_close_that_happened_but_went_unanswered_is_found_closed(
    cloud: DemoCloud,
    impatient_client: RufusClient,
    token: str,
    fault: Fault,
    error: type[RufusError],
) -> None:
    cloud.inject(_applied(fault))

    result = impatient_client.close_session(token)

    assert result.outcome is CloseOutcome.CLOSED
    assert not is_open(cloud, token)
    assert closes_sent(cloud, token) == 1, "an unknown outcome is checked, not retried"


@pytest.mark.parametrize(("fault", "error"), UNKNOWN_OUTCOMES)
def test_a_close_that_did_not_happen_says_the_session_is_still_open(
    cloud: DemoCloud,
    impatient_client: RufusClient,
    token: str,
    fault: Fault,
    error: type[RufusError],
) -> None:
    cloud.inject(fault)

    with pytest.raises(error) as failed:
        impatient_client.close_session(token)

    assert "still open" in str(failed.value)
    assert "try again" in str(failed.value)
    assert closes_sent(cloud, token) == 1
    # A slow answer may still be applied later by the server: only assert for the others.
    if fault.kind is not FaultKind.SLOW:
        assert is_open(cloud, token)


def test_when_even_the_check_fails_the_official_is_told_to_refresh(
    cloud: DemoCloud, client: RufusClient, token: str
) -> None:
    cloud.inject(Fault(FaultKind.RESET, "PATCH", CLOSE))
    # The pre-check passes; every read after the failed close is cut off too.
    cloud.inject(Fault(FaultKind.RESET, "GET", "/sessions/*", times=None, after=1))

    with pytest.raises(CloseNotConfirmed) as unknown:
        client.close_session(token)

    assert "refresh" in str(unknown.value)
    assert "may already be closed" in str(unknown.value)


def test_a_close_accepted_but_not_carried_out_is_not_reported_as_closed(
    generation: Generation,
) -> None:
    class IgnoresCloses(CloudState):
        def close_session(self, token: str) -> DemoSession | None:
            return self.session(token)

    state = IgnoresCloses()
    seed_race(state)
    with DemoCloud(state, generation=generation) as cloud, client_for(cloud) as client:
        token = state.open_sessions()[0].token_session
        with pytest.raises(CloseNotConfirmed) as unconfirmed:
            client.close_session(token)
    assert "still reports the session as open" in str(unconfirmed.value)


def test_a_close_accepted_whose_check_fails_is_closed_on_rufus_word(
    cloud: DemoCloud, client: RufusClient, token: str
) -> None:
    cloud.inject(Fault(FaultKind.RESET, "GET", "/sessions/*", times=None, after=1))

    result = client.close_session(token)

    assert result.outcome is CloseOutcome.CLOSED
    assert result.session is None
    assert not is_open(cloud, token)


def _applied(fault: Fault) -> Fault:
    return replace(fault, applied=True)


@pytest.mark.parametrize("status", [400, 404, 409])
def test_a_refused_close_of_a_session_still_open_says_so(
    cloud: DemoCloud, client: RufusClient, token: str, status: int
) -> None:
    cloud.inject(Fault(FaultKind.ERROR_STATUS, "PATCH", CLOSE, status=status))

    with pytest.raises(RufusError) as refused:
        client.close_session(token)

    assert f"refused to close the session (HTTP {status}); it is still open" in str(refused.value)
    assert is_open(cloud, token)
