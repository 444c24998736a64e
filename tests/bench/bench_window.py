"""The window listing a 300-device account with 50 ms latency, against the client alone.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.bench.bench_window [--runs N]

Prints, as medians over the runs, measured in the same run against the same simulated cloud:
- the client alone (RufusClient.open_sessions, no Qt): the baseline;
- the window: from F5 to "N open sessions · updated …" with every row in the table;
- the longest the GUI thread went without running a 10 ms timer during the window's listing
  (what an official would feel as a freeze), against the same measure while idle.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QElapsedTimer, QEventLoop, QSettings, QTimer

from app.demo import DemoCloud
from app.keystore import DemoVault
from app.rufus import RufusClient
from app.settings import Settings
from app.ui.console import Connection
from app.ui.launch import Target, application, build
from app.ui.main_window import MainWindow


class StallMeter:
    """The longest gap between ticks of a 10 ms timer on the GUI thread."""

    def __init__(self) -> None:
        self._clock = QElapsedTimer()
        self._timer = QTimer()
        self._timer.setInterval(10)
        self._timer.timeout.connect(self._tick)
        self.longest_ms = 0

    def start(self) -> None:
        self.longest_ms = 0
        self._clock.start()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _tick(self) -> None:
        self.longest_ms = max(self.longest_ms, self._clock.restart())


def client_alone(cloud: DemoCloud) -> float:
    started = time.perf_counter()
    with RufusClient(cloud.read_write_key, cloud.url) as client:
        count = len(client.open_sessions().sessions)
    assert count == len(cloud.state.open_sessions())
    return time.perf_counter() - started


def window_listing(window: MainWindow, meter: StallMeter) -> float:
    loop = QEventLoop()
    window.console.listing_finished.connect(loop.quit)
    meter.start()
    started = time.perf_counter()
    window.console.refresh()
    loop.exec()
    elapsed = time.perf_counter() - started
    meter.stop()
    window.console.listing_finished.disconnect(loop.quit)
    assert window.model.rowCount() == len(window_cloud_sessions(window))
    return elapsed


def window_cloud_sessions(window: MainWindow) -> list[str]:
    return [window.model.row_at(r).token for r in range(window.model.rowCount())]


def idle_stall(meter: StallMeter, seconds: float) -> int:
    loop = QEventLoop()
    meter.start()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()
    meter.stop()
    return meter.longest_ms


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--devices", type=int, default=300)
    parser.add_argument("--latency-ms", type=float, default=50)
    options = parser.parse_args()
    application([])
    settings = Settings(
        QSettings(str(Path(tempfile.mkdtemp()) / "bench.ini"), QSettings.Format.IniFormat)
    )
    with DemoCloud(devices=options.devices, latency_ms=options.latency_ms) as cloud:
        open_count = len(cloud.state.open_sessions())
        window = build(
            Target(Connection(cloud.url), DemoVault(cloud.read_write_key), demo=True), settings
        )
        window.show()
        meter = StallMeter()
        window_listing_ready(window)
        client_times, window_times, stalls, idle = [], [], [], []
        for _ in range(options.runs):
            client_times.append(client_alone(cloud))
            window_times.append(window_listing(window, meter))
            stalls.append(meter.longest_ms)
            idle.append(idle_stall(meter, 1.0))
        window.close()
    client_s = statistics.median(client_times)
    window_s = statistics.median(window_times)
    print(
        f"{options.devices} devices, {open_count} open sessions, "
        f"{options.latency_ms:g} ms latency, {options.runs} runs (medians)"
    )
    print(f"  client alone (baseline)     {client_s:7.3f} s")
    print(f"  window, F5 to full table    {window_s:7.3f} s   ({window_s / client_s:.2f}x)")
    print(f"  longest GUI stall, listing  {statistics.median(stalls):7.0f} ms")
    print(f"  longest GUI stall, idle     {statistics.median(idle):7.0f} ms (baseline)")


def window_listing_ready(window: MainWindow) -> None:
    """The first listing (started by start()) warms connections; it is not measured."""
    loop = QEventLoop()
    window.console.listing_finished.connect(loop.quit)
    window.console.start()
    loop.exec()
    window.console.listing_finished.disconnect(loop.quit)


if __name__ == "__main__":
    main()
