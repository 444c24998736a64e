"""Passings: served by the simulated cloud as RUFUS documents them, read page by page, saved
to a CSV file that is complete or absent, and safe to open in a spreadsheet."""

from __future__ import annotations

import csv
import json
import threading
import unicodedata
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import requests

from app.demo import AccessType, CloudState, DemoCloud, Fault, FaultKind, Generation
from app.demo.passings import DemoPassing
from app.demo.seed import seed_race
from app.records.csv_file import ENCODING
from app.records.passings_errors import PassingsIncomplete, PassingsNotSaved
from app.records.passings_export import (
    COLUMNS,
    passings_file_name,
    safe_name_part,
    save_passings,
)
from app.rufus import Device, OpenSession, RufusClient, Session
from app.rufus.errors import BadResponse, ServerError, SessionNotFound, ShuttingDown
from app.rufus.parsing import PASSING_FIELDS
from tests.conftest import client_for

NOW = datetime(2026, 5, 10, 9, 30, tzinfo=UTC)
PASSINGS = "/passings/session/*"
HOSTILE = ("=cmd|' /C calc'!A0", "+1", "-2", "@SUM(1)")


def timed_session(
    cloud: DemoCloud, count: int, *, alias: str = "HALF 21K", device_alias: str = "Finish"
) -> str:
    """A new device with one session of `count` made-up passings; returns its token."""
    device = cloud.state.bind_device(
        type="CLOUDBOX",
        model="CloudBox",
        serial_number=f"CB-{count}-{len(cloud.state.devices())}",
        alias=device_alias,
        now=NOW,
    )
    session = cloud.state.create_session(device.deviceid, alias, now=NOW)
    assert session is not None
    if count:
        cloud.state.load_passings(
            session.token_session,
            count=count,
            first=NOW + timedelta(minutes=4),
            last=NOW + timedelta(hours=2),
            seed=3,
        )
    return session.token_session


def entry_of(client: RufusClient, cloud: DemoCloud, token: str) -> OpenSession:
    demo = cloud.state.session(token)
    assert demo is not None
    return OpenSession(client.session(token), client.device(demo.deviceid))


def get(cloud: DemoCloud, path: str, key: str | None = None, **params: int) -> requests.Response:
    return requests.get(
        cloud.url + path, headers={"api_key": key or cloud.read_write_key}, params=params, timeout=5
    )


def body(answer: requests.Response) -> dict[str, object]:
    document: dict[str, object] = answer.json()
    payload = document.get("body", document)
    assert isinstance(payload, dict)
    return payload


def read_csv(path: Path) -> list[list[str]]:
    with path.open(encoding=ENCODING, newline="") as file:
        return list(csv.reader(file))


def passings_requests(cloud: DemoCloud) -> int:
    return len([r for r in cloud.requests("GET") if r.path.startswith("/passings/session/")])


# -- the simulated cloud --------------------------------------------------------------------------


def test_passings_have_every_documented_field_in_each_generation(cloud: DemoCloud) -> None:
    token = timed_session(cloud, 3)
    answer = get(cloud, f"/passings/session/{token}")
    assert answer.status_code == 200
    payload = body(answer)
    items = payload["result"]
    assert isinstance(items, list) and len(items) == 3
    assert all(set(item) == set(PASSING_FIELDS) for item in items)
    assert [item["num_passing"] for item in items] == [1, 2, 3]
    assert {item["token_session"] for item in items} == {token}
    assert items[0]["timestamp"] == "2026-05-10T09:34:00.000Z"
    assert items[-1]["timestamp"] == "2026-05-10T11:30:00.000Z"
    if cloud.api.options.generation is Generation.G1:
        assert set(payload) == {"description", "result"}
        assert isinstance(items[0]["latitude"], str) and float(items[0]["latitude"])
    else:
        assert payload["pagination"] == {"page": 1, "limit": 5000, "total": 3, "has_more": False}
        assert isinstance(items[0]["longitude"], float) and items[0]["longitude"] < 0


