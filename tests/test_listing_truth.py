"""Issue 25, cases 4 to 7: a list is complete only when it is. An answer without its
generation's envelope is unreadable; pages that shift are read again; a device is never
skipped in a way that could miss a session opened since; pages that never end are stopped
at a bound of the console's own."""

from __future__ import annotations

import io
import sys
from datetime import UTC, datetime, timedelta

import pytest

from app.__main__ import main
from app.demo import DemoCloud, Fault, FaultKind, Generation
from app.demo.faults import Shape
from app.rufus.client import MAX_DEVICE_PAGES
from app.rufus.errors import BadResponse
from app.rufus.listing import ListingMemory
from app.rufus.models import DeviceSessions
from app.sessions.book import RowBook
from tests.conftest import client_for


def run_main(args: list[str], monkeypatch: pytest.MonkeyPatch) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    monkeypatch.setattr(sys, "stdout", out)
    monkeypatch.setattr(sys, "stderr", err)
    return main(args), out.getvalue(), err.getvalue()


def device_list_requests(cloud: DemoCloud) -> int:
    return len([r for r in cloud.requests("GET") if r.path == "/devices"])


# -- case 4: an answer with no content ----------------------------------------------------------


def test_an_empty_object_for_the_device_list_is_not_an_empty_account(
    generation: Generation, monkeypatch: pytest.MonkeyPatch
) -> None:
    with DemoCloud(generation=generation) as cloud:
        cloud.inject(Fault(FaultKind.EMPTY_OBJECT, "GET", "/devices", times=None))
        monkeypatch.setenv("RUFUS_API_KEY", cloud.read_write_key)
        code, out, err = run_main(["--base-url", cloud.url, "sessions"], monkeypatch)
    assert code == 3
    assert out == ""
    assert "the list is INCOMPLETE" in err
    assert "no description and no body: not a RUFUS answer" in err


def test_an_empty_object_for_a_devices_open_session_marks_that_device(
    cloud: DemoCloud, monkeypatch: pytest.MonkeyPatch
) -> None:
    victim = cloud.state.open_sessions()[0]
    cloud.inject(
        Fault(
            FaultKind.EMPTY_OBJECT, "GET", f"/sessions/device/{victim.deviceid}/active", times=None
        )
    )
    with client_for(cloud) as client:
        listing = client.open_sessions()
    assert [f.device.deviceid for f in listing.failures] == [victim.deviceid]
    assert isinstance(listing.failures[0].error, BadResponse)
    assert not listing.complete

    monkeypatch.setenv("RUFUS_API_KEY", cloud.read_write_key)
    code, _, err = run_main(["--base-url", cloud.url, "sessions"], monkeypatch)
    assert code == 3
    assert "could not read Start / Finish" in err and "INCOMPLETE" in err


# -- case 5: pages that shift -------------------------------------------------------------------


