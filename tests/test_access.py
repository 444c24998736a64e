"""Access types as RUFUS enforces them, and what the official is told about each."""

from __future__ import annotations

import pytest

from app.demo import AccessType, DemoCloud, Generation
from app.rufus.errors import (
    AuthenticationError,
    ConfigurationError,
    ReadOnlyKey,
    WriteOnlyKey,
)
from tests.conftest import client_for


def test_a_read_key_lists_but_cannot_close(cloud: DemoCloud) -> None:
    open_session = cloud.state.open_sessions()[0]
    with client_for(cloud, cloud.keys[AccessType.READ]) as client:
        assert len(client.open_sessions().sessions) == len(cloud.state.open_sessions())
        with pytest.raises(ReadOnlyKey) as refused:
            client.close_session(open_session.token_session)

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


def test_a_write_key_can_close(cloud: DemoCloud) -> None:
    token = cloud.state.open_sessions()[0].token_session
    with client_for(cloud, cloud.keys[AccessType.WRITE]) as client:
        # Reading the session back needs READ: the close happens, its check is refused.
        with pytest.raises(WriteOnlyKey):
            client.close_session(token)
    held = cloud.state.session(token)
    assert held is not None and held.active, "a close must not be sent before its pre-check"


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
    cloud.state.add_key("ror-read-only-on-sessions", AccessType.READ)
    with client_for(cloud, "ror-read-only-on-sessions") as client:
        devices = client.devices()
    with client_for(cloud, cloud.keys[AccessType.WRITE]) as client:
        with pytest.raises(WriteOnlyKey):
            list(client.iter_open_sessions(devices))


@pytest.mark.parametrize("key", ["", "   ", "ror-abc def", "ror-\nabc", "clé-ñ"])
def test_an_unusable_key_is_refused_before_any_request(cloud: DemoCloud, key: str) -> None:
    with pytest.raises(ConfigurationError) as refused:
        client_for(cloud, key or " ")
    if key.strip():
        assert key.strip() not in str(refused.value)
    assert cloud.requests() == []