def test_an_unknown_session_is_404_and_a_write_key_may_not_read(cloud: DemoCloud) -> None:
    assert get(cloud, "/passings/session/" + "0" * 64).status_code == 404
    token = timed_session(cloud, 3)
    assert get(cloud, f"/passings/session/{token}", cloud.keys[AccessType.WRITE]).status_code == 403
    assert get(cloud, f"/passings/session/{token}", cloud.keys[AccessType.READ]).status_code == 200
    assert get(cloud, f"/passings/session/{token}", page=0).status_code == 400


def test_ranges_and_g2_limits(cloud: DemoCloud) -> None:
    token = timed_session(cloud, 30)
    ranged = body(get(cloud, f"/passings/session/{token}", first=11, last=20))["result"]
    assert isinstance(ranged, list)
    assert [item["num_passing"] for item in ranged] == list(range(11, 21))
    paged = body(get(cloud, f"/passings/session/{token}", limit=7, page=5))
    assert isinstance(paged["result"], list)
    if cloud.api.options.generation is Generation.G2:
        assert [item["num_passing"] for item in paged["result"]] == [29, 30]
        assert paged["pagination"] == {"page": 5, "limit": 7, "total": 30, "has_more": False}
    else:  # G1 has no `limit`: 5000 a page, so page 5 is past the end
        assert paged["result"] == []


def test_the_same_seed_gives_the_same_passings() -> None:
    first, second = CloudState(), CloudState()
    seed_race(first, now=NOW)
    seed_race(second, now=NOW)
    one, other = first.open_sessions()[0], second.open_sessions()[0]
    pages = [
        state.passings_page(s.token_session, first=None, last=None, offset=100, limit=50)
        for state, s in ((first, one), (second, other))
    ]
    assert pages[0] is not None and pages[1] is not None
    assert pages[0].passings == pages[1].passings
    assert len(pages[0].passings) == 50
    times = [p.timestamp for p in pages[0].passings]
    assert times == sorted(times)


def test_every_bib_of_the_field_passes_once(cloud: DemoCloud) -> None:
    token = timed_session(cloud, 500)
    items = body(get(cloud, f"/passings/session/{token}"))["result"]
    assert isinstance(items, list)
    assert sorted(int(item["bib"]) for item in items) == list(range(1, 501))
    assert len({item["chip"] for item in items}) == 500


def test_inserted_passings_are_served_after_the_made_up_ones(cloud: DemoCloud) -> None:
    token = timed_session(cloud, 2)
    sent = {
        "bib": "77",
        "num_passing": 3,
        "timestamp": "2026-05-10T11:31:00.000Z",
        "chip": "E2000017",
        "gender": "F",
        "latitude": "41.5",
    }
    posted = requests.post(
        cloud.url + "/passings",
        headers={"api_key": cloud.read_write_key},
        json={"token_session": token, "passings_list": [sent]},
        timeout=5,
    )
    assert posted.status_code == 200
    items = body(get(cloud, f"/passings/session/{token}"))["result"]
    assert isinstance(items, list)
    assert [item["num_passing"] for item in items] == [1, 2, 3]
    assert {k: items[2][k] for k in ("bib", "chip", "gender", "timestamp")} == {
        "bib": "77",
        "chip": "E2000017",
        "gender": "F",
        "timestamp": "2026-05-10T11:31:00.000Z",
    }
    g1 = cloud.api.options.generation is Generation.G1
    assert items[2]["latitude"] == ("41.5" if g1 else 41.5)


# -- the client and the CSV file, across page boundaries ------------------------------------------


@pytest.mark.parametrize("count", [0, 1, 4999, 5000, 5001, 10_000])
def test_every_passing_is_saved_across_page_boundaries(
    cloud: DemoCloud, client: RufusClient, tmp_path: Path, count: int
) -> None:
    token = timed_session(cloud, count)
    entry = entry_of(client, cloud, token)
    seen: list[int] = []

    saved = save_passings(client.passing_pages(token), entry, folder=tmp_path, progress=seen.append)

    assert (saved.count, saved.expected) == (count, count)
    assert saved.path == tmp_path / passings_file_name(entry)
    assert saved.path.read_bytes().startswith(b"\xef\xbb\xbf")  # Excel reads it as UTF-8
    rows = read_csv(saved.path)
    assert rows[0] == list(COLUMNS)
    assert [int(row[0]) for row in rows[1:]] == list(range(1, count + 1))
    assert seen == ([min(count, n) for n in range(5000, count + 5000, 5000)] if count else [])
    full_pages, rest = divmod(count, 5000)
    g1 = cloud.api.options.generation is Generation.G1
    # G1 learns a page was the last from a short one; G2 from has_more.
    assert passings_requests(cloud) == full_pages + (1 if rest or g1 or not count else 0)
    assert list(tmp_path.iterdir()) == [saved.path]


