"""The close pipeline: verified, never assumed, never sent twice, always recorded."""

from __future__ import annotations

import itertools
import threading
import time
from collections.abc import Callable, Generator, Iterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import ClassVar
from urllib.parse import parse_qs, quote

import pytest

from app.demo import CloudState, DemoCloud, Fault, FaultKind, Generation
from app.demo.faults import Shape
from app.demo.seed import seed_race
from app.demo.state import DemoSession
from app.records.close_record import CloseRecord, HistoryUnavailable, Outcome, Step
from app.records.history import CloseHistory, HistoryRow
from app.rufus import Device, OpenSession, Passing, RufusClient, Session, Timeouts
from app.rufus.errors import (
    READ_WRITE_ADVICE,
    NetworkError,
    ReadOnlyKey,
    Redirected,
    Refused,
    SessionNotFound,
    WriteOnlyKey,
)
from app.sessions.closing import RECHECK_SCHEDULE, CloseService, close_context
from tests.conftest import TEST_SCHEDULE, client_for

CLOSE = "/sessions/close/*"


@pytest.fixture
def token(cloud: DemoCloud) -> str:
    return cloud.state.open_sessions()[0].token_session


def is_open(cloud: DemoCloud, token: str) -> bool:
    session = cloud.state.session(token)
    assert session is not None
    return session.active


def closes_sent(cloud: DemoCloud, token: str | None = None) -> int:
    return len(cloud.requests("PATCH", f"/sessions/close/{token or ''}"))


def entry_for(cloud: DemoCloud, token: str) -> OpenSession:
    held = cloud.state.session(token)
    assert held is not None
    device = cloud.state.device(held.deviceid)
    assert device is not None
    return OpenSession(
        Session(token, alias=held.alias, passings=held.passings),
        Device(device.deviceid, alias=device.alias, serial_number=device.serial_number),
    )


def close(
    service: CloseService, client: RufusClient, cloud: DemoCloud, *tokens: str
) -> list[CloseRecord]:
    """Closes through the pipeline as the window and the command line do, keeping every
    record reported on the way."""
    entries = service.accept(entry_for(cloud, token) for token in tokens)
    context = close_context(client.base_url, "test")
    steps: list[CloseRecord] = []
    records = service.close_all(client, context, entries, steps.append)
    close.steps = steps  # type: ignore[attr-defined]
    return records


def only(records: list[CloseRecord]) -> CloseRecord:
    assert len(records) == 1
    return records[0]


def test_closing_an_open_session(
    cloud: DemoCloud, client: RufusClient, service: CloseService, token: str
) -> None:
    record = only(close(service, client, cloud, token))

    assert record.outcome is Outcome.CLOSED
    assert record.confirmed is not None and record.confirmed.active is False
    assert not record.late
    assert record.statuses == ("GET 200", "PATCH 200", "GET 200")
    assert not is_open(cloud, token)
    assert closes_sent(cloud, token) == 1
    assert token not in {row.token for row in client.open_sessions().sessions}
    assert service.in_flight() == frozenset()
    # What the row says meanwhile: "Checking…", "Closing…", then the outcome.
    steps = [step.step for step in close.steps]  # type: ignore[attr-defined]
    assert steps == [Step.CHECKING_BEFORE, Step.SENDING, Step.DONE]


def test_the_intent_is_on_disk_before_the_close_is_sent(
    generation: Generation, history: CloseHistory
) -> None:
    class WatchesHistory(CloudState):
        """Looks into the history file at the moment RUFUS carries the close out."""

        seen: ClassVar[list[tuple[str, Outcome | None]]] = []

        def close_session(self, token: str) -> DemoSession | None:
            self.seen.extend((row.token, row.outcome) for row in history.rows())
            return super().close_session(token)

    state = WatchesHistory()
    seed_race(state)
    token = state.open_sessions()[0].token_session
    with DemoCloud(state, generation=generation) as cloud, client_for(cloud) as client:
        record = only(close(CloseService(history, schedule=TEST_SCHEDULE), client, cloud, token))

    assert WatchesHistory.seen == [(token, None)], "the intent, without an outcome yet"
    [row] = history.rows()
    assert (row.token, row.outcome, row.id) == (token, Outcome.CLOSED, record.record_id)
    assert row.statuses == "GET 200, PATCH 200, GET 200"
    assert row.passings_seen == state.session(token).passings  # type: ignore[union-attr]
    assert row.key_source == "test"


def test_closing_it_again_reports_already_closed_without_a_second_close(
    cloud: DemoCloud, client: RufusClient, service: CloseService, token: str
) -> None:
    close(service, client, cloud, token)
    again = only(close(service, client, cloud, token))

    assert again.outcome is Outcome.ALREADY_CLOSED
    assert closes_sent(cloud, token) == 1
    assert [row.outcome for row in service.history.rows()] == [
        Outcome.ALREADY_CLOSED,
        Outcome.CLOSED,
    ]


