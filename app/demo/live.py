"""Passings that keep arriving on the simulated cloud's live sessions, so that `--demo` shows a
race in progress: what was live when the cloud started stays live while it runs."""

from __future__ import annotations

import random
import threading
from datetime import UTC, datetime, timedelta

from app.demo.passings import DemoPassing
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
                    moment = now - timedelta(milliseconds=self._rng.randrange(0, 2000))
                    runners = [self._runner(moment) for _ in range(arrivals)]
                    self._state.insert_passings(token, runners, numbered=False)

    def _runner(self, moment: datetime) -> DemoPassing:
        """A passing as a chip timing mat sends it: a bib, and the chip read (numbered by the
        state, after the session's last)."""
        bib = self._rng.randrange(1, 3000)
        return DemoPassing(0, moment, bib=str(bib), chip=f"E2801160{bib:016X}")
