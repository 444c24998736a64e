"""Listing a 300-device account with 50 ms latency: the real client against naive loops.

Run: .venv/bin/python -m tests.bench.bench_listing [--runs N] [--devices N] [--latency-ms N]

Prints the median wall time of each way of listing, measured in the same run against the
same simulated cloud, and the ratios. Baselines:
- naive: one `requests.get` at a time (a new connection each), every device asked;
- sequential: the client's own requests one at a time on one kept-alive connection, every
  device asked, as the client's full listing does — so the ratio to it is what parallelism
  alone buys.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable

import requests

from app.demo import DemoCloud, Generation
from app.rufus import RufusClient
from app.rufus.parsing import list_items, object_items, payload_of


def naive(cloud: DemoCloud) -> int:
    headers = {"api_key": cloud.read_write_key}
    devices = requests.get(cloud.url + "/devices", headers=headers, timeout=10).json()
    count = 0
    for item in list_items(payload_of(devices), "the device list"):
        answer = requests.get(
            f"{cloud.url}/sessions/device/{item['deviceid']}/active", headers=headers, timeout=10
        )
        if answer.status_code == 200:
            count += len(object_items(payload_of(answer.json()), "a device's open session"))
    return count


def sequential(cloud: DemoCloud) -> int:
    with RufusClient(cloud.read_write_key, cloud.url, max_workers=1) as client:
        return sum(len(client.open_sessions_of(d).sessions) for d in client.devices())


def parallel(cloud: DemoCloud) -> int:
    with RufusClient(cloud.read_write_key, cloud.url) as client:
        return len(client.open_sessions().sessions)


def median_seconds(work: Callable[[DemoCloud], int], cloud: DemoCloud, runs: int) -> float:
    expected = len(cloud.state.open_sessions())
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        found = work(cloud)
        times.append(time.perf_counter() - started)
        assert found == expected, f"{work.__name__} found {found} of {expected} open sessions"
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--baseline-runs", type=int, default=3)
    parser.add_argument("--devices", type=int, default=300)
    parser.add_argument("--latency-ms", type=float, default=50)
    args = parser.parse_args()

    print(f"{args.devices} devices, {args.latency_ms:g} ms latency per request")
    for generation in (Generation.G2, Generation.G1):
        with DemoCloud(
            generation=generation, devices=args.devices, latency_ms=args.latency_ms
        ) as cloud:
            open_count = len(cloud.state.open_sessions())
            slow = median_seconds(naive, cloud, args.baseline_runs)
            one_by_one = median_seconds(sequential, cloud, args.baseline_runs)
            client = median_seconds(parallel, cloud, args.runs)
        print(f"\n{generation.name}: {open_count} open sessions")
        print(f"  naive loop        median {slow:7.3f} s  ({args.baseline_runs} runs)")
        print(f"  sequential client median {one_by_one:7.3f} s  ({args.baseline_runs} runs)")
        print(f"  RufusClient       median {client:7.3f} s  ({args.runs} runs)")
        print(f"  speed-up vs naive loop:        {slow / client:5.1f}x  (target >= 6x)")
        print(f"  speed-up vs sequential client: {one_by_one / client:5.1f}x")


if __name__ == "__main__":
    main()