def test_a_session_closed_elsewhere_is_already_closed(
    cloud: DemoCloud, client: RufusClient, service: CloseService, token: str
) -> None:
    cloud.state.close_session(token)
    assert only(close(service, client, cloud, token)).outcome is Outcome.ALREADY_CLOSED
    assert closes_sent(cloud, token) == 0


class ClosedBehindOurBack(CloudState):
    """Another official closes the session just after our client has read it as open."""

    def __init__(self) -> None:
        super().__init__()
        self.target: str | None = None

    def session(self, token: str) -> DemoSession | None:
        found = super().session(token)
        if token == self.target and found is not None and found.active:
            self.target = None
            self.close_session(token)
        return found


@pytest.mark.parametrize("closed_close_status", [200, 400, 404, 409])
def test_a_session_closed_between_our_check_and_our_close(
    generation: Generation, closed_close_status: int, service: CloseService
) -> None:
    state = ClosedBehindOurBack()
    seed_race(state)
    with DemoCloud(state, generation=generation, closed_close_status=closed_close_status) as cloud:
        token = state.open_sessions()[0].token_session
        entries = service.accept([entry_for(cloud, token)])
        state.target = token  # sprung by our client's check before closing
        with client_for(cloud) as client:
            context = close_context(client.base_url, "test")
            record = only(service.close_all(client, context, entries, lambda r: None))
        assert closes_sent(cloud, token) == 1

    expected = Outcome.CLOSED if closed_close_status == 200 else Outcome.ALREADY_CLOSED
    assert record.outcome is expected
    assert record.statuses == ("GET 200", f"PATCH {closed_close_status}", "GET 200")
    assert record.confirmed is not None and record.confirmed.active is False
    assert record.reason == "" and record.error is None
    assert not is_open(cloud, token)


def test_an_unknown_token_is_not_found_and_nothing_is_sent(
    cloud: DemoCloud, client: RufusClient, service: CloseService
) -> None:
    entry = OpenSession(Session("0" * 64), Device("D"))
    [record] = service.close_all(client, close_context(cloud.url, "t"), [entry], lambda r: None)
    assert record.outcome is Outcome.NOT_SENT
    assert isinstance(record.error, SessionNotFound)
    assert record.statuses == ("GET 404",)
    assert record.reason == (
        "RUFUS has no session with this token for this account. It may belong to another "
        "account, or its device was unbound: refresh the list."
    )
    assert cloud.requests("PATCH") == []
    # A 404 from a server that is not RUFUS would look the same: one device is read to know.
    assert [(r.path, parse_qs(r.query)) for r in cloud.requests("GET", "/devices")] == [
        ("/devices", {"page": ["1"], "limit": ["1"]})
    ]


@pytest.mark.parametrize("token", ["sess-abc123", "a/b", "x y?z=1#w", "%2F", "..."])
def test_unknown_tokens_of_any_shape_stay_inside_their_path(
    cloud: DemoCloud, client: RufusClient, token: str
) -> None:
    with pytest.raises(SessionNotFound):
        client.session(token)
    assert next(r.path for r in cloud.requests()) == f"/sessions/{quote(token, safe='')}"
    assert cloud.requests("PATCH") == []


@pytest.mark.parametrize("token", ["", " ", ".", ".."])
def test_tokens_that_would_name_another_path_are_never_sent(
    cloud: DemoCloud, client: RufusClient, token: str
) -> None:
    with pytest.raises(SessionNotFound):
        client.session(token)
    assert cloud.requests() == []


def test_a_token_shaped_like_the_docs_placeholder_closes(
    generation: Generation, service: CloseService
) -> None:
    state = CloudState()
    with DemoCloud(state, generation=generation) as cloud:
        now = datetime.now(UTC)
        device = state.bind_device(
            type="CUSTOM_CHRONO", model="TimingSoft", serial_number="1", now=now
        )
        session = state.create_session(device.deviceid, "a/b ñ", now=now)
        assert session is not None
        with client_for(cloud) as client:
            record = only(close(service, client, cloud, session.token_session))
    assert record.outcome is Outcome.CLOSED


# -- outcome unknown: the close may or may not have happened ------------------------------------

