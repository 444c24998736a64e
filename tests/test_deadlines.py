"""Issue 25, case 11: every request ends within its deadline, however slowly its answer
trickles in (one byte every so often never trips a read timeout), and says which request ran
out of time. A close that ran out is "outcome unknown" and read back; a listing names the
device it could not read; saving passings ends too."""

from __future__ import annotations

import io
import sys
import threading
from pathlib import Path

import pytest

from app.__main__ import main
from app.demo import DemoCloud, Fault, FaultKind
from app.display import short_token
from app.records.close_record import Outcome
from app.records.passings_errors import PassingsNotSaved
from app.rufus import Timeouts
from app.rufus.errors import DeadlineExceeded
from app.sessions.closing import CloseService, close_context
from tests.conftest import client_for
from tests.test_close import entry_for
from tests.test_close_records import close_saving
from tests.test_passings import timed_session

#: A read timeout the trickle never trips, a deadline it always does.
SHORT = Timeouts(connect=2.0, read=3.0, total=2.0, passings_page_total=2.0)


def trickle(method: str, path: str, *, applied: bool = False) -> Fault:
    # Slower than a read timeout would notice, far longer than the pytest timeout in all.
    return Fault(FaultKind.TRICKLE, method, path, delay_s=0.5, times=None, applied=applied)


def test_a_trickling_device_list_ends_at_its_deadline_naming_the_request() -> None:
    with DemoCloud() as cloud:
        cloud.inject(trickle("GET", "/devices"))
        with client_for(cloud, timeouts=SHORT) as client:
            with pytest.raises(DeadlineExceeded) as late:
                client.devices()
        asked = len([r for r in cloud.requests("GET") if r.path == "/devices"])
    assert late.value.request == "GET /devices"
    assert str(late.value).startswith("RUFUS did not finish answering GET /devices within 2 s")
    assert late.value.maybe_applied, "a write that ran out may have been carried out"
    assert asked == 1, "not retried"


def test_a_listing_names_the_device_whose_answer_trickled(cloud: DemoCloud) -> None:
    victim = cloud.state.open_sessions()[0]
    cloud.inject(trickle("GET", f"/sessions/device/{victim.deviceid}/active"))
    with client_for(cloud, timeouts=SHORT) as client:
        listing = client.open_sessions()
    [failure] = listing.failures
    assert failure.device.deviceid == victim.deviceid
    assert isinstance(failure.error, DeadlineExceeded)
    assert failure.error.request == (f"GET /sessions/device/{short_token(victim.deviceid)}/active")
    assert victim.deviceid not in str(failure.error), "identifiers are shortened"
    assert len(listing.sessions) == len(cloud.state.open_sessions()) - 1


@pytest.mark.parametrize("carried_out", [True, False], ids=["closed", "not-closed"])
def test_a_close_that_ran_out_of_time_is_read_back_never_sent_twice(
    cloud: DemoCloud, service: CloseService, carried_out: bool
) -> None:
    token = cloud.state.open_sessions()[0].token_session
    cloud.inject(trickle("PATCH", f"/sessions/close/{token}", applied=carried_out))
    with client_for(cloud, timeouts=SHORT) as client:
        [entry] = service.accept([entry_for(cloud, token)])
        [record] = service.close_all(
            client, close_context(cloud.url, "test"), [entry], lambda record: None
        )
    assert record.outcome is (Outcome.CLOSED if carried_out else Outcome.UNKNOWN)
    assert "PATCH timeout" in record.statuses
    assert len(cloud.requests("PATCH", f"/sessions/close/{token}")) == 1


def test_saving_passings_ends_too_and_nothing_is_closed(
    cloud: DemoCloud, service: CloseService, tmp_path: Path
) -> None:
    token = timed_session(cloud, 30)
    cloud.inject(trickle("GET", "/passings/session/*"))
    with client_for(cloud, timeouts=SHORT) as client:
        [record], _ = close_saving(service, client, cloud, tmp_path, token)
    assert record.outcome is Outcome.NOT_SENT
    assert isinstance(record.error, PassingsNotSaved)
    assert "did not finish answering GET /passings/session/" in str(record.error)
    assert cloud.requests("PATCH", f"/sessions/close/{token}") == []
    assert list(tmp_path.glob("*.csv")) == []


def test_the_command_line_says_which_request_ran_out_of_time(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("app.cli.commands.TIMEOUTS", SHORT)
    out, err = io.StringIO(), io.StringIO()
    monkeypatch.setattr(sys, "stdout", out)
    monkeypatch.setattr(sys, "stderr", err)
    with DemoCloud() as cloud:
        cloud.inject(trickle("GET", "/devices"))
        monkeypatch.setenv("RUFUS_API_KEY", cloud.read_write_key)
        code = main(["--base-url", cloud.url, "sessions"])

    assert code == 1
    assert err.getvalue() == (
        "rufus-console: RUFUS did not finish answering GET /devices within 2 s, so the console "
        "stopped waiting. Check the internet connection and try again.\n"
    )


def test_one_watchdog_thread_keeps_every_deadline(cloud: DemoCloud) -> None:
    """A listing makes thousands of requests: no thread of its own for any of them."""
    with client_for(cloud) as client:
        for _ in range(3):
            client.open_sessions()
        watchdogs = [t for t in threading.enumerate() if t.name == "rufus-deadlines"]
    assert len(watchdogs) == 1


def test_a_request_that_ends_in_time_is_never_cut_afterwards() -> None:
    """The deadline of a finished request must not cut the next one on the same
    kept-alive connection."""
    quick = Timeouts(connect=2.0, read=3.0, total=1.0)
    with DemoCloud() as cloud, client_for(cloud, timeouts=quick) as client:
        for _ in range(2):
            assert len(client.devices()) == 12
            threading.Event().wait(1.05)  # past the deadlines of the requests before
        assert len(client.devices()) == 12
