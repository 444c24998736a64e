"""Start-up time to the first shown window: the packaged bundle, `python -m app`, and two minimal
PySide6 programs, in one run.

The floor is a minimal program with the same kinds of widgets as the console: a main window
with a menu bar, a tool bar, a table over a 10-row model and a status bar. An empty window,
the floor until issue 10, is timed beside it: any window with a table and menus pays for Qt's
enums and a real first paint, which an empty widget never does.

Run: packaging/devenv.sh bundle, then
     .venv/bin/python -m tests.bench.bench_startup [--runs N] [--bundle PATH]

Each run is a fresh process on a virtual X11 screen (Xvfb, started here unless DISPLAY is
set), timed from spawning it to the line it prints once its window's first exposure has been
handled. The candidates are interleaved run by run, after one warm-up each, so that disk
cache and machine load hit them alike. The app runs the way an official's does: against a
RUFUS address (a simulated cloud in its own process, started here) with the key from
RUFUS_API_KEY; the bundle with --demo (the cloud inside the app) is timed too. Prints medians,
ratios to the floor, and the bundle's size. Target: the bundle within 1.15x of the floor, in
wall clock and in CPU time (medians of 21 interleaved runs).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_BUNDLE = ROOT / "build" / "bundle" / "dist" / "rufus-console" / "rufus-console"
TARGET_RATIO = 1.15

# The old floor: the same "first exposure handled" signal as `--self-test startup`, and an
# empty widget.
EMPTY_WINDOW = """
import time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