#: Each fault after which nobody knows whether the close was carried out, and how the record
#: lists the close request's answer.
UNKNOWN_OUTCOMES = [
    pytest.param(Fault(FaultKind.RESET, "PATCH", CLOSE), "PATCH cut", id="reset"),
    pytest.param(Fault(FaultKind.ERROR_STATUS, "PATCH", CLOSE), "PATCH 500", id="500"),
    pytest.param(Fault(FaultKind.ERROR_STATUS, "PATCH", CLOSE, status=503), "PATCH 503", id="503"),
    pytest.param(Fault(FaultKind.HTML_PAGE, "PATCH", CLOSE), "PATCH 502", id="html-502"),
    pytest.param(
        Fault(FaultKind.HTML_PAGE, "PATCH", CLOSE, status=200),
        "PATCH unreadable",
        id="wifi-portal",
    ),
    pytest.param(
        Fault(FaultKind.TRUNCATED_JSON, "PATCH", CLOSE), "PATCH unreadable", id="truncated-json"
    ),
    pytest.param(
        Fault(FaultKind.MALFORMED_JSON, "PATCH", CLOSE), "PATCH unreadable", id="malformed-json"
    ),
    pytest.param(Fault(FaultKind.SLOW, "PATCH", CLOSE, delay_s=1.5), "PATCH timeout", id="timeout"),
]


@pytest.fixture
def impatient_client(cloud: DemoCloud) -> Iterator[RufusClient]:
    with client_for(cloud, timeouts=Timeouts(connect=2.0, read=0.5)) as client:
        yield client


@pytest.mark.parametrize(("fault", "answer"), UNKNOWN_OUTCOMES)
def test_a_close_that_happened_but_went_unanswered_is_read_back_closed(
    cloud: DemoCloud,
    impatient_client: RufusClient,
    clocked: CloseService,
    fault: Fault,
    answer: str,
) -> None:
    token = cloud.state.open_sessions()[0].token_session
    cloud.inject(replace(fault, applied=True))

    started = time.monotonic()
    record = only(close(clocked, impatient_client, cloud, token))
    took = time.monotonic() - started

    assert record.outcome is Outcome.CLOSED
    assert record.statuses == ("GET 200", answer, "GET 200")
    assert record.checks == 1 and not record.still_open_seen
    assert record.late and record.confirmed is not None and not record.confirmed.active
    assert 0 <= (record.confirmed_after_s or 0) <= took, "counted from the close request"
    assert record.reason == "" and record.error is None, "closed: nothing to explain"
    assert_kept_whole(clocked, record)
    assert not is_open(cloud, token)
    assert closes_sent(cloud, token) == 1, "an unknown outcome is read back, never re-sent"
    assert Step.RECHECKING in {step.step for step in close.steps}  # type: ignore[attr-defined]


@pytest.mark.parametrize(("fault", "answer"), UNKNOWN_OUTCOMES)
def test_a_close_that_did_not_happen_is_unknown_never_still_open(
    cloud: DemoCloud,
    impatient_client: RufusClient,
    clocked: CloseService,
    fault: Fault,
    answer: str,
) -> None:
    token = cloud.state.open_sessions()[0].token_session
    cloud.inject(fault)

    record = only(close(clocked, impatient_client, cloud, token))

    assert record.outcome is Outcome.UNKNOWN
    assert record.still_open_seen
    assert record.checks == len(TEST_SCHEDULE)
    assert record.statuses == ("GET 200", answer, *["GET 200"] * len(TEST_SCHEDULE))
    assert record.error is not None and record.error.maybe_applied
    assert record.reason == str(record.error), "the close request's own failure"
    assert_kept_whole(clocked, record)
    assert closes_sent(cloud, token) == 1
    # Each read-back is announced before it is made: which one, and how long until it.
    rechecks = [step for step in close.steps if step.step is Step.RECHECKING]  # type: ignore[attr-defined]
    assert [step.checks for step in rechecks] == list(range(len(TEST_SCHEDULE)))
    assert rechecks[0].next_check_in_s == 0.0, "the first at once"
    for step, at in zip(rechecks, TEST_SCHEDULE, strict=True):
        assert step.next_check_in_s is not None and step.next_check_in_s <= at
        assert step.reason == record.reason
    if fault.kind is not FaultKind.SLOW:  # a slow close is still carried out, late
        assert is_open(cloud, token)


def test_a_close_rufus_applies_after_the_answer_timed_out_is_confirmed_late(
    cloud: DemoCloud, impatient_client: RufusClient, service: CloseService, token: str
) -> None:
    # The answer would come after the 0.5 s read timeout; RUFUS carries the close out 0.9 s
    # after it arrived, when the first read-back has already seen the session open.
    cloud.inject(Fault(FaultKind.SLOW, "PATCH", CLOSE, delay_s=1.5, effect_after_s=0.9))
    patient = CloseService(service.history, schedule=(0.0, 0.5, 1.0, 2.0))

    started = time.monotonic()
    record = only(close(patient, impatient_client, cloud, token))
    took = time.monotonic() - started

    assert record.outcome is Outcome.CLOSED
    assert record.late and 0.3 <= (record.confirmed_after_s or 0) <= took
    assert record.still_open_seen, "the first read-back saw it open: not a refusal"
    assert closes_sent(cloud, token) == 1


