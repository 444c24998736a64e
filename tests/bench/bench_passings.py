"""Saving a 50 000-passing session to CSV at 50 ms latency, against the raw page requests.

Run: .venv/bin/python -m tests.bench.bench_passings [--runs 5] [--latency-ms 50]
         [--passings 50000] [--generation g1|g2|both]

The simulated cloud runs in its own process (its work must not compete with the measured
client for the interpreter). Prints, per generation, medians measured in the same run against
the same cloud:
- baseline: the session's 10 pages requested one after another with `requests` on one
  kept-alive connection, bodies read and nothing else done with them;
- save_passings(client.passing_pages(token)): the pages read, parsed and written to a CSV
  file (the session read before it is not counted);
and the ratio (target <= 1.5x). Then the export's memory: the highest tracemalloc peak of three
runs saving 10 000, 50 000 and 150 000 passings (streamed: the peak must not grow with the
count; it is about two pages' worth, the page being written and the next one arriving, and
sessions of one or two pages stay under it).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from datetime import UTC, datetime, timedelta
from pathlib import Path

import requests

from app.demo import DemoCloud, Generation
from app.records.passings_export import save_passings
from app.rufus import OpenSession, RufusClient
from app.rufus.client import PASSING_PAGE_LIMIT

TARGET = 1.5
MEMORY_SIZES = (10_000, 50_000, 150_000)
MEMORY_RUNS = 3


def serve(generation: str, latency_ms: float, sizes: list[int]) -> None:
    """The cloud's process: one session per size, then `quit` on stdin stops it."""
    with DemoCloud(
        generation=Generation(generation), latency_ms=latency_ms, devices=len(sizes)
    ) as cloud:
        tokens = []
        now = datetime.now(UTC)
        for device, size in zip(cloud.state.devices(), sizes, strict=True):
            session = cloud.state.create_session(device.deviceid, f"BENCH {size}", now=now)
            assert session is not None
            cloud.state.load_passings(
                session.token_session,
                count=size,
                first=now - timedelta(hours=3),
                last=now,
                seed=11,
            )
            tokens.append(session.token_session)
        print("cloud", cloud.url, cloud.read_write_key, *tokens, flush=True)
        for line in sys.stdin:
            if line.strip() == "quit":
                break


class Cloud:
    def __init__(self, generation: str, latency_ms: float, sizes: list[int]) -> None:
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.bench.bench_passings",
                "--serve",
                "--generation",
                generation,
                "--latency-ms",
                str(latency_ms),
                "--sizes",
                *map(str, sizes),
            ],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout is not None
        _, self.url, self.key, *tokens = self.process.stdout.readline().split()
        self.tokens = dict(zip(sizes, tokens, strict=True))

    def close(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write("quit\n")
        self.process.stdin.close()
        self.process.wait(timeout=30)


def raw_pages(cloud: Cloud, token: str, pages: int) -> float:
    """The baseline: `pages` page requests one after another, bodies read, nothing parsed."""
    with requests.Session() as http:
        http.headers["api_key"] = cloud.key
        started = time.perf_counter()
        for page in range(1, pages + 1):
            answer = http.get(
                f"{cloud.url}/passings/session/{token}",
                params={"page": page, "limit": PASSING_PAGE_LIMIT},
                timeout=30,
            )
            assert answer.status_code == 200 and answer.content
        return time.perf_counter() - started


def export(client: RufusClient, entry: OpenSession, folder: Path) -> tuple[float, int]:
    started = time.perf_counter()
    saved = save_passings(client.passing_pages(entry.token), entry, folder=folder)
    seconds = time.perf_counter() - started
    size = saved.path.stat().st_size
    saved.path.unlink()
    assert saved.count == entry.session.passings, saved
    return seconds, size


def entry_of(client: RufusClient, token: str) -> OpenSession:
    session = client.session(token)
    first = next(iter(client.passing_pages(token)))[0]
    return OpenSession(session, client.device(first.deviceid or ""))


def timing(generation: str, args: argparse.Namespace, folder: Path) -> None:
    cloud = Cloud(generation, args.latency_ms, [args.passings])
    try:
        token = cloud.tokens[args.passings]
        pages = -(-args.passings // PASSING_PAGE_LIMIT)
        with RufusClient(cloud.key, cloud.url) as client:
            entry = entry_of(client, token)
            baseline, saved = [], []
            for _ in range(args.runs):  # interleaved: drift on a busy machine hits both
                baseline.append(raw_pages(cloud, token, pages))
                seconds, size = export(client, entry, folder)
                saved.append(seconds)
        base, ours = statistics.median(baseline), statistics.median(saved)
        megabytes = size / 1e6
        print(
            f"\n{generation.upper()}: {args.passings} passings, {pages} pages, {megabytes:.1f} MB"
        )
        print(f"  {pages} raw page requests    median {base:6.3f} s  (min {min(baseline):.3f})")
        print(f"  save_passings           median {ours:6.3f} s  (min {min(saved):.3f})")
        print(f"  ratio {ours / base:4.2f}x  (target <= {TARGET}x)")
    finally:
        cloud.close()


def memory(generation: str, folder: Path) -> None:
    cloud = Cloud(generation, 0.0, list(MEMORY_SIZES))
    try:
        with RufusClient(cloud.key, cloud.url) as client:
            peaks = {}
            for size in MEMORY_SIZES:
                entry = entry_of(client, cloud.tokens[size])
                export(client, entry, folder)  # warm: imports, connections, caches
                runs = []
                for _ in range(MEMORY_RUNS):
                    tracemalloc.start()
                    export(client, entry, folder)
                    runs.append(tracemalloc.get_traced_memory()[1])
                    tracemalloc.stop()
                # The worst run: how pages in flight overlap varies from run to run.
                peaks[size] = max(runs)
        shown = ", ".join(f"{peaks[size] / 1e6:.1f} MB for {size}" for size in MEMORY_SIZES)
        growth = peaks[MEMORY_SIZES[-1]] / peaks[MEMORY_SIZES[1]]
        print(
            f"  memory ({generation.upper()}): tracemalloc peak {shown} passings "
            f"({growth:.2f}x from {MEMORY_SIZES[1]} to {MEMORY_SIZES[-1]})"
        )
    finally:
        cloud.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--latency-ms", type=float, default=50.0)
    parser.add_argument("--passings", type=int, default=50_000)
    parser.add_argument("--generation", choices=("g1", "g2", "both"), default="both")
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--sizes", type=int, nargs="*", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve(args.generation, args.latency_ms, args.sizes)
        return
    generations = ("g2", "g1") if args.generation == "both" else (args.generation,)
    print(f"{args.latency_ms:g} ms latency per request, {args.runs} runs")
    with tempfile.TemporaryDirectory() as folder:
        for generation in generations:
            timing(generation, args, Path(folder))
        print()
        for generation in generations:
            memory(generation, Path(folder))


if __name__ == "__main__":
    main()
