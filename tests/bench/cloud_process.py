"""A simulated cloud in its own process, for benchmarks: its work must not compete with the
measured window for the interpreter.

Run: python -m tests.bench.cloud_process --devices 10000 --latency-ms 5

Prints one line, `cloud <url> <key> <open sessions> <devices with sessions>`, then obeys
commands on stdin, one per line, answering each with one line:
- `churn P`: P % of the open sessions change (half closed, half replaced by a new session on
  the same device), as between two refreshes on race day → `churned N`;
- `count` → `open N`;
- `quit`.
"""

from __future__ import annotations

import argparse
import random
import sys
from datetime import UTC, datetime

from app.demo import DemoCloud


def churn(cloud: DemoCloud, percent: float, rng: random.Random) -> int:
    sessions = sorted(cloud.state.open_sessions(), key=lambda s: s.token_session)
    chosen = rng.sample(sessions, max(1, round(len(sessions) * percent / 100)))
    for number, session in enumerate(chosen):
        if number % 2:
            cloud.state.close_session(session.token_session)
        else:
            cloud.state.create_session(session.deviceid, "NEW", now=datetime.now(UTC))
    return len(chosen)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--devices", type=int, default=10_000)
    parser.add_argument("--latency-ms", type=float, default=5.0)
    args = parser.parse_args()
    rng = random.Random(3)  # noqa: S311 - a benchmark's churn, not a secret
    with DemoCloud(devices=args.devices, latency_ms=args.latency_ms) as cloud:
        open_count = len(cloud.state.open_sessions())
        with_sessions = sum(1 for d in cloud.state.devices() if cloud.state.sessions_of(d.deviceid))
        print(f"cloud {cloud.url} {cloud.read_write_key} {open_count} {with_sessions}", flush=True)
        for line in sys.stdin:
            command, *rest = line.split()
            if command == "churn":
                print(f"churned {churn(cloud, float(rest[0]), rng)}", flush=True)
            elif command == "count":
                print(f"open {len(cloud.state.open_sessions())}", flush=True)
            elif command == "quit":
                break


if __name__ == "__main__":
    main()