def test_when_even_the_read_backs_fail_the_outcome_is_unknown(
    cloud: DemoCloud, client: RufusClient, service: CloseService, token: str
) -> None:
    cloud.inject(Fault(FaultKind.RESET, "PATCH", CLOSE))
    # The check before passes; every read after the failed close is cut off too.
    cloud.inject(Fault(FaultKind.RESET, "GET", "/sessions/*", times=None, after=1))

    record = only(close(service, client, cloud, token))

    assert record.outcome is Outcome.UNKNOWN
    assert not record.still_open_seen
    assert record.statuses[:2] == ("GET 200", "PATCH cut")
    assert all(status == "GET cut" for status in record.statuses[2:])


def test_a_close_accepted_but_not_carried_out_is_never_reported_closed(
    generation: Generation, service: CloseService
) -> None:
    class IgnoresCloses(CloudState):
        def close_session(self, token: str) -> DemoSession | None:
            return self.session(token)

    state = IgnoresCloses()
    seed_race(state)
    with DemoCloud(state, generation=generation) as cloud, client_for(cloud) as client:
        token = state.open_sessions()[0].token_session
        record = only(close(service, client, cloud, token))
    assert record.outcome is Outcome.UNKNOWN
    assert record.still_open_seen
    assert record.reason == "RUFUS accepted the close but still reports the session as open."
    # The read-back after the 2xx counts as the schedule's first: it is not made twice.
    assert record.checks == len(TEST_SCHEDULE)
    assert record.statuses == ("GET 200", "PATCH 200", *["GET 200"] * len(TEST_SCHEDULE))


def test_a_close_accepted_whose_check_fails_is_closed_on_rufus_word(
    cloud: DemoCloud, client: RufusClient, service: CloseService, token: str
) -> None:
    cloud.inject(Fault(FaultKind.RESET, "GET", "/sessions/*", times=None, after=1))

    record = only(close(service, client, cloud, token))

    assert record.outcome is Outcome.CLOSED
    assert record.confirmed is None
    assert record.statuses == ("GET 200", "PATCH 200", "GET cut")
    assert record.reason == "" and record.error is None
    assert [row.outcome for row in service.history.rows()] == [Outcome.CLOSED]
    assert not is_open(cloud, token)


@pytest.mark.parametrize("status", [400, 404, 409])
def test_a_refused_close_of_a_session_still_open_says_so(
    cloud: DemoCloud, client: RufusClient, service: CloseService, token: str, status: int
) -> None:
    cloud.inject(Fault(FaultKind.ERROR_STATUS, "PATCH", CLOSE, status=status))

    record = only(close(service, client, cloud, token))

    assert record.outcome is Outcome.REFUSED
    assert f"refused to close the session (HTTP {status}); it is still open" in record.reason
    assert is_open(cloud, token)


def test_a_429_is_a_refusal_not_an_unknown(
    cloud: DemoCloud, client: RufusClient, service: CloseService, token: str
) -> None:
    cloud.inject(Fault(FaultKind.RATE_LIMITED, "PATCH", CLOSE, retry_after=0))
    record = only(close(service, client, cloud, token))
    assert record.outcome is Outcome.REFUSED
    assert closes_sent(cloud, token) == 1
    assert is_open(cloud, token)


def test_a_read_key_is_refused_and_the_record_says_why(
    cloud: DemoCloud, service: CloseService, token: str
) -> None:
    from app.demo import AccessType

    with client_for(cloud, cloud.keys[AccessType.READ]) as client:
        record = only(close(service, client, cloud, token))
    assert record.outcome is Outcome.REFUSED
    assert isinstance(record.error, ReadOnlyKey)
    assert is_open(cloud, token)


def test_no_history_means_no_close(
    cloud: DemoCloud,
    client: RufusClient,
    token: str,
    tmp_path: Path,
    expect_log_warnings: Callable[[str], None],
) -> None:
    expect_log_warnings("close history not written")
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the history's folder should be")
    service = CloseService(CloseHistory(blocked / "history.sqlite3"), schedule=TEST_SCHEDULE)

    record = only(close(service, client, cloud, token))

    assert record.outcome is Outcome.NOT_SENT
    assert isinstance(record.error, HistoryUnavailable)
    assert record.error.reason == "File exists", "the system's word for why"
    # What the command line prints after "Not closed (nothing was sent): …".
    assert record.reason == (
        "The close history could not be written (File exists), so the close was not sent: "
        "every close is recorded first. Check that its folder can be written and the disk "
        "is not full, then try again."
    )
    assert record.step is Step.DONE and record.statuses == ("GET 200",)
    assert closes_sent(cloud) == 0
    assert is_open(cloud, token)