def test_a_device_removed_between_pages_shifts_nothing_out_of_the_list(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """G2 only (G1 has no pages). The first device leaves while page 2 is read: the sixth
    device would slip from page 2 to page 1, unread, with its open session."""
    with DemoCloud(generation=Generation.G2, page_limit=5) as cloud:
        sixth = cloud.state.devices()[5]
        [slipping] = [s for s in cloud.state.sessions_of(sixth.deviceid) if s.active]
        cloud.inject(Fault(FaultKind.DEVICE_REMOVED, "GET", "/devices", after=1))
        monkeypatch.setenv("RUFUS_API_KEY", cloud.read_write_key)
        code, out, err = run_main(["--base-url", cloud.url, "sessions"], monkeypatch)
        still_open = len(cloud.state.open_sessions())
    assert code == 0, err
    assert slipping.alias == "Penalties"
    assert "Judge — Marta" in out and "Penalties" in out
    assert out.rstrip().endswith(f"{still_open} open sessions on 11 devices")


def test_pages_that_never_hold_still_make_the_list_incomplete(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with DemoCloud(generation=Generation.G2, page_limit=5) as cloud:
        cloud.inject(Fault(FaultKind.DEVICE_REMOVED, "GET", "/devices", after=1, times=None))
        monkeypatch.setenv("RUFUS_API_KEY", cloud.read_write_key)
        code, out, err = run_main(["--base-url", cloud.url, "sessions"], monkeypatch)
    assert code == 3
    assert out == ""
    assert "the list is INCOMPLETE" in err and "between pages" in err


# -- case 7: pages that never end ---------------------------------------------------------------


def test_a_server_repeating_page_one_is_stopped_and_the_list_is_incomplete(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The fault hunt saw 421 457 device-list requests in 300 s (the loop followed the
    server's own page number, which never moved)."""
    with DemoCloud(generation=Generation.G2, page_limit=5) as cloud:
        cloud.inject(Fault(FaultKind.REPEAT_FIRST_PAGE, "GET", "/devices", times=None))
        monkeypatch.setenv("RUFUS_API_KEY", cloud.read_write_key)
        code, out, err = run_main(["--base-url", cloud.url, "sessions"], monkeypatch)
        asked = device_list_requests(cloud)
    assert code == 3
    assert out == ""
    assert "the list is INCOMPLETE" in err and "repeats 5 devices" in err
    assert asked == 6, "two pages, read three times"


@pytest.mark.parametrize(("page_limit", "pages"), [(5, 2), (1, 3)])
def test_pages_beyond_what_the_total_needs_are_not_asked_for(page_limit: int, pages: int) -> None:
    """A total of 2 with pages of 5 needs one page, with pages of 1 two (and one more for a
    device added meanwhile); a server that says more follow is not followed further."""
    with DemoCloud(generation=Generation.G2, page_limit=page_limit) as cloud:
        cloud.inject(
            Fault(FaultKind.WRONG_SHAPE, "GET", "/devices", shape=Shape.TOTAL_TOO_SMALL, times=None)
        )
        with client_for(cloud) as client:
            found = client.device_list()
            with pytest.raises(BadResponse) as unreadable:
                client.devices()
        asked = device_list_requests(cloud)
    needs = f"more than {pages} pages, more than its total of 2 devices needs"
    assert found.problems == (needs,)
    assert len(found.devices) == pages * page_limit
    assert f"more than {pages} pages" in str(unreadable.value)
    assert asked == 2 * pages, "read twice: a list that never ends is not read again"
    assert MAX_DEVICE_PAGES <= 200


def test_pages_that_do_not_give_their_total_are_followed_to_the_last() -> None:
    with DemoCloud(generation=Generation.G2, page_limit=5) as cloud:
        cloud.inject(
            Fault(FaultKind.WRONG_SHAPE, "GET", "/devices", shape=Shape.NO_TOTAL, times=None)
        )
        with client_for(cloud) as client:
            found = client.device_list()
        expected = {device.deviceid for device in cloud.state.devices()}
    assert found.problems == ()
    assert {device.deviceid for device in found.devices} == expected


# -- case 6: skipped devices --------------------------------------------------------------------


def test_a_one_shot_listing_asks_every_device_even_with_a_count_of_0(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """RUFUS's count said 0 while the device had an open session: it was never asked."""
    with DemoCloud(generation=Generation.G2) as cloud:
        lagging = cloud.state.open_sessions()[0]
        cloud.state.report_sessions(lagging.deviceid, 0)
        monkeypatch.setenv("RUFUS_API_KEY", cloud.read_write_key)
        code, out, _ = run_main(["--base-url", cloud.url, "sessions"], monkeypatch)
        asked = {r.path.split("/")[3] for r in cloud.requests("GET", "/sessions/device/")}
    assert code == 0
    assert lagging.token_session[:6] in out
    assert asked == {d.deviceid for d in cloud.state.devices()}


def asked_in(cloud: DemoCloud, since: int) -> set[str]:
    return {r.path.split("/")[3] for r in cloud.requests("GET", "/sessions/device/")[since:]}


def test_a_light_listing_skips_only_devices_that_cannot_have_opened_a_session() -> None:
    with DemoCloud(generation=Generation.G2) as cloud:
        state = cloud.state
        empty = {d.deviceid for d in state.devices() if not state.sessions_of(d.deviceid)}
        memory = ListingMemory()
        with client_for(cloud) as client:
            full = list(client.iter_open_sessions(client.devices(), memory=memory))
            assert not any(answer.skipped for answer in full), "a full listing asks all"

            before = len(cloud.requests("GET", "/sessions/device/"))
            light = list(client.iter_open_sessions(client.devices(), memory=memory, light=True))
            assert asked_in(cloud, before) == {d.deviceid for d in state.devices()} - empty
            assert {a.device.deviceid for a in light if a.skipped} == empty
            assert len(light) == len(state.devices()), "every device answers, skipped or not"

            # One empty device opens a session (its count moves); another is heard from
            # while its count lags at 0 (its last-seen moves): both are asked.
            opening, heard = sorted(empty)[:2]
            state.create_session(opening, "NEW", now=datetime.now(UTC))
            state.create_session(heard, "LAGGING", now=datetime.now(UTC))
            state.report_sessions(heard, 0)
            state.touch_device(heard, now=datetime.now(UTC) + timedelta(seconds=5))
            before = len(cloud.requests("GET", "/sessions/device/"))
            later = list(client.iter_open_sessions(client.devices(), memory=memory, light=True))
            assert {opening, heard} <= asked_in(cloud, before)
            opened = {s.alias for a in later for s in (e.session for e in a.sessions)}
            assert {"NEW", "LAGGING"} <= opened


def test_a_device_whose_count_lied_is_asked_again_though_nothing_moved() -> None:
    """Count 0, nothing heard, yet an open session when asked: it stays asked."""
    with DemoCloud(generation=Generation.G2) as cloud:
        lagging = cloud.state.open_sessions()[0]
        cloud.state.report_sessions(lagging.deviceid, 0)
        memory = ListingMemory()
        with client_for(cloud) as client:
            list(client.iter_open_sessions(client.devices(), memory=memory))
            before = len(cloud.requests("GET", "/sessions/device/"))
            list(client.iter_open_sessions(client.devices(), memory=memory, light=True))
        assert lagging.deviceid in asked_in(cloud, before)


def test_a_skipped_device_is_asked_once_its_last_ask_is_old() -> None:
    with DemoCloud(generation=Generation.G2) as cloud:
        memory = ListingMemory(ask_at_least_every_s=0.0)
        with client_for(cloud) as client:
            list(client.iter_open_sessions(client.devices(), memory=memory))
            light = list(client.iter_open_sessions(client.devices(), memory=memory, light=True))
    assert not any(answer.skipped for answer in light)


def test_a_skipped_answer_leaves_the_devices_rows_as_they_were(cloud: DemoCloud) -> None:
    with client_for(cloud) as client:
        devices = client.devices()
        answers = list(client.iter_open_sessions(devices))
    book = RowBook()
    book.apply(answers)
    rows = len(book)
    skipped = [DeviceSessions(answer.device, skipped=True) for answer in answers]
    assert not book.apply(skipped), "nothing changes"
    assert len(book) == rows
