"""What the log tells whoever reads a diagnostics bundle about a close that did not go to plan:
one line per mishap, naming the session (its token shortened) and saying what failed and why,
at a level that says how much it matters (ERROR when the close history misses what happened,
INFO when the console worked round it). Each test compares every line the pipeline logged:
a mishap says itself once, and nothing else is said.

The official sees these closes' outcomes in the window; support has only the log, so its
words are the record of why."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.demo import DemoCloud, Fault, FaultKind
from app.display import short_token
from app.records.close_record import CloseRecord, Outcome, Step
from app.records.history import CloseHistory, HistoryError, HistoryRow, Holder
from app.rufus import Device, OpenSession, RufusClient, Session
from app.sessions.closing import CloseService, close_context
from tests.conftest import TEST_SCHEDULE
from tests.test_close import CLOSE, close, only
from tests.test_close_records import an_intent, close_saving
from tests.test_passings import timed_session

PASSINGS = "/passings/session/*"
FULL = "database or disk is full"

Said = Callable[[], list[tuple[str, str]]]


def disk_error(path: Path, reason: str) -> HistoryError:
    """A disk's failure, worded as app.records.history words it."""
    return HistoryError(f"the close history at {path} failed: {reason}", reason)


def disk_said(history: CloseHistory, reason: str = FULL) -> str:
    return str(disk_error(history.path, reason))


class FailingDisk(CloseHistory):
    """The history on a disk that fails the writes `fails` picks, and every read of who holds
    a close when `unreadable`. Played, not made: the tests run as root on CI, where a
    read-only folder can still be written."""

    def __init__(
        self,
        path: Path,
        fails: Callable[[CloseRecord], bool] = lambda record: False,
        *,
        unreadable: bool = False,
        reason: str = FULL,
    ) -> None:
        super().__init__(path)
        self._fails = fails
        self._unreadable = unreadable
        self._reason = reason

    def _refuse(self, record: CloseRecord) -> None:
        if self._fails(record):
            raise disk_error(self.path, self._reason)

    def write_intent(self, record: CloseRecord) -> CloseRecord:
        self._refuse(record)
        return super().write_intent(record)

    def write(self, record: CloseRecord) -> CloseRecord:
        self._refuse(record)
        return super().write(record)

    def write_if_unsettled(self, record: CloseRecord) -> CloseRecord | None:
        self._refuse(record)
        return super().write_if_unsettled(record)

    def held_elsewhere(self, row: HistoryRow) -> Holder | None:
        if self._unreadable:
            raise disk_error(self.path, "disk I/O error")
        return super().held_elsewhere(row)


@pytest.fixture
def said(caplog: pytest.LogCaptureFixture) -> Iterator[Said]:
    """Each line the close pipeline logged so far: its level and its words."""
    with caplog.at_level(logging.INFO, logger="app.sessions.closing"):
        yield lambda: [
            (r.levelname, r.getMessage())
            for r in caplog.records
            if r.name == "app.sessions.closing"
        ]


def service_on(disk: CloseHistory) -> CloseService:
    return CloseService(disk, schedule=TEST_SCHEDULE)


@pytest.fixture
def intent_only(tmp_path: Path) -> CloseService:
    """The disk takes each close's intent and nothing after it."""
    return service_on(FailingDisk(tmp_path / "history.sqlite3", lambda r: r.step is Step.DONE))


# -- the close ---------------------------------------------------------------------------------


def test_a_close_accepted_whose_read_back_fails_says_which_read_failed(
    cloud: DemoCloud, client: RufusClient, service: CloseService, said: Said
) -> None:
    token = cloud.state.open_sessions()[0].token_session
    cloud.inject(Fault(FaultKind.ERROR_STATUS, "GET", f"/sessions/{token}", after=1))

    assert only(close(service, client, cloud, token)).outcome is Outcome.CLOSED
    of = short_token(token)
    assert said() == [("INFO", f"close of {of}: accepted, read-back failed: ServerError")]
    assert token not in str(said()), "a token is a credential of a kind: only its ends"