def test_a_session_is_never_in_two_closes_at_once(
    cloud: DemoCloud, client: RufusClient, service: CloseService, token: str
) -> None:
    entry = entry_for(cloud, token)
    assert service.accept([entry]) == [entry]
    assert service.accept([entry]) == []
    assert service.in_flight() == {token}
    service.close_all(client, close_context(cloud.url, "t"), [entry], lambda r: None)
    assert service.in_flight() == frozenset()
    assert service.accept([entry]) == [entry]


def test_a_session_of_a_bulk_close_may_be_closed_again_as_soon_as_its_close_ended(
    cloud: DemoCloud, client: RufusClient, service: CloseService
) -> None:
    """Not when the whole batch has: its row is a row like any other again."""
    first, second = (s.token_session for s in cloud.state.open_sessions()[:2])
    entries = service.accept([entry_for(cloud, first), entry_for(cloud, second)])
    again = entry_for(cloud, first)
    taken_again = []

    def note(record: CloseRecord) -> None:
        if record.token == second and record.step is Step.CHECKING_BEFORE:
            taken_again.extend(service.accept([again]))

    service.close_all(client, close_context(cloud.url, "t"), entries, note)

    assert taken_again == [again]


def test_stop_after_this_one_sends_nothing_more(
    cloud: DemoCloud, client: RufusClient, service: CloseService
) -> None:
    tokens = [s.token_session for s in cloud.state.open_sessions()[:3]]
    entries = service.accept(entry_for(cloud, t) for t in tokens)
    stop = threading.Event()

    def report(record: CloseRecord) -> None:
        if record.step is Step.SENDING:
            stop.set()  # pressed while the first one is being closed

    records = service.close_all(client, close_context(cloud.url, "t"), entries, report, stop)

    assert [r.outcome for r in records] == [Outcome.CLOSED, Outcome.STOPPED, Outcome.STOPPED]
    assert closes_sent(cloud) == 1
    assert [r.outcome for r in service.history.rows()].count(Outcome.STOPPED) == 2


def test_the_next_start_completes_what_an_interrupted_close_left(
    cloud: DemoCloud, client: RufusClient, service: CloseService
) -> None:
    closed, still_open = (s.token_session for s in cloud.state.open_sessions()[:2])
    context = close_context(client.base_url, "keyring")
    for token in (closed, still_open):  # intents written, then the app died
        service.history.write(CloseRecord(entry_for(cloud, token), context, datetime.now(UTC)))
    cloud.state.close_session(closed)  # RUFUS had carried that one out

    settled = service.settle(client, service.history.unfinished(client.base_url))

    assert {(r.token, r.outcome) for r in settled} == {
        (closed, Outcome.CLOSED),
        (still_open, Outcome.STILL_OPEN),
    }
    assert service.history.unfinished(client.base_url) == []
    assert closes_sent(cloud) == 0


def test_the_schedule_reads_back_for_at_least_30_seconds_in_rising_steps() -> None:
    assert RECHECK_SCHEDULE[0] == 0 and RECHECK_SCHEDULE[-1] >= 30
    gaps = [b - a for a, b in itertools.pairwise(RECHECK_SCHEDULE)]
    assert gaps == sorted(gaps) and all(gap > 0 for gap in gaps)


def test_wrong_shape_answers_to_a_close_are_unknown_then_read_back(
    cloud: DemoCloud, client: RufusClient, service: CloseService, token: str
) -> None:
    cloud.inject(
        Fault(FaultKind.WRONG_SHAPE, "PATCH", CLOSE, shape=Shape.RESULT_TEXT, applied=True)
    )
    record = only(close(service, client, cloud, token))
    # A close answer has no `result` to be wrong about: a 2xx JSON object is RUFUS's word.
    assert record.outcome is Outcome.CLOSED
    assert closes_sent(cloud, token) == 1


# -- every ending, as the record and the close history keep it --------------------------------

#: The close service's clock in these tests: a record's times are known exactly.
FIXED = datetime(2031, 5, 4, 12, 30, tzinfo=UTC)


@pytest.fixture
def clocked(history: CloseHistory) -> Iterator[CloseService]:
    closes = CloseService(history, schedule=TEST_SCHEDULE, now=lambda: FIXED)
    yield closes
    closes.quit()


def kept(service: CloseService, record: CloseRecord) -> HistoryRow:
    """The history's row for the record, as the history window and its CSV show it."""
    [row] = [row for row in service.history.rows() if row.id == record.record_id]
    return row


