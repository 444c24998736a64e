"""Issue 25, cases 8 and 9: a passings file is called complete only when it is (passings
that arrive between the save and the close are added, or said to be missing), and a file
never replaces another."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.demo import DemoCloud, Fault, FaultKind, Generation
from app.records.close_record import Outcome
from app.records.passings_export import SavedPassings, append_passings, save_passings
from app.rufus import RufusClient
from app.sessions.closing import CloseService
from tests.conftest import client_for
from tests.test_cli import run_main
from tests.test_close_records import close_saving, rows_of
from tests.test_passings import entry_of, timed_session

NOW = datetime(2026, 5, 10, 9, 30, tzinfo=UTC)
CLOSES = "/sessions/close/*"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    made = tmp_path / "passings"
    made.mkdir()
    return made


# -- the range read ----------------------------------------------------------------------------


def test_a_range_of_passings_is_read_a_bounded_page_at_a_time(cloud: DemoCloud) -> None:
    token = timed_session(cloud, 120)
    with client_for(cloud, passing_page_limit=50) as client:
        pages = list(client.passings_range(token, 31, 110))
        tail = list(client.passings_range(token, 101))
    numbers = [p.num_passing for page in pages for p in page]
    assert numbers == list(range(31, 111))
    assert [p.num_passing for page in tail for p in page] == list(range(101, 121))
    asked = [r for r in cloud.requests("GET") if r.path.startswith("/passings/session/")]
    if cloud.api.options.generation is Generation.G2:
        assert len(asked) == 3, "two pages for 80 passings, one for 20"
    else:  # G1 serves 5000 a page: the 80 asked for come whole, and nothing is asked after
        assert len(asked) == 2


# -- case 8: passings that arrive between the save and the close ----------------------------------


def test_passings_that_arrive_before_the_close_are_added_to_the_file(
    cloud: DemoCloud, client: RufusClient, service: CloseService, folder: Path
) -> None:
    """The fault hunt's case: 7 312 saved, 7 337 at the close, "its 7312 passings are in"."""
    token = timed_session(cloud, 7312)
    cloud.inject(Fault(FaultKind.PASSINGS_ARRIVE, "PATCH", CLOSES, passings=25))

    [record], _ = close_saving(service, client, cloud, folder, token)

    assert record.outcome is Outcome.CLOSED
    assert record.passings_file is not None
    rows = rows_of(Path(record.passings_file))
    assert len(rows) == record.saved == record.passings_after_close == 7337
    assert [int(row["num_passing"]) for row in rows] == list(range(1, 7338))
    assert record.passings_not_in_file == 0


def test_the_command_line_says_the_file_holds_every_passing(
    cloud: DemoCloud, monkeypatch: pytest.MonkeyPatch, folder: Path
) -> None:
    monkeypatch.setenv("RUFUS_API_KEY", cloud.read_write_key)
    token = timed_session(cloud, 7312)
    cloud.inject(Fault(FaultKind.PASSINGS_ARRIVE, "PATCH", CLOSES, passings=25, after=1))

    code, out, err = run_main(
        ["--base-url", cloud.url, "close", token, "--yes", "--save-passings", str(folder)],
        monkeypatch,
    )

    assert (code, err) == (0, "")
    assert f"— its 7337 passings are in {folder}/" in out
    [path] = folder.iterdir()
    assert len(rows_of(path)) == 7337


def test_passings_that_could_not_be_added_are_said_to_be_missing(
    cloud: DemoCloud, monkeypatch: pytest.MonkeyPatch, folder: Path
) -> None:
    monkeypatch.setenv("RUFUS_API_KEY", cloud.read_write_key)
    token = timed_session(cloud, 7312)
    cloud.inject(Fault(FaultKind.PASSINGS_ARRIVE, "PATCH", CLOSES, passings=25, after=1))
    # The save reads two pages; every later read of passings fails.
    cloud.inject(Fault(FaultKind.ERROR_STATUS, "GET", "/passings/session/*", after=2, times=None))

    code, out, _ = run_main(
        ["--base-url", cloud.url, "close", token, "--yes", "--save-passings", str(folder)],
        monkeypatch,
    )

    assert code == 0, "the session is closed"
    assert "holds 7312 of its 7337 passings: 25 that arrived after they were saved are NOT" in out
    assert "its 7312 passings are in" not in out
    [path] = folder.iterdir()
    assert len(rows_of(path)) == 7312


