"""Passings that keep arriving on the simulated cloud's live sessions, so that `--demo` shows a
race in progress: what was live when the cloud started stays live while it runs."""

from __future__ import annotations

import random
import threading
from datetime import UTC, datetime, timedelta

from app.demo.state import CloudState

#: Sessions with a passing this recent when the cloud starts keep timing.
TIMING_WITHIN = timedelta(minutes=5)


class LivePassings:
    """A daemon thread that adds a few passings to every timing session every few seconds."""

    def __init__(self, state: CloudState, *, every_s: float = 3.0, seed: int = 11) -> None:
        self._state = state
        self._every_s = every_s
        self._rng = random.Random(seed)  # noqa: S311 - a simulation, not a secret
        self._stop = threading.Event()
        now = datetime.now(UTC)
        self._timing = [
            s.token_session
            for s in state.open_sessions()
            if s.last is not None and now - s.last <= TIMING_WITHIN
        ]
        self._thread = threading.Thread(target=self._run, name="demo-live", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join()

    def _run(self) -> None:
        while not self._stop.wait(self._every_s):
            now = datetime.now(UTC)
            for token in self._timing:
                arrivals = self._rng.randrange(0, 6)
                if arrivals:
                    moments = [now - timedelta(milliseconds=self._rng.randrange(0, 2000))]
                    self._state.record_passings(token, moments * arrivals)
