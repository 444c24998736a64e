"""The controller without a window: it owns the rows, the key's rights and the closes under way,
runs every call in a worker, and says everything by signal."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.control.clients import ClientFactory, KeyAccepted, ListingDone, ListingProgress
from app.control.console import Console
from app.demo import DemoCloud, Fault, FaultKind
from app.demo.state import AccessType
from app.jobs import JobRunner
from app.keystore import DemoVault, KeyLookup, KeyState
from app.records.close_record import CloseRecord, Outcome
from app.rufus.models import KeyRights
from app.sessions.book import Changes, RowState
from app.sessions.closing import CloseService
from tests.conftest import TEST_SCHEDULE, TEST_TIMEOUTS, held_session
from tests.ui.conftest import WAIT_MS

ConsoleFactory = Callable[..., Console]


@pytest.fixture
def make_console(tmp_path: Path) -> Iterator[ConsoleFactory]:
    runners: list[JobRunner] = []

    def make(cloud: DemoCloud, key: str | None = None) -> Console:
        runner = JobRunner()
        runners.append(runner)
        factory = ClientFactory(
            cloud.url,
            timeouts=TEST_TIMEOUTS,
            backoff=0.01,
            recheck_schedule=TEST_SCHEDULE,
            history_path=tmp_path / "history.sqlite3",
        )
        return Console(runner, DemoVault(key or cloud.read_write_key), factory)

    yield make
    for runner in runners:
        runner.shutdown()


def started(qtbot: QtBot, console: Console) -> ListingDone:
    """The console once its first listing, and the probe of the key's rights, are in."""
    listings: list[ListingDone] = []
    console.listing_finished.connect(listings.append)
    with qtbot.waitSignals([console.listing_finished, console.rights_changed], timeout=WAIT_MS):
        console.start()
    return listings[0]


def test_it_lists_into_its_own_book_and_says_how_far_it_got(
    qtbot: QtBot, make_console: ConsoleFactory, race: DemoCloud
) -> None:
    console = make_console(race)
    progress: list[ListingProgress] = []
    changes: list[Changes] = []
    console.listing_progress.connect(progress.append)
    console.rows_changed.connect(changes.append)

    done = started(qtbot, console)

    open_tokens = {s.token_session for s in race.state.open_sessions()}
    assert {row.token for row in console.book.rows()} == open_tokens
    assert sum(len(c.inserted) for c in changes) == len(open_tokens)
    assert progress[0] == ListingProgress(devices=len(done.devices), answered=0)
    assert progress[-1] == ListingProgress(devices=len(done.devices), answered=len(done.devices))
    assert console.rights is KeyRights.CAN_CLOSE


def test_a_close_changes_the_book_and_reports_every_step(
    qtbot: QtBot, make_console: ConsoleFactory, race: DemoCloud
) -> None:
    console = make_console(race)
    started(qtbot, console)
    token = next(iter(console.book.rows())).token
    steps: list[CloseRecord] = []
    console.close_progress.connect(steps.append)

    with qtbot.waitSignal(console.closes_finished, timeout=WAIT_MS) as finished:
        assert console.close_sessions([token]) == [token]
        assert console.closing() == {token}
        assert console.close_sessions([token]) == []  # never twice at once

    [record] = finished.args[0]
    assert record.outcome is Outcome.CLOSED
    assert steps[-1] is record
    row = console.book.get(token)
    assert row is not None and row.state is RowState.CLOSED
    assert not held_session(race.state, token).active
    assert console.closing() == frozenset()


def test_a_read_only_key_closes_nothing(
    qtbot: QtBot, make_console: ConsoleFactory, race: DemoCloud
) -> None:
    console = make_console(race, race.keys[AccessType.READ])
    started(qtbot, console)
    assert console.rights is KeyRights.READ_ONLY
    token = next(iter(console.book.rows())).token
    with qtbot.assertNotEmitted(console.close_progress, wait=200):
        assert console.close_sessions([token]) == []
    assert race.requests("PATCH", f"/sessions/close/{token}") == []


def test_a_new_key_during_a_bulk_close_leaves_the_close_on_the_old_key(
    qtbot: QtBot, make_console: ConsoleFactory, race: DemoCloud
) -> None:
    console = make_console(race)
    started(qtbot, console)
    tokens = [row.token for row in console.book.rows()][:3]
    race.inject(Fault(FaultKind.SLOW, "PATCH", "/sessions/close/*", times=3, delay_s=0.3))

    with qtbot.waitSignal(console.closes_finished, timeout=WAIT_MS) as finished:
        assert console.close_sessions(tokens) == tokens
        with qtbot.waitSignal(console.listing_finished, timeout=WAIT_MS):
            console.use_key(KeyLookup(KeyState.DEMO, race.keys[AccessType.READ]))
        # The new key lists; the closes already queued go on with the key they were sent with.
        assert console.closing() <= set(tokens)

    assert [r.outcome for r in finished.args[0]] == [Outcome.CLOSED] * 3
    patches = [r for r in race.requests("PATCH") if r.path.rsplit("/", 1)[1] in tokens]
    assert [r.access for r in patches] == [AccessType.READ_WRITE] * 3
    listings = race.requests("GET", "/devices")
    assert listings[-1].access is AccessType.READ


def test_a_close_job_that_crashes_calls_nothing_open_and_is_reported(
    qtbot: QtBot,
    make_console: ConsoleFactory,
    race: DemoCloud,
    monkeypatch: pytest.MonkeyPatch,
    expect_log_warnings: Callable[[str], None],
) -> None:
    expect_log_warnings("job close sessions failed unexpectedly")
    console = make_console(race)
    started(qtbot, console)
    tokens = [row.token for row in console.book.rows()][:2]

    def broken(self: CloseService, *args: object, **kwargs: object) -> CloseRecord:
        raise KeyError("a bug in the pipeline")

    monkeypatch.setattr(CloseService, "_close_one", broken)
    finished: list[list[CloseRecord]] = []
    console.closes_finished.connect(finished.append)
    with qtbot.waitSignals([console.closes_finished, console._runner.unexpected], timeout=WAIT_MS):
        console.close_sessions(tokens)

    [records] = finished
    # It may or may not have been sent: never "still open", never "closed".
    assert [r.outcome for r in records] == [Outcome.UNKNOWN, Outcome.UNKNOWN]
    for token in tokens:
        row = console.book.get(token)
        assert row is not None and row.state is RowState.UNCONFIRMED
    assert console.closing() == frozenset()  # a refresh makes them closable again


def test_a_checked_key_is_stored_used_and_listed_with_one_device_list(
    qtbot: QtBot, make_console: ConsoleFactory, race: DemoCloud
) -> None:
    console = make_console(race, key="")
    checked: list[object] = []
    console.key_checked.connect(checked.append)
    with qtbot.waitSignals([console.key_checked, console.listing_finished], timeout=WAIT_MS):
        console.check_and_store(race.read_write_key)
    [accepted] = checked
    assert isinstance(accepted, KeyAccepted)
    assert accepted.rights is KeyRights.CAN_CLOSE
    assert console.key_lookup.key == race.read_write_key
    assert len(race.requests("GET", "/devices")) == 1  # the check's list served the listing
    assert len(console.book) == len(race.state.open_sessions())
