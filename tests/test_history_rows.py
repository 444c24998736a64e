"""What the close history hands back is what was written: every field of a close, newest
first (as many as asked for), and a row it cannot read in full (edited by hand, written by
another version) is still listed with what can be read."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.records.close_record import CloseContext, CloseRecord, Outcome, Step
from app.records.history import CloseHistory
from app.rufus.models import Device, OpenSession, Session

CONTEXT = CloseContext("https://api.runonrufus.com/v0", "keyring", "ana", "finish-pc", "1.2.3")
REQUESTED = datetime(2026, 5, 10, 11, 0, 5, tzinfo=UTC)


def a_close(token: str, requested_at: datetime = REQUESTED) -> CloseRecord:
    session = Session(
        token,
        alias="HALF 21K",
        creation_date=datetime(2026, 5, 10, 7, 30, tzinfo=UTC),
        active=True,
        passings=7312,
        last=datetime(2026, 5, 10, 10, 58, 41, tzinfo=UTC),
    )
    device = Device("dev-finish", alias="Finish", model="CloudBox", serial_number="CB-0042")
    return CloseRecord(
        OpenSession(session, device),
        CONTEXT,
        requested_at,
        step=Step.DONE,
        outcome=Outcome.CLOSED,
        finished_at=requested_at + timedelta(seconds=2),
        statuses=("GET 200", "PATCH 200", "GET 200"),
        confirmed=Session(token, active=False, passings=7337, last=session.last),
        passings_file="/media/usb/passings.csv",
    )


@pytest.fixture
def history(tmp_path: Path) -> CloseHistory:
    return CloseHistory(tmp_path / "history.sqlite3")


def test_a_close_reads_back_as_it_was_written(history: CloseHistory) -> None:
    written = history.write(a_close("sess-1"))

    [row] = history.rows()

    assert row.id == written.record_id
    assert (row.requested_at, row.finished_at) == (REQUESTED, REQUESTED + timedelta(seconds=2))
    assert (row.server, row.key_source, row.os_user, row.host, row.app_version) == (
        "https://api.runonrufus.com/v0",
        "keyring",
        "ana",
        "finish-pc",
        "1.2.3",
    )
    assert (row.deviceid, row.device_alias, row.device_model, row.device_serial) == (
        "dev-finish",
        "Finish",
        "CloudBox",
        "CB-0042",
    )
    assert (row.session_alias, row.token) == ("HALF 21K", "sess-1")
    assert row.opened_at == datetime(2026, 5, 10, 7, 30, tzinfo=UTC)
    assert (row.passings_seen, row.last_passing_seen) == (
        7312,
        datetime(2026, 5, 10, 10, 58, 41, tzinfo=UTC),
    )
    assert (row.passings_confirmed, row.last_passing_confirmed) == (7337, row.last_passing_seen)
    assert (row.outcome, row.statuses, row.reason) == (
        Outcome.CLOSED,
        "GET 200, PATCH 200, GET 200",
        "",
    )
    assert row.passings_file == "/media/usb/passings.csv"
    assert row.entry() == OpenSession(
        Session(
            "sess-1",
            alias="HALF 21K",
            creation_date=row.opened_at,
            passings=7312,
            last=row.last_passing_seen,
        ),
        Device("dev-finish", alias="Finish", model="CloudBox", serial_number="CB-0042"),
    )


def test_the_newest_closes_come_first_and_a_limit_keeps_the_newest(
    history: CloseHistory,
) -> None:
    for minutes, token in ((0, "first"), (20, "third"), (10, "second")):
        history.write(a_close(token, REQUESTED + timedelta(minutes=minutes)))

    assert [row.token for row in history.rows()] == ["third", "second", "first"]
    assert [row.token for row in history.rows(limit=2)] == ["third", "second"]
    since = REQUESTED + timedelta(minutes=5)
    assert [row.token for row in history.rows(since=since)] == ["third", "second"]


def test_a_row_that_cannot_be_read_in_full_is_listed_with_what_can_be(
    history: CloseHistory,
) -> None:
    history.write(a_close("sess-1"))
    with sqlite3.connect(history.path) as db:
        db.execute(
            "UPDATE closes SET requested_at = 'at the start', device_alias = NULL, "
            "passings_seen = 'many', opened_at = 'this morning'"
        )
    db.close()

    [row] = history.rows()

    assert row.requested_at == datetime.fromtimestamp(0, UTC), "sorted as the oldest"
    assert row.device_alias == ""
    assert row.passings_seen is None
    assert row.opened_at is None
    assert (row.token, row.device_serial, row.outcome) == ("sess-1", "CB-0042", Outcome.CLOSED)


def test_only_a_close_already_in_the_history_can_be_settled(history: CloseHistory) -> None:
    with pytest.raises(ValueError):
        history.write_if_unsettled(a_close("sess-1"))
