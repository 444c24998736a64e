"""How long the GUI thread goes without running a 10 ms timer: what an official feels as a
freeze. For the self-test that benchmarks the first listing (app/ui/self_test.py)."""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QObject, QTimer

#: A stall longer than this is a freeze an official notices.
NOTICEABLE_MS = 50


class StallMeter(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = QElapsedTimer()
        self._timer = QTimer(self)
        self._timer.setInterval(10)
        self._timer.timeout.connect(self._tick)
        self.longest_ms = 0
        #: How many gaps were longer than NOTICEABLE_MS.
        self.noticeable = 0

    def start(self) -> None:
        self.longest_ms = 0
        self.noticeable = 0
        self._clock.start()
        self._timer.start()

    def stop(self) -> int:
        """The longest stall since `start`, a stall that ends now included."""
        self._tick()
        self._timer.stop()
        return self.longest_ms

    def _tick(self) -> None:
        gap = self._clock.restart()
        self.longest_ms = max(self.longest_ms, gap)
        if gap > NOTICEABLE_MS:
            self.noticeable += 1