def assert_kept_whole(service: CloseService, record: CloseRecord) -> None:
    """What the pipeline handed back is what the history holds, finished at its clock."""
    row = kept(service, record)
    assert record.step is Step.DONE
    assert record.finished_at == FIXED
    assert (row.outcome, row.statuses, row.reason, row.finished_at) == (
        record.outcome,
        ", ".join(record.statuses),
        record.reason,
        FIXED,
    )
    confirmed = record.confirmed
    assert row.passings_confirmed == (confirmed.passings if confirmed else None)


@pytest.mark.parametrize(
    ("fault", "status"),
    [
        pytest.param(Fault(FaultKind.ERROR_STATUS, "GET", "/sessions/*"), "GET 500", id="500"),
        pytest.param(Fault(FaultKind.RESET, "GET", "/sessions/*"), "GET cut", id="reset"),
        pytest.param(
            Fault(FaultKind.MALFORMED_JSON, "GET", "/sessions/*"), "GET unreadable", id="malformed"
        ),
        pytest.param(
            Fault(FaultKind.SLOW, "GET", "/sessions/*", delay_s=1.5), "GET timeout", id="timeout"
        ),
    ],
)
def test_a_check_before_that_fails_sends_nothing_and_records_the_read(
    cloud: DemoCloud,
    impatient_client: RufusClient,
    clocked: CloseService,
    fault: Fault,
    status: str,
) -> None:
    token = cloud.state.open_sessions()[0].token_session
    cloud.inject(replace(fault, times=None))

    record = only(close(clocked, impatient_client, cloud, token))

    assert record.outcome is Outcome.NOT_SENT
    assert record.statuses == (status,)
    assert record.error is not None and record.reason == str(record.error)
    assert_kept_whole(clocked, record)
    assert closes_sent(cloud) == 0 and is_open(cloud, token)


def test_a_write_key_is_told_the_check_before_was_refused(
    cloud: DemoCloud, clocked: CloseService, token: str
) -> None:
    from app.demo import AccessType

    with client_for(cloud, cloud.keys[AccessType.WRITE]) as client:
        record = only(close(clocked, client, cloud, token))

    assert record.outcome is Outcome.NOT_SENT
    assert isinstance(record.error, WriteOnlyKey) and record.error.status == 403
    assert record.reason == (
        "RUFUS refused to read the session before closing it (HTTP 403): this key cannot "
        f"read, so nothing was closed. {READ_WRITE_ADVICE}"
    )
    assert record.statuses == ("GET 403",)
    assert_kept_whole(clocked, record)
    assert closes_sent(cloud) == 0 and is_open(cloud, token)


def test_a_session_already_closed_is_recorded_as_rufus_read_it(
    cloud: DemoCloud, client: RufusClient, clocked: CloseService, token: str
) -> None:
    cloud.state.close_session(token)

    record = only(close(clocked, client, cloud, token))

    assert record.outcome is Outcome.ALREADY_CLOSED
    assert record.statuses == ("GET 200",) and record.reason == ""
    assert record.confirmed is not None and record.confirmed.active is False
    assert_kept_whole(clocked, record)


def test_a_refusal_whose_read_back_fails_is_still_a_refusal(
    cloud: DemoCloud, client: RufusClient, clocked: CloseService, token: str
) -> None:
    cloud.inject(Fault(FaultKind.ERROR_STATUS, "PATCH", CLOSE, status=409))
    cloud.inject(Fault(FaultKind.RESET, "GET", "/sessions/*", times=None, after=1))

    record = only(close(clocked, client, cloud, token))

    assert record.outcome is Outcome.REFUSED
    assert record.statuses == ("GET 200", "PATCH 409", "GET cut")
    assert isinstance(record.error, Refused) and record.error.status == 409
    assert record.reason == (
        "RUFUS refused to close the session (HTTP 409); it is still open. Refresh the list "
        "and try again."
    )
    assert_kept_whole(clocked, record)
    assert closes_sent(cloud, token) == 1 and is_open(cloud, token)


def test_a_redirected_close_is_not_carried_out_and_says_why(
    cloud: DemoCloud, client: RufusClient, clocked: CloseService, token: str
) -> None:
    """A 3xx comes from something between the venue and RUFUS (a login page, a wrong
    address): the close never reached RUFUS, and nothing reads it back as if it might have."""
    cloud.inject(Fault(FaultKind.ERROR_STATUS, "PATCH", CLOSE, status=307))

    record = only(close(clocked, client, cloud, token))

    assert record.outcome is Outcome.NOT_SENT
    assert isinstance(record.error, Redirected)
    assert record.statuses == ("GET 200", "PATCH 307")
    assert record.reason == str(record.error) and "HTTP 307" in record.reason
    assert_kept_whole(clocked, record)
    assert closes_sent(cloud, token) == 1 and is_open(cloud, token)