def test_a_close_not_sent_for_want_of_a_history_says_what_the_disk_said(
    cloud: DemoCloud,
    client: RufusClient,
    tmp_path: Path,
    said: Said,
    expect_log_warnings: Callable[[str], None],
) -> None:
    expect_log_warnings("close history not written")
    service = service_on(FailingDisk(tmp_path / "history.sqlite3", lambda r: True))
    token = cloud.state.open_sessions()[0].token_session

    assert only(close(service, client, cloud, token)).outcome is Outcome.NOT_SENT
    of, why = short_token(token), disk_said(service.history)
    assert said() == [("ERROR", f"close of {of}: close history not written: {why}")]


def test_a_history_error_without_a_reason_is_said_without_one(
    cloud: DemoCloud,
    client: RufusClient,
    tmp_path: Path,
    expect_log_warnings: Callable[[str], None],
) -> None:
    expect_log_warnings("close history not written")
    service = service_on(FailingDisk(tmp_path / "history.sqlite3", lambda r: True, reason=""))
    token = cloud.state.open_sessions()[0].token_session

    record = only(close(service, client, cloud, token))

    assert record.reason.startswith(
        "The close history could not be written, so the close was not sent: "
    )


def test_a_close_carried_out_that_the_history_misses_is_an_error_in_the_log(
    cloud: DemoCloud,
    client: RufusClient,
    intent_only: CloseService,
    said: Said,
    expect_log_warnings: Callable[[str], None],
) -> None:
    """The session is closed; only the log can tell support the history does not say so."""
    expect_log_warnings("close history not completed")
    token = cloud.state.open_sessions()[0].token_session

    record = only(close(intent_only, client, cloud, token))

    assert record.outcome is Outcome.CLOSED
    assert [row.outcome for row in intent_only.history.rows()] == [None]
    of, why = short_token(token), disk_said(intent_only.history)
    assert said() == [("ERROR", f"close of {of}: close history not completed: {why}")]


def test_re_checks_the_history_cannot_keep_say_so_each_time(
    cloud: DemoCloud,
    client: RufusClient,
    tmp_path: Path,
    said: Said,
) -> None:
    """The heartbeat that keeps another console off this close cannot be written: each
    re-check says so, and the close is still read back to the schedule's end."""
    service = service_on(
        FailingDisk(tmp_path / "history.sqlite3", lambda r: r.step is Step.RECHECKING)
    )
    token = cloud.state.open_sessions()[0].token_session
    cloud.inject(Fault(FaultKind.ERROR_STATUS, "PATCH", CLOSE))

    assert only(close(service, client, cloud, token)).outcome is Outcome.UNKNOWN
    of, why = short_token(token), disk_said(service.history)
    heartbeat = ("INFO", f"close of {of}: close history heartbeat not written: {why}")
    assert said() == [heartbeat] * len(TEST_SCHEDULE)


# -- the passings saved first, and those that came after ---------------------------------------


def test_late_passings_that_cannot_be_read_say_which_read_failed(
    cloud: DemoCloud, client: RufusClient, service: CloseService, folder: Path, said: Said
) -> None:
    """None when the close was asked for, some by the time it was done: reading them
    fails, so there is no file (and the record says how many are not in one)."""
    token = timed_session(cloud, 0)
    cloud.inject(Fault(FaultKind.PASSINGS_ARRIVE, "PATCH", CLOSE, passings=3))
    cloud.inject(Fault(FaultKind.ERROR_STATUS, "GET", PASSINGS, times=None))

    [record], _ = close_saving(service, client, cloud, folder, token)

    assert (record.outcome, record.passings_not_in_file) == (Outcome.CLOSED, 3)
    of = short_token(token)
    assert said() == [("INFO", f"close of {of}: passings after the close not saved: ServerError")]


def test_late_passings_that_cannot_all_be_added_say_which_read_failed(
    cloud: DemoCloud, client: RufusClient, service: CloseService, folder: Path, said: Said
) -> None:
    token = timed_session(cloud, 7312)
    cloud.inject(Fault(FaultKind.PASSINGS_ARRIVE, "PATCH", CLOSE, passings=25))
    # The save reads two pages; every later read of passings fails.
    cloud.inject(Fault(FaultKind.ERROR_STATUS, "GET", PASSINGS, after=2, times=None))

    [record], _ = close_saving(service, client, cloud, folder, token)

    assert (record.outcome, record.passings_not_in_file) == (Outcome.CLOSED, 25)
    of, why = short_token(token), "ServerError"
    assert said() == [("INFO", f"close of {of}: passings after the close not all added: {why}")]


