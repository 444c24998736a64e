"""Refreshing on its own, as a good citizen of RUFUS: never while the official decides or a
close runs, never over a listing still running, and never more often than the account's size
allows (a refresh costs one request per device it asks: app.rufus.listing)."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QElapsedTimer, QObject, QTimer, Signal

#: On average, at most this many requests a second to RUFUS from automatic refreshes.
REQUESTS_PER_SECOND = 10


def effective_interval(chosen_s: float, requests: int) -> float:
    """The chosen interval, stretched for big accounts: 2 000 devices to ask at 10
    requests a second need 200 s between refreshes."""
    return max(chosen_s, math.ceil(requests / REQUESTS_PER_SECOND))


class AutoRefresh(QObject):
    """`due` fires when a refresh should start; the window asks the console for it.

    The countdown starts when a listing ends (never over one still running) and is held while
    `paused()` says so; once due, a held refresh starts as soon as nothing holds it."""

    due = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.chosen_s: float = 0
        self.requests = 0
        self._since = QElapsedTimer()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._expired)
        self._waiting = False
        #: Set by whoever asks questions: whether one is open or a close is running.
        self.paused: Callable[[], bool] = _never

    @property
    def interval_s(self) -> float:
        return effective_interval(self.chosen_s, self.requests)

    @property
    def stretched(self) -> bool:
        return self.chosen_s > 0 and self.interval_s > self.chosen_s

    def choose(self, seconds: float) -> None:
        self.chosen_s = seconds
        if seconds <= 0:
            self._timer.stop()
        elif self._since.isValid():
            self._arm()

    def listing_ended(self, requests: int) -> None:
        self.requests = requests
        self._since.start()
        self._waiting = False
        self._arm()

    def listing_started(self) -> None:
        self._timer.stop()
        self._waiting = False

    def seconds_to_next(self) -> int | None:
        if self.chosen_s <= 0 or not self._since.isValid() or not self._timer.isActive():
            return None
        return max(0, math.ceil(self._timer.remainingTime() / 1000))

    def seconds_since_listing(self) -> int | None:
        return self._since.elapsed() // 1000 if self._since.isValid() else None

    def resume(self) -> None:
        """Whatever held a due refresh has let go."""
        if self._waiting and not self.paused():
            self._waiting = False
            self.due.emit()

    def _arm(self) -> None:
        if self.chosen_s <= 0:
            return
        left = round(self.interval_s * 1000) - self._since.elapsed()
        self._timer.start(max(0, left))

    def _expired(self) -> None:
        if self.paused():
            self._waiting = True
            return
        self.due.emit()


def _never() -> bool:
    return False