def test_a_session_without_passings_when_asked_has_them_saved_once_closed(
    cloud: DemoCloud, client: RufusClient, service: CloseService, folder: Path
) -> None:
    token = timed_session(cloud, 0)
    cloud.inject(Fault(FaultKind.PASSINGS_ARRIVE, "PATCH", CLOSES, passings=3))

    [record], _ = close_saving(service, client, cloud, folder, token)

    assert record.passings_file is not None
    assert len(rows_of(Path(record.passings_file))) == record.saved == 3
    assert record.passings_not_in_file == 0


def test_appending_keeps_the_file_readable_as_one(folder: Path, cloud: DemoCloud) -> None:
    token = timed_session(cloud, 10)
    with client_for(cloud) as client:
        entry = entry_of(client, cloud, token)
        entry = replace(entry, session=replace(entry.session, passings=6))
        saved = save_passings(client.passings_range(token, 1, 6), entry, folder=folder)
        assert (saved.count, saved.last_number) == (6, 6)
        grown = append_passings(
            SavedPassings(saved.path, saved.count, None, 6), client.passings_range(token, 7)
        )
    assert (grown.count, grown.last_number) == (10, 10)
    rows = rows_of(grown.path)
    assert [int(row["num_passing"]) for row in rows] == list(range(1, 11))
    assert grown.path.read_bytes().count(b"\xef\xbb\xbf") == 1, "one byte-order mark"


# -- case 9: names that collide --------------------------------------------------------------------


def twin_sessions(cloud: DemoCloud) -> tuple[str, str]:
    """Two sessions with the same name, on devices with the same name, opened the same day,
    whose tokens share their first 8 characters."""
    tokens = []
    for number, suffix in enumerate(("A" * 56, "B" * 56)):
        device = cloud.state.bind_device(
            type="CLOUDBOX", model="CloudBox", serial_number=f"CB-{number}", alias="Finish", now=NOW
        )
        session = cloud.state.create_session(
            device.deviceid, "HALF 21K", now=NOW, token="2A19294B" + suffix
        )
        assert session is not None
        cloud.state.load_passings(
            session.token_session,
            count=5 + number,
            first=NOW,
            last=NOW + timedelta(hours=1),
        )
        tokens.append(session.token_session)
    return tokens[0], tokens[1]


def test_a_colliding_name_never_replaces_the_other_file(
    cloud: DemoCloud, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RUFUS_API_KEY", cloud.read_write_key)
    first, second = twin_sessions(cloud)

    results = [
        run_main(["--base-url", cloud.url, "passings", token], monkeypatch)
        for token in (first, second, first)
    ]

    assert [code for code, _, _ in results] == [0, 0, 0]
    paths = [Path(out.split(" passings saved to ")[1].strip()) for _, out, _ in results]
    assert len(set(paths)) == 3, "three files, none replaced"
    assert paths[0].name == "2026-05-10_Finish_HALF 21K_2A19294B.csv"
    assert paths[1].name == "2026-05-10_Finish_HALF 21K_2A19294BBBBBBBBB.csv"
    assert [len(rows_of(path)) for path in paths] == [5, 6, 5]
    assert {row["token_session"] for row in rows_of(paths[1])} == {second}


def test_the_close_pipeline_never_replaces_a_file_either(
    cloud: DemoCloud, client: RufusClient, service: CloseService, folder: Path
) -> None:
    first, second = twin_sessions(cloud)

    records, _ = close_saving(service, client, cloud, folder, first, second)

    files = sorted(folder.iterdir())
    assert len(files) == 2
    assert sorted(len(rows_of(path)) for path in files) == [5, 6]
    assert {record.passings_file for record in records} == {str(path) for path in files}
