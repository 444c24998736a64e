"""Work off the GUI thread: run a call on a thread pool and report back by queued signal.

Most jobs (listing, the keyring, key checks, saving passings, the close history) run side by
side; closes run one at a time, in the order they were asked for. Every exception is caught in
the worker and delivered to the job's `failed`, which every caller must give: no job can fail
without the window hearing of it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)

#: Hands a progress value from the worker to the GUI thread.
Report = Callable[[object], None]
T = TypeVar("T")
Work = Callable[[Report], T]
#: Called on the GUI thread with the work's result, a progress value, or the error.
OnResult = Callable[[T], None]
OnProgress = Callable[[Any], None]
OnError = Callable[[Exception], None]

#: How many jobs may run side by side: a listing, a key check and a keyring call together.
PARALLEL_THREADS = 4


class UnexpectedError(Exception):
    """A failure the code did not foresee; the details are in the log, not on screen."""


class Job(QObject):
    """One call in a worker. JobRunner connects the slots it is given before starting it,
    so that no early signal is lost; connecting to a started job may miss signals."""

    started = Signal()
    progress = Signal(object)
    succeeded = Signal(object)
    #: An error that says it is `expected` (a RufusError: its message is for the official),
    #: or an UnexpectedError.
    failed = Signal(object)
    finished = Signal()

    def __init__(self, work: Work[Any], name: str) -> None:
        super().__init__()
        self.name = name
        self._work = work

    def run(self) -> None:
        """Runs in a worker thread; the signals reach the GUI thread queued."""
        self.started.emit()
        try:
            result = self._work(self.progress.emit)
        except Exception as error:
            # Errors of a remote service say so (`expected`); anything else is a bug whose
            # traceback belongs in the log, not on the screen.
            if not getattr(error, "expected", False):
                log.exception("job %s failed unexpectedly", self.name)
                error = UnexpectedError(type(error).__name__)
            self.failed.emit(error)
        else:
            self.succeeded.emit(result)
        finally:
            self.finished.emit()


class _Runnable(QRunnable):
    def __init__(self, job: Job) -> None:
        super().__init__()
        self._job = job

    def run(self) -> None:
        self._job.run()


class _Gate:
    """Whether results may still be delivered; outlives the runner's C++ object."""

    def __init__(self) -> None:
        self.open = True

    def close(self) -> None:
        self.open = False


class JobRunner(QObject):
    """Owns the worker threads; `shutdown` stops them within a bounded time.

    `unexpected(name)` tells of a job that failed in a way nobody foresaw (its traceback is
    in the log), besides its own `failed`: the window shows the crash dialog for it."""

    unexpected = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._parallel = QThreadPool()
        self._parallel.setMaxThreadCount(PARALLEL_THREADS)
        # Threads that live as long as the runner: the client keeps a connection per thread.
        self._parallel.setExpiryTimeout(-1)
        self._in_turn = QThreadPool()
        self._in_turn.setMaxThreadCount(1)  # closes are never sent side by side
        self._in_turn.setExpiryTimeout(-1)
        self._jobs: set[Job] = set()
        self._accepting = True
        # Results of jobs still running when the runner's owner is destroyed without a
        # shutdown (a window deleted rather than closed) have nobody left to go to.
        gate = self._gate = _Gate()
        self.destroyed.connect(gate.close)
        self._abort_hooks: list[Callable[[], None]] = []

    def start(
        self,
        name: str,
        work: Work[T],
        *,
        succeeded: OnResult[T],
        failed: OnError,
        progress: OnProgress | None = None,
    ) -> Job | None:
        """Runs `work` beside other jobs; None when shutting down (nothing will run)."""
        return self._start(
            self._parallel, name, work, succeeded=succeeded, failed=failed, progress=progress
        )

    def start_in_turn(
        self,
        name: str,
        work: Work[T],
        *,
        succeeded: OnResult[T],
        failed: OnError,
        progress: OnProgress | None = None,
    ) -> Job | None:
        """Runs `work` after every job started in turn before it, never beside one: closes."""
        return self._start(
            self._in_turn, name, work, succeeded=succeeded, failed=failed, progress=progress
        )

    def busy(self) -> bool:
        return bool(self._jobs)

    def on_shutdown(self, abort: Callable[[], None]) -> None:
        """Registers a call that makes in-flight work end early (a client's close)."""
        self._abort_hooks.append(abort)

    def shutdown(self, wait_ms: int = 3000) -> bool:
        """Refuses new jobs, aborts running ones, waits; False when some are still running."""
        self._accepting = False
        self._gate.close()
        for abort in self._abort_hooks:
            abort()
        self._parallel.clear()
        self._in_turn.clear()
        done = self._parallel.waitForDone(wait_ms) and self._in_turn.waitForDone(wait_ms)
        if not done:
            log.warning(
                "still running after %d ms: %s", wait_ms, sorted(j.name for j in self._jobs)
            )
        return done

    def _maybe_unexpected(self, name: str, error: object) -> None:
        if isinstance(error, UnexpectedError):
            self.unexpected.emit(name)

    def _job_finished(self) -> None:
        job = self.sender()
        if isinstance(job, Job):
            self._jobs.discard(job)
            job.deleteLater()

    def _while_running(self, slot: Callable[..., Any]) -> Callable[..., None]:
        """Drops what arrives after shutdown: the window that asked may be gone by then."""

        gate = self._gate

        def deliver(*args: object) -> None:
            if gate.open:
                slot(*args)

        return deliver

    def _start(
        self,
        pool: QThreadPool,
        name: str,
        work: Work[T],
        *,
        succeeded: OnResult[T],
        failed: OnError,
        progress: OnProgress | None,
    ) -> Job | None:
        if not self._accepting:
            log.debug("job %s refused: shutting down", name)
            return None
        job = Job(work, name)
        # Connected before the job starts, so that no early signal is lost.
        for signal, slot in (
            (job.succeeded, succeeded),
            (job.failed, failed),
            (job.progress, progress),
        ):
            if slot is not None:
                signal.connect(self._while_running(slot))
        self._jobs.add(job)
        # A slot of the runner, not a lambda holding the job: that would be a reference
        # cycle, and Python's collector may break cycles on a worker thread, destroying a
        # QObject there. The job is deleted on the GUI thread instead.
        job.finished.connect(self._job_finished)
        job.failed.connect(self._while_running(lambda error: self._maybe_unexpected(name, error)))
        pool.start(_Runnable(job))
        return job
