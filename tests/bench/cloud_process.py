"""A simulated cloud in its own process, for benchmarks: its work must not compete with the
measured window for the interpreter.

Run: python -m tests.bench.cloud_process --devices 10000 --latency-ms 5

Prints one line, `cloud <url> <key> <open sessions> <devices with sessions>`, then obeys
commands on stdin, one per line, answering each with one line:
- `churn P`: P % of the open sessions change (half closed, half replaced by a new session on
  the same device), as between two refreshes on race day → `churned N`;
- `count` → `open N`;
- `big N MINUTES`: a new device with an open session of N passings spread over the last
  MINUTES, the last one now → `big TOKEN`;
- `feed TOKEN PER_S`: passings keep arriving on that session, PER_S a second, until `quit`
  → `feeding`; `fed` → `fed N` (how many so far);
- `asked TOKEN` → `asked Q1 Q2 …`: the query of every request for that session's passings
  (`-` for none), in order;
- `quit`.
"""

from __future__ import annotations

import argparse
import random
import sys
import threading
from datetime import UTC, datetime, timedelta

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


def big(cloud: DemoCloud, count: int, minutes: float) -> str:
    now = datetime.now(UTC)
    device = cloud.state.bind_device(
        type="CLOUDBOX",
        model="CloudBox",
        serial_number=f"BIG-{len(cloud.state.devices())}",
        alias="Finish line",
        now=now,
    )
    session = cloud.state.create_session(device.deviceid, "HALF 21K", now=now - timedelta(hours=3))
    assert session is not None
    cloud.state.load_passings(
        session.token_session, count=count, first=now - timedelta(minutes=minutes), last=now
    )
    return session.token_session


class Feed:
    """Passings arriving on one session, `per_s` a second, in batches ten times a second."""

    def __init__(self, cloud: DemoCloud, token: str, per_s: float) -> None:
        self.fed = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(
            target=self._run, args=(cloud, token, per_s), name="feed", daemon=True
        )
        self._thread.start()

    def _run(self, cloud: DemoCloud, token: str, per_s: float) -> None:
        owed = 0.0
        while not self._stop.wait(0.1):
            owed += per_s / 10
            batch, owed = int(owed), owed - int(owed)
            if batch:
                cloud.state.record_passings(token, [datetime.now(UTC)] * batch)
                self.fed += batch

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()


def asked(cloud: DemoCloud, token: str) -> str:
    queries = [r.query or "-" for r in cloud.requests("GET", f"/passings/session/{token}")]
    return " ".join(queries)


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
        feeds: list[Feed] = []
        for line in sys.stdin:
            command, *rest = line.split()
            if command == "churn":
                print(f"churned {churn(cloud, float(rest[0]), rng)}", flush=True)
            elif command == "count":
                print(f"open {len(cloud.state.open_sessions())}", flush=True)
            elif command == "big":
                print(f"big {big(cloud, int(rest[0]), float(rest[1]))}", flush=True)
            elif command == "feed":
                feeds.append(Feed(cloud, rest[0], float(rest[1])))
                print("feeding", flush=True)
            elif command == "fed":
                print(f"fed {sum(feed.fed for feed in feeds)}", flush=True)
            elif command == "asked":
                print(f"asked {asked(cloud, rest[0])}", flush=True)
            elif command == "quit":
                break
        for feed in feeds:
            feed.stop()


if __name__ == "__main__":
    main()