def test_each_cell_is_what_rufus_sent(
    cloud: DemoCloud, client: RufusClient, tmp_path: Path
) -> None:
    token = timed_session(cloud, 40)
    sent = body(get(cloud, f"/passings/session/{token}"))["result"]
    assert isinstance(sent, list)

    saved = save_passings(
        client.passing_pages(token), entry_of(client, cloud, token), folder=tmp_path
    )

    for row, item in zip(read_csv(saved.path)[1:], sent, strict=True):
        assert row[-1] == ""  # nothing undocumented
        for name, cell in zip(COLUMNS[:-1], row, strict=False):
            value = item[name]
            assert cell == ("" if value is None else str(value)), name


def test_the_file_is_named_after_date_device_session_and_token(tmp_path: Path) -> None:
    opened = datetime(2026, 5, 10, 7, 5, tzinfo=UTC).astimezone()
    entry = OpenSession(
        Session("2A19294B6E2B25", alias="MARATHON 42K", creation_date=opened),
        Device("D1", alias="Start / Finish"),
    )
    assert passings_file_name(entry) == (
        f"{opened:%Y-%m-%d}_Start _ Finish_MARATHON 42K_2A19294B.csv"
    )
    unnamed = OpenSession(Session("sess-abc123"), Device("1C3A3805CD82D56"))
    assert passings_file_name(unnamed) == "undated_1C3A3805_session_sess-abc.csv"


@pytest.mark.parametrize(
    "fault",
    [
        pytest.param(Fault(FaultKind.ERROR_STATUS, "GET", PASSINGS, status=503, after=1), id="503"),
        pytest.param(Fault(FaultKind.TRUNCATED_JSON, "GET", PASSINGS, after=1), id="truncated"),
        pytest.param(Fault(FaultKind.RESET, "GET", PASSINGS, after=1), id="reset"),
    ],
)
def test_a_fault_on_one_page_is_retried_and_the_file_is_complete(
    cloud: DemoCloud, client: RufusClient, tmp_path: Path, fault: Fault
) -> None:
    token = timed_session(cloud, 5001)
    entry = entry_of(client, cloud, token)
    cloud.inject(fault)

    saved = save_passings(client.passing_pages(token), entry, folder=tmp_path)

    assert saved.count == 5001
    assert len(read_csv(saved.path)) == 5002
    assert passings_requests(cloud) == 3  # page 2 asked for twice


def test_a_lasting_fault_leaves_no_file_and_the_earlier_one_intact(
    cloud: DemoCloud, client: RufusClient, tmp_path: Path
) -> None:
    token = timed_session(cloud, 5001)
    entry = entry_of(client, cloud, token)
    earlier = tmp_path / passings_file_name(entry)
    earlier.write_text("an earlier, complete file\n")
    cloud.inject(Fault(FaultKind.ERROR_STATUS, "GET", PASSINGS, status=503, after=1, times=None))

    with pytest.raises(ServerError, match="HTTP 503"):
        save_passings(client.passing_pages(token), entry, folder=tmp_path)

    assert list(tmp_path.iterdir()) == [earlier]
    assert earlier.read_text() == "an earlier, complete file\n"


def test_the_file_appears_under_its_name_only_when_complete(
    cloud: DemoCloud, client: RufusClient, tmp_path: Path
) -> None:
    token = timed_session(cloud, 10_001)
    entry = entry_of(client, cloud, token)
    final = tmp_path / passings_file_name(entry)
    during: list[list[str]] = []

    def progress(count: int) -> None:
        during.append(sorted(p.name for p in tmp_path.iterdir()))

    save_passings(client.passing_pages(token), entry, folder=tmp_path, progress=progress)

    assert len(during) == 3
    for names in during:
        assert final.name not in names
        assert len(names) == 1 and names[0].endswith(".csv.partial")
    assert [p.name for p in tmp_path.iterdir()] == [final.name]


