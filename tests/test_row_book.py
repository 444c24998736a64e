"""The row book's rules, without Qt: how refreshes merge, what a close record does to a row,
and which rows may be closed."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TypedDict, Unpack

import pytest

from app.records.close_record import CloseContext, CloseRecord, Outcome, Step
from app.rufus.errors import NetworkError, ServerError
from app.rufus.models import Device, DeviceSessions, KeyRights, OpenSession, Session
from app.sessions import search
from app.sessions.book import BUSY, Row, RowBook, RowState

NOW = datetime(2026, 11, 28, 10, 0, tzinfo=UTC)
CONTEXT = CloseContext("https://example.invalid/v0", "test", "official", "laptop", "0")


def device(number: int) -> Device:
    return Device(f"D{number}", alias=f"KM {number}", serial_number=f"S-{number}")


def entry(token: str, on: int, passings: int = 0) -> OpenSession:
    return OpenSession(Session(token, alias=f"S {token}", passings=passings), device(on))


def answer(on: int, *entries: OpenSession) -> DeviceSessions:
    return DeviceSessions(device(on), tuple(entries))


def failed(on: int) -> DeviceSessions:
    return DeviceSessions(device(on), error=ServerError("down", status=503))


class RecordChanges(TypedDict, total=False):
    step: Step
    outcome: Outcome | None


def record(token: str, on: int, **changes: Unpack[RecordChanges]) -> CloseRecord:
    values: RecordChanges = {"step": Step.SENDING, **changes}
    return CloseRecord(entry(token, on), CONTEXT, NOW, **values)


@pytest.fixture
def book() -> RowBook:
    rows = RowBook()
    rows.begin_refresh()
    rows.apply([answer(1, entry("A", 1)), answer(2, entry("B", 2)), answer(3)])
    return rows


def states(book: RowBook) -> dict[str, RowState]:
    return {row.token: row.state for row in book.rows()}


def test_a_first_listing_inserts_every_row_open(book: RowBook) -> None:
    assert states(book) == {"A": RowState.OPEN, "B": RowState.OPEN}
    assert book.open_count() == 2


def test_a_refresh_reports_only_what_changed(book: RowBook) -> None:
    book.begin_refresh()
    changes = book.apply([answer(1, entry("A", 1, passings=5)), answer(2, entry("B", 2))])
    assert (changes.inserted, changes.updated, changes.removed) == ([], {"A"}, [])
    row = book.get("A")
    assert row is not None and row.entry.session.passings == 5


def test_a_session_gone_from_its_device_leaves_and_is_named_closed_elsewhere(
    book: RowBook,
) -> None:
    changes = book.apply([answer(1, entry("C", 1))])
    assert changes.removed == ["A"] and changes.inserted == ["C"]
    assert [row.token for row in changes.closed_elsewhere] == ["A"]


def test_a_device_that_cannot_be_read_keeps_its_rows_marked_stale(book: RowBook) -> None:
    changes = book.apply([failed(1)])
    assert changes.updated == {"A"} and not changes.removed
    row = book.get("A")
    assert row is not None and row.state is RowState.NOT_RE_READ
    assert isinstance(row.problem, ServerError)
    book.apply([answer(1, entry("A", 1))])
    assert states(book)["A"] is RowState.OPEN, "a re-read row shows its current state"


def test_a_failed_refresh_marks_every_open_row_stale(book: RowBook) -> None:
    book.apply_record(record("B", 2))
    book.mark_all_not_re_read(NetworkError("no network"))
    assert states(book) == {"A": RowState.NOT_RE_READ, "B": RowState.CLOSING}


def test_devices_no_longer_in_the_account_take_their_rows_with_them(book: RowBook) -> None:
    changes = book.keep_devices([device(1), device(3)])
    assert changes.removed == ["B"]
    assert "B" not in book


@pytest.mark.parametrize(
    ("changes", "state"),
    [
        ({"step": Step.CHECKING_BEFORE}, RowState.CLOSING),
        ({"step": Step.RECHECKING}, RowState.CHECKING),
        ({"outcome": Outcome.CLOSED}, RowState.CLOSED),
        ({"outcome": Outcome.ALREADY_CLOSED}, RowState.CLOSED),
        ({"outcome": Outcome.REFUSED}, RowState.NOT_CLOSED),
        ({"outcome": Outcome.NOT_SENT}, RowState.NOT_CLOSED),
        ({"outcome": Outcome.STOPPED}, RowState.NOT_CLOSED),
        ({"outcome": Outcome.STILL_OPEN}, RowState.NOT_CLOSED),
        ({"outcome": Outcome.UNKNOWN}, RowState.UNCONFIRMED),
    ],
)
def test_a_close_record_decides_the_rows_state(
    book: RowBook, changes: RecordChanges, state: RowState
) -> None:
    assert book.apply_record(record("A", 1, **changes)).updated == {"A"}
    assert states(book)["A"] is state


def test_which_rows_may_be_closed(book: RowBook) -> None:
    closable = {state: book.closable(Row(entry("A", 1), state)) for state in RowState}
    assert {s for s, yes in closable.items() if yes} == {
        RowState.OPEN,
        RowState.NOT_CLOSED,
        RowState.NOT_RE_READ,
    }
    book.rights = KeyRights.READ_ONLY
    assert not any(book.closable(row) for row in book.rows())


def test_a_row_being_closed_survives_a_refresh_that_no_longer_lists_it(book: RowBook) -> None:
    book.apply_record(record("A", 1))
    changes = book.apply([answer(1)])
    assert "A" in book and not changes.removed
    assert states(book)["A"] in BUSY


def test_a_closed_row_is_not_reopened_by_a_listing_read_before_the_close(book: RowBook) -> None:
    book.apply_record(record("A", 1, outcome=Outcome.CLOSED))
    book.apply([answer(1, entry("A", 1))])  # read before RUFUS carried the close out
    assert states(book)["A"] is RowState.CLOSED
    changes = book.apply([answer(1)])
    assert changes.removed == ["A"] and changes.closed_elsewhere == []


def test_an_unconfirmed_close_becomes_closable_only_after_a_refresh(book: RowBook) -> None:
    book.apply_record(record("A", 1, outcome=Outcome.UNKNOWN))
    row = book.get("A")
    assert row is not None and not book.closable(row)
    book.apply([answer(1, entry("A", 1))])
    row = book.get("A")
    assert row is not None and row.state is RowState.OPEN and book.closable(row)
    assert row.record is not None and row.record.outcome is Outcome.UNKNOWN  # for its tooltip


@pytest.mark.parametrize("outcome", [Outcome.REFUSED, Outcome.NOT_SENT, Outcome.STILL_OPEN])
def test_a_close_that_failed_stays_said_through_refreshes(book: RowBook, outcome: Outcome) -> None:
    """Refused, then the next automatic refresh wiped it: the row read plain 'Open' again and
    the official, back at the screen, could not tell the close had not happened."""
    book.apply_record(record("A", 1, outcome=outcome))
    for _ in range(2):
        book.apply([answer(1, entry("A", 1, passings=9))])
    row = book.get("A")
    assert row is not None and row.state is RowState.NOT_CLOSED and book.closable(row)
    assert row.entry.session.passings == 9, "what RUFUS says now, beside why it failed"
    book.apply([failed(1)])  # a refresh that could not read its device
    row = book.get("A")
    assert row is not None and row.state is RowState.NOT_RE_READ, "marked as not re-read"
    book.apply([answer(1, entry("A", 1))])
    assert states(book)["A"] is RowState.NOT_CLOSED, "and why it failed, back when read"
    book.apply_record(record("A", 1))  # tried again
    assert states(book)["A"] is RowState.CLOSING


def test_a_close_the_official_stopped_is_open_again_at_the_next_refresh(book: RowBook) -> None:
    book.apply_record(record("A", 1, outcome=Outcome.STOPPED))
    book.apply([answer(1, entry("A", 1))])
    assert states(book)["A"] is RowState.OPEN


def test_the_filter_finds_a_row_by_its_names_serial_and_full_token(book: RowBook) -> None:
    row = book.get("A")
    assert row is not None
    for typed in ("s a", "km 1", "s-1", row.token.lower()):
        assert search.rank(search.Query.of(typed), row.search_text) is not None, typed
    assert search.rank(search.Query.of("km 2"), row.search_text) is None
