"""The job runner: results and failures reach the GUI thread, closes never overlap."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator

import pytest
from pytestqt.qtbot import QtBot

from app.jobs import JobRunner, Report, UnexpectedError
from app.rufus.errors import ServerError

WAIT_MS = 10_000


@pytest.fixture
def runner() -> Iterator[JobRunner]:
    jobs = JobRunner()
    yield jobs
    jobs.shutdown()


def test_a_result_and_progress_arrive_on_the_gui_thread(qtbot: QtBot, runner: JobRunner) -> None:
    seen: list[tuple[str, object, bool]] = []
    gui = threading.current_thread()

    def work(report: Report) -> str:
        report(1)
        report(2)
        return threading.current_thread().name

    def record(kind: str) -> Callable[[object], None]:
        return lambda value: seen.append((kind, value, threading.current_thread() is gui))

    runner.start(
        "demo",
        work,
        progress=record("progress"),
        succeeded=record("result"),
        failed=record("failure"),
    )
    qtbot.waitUntil(lambda: len(seen) == 3, timeout=WAIT_MS)
    assert [(kind, on_gui) for kind, _, on_gui in seen] == [
        ("progress", True),
        ("progress", True),
        ("result", True),
    ]
    assert seen[2][1] != gui.name  # the work itself ran in a worker


def test_an_unforeseen_exception_is_caught_logged_and_reported(
    qtbot: QtBot,
    runner: JobRunner,
    caplog: pytest.LogCaptureFixture,
    expect_log_warnings: Callable[[str], None],
) -> None:
    expect_log_warnings("job broken failed unexpectedly")
    failures: list[object] = []

    def broken(report: Report) -> None:
        raise KeyError("internal detail")

    with (
        caplog.at_level(logging.ERROR),
        qtbot.waitSignal(runner.unexpected, timeout=WAIT_MS) as told,
    ):
        runner.start("broken", broken, succeeded=failures.append, failed=failures.append)
    assert told.args == ["broken"]  # the window shows the crash dialog for it
    assert len(failures) == 1 and isinstance(failures[0], UnexpectedError)
    assert "job broken failed unexpectedly" in caplog.text
    assert "KeyError" in caplog.text


def test_a_rufus_error_is_reported_as_it_is(qtbot: QtBot, runner: JobRunner) -> None:
    failures: list[object] = []
    error = ServerError("down", status=503)

    def failing(report: Report) -> None:
        raise error

    with qtbot.assertNotEmitted(runner.unexpected, wait=100):
        runner.start("failing", failing, succeeded=failures.append, failed=failures.append)
        qtbot.waitUntil(lambda: bool(failures), timeout=WAIT_MS)
    assert failures == [error]


def test_jobs_in_turn_run_one_at_a_time_in_order(qtbot: QtBot, runner: JobRunner) -> None:
    running = 0
    most = 0
    order: list[int] = []
    lock = threading.Lock()
    gate = threading.Event()

    def write(number: int) -> Callable[[Report], None]:
        def work(report: Report) -> None:
            nonlocal running, most
            with lock:
                running += 1
                most = max(most, running)
            gate.wait(0.05)  # long enough for an overlap to show if one were possible
            with lock:
                running -= 1
                order.append(number)

        return work

    for number in range(4):
        runner.start_in_turn(
            f"write {number}",
            write(number),
            succeeded=lambda result: None,
            failed=lambda error: None,
        )
    qtbot.waitUntil(lambda: len(order) == 4, timeout=WAIT_MS)
    assert most == 1
    assert order == [0, 1, 2, 3]


def test_after_shutdown_no_job_starts(runner: JobRunner) -> None:
    assert runner.shutdown()
    assert runner.start("late", lambda report: None, succeeded=print, failed=print) is None
    assert not runner.busy()