def test_fewer_passings_than_the_session_counts_is_incomplete(tmp_path: Path) -> None:
    # A G1 server whose pages hold fewer than the documented 5000: the first short page
    # looks like the last, and only the count tells that passings are missing.
    with (
        DemoCloud(generation=Generation.G1, passings_page_limit=1000) as cloud,
        client_for(cloud) as client,
    ):
        token = timed_session(cloud, 1500)
        entry = entry_of(client, cloud, token)
        with pytest.raises(PassingsIncomplete) as raised:
            save_passings(client.passing_pages(token), entry, folder=tmp_path)

    incomplete = raised.value
    assert (incomplete.written, incomplete.reported) == (1000, 1500)
    assert "INCOMPLETE" in str(incomplete) and "1500" in str(incomplete)
    assert isinstance(incomplete, PassingsNotSaved)
    assert not (tmp_path / passings_file_name(entry)).exists()
    assert list(tmp_path.iterdir()) == [incomplete.partial_path]
    assert incomplete.partial_path.name.endswith("-INCOMPLETE.csv")
    assert len(read_csv(incomplete.partial_path)) == 1001


def test_stopping_leaves_no_file(cloud: DemoCloud, client: RufusClient, tmp_path: Path) -> None:
    token = timed_session(cloud, 10_001)
    stop = threading.Event()
    with pytest.raises(PassingsNotSaved, match="stopped"):
        save_passings(
            client.passing_pages(token),
            entry_of(client, cloud, token),
            folder=tmp_path,
            progress=lambda count: stop.set(),
            stop=stop,
        )
    assert list(tmp_path.iterdir()) == []


def test_quitting_during_a_save_stops_it_and_leaves_no_file(
    cloud: DemoCloud, tmp_path: Path
) -> None:
    token = timed_session(cloud, 10_001)
    with client_for(cloud) as client:
        entry = entry_of(client, cloud, token)
        with pytest.raises(ShuttingDown):
            save_passings(
                client.passing_pages(token),
                entry,
                folder=tmp_path,
                progress=lambda count: client.close(),
            )
    assert list(tmp_path.iterdir()) == []


def test_an_unknown_session_is_not_found(client: RufusClient) -> None:
    with pytest.raises(SessionNotFound):
        next(client.passing_pages("0" * 64))


@pytest.mark.parametrize("count", [0, 5000])
def test_404_for_an_empty_page_is_the_end_not_an_unknown_session(
    generation: Generation, tmp_path: Path, count: int
) -> None:
    with (
        DemoCloud(generation=generation, no_passings_status=404) as cloud,
        client_for(cloud) as client,
    ):
        token = timed_session(cloud, count)
        saved = save_passings(
            client.passing_pages(token), entry_of(client, cloud, token), folder=tmp_path
        )
    assert saved.count == count