class CutBeforeTheClose:
    """The venue's link drops between the check and the close: the session is read from the
    simulated cloud, and the close request finds nobody listening at the address."""

    def __init__(self, reader: RufusClient, nowhere: RufusClient) -> None:
        self._reader = reader
        self._nowhere = nowhere

    def session(self, token: str) -> Session:
        return self._reader.session(token)

    def request_close(self, token: str) -> int:
        return self._nowhere.request_close(token)

    def passing_pages(self, token: str) -> Iterator[list[Passing]]:
        return self._reader.passing_pages(token)

    def passings_range(
        self, token: str, first: int, last: int | None = None
    ) -> Generator[list[Passing], None, None]:
        return self._reader.passings_range(token, first, last)


def test_a_close_that_never_connected_was_not_sent(
    cloud: DemoCloud, client: RufusClient, clocked: CloseService, token: str
) -> None:
    with DemoCloud() as gone:
        nowhere_url, key = gone.url, gone.read_write_key
    with RufusClient(key, nowhere_url, retries=0) as nowhere:
        entries = clocked.accept([entry_for(cloud, token)])
        [record] = clocked.close_all(
            CutBeforeTheClose(client, nowhere),
            close_context(cloud.url, "test"),
            entries,
            lambda r: None,
        )

    assert record.outcome is Outcome.NOT_SENT
    assert isinstance(record.error, NetworkError) and not record.error.maybe_applied
    assert record.statuses == ("GET 200", "PATCH no connection")
    assert record.reason == str(record.error) and "nothing was sent" in record.reason
    assert_kept_whole(clocked, record)
    assert closes_sent(cloud) == 0 and is_open(cloud, token)


class CarriesOutLate(CloudState):
    """Answers a close with 200 without carrying it out, and carries it out once the session
    has been read `reads` times since (never, when None)."""

    def __init__(self, reads: int | None) -> None:
        super().__init__()
        self.reads = reads
        self.asked: set[str] = set()
        self.read_since = 0

    def close_session(self, token: str) -> DemoSession | None:
        self.asked.add(token)
        return super().session(token)

    def session(self, token: str) -> DemoSession | None:
        if token in self.asked:  # only the read-backs: the close itself reads before this
            self.read_since += 1
            if self.reads is not None and self.read_since >= self.reads:
                self.asked.discard(token)
                super().close_session(token)
        return super().session(token)


def test_a_close_accepted_and_carried_out_a_moment_later_is_confirmed_late(
    generation: Generation, history: CloseHistory
) -> None:
    state = CarriesOutLate(reads=2)
    seed_race(state)
    service = CloseService(history, schedule=TEST_SCHEDULE, now=lambda: FIXED)
    with DemoCloud(state, generation=generation) as cloud, client_for(cloud) as client:
        token = state.open_sessions()[0].token_session
        started = time.monotonic()
        record = only(close(service, client, cloud, token))
        took = time.monotonic() - started
        assert closes_sent(cloud, token) == 1

    assert record.outcome is Outcome.CLOSED
    assert record.statuses == ("GET 200", "PATCH 200", "GET 200", "GET 200")
    assert record.still_open_seen, "the read-back after the 2xx saw it open"
    assert record.checks == 2, "that read-back was the schedule's first"
    assert record.confirmed is not None and not record.confirmed.active
    assert record.late and 0 < (record.confirmed_after_s or 0) <= took
    assert record.reason == "" and record.error is None
    assert_kept_whole(service, record)
    [waiting] = [step for step in close.steps if step.step is Step.RECHECKING]  # type: ignore[attr-defined]
    assert waiting.checks == 1 and waiting.still_open_seen
    assert waiting.next_check_in_s is not None and waiting.next_check_in_s <= TEST_SCHEDULE[1]
    assert waiting.reason == "RUFUS accepted the close but still reports the session as open."


def test_a_close_accepted_then_seen_open_once_stays_seen_open_when_reads_fail(
    generation: Generation, history: CloseHistory
) -> None:
    state = CarriesOutLate(reads=None)
    seed_race(state)
    service = CloseService(history, schedule=TEST_SCHEDULE, now=lambda: FIXED)
    with DemoCloud(state, generation=generation) as cloud, client_for(cloud) as client:
        token = state.open_sessions()[0].token_session
        # The check before and the read-back after the 2xx pass; every later read is cut.
        cloud.inject(Fault(FaultKind.RESET, "GET", "/sessions/*", times=None, after=2))
        record = only(close(service, client, cloud, token))

    assert record.outcome is Outcome.UNKNOWN
    assert record.still_open_seen, "what the one read-back saw is not forgotten"
    assert record.statuses == ("GET 200", "PATCH 200", "GET 200", "GET cut", "GET cut")
    assert_kept_whole(service, record)


