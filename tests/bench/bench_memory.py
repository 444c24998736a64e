"""Memory of the whole app with a big account, from source and as the packaged bundle.

Run: packaging/devenv.sh bundle (for the bundle), then
     .venv/bin/python -m tests.bench.bench_memory [--devices 10000] [--refreshes 100]

Each candidate runs as an official runs it (`--base-url` of a simulated cloud in its own
process, the key from RUFUS_API_KEY) with `--self-test memory`: it prints its resident memory
once the first listing is in, and again after the refreshes. Targets (issue 10): at most
200 MB with the sessions listed, and at most 10 MB more after 100 refreshes.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import time
from pathlib import Path

from tests.bench.bench_window import Cloud

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "build" / "bundle" / "dist" / "rufus-console" / "rufus-console"
LISTED_TARGET_MB = 200
GROWTH_TARGET_MB = 10


def measure(command: list[str], cloud: Cloud, refreshes: int) -> tuple[int, float, float, float]:
    env = {
        **os.environ,
        "RUFUS_API_KEY": cloud.key,
        "RUFUS_SELF_TEST_REFRESHES": str(refreshes),
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    }
    started = time.perf_counter()
    done = subprocess.run(
        [*command, "--base-url", cloud.url, "--self-test", "memory"],
        capture_output=True,
        text=True,
        env=env,
        timeout=3600,
        check=False,
    )
    seconds = time.perf_counter() - started
    listed = re.search(r"listed (\d+) open sessions, RSS ([\d.]+) MB", done.stdout)
    after = re.search(r"refreshed, RSS ([\d.]+) MB", done.stdout)
    if done.returncode != 0 or listed is None or after is None:
        raise SystemExit(f"{command[0]} failed ({done.returncode}):\n{done.stdout}{done.stderr}")
    return int(listed.group(1)), float(listed.group(2)), float(after.group(1)), seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--devices", type=int, default=10_000)
    parser.add_argument("--latency-ms", type=float, default=0.0)
    parser.add_argument("--refreshes", type=int, default=100)
    options = parser.parse_args()
    cloud = Cloud(options.devices, options.latency_ms)
    candidates = {"python -m app": [sys.executable, "-m", "app"]}
    if BUNDLE.exists():
        candidates["bundle"] = [str(BUNDLE)]
    try:
        print(
            f"{options.devices} devices, {cloud.open_count} open sessions, "
            f"{options.refreshes} refreshes"
        )
        for name, command in candidates.items():
            rows, listed, after, seconds = measure(command, cloud, options.refreshes)
            print(
                f"  {name:<14} {rows} rows listed: RSS {listed:6.1f} MB (target <= "
                f"{LISTED_TARGET_MB}); after {options.refreshes} refreshes {after:6.1f} MB "
                f"({after - listed:+.1f} MB; target <= +{GROWTH_TARGET_MB}) in {seconds:.0f} s"
            )
    finally:
        cloud.close()


if __name__ == "__main__":
    main()
