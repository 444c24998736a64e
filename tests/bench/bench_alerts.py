"""What working out alerts costs per listing (app/sessions/alerts.py): the window does it on
the GUI thread when a listing ends, so it must stay well under the 50 ms a frame may take.

    .venv/bin/python -m tests.bench.bench_alerts
"""

from __future__ import annotations

import statistics
import time
from datetime import UTC, datetime, timedelta

from app.rufus.models import Device, OpenSession, Session
from app.sessions.alerts import AlertWatch, Sighting

DEVICES = 10_000
#: About the share of a big account's devices with an open session (bench_window's).
WITH_SESSION = 5_300


def sighting(at: datetime) -> Sighting:
    devices = [
        Device(f"{n:064X}", alias=f"Mat {n % 2000}", serial_number=f"SN{n}", status="ONLINE",
               battery_percentage=80)
        for n in range(DEVICES)
    ]  # fmt: skip
    sessions = [
        OpenSession(
            Session(
                f"{n:063X}T",
                alias=f"Session {n}",
                passings=100,
                creation_date=at - timedelta(hours=3),
                last=at - timedelta(seconds=30 if n % 3 else 900),
            ),
            devices[n],
        )
        for n in range(WITH_SESSION)
    ]
    return Sighting(at, devices, sessions, frozenset(devices[n].deviceid for n in range(0, 50)))


def main() -> None:
    at = datetime.now(UTC)
    first = sighting(at)
    watch = AlertWatch()
    watch.observe(first)
    runs = []
    for step in range(1, 8):
        later = sighting(at + timedelta(seconds=30 * step))
        started = time.perf_counter()
        watch.observe(later)
        runs.append(time.perf_counter() - started)
    print(
        f"{DEVICES} devices, {WITH_SESSION} open sessions: median "
        f"{statistics.median(runs) * 1000:.1f} ms per listing (max {max(runs) * 1000:.1f} ms)"
    )


if __name__ == "__main__":
    main()