class QuitsWhenClosing(CloudState):
    """Carries a close out, and the console quits (its client is closed) while the answer
    is on its way."""

    def __init__(self) -> None:
        super().__init__()
        self.quitting: RufusClient | None = None

    def close_session(self, token: str) -> DemoSession | None:
        closed = super().close_session(token)
        if self.quitting is not None:
            self.quitting.close()
        return closed


def test_a_close_cut_by_quitting_is_left_for_the_next_start(
    generation: Generation, history: CloseHistory
) -> None:
    state = QuitsWhenClosing()
    seed_race(state)
    service = CloseService(history, schedule=TEST_SCHEDULE, now=lambda: FIXED)
    with DemoCloud(state, generation=generation) as cloud, client_for(cloud) as client:
        token = state.open_sessions()[0].token_session
        state.quitting = client
        record = only(close(service, client, cloud, token))
        reads = len(cloud.requests("GET", f"/sessions/{token}"))

    assert record.outcome is None, "nobody knows yet: the next start reads it back"
    assert record.step is Step.SENDING and record.reason == ""
    assert record.statuses == ("GET 200", "PATCH abandoned")
    assert reads == 1, "no read-back on a client that is shutting down"
    # The history keeps its intent without an outcome: "interrupted" until then.
    [row] = history.rows()
    assert row.outcome is None
    assert [r.token for r in history.unfinished(cloud.url)] == [token]


def test_quitting_while_reading_back_keeps_what_was_read_for_the_next_start(
    cloud: DemoCloud, client: RufusClient, history: CloseHistory, token: str
) -> None:
    # A long wait before the second read-back: only quitting can end it early.
    service = CloseService(history, schedule=(0.0, 30.0), now=lambda: FIXED)
    cloud.inject(Fault(FaultKind.RESET, "PATCH", CLOSE))
    while_waiting: list[HistoryRow] = []

    def report(record: CloseRecord) -> None:
        if record.step is Step.RECHECKING and record.checks == 1 and not while_waiting:
            while_waiting.extend(history.rows())
            service.quit()

    entries = service.accept([entry_for(cloud, token)])
    [record] = service.close_all(client, close_context(cloud.url, "t"), entries, report)

    assert record.outcome is None
    assert record.statuses == ("GET 200", "PATCH cut", "GET 200")
    assert isinstance(record.error, NetworkError) and record.reason == str(record.error)
    # While it waited, the history already held the read-back (the close's heartbeat), so
    # another console can see the close is alive, and how far it got.
    [row] = while_waiting
    assert (row.outcome, row.statuses, row.reason) == (
        None,
        "GET 200, PATCH cut, GET 200",
        record.reason,
    )
    assert history.rows() == while_waiting
    assert closes_sent(cloud, token) == 1


def test_a_client_closed_while_reading_back_ends_the_read_backs(
    cloud: DemoCloud, client: RufusClient, history: CloseHistory, token: str
) -> None:
    service = CloseService(history, schedule=TEST_SCHEDULE, now=lambda: FIXED)
    cloud.inject(Fault(FaultKind.RESET, "PATCH", CLOSE))

    def report(record: CloseRecord) -> None:
        if record.step is Step.RECHECKING and record.checks == 1:
            client.close()  # the window quits between two read-backs

    entries = service.accept([entry_for(cloud, token)])
    [record] = service.close_all(client, close_context(cloud.url, "t"), entries, report)

    assert record.outcome is None
    assert record.statuses == ("GET 200", "PATCH cut", "GET 200")
    [row] = history.rows()
    assert row.outcome is None and row.statuses == "GET 200, PATCH cut, GET 200"


def test_a_quit_while_the_close_is_on_its_way_still_reads_it_back_at_once(
    cloud: DemoCloud, client: RufusClient, history: CloseHistory, token: str
) -> None:
    """Quitting ends the waits between read-backs, never the one made at once: a close that
    was carried out is known to be closed before the console goes."""
    service = CloseService(history, schedule=(0.0, 30.0), now=lambda: FIXED)
    cloud.inject(Fault(FaultKind.RESET, "PATCH", CLOSE, applied=True))

    def report(record: CloseRecord) -> None:
        if record.step is Step.SENDING:
            service.quit()

    entries = service.accept([entry_for(cloud, token)])
    [record] = service.close_all(client, close_context(cloud.url, "t"), entries, report)

    assert record.outcome is Outcome.CLOSED
    assert record.statuses == ("GET 200", "PATCH cut", "GET 200")
    assert_kept_whole(service, record)
