"""From double-click to the full table: the real app (`python -m app`, or the bundle) started
in a fresh process on a virtual X11 screen, listing a big account into its empty table, with
the simulated cloud in its own process.

Run: .venv/bin/python -m tests.bench.bench_first_listing
         [--devices 10000] [--latencies 5,20,50] [--runs 3] [--bundle PATH]

For each latency, in the same run and against the same cloud, prints medians of:
- the app (`--self-test first-listing`): seconds from spawning it to the full table, the
  longest the GUI thread went without running a 10 ms timer from its start to the last row
  painted, how many gaps were over 50 ms; the same while the full window sits idle (the
  baseline); and while the bulk confirmation of every row opens;
- the start-up floor: a minimal PySide6 window like the console's, spawned to first paint
  (tests/bench/bench_startup.py's);
- the client alone, in a fresh process, listing the same account with cold connections.
Targets (issue 21): every stall <= 50 ms; start to full table <= 1.1 x (floor + client).
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

from tests.bench.bench_startup import MINIMAL_WINDOW, screen, time_to_window
from tests.bench.bench_window import Cloud

STALL_TARGET_MS = 50
TARGET_RATIO = 1.1

FIRST = re.compile(r"self-test: first listing: (\d+) rows; longest stall (\d+) ms \((\d+) over")
IDLE = re.compile(r"self-test: idle: longest stall (\d+) ms")
CONFIRMATION = re.compile(r"self-test: confirmation of (\d+) sessions: longest stall (\d+) ms")

CLIENT_ALONE = """
import sys, time
started = time.perf_counter()
from app.rufus import RufusClient
with RufusClient(sys.argv[2], sys.argv[1]) as client:
    listing = client.open_sessions()
print(len(listing.sessions), time.perf_counter() - started, flush=True)
"""


def first_listing(command: list[str], env: dict[str, str]) -> dict[str, float]:
    """One start of the app: what its self-test printed, and the wall clock to the table."""
    started = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env
    )
    assert process.stdout is not None
    found: dict[str, float] = {}
    for line in process.stdout:
        if match := FIRST.match(line):
            found["to table s"] = time.perf_counter() - started
            found["rows"], found["stall ms"], found["over 50"] = map(float, match.groups())
        elif match := IDLE.match(line):
            found["idle ms"] = float(match[1])
        elif match := CONFIRMATION.match(line):
            found["confirmation ms"] = float(match[2])
    process.wait(60)
    if "confirmation ms" not in found:
        raise SystemExit(f"bench_first_listing: {command[0]} did not finish: {found}")
    return found


def client_alone(cloud: Cloud) -> tuple[int, float]:
    done = subprocess.run(
        [sys.executable, "-c", CLIENT_ALONE, cloud.url, cloud.key],
        capture_output=True,
        text=True,
        check=True,
        timeout=600,
    )
    count, seconds = done.stdout.split()
    return int(count), float(seconds)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--devices", type=int, default=10_000)
    parser.add_argument("--latencies", default="5,20,50")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--bundle", type=Path, default=None)
    args = parser.parse_args()
    failed = False
    with screen() as display:
        env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
        env.pop("WAYLAND_DISPLAY", None)
        for latency in (float(text) for text in args.latencies.split(",")):
            cloud = Cloud(args.devices, latency)
            try:
                failed |= measure(args, cloud, latency, env)
            finally:
                cloud.close()
    return 1 if failed else 0


def measure(args: argparse.Namespace, cloud: Cloud, latency: float, env: dict[str, str]) -> bool:
    app_env = {**env, "RUFUS_API_KEY": cloud.key}
    candidates = {"python -m app": [sys.executable, "-m", "app"]}
    if args.bundle is not None:
        candidates["bundle"] = [str(args.bundle)]
    runs: dict[str, list[dict[str, float]]] = {name: [] for name in candidates}
    floors, clients = [], []
    for _ in range(args.runs):  # interleaved, so that machine load hits them alike
        floors.append(time_to_window([sys.executable, "-c", MINIMAL_WINDOW], env)[0])
        count, seconds = client_alone(cloud)
        clients.append(seconds)
        for name, command in candidates.items():
            arguments = ["--base-url", cloud.url, "--self-test", "first-listing"]
            runs[name].append(first_listing([*command, *arguments], app_env))
    floor, client = statistics.median(floors), statistics.median(clients)
    print(
        f"\n{args.devices} devices, {cloud.open_count} open sessions, {latency:g} ms latency, "
        f"medians of {args.runs}"
    )
    print(f"  start-up floor (minimal window): {floor:.2f} s")
    print(f"  client alone, cold:              {client:.2f} s ({count} sessions)")
    failed = False
    for name, samples in runs.items():
        median = {key: statistics.median(s[key] for s in samples) for key in samples[0]}
        ratio = median["to table s"] / (floor + client)
        print(
            f"  {name}: full table {median['to table s']:.2f} s ({ratio:.2f} x floor + client, "
            f"target {TARGET_RATIO}); longest stall {median['stall ms']:.0f} ms "
            f"({median['over 50']:.0f} over 50 ms), idle {median['idle ms']:.0f} ms, "
            f"bulk confirmation of {median['rows']:.0f}: {median['confirmation ms']:.0f} ms"
        )
        stalls = (median["stall ms"], median["confirmation ms"])
        failed |= ratio > TARGET_RATIO or max(stalls) > STALL_TARGET_MS
    return failed


if __name__ == "__main__":
    sys.exit(main())