def test_late_passings_added_that_the_history_misses_are_an_error_in_the_log(
    cloud: DemoCloud,
    client: RufusClient,
    folder: Path,
    said: Said,
    expect_log_warnings: Callable[[str], None],
) -> None:
    expect_log_warnings("close history not completed")
    late_counted = FailingDisk(
        folder.parent / "history.sqlite3", lambda r: r.passings_after_close is not None
    )
    service = service_on(late_counted)
    token = timed_session(cloud, 20)
    cloud.inject(Fault(FaultKind.PASSINGS_ARRIVE, "PATCH", CLOSE, passings=5))

    [record], _ = close_saving(service, client, cloud, folder, token)

    assert (record.saved, record.passings_not_in_file) == (25, 0), "the file is whole"
    [row] = late_counted.rows()
    assert row.outcome is Outcome.CLOSED
    of, why = short_token(token), disk_said(late_counted)
    assert said() == [("ERROR", f"close of {of}: close history not completed: {why}")]


# -- the next start ----------------------------------------------------------------------------


def interrupted(cloud: DemoCloud, history: CloseHistory) -> str:
    """A close interrupted between its intent and its outcome; returns its session's token."""
    token = cloud.state.open_sessions()[0].token_session
    an_intent(cloud, history, token)
    return token


def test_an_earlier_close_that_cannot_be_read_back_says_which_read_failed(
    cloud: DemoCloud, client: RufusClient, service: CloseService, said: Said
) -> None:
    token = interrupted(cloud, service.history)
    cloud.inject(Fault(FaultKind.ERROR_STATUS, "GET", f"/sessions/{token}", times=None))

    assert service.settle(client, service.history.unfinished(cloud.url)) == []
    of = short_token(token)
    assert said() == [("INFO", f"earlier close of {of}: could not re-check it: ServerError")]


def test_an_earlier_close_whose_holder_cannot_be_read_says_what_the_disk_said(
    cloud: DemoCloud, client: RufusClient, tmp_path: Path, said: Said
) -> None:
    """Who holds it cannot be told: it is read back as this console's own (RUFUS's word
    settles it either way)."""
    disk = FailingDisk(tmp_path / "history.sqlite3", unreadable=True)
    service = service_on(disk)
    token = interrupted(cloud, disk)

    [settled] = service.settle(client, disk.unfinished(cloud.url))

    assert (settled.token, settled.outcome) == (token, Outcome.STILL_OPEN)
    of = short_token(token)
    assert said() == [
        ("INFO", f"earlier close of {of}: could not tell who holds it: disk I/O error")
    ]


def test_an_earlier_close_settled_that_the_history_misses_is_an_error_in_the_log(
    cloud: DemoCloud,
    client: RufusClient,
    tmp_path: Path,
    said: Said,
    expect_log_warnings: Callable[[str], None],
) -> None:
    expect_log_warnings("close history not completed")
    disk = FailingDisk(tmp_path / "history.sqlite3", lambda r: r.step is Step.DONE)
    service = service_on(disk)
    token = interrupted(cloud, disk)

    assert service.settle(client, disk.unfinished(cloud.url)) == []
    assert [row.outcome for row in disk.rows()] == [None], "left for the next start"
    of, why = short_token(token), disk_said(disk)
    assert said() == [("ERROR", f"earlier close of {of}: close history not completed: {why}")]


def test_a_token_that_could_drive_a_terminal_is_logged_harmless(
    cloud: DemoCloud, client: RufusClient, service: CloseService, said: Said
) -> None:
    """A token comes from RUFUS, and the log may be printed on stderr (rule 8)."""
    hostile = "\x1b]0;owned\x07AB12CD34EF\x1b[2J"
    entry = OpenSession(Session(hostile), Device("dev-x"))
    record = CloseRecord(entry, close_context(cloud.url, "test"), datetime.now(UTC))
    service.history.write(replace(record, step=Step.SENDING))
    cloud.inject(Fault(FaultKind.ERROR_STATUS, "GET", "/sessions/*", times=None))

    assert service.settle(client, service.history.unfinished(cloud.url)) == []
    [(level, line)] = said()
    assert level == "INFO" and line.startswith("earlier close of ")
    assert "\x1b" not in line and "\x07" not in line
