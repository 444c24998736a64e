"""What keeping the ring of recent requests costs (app/rufus/request_log.py): one add per
request, measured against the bare cost of a listing's request on the simulated cloud.

    .venv/bin/python -m tests.bench.bench_request_log
"""

from __future__ import annotations

import statistics
import threading
import time

from app.rufus.request_log import RecentRequests

ADDS = 10_000  # one listing of a big account
THREADS = 12  # the client's pool


def one_run(threads: int) -> float:
    """Seconds for ADDS adds spread over `threads` threads."""
    ring = RecentRequests()
    segments = {"deviceid": "65A1B7E0" * 8}
    share = ADDS // threads

    def add() -> None:
        for _ in range(share):
            ring.add("GET", "/sessions/device/{deviceid}/active", segments, 0.0, status=404)

    workers = [threading.Thread(target=add) for _ in range(threads)]
    started = time.perf_counter()
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    return time.perf_counter() - started


def main() -> None:
    for threads in (1, THREADS):
        runs = [one_run(threads) for _ in range(7)]
        median = statistics.median(runs)
        print(
            f"{ADDS} adds on {threads:2d} thread(s): median {median * 1000:.1f} ms "
            f"({median / ADDS * 1e6:.2f} µs per request)"
        )
    ring = RecentRequests()
    for _ in range(200):
        ring.add("GET", "/sessions/{token}", {"token": "2A19294B" * 8}, 0.0, status=200)
    started = time.perf_counter()
    written = [request.as_dict() for request in ring.recent()]
    print(f"writing out the {len(written)} kept: {(time.perf_counter() - started) * 1000:.2f} ms")


if __name__ == "__main__":
    main()
