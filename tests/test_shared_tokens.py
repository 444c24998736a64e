"""Issue 25, case 1: RUFUS lists one session under two devices. It is one row, naming both
devices, with a warning; the confirmation and `close` name both."""

from __future__ import annotations

import io
import json
import sys

import pytest

from app.__main__ import main
from app.demo import DemoCloud
from app.demo.state import DemoSession
from app.rufus import RufusClient
from app.rufus.models import Device, DeviceSessions, OpenSession, Session
from app.sessions.book import RowBook


def shared(cloud: DemoCloud) -> tuple[DemoSession, str]:
    """The first open session, also listed under "Judge — Jordi" (a device without one)."""
    session = cloud.state.open_sessions()[0]
    judge = next(d for d in cloud.state.devices() if d.alias == "Judge — Jordi")
    cloud.state.list_also_under(session.token_session, judge.deviceid)
    return session, judge.deviceid


def test_the_listing_has_one_entry_naming_every_device(
    cloud: DemoCloud, client: RufusClient
) -> None:
    session, judge = shared(cloud)

    listing = client.open_sessions()

    entries = [entry for entry in listing.sessions if entry.token == session.token_session]
    assert len(entries) == 1, "one entry per token"
    [entry] = entries
    assert entry.device.deviceid == session.deviceid, "under the first device of the account"
    assert [device.deviceid for device in entry.also_on] == [judge]
    assert listing.listed_twice == (entry,)
    assert len(listing.sessions) == len(cloud.state.open_sessions())


def test_the_row_book_fed_device_by_device_keeps_one_row_with_both(
    cloud: DemoCloud, client: RufusClient
) -> None:
    """The window's way: batches of device answers as they arrive, in any order."""
    session, judge = shared(cloud)
    book = RowBook()
    book.begin_refresh()

    for batch in client.iter_open_session_batches(client.devices(), 0.0):
        book.apply(batch)

    row = book.get(session.token_session)
    assert row is not None
    assert {d.deviceid for d in book.devices_of(row.token)} == {session.deviceid, judge}
    assert book.listed_twice() == [row]
    assert len(book) == len(cloud.state.open_sessions())


def device(number: int) -> Device:
    return Device(f"D{number}", alias=f"KM {number}", serial_number=f"S-{number}")


def answer(on: int, *tokens: str) -> DeviceSessions:
    return DeviceSessions(
        device(on), tuple(OpenSession(Session(token, alias="HALF"), device(on)) for token in tokens)
    )


def test_a_row_stays_while_any_device_lists_it_and_leaves_when_none_does() -> None:
    book = RowBook()
    book.apply([answer(1, "T"), answer(2, "T"), answer(3)])
    row = book.get("T")
    assert row is not None
    assert (row.device.deviceid, [d.deviceid for d in row.also_on]) == ("D1", ["D2"])
    assert "km 2" in row.search_text, "found by either device's name"

    changes = book.apply([answer(1)])  # the first device no longer lists it
    row = book.get("T")
    assert row is not None and changes.closed_elsewhere == []
    assert (row.device.deviceid, row.also_on) == ("D2", ())

    changes = book.apply([answer(2)])
    assert book.get("T") is None
    assert [gone.token for gone in changes.closed_elsewhere] == ["T"]
    assert book.shared_names() == frozenset()


def test_an_unbound_device_leaves_the_row_to_the_other() -> None:
    book = RowBook()
    book.apply([answer(1, "T"), answer(2, "T")])

    book.keep_devices([device(2)])

    row = book.get("T")
    assert row is not None and row.device.deviceid == "D2" and row.also_on == ()


def run_main(args: list[str], monkeypatch: pytest.MonkeyPatch) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    monkeypatch.setattr(sys, "stdout", out)
    monkeypatch.setattr(sys, "stderr", err)
    return main(args), out.getvalue(), err.getvalue()


def test_sessions_names_both_devices_and_warns(
    cloud: DemoCloud, monkeypatch: pytest.MonkeyPatch
) -> None:
    session, _ = shared(cloud)
    monkeypatch.setenv("RUFUS_API_KEY", cloud.read_write_key)

    code, out, err = run_main(["--base-url", cloud.url, "sessions"], monkeypatch)
    _, as_json, _ = run_main(["--base-url", cloud.url, "sessions", "--json"], monkeypatch)

    assert code == 0
    [line] = [line for line in out.splitlines() if "also on" in line]
    assert line.startswith("Start / Finish (!! also on Judge — Jordi)")
    assert "RUFUS lists the session “MARATHON 42K”" in err
    assert "under 2 devices: Start / Finish and Judge — Jordi" in err
    rows = json.loads(as_json)
    assert len(rows) == len(cloud.state.open_sessions())
    [row] = [row for row in rows if row["token_session"] == session.token_session]
    assert [other["device_alias"] for other in row["also_on"]] == ["Judge — Jordi"]


def test_close_names_both_devices_and_warns(
    cloud: DemoCloud, monkeypatch: pytest.MonkeyPatch
) -> None:
    session, _ = shared(cloud)
    monkeypatch.setenv("RUFUS_API_KEY", cloud.read_write_key)

    code, out, err = run_main(
        ["--base-url", cloud.url, "close", session.token_session, "--yes"], monkeypatch
    )

    assert code == 0, err
    assert "under 2 devices: Start / Finish and Judge — Jordi" in err
    assert out.startswith("Closed: “MARATHON 42K” on Start / Finish and Judge — Jordi (")


def test_the_confirmation_names_every_device_and_warns(
    cloud: DemoCloud, client: RufusClient
) -> None:
    from app.cli import render

    session, _ = shared(cloud)
    [entry] = [e for e in client.open_sessions().sessions if e.token == session.token_session]

    question = render.describe_for_confirmation(entry, client.server_now())

    assert "  device    Start / Finish — CloudBox" in question
    assert "  also on   Judge — Jordi — Race App, serial APP-" in question
    assert "WARNING   RUFUS lists this session under 2 devices" in question
