"""Issue 25, cases 8 and 9: a passings file is called complete only when it is (passings
that arrive between the save and the close are added, or said to be missing), and a file
never replaces another."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import parse_qs

import pytest

from app.demo import CloudState, DemoCloud, Fault, FaultKind, Generation
from app.demo.state import DemoSession, PassingsPage
from app.records.close_record import CloseRecord, Outcome, Step
from app.records.csv_file import CsvStyle
from app.records.history import CloseHistory
from app.records.passings_export import SavedPassings, append_passings, save_passings
from app.rufus import Passing, RufusClient
from app.rufus.errors import BadResponse
from app.sessions.closing import CloseService, close_context
from tests.conftest import client_for, held_session
from tests.test_cli import run_main
from tests.test_close import entry_for
from tests.test_close_records import close_saving, rows_of
from tests.test_passings import entry_of, timed_session

NOW = datetime(2026, 5, 10, 9, 30, tzinfo=UTC)
CLOSES = "/sessions/close/*"


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


class IgnoresRanges(CloudState):
    """A server that serves every passing, whatever `first` and `last` ask for."""

    def passings_page(
        self, token: str, *, first: int | None, last: int | None, offset: int, limit: int
    ) -> PassingsPage | None:
        return super().passings_page(token, first=None, last=None, offset=offset, limit=limit)


def numbers(pages: Iterable[list[Passing]]) -> list[int | None]:
    return [passing.num_passing for page in pages for passing in page]


def test_a_range_asks_for_its_bounds_and_hands_over_nothing_outside_them(
    generation: Generation,
) -> None:
    state = IgnoresRanges()
    with DemoCloud(state, generation=generation) as cloud:
        token = timed_session(cloud, 120)
        with client_for(cloud, passing_page_limit=50) as client:
            got = numbers(client.passings_range(token, 31, 110))
        asked = [parse_qs(r.query) for r in cloud.requests("GET", "/passings/session/")]
    assert got == list(range(31, 111))
    assert {(q["first"][0], q["last"][0]) for q in asked} == {("31", "110")}


def test_a_range_read_from_a_server_that_ignores_its_end_stops_at_its_size() -> None:
    """80 passings take 2 pages of 50, 3 at most: a fourth is never asked for."""
    state = IgnoresRanges()
    with DemoCloud(state, generation=Generation.G2) as cloud:
        token = timed_session(cloud, 400)
        got: list[int | None] = []
        with client_for(cloud, passing_page_limit=50) as client:
            with pytest.raises(BadResponse) as endless:
                for page in client.passings_range(token, 31, 110):
                    got += numbers([page])
        asked = cloud.requests("GET", "/passings/session/")
    assert endless.value.detail == "the passings: more than 3 pages"
    assert got == list(range(31, 31 + len(got))), "only passings of the range, in order"
    assert len(asked) == 3


@pytest.mark.parametrize(("last", "requests"), [(5001, 2), (5000, 1), (10_000, 2), (10_001, 3)])
def test_a_g1_range_reads_a_page_more_only_when_it_is_not_whole_yet(
    last: int, requests: int
) -> None:
    """G1 serves 5000 a page and says nothing of more: a full page may have another after
    it, unless the range asked for is whole already (counted over every page read)."""
    with DemoCloud(generation=Generation.G1) as cloud, client_for(cloud) as client:
        token = timed_session(cloud, 10_001)
        got = numbers(client.passings_range(token, 1, last))
        asked = cloud.requests("GET", "/passings/session/")
    assert got == list(range(1, last + 1))
    assert len(asked) == requests


def test_a_range_holds_one_passing_at_least(cloud: DemoCloud, client: RufusClient) -> None:
    token = timed_session(cloud, 10)
    assert numbers(client.passings_range(token, 5, 5)) == [5]
    for first, last in ((-1, None), (5, 4)):
        with pytest.raises(ValueError, match=f"^no passings from {first} to {last}$"):
            next(client.passings_range(token, first, last))


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
    assert record.saved_through == 7337, "the record knows the file's last passing"
    assert record.passings_not_in_file == 0


def test_a_file_already_whole_at_the_close_is_not_read_again(
    cloud: DemoCloud, client: RufusClient, service: CloseService, folder: Path
) -> None:
    """Nothing arrived between the save and the close: RUFUS is asked for no more passings
    once the close is sent, and the file is whole as it was saved."""
    token = timed_session(cloud, 7312)

    [record], _ = close_saving(service, client, cloud, folder, token)

    assert record.outcome is Outcome.CLOSED
    assert record.saved == record.passings_after_close == 7312
    assert record.passings_not_in_file == 0
    seen = [(r.method, r.path) for r in cloud.requests()]
    [close] = [i for i, (method, _) in enumerate(seen) if method == "PATCH"]
    assert [path for _, path in seen[close:] if path.startswith("/passings/")] == []


def test_a_close_whose_read_back_fails_cannot_call_its_file_whole(
    cloud: DemoCloud, client: RufusClient, service: CloseService, folder: Path
) -> None:
    """RUFUS accepted the close, and the read after it failed: the session is closed, its
    file holds what was saved, and whether that is every passing is unknown."""
    token = timed_session(cloud, 7312)
    # The check before passes; the read-back after the close fails.
    cloud.inject(Fault(FaultKind.ERROR_STATUS, "GET", f"/sessions/{token}", after=1))

    [record], _ = close_saving(service, client, cloud, folder, token)

    assert record.outcome is Outcome.CLOSED
    assert record.statuses[-2:] == ("PATCH 200", "GET 500")
    assert record.passings_file is not None
    assert len(rows_of(Path(record.passings_file))) == record.saved == 7312
    assert record.passings_after_close is record.passings_not_in_file is None


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
    assert record.saved_through == 3, "the record knows the file's last passing"
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


# -- the late passings, laid out as asked, and a quit before they come ---------------------------


def rows_laid_out(path: Path, delimiter: str) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as file:
        return list(csv.reader(file, delimiter=delimiter))


@pytest.mark.parametrize("before", [20, 0], ids=["some-saved-before", "none-before"])
def test_late_passings_are_laid_out_as_the_file_before_them(
    cloud: DemoCloud, client: RufusClient, service: CloseService, folder: Path, before: int
) -> None:
    """The window saves for a spreadsheet where a comma is the decimal separator: every row,
    those added after the close included, is split by semicolons."""
    token = timed_session(cloud, before)
    cloud.inject(Fault(FaultKind.PASSINGS_ARRIVE, "PATCH", CLOSES, passings=5))
    spreadsheet = CsvStyle(delimiter=";")

    [record] = service.close_all(
        client,
        close_context(cloud.url, "test"),
        service.accept([entry_for(cloud, token)]),
        lambda r: None,
        save_passings_to=folder,
        csv_style=spreadsheet,
    )

    assert record.outcome is Outcome.CLOSED and record.passings_file is not None
    path = Path(record.passings_file)
    assert path.parent == folder, "in the folder asked for"
    rows = rows_laid_out(path, ";")
    assert len(rows) == 1 + before + 5
    assert {len(row) for row in rows} == {len(rows[0])}, "one layout, one column a field"
    assert [int(row[rows[0].index("num_passing")]) for row in rows[1:]] == list(
        range(1, before + 6)
    )
    assert record.saved == record.passings_after_close == before + 5
    assert record.passings_not_in_file == 0


class QuitsWhenClosed(CloudState):
    """Carries a close out, and the console is told to quit at that moment."""

    def __init__(self) -> None:
        super().__init__()
        self.service: CloseService | None = None

    def close_session(self, token: str) -> DemoSession | None:
        closed = super().close_session(token)
        if self.service is not None:
            self.service.quit()
        return closed


@pytest.mark.parametrize("before", [20, 0], ids=["some-saved-before", "none-before"])
def test_a_quit_at_the_close_leaves_the_late_passings_unsaved_and_says_so(
    generation: Generation, history: CloseHistory, folder: Path, before: int
) -> None:
    state = QuitsWhenClosed()
    service = CloseService(history, schedule=(0.0, 0.2))
    state.service = service
    with DemoCloud(state, generation=generation) as cloud, client_for(cloud) as client:
        token = timed_session(cloud, before)
        cloud.inject(Fault(FaultKind.PASSINGS_ARRIVE, "PATCH", CLOSES, passings=5))
        records, _ = close_saving(service, client, cloud, folder, token)

    [record] = records
    assert record.outcome is Outcome.CLOSED, "the close itself is read back at once"
    assert record.passings_after_close == before + 5
    assert record.passings_not_in_file == 5, "what arrived late is not in a file"
    if before:
        assert record.saved == before
        assert len(rows_laid_out(Path(str(record.passings_file)), ",")) == 1 + before
    else:
        assert record.passings_file is None and list(folder.iterdir()) == []
    [row] = history.rows()
    assert (row.outcome, row.passings_confirmed) == (Outcome.CLOSED, before + 5)


def test_a_quit_while_saving_before_the_close_sends_nothing_and_keeps_no_file(
    cloud: DemoCloud, client: RufusClient, service: CloseService, folder: Path
) -> None:
    """The window quits while the passings are read (two pages): the save stops at the next
    page, and the close, which was to follow it, is never sent."""
    token = timed_session(cloud, 7312)

    def quit_after_a_page(step: CloseRecord) -> None:
        if step.step is Step.SAVING_PASSINGS and step.saved:
            service.quit()

    [entry] = service.accept([entry_for(cloud, token)])
    [record] = service.close_all(
        client,
        close_context(cloud.url, "test"),
        [entry],
        quit_after_a_page,
        save_passings_to=folder,
    )

    assert record.outcome is Outcome.NOT_SENT
    assert record.reason == "Saving the passings was stopped; no file was kept."
    assert cloud.requests("PATCH") == []
    assert held_session(cloud.state, token).active
    assert list(folder.iterdir()) == []