def test_a_server_that_ignores_the_page_is_stopped(
    cloud: DemoCloud, client: RufusClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    token = timed_session(cloud, 10_001)
    serve = cloud.state.passings_page
    monkeypatch.setattr(
        cloud.state, "passings_page", lambda token, **asked: serve(token, **{**asked, "offset": 0})
    )
    with pytest.raises(BadResponse, match="repeats the page before it"):
        for _ in client.passing_pages(token):
            pass


@pytest.mark.parametrize("token", ["", " ", ".", ".."])
def test_passings_of_a_token_that_would_name_another_path_are_never_asked_for(
    cloud: DemoCloud, client: RufusClient, token: str
) -> None:
    with pytest.raises(SessionNotFound):
        next(client.passing_pages(token))
    assert cloud.requests(path_prefix="/passings") == []


def test_pages_starting_at_the_same_instant_are_not_one_page_sent_twice(
    generation: Generation,
) -> None:
    """A mass finish: every passing of the session at one and the same second, over pages
    of 5."""
    with (
        DemoCloud(generation=generation, passings_page_limit=5) as cloud,
        client_for(cloud, passing_page_limit=5) as client,
    ):
        token = timed_session(cloud, 0)
        cloud.state.load_passings(token, count=12, first=NOW, last=NOW)
        got = [p.num_passing for page in client.passing_pages(token) for p in page]
        asked = cloud.requests("GET", f"/passings/session/{token}")
    assert got == list(range(1, 13))
    assert len(asked) == 3


def test_numbers_that_start_again_after_a_race_app_restart_are_all_read() -> None:
    """The Race App numbers its passings from 1 on each start (rufus-api.md, "Behaviours
    worth noting"); G1 has no server-side dedupe to drop the repeats, so the page after a
    restart begins with a number the first page began with."""
    with DemoCloud(generation=Generation.G1) as cloud, client_for(cloud) as client:
        token = timed_session(cloud, 5000)
        restarted = NOW + timedelta(hours=3)
        again = [DemoPassing(n, restarted + timedelta(seconds=n), str(n)) for n in (1, 2, 3)]
        cloud.state.insert_passings(token, again)
        got = [p.num_passing for page in client.passing_pages(token) for p in page]
    assert got == [*range(1, 5001), 1, 2, 3]


# -- hostile text ---------------------------------------------------------------------------------


def test_hostile_text_is_neutralised_in_the_file_and_its_name(
    cloud: DemoCloud, client: RufusClient, tmp_path: Path
) -> None:
    token = timed_session(
        cloud, 0, alias="=cmd|' /C calc'!A0", device_alias="\u202e../..\x1b[2J\\Finish:*?"
    )
    hostile = {
        "bib": "=cmd|' /C calc'!A0",
        "chip": "+1",
        "participant_id": "-2",
        "status": "@SUM(1)",
        "gender": "\x1b[2J",
        "timezone": "\u202eTEC",
        "latitude": "-3.70",  # a number as G1 sends it: stays a number
        "longitude": "=1+1",
    }
    passing = {"num_passing": 1, "timestamp": "2026-05-10T09:31:00.000Z", **hostile}
    posted = requests.post(
        cloud.url + "/passings",
        headers={"api_key": cloud.read_write_key},
        data=json.dumps({"token_session": token, "passings_list": [passing]}),
        timeout=5,
    )
    assert posted.status_code == 200
    entry = entry_of(client, cloud, token)

    saved = save_passings(client.passing_pages(token), entry, folder=tmp_path)

    row = dict(zip(COLUMNS, read_csv(saved.path)[1], strict=True))
    assert row["bib"] == "'=cmd|' /C calc'!A0"
    assert row["chip"] == "'+1"
    assert row["participant_id"] == "'-2"
    assert row["status"] == "'@SUM(1)"
    assert row["gender"] == "\\x1b[2J"
    assert row["timezone"] == "\\u202eTEC"
    assert row["latitude"] == "-3.7"
    assert row["longitude"] in ("'=1+1", "")  # G2 sends a non-number as null
    assert saved.path.parent == tmp_path
    name = saved.path.name
    assert not any(c in name for c in '/\\:*?"<>|')
    assert all(unicodedata.category(c)[0] != "C" for c in name)
    assert ".." not in name.replace(".csv", "")
    assert name.endswith(f"_{token[:8]}.csv")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Finish", "Finish"),
        ("  KM  10 . ", "KM 10"),
        ("...", "fallback"),
        ("CON", "CON"),  # never a whole name: the date comes first
        ('a/b\\c:d*e?f"g<h>i|j', "a_b_c_d_e_f_g_h_i_j"),
        ("\u202eevil\u200b", "evil"),
        ("tab\there\r\nnew", "tab_here_new"),
    ],
)
def test_name_parts_are_safe_everywhere(text: str, expected: str) -> None:
    assert safe_name_part(text, fallback="fallback") == expected


def test_a_long_name_stays_within_every_file_systems_limit() -> None:
    entry = OpenSession(
        Session("A" * 64, alias="🏃" * 200, creation_date=NOW), Device("D", alias="é" * 300)
    )
    name = passings_file_name(entry)
    assert len(name.replace(".csv", "-INCOMPLETE.csv").encode("utf-8")) <= 255


def test_a_session_whose_count_rufus_does_not_give_is_saved_unchecked(
    cloud: DemoCloud, client: RufusClient, tmp_path: Path
) -> None:
    token = timed_session(cloud, 3)
    entry = entry_of(client, cloud, token)
    unchecked = replace(entry, session=replace(entry.session, passings=None))
    saved = save_passings(client.passing_pages(token), unchecked, folder=tmp_path)
    assert (saved.count, saved.expected) == (3, None)