class Shown(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Expose and watched.isExposed():
            watched.removeEventFilter(self)
            QTimer.singleShot(0, report)
        return False

def report():
    print(f"self-test: shown after {time.process_time() * 1000:.0f} ms of CPU", flush=True)
    app.quit()

app = QApplication([])
window = QWidget()
window.resize(1100, 640)
window.winId()
shown = Shown()
window.windowHandle().installEventFilter(shown)
window.show()
app.exec()
"""

# The floor: what any window like the console's must load and paint, and nothing else.
MINIMAL_WINDOW = """
import time
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QTableView

class Shown(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Expose and watched.isExposed():
            watched.removeEventFilter(self)
            QTimer.singleShot(0, report)
        return False

def report():
    print(f"self-test: shown after {time.process_time() * 1000:.0f} ms of CPU", flush=True)
    app.quit()

app = QApplication([])
window = QMainWindow()
window.setWindowTitle("Floor")
menu = window.menuBar().addMenu("&Sessions")
refresh = QAction("&Refresh", window)
menu.addAction(refresh)
window.addToolBar("Main").addAction(refresh)
model = QStandardItemModel(10, 9)
for row in range(10):
    for column in range(9):
        model.setItem(row, column, QStandardItem(f"cell {row}.{column}"))
table = QTableView()
table.setModel(model)
table.setSortingEnabled(True)
table.horizontalHeader().setSortIndicator(1, Qt.SortOrder.AscendingOrder)
window.setCentralWidget(table)
window.statusBar().addWidget(QLabel("Starting…"), 1)
window.resize(1100, 640)
window.winId()
shown = Shown()
window.windowHandle().installEventFilter(shown)
window.show()
app.exec()
"""


SHOWN = re.compile(r"self-test: shown after (\d+) ms of CPU")


def time_to_window(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds of wall clock and of the process's own CPU until its window was first shown."""
    started = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env
    )
    assert process.stdout is not None
    for line in process.stdout:
        if shown := SHOWN.match(line):
            elapsed = time.perf_counter() - started
            break
    else:
        raise SystemExit(f"bench_startup: {command[0]} never showed its window")
    process.wait(30)
    return elapsed, int(shown[1]) / 1000


@contextlib.contextmanager
def screen() -> Iterator[str]:
    if os.environ.get("DISPLAY"):
        yield os.environ["DISPLAY"]
        return
    read, write = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    try:
        with os.fdopen(read) as numbers:
            yield ":" + numbers.readline().strip()
    finally:
        xvfb.terminate()
        xvfb.wait(10)


@contextlib.contextmanager
def rufus_address() -> Iterator[tuple[str, str]]:
    """A simulated cloud in another process: its URL and READ_WRITE key."""
    server = subprocess.Popen(
        [sys.executable, "-m", "app", "demo-server", "--port", "0"],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert server.stdout is not None
    url = key = ""
    for line in server.stdout:
        if match := re.match(r"Simulated RUFUS cloud at (\S+)", line):
            url = match[1]
        if match := re.match(r"\s+READ_WRITE\s+(\S+)", line):
            key = match[1]
            break
    try:
        yield url, key
    finally:
        server.terminate()
        server.wait(10)


def size_mb(path: Path) -> float:
    """What the files take, each counted once (the bundle links some of its libraries)."""
    return (
        sum(f.lstat().st_size for f in path.rglob("*") if not f.is_symlink() and f.is_file()) / 1e6
    )


FLOOR = "minimal main window (floor)"
EMPTY = "empty PySide6 window (old floor)"
BUNDLE = "bundle"
Samples = dict[str, list[tuple[float, float]]]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--bundle", type=Path, default=DEFAULT_BUNDLE)
    args = parser.parse_args()
    if not args.bundle.is_file():
        print(f"bench_startup: no bundle at {args.bundle}; run packaging/devenv.sh bundle")
        return 1

    with rufus_address() as (url, key):
        app_args = ["--base-url", url, "--self-test", "startup"]
        candidates = {
            FLOOR: [sys.executable, "-c", MINIMAL_WINDOW],
            EMPTY: [sys.executable, "-c", EMPTY_WINDOW],
            "python -m app": [sys.executable, "-m", "app", *app_args],
            BUNDLE: [str(args.bundle), *app_args],
            "bundle --demo": [str(args.bundle), "--demo", "--self-test", "startup"],
        }
        samples = measure(candidates, args.runs, key)
    report(samples, args.runs, args.bundle)
    return 0


def measure(candidates: dict[str, list[str]], runs: int, key: str) -> Samples:
    samples: Samples = {name: [] for name in candidates}
    unwanted = {"QT_QPA_PLATFORM", "DBUS_SESSION_BUS_ADDRESS", "WAYLAND_DISPLAY"}
    # Bytecode caching stays on, as for an installed app (this machine turns it off).
    unwanted.add("PYTHONDONTWRITEBYTECODE")
    with tempfile.TemporaryDirectory() as scratch, screen() as display:
        env = {name: value for name, value in os.environ.items() if name not in unwanted}
        env.update(
            DISPLAY=display,
            XDG_CONFIG_HOME=f"{scratch}/config",
            XDG_STATE_HOME=f"{scratch}/state",
            RUFUS_API_KEY=key,
        )
        for command in candidates.values():
            time_to_window(command, env)  # warm-up: disk cache, font cache, bytecode
        for _ in range(runs):
            for name, command in candidates.items():
                samples[name].append(time_to_window(command, env))
    return samples


def report(samples: Samples, runs: int, bundle: Path) -> None:
    wall = {name: statistics.median(s[0] for s in runs_of) for name, runs_of in samples.items()}
    cpu = {name: statistics.median(s[1] for s in runs_of) for name, runs_of in samples.items()}
    print(f"start to first shown window, medians of {runs} runs (Xvfb)")
    print(f"  {'':32} {'wall':>8} {'ratio':>6}   {'CPU':>8} {'ratio':>6}")
    for name in samples:
        print(
            f"  {name:32} {wall[name] * 1000:5.0f} ms {wall[name] / wall[FLOOR]:5.2f}x"
            f"   {cpu[name] * 1000:5.0f} ms {cpu[name] / cpu[FLOOR]:5.2f}x"
        )
    for label, medians in (("wall", wall), ("CPU", cpu)):
        ratio = medians[BUNDLE] / medians[FLOOR]
        verdict = "within" if ratio <= TARGET_RATIO else "OVER"
        print(f"bundle vs floor ({label}): {ratio:.2f}x, {verdict} the {TARGET_RATIO}x target")
    folder = bundle.parent
    print(f"bundle folder: {size_mb(folder):.0f} MB ({folder})")
    for tarball in sorted((ROOT / "dist").glob("rufus-console-*.tar.gz")):
        print(f"tarball: {tarball.stat().st_size / 1e6:.0f} MB ({tarball.name})")


if __name__ == "__main__":
    sys.exit(main())
