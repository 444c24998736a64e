"""Access types as RUFUS enforces them, and what the official is told about each."""

from __future__ import annotations

import logging
import re

import pytest

from app.demo import AccessType, DemoCloud, Fault, FaultKind, Generation
from app.records.close_record import Outcome
from app.rufus import Device, KeyRights, OpenSession, Session
from app.rufus.errors import (
    AuthenticationError,
    ConfigurationError,
    ReadOnlyKey,
    WriteOnlyKey,
)
from app.sessions.closing import CloseService, close_context
from tests.conftest import client_for


def test_a_read_key_lists_but_cannot_close(cloud: DemoCloud) -> None:
    open_session = cloud.state.open_sessions()[0]
    with client_for(cloud, cloud.keys[AccessType.READ]) as client:
        assert len(client.open_sessions().sessions) == len(cloud.state.open_sessions())
        with pytest.raises(ReadOnlyKey) as refused:
            client.request_close(open_session.token_session)

    assert "READ-only" in str(refused.value)
    assert "READ_WRITE" in str(refused.value)
    assert refused.value.status == 403
    held = cloud.state.session(open_session.token_session)
    assert held is not None and held.active


def test_a_write_key_cannot_list(cloud: DemoCloud) -> None:
    with client_for(cloud, cloud.keys[AccessType.WRITE]) as client:
        with pytest.raises(WriteOnlyKey) as refused:
            client.open_sessions()
    assert "WRITE-only" in str(refused.value)
    assert "READ_WRITE" in str(refused.value)


def test_a_write_key_cannot_close_safely_and_says_so(
    cloud: DemoCloud, service: CloseService
) -> None:
    held = cloud.state.open_sessions()[0]
    device = cloud.state.device(held.deviceid)
    assert device is not None
    entry = OpenSession(Session(held.token_session), Device(device.deviceid))
    with client_for(cloud, cloud.keys[AccessType.WRITE]) as client:
        [record] = service.close_all(client, close_context(cloud.url, "t"), [entry], print)
    # The close itself would be allowed; the read before it is refused, so nothing is sent.
    assert record.outcome is Outcome.NOT_SENT
    assert "refused to read the session before closing it" in record.reason
    assert "Closing needs a READ_WRITE key" in record.reason
    assert cloud.requests("PATCH") == []
    still = cloud.state.session(held.token_session)
    assert still is not None and still.active


@pytest.mark.parametrize(
    ("access", "rights"),
    [
        (AccessType.READ_WRITE, KeyRights.CAN_CLOSE),
        (AccessType.READ, KeyRights.READ_ONLY),
        (AccessType.WRITE, KeyRights.CAN_CLOSE),
    ],
)
def test_the_probe_learns_a_keys_rights_and_closes_nothing(
    cloud: DemoCloud, access: AccessType, rights: KeyRights
) -> None:
    before = {s.token_session for s in cloud.state.open_sessions()}
    with client_for(cloud, cloud.keys[access]) as client:
        assert client.key_rights() is rights
    [probe] = cloud.requests("PATCH")
    token = probe.path.rsplit("/", 1)[1]
    assert re.fullmatch("[0-9A-F]{64}", token), "shaped as RUFUS shapes a session's token"
    assert token not in before
    assert {s.token_session for s in cloud.state.open_sessions()} == before


@pytest.mark.parametrize(
    ("fault", "logged"),
    [
        (Fault(FaultKind.ERROR_STATUS, "PATCH", "*", status=500), ["ServerError"]),
        (Fault(FaultKind.ERROR_STATUS, "PATCH", "*", status=200), []),
        (Fault(FaultKind.RESET, "PATCH", "*"), ["NetworkError"]),
    ],
    ids=["500", "200", "reset"],
)
def test_any_other_answer_to_the_probe_means_rights_unknown(
    cloud: DemoCloud, fault: Fault, logged: list[str], caplog: pytest.LogCaptureFixture
) -> None:
    cloud.inject(fault)
    with caplog.at_level(logging.INFO, logger="app.rufus.client"), client_for(cloud) as client:
        assert client.key_rights() is KeyRights.UNKNOWN
    assert len(cloud.requests("PATCH")) == 1, "a probe is never repeated"
    # Support learns from the log why the window could not say whether the key may close.
    said = [r.getMessage() for r in caplog.records if r.name == "app.rufus.client"]
    assert said == [f"key rights unknown: {error}" for error in logged]


@pytest.mark.parametrize("status", [401, 403])
def test_an_unknown_key_is_named_as_such(generation: Generation, status: int) -> None:
    with DemoCloud(generation=generation, unknown_key_status=status) as cloud:
        with client_for(cloud, "ror-00000000000000000000") as client:
            with pytest.raises((AuthenticationError, WriteOnlyKey)) as refused:
                client.open_sessions()
    message = str(refused.value)
    if status == 401:
        assert isinstance(refused.value, AuthenticationError)
        assert "does not recognise this API key" in message
    else:
        assert "deleted" in message  # 403 may be a revoked key too: the message says so


def test_a_refused_key_stops_the_listing_instead_of_failing_every_device(
    cloud: DemoCloud,
) -> None:
    with client_for(cloud, cloud.keys[AccessType.READ]) as client:
        devices = client.devices()
    to_ask = sum(1 for device in devices if device.sessions != 0)
    workers = 1
    with client_for(cloud, cloud.keys[AccessType.WRITE], max_workers=workers) as client:
        with pytest.raises(WriteOnlyKey) as refused:
            list(client.iter_open_sessions(devices))
    asked = [r for r in cloud.requests("GET", "/sessions/device/") if r.access is AccessType.WRITE]
    # The first refusal ends the listing: beyond the requests already on their way (two per
    # worker, and the one asked for as the refusal arrived), no device is asked.
    assert 1 <= len(asked) <= 2 * workers + 1 < to_ask
    assert "READ_WRITE key" in str(refused.value)


@pytest.mark.parametrize("key", ["", "   ", "ror-abc def", "ror-\nabc", "clé-ñ"])
def test_an_unusable_key_is_refused_before_any_request(cloud: DemoCloud, key: str) -> None:
    with pytest.raises(ConfigurationError) as refused:
        client_for(cloud, key or " ")
    if key.strip():
        assert key.strip() not in str(refused.value)
    assert cloud.requests() == []
