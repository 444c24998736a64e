"""Closes that keep their records: passings saved before a close (and no close without
them), and a close whose process died between its intent and its outcome, completed by the
next run."""

from __future__ import annotations

import csv
import getpass
import os
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app import __version__
from app.cli.commands import EXIT_FAILED
from app.demo import DemoCloud, Fault, FaultKind, Generation
from app.demo.state import DemoSession
from app.records.close_record import (
    BeingClosedElsewhere,
    CloseContext,
    CloseRecord,
    Outcome,
    Step,
)
from app.records.history import CloseHistory
from app.records.passings_errors import NotSavedBecause, PassingsIncomplete, PassingsNotSaved
from app.rufus import RufusClient
from app.rufus.errors import ServerError
from app.sessions.closing import CloseService, close_context
from app.sessions.recheck import SETTLED_LATER
from tests.conftest import wait_until
from tests.test_cli import run_main
from tests.test_close import closes_sent, entry_for, is_open
from tests.test_passings import timed_session

CONSOLE = str(Path(sys.executable).with_name("rufus-console"))
PASSINGS = "/passings/session/*"
NOW = datetime.now(UTC)


def close_saving(
    service: CloseService, client: RufusClient, cloud: DemoCloud, folder: Path, *tokens: str
) -> tuple[list[CloseRecord], list[CloseRecord]]:
    """Closes with the passings saved first; returns the records and every step reported."""
    steps: list[CloseRecord] = []
    entries = service.accept(entry_for(cloud, token) for token in tokens)
    records = service.close_all(
        client, close_context(cloud.url, "test"), entries, steps.append, save_passings_to=folder
    )
    return records, steps


