"""Each read RUFUS refuses, or answers in a shape it never documented, is named in the error
the official reads (the command line prints it; support finds it in the log): which read, and
what was wrong with the answer."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest

from app.demo import DemoCloud, Fault, FaultKind
from app.demo.faults import Shape
from app.rufus import Device, RufusClient, Timeouts
from app.rufus.errors import BadResponse, DeadlineExceeded, Refused
from tests.conftest import client_for
from tests.test_passings import timed_session

#: A small answer gets 1 s in all, a page of passings 2 s.
PAGE_LONGER = Timeouts(connect=2.0, read=3.0, total=1.0, passings_page_total=2.0)


@dataclass(frozen=True)
class Read:
    """One of the client's reads of one thing: how it is asked for, and its words."""

    #: The path below the base URL, with {device} and {token} to fill in.
    path: str
    make: Callable[[RufusClient, Device, str], object]
    #: What the console was doing, as a refusal says it.
    doing: str
    #: What the answer was about, as an unreadable answer says it.
    about: str
    #: How a `result` that is text is described.
    wrong: str


READS = [
    pytest.param(
        Read(
            "/devices/{device}",
            lambda client, device, token: client.device(device.deviceid),
            "reading a device",
            "the device",
            "the result is a text",
        ),
        id="device",
    ),
    pytest.param(
        Read(
            "/sessions/{token}",
            lambda client, device, token: client.session(token),
            "reading a session",
            "the session",
            "the result is a text",
        ),
        id="session",
    ),
    pytest.param(
        Read(
            "/sessions/device/{device}/active",
            lambda client, device, token: client.open_sessions_of(device),
            "reading a device's open session",
            "a device's open session",
            "the result is a text",
        ),
        id="open-session",
    ),
    pytest.param(
        Read(
            "/passings/session/{token}",
            lambda client, device, token: list(client.passing_pages(token)),
            "reading a session's passings",
            "the passings",
            "the result is a text, not a list",
        ),
        id="passings",
    ),
]


def ask(cloud: DemoCloud, read: Read, fault: Fault) -> Exception:
    """What `read` raises with `fault` on every answer to it."""
    session = cloud.state.open_sessions()[0]
    device = cloud.state.device(session.deviceid)
    assert device is not None
    path = read.path.format(device=device.deviceid, token=session.token_session)
    cloud.inject(Fault(fault.kind, "GET", path, times=None, status=fault.status, shape=fault.shape))
    with client_for(cloud) as client, pytest.raises(Exception) as raised:
        read.make(client, Device(device.deviceid, alias=device.alias), session.token_session)
    return raised.value


@pytest.mark.parametrize("read", READS)
def test_a_refused_read_says_what_was_being_read(cloud: DemoCloud, read: Read) -> None:
    refused = ask(cloud, read, Fault(FaultKind.ERROR_STATUS, status=400))
    assert isinstance(refused, Refused)
    assert str(refused) == (
        f"RUFUS rejected the request while {read.doing} (HTTP 400). Try again; if it keeps "
        "happening, update Rufus Console."
    )


@pytest.mark.parametrize("read", READS)
def test_a_bent_answer_says_what_it_was_about_and_how_it_was_bent(
    cloud: DemoCloud, read: Read
) -> None:
    bent = ask(cloud, read, Fault(FaultKind.WRONG_SHAPE, shape=Shape.RESULT_TEXT))
    assert isinstance(bent, BadResponse)
    assert bent.detail == f"{read.about}: {read.wrong}"
    assert f"cannot read ({read.about}: {read.wrong})" in str(bent)


@pytest.mark.parametrize("read", [r for r in READS if r.id in {"device", "session"}])
def test_an_answer_about_one_thing_without_it_says_there_was_no_result(
    cloud: DemoCloud, read: Read
) -> None:
    empty = ask(cloud, read, Fault(FaultKind.WRONG_SHAPE, shape=Shape.NO_RESULT))
    assert isinstance(empty, BadResponse)
    assert empty.detail == f"{read.about}: no result"


def test_a_page_of_passings_has_its_own_longer_deadline(cloud: DemoCloud) -> None:
    """Up to 5000 passings take longer to come than any other answer: a page is cut at its
    own deadline, not at the one of a small answer."""
    token = timed_session(cloud, 30)
    cloud.inject(Fault(FaultKind.TRICKLE, "GET", "/passings/session/*", delay_s=0.5, times=None))
    with client_for(cloud, timeouts=PAGE_LONGER) as client, pytest.raises(DeadlineExceeded) as late:
        list(client.passing_pages(token))
    assert str(late.value).startswith("RUFUS did not finish answering GET /passings/session/")
    assert " within 2 s," in str(late.value)
