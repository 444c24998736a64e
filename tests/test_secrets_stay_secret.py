"""The API key appears in no message and no log record, whatever happens."""

from __future__ import annotations

import logging

import pytest

from app.demo import AccessType, DemoCloud, Fault, FaultKind
from app.logsetup import SecretRedactor
from app.rufus import Device, OpenSession, RufusClient, Session
from app.rufus.errors import RufusError
from app.sessions.closing import CloseService, close_context
from tests.conftest import client_for

FAULTS = [
    Fault(FaultKind.RESET, "GET", "/devices"),
    Fault(FaultKind.ERROR_STATUS, "GET", "/sessions/device/*", times=3),
    Fault(FaultKind.HTML_PAGE, "GET", "/devices", status=200),
    Fault(FaultKind.RATE_LIMITED, "GET", "*", retry_after=0, times=2),
    Fault(FaultKind.RESET, "PATCH", "/sessions/close/*", applied=True),
]


def test_no_message_or_log_record_carries_the_key(
    cloud: DemoCloud, caplog: pytest.LogCaptureFixture, service: CloseService
) -> None:
    caplog.set_level(logging.DEBUG)
    messages: list[str] = []
    held = cloud.state.open_sessions()[0]
    entry = OpenSession(Session(held.token_session), Device(held.deviceid))

    def close(client: RufusClient) -> None:
        for record in service.close_all(client, close_context(cloud.url, "t"), [entry], print):
            messages.extend((record.reason, repr(record), repr(record.error)))

    for key in (cloud.read_write_key, cloud.keys[AccessType.READ], cloud.keys[AccessType.WRITE]):
        for fault in FAULTS:
            cloud.inject(fault)
        with client_for(cloud, key) as client:
            for attempt in (client.open_sessions, lambda c=client: close(c)):
                try:
                    attempt()
                except RufusError as error:
                    messages.append(str(error))
                    messages.append(repr(error))
        messages.append(repr(client))

    with client_for(cloud, "ror-00000000000000000000") as client:
        with pytest.raises(RufusError) as refused:
            client.devices()
        messages.append(str(refused.value))

    records = [record.getMessage() for record in caplog.records]
    assert len(records) > 20, "the scenario must actually log"
    assert len(messages) > 5, "the scenario must actually fail"
    for key in [*cloud.keys.values(), "ror-00000000000000000000"]:
        assert not [m for m in messages if key in m]
        assert not [r for r in records if key in r]


def test_the_redactor_masks_a_key_that_slipped_into_a_record() -> None:
    redactor = SecretRedactor()
    redactor.add("ror-ae4fc6c19681a20fad30")
    record = logging.LogRecord(
        "x", logging.ERROR, __file__, 1, "header %s", ("ror-ae4fc6c19681a20fad30",), None
    )
    assert redactor.filter(record)
    assert record.getMessage() == "header «redacted»"


def test_the_client_repr_names_the_server_only(cloud: DemoCloud) -> None:
    with RufusClient(cloud.read_write_key, cloud.url) as client:
        assert cloud.read_write_key not in repr(client.__dict__)