def rows_of(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as file:
        return list(csv.DictReader(file))


def test_the_passings_are_in_their_file_before_the_close_is_sent(
    cloud: DemoCloud, client: RufusClient, service: CloseService, folder: Path
) -> None:
    token = timed_session(cloud, 5001)  # two pages
    files_at_close: list[list[str]] = []
    closing = cloud.state.close_session

    def watched_close(token: str) -> DemoSession | None:
        files_at_close.append(sorted(p.name for p in folder.iterdir()))
        return closing(token)

    # Assigned, not monkeypatched: mypy still checks the spy's signature against the method's.
    cloud.state.close_session = watched_close  # type: ignore[method-assign]

    [record], steps = close_saving(service, client, cloud, folder, token)

    assert record.outcome is Outcome.CLOSED
    assert record.passings_file is not None and record.saved == 5001
    saved = Path(record.passings_file)
    assert files_at_close == [[saved.name]], "the complete file, before RUFUS closed it"
    rows = rows_of(saved)
    assert len(rows) == 5001 and {row["token_session"] for row in rows} == {token}
    assert [s.saved for s in steps if s.step is Step.SAVING_PASSINGS][-1] == 5001
    [row] = service.history.rows()
    assert (row.outcome, row.passings_file) == (Outcome.CLOSED, str(saved))


def test_a_session_without_passings_is_closed_without_a_file(
    cloud: DemoCloud, client: RufusClient, service: CloseService, folder: Path
) -> None:
    token = timed_session(cloud, 0)
    [record], _ = close_saving(service, client, cloud, folder, token)
    assert record.outcome is Outcome.CLOSED
    assert record.passings_file is None and list(folder.iterdir()) == []


def test_passings_that_cannot_be_read_mean_no_close(
    cloud: DemoCloud, client: RufusClient, service: CloseService, folder: Path
) -> None:
    token = timed_session(cloud, 6000)
    cloud.inject(Fault(FaultKind.ERROR_STATUS, "GET", PASSINGS, status=503, after=1, times=None))

    [record], _ = close_saving(service, client, cloud, folder, token)

    assert record.outcome is Outcome.NOT_SENT
    assert isinstance(record.error, PassingsNotSaved)
    # The window words it from why and what RUFUS said; the command line prints this.
    assert record.error.because is NotSavedBecause.READ
    assert isinstance(record.error.detail, ServerError) and record.error.detail.status == 503
    assert record.reason == (
        f"The passings could not be read from RUFUS ({record.error.detail}); the session was "
        "not closed. Try again, or close it without saving the passings."
    )
    assert closes_sent(cloud) == 0 and is_open(cloud, token)
    assert list(folder.iterdir()) == []
    [row] = service.history.rows()
    assert row.outcome is Outcome.NOT_SENT and "not closed" in row.reason


def test_passings_that_keep_arriving_while_saving_mean_no_close(
    cloud: DemoCloud, client: RufusClient, service: CloseService, folder: Path
) -> None:
    """A live session: the file would miss what arrived after the count was read."""
    token = timed_session(cloud, 20)
    entries = service.accept([entry_for(cloud, token)])

    def device_keeps_timing(record: CloseRecord) -> None:
        if record.step is Step.SAVING_PASSINGS and record.saved == 0:
            session = cloud.state.session(token)
            assert session is not None and session.last is not None
            cloud.state.record_passings(token, [session.last])

    [record] = service.close_all(
        client,
        close_context(cloud.url, "test"),
        entries,
        device_keeps_timing,
        save_passings_to=folder,
    )

    assert record.outcome is Outcome.NOT_SENT
    assert isinstance(record.error, PassingsIncomplete)
    assert (record.error.written, record.error.reported) == (21, 20)
    assert closes_sent(cloud) == 0 and is_open(cloud, token)
    [partial] = folder.iterdir()
    assert partial.name.endswith("-INCOMPLETE.csv") and len(rows_of(partial)) == 21


def test_a_folder_that_cannot_be_written_means_no_close(
    cloud: DemoCloud, client: RufusClient, service: CloseService, folder: Path
) -> None:
    token = timed_session(cloud, 3)
    blocked = folder / "a file, not a folder"
    blocked.write_text("")

    [record], _ = close_saving(service, client, cloud, blocked, token)

    assert record.outcome is Outcome.NOT_SENT and isinstance(record.error, PassingsNotSaved)
    assert closes_sent(cloud) == 0 and is_open(cloud, token)


def test_a_bulk_close_saves_each_sessions_passings_and_skips_only_the_failed_one(
    cloud: DemoCloud, client: RufusClient, service: CloseService, folder: Path
) -> None:
    good, bad, also_good = (timed_session(cloud, n, alias=f"S{n}") for n in (7, 8, 9))
    cloud.inject(Fault(FaultKind.ERROR_STATUS, "GET", f"/passings/session/{bad}*", times=None))

    records, _ = close_saving(service, client, cloud, folder, good, bad, also_good)

    assert [r.outcome for r in records] == [Outcome.CLOSED, Outcome.NOT_SENT, Outcome.CLOSED]
    assert sorted(len(rows_of(p)) for p in folder.iterdir()) == [7, 9]
    assert is_open(cloud, bad) and closes_sent(cloud) == 2


# -- a process killed between the intent and the outcome ------------------------------------------


def quiet_environment(key: str) -> dict[str, str]:
    env = dict(os.environ)
    env["RUFUS_API_KEY"] = key
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    return env


@pytest.mark.parametrize("carried_out", [True, False], ids=["closed", "still-open"])
def test_a_close_killed_mid_request_is_completed_by_the_next_run(
    generation: Generation, carried_out: bool
) -> None:
    with DemoCloud(generation=generation) as cloud:
        token, other = (s.token_session for s in cloud.state.open_sessions()[:2])
        # RUFUS takes the request in (and carries it out, or not) but never answers in time.
        cloud.inject(
            Fault(
                FaultKind.SLOW, "PATCH", f"/sessions/close/{token}", delay_s=20, applied=carried_out
            )
        )
        env = quiet_environment(cloud.read_write_key)
        first = subprocess.Popen(
            [CONSOLE, "--base-url", cloud.url, "close", token, "--yes"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            wait_until(lambda: cloud.requests("PATCH", f"/sessions/close/{token}"), timeout=30)
            [intent] = CloseHistory().rows()
            assert (intent.token, intent.outcome) == (token, None)
        finally:
            first.send_signal(signal.SIGKILL)
            first.wait(timeout=10)

        second = subprocess.run(
            [CONSOLE, "--base-url", cloud.url, "close", other, "--yes"],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )

        assert second.returncode == 0, second.stderr
        became = "now reports it closed" if carried_out else "still open: it was not closed"
        assert "An earlier close had no known outcome" in second.stderr
        assert became in second.stderr
        outcomes = {row.token: row.outcome for row in CloseHistory().rows()}
        assert outcomes == {
            token: Outcome.CLOSED if carried_out else Outcome.STILL_OPEN,
            other: Outcome.CLOSED,
        }
        assert len(cloud.requests("PATCH", f"/sessions/close/{token}")) == 1, "never sent twice"


# -- the command line -----------------------------------------------------------------------------


def test_close_with_save_passings_writes_the_files_then_closes(
    cloud: DemoCloud, monkeypatch: pytest.MonkeyPatch, folder: Path
) -> None:
    monkeypatch.setenv("RUFUS_API_KEY", cloud.read_write_key)
    first, second = timed_session(cloud, 5000, alias="A"), timed_session(cloud, 12, alias="B")

    code, out, err = run_main(
        ["--base-url", cloud.url, "close", first, second, "--yes", "--save-passings", str(folder)],
        monkeypatch,
    )

    assert (code, err) == (0, ""), err
    lines = out.splitlines()
    assert lines[0].startswith("Closed: “A”") and lines[1].startswith("Closed: “B”")
    saved = {path.name: len(rows_of(path)) for path in folder.iterdir()}
    assert sorted(saved.values()) == [12, 5000]
    for line, count in zip(lines, (5000, 12), strict=True):
        assert f"— its {count} passings are in {folder}/" in line
    assert not is_open(cloud, first) and not is_open(cloud, second)


def test_close_with_save_passings_leaves_open_what_could_not_be_saved(
    cloud: DemoCloud, monkeypatch: pytest.MonkeyPatch, folder: Path
) -> None:
    monkeypatch.setenv("RUFUS_API_KEY", cloud.read_write_key)
    token = timed_session(cloud, 30)
    cloud.inject(Fault(FaultKind.ERROR_STATUS, "GET", PASSINGS, status=500, times=None))

    code, out, err = run_main(
        ["--base-url", cloud.url, "close", token, "--yes", "--save-passings", str(folder)],
        monkeypatch,
    )

    assert code == EXIT_FAILED and out == ""
    assert err.startswith("rufus-console: Not closed (nothing was sent): “HALF 21K”")
    assert "close it without saving the passings" in err
    assert is_open(cloud, token) and closes_sent(cloud, token) == 0
    assert list(folder.iterdir()) == []


def an_intent(cloud: DemoCloud, history: CloseHistory, token: str) -> CloseRecord:
    """An attempt as the history holds it between its intent and its outcome."""
    record = CloseRecord(entry_for(cloud, token), close_context(cloud.url, "test"), NOW)
    return history.write(replace(record, step=Step.SENDING, statuses=("GET 200",)))


def test_a_close_of_this_run_still_under_way_is_not_settled_as_an_earlier_one(
    cloud: DemoCloud, client: RufusClient, service: CloseService, history: CloseHistory
) -> None:
    """The window settles earlier closes after its first listing; rows can be closed while
    that listing runs, so one of this run's own closes may be waiting for its answer."""
    token = cloud.state.open_sessions()[0].token_session
    service.accept([entry_for(cloud, token)])  # queued in this run
    an_intent(cloud, history, token)

    assert service.settle(client, history.unfinished(cloud.url)) == []

    [row] = history.rows()
    assert row.outcome is None, "left for its own close to finish"
    assert cloud.requests("GET", f"/sessions/{token}") == []


def test_an_outcome_written_meanwhile_is_never_overwritten_by_a_later_settle(
    cloud: DemoCloud, client: RufusClient, service: CloseService, history: CloseHistory
) -> None:
    """Another run was still closing it: its own outcome, written between the settle's read
    of the history and its write, stands."""
    token = cloud.state.open_sessions()[0].token_session
    intent = an_intent(cloud, history, token)
    unfinished = history.unfinished(cloud.url)
    history.write(replace(intent, step=Step.DONE, outcome=Outcome.CLOSED))

    assert service.settle(client, unfinished) == [], "RUFUS still says open; nothing is said"

    [row] = history.rows()
    assert row.outcome is Outcome.CLOSED


# -- another computer's close in flight, and what the next start learns -------------------------

#: The service's clock in these tests: a settled record's time is known exactly.
SETTLED_AT = datetime(2031, 5, 4, 18, 0, tzinfo=UTC)


@pytest.fixture
def clocked(history: CloseHistory) -> Iterator[CloseService]:
    closes = CloseService(history, schedule=(0.0, 0.2), now=lambda: SETTLED_AT)
    yield closes
    closes.quit()


def an_intent_from(cloud: DemoCloud, history: CloseHistory, token: str, host: str) -> CloseRecord:
    """A close another console sharing the data folder (on the computer `host`) has in
    flight: its intent, with a fresh heartbeat."""
    context = CloseContext(cloud.url, "keyring", "official", host, "1.0")
    record = CloseRecord(entry_for(cloud, token), context, NOW)
    return history.write(replace(record, step=Step.SENDING, statuses=("GET 200",)))


def test_a_close_another_computer_has_in_flight_is_not_sent_again(
    cloud: DemoCloud, client: RufusClient, clocked: CloseService, history: CloseHistory
) -> None:
    token = cloud.state.open_sessions()[0].token_session
    an_intent_from(cloud, history, token, "timing-tent-2")

    [record] = clocked.close_all(
        client, close_context(cloud.url, "test"), clocked.accept([entry_for(cloud, token)]), print
    )

    assert record.outcome is Outcome.NOT_SENT
    assert isinstance(record.error, BeingClosedElsewhere)
    assert (record.error.pid, record.error.host) == (os.getpid(), "timing-tent-2")
    assert record.reason == (
        "This session is being closed by another window (or command) on this computer "
        f"(process {os.getpid()} on timing-tent-2), so this one sent nothing: wait for it to "
        "finish, then refresh."
    )
    assert closes_sent(cloud) == 0 and is_open(cloud, token)
    outcomes = sorted((row.outcome is None, row.reason) for row in history.rows())
    assert outcomes == [(False, record.reason), (True, "")], "its intent stays untouched"


def test_the_next_start_leaves_another_computers_close_alone(
    cloud: DemoCloud, client: RufusClient, clocked: CloseService, history: CloseHistory
) -> None:
    token = cloud.state.open_sessions()[0].token_session
    an_intent_from(cloud, history, token, "timing-tent-2")

    found = clocked.settle_all(client, history.unfinished(cloud.url))

    assert found.settled == []
    [record] = found.elsewhere
    assert record.token == token and record.outcome is None
    assert isinstance(record.error, BeingClosedElsewhere)
    assert (record.error.pid, record.error.host) == (os.getpid(), "timing-tent-2")
    assert f"(process {os.getpid()} on timing-tent-2)" in str(record.error)
    assert cloud.requests("GET", f"/sessions/{token}") == [], "never read back"
    [row] = history.rows()
    assert row.outcome is None


def test_the_next_start_records_what_it_read_back_and_when(
    cloud: DemoCloud, client: RufusClient, clocked: CloseService, history: CloseHistory
) -> None:
    closed, still_open = (s.token_session for s in cloud.state.open_sessions()[:2])
    for token in (closed, still_open):
        an_intent(cloud, history, token)
    cloud.state.close_session(closed)
    passings = cloud.state.session(closed).passings  # type: ignore[union-attr]

    settled = clocked.settle(client, history.unfinished(cloud.url))

    assert [(r.token, r.outcome) for r in settled] == [
        (closed, Outcome.CLOSED),
        (still_open, Outcome.STILL_OPEN),
    ]
    for record in settled:
        assert record.step is Step.DONE and record.finished_at == SETTLED_AT
        assert record.statuses == ("GET 200", "GET 200", SETTLED_LATER)
    assert settled[0].confirmed is not None and settled[0].confirmed.passings == passings
    assert settled[1].confirmed is None
    rows = {row.token: row for row in history.rows()}
    for token, confirmed in ((closed, passings), (still_open, None)):
        row = rows[token]
        assert row.finished_at == SETTLED_AT and row.passings_confirmed == confirmed
        assert row.statuses == f"GET 200, GET 200, {SETTLED_LATER}"


def test_an_earlier_close_that_cannot_be_read_now_waits_and_the_rest_are_settled(
    cloud: DemoCloud, client: RufusClient, clocked: CloseService, history: CloseHistory
) -> None:
    unreadable, unknown, readable = (s.token_session for s in cloud.state.open_sessions()[:3])
    for token in (unreadable, unknown, readable):
        an_intent(cloud, history, token)
    cloud.inject(Fault(FaultKind.ERROR_STATUS, "GET", f"/sessions/{unreadable}", times=None))
    # Its device was unbound since: RUFUS no longer knows the session.
    cloud.state.unbind_device(cloud.state.session(unknown).deviceid)  # type: ignore[union-attr]

    settled = clocked.settle(client, history.unfinished(cloud.url))

    assert [(r.token, r.outcome) for r in settled] == [(readable, Outcome.STILL_OPEN)]
    assert {row.token for row in history.unfinished(cloud.url)} == {unreadable, unknown}
    assert closes_sent(cloud) == 0


def test_closes_passed_over_by_the_next_start_do_not_end_its_read_backs(
    cloud: DemoCloud, client: RufusClient, clocked: CloseService, history: CloseHistory
) -> None:
    """One of this run's own closes, and one whose device was unbound since, come before
    one RUFUS can answer for: that one is still settled."""
    running, unbound, readable = (s.token_session for s in cloud.state.open_sessions()[:3])
    for token in (running, unbound, readable):
        an_intent(cloud, history, token)
    clocked.accept([entry_for(cloud, running)])
    cloud.state.unbind_device(cloud.state.session(unbound).deviceid)  # type: ignore[union-attr]
    order = {running: 0, unbound: 1, readable: 2}
    rows = sorted(history.unfinished(cloud.url), key=lambda row: order[row.token])

    settled = clocked.settle(client, rows)

    assert [(r.token, r.outcome) for r in settled] == [(readable, Outcome.STILL_OPEN)]


def test_who_closes_is_recorded_with_each_close(
    cloud: DemoCloud, client: RufusClient, service: CloseService
) -> None:
    token = cloud.state.open_sessions()[0].token_session
    context = close_context(cloud.url, "keyring")

    service.close_all(client, context, service.accept([entry_for(cloud, token)]), print)

    assert context == CloseContext(
        cloud.url, "keyring", getpass.getuser(), socket.gethostname(), __version__
    )
    [row] = service.history.rows()
    assert (row.server, row.key_source, row.os_user, row.host, row.app_version) == (
        cloud.url,
        "keyring",
        getpass.getuser(),
        socket.gethostname(),
        __version__,
    )


def test_a_computer_without_a_login_name_still_closes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def no_login_name() -> str:
        raise KeyError("getpwuid(): uid not found: 1000")  # a container's user

    monkeypatch.setattr(getpass, "getuser", no_login_name)
    assert close_context("https://api.example/v0", "environment").user == ""
